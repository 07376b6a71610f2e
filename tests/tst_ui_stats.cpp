// The club's numbers on screen: the Club data page (Ctrl+8 in this branch) with its tables and
// charts on the hand-made club of statsfixture.h, an angler's profile opened from the Roster
// (Ctrl+I) and the Standings (Enter), the lake history beside the tournament dialog's lake choice,
// the Weigh-in page's statistics and the results sheet's. Screenshots at 1366x768 of the demo
// club, in English and Spanish, into $SABC_SCREENSHOT_DIR for a person to look at.
#include "demo/democlub.h"
#include "itemmodels/rostermodel.h"
#include "itemmodels/standingsmodel.h"
#include "itemmodels/statstablemodel.h"
#include "store/store.h"
#include "tests/statsfixture.h"
#include "tournaments/tournamentstore.h"
#include "ui/common/datatableview.h"
#include "ui/roster/rosterpage.h"
#include "ui/standings/standingspage.h"
#include "ui/stats/anglerprofiledialog.h"
#include "ui/stats/clubdatapage.h"
#include "ui/stats/lakehistorywidget.h"
#include "ui/tournaments/tournamentdialog.h"
#include "ui/weighin/weighinpage.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTranslator>
#include <QUndoStack>

class TestUiStats : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void clubDataPage();
    void profileFromRoster();
    void profileFromStandings();
    void lakeHistoryInTournamentDialog();
    void weighInStatistics();
    void screenshots_data();
    void screenshots();

private:
    AnglerProfileDialog *openProfile();
    static void save(QWidget *widget, const QString &name);
    StatsFixture m_club;
    QTemporaryDir m_demoDir;
    QString m_demoPath;
};

void TestUiStats::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_club.build());
    QVERIFY(m_demoDir.isValid());
    m_demoPath = m_demoDir.filePath(QStringLiteral("demo.sqlite"));
    auto demo = Store::open(m_demoPath);
    QVERIFY(demo.ok());
    QVERIFY(DemoClub::create(*demo.value(), QDate(2026, 11, 25)).ok());
}

void TestUiStats::save(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("SABC_SCREENSHOT_DIR", QDir::currentPath());
    QVERIFY(widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

void TestUiStats::clubDataPage()
{
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(m_club.path()));
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_9, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::ClubData);
    auto *page = qobject_cast<ClubDataPage *>(window.page(MainWindow::ClubData));
    QVERIFY(page);
    QVERIFY(page->errorText().isEmpty());
    QCOMPARE(page->tabs()->count(), 7);
    // Lakes: Buchanan, then Travis (both fished twice).
    StatsTableModel *lakes = page->model(0);
    QCOMPARE(lakes->rowCount(), 2);
    QCOMPARE(lakes->index(1, 0).data().toString(), u"Travis"_qs);
    QCOMPARE(lakes->index(1, 1).data().toString(), u"2"_qs);
    QCOMPARE(lakes->index(1, 4).data().toString(), u"10.61"_qs);
    QCOMPARE(page->model(1)->rowCount(), 10);
    QCOMPARE(page->model(1)->index(0, 1).data().toString(), u"9.00"_qs);
    QCOMPARE(page->model(2)->rowCount(), 3);
    QCOMPARE(page->model(6)->rowCount(), 4);
    // The tables sort as numbers.
    QTableView *bass = page->table(1);
    bass->sortByColumn(1, Qt::AscendingOrder);
    QCOMPARE(bass->model()->index(0, 1).data().toString(), u"3.00"_qs);
    // Charts beside the yearly tables, the winning weights and the participation, drawn when
    // their tab is opened (Ctrl+Tab from the tab bar).
    QCOMPARE(page->findChildren<QChartView *>().size(), 5);
    for (int tab = 0; tab < page->tabs()->count(); ++tab) {
        page->tabs()->setCurrentIndex(tab);
        auto *chart = page->tabs()->currentWidget()->findChild<QChartView *>();
        QCOMPARE(chart != nullptr, tab >= 2);
        if (chart)
            QVERIFY(chart->chart() && !chart->chart()->series().isEmpty());
    }
    page->tabs()->setCurrentIndex(0);
    // The printable report holds the same tables.
    QCOMPARE(page->report().tables().size(), 7);
    // One season.
    page->showSeason(2025);
    QCOMPARE(page->season(), 2025);
    QCOMPARE(lakes->rowCount(), 1);
    QCOMPARE(page->model(1)->rowCount(), 2);
    // A weigh-in updates the page: Ed's 2025 entry appears once the page is shown again.
    window.showPage(MainWindow::Roster);
    // Through the window's own store, as the weigh-in page writes.
    auto inserted = window.store()->insert(u"entries"_qs, {{u"tournament_id"_qs, m_club.ids.value(u"T4"_qs)},
                                                     {u"angler_id"_qs, m_club.ids.value(u"Ed"_qs)},
                                                     {u"fish"_qs, 1},
                                                     {u"gross_weight"_qs, 250},
                                                     {u"big_bass"_qs, 250},
                                                     {u"was_member"_qs, 1},
                                                     {u"entered_at"_qs, 99}});
    QVERIFY(inserted.ok());
    const QString added = inserted.value();
    window.showPage(MainWindow::ClubData);
    QTRY_COMPARE(page->model(1)->rowCount(), 3);
    // Deleted again (a tombstone): gone from the page.
    QVERIFY(window.store()->remove(u"entries"_qs, added).ok());
    QTRY_COMPARE(page->model(1)->rowCount(), 2);
}

AnglerProfileDialog *TestUiStats::openProfile()
{
    AnglerProfileDialog *dialog = nullptr;
    const bool opened = QTest::qWaitFor([&] {
        dialog = qobject_cast<AnglerProfileDialog *>(qApp->activeModalWidget());
        return dialog != nullptr;
    });
    return opened ? dialog : nullptr;
}

void TestUiStats::profileFromRoster()
{
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(window.openDatabase(m_club.path()));
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.showPage(MainWindow::Roster);
    auto *roster = qobject_cast<RosterPage *>(window.page(MainWindow::Roster));
    QVERIFY(roster);
    QAbstractItemView *table = roster->table();
    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        if (table->model()->index(r, 0).data(RosterModel::IdRole).toString() ==
            m_club.ids.value(u"Al"_qs))
            row = r;
    QVERIFY(row >= 0);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, 0));
    table->selectionModel()->select(table->model()->index(row, 0),
                                    QItemSelectionModel::ClearAndSelect |
                                        QItemSelectionModel::Rows);
    QTest::keyClick(table, Qt::Key_I, Qt::ControlModifier);
    AnglerProfileDialog *dialog = openProfile();
    QVERIFY(dialog);
    QCOMPARE(dialog->profile().events, 4);
    QCOMPARE(dialog->findChild<QLabel *>(u"profilePoints"_qs)->text(), u"298"_qs);
    QCOMPARE(dialog->findChild<QLabel *>(u"profilePlaces"_qs)->text(),
             u"1st: 2 · 2nd: 1 · 3rd: 1"_qs);
    QVERIFY(dialog->findChild<QLabel *>(u"profileBestStringer"_qs)->text().startsWith(u"20.00 lb"_qs));
    QVERIFY(dialog->findChild<QLabel *>(u"profileBiggestBass"_qs)->text().startsWith(u"9.00 lb"_qs));
    QCOMPARE(dialog->findChild<QLabel *>(u"profileAoy"_qs)->text(),
             u"2 of 4 in 2024, 1 of 2 in 2025"_qs);
    QCOMPARE(dialog->yearsView()->model()->rowCount(), 3);
    QVERIFY(dialog->chartView()->chart());
    QCOMPARE(dialog->chartView()->chart()->series().size(), 1);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!qApp->activeModalWidget());
}

void TestUiStats::profileFromStandings()
{
    StandingsPage page(m_club.store.get());
    page.resize(1200, 700);
    page.show();
    QApplication::setActiveWindow(&page);
    QVERIFY(QTest::qWaitForWindowActive(&page));
    page.showSeason(2024);
    QTableView *table = page.standingsView();
    // Bo leads 2024 (199), Al second.
    table->setFocus();
    table->setCurrentIndex(table->model()->index(1, StandingsModel::AnglerColumn));
    QCOMPARE(table->currentIndex().data(StandingsModel::AnglerIdRole).toString(),
             m_club.ids.value(u"Al"_qs));
    QTest::keyClick(table, Qt::Key_Return);
    AnglerProfileDialog *dialog = openProfile();
    QVERIFY(dialog);
    QCOMPARE(dialog->profile().name, u"Al"_qs);
    dialog->close();
    QTRY_VERIFY(!qApp->activeModalWidget());
    // Ctrl+I does the same.
    QTest::keyClick(table, Qt::Key_I, Qt::ControlModifier);
    dialog = openProfile();
    QVERIFY(dialog);
    QCOMPARE(dialog->profile().name, u"Al"_qs);
    dialog->close();
}

void TestUiStats::lakeHistoryInTournamentDialog()
{
    TournamentRecord t;
    t.date = QDate(2027, 3, 28);
    t.season = 2027;
    t.name = u"March 2027"_qs;
    t.lakeId = m_club.ids.value(u"Travis"_qs);
    TournamentDialog dialog(m_club.store.get(), t);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    LakeHistoryWidget *history = dialog.lakeHistory();
    QVERIFY(history);
    QCOMPARE(history->history().lake.tournaments, 2);
    QVERIFY2(history->lakeText().contains(u"fished 2 times, last on"_qs),
             qPrintable(history->lakeText()));
    QVERIFY(history->lakeText().contains(u"10.61 lb"_qs));
    QVERIFY(history->lakeText().contains(u"Limits: 4 · zeros: 2"_qs));
    QVERIFY(history->lakeText().contains(u"9.00 lb (Al"_qs));
    QTableWidget *month = history->sameMonthTable();
    QCOMPARE(month->rowCount(), 4);
    QCOMPARE(month->item(0, 0)->text(), u"2026"_qs);
    QCOMPARE(month->item(0, 1)->text(), u"Buchanan"_qs);
    QCOMPARE(month->item(0, 2)->text(), u"5"_qs);
    QCOMPARE(month->item(0, 5)->text(), u"16.00, 3.00, 0.00"_qs);
    QCOMPARE(month->item(3, 1)->text(), u"no tournament"_qs);
    // Another lake, another date: the history follows.
    dialog.lakeBox()->setCurrentIndex(dialog.lakeBox()->findData(m_club.ids.value(u"Buchanan"_qs)));
    QCOMPARE(history->history().lake.tournaments, 2);
    QVERIFY(history->lakeText().contains(u"7.38 lb"_qs));
    dialog.dateEdit()->setDate(QDate(2026, 4, 26));
    QCOMPARE(history->history().lake.tournaments, 2); // April 2024 and March 2026
    QCOMPARE(month->item(0, 0)->text(), u"2025"_qs);
    QCOMPARE(month->item(0, 1)->text(), u"no tournament"_qs);
    QCOMPARE(month->item(1, 1)->text(), u"Buchanan"_qs); // April 2024
    dialog.lakeBox()->setCurrentIndex(0);
    QVERIFY(history->lakeText().startsWith(u"Choose a lake"_qs));
}

void TestUiStats::weighInStatistics()
{
    QUndoStack stack;
    WeighInPage page(m_club.store.get(), &stack);
    page.resize(1366, 768);
    page.show();
    QVERIFY(page.setTournament(m_club.ids.value(u"T1"_qs)).ok());
    const QString text = page.statisticsLabel()->text();
    QVERIFY2(text.contains(u"4 anglers · 3 boats · 13 fish · 2 limits · 1 zeros"_qs),
             qPrintable(text));
    QVERIFY(text.contains(u"heaviest 16.00 lb (Di)"_qs));
    QVERIFY(text.contains(u"average 9.94 lb"_qs));
    QVERIFY(text.contains(u"big bass 7.00 lb (Di)"_qs));
    const QString html = page.resultsHtml();
    QVERIFY(html.contains(u"Statistics"_qs));
    QVERIFY(html.contains(u"Average stringer"_qs));
    QVERIFY(html.contains(u"9.94 lb"_qs));
    // Team format: boats are the stringers.
    QVERIFY(page.setTournament(m_club.ids.value(u"T5"_qs)).ok());
    QVERIFY2(page.statisticsLabel()->text().contains(u"heaviest boat 16.00 lb (Al &amp; Bo)"_qs),
             qPrintable(page.statisticsLabel()->text()));
}

void TestUiStats::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QString();
    QTest::newRow("es") << QStringLiteral("es");
}

void TestUiStats::screenshots()
{
    QFETCH(QString, language);
    QTranslator translator;
    if (!language.isEmpty()) {
        QVERIFY(translator.load(QStringLiteral(SABC_TRANSLATIONS_DIR "/sabc_es.qm")));
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::UnitedStates));
    }
    auto restore = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale::c());
    });
    const QString suffix = language.isEmpty() ? u"-en"_qs : u"-es"_qs;
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(m_demoPath));
    window.showPage(MainWindow::ClubData);
    auto *page = qobject_cast<ClubDataPage *>(window.page(MainWindow::ClubData));
    QVERIFY(page->model(0)->rowCount() > 5);
    QApplication::processEvents();
    save(&window, u"clubdata-lakes"_qs + suffix);
    page->tabs()->setCurrentIndex(4);
    QApplication::processEvents();
    save(&window, u"clubdata-winning"_qs + suffix);
    page->tabs()->setCurrentIndex(6);
    QApplication::processEvents();
    save(&window, u"clubdata-participation"_qs + suffix);

    auto *standings = qobject_cast<StandingsPage *>(window.page(MainWindow::Standings));
    window.showPage(MainWindow::Standings);
    standings->showSeason(2025);
    QVERIFY(standings->standingsModel()->rowCount() > 0);
    const QString leader =
        standings->standingsModel()->index(0, 0).data(StandingsModel::AnglerIdRole).toString();
    auto *profile = AnglerProfileDialog::open(window.store(), leader, &window);
    QVERIFY(QTest::qWaitForWindowExposed(profile));
    QVERIFY(profile->profile().events > 0);
    save(profile, u"profile"_qs + suffix);
    profile->close();

    auto held = TournamentStore(*window.store()).tournaments(2026);
    QVERIFY(held.ok() && !held->isEmpty());
    TournamentRecord next = held->last();
    next.id.clear();
    next.date = QDate(2027, next.date.month(), next.date.day());
    next.season = 2027;
    TournamentDialog dialog(window.store(), next, &window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.lakeHistory()->history().lake.tournaments > 0);
    save(&dialog, u"tournament-lakehistory"_qs + suffix);
}

QTEST_MAIN(TestUiStats)
#include "tst_ui_stats.moc"
