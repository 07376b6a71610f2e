// Tests of a season: Angler of the Year with best-N, minimum events and tie-breaks; the season
// awards, individual and team; incremental updates after an edit.
#include "scoring/seasonscorer.h"
#include "scoring/seasonstandings.h"

#include <QTest>

namespace {

Weight w(const QString &text)
{
    return Weight::parse(text).value();
}

// Hand-made results, entries separated by ';': "ID:PLACE:POINTS:NET[:STATUS][:g]" with STATUS
// one of f (fished, default), z, bi, dq, and g for a guest. Big bass = net / 4.
ScoredTournament tournament(const QString &spec, bool paper = false)
{
    ScoredTournament t;
    t.paper = paper;
    for (const QString &part : spec.split(u';', Qt::SkipEmptyParts)) {
        const QStringList f = part.trimmed().split(u':');
        ScoredEntry e;
        e.anglerId = e.anglerName = f.at(0);
        e.place = f.at(1).toInt();
        e.points = f.at(2).toInt();
        e.net = w(f.at(3));
        e.bigBass = Weight::fromHundredths(e.net.hundredths() / 4);
        e.fish = e.net.isZero() ? 0 : 5;
        const QString status = f.value(4);
        e.status = status == QLatin1String("z")    ? EntryStatus::Zero
                   : status == QLatin1String("bi") ? EntryStatus::BuyIn
                   : status == QLatin1String("dq") ? EntryStatus::Dq
                                                   : EntryStatus::Fished;
        e.member = f.value(5) != QLatin1String("g") && f.value(4) != QLatin1String("g");
        t.result.entries.append(e);
    }
    return t;
}

// "rank:id:points" for every row.
QString describe(const SeasonStandings &s)
{
    QStringList parts;
    for (const StandingRow &r : s.rows)
        parts.append(QStringLiteral("%1:%2:%3").arg(r.rank).arg(r.anglerId).arg(r.points));
    return parts.join(u' ');
}

QString winners(const SeasonStandings &s, AwardKind kind)
{
    const Award *a = s.award(kind);
    if (!a)
        return QStringLiteral("(none)");
    QStringList parts;
    for (const AwardWinner &w : a->winners)
        parts.append(QStringLiteral("%1=%2").arg(
            w.anglerNames.join(u'&'),
            kind == AwardKind::MostWins ? QString::number(w.count) : w.weight.toString()));
    return parts.join(u' ');
}

Entry entry(const QString &id, int fish, const QString &gross, const QString &bigBass = u"0"_qs,
            bool member = true)
{
    Entry e;
    e.anglerId = e.anglerName = id;
    e.fish = fish;
    e.gross = w(gross);
    e.bigBass = w(bigBass);
    e.member = member;
    return e;
}

} // namespace

class TestSeason : public QObject
{
    Q_OBJECT

private slots:
    void angleroftheYear_data();
    void angleroftheYear();
    void breakdown();
    void awards();
    void teamAwards();
    void incremental();
    void scoredFromEntries();
};

void TestSeason::angleroftheYear_data()
{
    QTest::addColumn<QStringList>("tournaments");
    QTest::addColumn<int>("bestN");
    QTest::addColumn<int>("minimumEvents");
    QTest::addColumn<QString>("expected");

    QTest::newRow("sum of points")
        << QStringList{u"a:1:100:10; b:2:99:9"_qs, u"b:1:100:12; a:2:99:11; c:3:98:5"_qs} << 0 << 0
        << u"1:a:199 1:b:199 3:c:98"_qs; // met once each, same weight and events
    // a and b tie on points; a placed ahead of b twice.
    QTest::newRow("head-to-head") << QStringList{u"a:1:50:10; b:2:60:9"_qs,
                                                 u"a:1:50:10; b:3:40:9"_qs}
                                  << 0 << 0 << u"1:a:100 2:b:100"_qs;
    // Head-to-head is summed over the tied group: a beat b once, b beat c once, c beat a
    // twice -> c 2, a 1, b 1; a and b then by net weight.
    QTest::newRow("head-to-head, group of three")
        << QStringList{u"a:1:40:20; b:2:30:5"_qs, u"b:1:40:5; c:2:30:1"_qs,
                       u"c:1:40:1; a:2:30:1"_qs, u"c:1:10:1; a:2:10:1"_qs, u"b:1:10:1"_qs}
        << 0 << 0 << u"1:c:80 2:a:80 3:b:80"_qs;
    // Tied on points, never met: more net weight wins.
    QTest::newRow("weight breaks the tie")
        << QStringList{u"a:1:100:10"_qs, u"b:1:100:12"_qs} << 0 << 0 << u"1:b:100 2:a:100"_qs;
    // Same points, weight; more events wins (a buy-in counts, a DQ doesn't).
    QTest::newRow("events break the tie")
        << QStringList{u"a:1:100:10; b:1:100:10"_qs, u"a:1:0:0:dq; b:1:0:0:bi"_qs} << 0 << 0
        << u"1:b:100 2:a:100"_qs;
    QTest::newRow("still equal: same rank") << QStringList{u"a:1:100:10; b:1:100:10; c:3:98:3"_qs}
                                            << 0 << 0 << u"1:a:100 1:b:100 3:c:98"_qs;
    QTest::newRow("best 2 of 3") << QStringList{u"a:1:100:10; b:2:99:9"_qs,
                                                u"a:3:50:1; b:1:100:9"_qs,
                                                u"a:1:100:9; b:2:60:8"_qs}
                                 << 2 << 0 << u"1:a:200 2:b:199"_qs;
    QTest::newRow("minimum events")
        << QStringList{u"a:1:100:10; b:2:99:9"_qs, u"b:1:100:9"_qs, u"b:1:100:9; c:2:99:1"_qs} << 0
        << 2 << u"1:b:299 0:a:100 0:c:99"_qs;
    QTest::newRow("guests not listed")
        << QStringList{u"g1:1:0:20:f:g; a:2:100:10"_qs, u"g1:1:100:12; a:2:99:10"_qs} << 0 << 0
        << u"1:a:199 2:g1:100"_qs;
}

void TestSeason::angleroftheYear()
{
    QFETCH(QStringList, tournaments);
    QFETCH(int, bestN);
    QFETCH(int, minimumEvents);
    QFETCH(QString, expected);
    QList<ScoredTournament> season;
    for (const QString &t : tournaments)
        season.append(tournament(t));
    Ruleset r;
    r.bestN = bestN;
    r.minimumEvents = minimumEvents;
    QCOMPARE(describe(SeasonStandings::compute(season, r)), expected);
}

void TestSeason::breakdown()
{
    QList<ScoredTournament> season = {
        tournament(u"a:1:100:10; b:2:99:9"_qs), tournament(u"a:3:50:1; b:1:100:9"_qs),
        tournament(u"a:2:0:0:dq"_qs), tournament(u"a:1:100:9; b:2:60:8"_qs)};
    season[2].cancelled = true;
    Ruleset r;
    r.bestN = 2;
    const SeasonStandings s = SeasonStandings::compute(season, r);
    const StandingRow *a = s.row(u"a"_qs);
    QVERIFY(a);
    QCOMPARE(a->tournaments.size(), 3); // the cancelled tournament doesn't count
    QCOMPARE(a->tournaments.at(1).tournament, 1);
    QVERIFY(!a->tournaments.at(1).counted); // dropped by best 2
    QVERIFY(a->tournaments.at(0).counted);
    QCOMPARE(a->totalPoints, 250);
    QCOMPARE(a->points, 200);
    QCOMPARE(a->events, 3);
    QCOMPARE(a->netWeight.toString(), u"20.00"_qs);
    QVERIFY(a->qualified);
    QCOMPARE(s.row(u"nobody"_qs), nullptr);
}

void TestSeason::awards()
{
    // Paper stringer excluded from Heavy Stringer; big bass must be over 5.00; ties share.
    QList<ScoredTournament> season = {
        tournament(u"a:1:100:24; b:2:99:20"_qs),                 // bb 6.00, 5.00
        tournament(u"c:1:100:30; a:2:99:12"_qs, true),           // paper: c 30 lb, bb 7.50
        tournament(u"b:1:100:24; g:2:0:28:f:g; d:3:0:26:dq"_qs), // b ties a; guest, DQ out
    };
    const SeasonStandings s = SeasonStandings::compute(season, Ruleset());
    QCOMPARE(winners(s, AwardKind::HeavyStringer), u"a=24.00 b=24.00"_qs);
    QCOMPARE(winners(s, AwardKind::BigBassOfTheYear), u"c=7.50"_qs);
    QCOMPARE(s.award(AwardKind::MostWins), nullptr);

    // No fish over 5.00 lb: not awarded.
    const SeasonStandings none =
        SeasonStandings::compute({tournament(u"a:1:100:20; b:2:99:4"_qs)}, Ruleset());
    QCOMPARE(winners(none, AwardKind::BigBassOfTheYear), QString());
    QCOMPARE(winners(none, AwardKind::HeavyStringer), u"a=20.00"_qs);
}

void TestSeason::teamAwards()
{
    const Ruleset r = Ruleset::sabc2026();
    auto boatEntry = [](const QString &id, const QString &boat, const QString &gross,
                        const QString &big, bool member) {
        Entry e = entry(id, 5, gross, big, member);
        e.boatId = boat;
        return e;
    };
    TournamentInput t1;
    t1.id = u"t1"_qs;
    t1.name = u"Jan"_qs;
    t1.date = QDate(2026, 1, 25);
    t1.format = TournamentFormat::Team;
    t1.entries = {boatEntry(u"a"_qs, u"1"_qs, u"10"_qs, u"6"_qs, true),
                  boatEntry(u"b"_qs, u"1"_qs, u"8"_qs, u"2"_qs, true),
                  boatEntry(u"c"_qs, u"2"_qs, u"9"_qs, u"8"_qs, false),
                  boatEntry(u"d"_qs, u"2"_qs, u"3"_qs, u"1"_qs, false)};
    TournamentInput t2 = t1;
    t2.id = u"t2"_qs;
    t2.entries = {boatEntry(u"b"_qs, u"1"_qs, u"12"_qs, u"3"_qs, true),
                  boatEntry(u"a"_qs, u"1"_qs, u"9"_qs, u"2"_qs, true),
                  boatEntry(u"e"_qs, u"3"_qs, u"20"_qs, u"5.5"_qs, true)};
    TournamentInput t3 = t2;
    t3.id = u"t3"_qs;
    t3.entries = {boatEntry(u"e"_qs, u"3"_qs, u"22"_qs, u"6"_qs, true),
                  boatEntry(u"a"_qs, u"1"_qs, u"9"_qs, u"2"_qs, true)};
    SeasonScorer season(r, {t1, t2, t3});
    const SeasonStandings &s = season.standings();
    QVERIFY(s.rows.isEmpty()); // no AoY in team format
    QCOMPARE(winners(s, AwardKind::MostWins), u"a&b=2"_qs);
    QCOMPARE(winners(s, AwardKind::BigStringer), u"e=22.00"_qs);
    // The guest boat's 8 lb fish is not eligible.
    QCOMPARE(winners(s, AwardKind::TeamBigBass), u"a&b=6.00 e=6.00"_qs);
    QCOMPARE(s.award(AwardKind::HeavyStringer), nullptr);
}

void TestSeason::incremental()
{
    // Three tournaments of 40 anglers: an edit must give the same standings as from scratch.
    QList<TournamentInput> inputs;
    for (int t = 0; t < 3; ++t) {
        TournamentInput in;
        in.id = QString::number(t);
        for (int a = 0; a < 40; ++a) {
            const int fish = (a * 7 + t) % 6;
            in.entries.append(
                entry(QStringLiteral("angler%1").arg(a), fish,
                      Weight::fromHundredths(fish * (150 + (a * 37 + t * 11) % 200)).toString(),
                      u"0"_qs, a % 9 != 0));
        }
        inputs.append(in);
    }
    Ruleset r;
    r.bestN = 2;
    SeasonScorer season(r, inputs);
    const QString before = describe(season.standings());
    QVERIFY(!before.isEmpty());

    Entry edited = inputs[1].entries[5];
    edited.fish = 5;
    edited.gross = w(u"30.00"_qs);
    season.setEntry(1, 5, edited);
    const QString after = describe(season.standings());
    QVERIFY(after != before);
    inputs[1].entries[5] = edited;
    SeasonScorer fresh(r, inputs);
    QCOMPARE(after, describe(fresh.standings()));
    QCOMPARE(season.scored(1).result.entries.first().anglerId, u"angler5"_qs);

    season.setRuleset(Ruleset());
    QCOMPARE(describe(season.standings()), describe(SeasonScorer(Ruleset(), inputs).standings()));
}

void TestSeason::scoredFromEntries()
{
    // DOMAIN.md case 9 twice: points add up, the DQ counts no event, the buy-in does.
    TournamentInput t;
    t.entries = {entry(u"1"_qs, 5, u"25"_qs), entry(u"2"_qs, 5, u"24"_qs),
                 entry(u"3"_qs, 5, u"23"_qs), entry(u"4"_qs, 0, u"0"_qs),
                 entry(u"5"_qs, 0, u"0"_qs)};
    t.entries[1].dq = true;
    t.entries[4].buyIn = true;
    SeasonScorer season(Ruleset(), {t, t});
    const SeasonStandings &s = season.standings();
    QCOMPARE(describe(s), u"1:1:200 2:3:198 3:4:194 4:5:190 5:2:0"_qs);
    QCOMPARE(s.row(u"2"_qs)->events, 0);
    QCOMPARE(s.row(u"5"_qs)->events, 2);
    QCOMPARE(s.row(u"1"_qs)->netWeight.toString(), u"50.00"_qs);
}

QTEST_GUILESS_MAIN(TestSeason)
#include "tst_season.moc"
