// Tests of models/stats/ on the hand-made club of statsfixture.h, where every figure is worked
// out by hand: a tournament's statistics (individual and team), the club data tables (lakes, top
// ten big bass, limits and zeros, members and guests, winning weights, participation), an
// angler's profile, a lake's history with the same month of the previous four years, one season
// alone, and the CSV and JSON shapes of the tables.
#include "stats/anglerprofile.h"
#include "stats/clubdata.h"
#include "stats/clubhistory.h"
#include "stats/tournamentstats.h"
#include "tests/statsfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

class TestStats : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void history();
    void tournamentStatsIndividual();
    void tournamentStatsTeam();
    void lakes();
    void bigBass();
    void years();
    void participation();
    void oneSeason();
    void profile();
    void lakeHistory();
    void tablesAsCsvAndJson();

private:
    const HistoryTournament &tournament(const char *key) const;
    StatsFixture m_club;
    ClubHistory m_history;
    ClubData m_data;
};

static Weight lb(int hundredths)
{
    return Weight::fromHundredths(hundredths);
}

void TestStats::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_club.build());
    auto history = ClubHistoryLoader::load(*m_club.store);
    QVERIFY2(history.ok(), qPrintable(history.error()));
    m_history = history.value();
    m_data = ClubData::compute(m_history);
}

const HistoryTournament &TestStats::tournament(const char *key) const
{
    const QString id = m_club.ids.value(QLatin1String(key));
    for (const HistoryTournament &t : m_history.tournaments)
        if (t.id == id)
            return t;
    static HistoryTournament none;
    return none;
}

void TestStats::history()
{
    // The cancelled T3 is left out; date order; lakes and fish limits known.
    QCOMPARE(m_history.tournaments.size(), 4);
    QStringList names;
    for (const HistoryTournament &t : m_history.tournaments)
        names << t.name;
    QCOMPARE(names, (QStringList{u"March 2024"_qs, u"April 2024"_qs, u"March 2025"_qs,
                                 u"March 2026"_qs}));
    QCOMPARE(tournament("T1").lakeName, u"Travis"_qs);
    QCOMPARE(tournament("T5").lakeName, u"Buchanan"_qs);
    QVERIFY(tournament("T5").byBoat());
    QCOMPARE(tournament("T1").fishLimit, 5);
    QCOMPARE(m_history.seasons.size(), 3);
    QVERIFY(!m_history.season(2024)->teamSeason);
    QVERIFY(m_history.season(2026)->teamSeason);
    // The deleted entry of Di in T2 is not there.
    QVERIFY(!tournament("T2").result.find(m_club.ids.value(u"Di"_qs)));
}

void TestStats::tournamentStatsIndividual()
{
    // T1: Al 14.75 (15.00 less one dead fish), Bo 9.00, Cy zero, Di 16.00 (guest); Ed's buy-in
    // fished nothing. Boats: Al+Bo, Cy alone, Di alone.
    const HistoryTournament &t1 = tournament("T1");
    TournamentStats s = TournamentStats::compute(t1.result, t1.boats, t1.format, t1.fishLimit);
    QVERIFY(!s.byBoat);
    QCOMPARE(s.anglers, 4);
    QCOMPARE(s.members, 3);
    QCOMPARE(s.guests, 1);
    QCOMPARE(s.boats, 3);
    QCOMPARE(s.stringers, 4);
    QCOMPARE(s.fish, 13);
    QCOMPARE(s.limits, 2);
    QCOMPARE(s.zeros, 1);
    QCOMPARE(s.total, lb(3975));
    QCOMPARE(s.average, lb(994)); // 39.75 / 4 = 9.9375, half up
    QCOMPARE(s.heaviest, lb(1600));
    QCOMPARE(s.heaviestName, u"Di"_qs);
    QCOMPARE(s.bigBass, lb(700));
    QCOMPARE(s.bigBassName, u"Di"_qs);
    QCOMPARE(s.top, (QList<Weight>{lb(1600), lb(1475), lb(900), lb(0)}));

    // T2: Cy's DQ fished but weighs nothing: 14 fish, 3 stringers, 40.00 lb.
    const HistoryTournament &t2 = tournament("T2");
    s = TournamentStats::compute(t2.result, t2.boats, t2.format, t2.fishLimit);
    QCOMPARE(s.anglers, 4);
    QCOMPARE(s.weighedAnglers, 3);
    QCOMPARE(s.stringers, 3);
    QCOMPARE(s.fish, 14);
    QCOMPARE(s.limits, 2);
    QCOMPARE(s.zeros, 0);
    QCOMPARE(s.total, lb(4000));
    QCOMPARE(s.average, lb(1333));
    QCOMPARE(s.heaviestName, u"Bo"_qs);
    QCOMPARE(s.bigBass, lb(810));
    QVERIFY(s.summaryText().contains(u"4 anglers"_qs));
    QVERIFY(s.summaryText().contains(u"big bass 8.10 lb (Bo)"_qs));
    QCOMPARE(s.figures().size(), 8);
}

void TestStats::tournamentStatsTeam()
{
    // T5 counts boats: Al & Bo 5 fish 16.00 (a limit), Cy & Di 1 fish 3.00, Ed a zero.
    const HistoryTournament &t5 = tournament("T5");
    TournamentStats s = TournamentStats::compute(t5.result, t5.boats, t5.format, t5.fishLimit);
    QVERIFY(s.byBoat);
    QCOMPARE(s.anglers, 5);
    QCOMPARE(s.boats, 3);
    QCOMPARE(s.stringers, 3);
    QCOMPARE(s.fish, 6);
    QCOMPARE(s.limits, 1);
    QCOMPARE(s.zeros, 1);
    QCOMPARE(s.total, lb(1900));
    QCOMPARE(s.average, lb(633));
    QCOMPARE(s.heaviest, lb(1600));
    QCOMPARE(s.heaviestName, u"Al & Bo"_qs);
    QCOMPARE(s.bigBass, lb(500));
    QCOMPARE(s.bigBassName, u"Al & Bo"_qs);
    QCOMPARE(s.top, (QList<Weight>{lb(1600), lb(300), lb(0)}));
}

void TestStats::lakes()
{
    QCOMPARE(m_data.lakes.size(), 2);
    // Both fished twice: by name.
    const LakeStats &b = m_data.lakes.at(0);
    const LakeStats &t = m_data.lakes.at(1);
    QCOMPARE(b.lake, u"Buchanan"_qs);
    QCOMPARE(t.lake, u"Travis"_qs);
    // Travis: T1 and T4 (the cancelled T3 left out).
    QCOMPARE(t.tournaments, 2);
    QCOMPARE(t.lastFished, QDate(2025, 3, 23));
    QCOMPARE(t.anglers, 7);
    QCOMPARE(t.total, lb(7425));
    QCOMPARE(t.averagePerAngler(), lb(1061)); // 74.25 / 7
    QCOMPARE(t.limits, 4);
    QCOMPARE(t.zeros, 2);
    QCOMPARE(t.heaviest, lb(2000));
    QCOMPARE(t.bigBass, lb(900));
    QCOMPARE(t.bigBassName, u"Al"_qs);
    QCOMPARE(t.bigBassDate, QDate(2025, 3, 23));
    QCOMPARE(t.averagePlace(0), lb(1800)); // (16.00 + 20.00) / 2
    QCOMPARE(t.averagePlace(1), lb(1463)); // (14.75 + 14.50) / 2, half up
    QCOMPARE(t.averagePlace(2), lb(450));  // (9.00 + 0) / 2
    // Buchanan: T2 (3 anglers weighed, Cy's DQ not) and T5 (5 anglers in boats).
    QCOMPARE(b.tournaments, 2);
    QCOMPARE(b.lastFished, QDate(2026, 3, 22));
    QCOMPARE(b.anglers, 9);
    QCOMPARE(b.weighedAnglers, 8);
    QCOMPARE(b.averagePerAngler(), lb(738)); // 59.00 / 8 = 7.375
    QCOMPARE(b.limits, 3);
    QCOMPARE(b.zeros, 1);
    QCOMPARE(b.heaviest, lb(1800));
    QCOMPARE(b.bigBass, lb(810));
    QCOMPARE(b.bigBassName, u"Bo"_qs);
    QCOMPARE(b.averagePlace(0), lb(1700));
    QCOMPARE(b.averagePlace(1), lb(750));
    QCOMPARE(b.averagePlace(2), lb(500));
}

void TestStats::bigBass()
{
    // The cancelled 10.00, the deleted 9.99 and the DQ'd 3.00 are left out; equal fish share a
    // rank, the earlier first.
    QCOMPARE(m_data.bigBass.size(), 10);
    QList<int> weights;
    QStringList names;
    for (const BigBassRecord &r : m_data.bigBass) {
        weights << r.weight.hundredths();
        names << r.name;
    }
    QCOMPARE(weights, (QList<int>{900, 810, 700, 620, 500, 500, 400, 400, 350, 300}));
    QCOMPARE(names, (QStringList{u"Al"_qs, u"Bo"_qs, u"Di"_qs, u"Al"_qs, u"Cy"_qs, u"Al & Bo"_qs,
                                 u"Bo"_qs, u"Ed"_qs, u"Al"_qs, u"Cy & Di"_qs}));
    QCOMPARE(m_data.bigBass.first().lake, u"Travis"_qs);
    QCOMPARE(m_data.bigBass.first().date, QDate(2025, 3, 23));
    const StatsTable table = m_data.tables().at(1);
    QCOMPARE(table.key, u"big_bass"_qs);
    QList<int> ranks;
    for (const QVariantList &row : table.rows)
        ranks << row.at(0).toInt();
    QCOMPARE(ranks, (QList<int>{1, 2, 3, 4, 5, 5, 7, 7, 9, 10}));
}

void TestStats::years()
{
    QCOMPARE(m_data.years.size(), 3);
    const YearStats &y24 = m_data.years.at(0);
    QCOMPARE(y24.season, 2024);
    QCOMPARE(y24.tournaments, 2);
    QCOMPARE(y24.stringers, 7);
    QCOMPARE(y24.limits, 4);
    QCOMPARE(y24.zeros, 1);
    QCOMPARE(y24.memberAnglers, 4); // Al, Bo, Cy, Ed
    QCOMPARE(y24.guestAnglers, 1);  // Di
    QCOMPARE(y24.memberEntries, 7);
    QCOMPARE(y24.guestEntries, 1);
    QCOMPARE(y24.averagePlace(0), lb(1700));
    QCOMPARE(y24.averagePlace(1), lb(1338)); // (14.75 + 12.00) / 2, half up
    QCOMPARE(y24.averagePlace(2), lb(950));
    const YearStats &y25 = m_data.years.at(1);
    QCOMPARE(y25.season, 2025);
    QCOMPARE(y25.stringers, 3);
    QCOMPARE(y25.limits, 2);
    QCOMPARE(y25.zeros, 1);
    QCOMPARE(y25.memberAnglers, 2);
    QCOMPARE(y25.guestAnglers, 1);
    QCOMPARE(y25.averagePlace(0), lb(2000));
    QCOMPARE(y25.averagePlace(1), lb(1450));
    QCOMPARE(y25.averagePlace(2), lb(0));
    const YearStats &y26 = m_data.years.at(2);
    QCOMPARE(y26.season, 2026);
    QCOMPARE(y26.stringers, 3); // boats
    QCOMPARE(y26.limits, 1);
    QCOMPARE(y26.zeros, 1);
    QCOMPARE(y26.memberAnglers, 4);
    QCOMPARE(y26.guestAnglers, 1);
    QCOMPARE(y26.memberEntries, 4);
    QCOMPARE(y26.guestEntries, 1);
    QCOMPARE(y26.averagePlace(0), lb(1600));
    QCOMPARE(y26.averagePlace(1), lb(300));
}

void TestStats::participation()
{
    QCOMPARE(m_data.participation.size(), 4);
    const ParticipationRow &p1 = m_data.participation.at(0);
    QCOMPARE(p1.date, QDate(2024, 3, 24));
    QCOMPARE(p1.lake, u"Travis"_qs);
    QCOMPARE(p1.anglers, 4);
    QCOMPARE(p1.boats, 3);
    QCOMPARE(p1.members, 3);
    QCOMPARE(p1.guests, 1);
    const ParticipationRow &p2 = m_data.participation.at(1);
    QCOMPARE(p2.anglers, 4);
    QCOMPARE(p2.boats, 4);
    QCOMPARE(p2.members, 4);
    QCOMPARE(p2.guests, 0);
    const ParticipationRow &p5 = m_data.participation.at(3);
    QVERIFY(p5.byBoat);
    QCOMPARE(p5.anglers, 5);
    QCOMPARE(p5.boats, 3);
    QCOMPARE(p5.members, 4);
    QCOMPARE(p5.guests, 1);
}

void TestStats::oneSeason()
{
    auto history = ClubHistoryLoader::load(*m_club.store, 2025);
    QVERIFY2(history.ok(), qPrintable(history.error()));
    QCOMPARE(history->tournaments.size(), 1);
    const ClubData data = ClubData::compute(history.value(), 2025);
    QCOMPARE(data.season, 2025);
    QCOMPARE(data.lakes.size(), 1);
    QCOMPARE(data.lakes.first().lake, u"Travis"_qs);
    QCOMPARE(data.lakes.first().anglers, 3);
    QCOMPARE(data.lakes.first().averagePerAngler(), lb(1150)); // 34.50 / 3
    QCOMPARE(data.bigBass.size(), 2);
    QCOMPARE(data.years.size(), 1);
    // The same figures when the whole history is filtered to the season.
    const ClubData filtered = ClubData::compute(m_history, 2025);
    QCOMPARE(filtered.lakes.first().total, data.lakes.first().total);
    QCOMPARE(filtered.participation.size(), 1);
}

void TestStats::profile()
{
    const AnglerProfile al = AnglerProfile::compute(m_history, m_club.ids.value(u"Al"_qs));
    QCOMPARE(al.name, u"Al"_qs);
    QCOMPARE(al.events, 4);
    QCOMPARE(al.points, 298); // 100 (2nd behind a guest) + 98 + 100; none in team format
    QCOMPARE(al.places, (std::array<int, 3>{2, 1, 1}));
    QCOMPARE(al.bestStringer, lb(2000));
    QCOMPARE(al.bestStringerTournament, u"March 2025"_qs);
    QCOMPARE(al.biggestBass, lb(900));
    QCOMPARE(al.biggestBassDate, QDate(2025, 3, 23));
    QCOMPARE(al.years.size(), 3);
    const ProfileYear &y24 = al.years.at(0);
    QCOMPARE(y24.season, 2024);
    QCOMPARE(y24.events, 2);
    QCOMPARE(y24.points, 198);
    QCOMPARE(y24.places, (std::array<int, 3>{0, 1, 1}));
    QCOMPARE(y24.total, lb(2475));
    // 2024: Bo 199, Al 198, Ed 194, Cy 97.
    QCOMPARE(y24.aoyRank, 2);
    QCOMPARE(y24.aoyRanked, 4);
    QCOMPARE(al.years.at(1).aoyRank, 1);
    QCOMPARE(al.years.at(1).aoyRanked, 2);
    QCOMPARE(al.years.at(2).aoyRank, 0); // a team season
    QCOMPARE(al.years.at(2).places, (std::array<int, 3>{1, 0, 0}));
    QCOMPARE(al.aoyFinishesText(), u"2 of 4 in 2024, 1 of 2 in 2025"_qs);
    // March: 14.75, 20.00 and the boat's 16.00; April: 10.00.
    QCOMPARE(al.monthWeighIns.at(2), 3);
    QCOMPARE(al.monthTotal.at(2), lb(5075));
    QCOMPARE(al.monthAverage(2), lb(1692));
    QCOMPARE(al.monthWeighIns.at(3), 1);
    QCOMPARE(al.monthAverage(3), lb(1000));
    QCOMPARE(al.monthWeighIns.at(4), 0);
    const QList<StatsTable> tables = al.tables();
    QCOMPARE(tables.size(), 2);
    QCOMPARE(tables.at(0).rows.size(), 3);
    QCOMPARE(tables.at(1).rows.size(), 2); // March and April

    // A guest: places but no points and no Angler of the Year; a buy-in is an event.
    const AnglerProfile di = AnglerProfile::compute(m_history, m_club.ids.value(u"Di"_qs));
    QCOMPARE(di.events, 3);
    QCOMPARE(di.points, 0);
    QCOMPARE(di.places, (std::array<int, 3>{1, 1, 1})); // T1 1st, T5 boat 2nd, T4 3rd
    QVERIFY(di.aoyFinishesText().isEmpty());
    const AnglerProfile ed = AnglerProfile::compute(m_history, m_club.ids.value(u"Ed"_qs));
    QCOMPARE(ed.events, 3);
    QCOMPARE(ed.points, 95 + 99);
    QCOMPARE(ed.years.at(0).aoyRank, 3);
    const AnglerProfile nobody = AnglerProfile::compute(m_history, u"no-such-angler"_qs);
    QCOMPARE(nobody.events, 0);
    QVERIFY(nobody.years.isEmpty());
}

void TestStats::lakeHistory()
{
    // Choosing Travis for 2027-03-28.
    const LakeHistory h =
        LakeHistory::compute(m_history, m_club.ids.value(u"Travis"_qs), QDate(2027, 3, 28));
    QCOMPARE(h.lake.lake, u"Travis"_qs);
    QCOMPARE(h.lake.tournaments, 2);
    QCOMPARE(h.lake.lastFished, QDate(2025, 3, 23));
    QCOMPARE(h.lake.averagePerAngler(), lb(1061));
    QCOMPARE(h.lake.limits, 4);
    QCOMPARE(h.lake.zeros, 2);
    QCOMPARE(h.lake.bigBass, lb(900));
    QCOMPARE(h.lake.bigBassName, u"Al"_qs);
    QCOMPARE(h.sameMonth.size(), 4);
    QCOMPARE(h.sameMonth.at(0).year, 2026);
    QCOMPARE(h.sameMonth.at(0).lake, u"Buchanan"_qs);
    QCOMPARE(h.sameMonth.at(0).anglers, 5);
    QCOMPARE(h.sameMonth.at(0).limits, 1);
    QCOMPARE(h.sameMonth.at(0).zeros, 1);
    QCOMPARE(h.sameMonth.at(0).top, (QList<Weight>{lb(1600), lb(300), lb(0)}));
    QCOMPARE(h.sameMonth.at(1).year, 2025);
    QCOMPARE(h.sameMonth.at(1).lake, u"Travis"_qs);
    QCOMPARE(h.sameMonth.at(1).top, (QList<Weight>{lb(2000), lb(1450), lb(0)}));
    QCOMPARE(h.sameMonth.at(2).year, 2024);
    QCOMPARE(h.sameMonth.at(2).anglers, 4);
    QCOMPARE(h.sameMonth.at(2).limits, 2);
    QCOMPARE(h.sameMonth.at(2).zeros, 1);
    QCOMPARE(h.sameMonth.at(2).top, (QList<Weight>{lb(1600), lb(1475), lb(900)}));
    QCOMPARE(h.sameMonth.at(3).year, 2023);
    QVERIFY(!h.sameMonth.at(3).held);

    // Only what came before the date, and never the tournament itself.
    const LakeHistory before = LakeHistory::compute(m_history, m_club.ids.value(u"Travis"_qs),
                                                    QDate(2025, 3, 23), m_club.ids.value(u"T4"_qs));
    QCOMPARE(before.lake.tournaments, 1);
    QCOMPARE(before.lake.lastFished, QDate(2024, 3, 24));
    QCOMPARE(before.sameMonth.at(0).year, 2024);
    QVERIFY(before.sameMonth.at(0).held);
    // A lake never fished.
    const LakeHistory none = LakeHistory::compute(m_history, u"new-lake"_qs, QDate(2027, 6, 27));
    QCOMPARE(none.lake.tournaments, 0);
    QVERIFY(!none.lake.lastFished.isValid());
    QCOMPARE(none.sameMonth.size(), 4);
    for (const SameMonthRow &r : none.sameMonth)
        QVERIFY(!r.held);
}

void TestStats::tablesAsCsvAndJson()
{
    const QList<StatsTable> tables = m_data.tables();
    QStringList keys;
    for (const StatsTable &t : tables)
        keys << t.key;
    QCOMPARE(keys, (QStringList{u"lakes"_qs, u"big_bass"_qs, u"limits_zeros"_qs,
                                u"members_guests"_qs, u"winning_weights_by_year"_qs,
                                u"winning_weights_by_lake"_qs, u"participation"_qs}));
    const QString csv = QString::fromUtf8(StatsTable::toCsv(tables));
    QVERIFY(csv.startsWith(u"lakes\nlake,tournaments,last_fished,anglers,average_per_angler,"
                           "limits,zeros,heaviest,big_bass,big_bass_by,big_bass_date\n"
                           "Buchanan,2,2026-03-22,9,7.38,3,1,18.00,8.10,Bo,2024-04-28\n"
                           "Travis,2,2025-03-23,7,10.61,4,2,20.00,9.00,Al,2025-03-23\n\n"
                           "big_bass\nrank,weight,angler,date,tournament,lake\n"
                           "1,9.00,Al,2025-03-23,March 2025,Travis\n"_qs));
    QVERIFY(csv.contains(u"limits_zeros\nseason,tournaments,stringers,limits,zeros\n"
                         "2024,2,7,4,1\n2025,1,3,2,1\n2026,1,3,1,1\n"_qs));
    QVERIFY(csv.contains(u"winning_weights_by_year\nseason,tournaments,first,second,third\n"
                         "2024,2,17.00,13.38,9.50\n"_qs));
    QVERIFY(csv.contains(u"2024-03-24,March 2024,Travis,4,3,3,1\n"_qs));

    const QJsonObject json = QJsonDocument::fromJson(StatsTable::toJson(tables, 0)).object();
    QVERIFY(json.value(u"season"_qs).isNull());
    QCOMPARE(json.value(u"big_bass"_qs).toArray().size(), 10);
    const QJsonObject travis = json.value(u"lakes"_qs).toArray().at(1).toObject();
    QCOMPARE(travis.value(u"lake"_qs).toString(), u"Travis"_qs);
    QCOMPARE(travis.value(u"tournaments"_qs).toInt(), 2);
    QCOMPARE(travis.value(u"average_per_angler"_qs).toDouble(), 10.61);
    QCOMPARE(travis.value(u"last_fished"_qs).toString(), u"2025-03-23"_qs);
    const QJsonObject third = json.value(u"winning_weights_by_year"_qs).toArray().at(1).toObject();
    QCOMPARE(third.value(u"third"_qs).toDouble(), 0.0);

    // The printable report holds every table, with the year charts.
    const Report report = m_data.report(u"Stats Bass Club"_qs);
    QCOMPARE(report.tables().size(), 7);
    QCOMPARE(report.images().size(), 2);
}

QTEST_MAIN(TestStats)
#include "tst_stats.moc"
