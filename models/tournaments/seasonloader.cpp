#include "tournaments/seasonloader.h"

#include "store/query.h"
#include "tournaments/rows.h"
#include "tournaments/rulesetstore.h"

#include <QHash>

Result<LoadedSeason> SeasonLoader::load(const QSqlDatabase &db, int season)
{
    using R = Result<LoadedSeason>;
    if (!db.isOpen())
        return R::failure(tr("The database is not open."));
    LoadedSeason loaded;
    loaded.season = season;
    auto ruleset = RulesetStore(db).forSeason(season);
    if (!ruleset)
        return R::failure(ruleset.error());
    loaded.ruleset = ruleset.value();

    QHash<QString, qsizetype> tournamentIndex;
    {
        Query q(db, QStringLiteral("SELECT ") + rows::tournamentSelect +
                        QStringLiteral("WHERE t.season = ? AND t.deleted = 0 "
                                       "ORDER BY t.event_date, t.id"));
        q.statement().setForwardOnly(true);
        if (Status s = q.bind(season).exec(tr("read the season's tournaments")); !s)
            return R::failure(s.error());
        while (q.next()) {
            const TournamentRecord record = rows::tournament(q);
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
            tournamentIndex.insert(t.id, loaded.tournaments.size());
            loaded.tournaments.append(t);
        }
    }

    struct EntryRef
    {
        qsizetype tournament;
        qsizetype entry;
    };
    QHash<QString, EntryRef> entryIndex;
    {
        Query q(db, QStringLiteral("SELECT ") + rows::entrySelect +
                        QStringLiteral("JOIN tournaments t ON t.id = e.tournament_id "
                                       "WHERE t.season = ? AND t.deleted = 0 AND e.deleted = 0 "
                                       "ORDER BY e.entered_at, e.id"));
        q.statement().setForwardOnly(true);
        if (Status s = q.bind(season).exec(tr("read the season's weigh-in entries")); !s)
            return R::failure(s.error());
        while (q.next()) {
            const EntryRecord record = rows::entry(q);
            const auto t = tournamentIndex.constFind(record.tournamentId);
            if (t == tournamentIndex.cend())
                continue;
            QList<Entry> &entries = loaded.tournaments[*t].entries;
            entryIndex.insert(record.id, {*t, entries.size()});
            entries.append(record.toEntry());
        }
    }

    {
        Query q(db, QStringLiteral("SELECT p.entry_id AS entry_id, p.id AS id, "
                                   "p.length_eighths AS length_eighths, "
                                   "p.weighed_weight AS weighed_weight "
                                   "FROM paper_fish p JOIN entries e ON e.id = p.entry_id "
                                   "JOIN tournaments t ON t.id = e.tournament_id "
                                   "WHERE t.season = ? AND p.deleted = 0 AND e.deleted = 0 "
                                   "AND t.deleted = 0 ORDER BY p.entry_id, p.id"));
        q.statement().setForwardOnly(true);
        if (Status s = q.bind(season).exec(tr("read the paper tournaments' fish")); !s)
            return R::failure(s.error());
        while (q.next()) {
            const auto ref = entryIndex.constFind(q.value("entry_id").toString());
            if (ref == entryIndex.cend())
                continue;
            const PaperFishRecord fish = rows::paperFish(q);
            Entry &e = loaded.tournaments[ref->tournament].entries[ref->entry];
            e.fishLengths.append(fish.lengthEighths);
            if (fish.weighedHundredths) // a weighed fish is the big bass over the chart's
                e.bigBass = std::max(e.bigBass, Weight::fromHundredths(*fish.weighedHundredths));
        }
    }

    {
        Query q(db, QStringLiteral("SELECT ") + rows::boatSelect +
                        QStringLiteral("JOIN tournaments t ON t.id = b.tournament_id "
                                       "WHERE t.season = ? AND b.deleted = 0 AND t.deleted = 0 "
                                       "ORDER BY b.id"));
        q.statement().setForwardOnly(true);
        if (Status s = q.bind(season).exec(tr("read the season's boats")); !s)
            return R::failure(s.error());
        while (q.next()) {
            const BoatRecord record = rows::boat(q);
            const auto t = tournamentIndex.constFind(record.tournamentId);
            if (t != tournamentIndex.cend())
                loaded.tournaments[*t].boats.append(record.toInput());
        }
    }
    return loaded;
}
