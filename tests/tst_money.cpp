// Money parsing, formatting and even splits to the cent.
#include "core/money.h"

#include <QTest>

class TestMoney : public QObject
{
    Q_OBJECT
private slots:
    void parsesValidText_data();
    void parsesValidText();
    void refusesInvalidText_data();
    void refusesInvalidText();
    void formats_data();
    void formats();
    void splitsToTheCent_data();
    void splitsToTheCent();
};

void TestMoney::parsesValidText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents");
    QTest::newRow("dollars") << "25" << qint64(2500);
    QTest::newRow("cents") << "25.50" << qint64(2550);
    QTest::newRow("one decimal") << "25.5" << qint64(2550);
    QTest::newRow("symbol") << "$25.00" << qint64(2500);
    QTest::newRow("symbol space") << "$ 7" << qint64(700);
    QTest::newRow("grouped") << "1,234.56" << qint64(123456);
    QTest::newRow("comma decimal") << "25,50" << qint64(2550);
    QTest::newRow("zero") << "0" << qint64(0);
    QTest::newRow("cents only") << ".99" << qint64(99);
}

void TestMoney::parsesValidText()
{
    QFETCH(QString, text);
    QFETCH(qint64, cents);
    const Result<Money> r = Money::parse(text);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->cents(), cents);
}

void TestMoney::refusesInvalidText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("letters") << "abc";
    QTest::newRow("negative") << "-1";
    QTest::newRow("negative symbol") << "$-5";
    QTest::newRow("exponent") << "1e3";
    QTest::newRow("empty") << "";
    QTest::newRow("three decimals") << "1.234";
    QTest::newRow("absurdly long") << QString(100, QLatin1Char('1'));
    QTest::newRow("bad grouping") << "12,34,5";
    QTest::newRow("lb-oz") << "12-5";
}

void TestMoney::refusesInvalidText()
{
    QFETCH(QString, text);
    const Result<Money> r = Money::parse(text);
    QVERIFY2(!r.ok(), qPrintable(text));
    QVERIFY(!r.error().isEmpty());
}

void TestMoney::formats_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("plain");
    QTest::newRow("zero") << qint64(0) << "$0.00" << "0.00";
    QTest::newRow("fee") << qint64(2500) << "$25.00" << "25.00";
    QTest::newRow("thousands") << qint64(123456) << "$1,234.56" << "1234.56";
    QTest::newRow("millions") << qint64(100000000) << "$1,000,000.00" << "1000000.00";
    QTest::newRow("negative") << qint64(-505) << "-$5.05" << "-5.05";
}

void TestMoney::formats()
{
    QFETCH(qint64, cents);
    QFETCH(QString, text);
    QFETCH(QString, plain);
    QCOMPARE(Money::fromCents(cents).toString(), text);
    QCOMPARE(Money::fromCents(cents).toPlainString(), plain);
}

void TestMoney::splitsToTheCent_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<int>("parts");
    QTest::addColumn<qint64>("share");
    QTest::addColumn<qint64>("remainder");
    QTest::newRow("even") << qint64(1200) << 2 << qint64(600) << qint64(0);
    QTest::newRow("thirds") << qint64(1000) << 3 << qint64(333) << qint64(1);
    QTest::newRow("sevenths") << qint64(2000) << 7 << qint64(285) << qint64(5);
    QTest::newRow("one part") << qint64(999) << 1 << qint64(999) << qint64(0);
    QTest::newRow("no parts") << qint64(999) << 0 << qint64(0) << qint64(999);
}

void TestMoney::splitsToTheCent()
{
    QFETCH(qint64, cents);
    QFETCH(int, parts);
    QFETCH(qint64, share);
    QFETCH(qint64, remainder);
    const Money::Split split = Money::fromCents(cents).splitEvenly(parts);
    QCOMPARE(split.share.cents(), share);
    QCOMPARE(split.remainder.cents(), remainder);
    QCOMPARE(split.share.cents() * parts + split.remainder.cents(), cents);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
