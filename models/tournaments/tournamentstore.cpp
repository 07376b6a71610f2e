#include "tournaments/tournamentstore.h"

#include "core/phone.h"
#include "scoring/boatranker.h"
#include "scoring/payoutcalculator.h"
#include "scoring/tournamentscorer.h"
#include "store/query.h"
#include "store/store.h"
#include "tournaments/rows.h"
#include "tournaments/seasonloader.h"

#include <QHash>
#include <QSet>
#include <QTimeZone>

namespace {

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

// Paper fish of the given entries, in the order they were measured.
Status readPaperFish(Store &store, QList<EntryRecord> &entries, const QString &tournamentId)
{
    if (entries.isEmpty())
        return Status::success();
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < entries.size(); ++i)
        index.insert(entries.at(i).id, i);
    Query q(store.database(),
            QStringLiteral("SELECT p.entry_id AS entry_id, p.id AS id, "
                           "p.length_eighths AS length_eighths, p.weighed_weight AS weighed_weight "
                           "FROM paper_fish p JOIN entries e ON e.id = p.entry_id "
                           "WHERE e.tournament_id = ? AND p.deleted = 0 AND e.deleted = 0 "
                           "ORDER BY p.rowid"));
    q.statement().setForwardOnly(true);
    if (Status s = q.bind(tournamentId).exec(TournamentStore::tr("read the measured fish")); !s)
        return s;
    while (q.next()) {
        const auto it = index.constFind(q.value("entry_id").toString());
        if (it != index.cend())
            entries[*it].paperFish.append(rows::paperFish(q));
    }
    return Status::success();
}

} // namespace

// ---- tournaments ----------------------------------------------------------------------------

Result<TournamentRecord> TournamentStore::tournament(const QString &id)
{
    Query q(m_store.database(), QStringLiteral("SELECT ") + rows::tournamentSelect +
                                  QStringLiteral("WHERE t.id = ? AND t.deleted = 0"));
    if (Status s = q.bind(id).exec(tr("read the tournament")); !s)
        return Result<TournamentRecord>::failure(s.error());
    if (!q.next())
        return Result<TournamentRecord>::failure(tr("The tournament no longer exists."));
    return rows::tournament(q);
}

Result<QList<TournamentRecord>> TournamentStore::tournaments(int season)
{
    using R = Result<QList<TournamentRecord>>;
    Query q(m_store.database(), QStringLiteral("SELECT ") + rows::tournamentSelect +
                                  QStringLiteral("WHERE t.season = ? AND t.deleted = 0 "
                                                 "ORDER BY t.event_date, t.name COLLATE NOCASE, t.id"));
    q.statement().setForwardOnly(true);
    if (Status s = q.bind(season).exec(tr("read the tournaments")); !s)
        return R::failure(s.error());
    QList<TournamentRecord> out;
    while (q.next())
        out.append(rows::tournament(q));
    return out;
}

Result<QList<int>> TournamentStore::seasons()
{
    Query q(m_store.database(),
            QStringLiteral("SELECT DISTINCT season FROM tournaments WHERE deleted = 0 "
                           "ORDER BY season DESC"));
    if (Status s = q.exec(tr("read the seasons")); !s)
        return Result<QList<int>>::failure(s.error());
    QList<int> out;
    while (q.next())
        out.append(q.value("season").toInt());
    return out;
}

Result<QHash<QString, int>> TournamentStore::entryCounts(int season)
{
    Query q(m_store.database(),
            QStringLiteral("SELECT e.tournament_id AS tournament_id, count(*) AS entries "
                           "FROM entries e JOIN tournaments t ON t.id = e.tournament_id "
                           "WHERE t.season = ? AND t.deleted = 0 AND e.deleted = 0 "
                           "GROUP BY e.tournament_id"));
    if (Status s = q.bind(season).exec(tr("count the tournament's entries")); !s)
        return Result<QHash<QString, int>>::failure(s.error());
    QHash<QString, int> out;
    while (q.next())
        out.insert(q.value("tournament_id").toString(), q.value("entries").toInt());
    return out;
}

Result<QString> TournamentStore::tournamentOn(const QDate &date, int season)
{
    Query q(m_store.database(),
            QStringLiteral("SELECT id FROM tournaments WHERE event_date = ? AND deleted = 0 "
                           "AND (? = 0 OR season = ?) ORDER BY id"));
    q.bind(date.toString(Qt::ISODate)).bind(season).bind(season);
    if (Status s = q.exec(tr("find the tournament")); !s)
        return Result<QString>::failure(s.error());
    return q.next() ? q.value("id").toString() : QString();
}

namespace {
Status checkTournament(const TournamentRecord &t)
{
    if (!t.date.isValid())
        return Status::failure(TournamentStore::tr("Enter the tournament's date."));
    if (t.name.trimmed().isEmpty())
        return Status::failure(TournamentStore::tr("Enter the tournament's name."));
    if (t.fishLimit < 1 || t.fishLimit > 25)
        return Status::failure(TournamentStore::tr("The fish limit must be between 1 and 25."));
    if (t.entryFee.cents() < 0)
        return Status::failure(TournamentStore::tr("The entry fee cannot be negative."));
    return Status::success();
}
} // namespace

Result<QString> TournamentStore::insertTournament(const TournamentRecord &t)
{
    auto ids = insertTournaments({t});
    if (!ids)
        return Result<QString>::failure(ids.error());
    return ids->first();
}

Result<QStringList> TournamentStore::insertTournaments(const QList<TournamentRecord> &list)
{
    for (const TournamentRecord &t : list)
        if (Status s = checkTournament(t); !s)
            return Result<QStringList>::failure(s.error());
    QStringList ids;
    Status s = m_store.transaction([&]() -> Status {
        for (const TournamentRecord &t : list) {
            QVariantMap values = t.editableValues();
            if (!t.id.isEmpty())
                values.insert(QStringLiteral("id"), t.id);
            values.insert(QStringLiteral("completed"), t.completed ? 1 : 0);
            auto id = m_store.insert(QStringLiteral("tournaments"), values);
            if (!id)
                return Status::failure(id.error());
            ids.append(id.value());
        }
        return Status::success();
    });
    if (!s)
        return Result<QStringList>::failure(s.error());
    return ids;
}

Status TournamentStore::updateTournament(const TournamentRecord &t)
{
    if (Status s = checkTournament(t); !s)
        return s;
    return m_store.update(QStringLiteral("tournaments"), t.id, t.editableValues());
}

Result<int> TournamentStore::entryCount(const QString &tournamentId)
{
    Query q(m_store.database(), QStringLiteral("SELECT count(*) AS entries FROM entries "
                                             "WHERE tournament_id = ? AND deleted = 0"));
    if (Status s = q.bind(tournamentId).exec(tr("count the tournament's entries")); !s)
        return Result<int>::failure(s.error());
    return q.next() ? q.value("entries").toInt() : 0;
}

Result<QStringList> TournamentStore::removeTournament(const QString &id)
{
    QStringList boats;
    Status done = m_store.transaction([&]() -> Status {
        auto count = entryCount(id);
        if (!count)
            return Status::failure(count.error());
        if (count.value() > 0)
            return Status::failure(
                tr("This tournament has %n weigh-in entries, so it cannot be deleted. Mark it "
                   "cancelled instead.",
                   nullptr, count.value()));
        // Its boats go with it (a tournament without entries may still have boats paired).
        Query q(m_store.database(),
                QStringLiteral("SELECT id FROM boats WHERE tournament_id = ? AND deleted = 0"));
        if (Status s = q.bind(id).exec(tr("read the tournament's boats")); !s)
            return s;
        while (q.next())
            boats.append(q.value("id").toString());
        for (const QString &b : std::as_const(boats))
            if (Status s = m_store.remove(QStringLiteral("boats"), b); !s)
                return s;
        return m_store.remove(QStringLiteral("tournaments"), id);
    });
    if (!done)
        return Result<QStringList>::failure(done.error());
    return boats;
}

QList<QDate> TournamentStore::defaultScheduleDates(int season)
{
    QList<QDate> dates;
    for (int month = 1; month <= 10; ++month) {
        QDate d(season, month, 1);
        while (d.dayOfWeek() != Qt::Sunday)
            d = d.addDays(1);
        dates.append(d.addDays(21));
    }
    return dates;
}

Status TournamentStore::ensureUnlocked(const QString &tournamentId)
{
    Query q(m_store.database(), QStringLiteral("SELECT completed, name FROM tournaments "
                                             "WHERE id = ? AND deleted = 0"));
    if (Status s = q.bind(tournamentId).exec(tr("read the tournament")); !s)
        return s;
    if (!q.next())
        return Status::failure(tr("The tournament no longer exists."));
    if (q.value("completed").toInt() != 0)
        return Status::failure(tr("The results of %1 are finalized. Unlock them before changing "
                                  "anything.")
                                   .arg(q.value("name").toString()));
    return Status::success();
}

namespace {
Status logAction(Store &store, const QString &tournamentId, const QString &action,
                 const QString &actor, qint64 now, const QString &detail = QString())
{
    QVariantMap row = {{QStringLiteral("tournament_id"), tournamentId},
                       {QStringLiteral("action"), action},
                       {QStringLiteral("actor"), actor},
                       {QStringLiteral("at"), now}};
    if (!detail.isEmpty())
        row.insert(QStringLiteral("detail"), detail);
    auto r = store.insert(QStringLiteral("tournament_log"), row);
    return r ? Status::success() : Status::failure(r.error());
}
} // namespace

Status TournamentStore::finalize(const QString &tournamentId, const QString &actor)
{
    if (actor.trimmed().isEmpty())
        return Status::failure(tr("Enter who finalizes the results."));
    return m_store.transaction([&]() -> Status {
        auto t = tournament(tournamentId);
        if (!t)
            return Status::failure(t.error());
        if (t->completed)
            return Status::failure(tr("The results of %1 are already finalized.").arg(t->name));
        if (t->cancelled)
            return Status::failure(
                tr("%1 is cancelled; there are no results to finalize.").arg(t->name));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (Status s = m_store.update(QStringLiteral("tournaments"), tournamentId,
                                    {{QStringLiteral("completed"), 1},
                                     {QStringLiteral("finalized_at"), now},
                                     {QStringLiteral("finalized_by"), actor.trimmed()}});
            !s)
            return s;
        return logAction(m_store, tournamentId, QStringLiteral("finalized"), actor.trimmed(), now);
    });
}

Status TournamentStore::unlock(const QString &tournamentId, const QString &actor)
{
    if (actor.trimmed().isEmpty())
        return Status::failure(tr("Enter who unlocks the results."));
    return m_store.transaction([&]() -> Status {
        auto t = tournament(tournamentId);
        if (!t)
            return Status::failure(t.error());
        if (!t->completed)
            return Status::failure(tr("The results of %1 are not finalized.").arg(t->name));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (Status s = m_store.update(QStringLiteral("tournaments"), tournamentId,
                                    {{QStringLiteral("completed"), 0}});
            !s)
            return s;
        return logAction(m_store, tournamentId, QStringLiteral("unlocked"), actor.trimmed(), now);
    });
}

Status TournamentStore::setEntryMember(const QString &entryId, bool member, const QString &actor)
{
    if (actor.trimmed().isEmpty())
        return Status::failure(tr("Enter who corrects the member flag."));
    return m_store.transaction([&]() -> Status {
        auto e = entry(entryId);
        if (!e)
            return Status::failure(e.error());
        if (e->wasMember == member)
            return Status::success();
        if (Status s = m_store.update(QStringLiteral("entries"), entryId,
                                      {{QStringLiteral("was_member"), member ? 1 : 0}});
            !s)
            return s;
        const QString detail = member ? tr("%1: guest -> member").arg(e->anglerName)
                                      : tr("%1: member -> guest").arg(e->anglerName);
        return logAction(m_store, e->tournamentId, QStringLiteral("member_flag"), actor.trimmed(),
                         QDateTime::currentMSecsSinceEpoch(), detail);
    });
}

Result<QList<TournamentLogRecord>> TournamentStore::log(const QString &tournamentId)
{
    using R = Result<QList<TournamentLogRecord>>;
    Query q(m_store.database(), QStringLiteral("SELECT action, actor, at, detail FROM tournament_log "
                                             "WHERE tournament_id = ? AND deleted = 0 "
                                             "ORDER BY at, modified"));
    if (Status s = q.bind(tournamentId).exec(tr("read the tournament's history")); !s)
        return R::failure(s.error());
    QList<TournamentLogRecord> out;
    while (q.next())
        out.append({q.value("action").toString(), q.value("actor").toString(),
                    QDateTime::fromMSecsSinceEpoch(q.value("at").toLongLong(), QTimeZone::utc()),
                    q.value("detail").toString()});
    return out;
}

// ---- scoring inputs -------------------------------------------------------------------------

TournamentInput TournamentStore::input(const TournamentRecord &t, const QList<EntryRecord> &entries,
                                       const QList<BoatRecord> &boats)
{
    TournamentInput in;
    in.id = t.id;
    in.name = t.name;
    in.date = t.date;
    in.format = t.format;
    in.paper = t.paper;
    in.cancelled = t.cancelled;
    in.fishLimit = t.fishLimit;
    in.entryFee = t.entryFee;
    in.feeBasis = t.feeUnit;
    in.entries.reserve(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        Entry e = entries.at(i).toEntry();
        e.line = int(i + 1);
        in.entries.append(e);
    }
    for (const BoatRecord &b : boats)
        in.boats.append(b.toInput());
    return in;
}

Result<Money> TournamentStore::bigBassCarryIn(const TournamentRecord &t)
{
    Query q(m_store.database(),
            QStringLiteral("SELECT min(season) AS first FROM tournaments WHERE deleted = 0"));
    if (Status s = q.exec(tr("read the seasons")); !s)
        return Result<Money>::failure(s.error());
    const int first = q.next() && !q.value("first").isNull() ? q.value("first").toInt() : t.season;

    // Every earlier tournament, season by season, kept alive for the chain.
    QList<LoadedSeason> seasons;
    for (int season = first; season <= t.season; ++season) {
        auto loaded = SeasonLoader::load(m_store.database(), season);
        if (!loaded)
            return Result<Money>::failure(loaded.error());
        seasons.append(loaded.value());
    }
    struct Scored
    {
        TournamentResult result;
        QList<BoatResult> boats;
        Ruleset ruleset;
        bool cancelled;
        Money addedCarryIn;
    };
    QList<Scored> scored;
    Money openingCarryIn; // of the tournament's own season, when it comes first in it
    for (const LoadedSeason &season : std::as_const(seasons)) {
        bool first = true;
        for (const TournamentInput &in : season.tournaments) {
            if (in.id == t.id || in.date > t.date || (in.date == t.date && in.id >= t.id))
                continue;
            Scored s;
            s.ruleset = TournamentScorer::effectiveRuleset(in, season.ruleset);
            s.result = TournamentScorer::score(in, season.ruleset);
            s.boats = BoatRanker::rank(s.result, s.ruleset, in.boats);
            s.cancelled = in.cancelled;
            s.addedCarryIn = first ? season.ruleset.bigBassCarryIn : Money();
            first = false;
            scored.append(s);
        }
        if (first && season.season == t.season)
            openingCarryIn = season.ruleset.bigBassCarryIn;
    }
    QList<PayoutCalculator::Step> steps;
    for (const Scored &s : std::as_const(scored))
        steps.append({&s.result, &s.boats, s.ruleset, s.cancelled, s.addedCarryIn});
    const QList<TournamentPayouts> chain = PayoutCalculator::chain(steps);
    return (chain.isEmpty() ? Money() : chain.last().carryOut) + openingCarryIn;
}

// ---- entries --------------------------------------------------------------------------------

Result<QList<EntryRecord>> TournamentStore::entries(const QString &tournamentId)
{
    using R = Result<QList<EntryRecord>>;
    Query q(m_store.database(), QStringLiteral("SELECT ") + rows::entrySelect +
                                  QStringLiteral("WHERE e.tournament_id = ? AND e.deleted = 0 "
                                                 "ORDER BY e.entered_at, e.rowid"));
    q.statement().setForwardOnly(true);
    if (Status s = q.bind(tournamentId).exec(tr("read the weigh-in entries")); !s)
        return R::failure(s.error());
    QList<EntryRecord> out;
    while (q.next())
        out.append(rows::entry(q));
    if (Status s = readPaperFish(m_store, out, tournamentId); !s)
        return R::failure(s.error());
    return out;
}

Result<EntryRecord> TournamentStore::entry(const QString &id)
{
    Query q(m_store.database(), QStringLiteral("SELECT ") + rows::entrySelect +
                                  QStringLiteral("WHERE e.id = ? AND e.deleted = 0"));
    if (Status s = q.bind(id).exec(tr("read the entry")); !s)
        return Result<EntryRecord>::failure(s.error());
    if (!q.next())
        return Result<EntryRecord>::failure(tr("The entry no longer exists."));
    QList<EntryRecord> one{rows::entry(q)};
    if (Status s = readPaperFish(m_store, one, one.first().tournamentId); !s)
        return Result<EntryRecord>::failure(s.error());
    return one.first();
}

QVariantMap TournamentStore::entryValues(const EntryRecord &e)
{
    return {{QStringLiteral("fish"), e.fish},
            {QStringLiteral("gross_weight"), e.gross.hundredths()},
            {QStringLiteral("big_bass"), e.bigBass.hundredths()},
            {QStringLiteral("dead"), e.dead},
            {QStringLiteral("minutes_late"), e.minutesLate},
            {QStringLiteral("buy_in"), e.buyIn ? 1 : 0},
            {QStringLiteral("dq"), e.dq ? 1 : 0},
            {QStringLiteral("was_member"), e.wasMember ? 1 : 0},
            {QStringLiteral("gross_from_scale"), e.grossFromScale && !e.gross.isZero() ? 1 : 0},
            {QStringLiteral("big_bass_from_scale"),
             e.bigBassFromScale && !e.bigBass.isZero() ? 1 : 0},
            {QStringLiteral("manual_order"),
             e.manualOrder > 0 ? QVariant(e.manualOrder) : QVariant(QMetaType(QMetaType::Int))}};
}

QString TournamentStore::friendly(const QString &error, const EntryRecord &e)
{
    if (error.contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive))
        return tr("%1 is already on this weigh-in sheet.")
            .arg(e.anglerName.isEmpty() ? tr("This angler") : e.anglerName);
    return error;
}

namespace {
Status insertPaperFish(Store &store, const QString &entryId, PaperFishRecord &f)
{
    QVariantMap values = {{QStringLiteral("entry_id"), entryId},
                          {QStringLiteral("length_eighths"), f.lengthEighths},
                          {QStringLiteral("weighed_weight"),
                           f.weighedHundredths ? QVariant(*f.weighedHundredths)
                                               : QVariant(QMetaType(QMetaType::Int))}};
    if (!f.id.isEmpty())
        values.insert(QStringLiteral("id"), f.id);
    auto id = store.insert(QStringLiteral("paper_fish"), values);
    if (!id)
        return Status::failure(id.error());
    f.id = id.value();
    return Status::success();
}
} // namespace

Status TournamentStore::insertEntry(EntryRecord &e)
{
    if (e.tournamentId.isEmpty() || e.anglerId.isEmpty())
        return Status::failure(tr("Choose the angler first."));
    EntryRecord draft = e;
    Status s = m_store.transaction([&]() -> Status {
        if (Status u = ensureUnlocked(draft.tournamentId); !u)
            return u;
        QVariantMap values = entryValues(draft);
        values.insert(QStringLiteral("tournament_id"), draft.tournamentId);
        values.insert(QStringLiteral("angler_id"), draft.anglerId);
        if (draft.enteredAt == 0)
            draft.enteredAt = QDateTime::currentMSecsSinceEpoch();
        values.insert(QStringLiteral("entered_at"), draft.enteredAt);
        if (!draft.id.isEmpty())
            values.insert(QStringLiteral("id"), draft.id);
        auto id = m_store.insert(QStringLiteral("entries"), values);
        if (!id)
            return Status::failure(friendly(id.error(), draft));
        draft.id = id.value();
        for (PaperFishRecord &f : draft.paperFish) {
            f.id.clear();
            if (Status p = insertPaperFish(m_store, draft.id, f); !p)
                return p;
        }
        return Status::success();
    });
    if (s)
        e = draft;
    return s;
}

Status TournamentStore::insertEntries(QList<EntryRecord> &list)
{
    if (list.isEmpty())
        return Status::success();
    const QString tournamentId = list.first().tournamentId;
    QList<EntryRecord> drafts = list;
    Status s = m_store.transaction([&]() -> Status {
        if (Status u = ensureUnlocked(tournamentId); !u)
            return u;
        QList<QVariantMap> rows;
        rows.reserve(drafts.size());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (EntryRecord &e : drafts) {
            if (e.tournamentId != tournamentId || e.anglerId.isEmpty())
                return Status::failure(tr("Choose the angler first."));
            QVariantMap values = entryValues(e);
            values.insert(QStringLiteral("tournament_id"), e.tournamentId);
            values.insert(QStringLiteral("angler_id"), e.anglerId);
            if (e.enteredAt == 0)
                e.enteredAt = now;
            values.insert(QStringLiteral("entered_at"), e.enteredAt);
            if (e.id.isEmpty())
                e.id = Store::newId();
            values.insert(QStringLiteral("id"), e.id);
            rows << values;
        }
        auto ids = m_store.insertMany(QStringLiteral("entries"), rows);
        if (!ids) {
            for (const EntryRecord &e : std::as_const(drafts))
                if (ids.error().contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive))
                    return Status::failure(friendly(ids.error(), e));
            return Status::failure(ids.error());
        }
        for (EntryRecord &e : drafts)
            for (PaperFishRecord &f : e.paperFish) {
                f.id.clear();
                if (Status p = insertPaperFish(m_store, e.id, f); !p)
                    return p;
            }
        return Status::success();
    });
    if (s)
        list = drafts;
    return s;
}

Status TournamentStore::updateEntry(EntryRecord &e)
{
    EntryRecord draft = e;
    Status s = m_store.transaction([&]() -> Status {
        if (Status u = ensureUnlocked(draft.tournamentId); !u)
            return u;
        auto current = entry(draft.id);
        if (!current)
            return Status::failure(current.error());
        QVariantMap values = entryValues(draft);
        values.insert(QStringLiteral("angler_id"), draft.anglerId);
        if (Status u = m_store.update(QStringLiteral("entries"), draft.id, values); !u)
            return Status::failure(friendly(u.error(), draft));
        QSet<QString> keep;
        for (const PaperFishRecord &f : std::as_const(draft.paperFish))
            if (!f.id.isEmpty())
                keep.insert(f.id);
        QSet<QString> live;
        for (const PaperFishRecord &f : std::as_const(current->paperFish)) {
            live.insert(f.id);
            if (!keep.contains(f.id))
                if (Status r = m_store.remove(QStringLiteral("paper_fish"), f.id); !r)
                    return r;
        }
        for (PaperFishRecord &f : draft.paperFish) {
            if (f.id.isEmpty()) {
                if (Status p = insertPaperFish(m_store, draft.id, f); !p)
                    return p;
                continue;
            }
            if (!live.contains(f.id))
                if (Status r = restoreRows(QStringLiteral("paper_fish"), {f.id}); !r)
                    return r;
            const QVariantMap fishValues = {
                {QStringLiteral("length_eighths"), f.lengthEighths},
                {QStringLiteral("weighed_weight"), f.weighedHundredths
                                                       ? QVariant(*f.weighedHundredths)
                                                       : QVariant(QMetaType(QMetaType::Int))}};
            if (Status u = m_store.update(QStringLiteral("paper_fish"), f.id, fishValues); !u)
                return u;
        }
        return Status::success();
    });
    if (s)
        e = draft;
    return s;
}

Status TournamentStore::removeEntry(const EntryRecord &e)
{
    return m_store.transaction([&]() -> Status {
        if (Status u = ensureUnlocked(e.tournamentId); !u)
            return u;
        for (const PaperFishRecord &f : e.paperFish)
            if (Status r = m_store.remove(QStringLiteral("paper_fish"), f.id); !r)
                return r;
        return m_store.remove(QStringLiteral("entries"), e.id);
    });
}

Status TournamentStore::restoreEntry(const EntryRecord &e)
{
    return m_store.transaction([&]() -> Status {
        if (Status u = ensureUnlocked(e.tournamentId); !u)
            return u;
        if (Status r = restoreRows(QStringLiteral("entries"), {e.id}); !r)
            return Status::failure(friendly(r.error(), e));
        QStringList fish;
        for (const PaperFishRecord &f : e.paperFish)
            fish.append(f.id);
        return restoreRows(QStringLiteral("paper_fish"), fish);
    });
}

Status TournamentStore::restoreRows(const QString &table, const QStringList &ids)
{
    static const QStringList allowed = {QStringLiteral("entries"), QStringLiteral("paper_fish"),
                                        QStringLiteral("boats"), QStringLiteral("tournaments"),
                                        QStringLiteral("anglers")};
    if (!allowed.contains(table))
        return Status::failure(
            QStringLiteral("internal error: cannot restore rows of %1").arg(table));
    if (ids.isEmpty())
        return Status::success();
    for (const QString &id : ids) {
        // `table` is one of the names above, never the user's text.
        Query q(m_store.database(), QStringLiteral("UPDATE %1 SET deleted = 0, modified = ?, "
                                                 "origin = ? WHERE id = ? AND deleted = 1")
                                      .arg(table));
        q.bind(m_store.nextStamp()).bind(m_store.deviceId()).bind(id);
        if (Status s = q.exec(tr("bring back the deleted record")); !s)
            return s;
        if (q.rowsAffected() != 1)
            return Status::failure(tr("The deleted record could not be found to bring it back."));
    }
    emit m_store.changed(table);
    return Status::success();
}

// ---- boats ----------------------------------------------------------------------------------

Result<QList<BoatRecord>> TournamentStore::boats(const QString &tournamentId)
{
    using R = Result<QList<BoatRecord>>;
    Query q(m_store.database(), QStringLiteral("SELECT ") + rows::boatSelect +
                                  QStringLiteral("WHERE b.tournament_id = ? AND b.deleted = 0 "
                                                 "ORDER BY b.rowid"));
    q.statement().setForwardOnly(true);
    if (Status s = q.bind(tournamentId).exec(tr("read the boats")); !s)
        return R::failure(s.error());
    QList<BoatRecord> out;
    while (q.next())
        out.append(rows::boat(q));
    return out;
}

QVariantMap TournamentStore::boatValues(const BoatRecord &b)
{
    const QVariant none(QMetaType(QMetaType::Int));
    return {
        {QStringLiteral("boater_id"), b.boaterId},
        {QStringLiteral("partner_id"), nullable(b.partnerId)},
        {QStringLiteral("team_fish"), b.teamWeighed ? QVariant(b.teamFish) : none},
        {QStringLiteral("team_weight"), b.teamWeighed ? QVariant(b.teamWeight.hundredths()) : none},
        {QStringLiteral("team_big_bass"),
         b.teamWeighed ? QVariant(b.teamBigBass.hundredths()) : none},
        {QStringLiteral("team_dead"), b.teamWeighed ? b.teamDead : 0},
        {QStringLiteral("team_dq"), b.teamDq ? 1 : 0}};
}

namespace {
Status checkBoat(const BoatRecord &b)
{
    if (b.boaterId.isEmpty())
        return Status::failure(TournamentStore::tr("Choose the boater."));
    if (b.partnerId == b.boaterId)
        return Status::failure(TournamentStore::tr("The partner must be someone else."));
    if (b.teamWeighed && (b.teamDead > b.teamFish))
        return Status::failure(TournamentStore::tr("A boat cannot have more dead fish than fish."));
    if (b.teamWeighed && b.teamBigBass > b.teamWeight)
        return Status::failure(
            TournamentStore::tr("The big bass cannot weigh more than the boat's whole stringer."));
    // Fish without weight (or the reverse) is a boat half typed in, cell by cell: allowed.
    return Status::success();
}
} // namespace

Status TournamentStore::insertBoat(BoatRecord &b)
{
    if (Status s = checkBoat(b); !s)
        return s;
    BoatRecord draft = b;
    Status s = m_store.transaction([&]() -> Status {
        if (Status u = ensureUnlocked(draft.tournamentId); !u)
            return u;
        // An angler is in one boat per tournament.
        Query q(m_store.database(),
                QStringLiteral("SELECT count(*) AS boats FROM boats WHERE tournament_id = ? "
                               "AND deleted = 0 AND (boater_id IN (?, ?) OR "
                               "partner_id IN (?, ?))"));
        const QString partner = draft.partnerId.isEmpty() ? draft.boaterId : draft.partnerId;
        q.bind(draft.tournamentId).bind(draft.boaterId).bind(partner).bind(draft.boaterId).bind(
            partner);
        if (Status x = q.exec(tr("read the boats")); !x)
            return x;
        if (q.next() && q.value("boats").toInt() > 0)
            return Status::failure(tr("One of these anglers is already in a boat; change that "
                                      "boat instead."));
        QVariantMap values = boatValues(draft);
        values.insert(QStringLiteral("tournament_id"), draft.tournamentId);
        if (!draft.id.isEmpty())
            values.insert(QStringLiteral("id"), draft.id);
        auto id = m_store.insert(QStringLiteral("boats"), values);
        if (!id)
            return Status::failure(id.error());
        draft.id = id.value();
        return Status::success();
    });
    if (s)
        b = draft;
    return s;
}

Status TournamentStore::insertBoats(QList<BoatRecord> &list)
{
    if (list.isEmpty())
        return Status::success();
    const QString tournamentId = list.first().tournamentId;
    for (const BoatRecord &b : std::as_const(list)) {
        if (Status c = checkBoat(b); !c)
            return c;
        if (b.tournamentId != tournamentId)
            return Status::failure(tr("The boats belong to different tournaments."));
    }
    QList<BoatRecord> drafts = list;
    Status s = m_store.transaction([&]() -> Status {
        if (Status u = ensureUnlocked(tournamentId); !u)
            return u;
        auto existing = boats(tournamentId);
        if (!existing)
            return Status::failure(existing.error());
        // An angler is in one boat per tournament.
        QSet<QString> aboard;
        for (const BoatRecord &b : existing.value())
            aboard << b.boaterId << b.partnerId;
        aboard.remove(QString());
        QList<QVariantMap> rows;
        for (BoatRecord &b : drafts) {
            if (aboard.contains(b.boaterId) || aboard.contains(b.partnerId))
                return Status::failure(tr("One of these anglers is already in a boat; change "
                                          "that boat instead."));
            aboard << b.boaterId;
            if (!b.partnerId.isEmpty())
                aboard << b.partnerId;
            QVariantMap values = boatValues(b);
            values.insert(QStringLiteral("tournament_id"), b.tournamentId);
            if (b.id.isEmpty())
                b.id = Store::newId();
            values.insert(QStringLiteral("id"), b.id);
            rows << values;
        }
        auto ids = m_store.insertMany(QStringLiteral("boats"), rows);
        return ids ? Status::success() : Status::failure(ids.error());
    });
    if (s)
        list = drafts;
    return s;
}

Status TournamentStore::updateBoat(const BoatRecord &b)
{
    if (Status s = checkBoat(b); !s)
        return s;
    return m_store.transaction([&]() -> Status {
        if (Status u = ensureUnlocked(b.tournamentId); !u)
            return u;
        return m_store.update(QStringLiteral("boats"), b.id, boatValues(b));
    });
}

Status TournamentStore::removeBoat(const BoatRecord &b)
{
    return m_store.transaction([&]() -> Status {
        if (Status u = ensureUnlocked(b.tournamentId); !u)
            return u;
        return m_store.remove(QStringLiteral("boats"), b.id);
    });
}

Status TournamentStore::restoreBoat(const BoatRecord &b)
{
    return m_store.transaction([&]() -> Status {
        if (Status u = ensureUnlocked(b.tournamentId); !u)
            return u;
        return restoreRows(QStringLiteral("boats"), {b.id});
    });
}

Status TournamentStore::insertTeamBoat(QList<EntryRecord> &entries, BoatRecord &boat)
{
    QList<EntryRecord> draftEntries = entries;
    BoatRecord draftBoat = boat;
    Status s = m_store.transaction([&]() -> Status {
        for (EntryRecord &e : draftEntries)
            if (Status x = insertEntry(e); !x)
                return x;
        return insertBoat(draftBoat);
    });
    if (s) {
        entries = draftEntries;
        boat = draftBoat;
    }
    return s;
}

Status TournamentStore::removeTeamBoat(const QList<EntryRecord> &entries, const BoatRecord &boat)
{
    return m_store.transaction([&]() -> Status {
        if (Status x = removeBoat(boat); !x)
            return x;
        for (const EntryRecord &e : entries)
            if (Status x = removeEntry(e); !x)
                return x;
        return Status::success();
    });
}

Status TournamentStore::restoreTeamBoat(const QList<EntryRecord> &entries, const BoatRecord &boat)
{
    return m_store.transaction([&]() -> Status {
        for (const EntryRecord &e : entries)
            if (Status x = restoreEntry(e); !x)
                return x;
        return restoreBoat(boat);
    });
}
