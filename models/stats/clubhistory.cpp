#include "stats/clubhistory.h"

#include "store/query.h"
#include "store/store.h"
#include "scoring/seasonscorer.h"
#include "tournaments/seasonloader.h"

#include <QHash>
#include <QtConcurrent/QtConcurrentMap>

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

    // Each season scored on its own (seasons share nothing but read-only data), on every core.
    struct ScoredSeason
    {
        QList<HistoryTournament> tournaments;
        HistorySeason season;
    };
    const QHash<QString, Lake> &lakes = lakeOf;
    const auto scoreSeason = [&lakes, standings](const LoadedSeason &loaded) {
        ScoredSeason out;
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
            const Lake lake = lakes.value(in.id);
            t.lakeId = lake.id;
            t.lakeName = lake.name;
            t.format = in.format;
            t.paper = in.paper;
            t.fishLimit = TournamentScorer::effectiveRuleset(in, loaded.ruleset).fishLimit;
            t.result = scored.at(i).result;
            t.boats = scored.at(i).boats;
            (in.format == TournamentFormat::Team ? anyTeam : anyIndividual) = true;
            out.tournaments.append(std::move(t));
        }
        out.season.season = year;
        out.season.teamSeason = anyTeam && !anyIndividual;
        if (standings == Standings::Computed)
            out.season.standings = scorer.standings();
        return out;
    };
    QList<ScoredSeason> scored =
        seasons.size() > 1 ? QtConcurrent::blockingMapped<QList<ScoredSeason>>(seasons, scoreSeason)
                           : QList<ScoredSeason>();
    if (seasons.size() == 1)
        scored.append(scoreSeason(seasons.first()));

    ClubHistory history;
    for (ScoredSeason &s : scored) {
        history.tournaments.append(std::move(s.tournaments));
        history.seasons.append(std::move(s.season));
    }
    std::stable_sort(history.tournaments.begin(), history.tournaments.end(),
                     [](const HistoryTournament &a, const HistoryTournament &b) {
                         return a.date < b.date;
                     });
    return history;
}
