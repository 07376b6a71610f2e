// `sabc scale read`, run as a real process against a simulated scale on a pseudo-terminal pair:
// each bag printed once as 12.34, until --count bags or Ctrl+C (SIGINT ends it cleanly); lines
// that are no reading skipped and counted on stderr; the cable pulled and plugged back; exit 1
// when the port cannot be opened, 2 on bad arguments.
#include "simulatedscale.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestAppScale : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void badArguments_data();
    void badArguments();
    void portThatCannotBeOpened();
    void printsEachBagOnceUntilCount();
    void ctrlCEndsCleanlyAndReconnects();
    void customPattern();

private:
    QProcessEnvironment environment() const;
    QString m_binary;
    QTemporaryDir m_dir;
};

void TestAppScale::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_binary = qEnvironmentVariable("SABC_BINARY");
    QVERIFY2(QFile::exists(m_binary), "SABC_BINARY must name the built sabc executable");
    QVERIFY2(SimulatedScale::available(), "socat is needed (scripts/common.sh TEST_PACKAGES)");
}

QProcessEnvironment TestAppScale::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    return env;
}

void TestAppScale::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("said");
    QTest::newRow("no action") << QStringList{QStringLiteral("--port"), QStringLiteral("/dev/null")}
                               << "Say read";
    QTest::newRow("other action") << QStringList{QStringLiteral("write")} << "is not read";
    QTest::newRow("no port") << QStringList{QStringLiteral("read")} << "--port DEVICE";
    QTest::newRow("port without value") << QStringList{QStringLiteral("read"), QStringLiteral("--port")}
                                        << "needs a value";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("read"), QStringLiteral("--port=x"),
                                                   QStringLiteral("--speed"), QStringLiteral("9600")}
                                    << "Unknown option --speed";
    QTest::newRow("bad baud") << QStringList{QStringLiteral("read"), QStringLiteral("--port=x"),
                                             QStringLiteral("--baud"), QStringLiteral("fast")}
                              << "baud rate";
    QTest::newRow("bad count") << QStringList{QStringLiteral("read"), QStringLiteral("--port=x"),
                                              QStringLiteral("--count"), QStringLiteral("0")}
                               << "--count";
    QTest::newRow("bad pattern") << QStringList{QStringLiteral("read"), QStringLiteral("--port=x"),
                                                QStringLiteral("--protocol"), QStringLiteral("([0-9]")}
                                 << "not a valid regular expression";
    QTest::newRow("pattern without value")
        << QStringList{QStringLiteral("read"), QStringLiteral("--port=x"),
                       QStringLiteral("--protocol"), QStringLiteral("^S,([0-9.]+)$")}
        << "(?<value>";
    QTest::newRow("two actions") << QStringList{QStringLiteral("read"), QStringLiteral("read"),
                                                QStringLiteral("--port=x")}
                                 << "unexpected argument";
}

void TestAppScale::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, said);
    QProcess p;
    p.setProcessEnvironment(environment());
    p.start(m_binary, QStringList{QStringLiteral("scale")} + args);
    QVERIFY(p.waitForFinished(30000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), 2);
    QVERIFY2(err.contains(said), qPrintable(err));
    QVERIFY(err.contains(QStringLiteral("Usage: sabc scale read --port DEVICE")));
    QVERIFY(p.readAllStandardOutput().isEmpty());
}

void TestAppScale::portThatCannotBeOpened()
{
    const QString port = m_dir.filePath(QStringLiteral("ttyUSB9"));
    QProcess p;
    p.setProcessEnvironment(environment());
    p.start(m_binary, {QStringLiteral("scale"), QStringLiteral("read"), QStringLiteral("--port"), port});
    QVERIFY(p.waitForFinished(30000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(err.contains(QStringLiteral("The scale's port %1 cannot be opened: ").arg(port)),
             qPrintable(err));
    QVERIFY(p.readAllStandardOutput().isEmpty());
}

void TestAppScale::printsEachBagOnceUntilCount()
{
    SimulatedScale scale(m_dir.path());
    QVERIFY(scale.plugIn());
    QProcess p;
    p.setProcessEnvironment(environment());
    p.start(m_binary, {QStringLiteral("scale"), QStringLiteral("read"), QStringLiteral("--port"),
                       scale.port(), QStringLiteral("--baud"), QStringLiteral("9600"),
                       QStringLiteral("--protocol"), QStringLiteral("ad"), QStringLiteral("--count"),
                       QStringLiteral("2")});
    QVERIFY(p.waitForStarted());
    QByteArray said;
    QTRY_VERIFY_WITH_TIMEOUT((said += p.readAllStandardError()).contains("Ctrl+C stops"), 15000);
    QVERIFY(scale.sendBag("12.34"));
    QVERIFY(scale.send("ST,GS,+0012.34lb\r\n#noise#\r\nOL,GS,+9999.99lb\r\n"));
    QVERIFY(scale.sendZero());
    QVERIFY(scale.sendBag("03.21"));
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()), QStringLiteral("12.34\n3.21\n"));
    const QString err = QString::fromUtf8(said + p.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("Skipped 2 lines that were no reading (1 unreadable, 1 "
                                         "overload).")),
             qPrintable(err));
}

void TestAppScale::ctrlCEndsCleanlyAndReconnects()
{
    SimulatedScale scale(m_dir.path());
    QVERIFY(scale.plugIn());
    QProcess p;
    p.setProcessEnvironment(environment());
    p.start(m_binary, {QStringLiteral("scale"), QStringLiteral("read"), QStringLiteral("--port"),
                       scale.port()});
    QVERIFY(p.waitForStarted());
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += p.readAllStandardError()).contains("Ctrl+C stops"), 15000);
    QVERIFY(scale.sendBag("07.50"));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).contains("7.50\n"), 15000);
    // The cable pulled and plugged back: the command says so and goes on.
    scale.pullOut();
    QTRY_VERIFY_WITH_TIMEOUT((err += p.readAllStandardError()).contains("disconnected"), 15000);
    QVERIFY(scale.plugIn());
    QTRY_VERIFY_WITH_TIMEOUT((err += p.readAllStandardError()).contains("connected again"), 15000);
    QVERIFY(scale.sendZero());
    QVERIFY(scale.sendBag("04.04"));
    QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).contains("4.04\n"), 15000);
    // Ctrl+C.
    QVERIFY(::kill(pid_t(p.processId()), SIGINT) == 0);
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    out += p.readAllStandardOutput();
    QCOMPARE(QString::fromUtf8(out), QStringLiteral("7.50\n4.04\n"));
}

void TestAppScale::customPattern()
{
    SimulatedScale scale(m_dir.path());
    QVERIFY(scale.plugIn());
    QProcess p;
    p.setProcessEnvironment(environment());
    p.start(m_binary, {QStringLiteral("scale"), QStringLiteral("read"), QStringLiteral("--port"),
                       scale.port(), QStringLiteral("--protocol"),
                       QStringLiteral("^(?:(?<stable>S)|U) (?<value>[0-9.]+) ?(?<unit>kg|lb)$"),
                       QStringLiteral("--count"), QStringLiteral("1")});
    QVERIFY(p.waitForStarted());
    QByteArray said;
    QTRY_VERIFY_WITH_TIMEOUT((said += p.readAllStandardError()).contains("Ctrl+C stops"), 15000);
    QVERIFY(scale.send("U 2.0 kg\r\nS 5.60 kg\r\n"));
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()), QStringLiteral("12.35\n"));
}

QTEST_GUILESS_MAIN(TestAppScale)
#include "tst_app_scale.moc"
