#include "tournaments/seasonview.h"

#include "scoring/seasonscorer.h"
#include "store/store.h"
#include "tournaments/seasonloader.h"
#include "tournaments/tournamentstore.h"

#include <algorithm>
#include <functional>

bool SeasonView::teamSeason() const
{
    bool any = false;
    for (const ScoredTournament &t : tournaments) {
        if (t.cancelled)
            continue;
        if (t.format == TournamentFormat::Individual)
            return false;
        any = true;
    }
    return any;
}

Result<SeasonView> SeasonViewLoader::load(Store &store, int season, bool leaveOutProvisional)
{
    auto loaded = SeasonLoader::load(store.database(), season);
    if (!loaded)
        return Result<SeasonView>::failure(loaded.error());
    SeasonView view;
    QList<TournamentInput> counted;
    for (const TournamentInput &t : std::as_const(loaded->tournaments)) {
        if (!t.completed && !t.cancelled && !t.entries.isEmpty()) {
            view.provisional.append({t.id, t.name, t.date, int(t.entries.size())});
            if (leaveOutProvisional)
                continue;
        }
        counted.append(t);
    }
    view.provisionalLeftOut = leaveOutProvisional && !view.provisional.isEmpty();
    SeasonScorer scorer(loaded->ruleset, counted);
    view.season = season;
    view.ruleset = loaded->ruleset;
    view.tournaments = scorer.scoredTournaments();
    view.standings = scorer.standings();
    return view;
}

Result<QList<int>> SeasonViewLoader::seasons(Store &store)
{
    auto stored = TournamentStore(store).seasons();
    if (!stored)
        return stored;
    QList<int> seasons = stored.value();
    const int current = store.currentSeason();
    if (!seasons.contains(current)) {
        seasons.append(current);
        std::sort(seasons.begin(), seasons.end(), std::greater<>());
    }
    return seasons;
}
