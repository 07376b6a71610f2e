// Weight parsing and formatting: every syntax DOMAIN.md accepts, and bad text refused.
#include "core/weight.h"

#include <QTest>

class TestWeight : public QObject
{
    Q_OBJECT
private slots:
    void parsesValidText_data();
    void parsesValidText();
    void refusesInvalidText_data();
    void refusesInvalidText();
    void formats_data();
    void formats();
    void formatsInLocale();
    void arithmetic();
};

void TestWeight::parsesValidText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("hundredths");
    QTest::newRow("decimal") << "12.34" << 1234;
    QTest::newRow("comma decimal") << "12,34" << 1234;
    QTest::newRow("whole pounds") << "12" << 1200;
    QTest::newRow("one decimal") << "12.3" << 1230;
    QTest::newRow("leading point") << ".5" << 50;
    QTest::newRow("zero") << "0" << 0;
    QTest::newRow("zero decimals") << "0.00" << 0;
    QTest::newRow("spaces around") << "  7.05 " << 705;
    QTest::newRow("lb-oz dash") << "12-5" << 1231;
    QTest::newRow("lb-oz dash spaced") << "12 - 5" << 1231;
    QTest::newRow("lb-oz words") << "12 lb 5 oz" << 1231;
    QTest::newRow("lbs oz") << "12lbs 5oz" << 1231;
    QTest::newRow("upper case") << "12 LB 5 OZ" << 1231;
    QTest::newRow("half pound in oz") << "3-8" << 350;
    QTest::newRow("one ounce rounds half up") << "0-1" << 6; // 6.25 -> 6
    QTest::newRow("two ounces") << "0-2" << 13;               // 12.5 -> 13 (half up)
    QTest::newRow("fifteen ounces") << "4-15" << 494;         // 93.75 -> 94
    QTest::newRow("ounces only") << "5 oz" << 31;
    QTest::newRow("pounds only") << "12 lb" << 1200;
    QTest::newRow("decimal pounds word") << "12.5 lb" << 1250;
    QTest::newRow("zero ounces") << "12-0" << 1200;
    QTest::newRow("decimal ounces") << "2-4.5" << 228; // 4.5 oz = 28.125
}

void TestWeight::parsesValidText()
{
    QFETCH(QString, text);
    QFETCH(int, hundredths);
    const Result<Weight> r = Weight::parse(text);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->hundredths(), hundredths);
}

void TestWeight::refusesInvalidText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("letters") << "abc";
    QTest::newRow("negative") << "-1";
    QTest::newRow("negative decimal") << "-0.25";
    QTest::newRow("sixteen ounces") << "12-16";
    QTest::newRow("exponent") << "1e3";
    QTest::newRow("empty") << "";
    QTest::newRow("blank") << "   ";
    QTest::newRow("absurdly long") << QString(200, QLatin1Char('9'));
    QTest::newRow("three decimals") << "12.345";
    QTest::newRow("two separators") << "1.2.3";
    QTest::newRow("too heavy") << "1000";
    QTest::newRow("unit only") << "lb";
    QTest::newRow("trailing junk") << "12.3x";
    QTest::newRow("dash only") << "-";
    QTest::newRow("nan") << "nan";
    QTest::newRow("hex") << "0x10";
}

void TestWeight::refusesInvalidText()
{
    QFETCH(QString, text);
    const Result<Weight> r = Weight::parse(text);
    QVERIFY2(!r.ok(), qPrintable(text));
    QVERIFY(!r.error().isEmpty());
}

void TestWeight::formats_data()
{
    QTest::addColumn<int>("hundredths");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << 0 << "0.00";
    QTest::newRow("hundredths") << 5 << "0.05";
    QTest::newRow("typical") << 1234 << "12.34";
    QTest::newRow("whole") << 1500 << "15.00";
    QTest::newRow("negative") << -25 << "-0.25";
}

void TestWeight::formats()
{
    QFETCH(int, hundredths);
    QFETCH(QString, text);
    QCOMPARE(Weight::fromHundredths(hundredths).toString(), text);
}

void TestWeight::formatsInLocale()
{
    QCOMPARE(Weight::fromHundredths(1234).toString(QLocale(QLocale::Spanish, QLocale::Spain)),
             QStringLiteral("12,34"));
    QCOMPARE(Weight::fromHundredths(1234).toString(QLocale(QLocale::English)),
             QStringLiteral("12.34"));
    // What is shown parses back to the same weight.
    for (int h : {0, 1, 99, 1231, 5000}) {
        const Weight w = Weight::fromHundredths(h);
        QCOMPARE(Weight::parse(w.toString(QLocale(QLocale::Spanish)))->hundredths(), h);
        QCOMPARE(Weight::parse(w.toString())->hundredths(), h);
    }
}

void TestWeight::arithmetic()
{
    const Weight a = Weight::fromHundredths(1050);
    const Weight b = Weight::fromHundredths(25);
    QCOMPARE((a - b * 2).hundredths(), 1000);
    QVERIFY(a > b);
    QVERIFY(Weight() == Weight::fromHundredths(0));
}

QTEST_GUILESS_MAIN(TestWeight)
#include "tst_weight.moc"
