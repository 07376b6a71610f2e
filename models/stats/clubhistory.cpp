#include "stats/clubhistory.h"

#include "store/query.h"
#include "store/store.h"
#include "scoring/seasonscorer.h"
#include "tournaments/seasonloader.h"

#include <QHash>

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

    // The lake of each tournament (SeasonLoader gives the engine's inputs, which have none).
    struct Lake
    {
        QString id;
        QString name;
    };
    QHash<QString, Lake> lakeOf;
    {
        Query q(store.database(),
                QStringLiteral("SELECT t.id AS id, l.id AS lake_id, l.name AS lake_name "
                               "FROM tournaments t JOIN lakes l ON l.id = t.lake_id "
                               "AND l.deleted = 0 WHERE t.deleted = 0") +
                    (season > 0 ? QStringLiteral(" AND t.season = ?") : QString()));
        q.statement().setForwardOnly(true);
        if (season > 0)
            q.bind(season);
        if (Status s = q.exec(tr("read the lakes of the tournaments")); !s)
            return R::failure(s.error());
        while (q.next())
            lakeOf.insert(q.value("id").toString(),
                          {q.value("lake_id").toString(), q.value("lake_name").toString()});
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
            const Lake lake = lakeOf.value(in.id);
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
