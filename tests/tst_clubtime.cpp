// The club's time zone decides "today" and the season, right across DST changes.
#include "core/clubtime.h"

#include <QTest>

class TestClubTime : public QObject
{
    Q_OBJECT
private slots:
    void todayAndSeason_data();
    void todayAndSeason();
    void wallClockToUtc_data();
    void wallClockToUtc();
    void unknownZoneFallsBack();
    void otherZone();
};

void TestClubTime::todayAndSeason_data()
{
    QTest::addColumn<QDateTime>("utc");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("season");
    // New Year's Eve 23:30 local (CST, UTC-6) is already New Year's Day in UTC.
    QTest::newRow("new year's eve 23:30")
        << QDateTime(QDate(2026, 1, 1), QTime(5, 30), Qt::UTC) << QDate(2025, 12, 31) << 2025;
    QTest::newRow("new year 00:30")
        << QDateTime(QDate(2026, 1, 1), QTime(6, 30), Qt::UTC) << QDate(2026, 1, 1) << 2026;
    // Spring forward 2025-03-09: 02:00 CST -> 03:00 CDT.
    QTest::newRow("before spring forward")
        << QDateTime(QDate(2025, 3, 9), QTime(7, 59), Qt::UTC) << QDate(2025, 3, 9) << 2025;
    QTest::newRow("evening after spring forward (UTC next day)")
        << QDateTime(QDate(2025, 3, 10), QTime(4, 30), Qt::UTC) << QDate(2025, 3, 9) << 2025;
    QTest::newRow("midnight after spring forward")
        << QDateTime(QDate(2025, 3, 10), QTime(5, 0), Qt::UTC) << QDate(2025, 3, 10) << 2025;
    // Fall back 2025-11-02: 02:00 CDT -> 01:00 CST.
    QTest::newRow("evening before fall back")
        << QDateTime(QDate(2025, 11, 2), QTime(4, 59), Qt::UTC) << QDate(2025, 11, 1) << 2025;
    QTest::newRow("late on fall-back day")
        << QDateTime(QDate(2025, 11, 3), QTime(5, 59), Qt::UTC) << QDate(2025, 11, 2) << 2025;
    QTest::newRow("midnight after fall back")
        << QDateTime(QDate(2025, 11, 3), QTime(6, 0), Qt::UTC) << QDate(2025, 11, 3) << 2025;
}

void TestClubTime::todayAndSeason()
{
    QFETCH(QDateTime, utc);
    QFETCH(QDate, today);
    QFETCH(int, season);
    const ClubTime club;
    QCOMPARE(club.today(utc), today);
    QCOMPARE(club.seasonAt(utc), season);
    QCOMPARE(ClubTime::seasonOf(today), season);
}

void TestClubTime::wallClockToUtc_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("local");
    QTest::addColumn<QDateTime>("utc");
    QTest::newRow("winter") << QDate(2025, 1, 26) << QTime(6, 30)
                            << QDateTime(QDate(2025, 1, 26), QTime(12, 30), Qt::UTC);
    QTest::newRow("summer") << QDate(2025, 7, 27) << QTime(6, 30)
                            << QDateTime(QDate(2025, 7, 27), QTime(11, 30), Qt::UTC);
    QTest::newRow("spring-forward day morning") << QDate(2025, 3, 9) << QTime(6, 30)
                                                << QDateTime(QDate(2025, 3, 9), QTime(11, 30), Qt::UTC);
    QTest::newRow("in the spring gap moves forward")
        << QDate(2025, 3, 9) << QTime(2, 30) << QDateTime(QDate(2025, 3, 9), QTime(8, 30), Qt::UTC);
    QTest::newRow("fall-back ambiguous takes daylight")
        << QDate(2025, 11, 2) << QTime(1, 30) << QDateTime(QDate(2025, 11, 2), QTime(6, 30), Qt::UTC);
    QTest::newRow("fall-back day weigh-in") << QDate(2025, 11, 2) << QTime(14, 30)
                                            << QDateTime(QDate(2025, 11, 2), QTime(20, 30), Qt::UTC);
    QTest::newRow("new year's eve 23:30") << QDate(2025, 12, 31) << QTime(23, 30)
                                          << QDateTime(QDate(2026, 1, 1), QTime(5, 30), Qt::UTC);
}

void TestClubTime::wallClockToUtc()
{
    QFETCH(QDate, date);
    QFETCH(QTime, local);
    QFETCH(QDateTime, utc);
    const ClubTime club;
    QCOMPARE(club.toUtc(date, local), utc);
    if (date != QDate(2025, 3, 9) || local != QTime(2, 30)) {
        const QDateTime back = club.toLocal(utc);
        QCOMPARE(back.date(), date);
        QCOMPARE(back.time(), local);
    }
}

void TestClubTime::unknownZoneFallsBack()
{
    QVERIFY(!ClubTime::isKnownZone("Mars/Olympus_Mons"));
    QVERIFY(ClubTime::isKnownZone("America/Chicago"));
    const ClubTime club("Mars/Olympus_Mons");
    QCOMPARE(club.zoneId(), QByteArray("America/Chicago"));
}

void TestClubTime::otherZone()
{
    const ClubTime club("Europe/Madrid");
    // 23:30 UTC on New Year's Eve is already the new year in Madrid.
    QCOMPARE(club.seasonAt(QDateTime(QDate(2025, 12, 31), QTime(23, 30), Qt::UTC)), 2026);
}

QTEST_GUILESS_MAIN(TestClubTime)
#include "tst_clubtime.moc"
