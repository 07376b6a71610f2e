#include "tournaments/seasonloader.h"

#include "store/query.h"
#include "tournaments/rows.h"
#include "tournaments/rulesetstore.h"

#include <QHash>

Result<LoadedSeason> SeasonLoader::load(const QSqlDatabase &db, int season)
{
    auto loaded = read(db, season);
    if (!loaded)
        return Result<LoadedSeason>::failure(loaded.error());
    if (!loaded->isEmpty())
        return loaded->first();
    // A season without tournaments: its ruleset all the same.
    auto ruleset = RulesetStore(db).forSeason(season);
    if (!ruleset)
        return Result<LoadedSeason>::failure(ruleset.error());
    LoadedSeason empty;
    empty.season = season;
    empty.ruleset = ruleset.value();
    return empty;
}

Result<QList<LoadedSeason>> SeasonLoader::loadAll(const QSqlDatabase &db)
{
    return read(db, 0);
}

// One season, or every season (0) in the same four statements: each statement reads the whole
// club once instead of once per season.
Result<QList<LoadedSeason>> SeasonLoader::read(const QSqlDatabase &db, int season)
{
    using R = Result<QList<LoadedSeason>>;
    if (!db.isOpen())
        return R::failure(tr("The database is not open."));
    const QString seasonFilter = season > 0 ? QStringLiteral("t.season = ? AND ") : QString();
    QList<LoadedSeason> seasons;
    QHash<int, qsizetype> seasonIndex;

    struct TournamentRef
    {
        qsizetype season;
        qsizetype tournament;
    };
    QHash<QString, TournamentRef> tournamentIndex;
    {
        Query q(db, QStringLiteral("SELECT ") + rows::tournamentSelect +
                        QStringLiteral("WHERE ") + seasonFilter +
                        QStringLiteral("t.deleted = 0 ORDER BY t.season, t.event_date, t.id"));
        q.statement().setForwardOnly(true);
        if (season > 0)
            q.bind(season);
        if (Status s = q.exec(tr("read the season's tournaments")); !s)
            return R::failure(s.error());
        while (q.next()) {
            const TournamentRecord record = rows::tournament(q);
            auto si = seasonIndex.constFind(record.season);
            if (si == seasonIndex.cend()) {
                LoadedSeason loaded;
                loaded.season = record.season;
                auto ruleset = RulesetStore(db).forSeason(record.season);
                if (!ruleset)
                    return R::failure(ruleset.error());
                loaded.ruleset = ruleset.value();
                si = seasonIndex.insert(record.season, seasons.size());
                seasons.append(loaded);
            }
            TournamentInput t;
            t.id = record.id;
            t.name = record.name;
            t.date = record.date;
            t.format = record.format;
            t.fishLimit = record.fishLimit;
            t.entryFee = record.entryFee;
            t.feeBasis = record.feeUnit;
            t.paper = record.paper;
            t.cancelled = record.cancelled;
            t.completed = record.completed;
            QList<TournamentInput> &list = seasons[*si].tournaments;
            tournamentIndex.insert(t.id, {*si, list.size()});
            list.append(t);
        }
    }
    auto tournamentOf = [&](const QString &id) -> TournamentInput * {
        const auto t = tournamentIndex.constFind(id);
        return t == tournamentIndex.cend() ? nullptr
                                           : &seasons[t->season].tournaments[t->tournament];
    };

    struct EntryRef
    {
        TournamentInput *tournament;
        qsizetype entry;
    };
    QHash<QString, EntryRef> entryIndex;
    {
        Query q(db, QStringLiteral("SELECT ") + rows::entrySelect +
                        QStringLiteral("JOIN tournaments t ON t.id = e.tournament_id WHERE ") +
                        seasonFilter +
                        QStringLiteral("t.deleted = 0 AND e.deleted = 0 "
                                       "ORDER BY e.entered_at, e.id"));
        q.statement().setForwardOnly(true);
        if (season > 0)
            q.bind(season);
        if (Status s = q.exec(tr("read the season's weigh-in entries")); !s)
            return R::failure(s.error());
        while (q.next()) {
            const EntryRecord record = rows::entry(q);
            TournamentInput *t = tournamentOf(record.tournamentId);
            if (!t)
                continue;
            entryIndex.insert(record.id, {t, t->entries.size()});
            t->entries.append(record.toEntry());
        }
    }

    {
        Query q(db, QStringLiteral("SELECT p.entry_id AS entry_id, p.id AS id, "
                                   "p.length_eighths AS length_eighths, "
                                   "p.weighed_weight AS weighed_weight "
                                   "FROM paper_fish p JOIN entries e ON e.id = p.entry_id "
                                   "JOIN tournaments t ON t.id = e.tournament_id WHERE ") +
                    seasonFilter +
                    QStringLiteral("p.deleted = 0 AND e.deleted = 0 "
                                   "AND t.deleted = 0 ORDER BY p.entry_id, p.id"));
        q.statement().setForwardOnly(true);
        if (season > 0)
            q.bind(season);
        if (Status s = q.exec(tr("read the paper tournaments' fish")); !s)
            return R::failure(s.error());
        while (q.next()) {
            const auto ref = entryIndex.constFind(q.value("entry_id").toString());
            if (ref == entryIndex.cend())
                continue;
            const PaperFishRecord fish = rows::paperFish(q);
            Entry &e = ref->tournament->entries[ref->entry];
            e.fishLengths.append(fish.lengthEighths);
            if (fish.weighedHundredths) // a weighed fish is the big bass over the chart's
                e.bigBass = std::max(e.bigBass, Weight::fromHundredths(*fish.weighedHundredths));
        }
    }

    {
        Query q(db, QStringLiteral("SELECT ") + rows::boatSelect +
                        QStringLiteral("JOIN tournaments t ON t.id = b.tournament_id WHERE ") +
                        seasonFilter +
                        QStringLiteral("b.deleted = 0 AND t.deleted = 0 ORDER BY b.id"));
        q.statement().setForwardOnly(true);
        if (season > 0)
            q.bind(season);
        if (Status s = q.exec(tr("read the season's boats")); !s)
            return R::failure(s.error());
        while (q.next()) {
            const BoatRecord record = rows::boat(q);
            if (TournamentInput *t = tournamentOf(record.tournamentId))
                t->boats.append(record.toInput());
        }
    }
    return seasons;
}
