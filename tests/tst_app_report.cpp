// `sabc report` run as the real executable without a display: every report kind as CSV and PDF
// over the demo club, PDF contents read back with pdftotext, and the mistakes a user makes on the
// command line (unknown report, missing tournament date, a database that does not exist, which
// must not be created).
#include "tests/headlessrun.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestAppReport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void csvReports_data();
    void csvReports();
    void pdfReports_data();
    void pdfReports();
    void resultsNeedATournament();
    void mistakes_data();
    void mistakes();
    void missingDatabaseIsNotCreated();

private:
    using Run = HeadlessRun;
    Run sabc(const QStringList &args);
    QString pdfText(const QString &pdf);
    QTemporaryDir m_dir;
    QString m_binary;
    QString m_db;
};

void TestAppReport::initTestCase()
{
    m_binary = qEnvironmentVariable("SABC_BINARY");
    QVERIFY2(QFile::exists(m_binary), "SABC_BINARY must name the built sabc executable");
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("club.sqlite"));
    Run demo = sabc({QStringLiteral("demo"), QStringLiteral("--database"), m_db});
    QVERIFY2(demo.code == 0, qPrintable(demo.err));
}

TestAppReport::Run TestAppReport::sabc(const QStringList &args)
{
    return runHeadless(m_binary, m_dir.path(), args);
}

QString TestAppReport::pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput())
        .replace(QChar(0xFB00), QStringLiteral("ff"))
        .replace(QChar(0xFB01), QStringLiteral("fi"))
        .replace(QChar(0xFB02), QStringLiteral("fl"));
}

void TestAppReport::csvReports_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("header");
    QTest::newRow("results") << QStringList{QStringLiteral("results"),
                                            QStringLiteral("--tournament"),
                                            QStringLiteral("2025-03-23")}
                             << QStringLiteral(
                                    "place,angler,member,fish,net_weight,big_bass,points,"
                                    "status,boat_place,boat_payout,big_bass_payout");
    QTest::newRow("standings") << QStringList{QStringLiteral("standings"),
                                              QStringLiteral("--season"), QStringLiteral("2025")}
                               << QStringLiteral(
                                      "Rank,Angler,Points,All points,Events,Total weight");
    QTest::newRow("roster") << QStringList{QStringLiteral("roster"),
                                           QStringLiteral("--season=2025")}
                            << QStringLiteral("Name,");
    QTest::newRow("dues") << QStringList{QStringLiteral("dues"), QStringLiteral("--season"),
                                         QStringLiteral("2025")}
                          << QStringLiteral(
                                 "Angler,Member,Paid through,Standing,Paid in 2025,Last payment");
    QTest::newRow("treasurer") << QStringList{QStringLiteral("treasurer"),
                                              QStringLiteral("--season"), QStringLiteral("2025")}
                               << QStringLiteral("date,season,kind,fund,angler,tournament,method,"
                                                 "amount,note,id,reverses_id");
}

void TestAppReport::csvReports()
{
    QFETCH(QStringList, args);
    QFETCH(QString, header);
    const QString out =
        m_dir.filePath(QStringLiteral("%1.csv").arg(QString::fromLatin1(QTest::currentDataTag())));
    Run r = sabc(QStringList{QStringLiteral("report")} + args +
                 QStringList{QStringLiteral("--database"), m_db, QStringLiteral("--format"),
                             QStringLiteral("csv"), QStringLiteral("--output"), out});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("Wrote")));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(f.readAll());
    if (text.startsWith(QChar(0xFEFF))) // the roster export starts with a BOM for Excel
        text.remove(0, 1);
    QVERIFY2(text.startsWith(header), qPrintable(text.left(200)));
    QVERIFY(text.count(u'\n') > 5);
}

void TestAppReport::pdfReports_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("absent");
    QTest::addColumn<int>("charts");
    QTest::newRow("results") << QStringList{QStringLiteral("results"),
                                            QStringLiteral("--tournament"),
                                            QStringLiteral("2025-03-23")}
                             << QStringList{QStringLiteral("March Tournament"),
                                            QStringLiteral("Big bass and money (proposed)")}
                             << QStringList{} << 0;
    QTest::newRow("standings") << QStringList{QStringLiteral("standings"),
                                              QStringLiteral("--season"), QStringLiteral("2025")}
                               << QStringList{QStringLiteral("Angler of the Year 2025"),
                                              QStringLiteral("Heavy Stringer of the Year"),
                                              QStringLiteral(
                                                  "Counted points after each tournament")}
                               << QStringList{} << 1;
    QTest::newRow("roster") << QStringList{QStringLiteral("roster"), QStringLiteral("--season"),
                                           QStringLiteral("2025")}
                            << QStringList{QStringLiteral("Roster, 2025"),
                                           QStringLiteral("(512) 555-")}
                            << QStringList{} << 0;
    QTest::newRow("dues") << QStringList{QStringLiteral("dues"), QStringLiteral("--season"),
                                         QStringLiteral("2025")}
                          << QStringList{QStringLiteral("Dues 2025"), QStringLiteral("Total")}
                          << QStringList{} << 0;
    // The demo club's last season is settled: every tournament balances.
    QTest::newRow("treasurer") << QStringList{QStringLiteral("treasurer"),
                                              QStringLiteral("--season"), QStringLiteral("2025")}
                               << QStringList{QStringLiteral("Treasurer's report 2025"),
                                              QStringLiteral("Fund balances"),
                                              QStringLiteral("place and big bass money paid, per"),
                                              QStringLiteral("Ledger"),
                                              QStringLiteral("Every tournament's money balances "
                                                             "to the cent.")}
                               << QStringList{QStringLiteral("off by $")} << 1;
    // This season (the default) has the tournament in progress, whose books are still open.
    QTest::newRow("treasurer this season")
        << QStringList{QStringLiteral("treasurer")}
        << QStringList{QStringLiteral("Treasurer's report"), QStringLiteral("Fund balances"),
                       QStringLiteral("off by $")}
        << QStringList{QStringLiteral("Every tournament's money balances")} << 1;
}

void TestAppReport::pdfReports()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);
    QFETCH(int, charts);
    const QString out =
        m_dir.filePath(QStringLiteral("%1.pdf").arg(QString::fromLatin1(QTest::currentDataTag())));
    Run r = sabc(QStringList{QStringLiteral("report")} + args +
                 QStringList{QStringLiteral("--database"), m_db, QStringLiteral("--format"),
                             QStringLiteral("pdf"), QStringLiteral("--output"), out});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5) == "%PDF-");
    const QString text = pdfText(out);
    for (const QString &e : expected)
        QVERIFY2(text.contains(e),
                 qPrintable(e + QStringLiteral(" missing from:\n") + text.left(1500)));
    for (const QString &a : absent)
        QVERIFY2(!text.contains(a), qPrintable(a + QStringLiteral(" found in:\n") + text));
    // The charts are pictures in the PDF: count them.
    QProcess images;
    images.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), out});
    QVERIFY(images.waitForFinished(60000));
    const QStringList lines =
        QString::fromUtf8(images.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(int(lines.size()) - 2, charts); // two header lines
}

void TestAppReport::resultsNeedATournament()
{
    const QString out = m_dir.filePath(QStringLiteral("r.csv"));
    Run none = sabc({QStringLiteral("report"), QStringLiteral("results"),
                     QStringLiteral("--database"), m_db, QStringLiteral("--format"),
                     QStringLiteral("csv"), QStringLiteral("--output"), out});
    QCOMPARE(none.code, 1);
    QVERIFY2(none.err.contains(QStringLiteral("--tournament")), qPrintable(none.err));
    Run wrongDay =
        sabc({QStringLiteral("report"), QStringLiteral("results"), QStringLiteral("--tournament"),
              QStringLiteral("2025-03-24"), QStringLiteral("--database"), m_db,
              QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--output"), out});
    QCOMPARE(wrongDay.code, 2);
    QVERIFY2(wrongDay.err.contains(QStringLiteral("no tournament on 2025-03-24")),
             qPrintable(wrongDay.err));
    QVERIFY(!QFile::exists(out));
}

void TestAppReport::mistakes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("no kind") << QStringList{} << 1 << QStringLiteral("Name the report");
    QTest::newRow("unknown kind") << QStringList{QStringLiteral("payroll")} << 1
                                  << QStringLiteral("there is no report \"payroll\"");
    QTest::newRow("bad format") << QStringList{QStringLiteral("dues"), QStringLiteral("--format"),
                                               QStringLiteral("xlsx")}
                                << 1 << QStringLiteral("not a report format");
    QTest::newRow("bad season") << QStringList{QStringLiteral("dues"), QStringLiteral("--season"),
                                               QStringLiteral("last")}
                                << 1 << QStringLiteral("not a season");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("dues"), QStringLiteral("--colour"), QStringLiteral("red")}
        << 1 << QStringLiteral("Unknown option --colour");
    QTest::newRow("unwritable") << QStringList{QStringLiteral("dues"), QStringLiteral("--output"),
                                               QStringLiteral("/nonexistent/dir/x.csv")}
                                << 2 << QStringLiteral("Could not write");
}

void TestAppReport::mistakes()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    QStringList full = QStringList{QStringLiteral("report")} + args;
    if (!args.contains(QStringLiteral("--format")))
        full << QStringLiteral("--format") << QStringLiteral("csv");
    if (!args.contains(QStringLiteral("--output")))
        full << QStringLiteral("--output") << m_dir.filePath(QStringLiteral("m.csv"));
    full << QStringLiteral("--database") << m_db;
    Run r = sabc(full);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.out, QString());
}

void TestAppReport::missingDatabaseIsNotCreated()
{
    const QString db = m_dir.filePath(QStringLiteral("nothing-here.sqlite"));
    Run r = sabc({QStringLiteral("report"), QStringLiteral("dues"), QStringLiteral("--database"),
                  db, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--output"),
                  m_dir.filePath(QStringLiteral("x.csv"))});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("no club database")));
    QVERIFY(!QFile::exists(db));
    Run help = sabc({QStringLiteral("--help")});
    QVERIFY(help.out.contains(QStringLiteral("report KIND --database FILE")));
}

QTEST_GUILESS_MAIN(TestAppReport)
#include "tst_app_report.moc"
