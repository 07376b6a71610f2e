// The scale on a serial port, end to end through a pseudo-terminal pair (socat): each bag once,
// lines split across writes, a scale that sends nothing ("no reading"), a port that cannot be
// opened, and the cable pulled and plugged back (the reader reconnects by itself and says so).
#include "scale/scalereader.h"

#include "simulatedscale.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestScaleReader : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void capturesEachBagOnceAndReconnects();
    void lineSplitAcrossWrites();
    void noReading();
    void portThatCannotBeOpened();
    void settingsKept();

private:
    QTemporaryDir m_dir;
};

void TestScaleReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(SimulatedScale::available(), "socat is needed (scripts/common.sh TEST_PACKAGES)");
}

void TestScaleReader::capturesEachBagOnceAndReconnects()
{
    SimulatedScale scale(m_dir.path());
    QVERIFY(scale.plugIn());
    ScaleReader reader;
    reader.setRetryEvery(100);
    QList<int> bags;
    QStringList notices;
    connect(&reader, &ScaleReader::bagCaptured, this,
            [&](Weight w) { bags.append(w.hundredths()); });
    connect(&reader, &ScaleReader::notice, this, [&](const QString &t) { notices.append(t); });
    QSignalSpy emptied(&reader, &ScaleReader::scaleEmptied);
    ScaleSettings settings;
    settings.port = scale.port();
    Status started = reader.start(settings);
    QVERIFY2(started.ok(), qPrintable(started.error()));
    QCOMPARE(reader.state(), ScaleReader::State::NoReading);

    QVERIFY(scale.sendBag("12.34"));
    QTRY_COMPARE(bags, QList<int>{1234});
    QCOMPARE(reader.state(), ScaleReader::State::Reading);
    QVERIFY(reader.stateText().contains(QStringLiteral("12.34")));
    // The same bag staying on the scale (stable, settling again) is not a new bag.
    QVERIFY(scale.send("ST,GS,+0012.34lb\r\nUS,GS,+0012.36lb\r\nST,GS,+0012.35lb\r\n"));
    QVERIFY(scale.sendZero());
    QTRY_COMPARE(emptied.size(), 1);
    QCOMPARE(bags, QList<int>{1234});
    QVERIFY(scale.sendBag("09.87"));
    QTRY_COMPARE(bags, (QList<int>{1234, 987}));

    // The cable pulled: the reader says so and keeps trying; plugged back, it reads again.
    scale.pullOut();
    QTRY_COMPARE(reader.state(), ScaleReader::State::Disconnected);
    QVERIFY(reader.stateText().contains(QStringLiteral("Trying again")));
    QVERIFY(notices.join(u'\n').contains(QStringLiteral("disconnected")));
    QVERIFY(scale.plugIn());
    QTRY_COMPARE(reader.state(), ScaleReader::State::NoReading);
    QVERIFY(notices.last().contains(QStringLiteral("connected again")));
    QVERIFY(scale.sendZero());
    QVERIFY(scale.sendBag("05.55"));
    QTRY_COMPARE(bags, (QList<int>{1234, 987, 555}));
    QCOMPARE(reader.badLines(), 0);
}

void TestScaleReader::lineSplitAcrossWrites()
{
    SimulatedScale scale(m_dir.path());
    QVERIFY(scale.plugIn());
    ScaleReader reader;
    QList<int> bags;
    connect(&reader, &ScaleReader::bagCaptured, this,
            [&](Weight w) { bags.append(w.hundredths()); });
    QSignalSpy bad(&reader, &ScaleReader::badLine);
    ScaleSettings settings;
    settings.port = scale.port();
    settings.protocol = QStringLiteral("sics");
    QVERIFY(reader.start(settings).ok());
    QVERIFY(scale.send("S S     "));
    QTest::qWait(50); // (the two halves arrive as two reads)
    QVERIFY(scale.send(" 3.21 lb\r\nES\r\nS +\r\n\x01\xff"));
    QVERIFY(scale.send("S S      3.21 lb\n"));
    QTRY_COMPARE(bags, QList<int>{321});
    QTRY_COMPARE(bad.size(), 2); // ES and the overload
    QCOMPARE(reader.badLines(), 1);
    QCOMPARE(reader.overloads(), 1);
}

void TestScaleReader::noReading()
{
    SimulatedScale scale(m_dir.path());
    QVERIFY(scale.plugIn());
    ScaleReader reader;
    reader.setNoReadingAfter(200);
    ScaleSettings settings;
    settings.port = scale.port();
    QVERIFY(reader.start(settings).ok());
    QCOMPARE(reader.state(), ScaleReader::State::NoReading);
    QVERIFY(reader.stateText().contains(QStringLiteral("no reading")));
    // Garbage is no reading either.
    QVERIFY(scale.send("~~~~\r\n"));
    QTRY_COMPARE(reader.badLines(), 1);
    QCOMPARE(reader.state(), ScaleReader::State::NoReading);
    QVERIFY(scale.send("US,GS,+0001.00lb\r\n"));
    QTRY_COMPARE(reader.state(), ScaleReader::State::Reading);
    QVERIFY(reader.stateText().contains(QStringLiteral("settling")));
    // Then the scale goes quiet.
    QTRY_COMPARE(reader.state(), ScaleReader::State::NoReading);
}

void TestScaleReader::portThatCannotBeOpened()
{
    ScaleReader reader;
    ScaleSettings settings;
    settings.port = m_dir.filePath(QStringLiteral("no-such-port"));
    Status s = reader.start(settings);
    QVERIFY(!s.ok());
    QVERIFY(s.error().contains(settings.port));
    QVERIFY(s.error().contains(QStringLiteral("cannot be opened")));
    QCOMPARE(reader.state(), ScaleReader::State::Disconnected);
    reader.stop();
    QCOMPARE(reader.state(), ScaleReader::State::Off);
    // A bad pattern changes nothing.
    settings.protocol = QStringLiteral("(?<value>");
    QVERIFY(!reader.start(settings).ok());
    QCOMPARE(reader.state(), ScaleReader::State::Off);
}

void TestScaleReader::settingsKept()
{
    QSettings settings(m_dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    ScaleSettings s;
    s.port = QStringLiteral("/dev/ttyUSB1");
    s.baud = 2400;
    s.dataBits = 7;
    s.parity = QSerialPort::EvenParity;
    s.stopBits = QSerialPort::TwoStop;
    s.protocol = QStringLiteral("^(?<value>[0-9.]+)$");
    s.save(settings);
    QCOMPARE(ScaleSettings::load(settings), s);
}

QTEST_GUILESS_MAIN(TestScaleReader)
#include "tst_scalereader.moc"
