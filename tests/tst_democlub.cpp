// The demo club: realistic, complete, and never written over a club.
#include "demo/democlub.h"
#include "store/store.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestDemoClub : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void createsRealisticClub();
    void inProgressEarlyInTheYear();
    void refusesExistingClub();

private:
    QTemporaryDir m_dir;
    int count(Store &store, const QString &sql);
};

void TestDemoClub::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

int TestDemoClub::count(Store &store, const QString &sql)
{
    QSqlQuery q(store.database());
    q.prepare(sql);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

void TestDemoClub::createsRealisticClub()
{
    auto opened = Store::open(m_dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY(opened.ok());
    Store &store = *opened.value();
    const QDate today(2026, 11, 25);
    const Status s = DemoClub::create(store, today);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QVERIFY(store.hasClub());

    const int anglers = count(store, QStringLiteral("SELECT count(*) FROM anglers"));
    QVERIFY2(anglers >= 55 && anglers <= 65, qPrintable(QString::number(anglers)));
    QVERIFY(count(store, QStringLiteral("SELECT count(*) FROM memberships WHERE season = 2026")) >= 35);
    // Guests: anglers who fished this season without a membership.
    QVERIFY(count(store, QStringLiteral("SELECT count(DISTINCT e.angler_id) FROM entries e JOIN tournaments t ON t.id = e.tournament_id WHERE t.season = 2026 AND e.was_member = 0")) >= 3);
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM officer_terms WHERE season = 2026")), 4);
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM officer_terms WHERE season = 2025")), 4);
    // Dues: some paid, some overdue.
    QVERIFY(count(store, QStringLiteral("SELECT count(*) FROM anglers a JOIN memberships m ON m.angler_id = a.id AND m.season = 2026 WHERE a.dues_paid_through >= 2026")) >= 30);
    QVERIFY(count(store, QStringLiteral("SELECT count(*) FROM anglers a JOIN memberships m ON m.angler_id = a.id AND m.season = 2026 WHERE a.dues_paid_through < 2026")) >= 2);

    // The previous season complete, the current up to today, one in progress.
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM tournaments WHERE season = 2025")), 10);
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM tournaments WHERE season = 2025 AND completed = 0 AND cancelled = 0")), 0);
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM tournaments WHERE season = 2026 AND event_date <= '2026-11-25'")), 10);
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM tournaments WHERE completed = 0 AND cancelled = 0 AND EXISTS (SELECT 1 FROM entries e WHERE e.tournament_id = tournaments.id)")), 1);
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM tournaments WHERE format <> 'individual'")), 0);
    // Every tournament on the fourth Sunday of its month.
    QSqlQuery dates(store.database());
    dates.prepare(QStringLiteral("SELECT event_date FROM tournaments"));
    QVERIFY(dates.exec());
    while (dates.next()) {
        const QDate d = QDate::fromString(dates.value(0).toString(), Qt::ISODate);
        QCOMPARE(d.dayOfWeek(), int(Qt::Sunday));
        QVERIFY(d.day() >= 22 && d.day() <= 28);
    }

    // What a season throws at a director.
    QVERIFY(count(store, QStringLiteral("SELECT count(*) FROM entries WHERE fish = 0 AND buy_in = 0")) > 0);
    QVERIFY(count(store, QStringLiteral("SELECT count(*) FROM entries WHERE buy_in = 1")) > 0);
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM entries WHERE dq = 1")), 1);
    QVERIFY(count(store, QStringLiteral("SELECT count(*) FROM entries WHERE dead > 0")) > 0);
    QVERIFY(count(store, QStringLiteral("SELECT count(*) FROM boats WHERE partner_id IS NOT NULL")) > 20);
    QVERIFY(count(store, QStringLiteral("SELECT count(*) FROM tournaments t JOIN lakes l ON l.id = t.lake_id WHERE t.paper = 1 AND l.paper = 1")) >= 1);
    QVERIFY(count(store, QStringLiteral("SELECT count(*) FROM paper_fish")) > 20);
    QVERIFY(count(store, QStringLiteral("SELECT count(*) FROM ledger WHERE kind = 'dues'")) > 40);
    QVERIFY(count(store, QStringLiteral("SELECT count(*) FROM ledger WHERE kind = 'entry_fee'")) > 100);
    // The books of finished tournaments are settled (winners paid, the pot emptied into the
    // funds); the tournament in progress still holds its fees and has paid nobody.
    QVERIFY(count(store, QStringLiteral("SELECT count(*) FROM ledger WHERE kind = 'payout'")) > 50);
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM tournaments t WHERE t.completed = 1 AND (SELECT coalesce(sum(l.amount_cents), 0) FROM ledger l WHERE l.tournament_id = t.id AND l.fund = 'tournament_pot' AND l.deleted = 0) <> 0")), 0);
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM tournaments t WHERE t.completed = 0 AND t.cancelled = 0 AND EXISTS (SELECT 1 FROM entries e WHERE e.tournament_id = t.id) AND (SELECT sum(l.amount_cents) FROM ledger l WHERE l.tournament_id = t.id AND l.fund = 'tournament_pot' AND l.deleted = 0) > 0 AND NOT EXISTS (SELECT 1 FROM ledger l WHERE l.tournament_id = t.id AND l.kind = 'payout')")), 1);
    // Entries respect the rules the scale enforces.
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM entries WHERE (fish = 0) <> (gross_weight = 0)")), 0);
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM entries WHERE big_bass > gross_weight OR fish > 5")), 0);
}

void TestDemoClub::inProgressEarlyInTheYear()
{
    auto opened = Store::open(m_dir.filePath(QStringLiteral("early.sqlite")));
    QVERIFY(opened.ok());
    Store &store = *opened.value();
    const Status s = DemoClub::create(store, QDate(2027, 1, 3)); // before the first tournament
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM tournaments WHERE season = 2027 AND completed = 0 AND EXISTS (SELECT 1 FROM entries e WHERE e.tournament_id = tournaments.id)")), 1);
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM tournaments WHERE season = 2026 AND completed = 0 AND cancelled = 0")), 0);
}

void TestDemoClub::refusesExistingClub()
{
    auto opened = Store::open(m_dir.filePath(QStringLiteral("taken.sqlite")));
    QVERIFY(opened.ok());
    Store &store = *opened.value();
    QVERIFY(store.createClub(QStringLiteral("Real Club"), "America/Chicago").ok());
    const Status s = DemoClub::create(store, QDate(2026, 11, 25));
    QVERIFY(!s.ok());
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM anglers")), 0);
    QCOMPARE(store.club().name, QStringLiteral("Real Club"));
}

QTEST_GUILESS_MAIN(TestDemoClub)
#include "tst_democlub.moc"
