#include "tournaments/seasonloader.h"

#include "store/query.h"
#include "store/rowreader.h"
#include "tournaments/rows.h"
#include "tournaments/rulesetstore.h"

#include <QHash>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

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

namespace {

// Rows tied together by their text ids (uuids), looked up by the UTF-8 bytes SQLite hands over:
// the bytes are wrapped for the lookup, not copied.
template <typename T>
using TextMap = QHash<QByteArray, T>;

template <typename T>
T *lookUp(TextMap<T> &map, std::string_view key)
{
    const auto found = map.find(QByteArray::fromRawData(key.data(), qsizetype(key.size())));
    return found == map.end() ? nullptr : &found.value();
}

// Where an entry stands in the engine's order (weigh-in time, then id): its id is kept in one
// buffer for the whole read, not a string per entry.
struct EntryKey
{
    qint64 enteredAt = 0;
    qint64 rowid = 0;
    size_t idOffset = 0;
    size_t idLength = 0;
};

} // namespace

// One season, or every season (0), in the same five statements: each reads the whole club once
// instead of once per season. Entries, boats and paper fish are tens of thousands of rows over a
// club's history: they are read straight from SQLite (RowReader), without joins, the columns
// the engine needs by position; rows are tied to their tournament and angler in memory by id,
// and angler ids and names are shared strings from one read of the anglers (no copy per row).
Result<QList<LoadedSeason>> SeasonLoader::read(const QSqlDatabase &db, int season)
{
    using R = Result<QList<LoadedSeason>>;
    if (!db.isOpen())
        return R::failure(tr("The database is not open."));
    const QString seasonFilter = season > 0 ? QStringLiteral("t.season = ? AND ") : QString();
    // One season's rows through the tournaments' own index; the whole club in one pass over
    // each table.
    // (NOT INDEXED: else SQLite walks the partial "deleted = 0" index and looks every row up.)
    const std::string notIndexed = season > 0 ? "" : " NOT INDEXED";
    const std::string ofTheSeason =
        season > 0 ? " AND tournament_id IN (SELECT id FROM tournaments WHERE season = ?)" : "";
    QList<LoadedSeason> seasons;
    QHash<int, qsizetype> seasonIndex;

    struct TournamentRef
    {
        QByteArray id;
        qsizetype season;
        qsizetype tournament;
        TournamentInput *input = nullptr; // once every tournament is read
        std::vector<EntryKey> order;      // of input->entries, as read
    };
    TextMap<TournamentRef> tournaments;
    {
        Query q(db, QStringLiteral("SELECT ") + rows::tournamentSelect + QStringLiteral("WHERE ") +
                        seasonFilter +
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
            // The select joins the lake only while it is not deleted: then it has a name.
            seasons[*si].lakes.append(record.lakeName.isEmpty()
                                          ? TournamentLake()
                                          : TournamentLake{record.lakeId, record.lakeName});
            QList<TournamentInput> &list = seasons[*si].tournaments;
            const QByteArray id = record.id.toUtf8();
            tournaments.insert(id, TournamentRef{id, *si, list.size(), nullptr, {}});
            list.append(t);
        }
    }
    if (tournaments.isEmpty())
        return seasons;
    {
        QList<int> years;
        for (const LoadedSeason &s : std::as_const(seasons))
            years.append(s.season);
        auto rulesets = RulesetStore(db).forSeasons(years);
        if (!rulesets)
            return R::failure(rulesets.error());
        for (LoadedSeason &s : seasons)
            s.ruleset = rulesets->value(s.season);
    }
    for (TournamentRef &ref : tournaments)
        ref.input = &seasons[ref.season].tournaments[ref.tournament];
    // The rows of one tournament usually follow each other: the last one found is tried first.
    TournamentRef *last = nullptr;
    auto tournamentOf = [&](std::string_view id) -> TournamentRef * {
        if (!last || std::string_view(last->id.constData(), size_t(last->id.size())) != id)
            last = lookUp(tournaments, id); // null: a deleted tournament's row
        return last;
    };

    // Every angler row (deleted ones too: their entries still count): its id and name.
    struct Angler
    {
        QString id;
        QString name;
    };
    TextMap<Angler> anglers;
    {
        RowReader r(db, "SELECT id, full_name FROM anglers");
        if (Status s = r.exec(tr("read the season's anglers")); !s)
            return R::failure(s.error());
        while (r.next())
            anglers.insert(QByteArray(r.text(0).data(), qsizetype(r.text(0).size())),
                           Angler{r.string(0), r.string(1)});
        if (Status s = r.finish(); !s)
            return R::failure(s.error());
    }
    // An angler by id; an id with no angler row stands for itself, with no name.
    Angler unknown;
    auto anglerOf = [&](const RowReader &r, int column) -> const Angler & {
        if (const Angler *a = lookUp(anglers, r.text(column)))
            return *a;
        unknown = {r.string(column), QString()}; // NULL: no angler, both empty
        return unknown;
    };

    // The paper tournaments' fish, by their entry's rowid, in their own order.
    struct PaperFish
    {
        int lengthEighths;
        std::optional<Weight> weighed;
    };
    std::unordered_map<qint64, QList<PaperFish>> paperFish;
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
            PaperFish fish{q.valueAt(1).toInt(), std::nullopt};
            if (!q.isNullAt(2))
                fish.weighed = Weight::fromHundredths(q.valueAt(2).toInt());
            paperFish[q.valueAt(0).toLongLong()].append(fish);
        }
    }

    {
        RowReader r(db, "SELECT tournament_id, angler_id, entered_at, id, rowid, fish, "
                        "gross_weight, big_bass, dead, minutes_late, buy_in, dq, was_member, "
                        "manual_order FROM entries" +
                            notIndexed + " WHERE deleted = 0" + ofTheSeason);
        if (season > 0)
            r.bind(season);
        if (Status s = r.exec(tr("read the season's weigh-in entries")); !s)
            return R::failure(s.error());
        std::string ids;
        while (r.next()) {
            TournamentRef *t = tournamentOf(r.text(0));
            if (!t)
                continue;
            const Angler &angler = anglerOf(r, 1);
            const std::string_view id = r.text(3);
            t->order.push_back({r.integer(2), r.integer(4), ids.size(), id.size()});
            ids.append(id);
            Entry &e = t->input->entries.emplace_back();
            e.anglerId = angler.id;
            e.anglerName = angler.name;
            e.fish = int(r.integer(5));
            e.gross = Weight::fromHundredths(int(r.integer(6)));
            e.bigBass = Weight::fromHundredths(int(r.integer(7)));
            e.dead = int(r.integer(8));
            e.lateMinutes = int(r.integer(9));
            e.buyIn = r.integer(10) != 0;
            e.dq = r.integer(11) != 0;
            e.member = r.integer(12) != 0;
            e.manualOrder = int(r.integer(13)); // NULL reads 0: not set
        }
        if (Status s = r.finish(); !s)
            return R::failure(s.error());

        // Each tournament's entries in weigh-in order (the engine's order among equals; usually
        // the order they were stored in), with their paper fish: a weighed fish is the big bass
        // over the chart's.
        const auto before = [&ids](const EntryKey &a, const EntryKey &b) {
            if (a.enteredAt != b.enteredAt)
                return a.enteredAt < b.enteredAt;
            return std::string_view(ids).substr(a.idOffset, a.idLength) <
                   std::string_view(ids).substr(b.idOffset, b.idLength);
        };
        for (TournamentRef &ref : tournaments) {
            QList<Entry> &entries = ref.input->entries;
            if (!std::is_sorted(ref.order.begin(), ref.order.end(), before)) {
                std::vector<qsizetype> position(ref.order.size());
                for (size_t i = 0; i < position.size(); ++i)
                    position[i] = qsizetype(i);
                std::sort(position.begin(), position.end(), [&](qsizetype a, qsizetype b) {
                    return before(ref.order[size_t(a)], ref.order[size_t(b)]);
                });
                QList<Entry> sorted;
                sorted.reserve(entries.size());
                std::vector<EntryKey> order;
                order.reserve(position.size());
                for (const qsizetype i : position) {
                    sorted.append(std::move(entries[i]));
                    order.push_back(ref.order[size_t(i)]);
                }
                entries = std::move(sorted);
                ref.order = std::move(order);
            }
            if (paperFish.empty())
                continue;
            for (size_t i = 0; i < ref.order.size(); ++i) {
                const auto fish = paperFish.find(ref.order[i].rowid);
                if (fish == paperFish.end())
                    continue;
                Entry &e = entries[qsizetype(i)];
                for (const PaperFish &f : std::as_const(fish->second)) {
                    e.fishLengths.append(f.lengthEighths);
                    if (f.weighed)
                        e.bigBass = std::max(e.bigBass, *f.weighed);
                }
            }
        }
    }

    {
        RowReader r(db, "SELECT tournament_id, id, boater_id, partner_id, team_fish, "
                        "team_weight, team_big_bass, team_dead, team_dq FROM boats" +
                            notIndexed + " WHERE deleted = 0" + ofTheSeason);
        if (season > 0)
            r.bind(season);
        if (Status s = r.exec(tr("read the season's boats")); !s)
            return R::failure(s.error());
        while (r.next()) {
            TournamentRef *t = tournamentOf(r.text(0));
            if (!t)
                continue;
            BoatInput b;
            b.id = r.string(1);
            b.boaterId = anglerOf(r, 2).id;
            b.partnerId = anglerOf(r, 3).id;
            b.teamWeighed = !r.isNull(5);
            b.fish = int(r.integer(4));
            b.gross = Weight::fromHundredths(int(r.integer(5)));
            b.bigBass = Weight::fromHundredths(int(r.integer(6)));
            b.dead = int(r.integer(7));
            b.dq = r.integer(8) != 0;
            t->input->boats.append(std::move(b));
        }
        if (Status s = r.finish(); !s)
            return R::failure(s.error());
    }
    // Boats in id order, as before.
    for (TournamentRef &ref : tournaments) {
        QList<BoatInput> &boats = ref.input->boats;
        std::sort(boats.begin(), boats.end(),
                  [](const BoatInput &a, const BoatInput &b) { return a.id < b.id; });
    }
    return seasons;
}
