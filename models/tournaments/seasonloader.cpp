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
// club once instead of once per season. The entries, fish and boats are tens of thousands of
// rows over a club's history: they are read lean, by column position, with only the columns
// the engine needs; rows are tied to their tournament and entry by SQLite's integer rowid, and
// angler ids and names are shared strings from one read of the anglers (no copy per row).
Result<QList<LoadedSeason>> SeasonLoader::read(const QSqlDatabase &db, int season)
{
    using R = Result<QList<LoadedSeason>>;
    if (!db.isOpen())
        return R::failure(tr("The database is not open."));
    const QString seasonFilter = season > 0 ? QStringLiteral("t.season = ? AND ") : QString();
    // The whole club: entries and boats in their tables' own order (one sequential pass, sorted
    // after), not through an index, which costs a random page read per row on a big history.
    const QString wholeTable = season > 0 ? QString() : QStringLiteral(" NOT INDEXED");
    QList<LoadedSeason> seasons;
    QHash<int, qsizetype> seasonIndex;

    struct TournamentRef
    {
        qsizetype season;
        qsizetype tournament;
    };
    QHash<qint64, TournamentRef> tournamentIndex; // by the tournament's rowid
    {
        Query q(db, QStringLiteral("SELECT t.rowid AS row_number, ") + rows::tournamentSelect +
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
            tournamentIndex.insert(q.valueAt(0).toLongLong(), {*si, list.size()});
            list.append(t);
        }
    }
    auto tournamentOf = [&](qint64 rowid) -> TournamentInput * {
        const auto t = tournamentIndex.constFind(rowid);
        return t == tournamentIndex.cend() ? nullptr
                                           : &seasons[t->season].tournaments[t->tournament];
    };
    if (tournamentIndex.isEmpty())
        return seasons;

    // Every angler row (deleted ones too, as the entries' join reads them): its id and name.
    struct Angler
    {
        QString id;
        QString name;
    };
    QHash<qint64, Angler> anglers; // by rowid
    {
        Query q(db, QStringLiteral("SELECT rowid, id, full_name FROM anglers"));
        q.statement().setForwardOnly(true);
        if (Status s = q.exec(tr("read the season's anglers")); !s)
            return R::failure(s.error());
        while (q.next())
            anglers.insert(q.valueAt(0).toLongLong(),
                           {q.valueAt(1).toString(), q.valueAt(2).toString()});
    }
    // An angler id by the joined angler's rowid, else the row's own id (no angler row).
    auto anglerOf = [&](const Query &q, int rowidColumn, int idColumn) -> Angler {
        if (q.isNullAt(rowidColumn))
            return {q.valueAt(idColumn).toString(), QString()};
        return anglers.value(q.valueAt(rowidColumn).toLongLong());
    };

    struct EntryRef
    {
        TournamentInput *tournament;
        qsizetype entry;
    };
    QHash<qint64, EntryRef> entryIndex; // by the entry's rowid
    {
        // Columns in this order; an entry's angler id is read only when no angler row joins.
        Query q(db, QStringLiteral("SELECT t.rowid, e.rowid, a.rowid, "
                                   "CASE WHEN a.rowid IS NULL THEN e.angler_id END, "
                                   "e.fish, e.gross_weight, e.big_bass, e.dead, e.minutes_late, "
                                   "e.buy_in, e.dq, e.was_member, e.manual_order "
                                   "FROM entries e") + wholeTable +
                        QStringLiteral(" LEFT JOIN anglers a ON a.id = e.angler_id "
                                       "JOIN tournaments t ON t.id = e.tournament_id WHERE ") +
                        seasonFilter +
                        QStringLiteral("t.deleted = 0 AND e.deleted = 0 "
                                       "ORDER BY e.entered_at, e.id"));
        q.statement().setForwardOnly(true);
        if (season > 0)
            q.bind(season);
        if (Status s = q.exec(tr("read the season's weigh-in entries")); !s)
            return R::failure(s.error());
        while (q.next()) {
            TournamentInput *t = tournamentOf(q.valueAt(0).toLongLong());
            if (!t)
                continue;
            const Angler angler = anglerOf(q, 2, 3);
            Entry e;
            e.anglerId = angler.id;
            e.anglerName = angler.name;
            e.fish = q.valueAt(4).toInt();
            e.gross = rows::weight(q.valueAt(5));
            e.bigBass = rows::weight(q.valueAt(6));
            e.dead = q.valueAt(7).toInt();
            e.lateMinutes = q.valueAt(8).toInt();
            e.buyIn = q.valueAt(9).toInt() != 0;
            e.dq = q.valueAt(10).toInt() != 0;
            e.member = q.valueAt(11).toInt() != 0;
            e.manualOrder = q.isNullAt(12) ? 0 : q.valueAt(12).toInt();
            entryIndex.insert(q.valueAt(1).toLongLong(), {t, t->entries.size()});
            t->entries.append(std::move(e));
        }
    }

    {
        Query q(db, QStringLiteral("SELECT e.rowid, p.length_eighths, p.weighed_weight "
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
            const auto ref = entryIndex.constFind(q.valueAt(0).toLongLong());
            if (ref == entryIndex.cend())
                continue;
            Entry &e = ref->tournament->entries[ref->entry];
            e.fishLengths.append(q.valueAt(1).toInt());
            if (!q.isNullAt(2)) // a weighed fish is the big bass over the chart's
                e.bigBass = std::max(e.bigBass, Weight::fromHundredths(q.valueAt(2).toInt()));
        }
    }

    {
        Query q(db, QStringLiteral("SELECT t.rowid, b.id, ab.rowid, "
                                   "CASE WHEN ab.rowid IS NULL THEN b.boater_id END, "
                                   "ap.rowid, CASE WHEN ap.rowid IS NULL THEN b.partner_id END, "
                                   "b.team_fish, b.team_weight, b.team_big_bass, b.team_dead, "
                                   "b.team_dq FROM boats b") + wholeTable +
                        QStringLiteral(" LEFT JOIN anglers ab ON ab.id = b.boater_id "
                                       "LEFT JOIN anglers ap ON ap.id = b.partner_id "
                                       "JOIN tournaments t ON t.id = b.tournament_id WHERE ") +
                        seasonFilter +
                        QStringLiteral("b.deleted = 0 AND t.deleted = 0 ORDER BY b.id"));
        q.statement().setForwardOnly(true);
        if (season > 0)
            q.bind(season);
        if (Status s = q.exec(tr("read the season's boats")); !s)
            return R::failure(s.error());
        while (q.next()) {
            TournamentInput *t = tournamentOf(q.valueAt(0).toLongLong());
            if (!t)
                continue;
            BoatInput b;
            b.id = q.valueAt(1).toString();
            b.boaterId = anglerOf(q, 2, 3).id;
            b.partnerId = anglerOf(q, 4, 5).id;
            b.teamWeighed = !q.isNullAt(7);
            b.fish = q.valueAt(6).toInt();
            b.gross = rows::weight(q.valueAt(7));
            b.bigBass = rows::weight(q.valueAt(8));
            b.dead = q.valueAt(9).toInt();
            b.dq = q.valueAt(10).toInt() != 0;
            t->boats.append(std::move(b));
        }
    }
    return seasons;
}
