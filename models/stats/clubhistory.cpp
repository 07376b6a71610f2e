#include "stats/clubhistory.h"

#include "store/store.h"
#include "scoring/seasonscorer.h"
#include "tournaments/seasonloader.h"

#include <algorithm>

const HistorySeason *ClubHistory::season(int year) const
{
    for (const HistorySeason &s : seasons)
        if (s.season == year)
            return &s;
    return nullptr;
}

Result<ClubHistory> ClubHistoryLoader::load(Store &store, int season, Standings standings)
{
    using R = Result<ClubHistory>;
    // Every season in one pass over the club (not one pass per season).
    QList<LoadedSeason> seasons;
    if (season > 0) {
        auto loaded = SeasonLoader::load(store.database(), season);
        if (!loaded)
            return R::failure(loaded.error());
        seasons.append(loaded.value());
    } else {
        auto loaded = SeasonLoader::loadAll(store.database());
        if (!loaded)
            return R::failure(loaded.error());
        seasons = std::move(loaded).value();
    }

    ClubHistory history;
    for (const LoadedSeason &loaded : std::as_const(seasons)) {
        const int year = loaded.season;
        SeasonScorer scorer(loaded.ruleset, loaded.tournaments);
        const QList<ScoredTournament> &scored = scorer.scoredTournaments();
        bool anyIndividual = false;
        bool anyTeam = false;
        for (qsizetype i = 0; i < scored.size(); ++i) {
            const TournamentInput &in = loaded.tournaments.at(i);
            if (in.cancelled)
                continue;
            HistoryTournament t;
            t.id = in.id;
            t.name = in.name;
            t.date = in.date;
            t.season = year;
            const TournamentLake &lake = loaded.lakes.at(i);
            t.lakeId = lake.id;
            t.lakeName = lake.name;
            t.format = in.format;
            t.paper = in.paper;
            t.fishLimit = TournamentScorer::effectiveRuleset(in, loaded.ruleset).fishLimit;
            t.result = scored.at(i).result;
            t.boats = scored.at(i).boats;
            (in.format == TournamentFormat::Team ? anyTeam : anyIndividual) = true;
            history.tournaments.append(std::move(t));
        }
        HistorySeason s;
        s.season = year;
        s.teamSeason = anyTeam && !anyIndividual;
        if (standings == Standings::Computed)
            s.standings = scorer.standings();
        history.seasons.append(std::move(s));
    }
    std::stable_sort(history.tournaments.begin(), history.tournaments.end(),
                     [](const HistoryTournament &a, const HistoryTournament &b) {
                         return a.date < b.date;
                     });
    return history;
}
