// Tests of Phone::normalise: US numbers in every shape people type them, international numbers
// kept as typed, and everything else refused with a message.
#include "core/phone.h"

#include <QTest>

class TestPhone : public QObject
{
    Q_OBJECT
private slots:
    void normalises_data();
    void normalises();
    void refuses_data();
    void refuses();
    void digits();
};

void TestPhone::normalises_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blank") << QStringLiteral("   ") << QString();
    QTest::newRow("10 digits") << QStringLiteral("5125551234") << QStringLiteral("(512) 555-1234");
    QTest::newRow("dashes") << QStringLiteral("512-555-1234") << QStringLiteral("(512) 555-1234");
    QTest::newRow("dots") << QStringLiteral("512.555.1234") << QStringLiteral("(512) 555-1234");
    QTest::newRow("formatted") << QStringLiteral("(512) 555-1234")
                               << QStringLiteral("(512) 555-1234");
    QTest::newRow("no space") << QStringLiteral("(512)555-1234")
                              << QStringLiteral("(512) 555-1234");
    QTest::newRow("leading 1") << QStringLiteral("1-512-555-1234")
                               << QStringLiteral("(512) 555-1234");
    QTest::newRow("11 digits") << QStringLiteral("15125551234") << QStringLiteral("(512) 555-1234");
    QTest::newRow("+1") << QStringLiteral("+1 512 555 1234") << QStringLiteral("(512) 555-1234");
    QTest::newRow("padded") << QStringLiteral("  512 555 1234 ")
                            << QStringLiteral("(512) 555-1234");
    QTest::newRow("international kept")
        << QStringLiteral("+44 20 7946 0958") << QStringLiteral("+44 20 7946 0958");
    QTest::newRow("fullwidth digits")
        << QStringLiteral("５１２５５５１２３４") << QStringLiteral("(512) 555-1234");
}

void TestPhone::normalises()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    Result<QString> phone = Phone::normalise(typed);
    QVERIFY2(phone.ok(), qPrintable(phone.error()));
    QCOMPARE(phone.value(), expected);
}

void TestPhone::refuses_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("7 digits") << QStringLiteral("555-1234") << QStringLiteral("10");
    QTest::newRow("9 digits") << QStringLiteral("512555123") << QStringLiteral("10");
    QTest::newRow("11 without 1") << QStringLiteral("25125551234") << QStringLiteral("10");
    QTest::newRow("12 digits") << QStringLiteral("151255512345") << QStringLiteral("10");
    QTest::newRow("letters") << QStringLiteral("512-555-CALL") << QStringLiteral("digits");
    QTest::newRow("extension") << QStringLiteral("512 555 1234 x12") << QStringLiteral("digits");
    QTest::newRow("area code 0") << QStringLiteral("012 555 1234") << QStringLiteral("area code");
    QTest::newRow("plus inside") << QStringLiteral("512+5551234") << QStringLiteral("+");
    QTest::newRow("short international")
        << QStringLiteral("+44 12") << QStringLiteral("international");
    QTest::newRow("formula") << QStringLiteral("=1+1") << QStringLiteral("digits");
    QTest::newRow("too long") << QString(50, u'5') << QStringLiteral("long");
}

void TestPhone::refuses()
{
    QFETCH(QString, typed);
    QFETCH(QString, mentions);
    Result<QString> phone = Phone::normalise(typed);
    QVERIFY(!phone.ok());
    QVERIFY2(phone.error().contains(mentions), qPrintable(phone.error()));
}

void TestPhone::digits()
{
    QCOMPARE(Phone::digits(QStringLiteral("(512) 555-1234")), QStringLiteral("5125551234"));
    QCOMPARE(Phone::digits(QString()), QString());
}

QTEST_GUILESS_MAIN(TestPhone)
#include "tst_phone.moc"
