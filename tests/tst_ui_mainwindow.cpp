// Smoke test of the main window, offscreen: opens the demo club, visits every page, searches,
// filters and sorts, drives the welcome dialog on empty databases, refuses a junk file, and saves
// screenshots (PNG) to $SABC_SCREENSHOT_DIR or the current folder for a person to look at.
#include "demo/democlub.h"
#include "itemmodels/rosterfilterproxymodel.h"
#include "itemmodels/rostermodel.h"
#include "itemmodels/tournamentlistmodel.h"
#include "store/store.h"
#include "ui/common/datatableview.h"
#include "ui/common/searchfield.h"
#include "ui/roster/rosterpage.h"
#include "ui/tournaments/tournamentspage.h"
#include "ui/window/mainwindow.h"
#include "ui/window/welcomedialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

#include <memory>

class TestUiMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoClub();
    void keyboard();
    void welcomeOpensTheDemoClub();
    void welcomeStartsANewClub();
    void refusesAJunkFile();
    void remembersGeometryAndFiles();
    void inSpanish();

private:
    QString demoPath();
    void screenshot(QWidget *widget, const QString &name);
    static QAction *actionWithShortcut(QWidget *window, const QKeySequence &key);

    QTemporaryDir m_dir;
    QString m_demoPath;
    QString m_shots;
};

void TestUiMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("SABC Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ui_mainwindow"));
    // Settings go to the temporary folder, never the user's.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    QSettings().clear();
    m_shots = qEnvironmentVariable("SABC_SCREENSHOT_DIR", QDir::currentPath());
    QVERIFY(QDir().mkpath(m_shots));
}

QString TestUiMainWindow::demoPath()
{
    if (!m_demoPath.isEmpty())
        return m_demoPath;
    const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    auto opened = Store::open(path);
    if (!opened) {
        qWarning().noquote() << opened.error();
        return {};
    }
    std::unique_ptr<Store> store = std::move(opened).value();
    const Status created = DemoClub::create(*store, store->clubTime().today());
    if (!created) {
        qWarning().noquote() << created.error();
        return {};
    }
    m_demoPath = path;
    return path;
}

void TestUiMainWindow::screenshot(QWidget *widget, const QString &name)
{
    QApplication::processEvents();
    const QString file = QDir(m_shots).filePath(name + QStringLiteral(".png"));
    QVERIFY2(widget->grab().save(file), qPrintable(file));
    qInfo().noquote() << "screenshot:" << file;
}

QAction *TestUiMainWindow::actionWithShortcut(QWidget *window, const QKeySequence &key)
{
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcuts().contains(key))
            return action;
    }
    return nullptr;
}

void TestUiMainWindow::demoClub()
{
    const QString path = demoPath();
    QVERIFY(!path.isEmpty());

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(path));
    QVERIFY(window.store());
    QVERIFY(window.store()->hasClub());
    QVERIFY(!window.welcomeDialog());
    const int season = window.store()->currentSeason();
    QVERIFY(window.windowTitle().contains(window.store()->club().name));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("statusSeason"))->text(),
             QStringLiteral("Season %1").arg(season));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("statusSync"))->text(),
             QStringLiteral("Not synced"));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("statusFile"))
                ->text()
                .contains(QStringLiteral("demo.sqlite")));

    // Roster: about 60 anglers of the demo club.
    window.showPage(MainWindow::Roster);
    QCOMPARE(window.currentPage(), MainWindow::Roster);
    auto *roster = window.findChild<RosterPage *>();
    QVERIFY(roster);
    QTableView *rosterTable = roster->table();
    QVERIFY(rosterTable->isVisible());
    const int anglers = rosterTable->model()->rowCount();
    QVERIFY2(anglers >= 50 && anglers <= 70, qPrintable(QString::number(anglers)));
    QSet<QString> standings;
    for (int row = 0; row < anglers; ++row)
        standings
            << rosterTable->model()->index(row, RosterModel::StandingColumn).data().toString();
    QVERIFY(standings.contains(QStringLiteral("In good standing")));
    QVERIFY(standings.contains(QStringLiteral("Guest")));
    // No column is cut to nothing, and the name column shows whole names.
    for (int column = 0; column < RosterModel::ColumnCount; ++column)
        QVERIFY2(rosterTable->columnWidth(column) >= 50, qPrintable(QString::number(column)));
    screenshot(&window, QStringLiteral("mainwindow-roster"));

    // Search and filter narrow the table; clearing brings everyone back.
    QTest::keyClicks(roster->searchField(), QStringLiteral("SMITH"));
    const int found = rosterTable->model()->rowCount();
    QVERIFY(found > 0 && found < anglers);
    for (int row = 0; row < found; ++row)
        QVERIFY(rosterTable->model()
                    ->index(row, RosterModel::NameColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("smith"), Qt::CaseInsensitive));
    roster->searchField()->clear();
    roster->filterBox()->setCurrentIndex(
        roster->filterBox()->findData(int(RosterFilterProxyModel::Filter::Guests)));
    const int guests = rosterTable->model()->rowCount();
    QVERIFY(guests > 0 && guests < anglers);
    for (int row = 0; row < guests; ++row)
        QCOMPARE(rosterTable->model()->index(row, RosterModel::StandingColumn).data().toString(),
                 QStringLiteral("Guest"));
    screenshot(&window, QStringLiteral("mainwindow-roster-guests"));
    roster->filterBox()->setCurrentIndex(0);
    QCOMPARE(rosterTable->model()->rowCount(), anglers);

    // Sorting by a header: tournaments fished, most first.
    rosterTable->sortByColumn(RosterModel::TournamentsColumn, Qt::DescendingOrder);
    const QAbstractItemModel *sorted = rosterTable->model();
    QVERIFY(sorted->index(0, RosterModel::TournamentsColumn).data().toInt() >=
            sorted->index(anglers - 1, RosterModel::TournamentsColumn).data().toInt());
    QVERIFY(sorted->index(0, RosterModel::TournamentsColumn).data().toInt() > 0);
    rosterTable->sortByColumn(RosterModel::NameColumn, Qt::AscendingOrder);

    // Tournaments: this season, with one in progress.
    window.showPage(MainWindow::Tournaments);
    auto *tournaments = window.findChild<TournamentsPage *>();
    QVERIFY(tournaments && tournaments->isVisible());
    QCOMPARE(tournaments->seasonBox()->currentData().toInt(), season);
    QVERIFY(tournaments->seasonBox()->count() >= 2);
    QTableView *tournamentTable = tournaments->table();
    const int rows = tournamentTable->model()->rowCount();
    QVERIFY2(rows >= 8, qPrintable(QString::number(rows)));
    bool inProgress = false;
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = tournamentTable->model()->index(row, 0);
        QCOMPARE(index.data(TournamentListModel::DateRole).toDate().year(), season);
        inProgress = inProgress || tournamentTable->model()
                                           ->index(row, TournamentListModel::StatusColumn)
                                           .data()
                                           .toString() == QLatin1String("In progress");
    }
    QVERIFY(inProgress);
    screenshot(&window, QStringLiteral("mainwindow-tournaments"));

    // Last season: all ten done or cancelled.
    tournaments->seasonBox()->setCurrentIndex(tournaments->seasonBox()->findData(season - 1));
    QVERIFY(tournamentTable->model()->rowCount() >= 8);
    QCOMPARE(
        tournamentTable->model()->index(0, 0).data(TournamentListModel::DateRole).toDate().year(),
        season - 1);
    QTest::keyClicks(tournaments->searchField(), QStringLiteral("cancelled"));
    QCOMPARE(tournamentTable->model()->rowCount(), 1);
    screenshot(&window, QStringLiteral("mainwindow-tournaments-last-season"));
    tournaments->searchField()->clear();

    // Every other page shows: either its content or one line saying what it will hold.
    const QStringList shotNames = {QString(), QString(), QStringLiteral("mainwindow-weighin"),
                                   QStringLiteral("mainwindow-standings"),
                                   QStringLiteral("mainwindow-treasury"),
                                   QStringLiteral("mainwindow-sync")};
    for (MainWindow::Page page :
         {MainWindow::WeighIn, MainWindow::Standings, MainWindow::Treasury, MainWindow::Sync}) {
        window.showPage(page);
        QCOMPARE(window.currentPage(), page);
        QWidget *shown = window.page(page);
        QVERIFY(shown->isVisible());
        if (const auto *text = shown->findChild<QLabel *>(QStringLiteral("placeholderText")))
            QVERIFY(!text->text().isEmpty());
        else
            QVERIFY(shown->findChildren<QWidget *>().size() > 3);
        screenshot(&window, shotNames.at(int(page)));
    }
    // The Sync page has the title row of the other pages, saying which server it syncs with.
    const auto *syncTitle =
        window.page(MainWindow::Sync)->findChild<QLabel *>(QStringLiteral("pageTitle"));
    QVERIFY(syncTitle);
    QCOMPARE(syncTitle->text(), QStringLiteral("Sync"));
    QCOMPARE(
        window.page(MainWindow::Sync)->findChild<QLabel *>(QStringLiteral("pageSummary"))->text(),
        QStringLiteral("No server yet"));

    // Edit menu: one undo stack with the standard keys.
    QVERIFY(window.undoStack());
    QAction *undo = actionWithShortcut(&window, QKeySequence(Qt::CTRL | Qt::Key_Z));
    QAction *redo = actionWithShortcut(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    QVERIFY(undo && redo);
    QVERIFY(!undo->isEnabled());
    QVERIFY(undo != redo);
}

void TestUiMainWindow::keyboard()
{
    const QString path = demoPath();
    QVERIFY(!path.isEmpty());
    MainWindow window;
    window.resize(1100, 700);
    window.show();
    QVERIFY(window.openDatabase(path));
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // Ctrl+1..6 reach every page.
    for (int i = MainWindow::PageCount - 1; i >= 0; --i) {
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        QCOMPARE(int(window.currentPage()), i);
    }
    // On the roster the search box has the focus: type, then Down into the table.
    auto *roster = window.findChild<RosterPage *>();
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(roster->searchField()));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("garcia"));
    QVERIFY(roster->table()->model()->rowCount() >= 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(roster->table()));
    QVERIFY(roster->table()->currentIndex().isValid());
    // Ctrl+F back to the search; Escape clears it.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(roster->searchField()));
    QTest::keyClick(roster->searchField(), Qt::Key_Escape);
    QVERIFY(roster->searchField()->text().isEmpty());
    QVERIFY(roster->table()->model()->rowCount() >= 50);
}

void TestUiMainWindow::welcomeOpensTheDemoClub()
{
    const QString path = m_dir.filePath(QStringLiteral("first-start.sqlite"));
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(path));
    QVERIFY(!window.store()->hasClub());
    WelcomeDialog *welcome = window.welcomeDialog();
    QVERIFY(welcome);
    QVERIFY(welcome->isVisible());
    QVERIFY(welcome->demoButton()->isVisible());
    QVERIFY(welcome->newClubButton()->isVisible());
    QVERIFY(welcome->openFileButton()->isVisible());
    screenshot(welcome, QStringLiteral("welcome-dialog"));

    QTest::mouseClick(welcome->demoButton(), Qt::LeftButton);
    QTRY_VERIFY(!window.welcomeDialog());
    QVERIFY(window.store()->hasClub());
    QTRY_VERIFY(window.findChild<RosterPage *>()->table()->model()->rowCount() >= 50);
    QTRY_VERIFY(window.findChild<TournamentsPage *>()->table()->model()->rowCount() >= 8);
    QCOMPARE(window.currentPage(), MainWindow::Roster);
    QVERIFY(window.windowTitle().contains(window.store()->club().name));
    screenshot(&window, QStringLiteral("mainwindow-after-welcome-demo"));
}

void TestUiMainWindow::welcomeStartsANewClub()
{
    const QString path = m_dir.filePath(QStringLiteral("new-club.sqlite"));
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(window.openDatabase(path));
    WelcomeDialog *welcome = window.welcomeDialog();
    QVERIFY(welcome);
    QTest::mouseClick(welcome->newClubButton(), Qt::LeftButton);
    QVERIFY(welcome->clubNameField()->isVisible());
    QCOMPARE(welcome->timeZoneBox()->currentText(), QStringLiteral("America/Chicago"));
    QVERIFY(!welcome->createButton()->isEnabled());
    QTest::keyClicks(welcome->clubNameField(), QStringLiteral("Lake Travis Anglers"));
    QVERIFY(welcome->createButton()->isEnabled());
    welcome->timeZoneBox()->setEditText(QStringLiteral("Not/AZone"));
    QVERIFY(!welcome->createButton()->isEnabled());
    welcome->timeZoneBox()->setEditText(QStringLiteral("America/Chicago"));
    screenshot(welcome, QStringLiteral("welcome-new-club"));
    QTest::mouseClick(welcome->createButton(), Qt::LeftButton);
    QTRY_VERIFY(!window.welcomeDialog());
    QCOMPARE(window.store()->club().name, QStringLiteral("Lake Travis Anglers"));
    QCOMPARE(window.store()->club().timeZone, QByteArrayLiteral("America/Chicago"));
    QVERIFY(window.windowTitle().contains(QStringLiteral("Lake Travis Anglers")));
    QCOMPARE(window.findChild<RosterPage *>()->table()->model()->rowCount(), 0);
    QCOMPARE(window.findChild<TournamentsPage *>()->table()->model()->rowCount(), 0);
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("statusSeason"))->text(),
             QStringLiteral("Season %1").arg(window.store()->currentSeason()));
}

void TestUiMainWindow::refusesAJunkFile()
{
    const QString path = demoPath();
    QVERIFY(!path.isEmpty());
    const QString junk = m_dir.filePath(QStringLiteral("junk.sqlite"));
    {
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a database, just some text\n");
    }
    MainWindow window;
    window.show();
    QVERIFY(window.openDatabase(path));
    Store *before = window.store();
    QVERIFY(!window.openDatabase(junk));
    // The open club stays open, and a message says why the file was refused.
    QCOMPARE(window.store(), before);
    QCOMPARE(QFileInfo(window.store()->path()).fileName(), QStringLiteral("demo.sqlite"));
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("errorMessage"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY(box->text().contains(QStringLiteral("junk.sqlite")));
    screenshot(box, QStringLiteral("error-junk-file"));
    box->accept();
    QCOMPARE(MainWindow::recentFiles().value(0), QFileInfo(path).absoluteFilePath());
}

void TestUiMainWindow::remembersGeometryAndFiles()
{
    const QString path = demoPath();
    QVERIFY(!path.isEmpty());
    {
        MainWindow window;
        window.show();
        window.resize(1000, 640);
        QVERIFY(window.openDatabase(path));
        window.showPage(MainWindow::Tournaments);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.close();
    }
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("lastFile")).toString(),
             QFileInfo(path).absoluteFilePath());
    QVERIFY(MainWindow::recentFiles().contains(QFileInfo(path).absoluteFilePath()));
    QVERIFY(!settings.value(QStringLiteral("mainWindow/geometry")).toByteArray().isEmpty());

    MainWindow again;
    QCOMPARE(again.size(), QSize(1000, 640));
    QCOMPARE(again.currentPage(), MainWindow::Tournaments);
}

void TestUiMainWindow::inSpanish()
{
    // A first run in Spanish: every page at the window's default size, with its title row.
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(SABC_TRANSLATIONS_DIR "/sabc_es.qm")));
    QCoreApplication::installTranslator(&translator);
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Spanish));
    auto restore = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(previous);
    });
    const QString path = demoPath();
    QVERIFY(!path.isEmpty());
    MainWindow window;
    window.resize(MainWindow::defaultSize());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(path));
    const QStringList names = {QStringLiteral("roster"),   QStringLiteral("tournaments"),
                               QStringLiteral("weighin"),  QStringLiteral("standings"),
                               QStringLiteral("treasury"), QStringLiteral("sync")};
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        window.showPage(MainWindow::Page(page));
        screenshot(&window, QStringLiteral("mainwindow-es-%1").arg(names.at(page)));
    }
    QWidget *sync = window.page(MainWindow::Sync);
    QCOMPARE(sync->findChild<QLabel *>(QStringLiteral("pageTitle"))->text(),
             QStringLiteral("Sincronizar"));
    QCOMPARE(sync->findChild<QLabel *>(QStringLiteral("pageSummary"))->text(),
             QStringLiteral("Aún no hay servidor"));
    QCOMPARE(
        window.page(MainWindow::Roster)->findChild<QLabel *>(QStringLiteral("pageTitle"))->text(),
        QStringLiteral("Padrón de socios"));
}

QTEST_MAIN(TestUiMainWindow)
#include "tst_ui_mainwindow.moc"
