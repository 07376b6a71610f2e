// Tests of CSV reading (RFC 4180, BOM, CRLF, quoted fields, line numbers, errors) and writing
// (quoting, spreadsheet-formula neutralisation).
#include "core/csv.h"
#include "core/money.h"
#include "core/weight.h"

#include <QTemporaryDir>
#include <QTest>

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void parseErrors_data();
    void parseErrors();
    void table();
    void comments();
    void neutralise_data();
    void neutralise();
    void writer();
    void roundTrip();
};

void TestCsv::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected"); // records joined by '|', fields by '/', "@line" first

    QTest::newRow("simple") << QByteArray("a,b\n1,2\n") << u"@1 a/b|@2 1/2"_qs;
    QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << u"@1 a/b|@2 1/2"_qs;
    QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << u"@1 a/b|@2 1/2"_qs;
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF"
                                       "a,b\n1,2\n")
                         << u"@1 a/b|@2 1/2"_qs;
    QTest::newRow("quoted comma") << QByteArray("\"Smith, Bob\",2\n") << u"@1 Smith, Bob/2"_qs;
    QTest::newRow("doubled quote") << QByteArray("\"say \"\"hi\"\"\",x\n") << u"@1 say \"hi\"/x"_qs;
    QTest::newRow("embedded newline") << QByteArray("a,b\n\"line1\nline2\",2\nnext,3\n")
                                      << u"@1 a/b|@2 line1\nline2/2|@4 next/3"_qs;
    QTest::newRow("embedded crlf kept")
        << QByteArray("\"x\r\ny\",1\r\nz,2\r\n") << u"@1 x\r\ny/1|@3 z/2"_qs;
    QTest::newRow("empty fields") << QByteArray(",,\n") << u"@1 //"_qs;
    QTest::newRow("blank lines skipped") << QByteArray("a\n\n\nb\n") << u"@1 a|@4 b"_qs;
    QTest::newRow("empty quoted") << QByteArray("\"\",x\n") << u"@1 /x"_qs;
    QTest::newRow("utf-8") << QByteArray("Jos\xC3\xA9,\xC3\x91\n") << u"@1 Jos\u00e9/\u00d1"_qs;
    QTest::newRow("quote inside unquoted field")
        << QByteArray("5'6\" bass,1\n") << u"@1 5'6\" bass/1"_qs;
    QTest::newRow("spaces kept") << QByteArray(" a , b \n") << u"@1  a / b "_qs;
    QTest::newRow("cr only") << QByteArray("a\rb\r") << u"@1 a|@2 b"_qs;
}

void TestCsv::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    auto rows = CsvReader::parse(input);
    QVERIFY2(rows.ok(), qPrintable(rows.error()));
    QStringList records;
    for (const CsvRow &row : rows.value())
        records.append(QStringLiteral("@%1 %2").arg(row.line).arg(row.fields.join(u'/')));
    QCOMPARE(records.join(u'|'), expected);
}

void TestCsv::parseErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("open quote") << QByteArray("a,b\n1,\"oops\n2,3\n") << u"Line 2"_qs;
    QTest::newRow("text after quote") << QByteArray("a\n\"x\"y,1\n") << u"Line 2"_qs;
    QTest::newRow("not utf-8") << QByteArray("Jos\xE9,1\n") << u"UTF-8"_qs;
}

void TestCsv::parseErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    auto rows = CsvReader::parse(input);
    QVERIFY(!rows.ok());
    QVERIFY2(rows.error().contains(message), qPrintable(rows.error()));
}

void TestCsv::table()
{
    auto t = CsvReader::parseTable("Angler, FISH ,Weight\nBob,5,12.34\nAl,3\n");
    QVERIFY2(t.ok(), qPrintable(t.error()));
    QCOMPARE(t->headerLine, 1);
    QCOMPARE(t->column(u"angler"_qs), 0);
    QCOMPARE(t->column(u"Fish"_qs), 1);
    QCOMPARE(t->column(u"missing"_qs), -1);
    QVERIFY(t->hasColumn(u"WEIGHT"_qs));
    QCOMPARE(t->rows.size(), 2);
    QCOMPARE(t->value(t->rows.at(0), u"weight"_qs), u"12.34"_qs);
    QCOMPARE(t->value(t->rows.at(1), u"weight"_qs), QString()); // short row
    QCOMPARE(t->rows.at(1).line, 3);

    auto dup = CsvReader::parseTable("a,b,A\n");
    QVERIFY(!dup.ok());
    QVERIFY(dup.error().contains(u"twice"_qs));
    QVERIFY(!CsvReader::parseTable("").ok());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(!CsvReader::readTable(dir.filePath(u"none.csv"_qs)).ok());
}

void TestCsv::comments()
{
    CsvReadOptions options;
    options.commentChar = u'#';
    auto rows = CsvReader::parse("# note\na,b\n# another\n1,2\n\"#not\",3\n", options);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 3);
    QCOMPARE(rows->at(0).line, 2);
    QCOMPARE(rows->at(1).line, 4);
    QCOMPARE(rows->at(2).fields.first(), u"#not"_qs);
}

void TestCsv::neutralise_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("written");
    QTest::newRow("plain") << u"Bob"_qs << u"Bob"_qs;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("formula") << u"=SUM(A1:A3)"_qs << u"'=SUM(A1:A3)"_qs;
    QTest::newRow("hyperlink") << u"=HYPERLINK(\"http://x\")"_qs
                               << u"\"'=HYPERLINK(\"\"http://x\"\")\""_qs;
    QTest::newRow("plus") << u"+cmd"_qs << u"'+cmd"_qs;
    QTest::newRow("minus text") << u"-cmd"_qs << u"'-cmd"_qs;
    QTest::newRow("at") << u"@SUM(1)"_qs << u"'@SUM(1)"_qs;
    QTest::newRow("tab") << u"\tx"_qs << u"'\tx"_qs;
    QTest::newRow("cr") << u"\rx"_qs << u"\"'\rx\""_qs;
    QTest::newRow("negative integer") << u"-5"_qs << u"-5"_qs;
    QTest::newRow("negative decimal") << u"-1.25"_qs << u"-1.25"_qs;
    QTest::newRow("plus number") << u"+3"_qs << u"+3"_qs;
    QTest::newRow("minus alone") << u"-"_qs << u"'-"_qs;
    QTest::newRow("expression") << u"-1+2"_qs << u"'-1+2"_qs;
    QTest::newRow("exponent") << u"-1e5"_qs << u"'-1e5"_qs;
    QTest::newRow("equals number") << u"=1"_qs << u"'=1"_qs;
    QTest::newRow("comma") << u"Smith, Bob"_qs << u"\"Smith, Bob\""_qs;
    QTest::newRow("quote") << u"5'6\" bass"_qs << u"\"5'6\"\" bass\""_qs;
    QTest::newRow("newline") << u"a\nb"_qs << u"\"a\nb\""_qs;
    QTest::newRow("inner equals") << u"a=b"_qs << u"a=b"_qs;
}

void TestCsv::neutralise()
{
    QFETCH(QString, cell);
    QFETCH(QString, written);
    QCOMPARE(CsvWriter::escape(cell), written);
}

void TestCsv::writer()
{
    CsvWriter csv;
    csv.cell(u"name"_qs).cell(u"weight"_qs).cell(u"paid"_qs).cell(u"n"_qs).endRow();
    csv.cell(u"=bad"_qs)
        .cell(Weight::fromHundredths(1231))
        .cell(Money::fromCents(2500))
        .cell(qint64(-3))
        .endRow();
    csv.row({u"a"_qs, QString(), u"b,c"_qs, u"1"_qs});
    QCOMPARE(csv.text(), u"name,weight,paid,n\n'=bad,12.31,25.00,-3\na,,\"b,c\",1\n"_qs);
    QVERIFY(!csv.toUtf8().startsWith("\xEF\xBB\xBF"));

    CsvWriter excel;
    excel.setLineEnding(u"\r\n"_qs);
    excel.setByteOrderMark(true);
    excel.row({u"Jos\u00e9"_qs});
    QCOMPARE(excel.toUtf8(), QByteArray("\xEF\xBB\xBFJos\xC3\xA9\r\n"));
}

void TestCsv::roundTrip()
{
    const QList<QStringList> data = {{u"a"_qs, u"b, c"_qs, u"say \"hi\""_qs},
                                     {u"multi\nline"_qs, QString(), u"x"_qs},
                                     {u"-5"_qs, u"12.34"_qs, u"\u00d1and\u00fa"_qs}};
    CsvWriter csv;
    csv.setLineEnding(u"\r\n"_qs);
    csv.setByteOrderMark(true);
    for (const QStringList &row : data)
        csv.row(row);
    auto rows = CsvReader::parse(csv.toUtf8());
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), data.size());
    for (qsizetype i = 0; i < data.size(); ++i)
        QCOMPARE(rows->at(i).fields, data.at(i));
    QCOMPARE(rows->at(2).line, 4);
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
