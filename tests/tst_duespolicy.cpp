// Tests of DuesPolicy: $25 a season renewed each January, the October rule for members who join
// late in the year, paying ahead, partial amounts, and good standing.
#include "roster/duespolicy.h"

#include <QTest>

class TestDuesPolicy : public QObject
{
    Q_OBJECT
private slots:
    void apply_data();
    void apply();
    void customPolicy();
    void goodStanding_data();
    void goodStanding();
};

void TestDuesPolicy::apply_data()
{
    QTest::addColumn<int>("paidThrough");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QList<int>>("covered");
    QTest::addColumn<qint64>("leftOver");

    QTest::newRow("new member in March")
        << 0 << QDate(2026, 3, 1) << qint64(2500) << 2026 << QList<int>{2026} << qint64(0);
    QTest::newRow("new member 30 September")
        << 0 << QDate(2026, 9, 30) << qint64(2500) << 2026 << QList<int>{2026} << qint64(0);
    QTest::newRow("new member 1 October")
        << 0 << QDate(2026, 10, 1) << qint64(2500) << 2027 << QList<int>{2026, 2027} << qint64(0);
    QTest::newRow("new member 31 December")
        << 0 << QDate(2026, 12, 31) << qint64(2500) << 2027 << QList<int>{2026, 2027} << qint64(0);
    QTest::newRow("renewal in January")
        << 2025 << QDate(2026, 1, 10) << qint64(2500) << 2026 << QList<int>{2026} << qint64(0);
    QTest::newRow("late renewal in November")
        << 2025 << QDate(2026, 11, 2) << qint64(2500) << 2026 << QList<int>{2026} << qint64(0);
    QTest::newRow("lapsed member rejoins in October")
        << 2023 << QDate(2026, 10, 5) << qint64(2500) << 2027 << QList<int>{2026, 2027}
        << qint64(0);
    QTest::newRow("paying next season ahead")
        << 2026 << QDate(2026, 12, 1) << qint64(2500) << 2027 << QList<int>{2027} << qint64(0);
    QTest::newRow("two seasons at once")
        << 2025 << QDate(2026, 2, 1) << qint64(5000) << 2027 << QList<int>{2026, 2027} << qint64(0);
    QTest::newRow("less than dues")
        << 2025 << QDate(2026, 2, 1) << qint64(2000) << 2025 << QList<int>{} << qint64(2000);
    QTest::newRow("dues and a tip")
        << 2025 << QDate(2026, 2, 1) << qint64(3000) << 2026 << QList<int>{2026} << qint64(500);
    QTest::newRow("zero") << 2025 << QDate(2026, 2, 1) << qint64(0) << 2025 << QList<int>{}
                          << qint64(0);
}

void TestDuesPolicy::apply()
{
    QFETCH(int, paidThrough);
    QFETCH(QDate, date);
    QFETCH(qint64, cents);
    QFETCH(int, expected);
    QFETCH(QList<int>, covered);
    QFETCH(qint64, leftOver);
    const DuesPolicy policy;
    const DuesPolicy::Outcome out = policy.apply(paidThrough, date, Money::fromCents(cents));
    QCOMPARE(out.paidThrough, expected);
    QCOMPARE(out.seasonsCovered, covered);
    QCOMPARE(out.leftOver.cents(), leftOver);
}

void TestDuesPolicy::customPolicy()
{
    DuesPolicy policy;
    policy.seasonDues = Money::fromDollars(40);
    policy.lateJoinMonth = 9;
    const auto out = policy.apply(0, QDate(2026, 9, 1), Money::fromDollars(40));
    QCOMPARE(out.paidThrough, 2027);
    QCOMPARE(policy.apply(0, QDate(2026, 9, 1), Money::fromDollars(25)).paidThrough, 0);
}

void TestDuesPolicy::goodStanding_data()
{
    QTest::addColumn<int>("paidThrough");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("good");
    QTest::newRow("never paid") << 0 << QDate(2026, 5, 1) << false;
    QTest::newRow("paid this season") << 2026 << QDate(2026, 12, 31) << true;
    QTest::newRow("new year") << 2026 << QDate(2027, 1, 1) << false;
    QTest::newRow("paid ahead") << 2027 << QDate(2026, 5, 1) << true;
}

void TestDuesPolicy::goodStanding()
{
    QFETCH(int, paidThrough);
    QFETCH(QDate, today);
    QFETCH(bool, good);
    QCOMPARE(DuesPolicy::inGoodStanding(paidThrough, today), good);
}

QTEST_GUILESS_MAIN(TestDuesPolicy)
#include "tst_duespolicy.moc"
