// `sabc stats` run as the real executable without a display, on the hand-made club of
// statsfixture.h: the CSV sections and the JSON object with the figures worked out in tst_stats,
// one season, and the mistakes (format, season, missing file: exit 1 or 2, nothing on stdout, and
// no file created).
#include "tests/headlessrun.h"
#include "tests/statsfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

class TestAppStats : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void csv();
    void json();
    void oneSeason();
    void mistakes_data();
    void mistakes();

private:
    using Run = HeadlessRun;
    Run sabc(const QStringList &args);
    StatsFixture m_club;
    QString m_binary;
};

void TestAppStats::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_binary = qEnvironmentVariable("SABC_BINARY");
    QVERIFY2(QFile::exists(m_binary), "SABC_BINARY must name the built sabc executable");
    QVERIFY(m_club.build());
    m_club.store.reset(); // the command opens the file itself
}

TestAppStats::Run TestAppStats::sabc(const QStringList &args)
{
    return runHeadless(m_binary, m_club.dir.path(), QStringList{QStringLiteral("stats")} + args);
}

void TestAppStats::csv()
{
    const Run r = sabc({u"--database"_qs, m_club.path(), u"--format"_qs, u"csv"_qs});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.err.isEmpty());
    QVERIFY2(r.out.startsWith(u"lakes\nlake,tournaments,last_fished,anglers,average_per_angler,"
                              "limits,zeros,heaviest,big_bass,big_bass_by,big_bass_date\n"
                              "Buchanan,2,2026-03-22,9,7.38,3,1,18.00,8.10,Bo,2024-04-28\n"
                              "Travis,2,2025-03-23,7,10.61,4,2,20.00,9.00,Al,2025-03-23\n\n"_qs),
             qPrintable(r.out));
    // One section per table, each after an empty line.
    const QStringList sections = r.out.split(u"\n\n"_qs, Qt::SkipEmptyParts);
    QCOMPARE(sections.size(), 7);
    QStringList names;
    for (const QString &s : sections)
        names << s.section(u'\n', 0, 0);
    QCOMPARE(names, (QStringList{u"lakes"_qs, u"big_bass"_qs, u"limits_zeros"_qs,
                                 u"members_guests"_qs, u"winning_weights_by_year"_qs,
                                 u"winning_weights_by_lake"_qs, u"participation"_qs}));
    QCOMPARE(sections.at(1).count(u'\n'), 11); // header and ten fish
    QVERIFY(sections.at(1).contains(u"\n5,5.00,Cy,2025-03-23,March 2025,Travis\n"
                                    "5,5.00,Al & Bo,2026-03-22,March 2026,Buchanan\n"_qs));
    QCOMPARE(sections.at(3), u"members_guests\nseason,members,guests,member_entries,guest_entries\n"
                             "2024,4,1,7,1\n2025,2,1,2,1\n2026,4,1,4,1"_qs);
    QCOMPARE(sections.at(5), u"winning_weights_by_lake\nlake,tournaments,first,second,third\n"
                             "Buchanan,2,17.00,7.50,5.00\nTravis,2,18.00,14.63,4.50"_qs);
    QCOMPARE(sections.at(6).section(u'\n', 5, 5), u"2026-03-22,March 2026,Buchanan,5,3,4,1"_qs);
}

void TestAppStats::json()
{
    const Run r = sabc({u"--database"_qs, m_club.path(), u"--format"_qs, u"json"_qs});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(o.value(u"season"_qs).isNull());
    QCOMPARE(o.keys().size(), 8);
    const QJsonArray years = o.value(u"limits_zeros"_qs).toArray();
    QCOMPARE(years.size(), 3);
    QCOMPARE(years.at(0).toObject().value(u"season"_qs).toInt(), 2024);
    QCOMPARE(years.at(0).toObject().value(u"limits"_qs).toInt(), 4);
    QCOMPARE(years.at(0).toObject().value(u"zeros"_qs).toInt(), 1);
    const QJsonObject best = o.value(u"big_bass"_qs).toArray().at(0).toObject();
    QCOMPARE(best.value(u"weight"_qs).toDouble(), 9.0);
    QCOMPARE(best.value(u"angler"_qs).toString(), u"Al"_qs);
    const QJsonObject winning = o.value(u"winning_weights_by_year"_qs).toArray().at(0).toObject();
    QCOMPARE(winning.value(u"first"_qs).toDouble(), 17.0);
    QCOMPARE(winning.value(u"second"_qs).toDouble(), 13.38);
}

void TestAppStats::oneSeason()
{
    const Run r = sabc({u"--database"_qs, m_club.path(), u"--season"_qs, u"2025"_qs,
                        u"--format"_qs, u"json"_qs});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(u"season"_qs).toInt(), 2025);
    QCOMPARE(o.value(u"lakes"_qs).toArray().size(), 1);
    QCOMPARE(o.value(u"lakes"_qs).toArray().at(0).toObject().value(u"average_per_angler"_qs)
                 .toDouble(),
             11.5);
    QCOMPARE(o.value(u"participation"_qs).toArray().size(), 1);
    QCOMPARE(o.value(u"big_bass"_qs).toArray().size(), 2);
}

void TestAppStats::mistakes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QString db = u"@db"_qs;
    QTest::newRow("no format") << QStringList{u"--database"_qs, db} << 1
                               << u"choose --format csv or --format json"_qs;
    QTest::newRow("bad format") << QStringList{u"--database"_qs, db, u"--format"_qs, u"pdf"_qs}
                                << 1 << u"\"pdf\" is not a format"_qs;
    QTest::newRow("bad season") << QStringList{u"--database"_qs, db, u"--season"_qs, u"last"_qs,
                                               u"--format"_qs, u"csv"_qs}
                                << 1 << u"\"last\" is not a season"_qs;
    QTest::newRow("no database") << QStringList{u"--format"_qs, u"csv"_qs} << 1
                                 << u"--database FILE"_qs;
    QTest::newRow("unknown option") << QStringList{u"--database"_qs, db, u"--format"_qs,
                                                   u"csv"_qs, u"--output"_qs, u"x"_qs}
                                    << 1 << u"Unknown option --output"_qs;
    QTest::newRow("stray word") << QStringList{u"--database"_qs, db, u"--format"_qs, u"csv"_qs,
                                               u"lakes"_qs}
                                << 1 << u"unexpected \"lakes\""_qs;
    QTest::newRow("missing file") << QStringList{u"--database"_qs, u"@missing"_qs, u"--format"_qs,
                                                 u"csv"_qs}
                                  << 2 << u"there is no club database"_qs;
}

void TestAppStats::mistakes()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const QString missing = m_club.dir.filePath(u"missing.sqlite"_qs);
    args.replaceInStrings(u"@db"_qs, m_club.path());
    args.replaceInStrings(u"@missing"_qs, missing);
    const Run r = sabc(args);
    QCOMPARE(r.code, code);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!QFile::exists(missing));
}

QTEST_MAIN(TestAppStats)
#include "tst_app_stats.moc"
