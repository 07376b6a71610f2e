// The scale's lines: recorded lines of each protocol (the A&D-style "ST,GS,+0012.34lb" line,
// Mettler-Toledo SICS, a custom pattern) turned into readings, the units converted exactly, and
// every failure a cable brings (garbage, cut-off lines, CR/LF/CRLF, a line split across reads,
// overload, underload) handled; and the bag capture that takes each bag once.
#include "scale/bagcapture.h"
#include "scale/scaleprotocol.h"

#include <QTest>

Q_DECLARE_METATYPE(ScaleReading::Kind)

class TestScaleProtocol : public QObject
{
    Q_OBJECT
private slots:
    void readsLines_data();
    void readsLines();
    void convertsUnitsExactly_data();
    void convertsUnitsExactly();
    void refusesBadPatterns();
    void patternGroups();
    void assemblesLines();
    void capturesEachBagOnce();
};

void TestScaleProtocol::readsLines_data()
{
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<ScaleReading::Kind>("kind");
    QTest::addColumn<bool>("stable");
    QTest::addColumn<int>("hundredths");
    using K = ScaleReading::Kind;
    const QString ad = QStringLiteral("ad");
    const QString sics = QStringLiteral("sics");
    // A&D-style lines, as recorded from a platform scale.
    QTest::newRow("ad stable gross") << ad << QByteArray("ST,GS,+0012.34lb") << K::Weight << true << 1234;
    QTest::newRow("ad unstable") << ad << QByteArray("US,GS,+0012.30lb") << K::Weight << false << 1230;
    QTest::newRow("ad stable net") << ad << QByteArray("ST,NT,+0003.05lb") << K::Weight << true << 305;
    QTest::newRow("ad padded unit") << ad << QByteArray("ST,GS,+  12.34 lb") << K::Weight << true << 1234;
    QTest::newRow("ad zero") << ad << QByteArray("ST,GS,+0000.00lb") << K::Weight << true << 0;
    QTest::newRow("ad kg") << ad << QByteArray("ST,GS,+0005.60kg") << K::Weight << true << 1235;
    QTest::newRow("ad oz") << ad << QByteArray("ST,GS,+0197.5oz") << K::Weight << true << 1234;
    QTest::newRow("ad lb-oz") << ad << QByteArray("ST,GS,  12lb 05.5oz") << K::Weight << true << 1234;
    QTest::newRow("ad half up exactly") << ad << QByteArray("ST,GS,+0001.005lb") << K::Weight << true << 101;
    QTest::newRow("ad negative") << ad << QByteArray("ST,GS,-0000.02lb") << K::Underload << true << -2;
    QTest::newRow("ad overload header") << ad << QByteArray("OL,GS,+9999.99lb") << K::Overload << false << 0;
    QTest::newRow("ad overload value") << ad << QByteArray("ST,GS,    OL  lb") << K::Overload << true << 0;
    QTest::newRow("ad beyond the app's range") << ad << QByteArray("ST,GS,+1200.00lb") << K::Overload << true << 120000;
    QTest::newRow("ad garbage") << ad << QByteArray("#@!x~~") << K::Bad << false << 0;
    QTest::newRow("ad cut at the end") << ad << QByteArray("ST,GS") << K::Bad << false << 0;
    QTest::newRow("ad cut at the start") << ad << QByteArray("GS,+0012.34lb") << K::Bad << false << 0;
    QTest::newRow("ad cut in the value") << ad << QByteArray("ST,GS,+001") << K::Bad << false << 0;
    QTest::newRow("ad bad digits") << ad << QByteArray("ST,GS,+0012.3x4lb") << K::Bad << false << 0;
    QTest::newRow("ad two points") << ad << QByteArray("ST,GS,+00.12.34lb") << K::Bad << false << 0;
    QTest::newRow("ad unknown unit") << ad << QByteArray("ST,GS,+0012.34st") << K::Bad << false << 0;
    QTest::newRow("ad tare") << ad << QByteArray("ST,TR,+0000.50lb") << K::Bad << false << 0;
    QTest::newRow("ad unknown header") << ad << QByteArray("XX,GS,+0012.34lb") << K::Bad << false << 0;
    QTest::newRow("ad 16 ounces") << ad << QByteArray("ST,GS,  12lb 16.0oz") << K::Bad << false << 0;
    // Mettler-Toledo SICS answers.
    QTest::newRow("sics stable") << sics << QByteArray("S S      12.34 lb") << K::Weight << true << 1234;
    QTest::newRow("sics dynamic") << sics << QByteArray("S D      12.30 lb") << K::Weight << false << 1230;
    QTest::newRow("sics kg") << sics << QByteArray("S S      5.600 kg") << K::Weight << true << 1235;
    QTest::newRow("sics grams") << sics << QByteArray("S S       5600 g") << K::Weight << true << 1235;
    QTest::newRow("sics zero") << sics << QByteArray("S S       0.00 lb") << K::Weight << true << 0;
    QTest::newRow("sics negative") << sics << QByteArray("S S      -0.02 lb") << K::Underload << true << -2;
    QTest::newRow("sics overload") << sics << QByteArray("S +") << K::Overload << false << 0;
    QTest::newRow("sics underload") << sics << QByteArray("S -") << K::Underload << false << 0;
    QTest::newRow("sics busy") << sics << QByteArray("S I") << K::Bad << false << 0;
    QTest::newRow("sics syntax error") << sics << QByteArray("ES") << K::Bad << false << 0;
    QTest::newRow("sics transmission error") << sics << QByteArray("ET") << K::Bad << false << 0;
    QTest::newRow("sics logical error") << sics << QByteArray("EL") << K::Bad << false << 0;
    QTest::newRow("sics no weight") << sics << QByteArray("S S") << K::Bad << false << 0;
    QTest::newRow("sics cut") << sics << QByteArray("12.34 lb") << K::Bad << false << 0;
    QTest::newRow("sics garbage") << sics << QByteArray("S Q 12.34 lb") << K::Bad << false << 0;
    // A custom pattern: "S,12.34lb" stable, "U,12.34lb" unstable, "OVER" overload.
    const QString pattern = QStringLiteral(
        "^(?:(?<overload>OVER)|(?:(?<stable>S)|U),(?<value>[-+]?[\\d.]+)(?<unit>lb|kg|oz)?)$");
    QTest::newRow("pattern stable") << pattern << QByteArray("S,12.34lb") << K::Weight << true << 1234;
    QTest::newRow("pattern unstable") << pattern << QByteArray("U,12.34lb") << K::Weight << false << 1234;
    QTest::newRow("pattern kg") << pattern << QByteArray("S,5.6kg") << K::Weight << true << 1235;
    QTest::newRow("pattern no unit is pounds") << pattern << QByteArray("S,7.5") << K::Weight << true << 750;
    QTest::newRow("pattern negative") << pattern << QByteArray("S,-0.01lb") << K::Underload << true << -1;
    QTest::newRow("pattern overload") << pattern << QByteArray("OVER") << K::Overload << false << 0;
    QTest::newRow("pattern no match") << pattern << QByteArray("S;12.34lb") << K::Bad << false << 0;
    QTest::newRow("pattern bad number") << pattern << QByteArray("S,1.2.3lb") << K::Bad << false << 0;
}

void TestScaleProtocol::readsLines()
{
    QFETCH(QString, protocol);
    QFETCH(QByteArray, line);
    QFETCH(ScaleReading::Kind, kind);
    QFETCH(bool, stable);
    QFETCH(int, hundredths);
    auto p = ScaleProtocol::fromSpec(protocol);
    QVERIFY2(p.ok(), qPrintable(p.error()));
    const ScaleReading r = p->parse(line);
    QCOMPARE(r.kind, kind);
    if (kind == ScaleReading::Kind::Bad) {
        QVERIFY(!r.problem.isEmpty());
        return;
    }
    QCOMPARE(r.stable, stable);
    if (kind != ScaleReading::Kind::Overload || hundredths != 0)
        QCOMPARE(r.hundredths, hundredths);
}

void TestScaleProtocol::convertsUnitsExactly_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<int>("hundredths");
    QTest::newRow("pounds") << "12.34" << "lb" << 1234;
    QTest::newRow("pounds comma") << "12,34" << "lbs" << 1234;
    QTest::newRow("pounds three decimals half up") << "1.005" << "lb" << 101; // 100.4999 in double
    QTest::newRow("pounds three decimals down") << "1.004" << "lb" << 100;
    QTest::newRow("half a hundredth") << "0.005" << "lb" << 1;
    QTest::newRow("one ounce") << "1" << "oz" << 6;          // 6.25
    QTest::newRow("two ounces half up") << "2" << "oz" << 13; // 12.5
    QTest::newRow("sixteen ounces") << "16" << "oz" << 100;
    QTest::newRow("one kilogram") << "1" << "kg" << 220;       // 220.462...
    QTest::newRow("kilograms") << "5.60" << "kg" << 1235;      // 1234.589...
    QTest::newRow("grams") << "453.59237" << "g" << 100;       // exactly one pound
    QTest::newRow("a pound in kg") << "0.45359237" << "kg" << 0; // 8 decimals: refused below
    QTest::newRow("lb-oz") << "12-5" << "lb-oz" << 1231;       // 1231.25
    QTest::newRow("lb-oz colon") << "3:8" << "lb:oz" << 350;
    QTest::newRow("lb-oz half up") << "0-2" << "lb-oz" << 13;
    QTest::newRow("negative") << "-0.02" << "lb" << -2;
    QTest::newRow("negative ounces half away") << "-2" << "oz" << -13;
}

void TestScaleProtocol::convertsUnitsExactly()
{
    QFETCH(QString, value);
    QFETCH(QString, unit);
    QFETCH(int, hundredths);
    auto h = ScaleProtocol::toHundredths(value, unit);
    if (value == QLatin1String("0.45359237")) {
        QVERIFY(!h.ok()); // more than 6 decimals
        QVERIFY(h.error().contains(value));
        return;
    }
    QVERIFY2(h.ok(), qPrintable(h.error()));
    QCOMPARE(h.value(), hundredths);
}

void TestScaleProtocol::refusesBadPatterns()
{
    auto invalid = ScaleProtocol::fromSpec(QStringLiteral("(?<value>[0-9"));
    QVERIFY(!invalid.ok());
    QVERIFY(invalid.error().contains(QStringLiteral("not a valid regular expression")));
    auto noValue = ScaleProtocol::fromSpec(QStringLiteral("^S,([0-9.]+)lb$"));
    QVERIFY(!noValue.ok());
    QVERIFY(noValue.error().contains(QStringLiteral("(?<value>")));
    QCOMPARE(ScaleProtocol::fromSpec(QStringLiteral("AD"))->kind(), ScaleProtocol::Kind::AD);
    QCOMPARE(ScaleProtocol::fromSpec(QStringLiteral("sics"))->spec(), QStringLiteral("sics"));
    QVERIFY(!ScaleProtocol::toHundredths(QStringLiteral("12"), QStringLiteral("st")).ok());
    QVERIFY(!ScaleProtocol::toHundredths(QStringLiteral("1234567"), QStringLiteral("lb")).ok());
    QVERIFY(!ScaleProtocol::toHundredths(QStringLiteral("12-16"), QStringLiteral("lb-oz")).ok());
}

void TestScaleProtocol::patternGroups()
{
    // Without a stable group every reading is stable; without a unit group, pounds.
    auto p = ScaleProtocol::fromSpec(QStringLiteral("W=(?<value>[0-9.]+)"));
    QVERIFY(p.ok());
    const ScaleReading r = p->parse("W=3.25");
    QCOMPARE(r.kind, ScaleReading::Kind::Weight);
    QVERIFY(r.stable);
    QCOMPARE(r.hundredths, 325);
}

void TestScaleProtocol::assemblesLines()
{
    LineAssembler lines;
    // CRLF, CR and LF end lines; the empty line between CR and LF is skipped.
    QCOMPARE(lines.feed("ST,GS,+0001.00lb\r\nST,GS,+0002.00lb\rST,GS,+0003.00lb\n"),
             (QList<QByteArray>{"ST,GS,+0001.00lb", "ST,GS,+0002.00lb", "ST,GS,+0003.00lb"}));
    // A reading split across reads.
    QVERIFY(lines.feed("ST,GS,+00").isEmpty());
    QVERIFY(lines.feed("12.3").isEmpty());
    QCOMPARE(lines.pending(), QByteArray("ST,GS,+0012.3"));
    QCOMPARE(lines.feed("4lb\r"), QList<QByteArray>{"ST,GS,+0012.34lb"});
    QVERIFY(lines.feed("\n").isEmpty());
    // Noise bytes and STX/ETX framing are dropped, the reading stays readable.
    const QList<QByteArray> noisy = lines.feed(QByteArray("\x00\xff\x02ST,GS,+0012.34lb\x03\r\n", 22));
    QCOMPARE(noisy, QList<QByteArray>{"ST,GS,+0012.34lb"});
    QCOMPARE(ScaleProtocol().parse(noisy.first()).hundredths, 1234);
    // Blank lines give nothing.
    QVERIFY(lines.feed("\r\n\r\n  \r\n").isEmpty());
    // A run of noise without a line end cannot grow without end: it comes out (unreadable).
    const QList<QByteArray> flood = lines.feed(QByteArray(300, 'x'));
    QCOMPARE(flood.size(), 2);
    QCOMPARE(flood.first().size(), LineAssembler::maxLine + 1);
    QCOMPARE(ScaleProtocol().parse(flood.first()).kind, ScaleReading::Kind::Bad);
    QVERIFY(lines.pending().size() <= LineAssembler::maxLine);
}

void TestScaleProtocol::capturesEachBagOnce()
{
    const ScaleProtocol ad;
    BagCapture capture;
    QList<int> bags;
    int emptied = 0;
    const QList<QByteArray> recorded = {
        // A bag put on at the start: settling, then stable (captured once, however long it stays).
        "US,GS,+0004.10lb", "US,GS,+0012.02lb", "ST,GS,+0012.34lb", "ST,GS,+0012.34lb",
        "US,GS,+0012.36lb", "ST,GS,+0012.35lb",
        // Noise and an overload change nothing.
        "#$%", "OL,GS,+9999.99lb", "ST,GS,+0012.34lb",
        // Taken off: unstable zero counts as empty.
        "US,GS,+0003.00lb", "US,GS,+0000.00lb", "ST,GS,+0000.00lb",
        // The next bag.
        "US,GS,+0008.00lb", "ST,GS,+0009.87lb", "ST,GS,+0009.87lb",
        // Off to just below zero (drift), then the third bag.
        "ST,GS,-0000.01lb", "US,GS,+0002.50lb", "ST,GS,+0002.51lb",
        // An overload while nothing is captured does not arm; zero does.
        "ST,GS,+0000.00lb", "OL,GS,+9999.99lb", "ST,GS,+0000.00lb", "ST,GS,+0001.00lb",
    };
    for (const QByteArray &line : recorded) {
        switch (capture.feed(ad.parse(line))) {
        case BagCapture::Event::Captured:
            bags.append(capture.bag().hundredths());
            break;
        case BagCapture::Event::Emptied:
            ++emptied;
            break;
        case BagCapture::Event::None:
            break;
        }
    }
    QCOMPARE(bags, (QList<int>{1234, 987, 251, 100}));
    QCOMPARE(emptied, 3);
    QVERIFY(!capture.armed());
}

QTEST_GUILESS_MAIN(TestScaleProtocol)
#include "tst_scaleprotocol.moc"
