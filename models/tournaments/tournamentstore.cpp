#include "tournaments/tournamentstore.h"

#include "core/phone.h"
#include "scoring/boatranker.h"
#include "scoring/payoutcalculator.h"
#include "scoring/tournamentscorer.h"
#include "store/store.h"
#include "tournaments/seasonloader.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant timeValue(const QTime &t)
{
    return t.isValid() ? QVariant(t.toString(QStringLiteral("HH:mm")))
                       : QVariant(QMetaType(QMetaType::QString));
}

Status prepare(QSqlQuery &q, const QString &sql)
{
    if (!q.prepare(sql))
        return Status::failure(
            TournamentStore::tr("Could not read the database: %1").arg(q.lastError().text()));
    return Status::success();
}

const QString tournamentColumns = QStringLiteral(
    "t.id, t.season, t.event_date, t.name, t.lake_id, t.ramp_id, t.start_time, t.weigh_in_time, "
    "t.format, t.ruleset_id, t.fish_limit, t.entry_fee_cents, t.fee_unit, t.paper, t.cancelled, "
    "t.completed, t.finalized_at, t.finalized_by, t.notes, l.name, r.name "
    "FROM tournaments t LEFT JOIN lakes l ON l.id = t.lake_id "
    "LEFT JOIN ramps r ON r.id = t.ramp_id ");

TournamentRecord readTournament(const QSqlQuery &q)
{
    TournamentRecord t;
    t.id = q.value(0).toString();
    t.season = q.value(1).toInt();
    t.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    t.name = q.value(3).toString();
    t.lakeId = q.value(4).toString();
    t.rampId = q.value(5).toString();
    t.startTime = QTime::fromString(q.value(6).toString(), QStringLiteral("HH:mm"));
    t.weighInTime = QTime::fromString(q.value(7).toString(), QStringLiteral("HH:mm"));
    t.format = q.value(8).toString() == QLatin1String("team") ? TournamentFormat::Team
                                                              : TournamentFormat::Individual;
    t.rulesetId = q.value(9).toString();
    t.fishLimit = q.value(10).toInt();
    t.entryFee = Money::fromCents(q.value(11).toLongLong());
    t.feeUnit =
        q.value(12).toString() == QLatin1String("boat") ? FeeBasis::PerBoat : FeeBasis::PerAngler;
    t.paper = q.value(13).toInt() != 0;
    t.cancelled = q.value(14).toInt() != 0;
    t.completed = q.value(15).toInt() != 0;
    t.finalizedAt = q.value(16).isNull() ? 0 : q.value(16).toLongLong();
    t.finalizedBy = q.value(17).toString();
    t.notes = q.value(18).toString();
    t.lakeName = q.value(19).toString();
    t.rampName = q.value(20).toString();
    return t;
}

const QString entryColumns = QStringLiteral(
    "e.id, e.tournament_id, e.angler_id, a.full_name, e.fish, e.gross_weight, e.big_bass, e.dead, "
    "e.minutes_late, e.buy_in, e.dq, e.was_member, e.manual_order, e.entered_at "
    "FROM entries e LEFT JOIN anglers a ON a.id = e.angler_id ");

EntryRecord readEntry(const QSqlQuery &q)
{
    EntryRecord e;
    e.id = q.value(0).toString();
    e.tournamentId = q.value(1).toString();
    e.anglerId = q.value(2).toString();
    e.anglerName = q.value(3).toString();
    e.fish = q.value(4).toInt();
    e.gross = Weight::fromHundredths(q.value(5).toInt());
    e.bigBass = Weight::fromHundredths(q.value(6).toInt());
    e.dead = q.value(7).toInt();
    e.minutesLate = q.value(8).toInt();
    e.buyIn = q.value(9).toInt() != 0;
    e.dq = q.value(10).toInt() != 0;
    e.wasMember = q.value(11).toInt() != 0;
    e.manualOrder = q.value(12).isNull() ? 0 : q.value(12).toInt();
    e.enteredAt = q.value(13).toLongLong();
    return e;
}

// Paper fish of the given entries, in the order they were measured.
Status readPaperFish(Store &store, QList<EntryRecord> &entries, const QString &tournamentId)
{
    if (entries.isEmpty())
        return Status::success();
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < entries.size(); ++i)
        index.insert(entries.at(i).id, i);
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (Status s = prepare(q, QStringLiteral("SELECT p.entry_id, p.id, p.length_eighths, "
                                             "p.weighed_weight FROM paper_fish p JOIN entries e "
                                             "ON e.id = p.entry_id WHERE e.tournament_id = ? AND "
                                             "p.deleted = 0 AND e.deleted = 0 "
                                             "ORDER BY p.rowid"));
        !s)
        return s;
    q.addBindValue(tournamentId);
    if (Status s = Store::exec(q, TournamentStore::tr("read the measured fish")); !s)
        return s;
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toString());
        if (it == index.cend())
            continue;
        PaperFishRecord f;
        f.id = q.value(1).toString();
        f.lengthEighths = q.value(2).toInt();
        if (!q.value(3).isNull())
            f.weighedHundredths = q.value(3).toInt();
        entries[*it].paperFish.append(f);
    }
    return Status::success();
}

} // namespace

QVariantMap TournamentRecord::editableValues() const
{
    return {
        {QStringLiteral("season"), date.isValid() ? date.year() : season},
        {QStringLiteral("event_date"), date.toString(Qt::ISODate)},
        {QStringLiteral("name"), name.trimmed()},
        {QStringLiteral("lake_id"), nullable(lakeId)},
        {QStringLiteral("ramp_id"), nullable(rampId)},
        {QStringLiteral("start_time"), timeValue(startTime)},
        {QStringLiteral("weigh_in_time"), timeValue(weighInTime)},
        {QStringLiteral("format"),
         format == TournamentFormat::Team ? QStringLiteral("team") : QStringLiteral("individual")},
        {QStringLiteral("ruleset_id"), nullable(rulesetId)},
        {QStringLiteral("fish_limit"), fishLimit},
        {QStringLiteral("entry_fee_cents"), entryFee.cents()},
        {QStringLiteral("fee_unit"),
         feeUnit == FeeBasis::PerBoat ? QStringLiteral("boat") : QStringLiteral("angler")},
        {QStringLiteral("paper"), paper ? 1 : 0},
        {QStringLiteral("cancelled"), cancelled ? 1 : 0},
        {QStringLiteral("notes"), notes.isNull() ? QStringLiteral("") : notes},
    };
}

Entry EntryRecord::toEntry() const
{
    Entry e;
    e.anglerId = anglerId;
    e.anglerName = anglerName;
    e.member = wasMember;
    e.fish = fish;
    e.gross = gross;
    e.bigBass = bigBass;
    e.dead = dead;
    e.lateMinutes = minutesLate;
    e.buyIn = buyIn;
    e.dq = dq;
    e.manualOrder = manualOrder;
    e.fishLengths = lengths();
    return e;
}

QList<int> EntryRecord::lengths() const
{
    QList<int> out;
    out.reserve(paperFish.size());
    for (const PaperFishRecord &f : paperFish)
        out.append(f.lengthEighths);
    return out;
}

bool EntryRecord::sameValues(const EntryRecord &o) const
{
    if (paperFish.size() != o.paperFish.size())
        return false;
    for (qsizetype i = 0; i < paperFish.size(); ++i)
        if (paperFish.at(i).lengthEighths != o.paperFish.at(i).lengthEighths ||
            paperFish.at(i).weighedHundredths != o.paperFish.at(i).weighedHundredths)
            return false;
    return anglerId == o.anglerId && fish == o.fish && gross == o.gross && bigBass == o.bigBass &&
           dead == o.dead && minutesLate == o.minutesLate && buyIn == o.buyIn && dq == o.dq &&
           wasMember == o.wasMember && manualOrder == o.manualOrder;
}

BoatInput BoatRecord::toInput() const
{
    BoatInput b;
    b.id = id;
    b.boaterId = boaterId;
    b.partnerId = partnerId;
    b.teamWeighed = teamWeighed;
    b.fish = teamFish;
    b.gross = teamWeight;
    b.bigBass = teamBigBass;
    b.dead = teamDead;
    b.dq = teamDq;
    return b;
}

// ---- tournaments ----------------------------------------------------------------------------

Result<TournamentRecord> TournamentStore::tournament(Store &store, const QString &id)
{
    QSqlQuery q(store.database());
    if (Status s = prepare(q, QStringLiteral("SELECT ") + tournamentColumns +
                                  QStringLiteral("WHERE t.id = ? AND t.deleted = 0"));
        !s)
        return Result<TournamentRecord>::failure(s.error());
    q.addBindValue(id);
    if (Status s = Store::exec(q, tr("read the tournament")); !s)
        return Result<TournamentRecord>::failure(s.error());
    if (!q.next())
        return Result<TournamentRecord>::failure(tr("The tournament no longer exists."));
    return readTournament(q);
}

Result<QList<TournamentRecord>> TournamentStore::tournaments(Store &store, int season)
{
    using R = Result<QList<TournamentRecord>>;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (Status s = prepare(q, QStringLiteral("SELECT ") + tournamentColumns +
                                  QStringLiteral("WHERE t.season = ? AND t.deleted = 0 "
                                                 "ORDER BY t.event_date, t.name, t.id"));
        !s)
        return R::failure(s.error());
    q.addBindValue(season);
    if (Status s = Store::exec(q, tr("read the tournaments")); !s)
        return R::failure(s.error());
    QList<TournamentRecord> out;
    while (q.next())
        out.append(readTournament(q));
    return out;
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

Result<QString> TournamentStore::insertTournament(Store &store, const TournamentRecord &t)
{
    auto ids = insertTournaments(store, {t});
    if (!ids)
        return Result<QString>::failure(ids.error());
    return ids->first();
}

Result<QStringList> TournamentStore::insertTournaments(Store &store,
                                                       const QList<TournamentRecord> &list)
{
    for (const TournamentRecord &t : list)
        if (Status s = checkTournament(t); !s)
            return Result<QStringList>::failure(s.error());
    QStringList ids;
    Status s = store.transaction([&]() -> Status {
        for (const TournamentRecord &t : list) {
            QVariantMap values = t.editableValues();
            if (!t.id.isEmpty())
                values.insert(QStringLiteral("id"), t.id);
            values.insert(QStringLiteral("completed"), t.completed ? 1 : 0);
            auto id = store.insert(QStringLiteral("tournaments"), values);
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

Status TournamentStore::updateTournament(Store &store, const TournamentRecord &t)
{
    if (Status s = checkTournament(t); !s)
        return s;
    return store.update(QStringLiteral("tournaments"), t.id, t.editableValues());
}

Result<int> TournamentStore::entryCount(Store &store, const QString &tournamentId)
{
    QSqlQuery q(store.database());
    if (Status s = prepare(q, QStringLiteral("SELECT count(*) FROM entries WHERE tournament_id = ? "
                                             "AND deleted = 0"));
        !s)
        return Result<int>::failure(s.error());
    q.addBindValue(tournamentId);
    if (Status s = Store::exec(q, tr("count the tournament's entries")); !s)
        return Result<int>::failure(s.error());
    return q.next() ? q.value(0).toInt() : 0;
}

Result<QStringList> TournamentStore::removeTournament(Store &store, const QString &id)
{
    QStringList boats;
    Status done = store.transaction([&]() -> Status {
        auto count = entryCount(store, id);
        if (!count)
            return Status::failure(count.error());
        if (count.value() > 0)
            return Status::failure(
                tr("This tournament has %n weigh-in entries, so it cannot be deleted. Mark it "
                   "cancelled instead.",
                   nullptr, count.value()));
        // Its boats go with it (a tournament without entries may still have boats paired).
        QSqlQuery q(store.database());
        if (Status s = prepare(q, QStringLiteral("SELECT id FROM boats WHERE tournament_id = ? "
                                                 "AND deleted = 0"));
            !s)
            return s;
        q.addBindValue(id);
        if (Status s = Store::exec(q, tr("read the tournament's boats")); !s)
            return s;
        while (q.next())
            boats.append(q.value(0).toString());
        for (const QString &b : std::as_const(boats))
            if (Status s = store.remove(QStringLiteral("boats"), b); !s)
                return s;
        return store.remove(QStringLiteral("tournaments"), id);
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

Status TournamentStore::ensureUnlocked(Store &store, const QString &tournamentId)
{
    QSqlQuery q(store.database());
    if (Status s = prepare(q, QStringLiteral("SELECT completed, name FROM tournaments WHERE id = ? "
                                             "AND deleted = 0"));
        !s)
        return s;
    q.addBindValue(tournamentId);
    if (Status s = Store::exec(q, tr("read the tournament")); !s)
        return s;
    if (!q.next())
        return Status::failure(tr("The tournament no longer exists."));
    if (q.value(0).toInt() != 0)
        return Status::failure(tr("The results of %1 are finalized. Unlock them before changing "
                                  "anything.")
                                   .arg(q.value(1).toString()));
    return Status::success();
}

namespace {
Status logAction(Store &store, const QString &tournamentId, const QString &action,
                 const QString &actor, qint64 now)
{
    auto r = store.insert(QStringLiteral("tournament_log"),
                          {{QStringLiteral("tournament_id"), tournamentId},
                           {QStringLiteral("action"), action},
                           {QStringLiteral("actor"), actor},
                           {QStringLiteral("at"), now}});
    return r ? Status::success() : Status::failure(r.error());
}
} // namespace

Status TournamentStore::finalize(Store &store, const QString &tournamentId, const QString &actor)
{
    if (actor.trimmed().isEmpty())
        return Status::failure(tr("Enter who finalizes the results."));
    return store.transaction([&]() -> Status {
        auto t = tournament(store, tournamentId);
        if (!t)
            return Status::failure(t.error());
        if (t->completed)
            return Status::failure(tr("The results of %1 are already finalized.").arg(t->name));
        if (t->cancelled)
            return Status::failure(
                tr("%1 is cancelled; there are no results to finalize.").arg(t->name));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (Status s = store.update(QStringLiteral("tournaments"), tournamentId,
                                    {{QStringLiteral("completed"), 1},
                                     {QStringLiteral("finalized_at"), now},
                                     {QStringLiteral("finalized_by"), actor.trimmed()}});
            !s)
            return s;
        return logAction(store, tournamentId, QStringLiteral("finalized"), actor.trimmed(), now);
    });
}

Status TournamentStore::unlock(Store &store, const QString &tournamentId, const QString &actor)
{
    if (actor.trimmed().isEmpty())
        return Status::failure(tr("Enter who unlocks the results."));
    return store.transaction([&]() -> Status {
        auto t = tournament(store, tournamentId);
        if (!t)
            return Status::failure(t.error());
        if (!t->completed)
            return Status::failure(tr("The results of %1 are not finalized.").arg(t->name));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (Status s = store.update(QStringLiteral("tournaments"), tournamentId,
                                    {{QStringLiteral("completed"), 0}});
            !s)
            return s;
        return logAction(store, tournamentId, QStringLiteral("unlocked"), actor.trimmed(), now);
    });
}

Result<QList<TournamentLogRecord>> TournamentStore::log(Store &store, const QString &tournamentId)
{
    using R = Result<QList<TournamentLogRecord>>;
    QSqlQuery q(store.database());
    if (Status s = prepare(q, QStringLiteral("SELECT action, actor, at FROM tournament_log WHERE "
                                             "tournament_id = ? AND deleted = 0 ORDER BY at, "
                                             "modified"));
        !s)
        return R::failure(s.error());
    q.addBindValue(tournamentId);
    if (Status s = Store::exec(q, tr("read the tournament's history")); !s)
        return R::failure(s.error());
    QList<TournamentLogRecord> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(),
                    QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), QTimeZone::utc())});
    return out;
}

// ---- scoring inputs -------------------------------------------------------------------------

Result<Ruleset> TournamentStore::ruleset(Store &store, const TournamentRecord &t)
{
    Ruleset base;
    bool found = false;
    if (!t.rulesetId.isEmpty()) {
        QSqlQuery q(store.database());
        if (Status s = prepare(q, QStringLiteral("SELECT name, settings, season FROM rulesets "
                                                 "WHERE id = ? AND deleted = 0"));
            !s)
            return Result<Ruleset>::failure(s.error());
        q.addBindValue(t.rulesetId);
        if (Status s = Store::exec(q, tr("read the tournament's ruleset")); !s)
            return Result<Ruleset>::failure(s.error());
        if (q.next()) {
            const QString name = q.value(0).toString();
            Ruleset defaults = Ruleset::sabc2025();
            if (auto builtIn = Ruleset::builtIn(name))
                defaults = builtIn.value();
            defaults.name = name;
            QByteArray settings = q.value(1).toString().toUtf8().trimmed();
            if (settings.isEmpty())
                settings = "{}";
            auto r = Ruleset::fromJson(settings, defaults);
            if (!r)
                return Result<Ruleset>::failure(
                    tr("The ruleset of %1 cannot be used: %2").arg(t.name, r.error()));
            base = r.value();
            found = true;
        }
    }
    if (!found) {
        auto r = SeasonLoader::loadRuleset(store.database(), t.season);
        if (!r)
            return r;
        base = r.value();
    }
    TournamentInput in;
    in.format = t.format;
    in.fishLimit = t.fishLimit;
    return TournamentScorer::effectiveRuleset(in, base);
}

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

Result<Money> TournamentStore::bigBassCarryIn(Store &store, const TournamentRecord &t)
{
    QSqlQuery q(store.database());
    if (Status s =
            prepare(q, QStringLiteral("SELECT min(season) FROM tournaments WHERE deleted = 0"));
        !s)
        return Result<Money>::failure(s.error());
    if (Status s = Store::exec(q, tr("read the seasons")); !s)
        return Result<Money>::failure(s.error());
    const int first = q.next() && !q.value(0).isNull() ? q.value(0).toInt() : t.season;

    // Every earlier tournament, season by season, kept alive for the chain.
    QList<LoadedSeason> seasons;
    for (int season = first; season <= t.season; ++season) {
        auto loaded = SeasonLoader::load(store.database(), season);
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
    };
    QList<Scored> scored;
    for (const LoadedSeason &season : std::as_const(seasons)) {
        for (const TournamentInput &in : season.tournaments) {
            if (in.id == t.id || in.date > t.date || (in.date == t.date && in.id >= t.id))
                continue;
            Scored s;
            s.ruleset = TournamentScorer::effectiveRuleset(in, season.ruleset);
            s.result = TournamentScorer::score(in, season.ruleset);
            s.boats = BoatRanker::rank(s.result, s.ruleset, in.boats);
            s.cancelled = in.cancelled;
            scored.append(s);
        }
    }
    QList<PayoutCalculator::Step> steps;
    for (const Scored &s : std::as_const(scored))
        steps.append({&s.result, &s.boats, s.ruleset, s.cancelled});
    const QList<TournamentPayouts> chain = PayoutCalculator::chain(steps);
    return chain.isEmpty() ? Money() : chain.last().carryOut;
}

// ---- entries --------------------------------------------------------------------------------

Result<QList<EntryRecord>> TournamentStore::entries(Store &store, const QString &tournamentId)
{
    using R = Result<QList<EntryRecord>>;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (Status s = prepare(q, QStringLiteral("SELECT ") + entryColumns +
                                  QStringLiteral("WHERE e.tournament_id = ? AND e.deleted = 0 "
                                                 "ORDER BY e.entered_at, e.rowid"));
        !s)
        return R::failure(s.error());
    q.addBindValue(tournamentId);
    if (Status s = Store::exec(q, tr("read the weigh-in entries")); !s)
        return R::failure(s.error());
    QList<EntryRecord> out;
    while (q.next())
        out.append(readEntry(q));
    if (Status s = readPaperFish(store, out, tournamentId); !s)
        return R::failure(s.error());
    return out;
}

Result<EntryRecord> TournamentStore::entry(Store &store, const QString &id)
{
    QSqlQuery q(store.database());
    if (Status s = prepare(q, QStringLiteral("SELECT ") + entryColumns +
                                  QStringLiteral("WHERE e.id = ? AND e.deleted = 0"));
        !s)
        return Result<EntryRecord>::failure(s.error());
    q.addBindValue(id);
    if (Status s = Store::exec(q, tr("read the entry")); !s)
        return Result<EntryRecord>::failure(s.error());
    if (!q.next())
        return Result<EntryRecord>::failure(tr("The entry no longer exists."));
    QList<EntryRecord> one{readEntry(q)};
    if (Status s = readPaperFish(store, one, one.first().tournamentId); !s)
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

Status TournamentStore::insertEntry(Store &store, EntryRecord &e)
{
    if (e.tournamentId.isEmpty() || e.anglerId.isEmpty())
        return Status::failure(tr("Choose the angler first."));
    EntryRecord draft = e;
    Status s = store.transaction([&]() -> Status {
        if (Status u = ensureUnlocked(store, draft.tournamentId); !u)
            return u;
        QVariantMap values = entryValues(draft);
        values.insert(QStringLiteral("tournament_id"), draft.tournamentId);
        values.insert(QStringLiteral("angler_id"), draft.anglerId);
        if (draft.enteredAt == 0)
            draft.enteredAt = QDateTime::currentMSecsSinceEpoch();
        values.insert(QStringLiteral("entered_at"), draft.enteredAt);
        if (!draft.id.isEmpty())
            values.insert(QStringLiteral("id"), draft.id);
        auto id = store.insert(QStringLiteral("entries"), values);
        if (!id)
            return Status::failure(friendly(id.error(), draft));
        draft.id = id.value();
        for (PaperFishRecord &f : draft.paperFish) {
            f.id.clear();
            if (Status p = insertPaperFish(store, draft.id, f); !p)
                return p;
        }
        return Status::success();
    });
    if (s)
        e = draft;
    return s;
}

Status TournamentStore::updateEntry(Store &store, EntryRecord &e)
{
    EntryRecord draft = e;
    Status s = store.transaction([&]() -> Status {
        if (Status u = ensureUnlocked(store, draft.tournamentId); !u)
            return u;
        auto current = entry(store, draft.id);
        if (!current)
            return Status::failure(current.error());
        QVariantMap values = entryValues(draft);
        values.insert(QStringLiteral("angler_id"), draft.anglerId);
        if (Status u = store.update(QStringLiteral("entries"), draft.id, values); !u)
            return Status::failure(friendly(u.error(), draft));
        QSet<QString> keep;
        for (const PaperFishRecord &f : std::as_const(draft.paperFish))
            if (!f.id.isEmpty())
                keep.insert(f.id);
        QSet<QString> live;
        for (const PaperFishRecord &f : std::as_const(current->paperFish)) {
            live.insert(f.id);
            if (!keep.contains(f.id))
                if (Status r = store.remove(QStringLiteral("paper_fish"), f.id); !r)
                    return r;
        }
        for (PaperFishRecord &f : draft.paperFish) {
            if (f.id.isEmpty()) {
                if (Status p = insertPaperFish(store, draft.id, f); !p)
                    return p;
                continue;
            }
            if (!live.contains(f.id))
                if (Status r = restoreRows(store, QStringLiteral("paper_fish"), {f.id}); !r)
                    return r;
            const QVariantMap fishValues = {
                {QStringLiteral("length_eighths"), f.lengthEighths},
                {QStringLiteral("weighed_weight"), f.weighedHundredths
                                                       ? QVariant(*f.weighedHundredths)
                                                       : QVariant(QMetaType(QMetaType::Int))}};
            if (Status u = store.update(QStringLiteral("paper_fish"), f.id, fishValues); !u)
                return u;
        }
        return Status::success();
    });
    if (s)
        e = draft;
    return s;
}

Status TournamentStore::removeEntry(Store &store, const EntryRecord &e)
{
    return store.transaction([&]() -> Status {
        if (Status u = ensureUnlocked(store, e.tournamentId); !u)
            return u;
        for (const PaperFishRecord &f : e.paperFish)
            if (Status r = store.remove(QStringLiteral("paper_fish"), f.id); !r)
                return r;
        return store.remove(QStringLiteral("entries"), e.id);
    });
}

Status TournamentStore::restoreEntry(Store &store, const EntryRecord &e)
{
    return store.transaction([&]() -> Status {
        if (Status u = ensureUnlocked(store, e.tournamentId); !u)
            return u;
        if (Status r = restoreRows(store, QStringLiteral("entries"), {e.id}); !r)
            return Status::failure(friendly(r.error(), e));
        QStringList fish;
        for (const PaperFishRecord &f : e.paperFish)
            fish.append(f.id);
        return restoreRows(store, QStringLiteral("paper_fish"), fish);
    });
}

Status TournamentStore::restoreRows(Store &store, const QString &table, const QStringList &ids)
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
        QSqlQuery q(store.database());
        if (Status s = prepare(q, QStringLiteral("UPDATE %1 SET deleted = 0, modified = ?, "
                                                 "origin = ? WHERE id = ? AND deleted = 1")
                                      .arg(table));
            !s)
            return s;
        q.addBindValue(store.nextStamp());
        q.addBindValue(store.deviceId());
        q.addBindValue(id);
        if (Status s = Store::exec(q, tr("bring back the deleted record")); !s)
            return s;
        if (q.numRowsAffected() != 1)
            return Status::failure(tr("The deleted record could not be found to bring it back."));
    }
    emit store.changed(table);
    return Status::success();
}

// ---- boats ----------------------------------------------------------------------------------

Result<QList<BoatRecord>> TournamentStore::boats(Store &store, const QString &tournamentId)
{
    using R = Result<QList<BoatRecord>>;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (Status s = prepare(q, QStringLiteral("SELECT id, tournament_id, boater_id, partner_id, "
                                             "team_fish, team_weight, team_big_bass, team_dead, "
                                             "team_dq FROM boats WHERE tournament_id = ? AND "
                                             "deleted = 0 ORDER BY rowid"));
        !s)
        return R::failure(s.error());
    q.addBindValue(tournamentId);
    if (Status s = Store::exec(q, tr("read the boats")); !s)
        return R::failure(s.error());
    QList<BoatRecord> out;
    while (q.next()) {
        BoatRecord b;
        b.id = q.value(0).toString();
        b.tournamentId = q.value(1).toString();
        b.boaterId = q.value(2).toString();
        b.partnerId = q.value(3).toString();
        b.teamWeighed = !q.value(5).isNull();
        b.teamFish = q.value(4).toInt();
        b.teamWeight = Weight::fromHundredths(q.value(5).toInt());
        b.teamBigBass = Weight::fromHundredths(q.value(6).toInt());
        b.teamDead = q.value(7).toInt();
        b.teamDq = q.value(8).toInt() != 0;
        out.append(b);
    }
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

Status TournamentStore::insertBoat(Store &store, BoatRecord &b)
{
    if (Status s = checkBoat(b); !s)
        return s;
    BoatRecord draft = b;
    Status s = store.transaction([&]() -> Status {
        if (Status u = ensureUnlocked(store, draft.tournamentId); !u)
            return u;
        // An angler is in one boat per tournament.
        QSqlQuery q(store.database());
        if (Status p =
                prepare(q, QStringLiteral("SELECT count(*) FROM boats WHERE tournament_id = ? "
                                          "AND deleted = 0 AND (boater_id IN (?, ?) OR "
                                          "partner_id IN (?, ?))"));
            !p)
            return p;
        const QString partner = draft.partnerId.isEmpty() ? draft.boaterId : draft.partnerId;
        q.addBindValue(draft.tournamentId);
        q.addBindValue(draft.boaterId);
        q.addBindValue(partner);
        q.addBindValue(draft.boaterId);
        q.addBindValue(partner);
        if (Status x = Store::exec(q, tr("read the boats")); !x)
            return x;
        if (q.next() && q.value(0).toInt() > 0)
            return Status::failure(tr("One of these anglers is already in a boat; change that "
                                      "boat instead."));
        QVariantMap values = boatValues(draft);
        values.insert(QStringLiteral("tournament_id"), draft.tournamentId);
        if (!draft.id.isEmpty())
            values.insert(QStringLiteral("id"), draft.id);
        auto id = store.insert(QStringLiteral("boats"), values);
        if (!id)
            return Status::failure(id.error());
        draft.id = id.value();
        return Status::success();
    });
    if (s)
        b = draft;
    return s;
}

Status TournamentStore::updateBoat(Store &store, const BoatRecord &b)
{
    if (Status s = checkBoat(b); !s)
        return s;
    return store.transaction([&]() -> Status {
        if (Status u = ensureUnlocked(store, b.tournamentId); !u)
            return u;
        return store.update(QStringLiteral("boats"), b.id, boatValues(b));
    });
}

Status TournamentStore::removeBoat(Store &store, const BoatRecord &b)
{
    return store.transaction([&]() -> Status {
        if (Status u = ensureUnlocked(store, b.tournamentId); !u)
            return u;
        return store.remove(QStringLiteral("boats"), b.id);
    });
}

Status TournamentStore::restoreBoat(Store &store, const BoatRecord &b)
{
    return store.transaction([&]() -> Status {
        if (Status u = ensureUnlocked(store, b.tournamentId); !u)
            return u;
        return restoreRows(store, QStringLiteral("boats"), {b.id});
    });
}

// ---- anglers --------------------------------------------------------------------------------

Result<QList<AnglerChoice>> TournamentStore::anglerChoices(Store &store, int season)
{
    using R = Result<QList<AnglerChoice>>;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (Status s = prepare(
            q, QStringLiteral(
                   "SELECT a.id, a.full_name, a.phone, a.dues_paid_through, a.inactive, "
                   "EXISTS (SELECT 1 FROM memberships m WHERE m.angler_id = a.id AND "
                   "m.season = :season AND m.deleted = 0), "
                   "(SELECT count(*) FROM entries e JOIN tournaments t ON t.id = e.tournament_id "
                   "WHERE e.angler_id = a.id AND e.deleted = 0 AND t.deleted = 0 AND "
                   "t.season = :season AND e.was_member = 0) "
                   "FROM anglers a WHERE a.deleted = 0 AND a.merged_into IS NULL "
                   "ORDER BY a.full_name COLLATE NOCASE, a.id"));
        !s)
        return R::failure(s.error());
    q.bindValue(QStringLiteral(":season"), season);
    if (Status s = Store::exec(q, tr("read the roster")); !s)
        return R::failure(s.error());
    QList<AnglerChoice> members;
    QList<AnglerChoice> others;
    while (q.next()) {
        AnglerChoice c;
        c.id = q.value(0).toString();
        c.name = q.value(1).toString();
        c.phone = q.value(2).toString();
        c.duesPaidThrough = q.value(3).isNull() ? 0 : q.value(3).toInt();
        c.inactive = q.value(4).toInt() != 0;
        c.member = q.value(5).toInt() != 0;
        c.guestEvents = q.value(6).toInt();
        (c.member ? members : others).append(c);
    }
    return members + others;
}

Result<QString> TournamentStore::insertGuest(Store &store, const QString &name,
                                             const QString &phone)
{
    const QString clean = name.simplified();
    if (clean.isEmpty())
        return Result<QString>::failure(tr("Enter the guest's name."));
    auto normalised = Phone::normalise(phone);
    if (!normalised)
        return Result<QString>::failure(normalised.error());
    QVariantMap values = {{QStringLiteral("full_name"), clean},
                          {QStringLiteral("notes"), tr("Walk-up guest")}};
    if (!normalised->isEmpty())
        values.insert(QStringLiteral("phone"), normalised.value());
    return store.insert(QStringLiteral("anglers"), values);
}

Result<bool> TournamentStore::isMember(Store &store, const QString &anglerId, int season)
{
    QSqlQuery q(store.database());
    if (Status s = prepare(q, QStringLiteral("SELECT count(*) FROM memberships WHERE angler_id = ? "
                                             "AND season = ? AND deleted = 0"));
        !s)
        return Result<bool>::failure(s.error());
    q.addBindValue(anglerId);
    q.addBindValue(season);
    if (Status s = Store::exec(q, tr("read the angler's membership")); !s)
        return Result<bool>::failure(s.error());
    return q.next() && q.value(0).toInt() > 0;
}

// ---- lakes, ramps, rulesets -----------------------------------------------------------------

Result<QList<LakeRecord>> TournamentStore::lakes(Store &store)
{
    using R = Result<QList<LakeRecord>>;
    QSqlQuery q(store.database());
    if (Status s = prepare(q, QStringLiteral("SELECT id, key, name, paper FROM lakes WHERE "
                                             "deleted = 0 ORDER BY name COLLATE NOCASE"));
        !s)
        return R::failure(s.error());
    if (Status s = Store::exec(q, tr("read the lakes")); !s)
        return R::failure(s.error());
    QList<LakeRecord> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toInt() != 0});
    return out;
}

Result<QList<RampRecord>> TournamentStore::ramps(Store &store, const QString &lakeId)
{
    using R = Result<QList<RampRecord>>;
    QSqlQuery q(store.database());
    if (Status s =
            prepare(q, QStringLiteral("SELECT id, lake_id, name FROM ramps WHERE lake_id = ? "
                                      "AND deleted = 0 ORDER BY name COLLATE NOCASE"));
        !s)
        return R::failure(s.error());
    q.addBindValue(lakeId);
    if (Status s = Store::exec(q, tr("read the ramps")); !s)
        return R::failure(s.error());
    QList<RampRecord> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

Result<QString> TournamentStore::insertLake(Store &store, const QString &name, bool paper)
{
    const QString clean = name.simplified();
    if (clean.isEmpty())
        return Result<QString>::failure(tr("Enter the lake's name."));
    static const QRegularExpression notKey(QStringLiteral("[^a-z0-9]+"));
    QString key = clean.toLower().replace(notKey, QStringLiteral("-"));
    while (key.startsWith(u'-'))
        key.remove(0, 1);
    while (key.endsWith(u'-'))
        key.chop(1);
    if (key.isEmpty())
        key = Store::newId();
    auto existing = lakes(store);
    if (!existing)
        return Result<QString>::failure(existing.error());
    for (const LakeRecord &l : existing.value()) {
        if (l.name.compare(clean, Qt::CaseInsensitive) == 0)
            return Result<QString>::failure(tr("%1 is already in the list of lakes.").arg(l.name));
        if (l.key == key)
            key += QStringLiteral("-") + Store::newId().left(8);
    }
    return store.insert(QStringLiteral("lakes"), {{QStringLiteral("key"), key},
                                                  {QStringLiteral("name"), clean},
                                                  {QStringLiteral("paper"), paper ? 1 : 0}});
}

Result<QString> TournamentStore::insertRamp(Store &store, const QString &lakeId,
                                            const QString &name)
{
    const QString clean = name.simplified();
    if (clean.isEmpty())
        return Result<QString>::failure(tr("Enter the ramp's name."));
    return store.insert(QStringLiteral("ramps"),
                        {{QStringLiteral("lake_id"), lakeId}, {QStringLiteral("name"), clean}});
}

Result<QList<RulesetRecord>> TournamentStore::rulesets(Store &store)
{
    using R = Result<QList<RulesetRecord>>;
    QSqlQuery q(store.database());
    if (Status s = prepare(q, QStringLiteral("SELECT id, season, name FROM rulesets WHERE "
                                             "deleted = 0 ORDER BY season DESC"));
        !s)
        return R::failure(s.error());
    if (Status s = Store::exec(q, tr("read the rulesets")); !s)
        return R::failure(s.error());
    QList<RulesetRecord> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toString()});
    return out;
}
