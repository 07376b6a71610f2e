// sabc-bench: times the scoring engine on a synthetic club history (1,000 anglers, 25 seasons of
// 20 tournaments with 60 entries each: 30,000 entries) and prints the figures. Targets: all
// seasons' standings from scratch under 20 ms; one edited entry to updated standings under 1 ms;
// the Club data page on that history written to a club file under 200 ms (`sabc-bench clubdata`).
#include "bench/benchhistory.h"
#include "bench/leaderboard_bench.h"
#include "bench/clubdata_bench.h"
#include "bench/live_bench.h"
#include "scoring/payoutcalculator.h"
#include "scoring/seasonscorer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <vector>

namespace {

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    // The Club data page is filled as on screen; no screen is needed for that.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    if (app.arguments().value(1) == QLatin1String("clubdata")) {
        runClubDataBenchmark(out);
        return 0;
    }
    if (app.arguments().value(1) == QLatin1String("live")) {
        runLiveBenchmark(out);
        return 0;
    }
    QRandomGenerator rng(historySeed);
    const Ruleset ruleset = Ruleset::sabc2025();

    QList<QList<TournamentInput>> history;
    for (int s = 0; s < seasonCount; ++s)
        history.append(randomSeason(rng, firstSeason + s));
    out << "sabc-bench: " << anglerCount << " anglers, " << seasonCount << " seasons x "
        << tournamentsPerSeason << " tournaments x " << entriesPerTournament
        << " entries = " << seasonCount * tournamentsPerSeason * entriesPerTournament
        << " entries\n";

    // 1. Score every tournament (places, points, boats).
    std::vector<SeasonScorer> seasons;
    seasons.reserve(seasonCount);
    QElapsedTimer timer;
    timer.start();
    for (const QList<TournamentInput> &t : std::as_const(history)) {
        seasons.emplace_back(ruleset, t);
        (void)seasons.back().scoredTournaments();
    }
    const qint64 scoreAll = timer.nsecsElapsed();

    // Payouts of all 500 tournaments, big bass carried across seasons.
    timer.restart();
    QList<PayoutCalculator::Step> steps;
    for (SeasonScorer &s : seasons)
        for (const ScoredTournament &t : s.scoredTournaments())
            steps.append({&t.result, &t.boats, ruleset, t.cancelled, Money()});
    const QList<TournamentPayouts> payouts = PayoutCalculator::chain(steps);
    const qint64 payAll = timer.nsecsElapsed();
    bool balanced = true;
    for (const TournamentPayouts &p : payouts)
        balanced = balanced && p.balances();

    // 2. All seasons' standings from scratch (from the scored tournaments), best of 15 runs.
    std::vector<qint64> scratch;
    int rows = 0;
    for (int run = 0; run < 15; ++run) {
        timer.restart();
        rows = 0;
        for (SeasonScorer &s : seasons)
            rows += int(SeasonStandings::compute(s.scoredTournaments(), ruleset).rows.size());
        scratch.push_back(timer.nsecsElapsed());
    }
    std::sort(scratch.begin(), scratch.end());

    // 3. One edited entry -> rescored tournament -> updated season standings, 500 edits.
    std::vector<qint64> edits;
    for (int i = 0; i < 500; ++i) {
        SeasonScorer &s = seasons[size_t(rng.bounded(seasonCount))];
        (void)s.standings();
        const int t = int(rng.bounded(tournamentsPerSeason));
        const int e = int(rng.bounded(entriesPerTournament));
        Entry edited = s.tournament(t).entries.at(e);
        edited.buyIn = false;
        edited.dq = false;
        edited.lateMinutes = 0;
        edited.dead = 0;
        edited.fish = 5;
        edited.gross = Weight::fromHundredths(500 + int(rng.bounded(2000)));
        edited.bigBass = Weight::fromHundredths(edited.gross.hundredths() / 4);
        timer.restart();
        s.setEntry(t, e, edited);
        const SeasonStandings &standings = s.standings();
        edits.push_back(timer.nsecsElapsed());
        if (standings.rows.isEmpty())
            return 1;
    }
    std::sort(edits.begin(), edits.end());

    out << QStringLiteral("score all 500 tournaments:          %1 ms\n")
               .arg(ms(scoreAll), 0, 'f', 2);
    out << QStringLiteral("payouts of all 500 (with carryover): %1 ms, balanced: %2\n")
               .arg(ms(payAll), 0, 'f', 2)
               .arg(balanced ? QStringLiteral("yes") : QStringLiteral("NO"));
    out << QStringLiteral("all 25 seasons' standings from scratch (%1 rows): median %2 ms, "
                          "best %3 ms, worst %4 ms  [target < 20 ms: %5]\n")
               .arg(rows)
               .arg(ms(scratch[scratch.size() / 2]), 0, 'f', 3)
               .arg(ms(scratch.front()), 0, 'f', 3)
               .arg(ms(scratch.back()), 0, 'f', 3)
               .arg(ms(scratch[scratch.size() / 2]) < 20 ? QStringLiteral("met")
                                                         : QStringLiteral("MISSED"));
    out << QStringLiteral("one edited entry to updated standings: median %1 ms, p95 %2 ms, "
                          "worst %3 ms  [target < 1 ms: %4]\n")
               .arg(ms(edits[edits.size() / 2]), 0, 'f', 3)
               .arg(ms(edits[edits.size() * 95 / 100]), 0, 'f', 3)
               .arg(ms(edits.back()), 0, 'f', 3)
               .arg(ms(edits[edits.size() / 2]) < 1 ? QStringLiteral("met")
                                                    : QStringLiteral("MISSED"));

    out << '\n';
    runLeaderboardBenchmark(out);
    runLiveBenchmark(out);
    runClubDataBenchmark(out);
    out.flush();
    return 0;
}
