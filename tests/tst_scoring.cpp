// Tests of one tournament's scoring: DOMAIN.md's worked cases, validation, penalties, paper
// weights, boats and payouts.
#include "scoring/boatranker.h"
#include "scoring/entryvalidator.h"
#include "scoring/paperchart.h"
#include "scoring/payoutcalculator.h"
#include "scoring/ruleset.h"
#include "scoring/tournamentscorer.h"
#include "scoring/weighinsheet.h"

#include <QFile>
#include <QTest>

namespace {

Weight w(const QString &text)
{
    auto r = Weight::parse(text);
    if (!r)
        qFatal("bad weight in test: %s", qPrintable(text));
    return r.value();
}

// Test notation, entries separated by ';': "ID [g] [z] [bi] [dq] [w=GROSS] [bb=BIG] [f=FISH]
// [dead=N] [late=MIN] [o=ORDER] [boat=B]". Fish default to 5 unless z or bi.
QList<Entry> entries(const QString &spec)
{
    QList<Entry> list;
    for (const QString &part : spec.split(u';', Qt::SkipEmptyParts)) {
        const QStringList tokens = part.simplified().split(u' ');
        Entry e;
        e.anglerId = e.anglerName = tokens.first();
        e.fish = 5;
        for (const QString &t : tokens.mid(1)) {
            const QString key = t.section(u'=', 0, 0);
            const QString value = t.section(u'=', 1);
            if (t == QLatin1String("g"))
                e.member = false;
            else if (t == QLatin1String("z"))
                e.fish = 0;
            else if (t == QLatin1String("bi"))
                e.buyIn = true, e.fish = 0;
            else if (t == QLatin1String("dq"))
                e.dq = true;
            else if (key == QLatin1String("w"))
                e.gross = value.startsWith(u'-') ? Weight::fromHundredths(-100) : w(value);
            else if (key == QLatin1String("bb"))
                e.bigBass = w(value);
            else if (key == QLatin1String("f"))
                e.fish = value.toInt();
            else if (key == QLatin1String("dead"))
                e.dead = value.toInt();
            else if (key == QLatin1String("late"))
                e.lateMinutes = value.toInt();
            else if (key == QLatin1String("o"))
                e.manualOrder = value.toInt();
            else if (key == QLatin1String("boat"))
                e.boatId = value;
            else
                qFatal("bad token in test: %s", qPrintable(t));
        }
        e.line = int(list.size()) + 2;
        list.append(e);
    }
    return list;
}

// "id:place,points[,net]" for every entry, in output order; place "-" when none.
QString describe(const TournamentResult &result, bool withNet)
{
    QStringList parts;
    for (const ScoredEntry &e : result.entries) {
        QString s =
            QStringLiteral("%1:%2,%3")
                .arg(e.anglerId, e.place > 0 ? QString::number(e.place) : QStringLiteral("-"))
                .arg(e.points);
        if (withNet)
            s += u',' + e.net.toString();
        parts.append(s);
    }
    return parts.join(u' ');
}

} // namespace

class TestScoring : public QObject
{
    Q_OBJECT

private slots:
    void places_data();
    void places();
    void outputOrder();
    void validation_data();
    void validation();
    void sheetWeights_data();
    void sheetWeights();
    void paperChart_data();
    void paperChart();
    void paperStringer();
    void paperTournament();
    void boats();
    void teamBoats();
    void payouts();
    void payoutTies_data();
    void payoutTies();
    void bigBass_data();
    void bigBass();
    void carryoverAcrossSeasons();
    void teamPayouts();
    void rulesetJson();
    void rulesetJsonErrors_data();
    void rulesetJsonErrors();
};

void TestScoring::places_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("policy");
    QTest::addColumn<bool>("withNet");
    QTest::addColumn<QString>("expected");

    const QString np = QStringLiteral("no_points");
    // DOMAIN.md worked cases.
    QTest::newRow("case 1") << u"1 w=15.00 bb=5.00; 2 w=12.00 bb=4.00; 3 w=10.00 bb=3.00"_qs << np
                            << false << u"1:1,100 2:2,99 3:3,98"_qs;
    QTest::newRow("case 2") << u"1 w=10.50 dead=1 bb=4.00; 2 w=10.00 bb=3.50"_qs << np << true
                            << u"1:1,100,10.25 2:2,99,10.00"_qs;
    QTest::newRow("case 3") << u"1 w=10.50 dead=2 bb=5.00; 2 w=10.25 dead=1 bb=4.00"_qs << np
                            << true << u"1:1,100,10.00 2:2,99,10.00"_qs;
    QTest::newRow("case 4") << u"1 w=11.75; 2 g w=12.00; 3 w=11.00"_qs << np << false
                            << u"2:1,0 1:2,100 3:3,99"_qs;
    QTest::newRow("case 5") << u"1 w=10; 2 z"_qs << np << false << u"1:1,100 2:2,98"_qs;
    QTest::newRow("case 6") << u"1 w=10; 2 bi"_qs << np << false << u"1:1,100 2:2,96"_qs;
    QTest::newRow("case 7") << u"1 w=18.50 bb=6; 2 w=17.50 bb=5.5; 3 w=17.50 bb=5; "
                               "4 g w=19.25 bb=7; 5 w=14.75 bb=4.5; 6 z"_qs
                            << np << false << u"4:1,0 1:2,100 2:3,99 3:4,98 5:5,97 6:6,95"_qs;
    QTest::newRow("case 8") << u"1 w=10 bb=3; 2 w=10 bb=3; 3 w=9 bb=2"_qs << np << false
                            << u"1:1,100 2:1,100 3:3,98"_qs;
    QTest::newRow("case 9") << u"1 w=25; 2 dq w=24; 3 w=23; 4 z; 5 bi"_qs << np << false
                            << u"1:1,100 3:2,99 4:3,97 5:4,95 2:-,0"_qs;
    QTest::newRow("case 10") << u"1 z; 2 z"_qs << np << false << u"1:1,98 2:1,98"_qs;

    // Ties at every position, with guests inside them.
    QTest::newRow("tie first, guest inside") << u"1 w=10 bb=3; 2 g w=10 bb=3; 3 w=10 bb=3; 4 w=9"_qs
                                             << np << false << u"1:1,100 2:1,0 3:1,100 4:4,98"_qs;
    QTest::newRow("tie middle, guest ahead")
        << u"1 w=12; 2 g w=11; 3 w=10 bb=2; 4 w=10 bb=2; 5 w=9"_qs << np << false
        << u"1:1,100 2:2,0 3:3,99 4:3,99 5:5,97"_qs;
    QTest::newRow("tie last") << u"1 w=12; 2 w=10 bb=2; 3 w=10 bb=2"_qs << np << false
                              << u"1:1,100 2:2,99 3:2,99"_qs;
    QTest::newRow("tie last, then zero")
        << u"1 w=12; 2 w=10; 3 w=10; 4 z"_qs << np << false << u"1:1,100 2:2,99 3:2,99 4:4,97"_qs;
    QTest::newRow("three-way tie then guest tie")
        << u"1 w=8; 2 w=8; 3 w=8; 4 g w=7; 5 w=7; 6 w=6"_qs << np << false
        << u"1:1,100 2:1,100 3:1,100 4:4,0 5:4,97 6:6,96"_qs;
    QTest::newRow("tie broken by fish")
        << u"1 w=10 f=4; 2 w=10 f=5"_qs << np << false << u"2:1,100 1:2,99"_qs;
    QTest::newRow("coin flip") << u"1 w=10 bb=3 o=2; 2 w=10 bb=3 o=1"_qs << np << false
                               << u"2:1,100 1:2,99"_qs;
    QTest::newRow("all guests") << u"1 g w=10; 2 g w=9; 3 g z; 4 g bi"_qs << np << false
                                << u"1:1,0 2:2,0 3:3,0 4:4,0"_qs;
    QTest::newRow("all zeros, guest among them")
        << u"1 z; 2 g z; 3 z"_qs << np << false << u"1:1,98 2:1,0 3:1,98"_qs;
    QTest::newRow("buy-ins only") << u"1 bi; 2 bi; 3 g bi"_qs << np << false
                                  << u"1:1,96 2:1,96 3:1,0"_qs;
    QTest::newRow("guest caught, member zero")
        << u"1 g w=10; 2 z"_qs << np << false << u"1:1,0 2:2,98"_qs;
    QTest::newRow("zero after tie")
        << u"1 w=10; 2 w=10; 3 z"_qs << np << false << u"1:1,100 2:1,100 3:3,98"_qs;

    // DQs under both policies.
    QTest::newRow("case 9 offset") << u"1 w=25; 2 dq w=24; 3 w=23; 4 z; 5 bi"_qs << u"offset"_qs
                                   << false << u"1:1,100 3:2,99 4:3,97 5:4,95 2:5,96"_qs;
    QTest::newRow("dq offset, no member fish")
        << u"1 z; 2 dq w=5; 3 g dq w=4"_qs << u"offset"_qs << false << u"1:1,98 2:2,97 3:2,0"_qs;
    QTest::newRow("only dq, no points")
        << u"1 dq w=5; 2 dq z"_qs << np << false << u"1:-,0 2:-,0"_qs;

    // Penalties.
    QTest::newRow("late 3 minutes")
        << u"1 w=10 late=3; 2 w=8"_qs << np << true << u"2:1,100,8.00 1:2,99,7.00"_qs;
    QTest::newRow("late crossing the DQ limit")
        << u"1 w=20 late=15; 2 w=10 late=16; 3 w=4"_qs << np << true
        << u"1:1,100,5.00 3:2,99,4.00 2:-,0,0.00"_qs;
    QTest::newRow("late DQ, offset policy")
        << u"1 w=20 late=16; 2 w=4"_qs << u"offset"_qs << false << u"2:1,100 1:2,97"_qs;
    QTest::newRow("net zero with fish")
        << u"1 w=1 f=4 dead=4; 2 z"_qs << np << true << u"1:1,100,0.00 2:2,98,0.00"_qs;
    QTest::newRow("penalty never below zero")
        << u"1 w=2 f=1 late=10; 2 w=3"_qs << np << true << u"2:1,100,3.00 1:2,99,0.00"_qs;
}

void TestScoring::places()
{
    QFETCH(QString, spec);
    QFETCH(QString, policy);
    QFETCH(bool, withNet);
    QFETCH(QString, expected);
    Ruleset r = Ruleset::sabc2025();
    r.dqPolicy = *Ruleset::dqPolicyFromName(policy);
    const QList<Entry> list = entries(spec);
    QVERIFY(!EntryValidator::hasErrors(EntryValidator::check(list, r)));
    QCOMPARE(describe(TournamentScorer::score(list, r), withNet), expected);
}

void TestScoring::outputOrder()
{
    const TournamentResult result = TournamentScorer::score(
        entries(u"a dq w=9; b bi; c w=5 bb=2; d z; e w=5 bb=2; f bi"_qs), Ruleset::sabc2025());
    QStringList order;
    QStringList status;
    for (const ScoredEntry &e : result.entries) {
        order.append(e.anglerId);
        status.append(e.statusText());
    }
    // Input order among equals (c before e), then buy-ins, then DQs.
    QCOMPARE(order.join(u','), u"c,e,d,b,f,a"_qs);
    QCOMPARE(status.join(u','), u",,zero,buy-in,buy-in,dq"_qs);
    QCOMPARE(result.regularCount, 3);
    QCOMPARE(result.buyInCount, 2);
    QCOMPARE(result.dqCount, 1);
    QCOMPARE(result.lastFishPoints, 100);
    QVERIFY(result.find(u"d"_qs));
    QCOMPARE(result.find(u"d"_qs)->points, 98);
    QCOMPARE(result.find(u"nobody"_qs), nullptr);

    Ruleset team = Ruleset::sabc2026();
    const TournamentResult teamResult = TournamentScorer::score(entries(u"a w=5; b w=6"_qs), team);
    for (const ScoredEntry &e : teamResult.entries)
        QCOMPARE(e.points, 0); // team format: no points
}

void TestScoring::validation_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("errors");
    QTest::addColumn<int>("warnings");
    QTest::addColumn<QString>("message");

    QTest::newRow("fine") << u"1 w=12 bb=4; 2 z; 3 bi"_qs << 0 << 0 << QString();
    QTest::newRow("negative fish") << u"1 w=12 f=-1"_qs << 1 << 0 << u"negative"_qs;
    QTest::newRow("negative weight") << u"1 w=-1"_qs << 1 << 0 << u"negative"_qs;
    QTest::newRow("negative late") << u"1 w=12 late=-2"_qs << 1 << 0 << u"negative"_qs;
    QTest::newRow("over the limit") << u"1 w=12 f=6"_qs << 1 << 0 << u"limit of 5"_qs;
    QTest::newRow("dead over fish") << u"1 w=12 f=2 dead=3"_qs << 1 << 0 << u"3 dead fish"_qs;
    QTest::newRow("big bass over gross")
        << u"1 w=4 bb=4.01 f=1"_qs << 1 << 0 << u"more than the whole stringer"_qs;
    QTest::newRow("weight without fish") << u"1 w=3 f=0"_qs << 1 << 0 << u"no fish"_qs;
    QTest::newRow("fish without weight") << u"1 f=3"_qs << 1 << 0 << u"no weight"_qs;
    QTest::newRow("angler twice") << u"1 w=10; 2 w=9; 1 w=8"_qs << 1 << 0
                                  << u"entered twice (also on line 2)"_qs;
    QTest::newRow("buy-in with fish") << u"1 bi f=2 w=3"_qs << 1 << 0 << u"buy-in"_qs;
    QTest::newRow("buy-in weight ignored") << u"1 bi w=3"_qs << 0 << 0 << QString();
    QTest::newRow("total over 50 lb") << u"1 w=50.01 bb=9"_qs << 0 << 2 << u"over 50.00"_qs;
    QTest::newRow("exactly 50 lb") << u"1 w=50.00 bb=9"_qs << 0 << 0 << QString();
    QTest::newRow("big bass over 15 lb") << u"1 w=40 bb=15.01"_qs << 0 << 1 << u"15.00"_qs;
    QTest::newRow("average too small") << u"1 w=2.49 f=5"_qs << 0 << 1 << u"average"_qs;
    QTest::newRow("average 0.50 is fine") << u"1 w=2.50 f=5"_qs << 0 << 0 << QString();
    QTest::newRow("average too big") << u"1 w=10.01 f=1"_qs << 0 << 1 << u"average"_qs;
    QTest::newRow("two errors") << u"1 w=4 bb=5 f=6 dead=7"_qs << 3 << 0 << u"limit"_qs;
}

void TestScoring::validation()
{
    QFETCH(QString, spec);
    QFETCH(int, errors);
    QFETCH(int, warnings);
    QFETCH(QString, message);
    const QList<EntryIssue> issues = EntryValidator::check(entries(spec), Ruleset::sabc2025());
    int e = 0, wn = 0;
    QString all;
    for (const EntryIssue &i : issues) {
        (i.severity == EntryIssue::Severity::Error ? e : wn)++;
        QVERIFY(i.line > 0);
        QVERIFY(i.entryIndex >= 0);
        all += i.message + u'\n';
    }
    QCOMPARE(e, errors);
    QCOMPARE(wn, warnings);
    QCOMPARE(EntryValidator::hasErrors(issues), errors > 0);
    if (!message.isEmpty())
        QVERIFY2(all.contains(message), qPrintable(all));
}

void TestScoring::sheetWeights_data()
{
    QTest::addColumn<QString>("weight");
    QTest::addColumn<int>("hundredths");
    QTest::newRow("decimal") << u"12.34"_qs << 1234;
    QTest::newRow("comma") << u"\"12,34\""_qs << 1234;
    QTest::newRow("lb-oz dash") << u"12-5"_qs << 1231;
    QTest::newRow("lb oz words") << u"12 lb 5 oz"_qs << 1231;
    QTest::newRow("ounces only half up") << u"0-1"_qs << 6;
    QTest::newRow("15 oz") << u"3-15"_qs << 394;
}

void TestScoring::sheetWeights()
{
    QFETCH(QString, weight);
    QFETCH(int, hundredths);
    const QByteArray csv = "angler,fish,weight\nBob,5," + weight.toUtf8() + "\n";
    const WeighInSheet::Parsed sheet = WeighInSheet::parse(csv, Ruleset::sabc2025());
    QVERIFY(sheet.ok());
    QCOMPARE(sheet.entries.size(), 1);
    QCOMPARE(sheet.entries.first().gross.hundredths(), hundredths);
    QCOMPARE(sheet.entries.first().line, 2);
}

void TestScoring::paperChart_data()
{
    QTest::addColumn<QString>("length");
    QTest::addColumn<QString>("weight");
    QTest::newRow("11 7/8 doesn't count") << u"11 7/8"_qs << u"0.00"_qs;
    QTest::newRow("11.99 doesn't count") << u"11.99"_qs << u"0.00"_qs;
    QTest::newRow("12 counts") << u"12"_qs << u"0.87"_qs;
    QTest::newRow("12 3/8 rounds down") << u"12 3/8"_qs << u"0.87"_qs;
    QTest::newRow("12 1/2") << u"12-1/2"_qs << u"1.00"_qs;
    QTest::newRow("12.875 rounds down") << u"12.875"_qs << u"1.00"_qs;
    QTest::newRow("13") << u"13 in"_qs << u"1.14"_qs;
    QTest::newRow("29") << u"29"_qs << u"15.87"_qs;
    QTest::newRow("29 1/2") << u"29.5"_qs << u"16.79"_qs;
    QTest::newRow("29 7/8 rounds to 29 1/2") << u"29 7/8"_qs << u"16.79"_qs;
    QTest::newRow("30 is above the chart") << u"30"_qs << u"18.00"_qs;
    QTest::newRow("34") << u"34"_qs << u"18.00"_qs;
}

void TestScoring::paperChart()
{
    QFETCH(QString, length);
    QFETCH(QString, weight);
    const PaperChart &chart = PaperChart::standard();
    QVERIFY(!chart.isEmpty());
    auto eighths = PaperChart::parseLength(length);
    QVERIFY2(eighths.ok(), qPrintable(eighths.error()));
    QCOMPARE(chart.weightFor(*eighths, Ruleset::sabc2025()).toString(), weight);
}

void TestScoring::paperStringer()
{
    const PaperChart &chart = PaperChart::standard();
    QCOMPARE(chart.firstEighths(), 12 * 8);
    QCOMPARE(chart.lastEighths(), 29 * 8 + 7);
    // The compiled-in chart is the club's shared chart.
    QFile shared(QStringLiteral(SABC_SHARED_DATA_DIR "/paper-chart.csv"));
    if (shared.open(QIODevice::ReadOnly)) {
        auto sharedChart = PaperChart::parse(shared.readAll());
        QVERIFY(sharedChart.ok());
        for (int len = 90; len < 250; ++len)
            QCOMPARE(sharedChart->weightFor(len, Ruleset()), chart.weightFor(len, Ruleset()));
    }
    // Six fish and a short one: the best five count.
    const QList<int> lengths = {12 * 8, 15 * 8, 11 * 8, 20 * 8, 14 * 8, 16 * 8, 13 * 8};
    const PaperChart::Stringer s = chart.stringer(lengths, Ruleset::sabc2025());
    QCOMPARE(s.fish, 5);
    QCOMPARE(s.biggest, chart.weightFor(20 * 8, Ruleset()));
    Weight sum;
    for (int len : {20, 16, 15, 14, 13})
        sum += chart.weightFor(len * 8, Ruleset());
    QCOMPARE(s.gross, sum);
    QVERIFY(!PaperChart::parseLength(u"twelve"_qs).ok());
    QVERIFY(!PaperChart::parseLength(u"12 9/8"_qs).ok());
    QVERIFY(!PaperChart::parse("inches,0\n12,1\n").ok());
}

void TestScoring::paperTournament()
{
    TournamentInput t;
    t.paper = true;
    Entry a;
    a.anglerId = u"a"_qs;
    a.fishLengths = {16 * 8, 14 * 8};
    Entry b;
    b.anglerId = u"b"_qs;
    b.fishLengths = {30 * 8};
    b.bigBass = w(u"9.10"_qs); // weighed fish wins over the chart for big bass
    Entry c;
    c.anglerId = u"c"_qs;
    c.fishLengths = {10 * 8};
    t.entries = {a, b, c};
    const TournamentResult r = TournamentScorer::score(t, Ruleset::sabc2025());
    QCOMPARE(describe(r, true), u"b:1,100,18.00 a:2,99,3.70 c:3,97,0.00"_qs);
    QCOMPARE(r.entries.at(0).bigBass.toString(), u"9.10"_qs);
    QCOMPARE(r.entries.at(1).bigBass.toString(), u"2.25"_qs);
    QCOMPARE(r.entries.at(2).statusText(), u"zero"_qs);
}

void TestScoring::boats()
{
    const Ruleset r = Ruleset::sabc2025();
    const TournamentResult result = TournamentScorer::score(
        entries(u"a w=10 bb=4 boat=1; b w=6 bb=6 boat=1; c w=9 bb=3 boat=2; "
                "d dq w=9 boat=2; e w=16 bb=5 boat=3; f bi; g g w=3"_qs),
        r);
    const QList<BoatResult> boats = BoatRanker::rank(result, r);
    QCOMPARE(boats.size(), 4); // buy-in f fishes no boat
    QCOMPARE(boats.at(0).boatId, u"1"_qs);
    QCOMPARE(boats.at(0).weight.toString(), u"16.00"_qs);
    QCOMPARE(boats.at(0).bigBass.toString(), u"6.00"_qs);
    QCOMPARE(boats.at(0).fish, 10);
    QCOMPARE(boats.at(0).place, 1);
    QCOMPARE(boats.at(1).boatId, u"3"_qs); // equal weight, smaller big bass: shares? no
    QCOMPARE(boats.at(1).place, 2);
    QCOMPARE(boats.at(2).boatId, u"2"_qs);
    QCOMPARE(boats.at(2).weight.toString(), u"9.00"_qs); // the DQ adds 0
    QCOMPARE(boats.at(2).anglerIds, (QStringList{u"c"_qs, u"d"_qs}));
    QCOMPARE(boats.at(3).boatId, u"solo:g"_qs);
    QVERIFY(!boats.at(3).hasMember);
    QCOMPARE(boats.at(0).crewKey(), u"a+b"_qs);

    // Equal weight and big bass share the place.
    const TournamentResult tie =
        TournamentScorer::score(entries(u"a w=8 bb=3; b w=8 bb=3; c w=7"_qs), r);
    const QList<BoatResult> tied = BoatRanker::rank(tie, r);
    QCOMPARE(tied.at(0).place, 1);
    QCOMPARE(tied.at(1).place, 1);
    QCOMPARE(tied.at(2).place, 3);
}

void TestScoring::teamBoats()
{
    const Ruleset r = Ruleset::sabc2026();
    // Boats recorded apart, one weighed as a team.
    QList<Entry> list = entries(u"a z; b z; c g z; d z"_qs);
    QList<BoatInput> inputs(2);
    inputs[0] = {u"B1"_qs, u"a"_qs, u"b"_qs, true, 7, w(u"18.40"_qs), w(u"6.10"_qs), 1, false};
    inputs[1] = {u"B2"_qs, u"c"_qs, u"d"_qs, true, 5, w(u"18.65"_qs), w(u"4.00"_qs), 0, false};
    const TournamentResult result = TournamentScorer::score(list, r);
    const QList<BoatResult> boats = BoatRanker::rank(result, r, inputs);
    QCOMPARE(boats.size(), 2);
    QCOMPARE(boats.at(0).boatId, u"B2"_qs);
    QCOMPARE(boats.at(0).weight.toString(), u"18.65"_qs);
    QCOMPARE(boats.at(1).weight.toString(), u"18.15"_qs); // one dead fish
    QCOMPARE(boats.at(1).place, 2);
    QVERIFY(boats.at(0).hasMember); // d is a member

    inputs[1].dq = true;
    const QList<BoatResult> dq = BoatRanker::rank(result, r, inputs);
    QCOMPARE(dq.at(0).boatId, u"B1"_qs);
    QVERIFY(!dq.at(1).ranked);
    QCOMPARE(dq.at(1).place, 0);
}

void TestScoring::payouts()
{
    // Ten anglers in ten boats under sabc-2025: $250 in.
    const Ruleset r = Ruleset::sabc2025();
    QString spec;
    for (int i = 0; i < 10; ++i)
        spec +=
            QStringLiteral("a%1 w=%2 bb=%3;").arg(i).arg(20 - i).arg(i == 3 ? u"5.01"_qs : u"3"_qs);
    const TournamentResult result = TournamentScorer::score(entries(spec), r);
    const TournamentPayouts p = PayoutCalculator::compute(result, BoatRanker::rank(result, r), r);
    QCOMPARE(p.payingUnits, 10);
    QCOMPARE(p.collected, Money::fromDollars(250));
    QCOMPARE(p.places.size(), 3);
    QCOMPARE(p.places.at(0).amount, Money::fromDollars(70));
    QCOMPARE(p.places.at(0).anglerIds, QStringList{u"a0"_qs});
    QCOMPARE(p.places.at(1).amount, Money::fromDollars(50));
    QCOMPARE(p.places.at(2).amount, Money::fromDollars(40));
    QCOMPARE(p.bigBass.size(), 1);
    QCOMPARE(p.bigBass.first().recipientId, u"a3"_qs);
    QCOMPARE(p.bigBass.first().amount, Money::fromDollars(40));
    QCOMPARE(p.club, Money::fromDollars(30));
    QCOMPARE(p.charity, Money::fromDollars(20));
    QCOMPARE(p.carryOut, Money());
    QCOMPARE(p.clubFund(), Money::fromDollars(30));
    QVERIFY(p.balances());
    QCOMPARE(p.paidToAnglers(), Money::fromDollars(200));
}

void TestScoring::payoutTies_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("shares");   // cents per paid boat, in order
    QTest::addColumn<qint64>("remainder"); // cents to the club
    QTest::addColumn<qint64>("unclaimed");

    // 3 anglers tie for 1st: (7+5+4) x 3 = $48 -> 16.00 each.
    QTest::newRow("three tie first, even")
        << u"a w=9; b w=9; c w=9"_qs << u"1600,1600,1600"_qs << qint64(0) << qint64(0);
    // 7 anglers; three tie for 1st: $112 / 3 = 37.33 r 1.
    QTest::newRow("three tie first, uneven")
        << u"a w=9; b w=9; c w=9; d w=5; e w=4; f w=3; g w=2"_qs << u"3733,3733,3733"_qs
        << qint64(1) << qint64(0);
    // 7 anglers; 1st alone, two tie for 2nd: (5+4) x 7 = $63 / 2 = 31.50.
    QTest::newRow("two tie second") << u"a w=9; b w=8; c w=8; d w=5; e w=4; f w=3; g w=2"_qs
                                    << u"4900,3150,3150"_qs << qint64(0) << qint64(0);
    // 7 anglers; three tie for 3rd: $28 / 3 = 9.33 r 1.
    QTest::newRow("three tie third") << u"a w=9; b w=8; c w=7; d w=7; e w=7; f w=3; g w=2"_qs
                                     << u"4900,3500,933,933,933"_qs << qint64(1) << qint64(0);
    // 11 anglers, five tie for 2nd: (5+4) x 11 = $99 / 5 = 19.80.
    QTest::newRow("five tie second")
        << u"a w=9; b w=8; c w=8; d w=8; e w=8; f w=8; g w=2; h w=1; i z; j z; k z"_qs
        << u"7700,1980,1980,1980,1980,1980"_qs << qint64(0) << qint64(0);
    // 13 anglers, three tie for 2nd: $117 / 3 = 39.00; 2 tie 1st: (7+5) x 13 = 156 / 2.
    QTest::newRow("tie first and second")
        << u"a w=9; b w=9; c w=8; d w=8; e w=8; f w=1; g z; h z; i z; j z; k z; l z; m z"_qs
        << u"7800,7800,1733,1733,1733"_qs << qint64(1) << qint64(0);
    // Only one angler caught fish: 2nd and 3rd go to the club.
    QTest::newRow("unclaimed places")
        << u"a w=9; b z; c z"_qs << u"2100"_qs << qint64(0) << qint64(2700);
}

void TestScoring::payoutTies()
{
    QFETCH(QString, spec);
    QFETCH(QString, shares);
    QFETCH(qint64, remainder);
    QFETCH(qint64, unclaimed);
    const Ruleset r = Ruleset::sabc2025();
    const TournamentResult result = TournamentScorer::score(entries(spec), r);
    const TournamentPayouts p = PayoutCalculator::compute(result, BoatRanker::rank(result, r), r);
    QStringList got;
    for (const PlacePayout &pp : p.places)
        got.append(QString::number(pp.amount.cents()));
    QCOMPARE(got.join(u','), shares);
    QCOMPARE(p.tieRemainder.cents(), remainder);
    QCOMPARE(p.unclaimedPlaces.cents(), unclaimed);
    QVERIFY(p.balances());
}

void TestScoring::bigBass_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("winners");
    QTest::addColumn<qint64>("share");
    QTest::addColumn<qint64>("remainder");
    QTest::addColumn<qint64>("carryOut");

    // 3 anglers: pot $12.
    QTest::newRow("one winner") << u"a w=9 bb=5.01; b w=8 bb=4; c w=7"_qs << u"a"_qs << qint64(1200)
                                << qint64(0) << qint64(0);
    QTest::newRow("exactly 5.00 does not win")
        << u"a w=9 bb=5.00; b w=8 bb=4; c w=7"_qs << QString() << qint64(0) << qint64(0)
        << qint64(1200);
    QTest::newRow("guest not eligible") << u"a g w=9 bb=7; b w=8 bb=6; c w=7"_qs << u"b"_qs
                                        << qint64(1200) << qint64(0) << qint64(0);
    QTest::newRow("dq not eligible") << u"a dq w=9 bb=7; b w=8 bb=4; c w=7"_qs << QString()
                                     << qint64(0) << qint64(0) << qint64(1200);
    QTest::newRow("equal fish split") << u"a w=9 bb=6; b w=8 bb=6; c w=7"_qs << u"a,b"_qs
                                      << qint64(600) << qint64(0) << qint64(0);
    // 7 anglers: pot $28 / 3 = 9.33 r 1.
    QTest::newRow("three equal fish, uneven")
        << u"a w=9 bb=6; b w=8 bb=6; c w=7 bb=6; d w=1; e w=1; f w=1; g w=1"_qs << u"a,b,c"_qs
        << qint64(933) << qint64(1) << qint64(0);
}

void TestScoring::bigBass()
{
    QFETCH(QString, spec);
    QFETCH(QString, winners);
    QFETCH(qint64, share);
    QFETCH(qint64, remainder);
    QFETCH(qint64, carryOut);
    const Ruleset r = Ruleset::sabc2025();
    const TournamentResult result = TournamentScorer::score(entries(spec), r);
    const TournamentPayouts p = PayoutCalculator::compute(result, BoatRanker::rank(result, r), r);
    QStringList got;
    for (const BigBassPayout &b : p.bigBass) {
        got.append(b.recipientId);
        QCOMPARE(b.amount.cents(), share);
    }
    QCOMPARE(got.join(u','), winners);
    QCOMPARE(p.tieRemainder.cents(), remainder);
    QCOMPARE(p.carryOut.cents(), carryOut);
    QVERIFY(p.balances());
}

void TestScoring::carryoverAcrossSeasons()
{
    const Ruleset r2025 = Ruleset::sabc2025();
    const Ruleset r2026 = Ruleset::sabc2026();
    // Oct 2025: 4 anglers, no bass over 5 lb -> $16 carries. Nov 2025 cancelled. Jan 2026
    // (team): 3 boats, no member boat over 5 lb -> $16 + $24 carries. Feb 2026: 2 boats, won.
    const TournamentResult oct =
        TournamentScorer::score(entries(u"a w=9 bb=5; b w=8; c w=7; d z"_qs), r2025);
    const QList<BoatResult> octBoats = BoatRanker::rank(oct, r2025);
    const TournamentResult jan = TournamentScorer::score(
        entries(u"a w=9 bb=4 boat=1; b w=3 boat=1; c w=8 boat=2; d g w=8 bb=7 boat=3"_qs), r2026);
    const QList<BoatResult> janBoats = BoatRanker::rank(jan, r2026);
    const TournamentResult feb = TournamentScorer::score(
        entries(u"a w=9 bb=5.50 boat=1; b w=3 boat=1; c w=8 bb=5.25 boat=2"_qs), r2026);
    const QList<BoatResult> febBoats = BoatRanker::rank(feb, r2026);

    const QList<TournamentPayouts> chain = PayoutCalculator::chain({
        {&oct, &octBoats, r2025, false, Money()},
        {nullptr, nullptr, r2025, true, Money()},
        {&jan, &janBoats, r2026, false, Money()},
        {&feb, &febBoats, r2026, false, Money()},
    });
    QCOMPARE(chain.size(), 4);
    QCOMPARE(chain.at(0).carryOut, Money::fromDollars(16));
    QCOMPARE(chain.at(1).carryIn, Money::fromDollars(16));
    QCOMPARE(chain.at(1).carryOut, Money::fromDollars(16));
    QCOMPARE(chain.at(2).payingUnits, 3);
    QCOMPARE(chain.at(2).carryIn, Money::fromDollars(16));
    QCOMPARE(chain.at(2).bigBassPot, Money::fromDollars(16 + 24));
    QVERIFY(chain.at(2).bigBass.isEmpty()); // the guest boat's 7 lb fish is not eligible
    QCOMPARE(chain.at(2).carryOut, Money::fromDollars(40));
    QCOMPARE(chain.at(3).bigBass.size(), 1);
    QCOMPARE(chain.at(3).bigBass.first().recipientId, u"1"_qs);
    QCOMPARE(chain.at(3).bigBass.first().amount, Money::fromDollars(40 + 16));
    QCOMPARE(chain.at(3).carryOut, Money());
    for (const TournamentPayouts &p : chain)
        QVERIFY(p.balances());
}

void TestScoring::teamPayouts()
{
    // sabc-2026, 5 boats: $250 in, 100% back: $100 / $70 / $40 and $40 big bass.
    const Ruleset r = Ruleset::sabc2026();
    const TournamentResult result = TournamentScorer::score(
        entries(u"a w=9 bb=6 boat=1; b w=3 boat=1; c w=11 boat=2; d w=6 boat=3; "
                "e w=6 boat=3; f w=2 boat=4; g w=1 boat=5"_qs),
        r);
    const QList<BoatResult> boats = BoatRanker::rank(result, r);
    QCOMPARE(boats.at(0).weight.toString(), u"12.00"_qs);
    QCOMPARE(boats.at(0).boatId, u"1"_qs); // 12.00 with a 6 lb big bass beats boat 3
    QCOMPARE(boats.at(1).boatId, u"3"_qs);
    QCOMPARE(boats.at(1).place, 2);
    const TournamentPayouts p = PayoutCalculator::compute(result, boats, r);
    QCOMPARE(p.payingUnits, 5);
    QCOMPARE(p.collected, Money::fromDollars(250));
    QCOMPARE(p.places.at(0).amount, Money::fromDollars(100));
    QCOMPARE(p.places.at(1).amount, Money::fromDollars(70));
    QCOMPARE(p.places.at(2).amount, Money::fromDollars(40));
    QCOMPARE(p.bigBass.first().recipientId, u"1"_qs);
    QCOMPARE(p.bigBass.first().amount, Money::fromDollars(40));
    QCOMPARE(p.club, Money());
    QCOMPARE(p.paidToAnglers(), Money::fromDollars(250));
    QVERIFY(p.balances());
}

void TestScoring::rulesetJson()
{
    for (const Ruleset &r : {Ruleset::sabc2025(), Ruleset::sabc2026()}) {
        QVERIFY(r.validate().ok());
        auto back = Ruleset::fromJson(r.toJson());
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QVERIFY(back.value() == r);
    }
    auto partial = Ruleset::fromJson(R"({"base": "sabc-2026", "best_n": 8,
        "tie_breaks": ["bigger_big_bass"], "dq_policy": "offset"})");
    QVERIFY2(partial.ok(), qPrintable(partial.error()));
    QCOMPARE(partial->format, TournamentFormat::Team);
    QCOMPARE(partial->bestN, 8);
    QCOMPARE(partial->dqPolicy, DqPolicy::Offset);
    QCOMPARE(partial->tieBreaks, QList<TieBreak>{TieBreak::BiggerBigBass});
    QCOMPARE(partial->fee, Money::fromDollars(50));
    QVERIFY(Ruleset::builtIn(u"SABC-2026"_qs).ok());
    QVERIFY(!Ruleset::builtIn(u"sabc-1999"_qs).ok());
}

void TestScoring::rulesetJsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not json") << QByteArray("{max_points: 100") << u"not valid JSON"_qs;
    QTest::newRow("array") << QByteArray("[]") << u"JSON object"_qs;
    QTest::newRow("unknown key") << QByteArray(R"({"max_pints": 90})") << u"max_pints"_qs;
    QTest::newRow("negative") << QByteArray(R"({"max_points": -1})") << u"max_points"_qs;
    QTest::newRow("fraction") << QByteArray(R"({"fee": 25.5})") << u"fee"_qs;
    QTest::newRow("text number") << QByteArray(R"({"best_n": "3"})") << u"best_n"_qs;
    QTest::newRow("bad policy") << QByteArray(R"({"dq_policy": "harsh"})") << u"dq_policy"_qs;
    QTest::newRow("bad tie-break") << QByteArray(R"({"tie_breaks": ["luck"]})") << u"luck"_qs;
    QTest::newRow("fee doesn't split") << QByteArray(R"({"fee": 3000})") << u"split"_qs;
    QTest::newRow("bad base") << QByteArray(R"({"base": "nope"})") << u"nope"_qs;
}

void TestScoring::rulesetJsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    auto r = Ruleset::fromJson(json);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(message), qPrintable(r.error()));
}

QTEST_GUILESS_MAIN(TestScoring)
#include "tst_scoring.moc"
