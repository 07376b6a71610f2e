// `sabc publish` run as the real executable without a display: the demo club's site written
// (exit 0, what was written said), one season, and the mistakes a user makes (missing options, a
// season that is not a year: exit 2; a database that does not exist, which is not created, and a
// folder that cannot be written: exit 1 with a clear message).
#include "tests/headlessrun.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestAppPublish : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void writesTheSite();
    void oneSeason();
    void mistakes_data();
    void mistakes();
    void unwritableFolder();

private:
    using Run = HeadlessRun;
    Run sabc(const QStringList &args);
    QTemporaryDir m_dir;
    QString m_binary;
    QString m_db;
};

void TestAppPublish::initTestCase()
{
    m_binary = qEnvironmentVariable("SABC_BINARY");
    QVERIFY2(QFile::exists(m_binary), "SABC_BINARY must name the built sabc executable");
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("club.sqlite"));
    Run demo = sabc({QStringLiteral("demo"), QStringLiteral("--database"), m_db});
    QVERIFY2(demo.code == 0, qPrintable(demo.err));
}

TestAppPublish::Run TestAppPublish::sabc(const QStringList &args)
{
    return runHeadless(m_binary, m_dir.path(), args);
}

void TestAppPublish::writesTheSite()
{
    const QString out = m_dir.filePath(QStringLiteral("site"));
    Run r = sabc({QStringLiteral("publish"), QStringLiteral("--database"), m_db,
                  QStringLiteral("--output"), out});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.err, QString());
    QCOMPARE(r.out, QStringLiteral("Wrote 26 files to %1: 2 seasons, 20 tournament pages.\n")
                        .arg(QDir(out).absolutePath()));
    for (const QString &f : {QStringLiteral("index.html"), QStringLiteral("style.css"),
                             QStringLiteral("2025/index.html"), QStringLiteral("2026/calendar.html"),
                             QStringLiteral("2025/2025-03-23.html")})
        QVERIFY2(QFile::exists(QDir(out).filePath(f)), qPrintable(f));
    // Again: the same files, rewritten in place.
    r = sabc({QStringLiteral("publish"), QStringLiteral("--database=") + m_db,
              QStringLiteral("--output=") + out});
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

void TestAppPublish::oneSeason()
{
    const QString out = m_dir.filePath(QStringLiteral("one"));
    Run r = sabc({QStringLiteral("publish"), QStringLiteral("--database"), m_db,
                  QStringLiteral("--output"), out, QStringLiteral("--season"),
                  QStringLiteral("2025")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("1 season, 10 tournament pages")));
    QVERIFY(QFile::exists(QDir(out).filePath(QStringLiteral("2025/index.html"))));
    QVERIFY(!QFile::exists(QDir(out).filePath(QStringLiteral("2026"))));
    r = sabc({QStringLiteral("publish"), QStringLiteral("--database"), m_db,
              QStringLiteral("--output"), out, QStringLiteral("--season"), QStringLiteral("1990")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("no tournaments in 1990")), qPrintable(r.err));
}

void TestAppPublish::mistakes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QString out = QStringLiteral("--output=") + QDir::tempPath() + QStringLiteral("/never");
    QTest::newRow("no database") << QStringList{out} << 2 << QStringLiteral("--database FILE");
    QTest::newRow("no output") << QStringList{QStringLiteral("--database"), QStringLiteral("x")}
                               << 2 << QStringLiteral("--output DIR");
    QTest::newRow("bad season") << QStringList{QStringLiteral("--database"), QStringLiteral("x"),
                                               out, QStringLiteral("--season"),
                                               QStringLiteral("soon")}
                                << 2 << QStringLiteral("\"soon\" is not a season");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--format"), QStringLiteral("pdf")}
                                    << 2 << QStringLiteral("Unknown option --format");
    QTest::newRow("stray word") << QStringList{QStringLiteral("all")} << 2
                                << QStringLiteral("unexpected argument \"all\"");
}

void TestAppPublish::mistakes()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    Run r = sabc(QStringList{QStringLiteral("publish")} + args);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.out, QString());
}

void TestAppPublish::unwritableFolder()
{
    // A database that does not exist is not created.
    const QString missing = m_dir.filePath(QStringLiteral("missing.sqlite"));
    const QString out = m_dir.filePath(QStringLiteral("never"));
    Run r = sabc({QStringLiteral("publish"), QStringLiteral("--database"), missing,
                  QStringLiteral("--output"), out});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("there is no club database")), qPrintable(r.err));
    QVERIFY(!QFile::exists(missing));
    QVERIFY(!QFile::exists(out));
    // A folder that cannot be made (a file stands in the way, which even root cannot get past).
    const QString file = m_dir.filePath(QStringLiteral("plain-file"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep");
    }
    r = sabc({QStringLiteral("publish"), QStringLiteral("--database"), m_db,
              QStringLiteral("--output"), file + QStringLiteral("/site")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("Cannot create the folder")), qPrintable(r.err));
    QCOMPARE(r.out, QString());
    r = sabc({QStringLiteral("publish"), QStringLiteral("--database"), m_db,
              QStringLiteral("--output"), file});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("is a file, not a folder")), qPrintable(r.err));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("keep"));
}

QTEST_GUILESS_MAIN(TestAppPublish)
#include "tst_app_publish.moc"
