#include "tournaments/rulesetstore.h"

#include "scoring/tournamentscorer.h"
#include "store/query.h"
#include "store/store.h"

#include <algorithm>

RulesetStore::RulesetStore(Store &store) : m_db(store.database()), m_store(&store) {}

Result<QList<RulesetRecord>> RulesetStore::rulesets() const
{
    using R = Result<QList<RulesetRecord>>;
    Query q(m_db, QStringLiteral("SELECT id, season, name FROM rulesets WHERE deleted = 0 "
                                 "ORDER BY season DESC"));
    if (Status s = q.exec(tr("read the rulesets")); !s)
        return R::failure(s.error());
    QList<RulesetRecord> out;
    while (q.next())
        out.append({q.value("id").toString(), q.value("season").toInt(),
                    q.value("name").toString()});
    return out;
}

Result<Ruleset> RulesetStore::fromStored(const QString &name, const QString &settings)
{
    Ruleset defaults = Ruleset::sabc2025();
    if (auto builtIn = Ruleset::builtIn(name))
        defaults = builtIn.value();
    defaults.name = name;
    const QByteArray json = settings.toUtf8().trimmed();
    return Ruleset::fromJson(json.isEmpty() ? QByteArray("{}") : json, defaults);
}

Result<Ruleset> RulesetStore::forSeason(int season) const
{
    auto r = seasonRules(season);
    if (!r)
        return Result<Ruleset>::failure(r.error());
    if (!r->stored && r->copiedFrom == 0)
        return Ruleset::sabc2025();
    return r->rules;
}

Result<Ruleset> RulesetStore::storedFor(int season, const QString &name, const QString &settings)
{
    auto r = fromStored(name, settings);
    if (!r)
        return Result<Ruleset>::failure(
            tr("The ruleset of season %1 cannot be used: %2").arg(season).arg(r.error()));
    return r;
}

Result<QHash<int, Ruleset>> RulesetStore::forSeasons(const QList<int> &seasons) const
{
    using R = Result<QHash<int, Ruleset>>;
    struct Stored
    {
        int season;
        QString name;
        QString settings;
    };
    QList<Stored> stored; // oldest first
    {
        Query q(m_db, QStringLiteral("SELECT season, name, settings FROM rulesets "
                                     "WHERE deleted = 0 ORDER BY season"));
        if (Status s = q.exec(tr("read the seasons' rulesets")); !s)
            return R::failure(s.error());
        while (q.next())
            stored.append({q.value("season").toInt(), q.value("name").toString(),
                           q.value("settings").toString()});
    }
    QHash<int, Ruleset> parsed; // by the season that stored them
    QHash<int, Ruleset> out;
    for (const int season : seasons) {
        // The latest stored at or before the season, as seasonRules() finds it.
        const auto after = std::upper_bound(stored.cbegin(), stored.cend(), season,
                                            [](int s, const Stored &r) { return s < r.season; });
        if (after == stored.cbegin()) {
            out.insert(season, Ruleset::sabc2025());
            continue;
        }
        const Stored &from = *(after - 1);
        auto rules = parsed.constFind(from.season);
        if (rules == parsed.cend()) {
            auto r = storedFor(from.season, from.name, from.settings);
            if (!r)
                return R::failure(r.error());
            rules = parsed.insert(from.season, r.value());
        }
        out.insert(season, *rules);
    }
    return out;
}

Result<SeasonRules> RulesetStore::seasonRules(int season) const
{
    using R = Result<SeasonRules>;
    Query q(m_db, QStringLiteral("SELECT season, name, settings FROM rulesets "
                                 "WHERE season <= ? AND deleted = 0 ORDER BY season DESC LIMIT 1"));
    if (Status s = q.bind(season).exec(tr("read the season's ruleset")); !s)
        return R::failure(s.error());
    SeasonRules out;
    if (!q.next()) {
        out.rules = Ruleset::bylaws(season);
        return out;
    }
    const int from = q.value("season").toInt();
    auto r = storedFor(from, q.value("name").toString(), q.value("settings").toString());
    if (!r)
        return R::failure(r.error());
    out.rules = r.value();
    out.stored = from == season;
    out.copiedFrom = from == season ? 0 : from;
    return out;
}

Status RulesetStore::setForSeason(int season, const Ruleset &rules)
{
    if (season < 1900 || season > 2200)
        return Status::failure(tr("%1 is not a season.").arg(season));
    if (Status s = rules.validate(); !s)
        return s;
    if (rules.name.trimmed().isEmpty())
        return Status::failure(tr("Give the rules a name."));
    if (!m_store)
        return Status::failure(tr("The club file is open for reading only."));
    Query q(m_db, QStringLiteral("SELECT id FROM rulesets WHERE season = ? AND deleted = 0"));
    if (Status s = q.bind(season).exec(tr("read the season's ruleset")); !s)
        return s;
    const QVariantMap values = {{QStringLiteral("name"), rules.name.trimmed()},
                                {QStringLiteral("settings"), QString::fromUtf8(rules.toJson())}};
    if (q.next())
        return m_store->update(QStringLiteral("rulesets"), q.value("id").toString(), values);
    QVariantMap row = values;
    row.insert(QStringLiteral("season"), season);
    auto id = m_store->insert(QStringLiteral("rulesets"), row);
    return id ? Status::success() : Status::failure(id.error());
}

Status RulesetStore::removeForSeason(int season)
{
    if (!m_store)
        return Status::failure(tr("The club file is open for reading only."));
    Query q(m_db, QStringLiteral("SELECT id FROM rulesets WHERE season = ? AND deleted = 0"));
    if (Status s = q.bind(season).exec(tr("read the season's ruleset")); !s)
        return s;
    if (!q.next())
        return Status::success();
    return m_store->remove(QStringLiteral("rulesets"), q.value("id").toString());
}

void RulesetStore::startFrom(const Ruleset &rules, TournamentRecord &t)
{
    t.format = rules.format;
    t.fishLimit = std::clamp(rules.fishLimit, 1, 25);
    t.entryFee = rules.fee;
    t.feeUnit = rules.feeBasis;
}

Status RulesetStore::startFromSeason(TournamentRecord &t) const
{
    auto rules = forSeason(t.season);
    if (!rules)
        return Status::failure(rules.error());
    startFrom(rules.value(), t);
    return Status::success();
}

Result<QStringList> RulesetStore::finalizedTournaments(int season) const
{
    using R = Result<QStringList>;
    Query q(m_db, QStringLiteral("SELECT name FROM tournaments WHERE season = ? AND deleted = 0 "
                                 "AND completed = 1 AND cancelled = 0 ORDER BY event_date, id"));
    if (Status s = q.bind(season).exec(tr("read the season's tournaments")); !s)
        return R::failure(s.error());
    QStringList names;
    while (q.next())
        names.append(q.value("name").toString());
    return names;
}

Result<Ruleset> RulesetStore::forTournament(const TournamentRecord &t) const
{
    std::optional<Ruleset> base;
    if (!t.rulesetId.isEmpty()) {
        Query q(m_db, QStringLiteral("SELECT name, settings FROM rulesets "
                                     "WHERE id = ? AND deleted = 0"));
        if (Status s = q.bind(t.rulesetId).exec(tr("read the tournament's ruleset")); !s)
            return Result<Ruleset>::failure(s.error());
        if (q.next()) {
            auto r = fromStored(q.value("name").toString(), q.value("settings").toString());
            if (!r)
                return Result<Ruleset>::failure(
                    tr("The ruleset of %1 cannot be used: %2").arg(t.name, r.error()));
            base = r.value();
        }
    }
    if (!base) {
        auto r = forSeason(t.season);
        if (!r)
            return r;
        base = r.value();
    }
    TournamentInput in;
    in.format = t.format;
    in.fishLimit = t.fishLimit;
    in.entryFee = t.entryFee;
    in.feeBasis = t.feeUnit;
    return TournamentScorer::effectiveRuleset(in, *base);
}
