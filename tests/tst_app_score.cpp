// Tests of `sabc score` and `sabc standings` run in-process: exact CSV output, exit codes, and
// that an invalid sheet prints nothing on stdout and names the line on stderr.
#include "app/commands.h"
#include "store/store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestAppScore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void score_data();
    void score();
    void json();
    void table();
    void standings();
    void storeStandings();

private:
    QString write(const QString &name, const QByteArray &content);
    int run(int (*command)(const QStringList &, QTextStream &, QTextStream &),
            const QStringList &args, QString &out, QString &err);
    QTemporaryDir m_dir;
};

void TestAppScore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

QString TestAppScore::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    file.write(content);
    return path;
}

int TestAppScore::run(int (*command)(const QStringList &, QTextStream &, QTextStream &),
                      const QStringList &args, QString &out, QString &err)
{
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int code = command(args, outStream, errStream);
    outStream.flush();
    errStream.flush();
    return code;
}

void TestAppScore::score_data()
{
    QTest::addColumn<QByteArray>("sheet");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expectedOut"); // exact stdout
    QTest::addColumn<QString>("errContains"); // each '|' part must be on stderr

    const QString header = u"place,angler,member,fish,net_weight,big_bass,points,status\n"_qs;
    const QStringList csv = {u"--format"_qs, u"csv"_qs};

    QTest::newRow("case 7") << QByteArray("angler,member,fish,weight,big_bass\n"
                                          "A1,yes,5,18.50,6\nA2,yes,5,17.50,5.5\n"
                                          "A3,yes,5,17.50,5\nG4,no,5,19.25,7\n"
                                          "A5,yes,5,14.75,4.5\nZ6,yes,0,0,\n")
                            << csv << 0
                            << header +
                                   u"1,G4,no,5,19.25,7.00,0,\n2,A1,yes,5,18.50,6.00,100,\n"
                                   "3,A2,yes,5,17.50,5.50,99,\n4,A3,yes,5,17.50,5.00,98,\n"
                                   "5,A5,yes,5,14.75,4.50,97,\n6,Z6,yes,0,0.00,0.00,95,zero\n"_qs
                            << QString();
    const QByteArray case9("\xEF\xBB\xBF"
                           "DQ,Weight,Buy_In,ANGLER,Fish\r\n"
                           "no,25,no,One,5\r\nyes,24,no,Two,5\r\nfalse,23,0,Three,5\r\n"
                           "0,0,0,Four,0\r\n,,TRUE,Five,\r\n");
    QTest::newRow("case 9, any order, BOM, CRLF")
        << case9 << csv << 0
        << header + u"1,One,yes,5,25.00,0.00,100,\n2,Three,yes,5,23.00,0.00,99,\n"
                    "3,Four,yes,0,0.00,0.00,97,zero\n4,Five,yes,0,0.00,0.00,95,buy-in\n"
                    ",Two,yes,5,24.00,0.00,0,dq\n"_qs
        << QString();
    QTest::newRow("case 9, offset policy")
        << case9 << (csv + QStringList{u"--dq-policy"_qs, u"offset"_qs}) << 0
        << header + u"1,One,yes,5,25.00,0.00,100,\n2,Three,yes,5,23.00,0.00,99,\n"
                    "3,Four,yes,0,0.00,0.00,97,zero\n4,Five,yes,0,0.00,0.00,95,buy-in\n"
                    "5,Two,yes,5,24.00,0.00,96,dq\n"_qs
        << QString();
    QTest::newRow("ties keep input order")
        << QByteArray("angler,fish,weight,big_bass\nB,5,10,3\nA,5,10,3\nC,5,9,2\n") << csv << 0
        << header + u"1,B,yes,5,10.00,3.00,100,\n1,A,yes,5,10.00,3.00,100,\n"
                    "3,C,yes,5,9.00,2.00,98,\n"_qs
        << QString();
    QTest::newRow("lb-oz, penalties, late DQ")
        << QByteArray("angler,fish,weight,dead,late\nA,5,12-5,1,0\nB,5,12 lb 5 oz,0,2\n"
                      "C,5,\"11,50\",0,16\n")
        << csv << 0
        << header + u"1,A,yes,5,12.06,0.00,100,\n2,B,yes,5,10.31,0.00,99,\n"
                    ",C,yes,5,0.00,0.00,0,dq\n"_qs
        << QString();
    QTest::newRow("formula in a name")
        << QByteArray("angler,fish,weight\n=HYPERLINK(\"x\"),5,10\n@Bob,5,9\n") << csv << 0
        << header + u"1,\"'=HYPERLINK(\"\"x\"\")\",yes,5,10.00,0.00,100,\n"
                    "2,'@Bob,yes,5,9.00,0.00,99,\n"_qs
        << QString();
    QTest::newRow("warning does not stop scoring")
        << QByteArray("angler,fish,weight,notes\nA,1,11\n") << csv << 0
        << header + u"1,A,yes,1,11.00,0.00,100,\n"_qs
        << u"line 2: warning|average|\"notes\" is not used"_qs;
    QTest::newRow("custom ruleset") << QByteArray("angler,fish,weight\nA,5,10\nB,0,0\n")
                                    << (csv + QStringList{u"--ruleset"_qs, u"@RULES@"_qs}) << 0
                                    << header + u"1,A,yes,5,10.00,0.00,50,\n"
                                                "2,B,yes,0,0.00,0.00,40,zero\n"_qs
                                    << QString();

    // Invalid sheets: exit 2, nothing on stdout, the line and the problem on stderr.
    QTest::newRow("missing column") << QByteArray("angler,fish\nA,5\n") << csv << 2 << QString()
                                    << u"line 1|\"weight\" is missing"_qs;
    QTest::newRow("angler twice") << QByteArray("angler,fish,weight\nBob,5,10\nAl,5,9\n bob ,5,8\n")
                                  << csv << 2 << QString() << u"line 4|twice (also on line 2)"_qs;
    QTest::newRow("unknown yes/no") << QByteArray("angler,fish,weight,member\nA,5,10,maybe\n")
                                    << csv << 2 << QString() << u"line 2|maybe"_qs;
    QTest::newRow("too many fish") << QByteArray("angler,fish,weight\nA,5,10\nB,6,12\n") << csv << 2
                                   << QString() << u"line 3|limit"_qs;
    QTest::newRow("negative weight") << QByteArray("angler,fish,weight\nA,5,-10\n") << csv << 2
                                     << QString() << u"line 2|negative"_qs;
    QTest::newRow("negative fish") << QByteArray("angler,fish,weight\nA,-5,10\n") << csv << 2
                                   << QString() << u"line 2|negative"_qs;
    QTest::newRow("not a weight") << QByteArray("angler,fish,weight\nA,5,heavy\n") << csv << 2
                                  << QString() << u"line 2|heavy"_qs;
    QTest::newRow("dead over fish") << QByteArray("angler,fish,weight,dead\nA,2,4,3\n") << csv << 2
                                    << QString() << u"line 2|dead"_qs;
    QTest::newRow("big bass over weight") << QByteArray("angler,fish,weight,big_bass\nA,2,4,5\n")
                                          << csv << 2 << QString() << u"line 2|big bass"_qs;
    QTest::newRow("weight without fish") << QByteArray("angler,fish,weight\nA,0,4\n") << csv << 2
                                         << QString() << u"line 2|no fish"_qs;
    QTest::newRow("buy-in with fish") << QByteArray("angler,fish,weight,buy_in\nA,2,4,yes\n") << csv
                                      << 2 << QString() << u"line 2|buy-in"_qs;
    QTest::newRow("missing name") << QByteArray("angler,fish,weight\n,5,4\n") << csv << 2
                                  << QString() << u"line 2|name"_qs;
    QTest::newRow("open quote") << QByteArray("angler,fish,weight\n\"A,5,4\n") << csv << 2
                                << QString() << u"Line 2|quote"_qs;
    QTest::newRow("line after multi-line cell")
        << QByteArray("angler,fish,weight\n\"A\nB\",5,4\nC,6,4\n") << csv << 2 << QString()
        << u"line 4|limit"_qs;
    QTest::newRow("empty file") << QByteArray() << csv << 2 << QString() << u"empty"_qs;

    // Usage errors: exit 1, nothing on stdout.
    QTest::newRow("unknown ruleset")
        << QByteArray("angler,fish,weight\nA,5,4\n")
        << QStringList{u"--ruleset"_qs, u"sabc-1999"_qs} << 1 << QString() << u"sabc-1999"_qs;
    QTest::newRow("bad ruleset JSON")
        << QByteArray("angler,fish,weight\nA,5,4\n")
        << QStringList{u"--ruleset"_qs, u"@BADRULES@"_qs} << 1 << QString() << u"not valid JSON"_qs;
    QTest::newRow("bad policy") << QByteArray("angler,fish,weight\nA,5,4\n")
                                << QStringList{u"--dq-policy"_qs, u"harsh"_qs} << 1 << QString()
                                << u"harsh"_qs;
    QTest::newRow("bad format") << QByteArray("angler,fish,weight\nA,5,4\n")
                                << QStringList{u"--format=xml"_qs} << 1 << QString() << u"xml"_qs;
    QTest::newRow("unknown option") << QByteArray("angler,fish,weight\nA,5,4\n")
                                    << QStringList{u"--fast"_qs} << 1 << QString() << u"--fast"_qs;
}

void TestAppScore::score()
{
    QFETCH(QByteArray, sheet);
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, expectedOut);
    QFETCH(QString, errContains);

    const QString rules = write(u"rules.json"_qs, R"({"max_points": 50, "zero_offset": 10})");
    const QString badRules = write(u"bad.json"_qs, "{max_points: 50");
    for (QString &o : options)
        o.replace(u"@RULES@"_qs, rules).replace(u"@BADRULES@"_qs, badRules);
    const QString path = write(u"sheet.csv"_qs, sheet);
    QVERIFY(!path.isEmpty());
    QString out, err;
    const int code = run(&commands::score, QStringList{path} + options, out, err);
    QCOMPARE(code, exitCode);
    QCOMPARE(out, expectedOut);
    for (const QString &part : errContains.split(u'|', Qt::SkipEmptyParts))
        QVERIFY2(err.contains(part), qPrintable(u"missing \""_qs + part + u"\" in: "_qs + err));
    if (errContains.isEmpty())
        QVERIFY2(err.isEmpty(), qPrintable(err));
}

void TestAppScore::json()
{
    const QString path =
        write(u"json.csv"_qs, "angler,fish,weight,member\nA,5,10,no\nB,5,9\nC,0,0\n");
    QString out, err;
    QCOMPARE(run(&commands::score, {path, u"--format"_qs, u"json"_qs}, out, err), 0);
    const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8());
    QVERIFY(doc.isObject());
    QCOMPARE(doc[u"ruleset"_qs].toString(), u"sabc-2025"_qs);
    const QJsonArray entries = doc[u"entries"_qs].toArray();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0)[u"angler"_qs].toString(), u"A"_qs);
    QCOMPARE(entries.at(0)[u"member"_qs].toBool(), false);
    QCOMPARE(entries.at(1)[u"points"_qs].toInt(), 100);
    QCOMPARE(entries.at(1)[u"net_weight"_qs].toString(), u"9.00"_qs);
    QCOMPARE(entries.at(2)[u"status"_qs].toString(), u"zero"_qs);
    QCOMPARE(entries.at(2)[u"place"_qs].toInt(), 3);

    // Missing files are reported, not crashed on.
    QString out2, err2;
    QCOMPARE(run(&commands::score, {m_dir.filePath(u"none.csv"_qs)}, out2, err2), 2);
    QVERIFY(out2.isEmpty());
    QVERIFY(!err2.isEmpty());
    QString out3, err3;
    QCOMPARE(run(&commands::score, {}, out3, err3), 1);
    QVERIFY(err3.contains(u"Usage"_qs));
}

void TestAppScore::table()
{
    const QString path = write(u"table.csv"_qs, "angler,fish,weight\nAnn Long-Name,5,10\nB,0,0\n");
    QString out, err;
    QCOMPARE(run(&commands::score, {path}, out, err), 0);
    const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith(u"Place"_qs));
    QVERIFY(lines.at(1).contains(u"Ann Long-Name"_qs));
    QVERIFY(lines.at(2).contains(u"zero"_qs));
    QVERIFY(lines.at(2).contains(u"98"_qs));
}

void TestAppScore::standings()
{
    const QString s1 =
        write(u"s1.csv"_qs, "angler,fish,weight\nAl,5,10\nBo,5,9\nCy,5,8\nGus,5,11\n");
    const QString s2 = write(u"s2.csv"_qs, "angler,fish,weight,member\nbo,5,12\nAl,5,11\n"
                                           "Gus,5,13,no\nCy,0,0\n");
    const QString s3 = write(u"s3.csv"_qs, "angler,fish,weight,buy_in\nAl,0,0,yes\nDee,5,3\n");
    QString out, err;
    QCOMPARE(
        run(&commands::score, {u"--standings"_qs, s1, s2, s3, u"--format"_qs, u"csv"_qs}, out, err),
        0);
    // Al 99+99+96, Bo 98+100, Cy 97+97; Gus 100 as a member, a guest in s2.
    QCOMPARE(out, u"rank,angler,points,net_weight,events\n1,Al,294,21.00,3\n2,Bo,198,21.00,2\n"
                  "3,Cy,194,8.00,2\n4,Gus,100,11.00,1\n5,Dee,100,3.00,1\n"_qs);
    QVERIFY2(err.isEmpty(), qPrintable(err));

    // One bad sheet stops everything.
    const QString bad = write(u"bad.csv"_qs, "angler,fish,weight\nAl,9,10\n");
    QString out2, err2;
    QCOMPARE(run(&commands::score, {u"--standings"_qs, s1, bad}, out2, err2), 2);
    QVERIFY(out2.isEmpty());
    QVERIFY(err2.contains(u"bad.csv line 2"_qs));
}

void TestAppScore::storeStandings()
{
    const QString path = m_dir.filePath(u"club.sqlite"_qs);
    {
        auto store = Store::open(path);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        Store &s = *store.value();
        QVERIFY(s.createClub(u"SABC"_qs, "America/Chicago").ok());
        auto angler = [&](const QString &name) {
            auto id = s.insert(u"anglers"_qs, {{u"full_name"_qs, name}});
            return id.ok() ? id.value() : QString();
        };
        const QString al = angler(u"Al"_qs), bo = angler(u"Bo"_qs), cy = angler(u"Cy"_qs);
        QVERIFY(!al.isEmpty() && !bo.isEmpty() && !cy.isEmpty());
        auto tournament = [&](const QString &date) {
            auto id = s.insert(
                u"tournaments"_qs,
                {{u"season"_qs, 2025}, {u"event_date"_qs, date}, {u"name"_qs, u"T "_qs + date}});
            return id.ok() ? id.value() : QString();
        };
        const QString t1 = tournament(u"2025-01-26"_qs), t2 = tournament(u"2025-02-23"_qs);
        QVERIFY(!t1.isEmpty() && !t2.isEmpty());
        auto entry = [&](const QString &t, const QString &a, int fish, int gross) {
            auto id = s.insert(u"entries"_qs, {{u"tournament_id"_qs, t},
                                               {u"angler_id"_qs, a},
                                               {u"fish"_qs, fish},
                                               {u"gross_weight"_qs, gross},
                                               {u"was_member"_qs, 1},
                                               {u"entered_at"_qs, 0}});
            return id.ok() ? id.value() : QString();
        };
        QVERIFY(!entry(t1, al, 5, 1000).isEmpty());
        QVERIFY(!entry(t1, bo, 5, 900).isEmpty());
        QVERIFY(!entry(t2, bo, 5, 1200).isEmpty());
        const QString deleted = entry(t2, cy, 5, 2000);
        QVERIFY(!deleted.isEmpty());
        QVERIFY(s.remove(u"entries"_qs, deleted).ok()); // a tombstone never counts
    }
    QString out, err;
    QCOMPARE(run(&commands::standings,
                 {u"--database"_qs, path, u"--season"_qs, u"2025"_qs, u"--format"_qs, u"csv"_qs},
                 out, err),
             0);
    QCOMPARE(out, u"rank,angler,points,net_weight,events\n1,Bo,199,21.00,2\n2,Al,100,10.00,1\n"_qs);

    QString out2, err2;
    QCOMPARE(run(&commands::standings,
                 {u"--database"_qs, m_dir.filePath(u"no.sqlite"_qs), u"--season"_qs, u"2025"_qs},
                 out2, err2),
             1);
    QVERIFY(out2.isEmpty());
    QVERIFY(!err2.isEmpty());
}

QTEST_GUILESS_MAIN(TestAppScore)
#include "tst_app_score.moc"
