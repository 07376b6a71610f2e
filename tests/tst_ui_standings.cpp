// The Standings page on the demo club: season picker, AoY table, awards, breakdown, chart.
#include "demo/democlub.h"
#include "store/store.h"
#include "tournaments/rulesetstore.h"
#include "tournaments/tournamentstore.h"
#include "ui/standings/standingspage.h"

#include <QApplication>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QStandardPaths>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestUiStandings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void showsTheSeason();
    void followsTheStore();
    void emptySaysWhatToDo();
    // Issue #23 item 11: a team tournament is no tournament fished for Angler of the Year.
    void teamTournamentIsNotCounted();
    void provisionalWhileWeighingIn();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

void TestUiStandings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    auto opened = Store::open(m_dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY(opened.ok());
    m_store = std::move(opened).value();
    QVERIFY(DemoClub::create(*m_store, QDate(2026, 11, 25)).ok());
}

void TestUiStandings::showsTheSeason()
{
    StandingsPage page(m_store.get());
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.showSeason(2025);
    QCOMPARE(page.season(), 2025);
    QVERIFY(page.errorText().isEmpty());
    QVERIFY(page.standingsModel()->rowCount() > 30);
    // The leader is selected and their tournaments are listed.
    QVERIFY(page.breakdownModel()->rowCount() > 0);
    // Selecting another angler by keyboard updates the breakdown.
    page.standingsView()->setFocus();
    QTest::keyClick(page.standingsView(), Qt::Key_Down);
    QVERIFY(page.breakdownModel()->rowCount() > 0);
    auto *chart = page.findChild<QChartView *>();
    QVERIFY(chart);
    QCOMPARE(chart->chart()->series().size(), 5);
    const QString dir = qEnvironmentVariable("SABC_SCREENSHOT_DIR", QDir::currentPath());
    QVERIFY(page.grab().save(QDir(dir).filePath(QStringLiteral("standings.png"))));
}

void TestUiStandings::followsTheStore()
{
    StandingsPage page(nullptr);
    QCOMPARE(page.standingsModel()->rowCount(), 0);
    page.setStore(m_store.get());
    QCOMPARE(page.season(), m_store->currentSeason());
    page.setStore(nullptr);
    QCOMPARE(page.standingsModel()->rowCount(), 0);
}

// Issue 15 item 5: standings that count a tournament still being weighed in say so (which one,
// how many entries), can be shown without it, and the mark goes when it is finalized.
void TestUiStandings::provisionalWhileWeighingIn()
{
    auto opened = Store::open(m_dir.filePath(QStringLiteral("open.sqlite")));
    QVERIFY(opened.ok());
    Store &store = *opened.value();
    QVERIFY(store.createClub(QStringLiteral("Open club"), "America/Chicago").ok());
    const int season = store.currentSeason();
    QVERIFY(RulesetStore(store).setForSeason(season, Ruleset::sabc2025()).ok());
    auto member = [&](const QString &name) {
        auto id = store.insert(QStringLiteral("anglers"), {{QStringLiteral("full_name"), name}});
        auto m = store.insert(QStringLiteral("memberships"),
                              {{QStringLiteral("angler_id"), id.value()},
                               {QStringLiteral("season"), season},
                               {QStringLiteral("joined_on"),
                                QStringLiteral("%1-01-05").arg(season)}});
        if (!m.ok())
            qFatal("membership: %s", qPrintable(m.error()));
        return id.value();
    };
    const QString ann = member(QStringLiteral("Ann Early"));
    const QString bob = member(QStringLiteral("Bob Late"));
    auto tournament = [&](int month, const QString &name) {
        TournamentRecord t;
        t.date = QDate(season, month, 22);
        t.season = season;
        t.name = name;
        return TournamentStore(store).insertTournament(t).value();
    };
    auto entry = [&](const QString &t, const QString &angler, int gross) {
        EntryRecord e;
        e.tournamentId = t;
        e.anglerId = angler;
        e.fish = 5;
        e.gross = Weight::fromHundredths(gross);
        e.wasMember = true;
        QVERIFY(TournamentStore(store).insertEntry(e).ok());
    };
    const QString march = tournament(3, QStringLiteral("March Final"));
    entry(march, ann, 1500);
    entry(march, bob, 1000);
    QVERIFY(TournamentStore(store).finalize(march, QStringLiteral("Tester")).ok());
    const QString april = tournament(4, QStringLiteral("April Open"));
    entry(april, bob, 2000);
    entry(april, ann, 900);

    StandingsPage page(&store);
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.showSeason(season);
    QVERIFY2(page.provisionalText().contains(QStringLiteral("April Open")),
             qPrintable(page.provisionalText()));
    QVERIFY(page.provisionalText().contains(QStringLiteral("2 entries")));
    QVERIFY(page.provisionalText().startsWith(QStringLiteral("Provisional")));
    QVERIFY(!page.provisionalText().contains(QStringLiteral("March Final")));
    QVERIFY(page.leaveOutProvisionalBox()->isVisible());
    auto points = [&](const QString &id) {
        const StandingRow *row = page.standingsModel()->season().standings.row(id);
        return row ? row->points : -1;
    };
    QCOMPARE(points(ann), 199);
    QCOMPARE(points(bob), 199);
    const QString dir = qEnvironmentVariable("SABC_SCREENSHOT_DIR", QDir::currentPath());
    QVERIFY(page.grab().save(QDir(dir).filePath(QStringLiteral("standings-provisional.png"))));

    // Without the open tournament.
    page.leaveOutProvisionalBox()->setChecked(true);
    QCOMPARE(points(ann), 100);
    QCOMPARE(points(bob), 99);
    QVERIFY2(page.provisionalText().contains(QStringLiteral("April Open")),
             qPrintable(page.provisionalText()));
    QVERIFY(!page.provisionalText().startsWith(QStringLiteral("Provisional")));
    page.leaveOutProvisionalBox()->setChecked(false);

    // Finalized: the mark goes.
    QVERIFY(TournamentStore(store).finalize(april, QStringLiteral("Tester")).ok());
    page.reload();
    QVERIFY2(page.provisionalText().isEmpty(), qPrintable(page.provisionalText()));
    QVERIFY(!page.leaveOutProvisionalBox()->isVisible());
    QCOMPARE(points(bob), 199);
}

QTEST_MAIN(TestUiStandings)
// Before there is a club the page says what to do instead of showing a bare table.
void TestUiStandings::emptySaysWhatToDo()
{
    StandingsPage page(nullptr);
    auto *summary = page.findChild<QLabel *>(QStringLiteral("standingsSummary"));
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(QStringLiteral("New Club")), qPrintable(summary->text()));
}

#include "tst_ui_standings.moc"

void TestUiStandings::teamTournamentIsNotCounted()
{
    StandingsPage page(m_store.get());
    page.showSeason(2025);
    auto *summary = page.findChild<QLabel *>(QStringLiteral("standingsSummary"));
    QVERIFY(summary);
    const QString before = summary->text();
    QVERIFY2(before.contains(QStringLiteral("tournaments fished")), qPrintable(before));
    // A team-format tournament with a weigh-in, added to the individual season.
    TournamentRecord t;
    t.season = 2025;
    t.date = QDate(2025, 11, 9);
    t.name = QStringLiteral("Fall Team Classic");
    t.format = TournamentFormat::Team;
    auto id = TournamentStore(*m_store).insertTournament(t);
    QVERIFY(id.ok());
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM anglers WHERE deleted = 0 LIMIT 1")) && q.next());
    EntryRecord e;
    e.tournamentId = id.value();
    e.anglerId = q.value(0).toString();
    e.fish = 3;
    e.gross = Weight::fromHundredths(900);
    QVERIFY(TournamentStore(*m_store).insertEntry(e).ok());
    page.showSeason(2026);
    page.showSeason(2025);
    QCOMPARE(summary->text(), before);
}
