#include "tournaments/rulesetstore.h"

#include "scoring/tournamentscorer.h"
#include "store/query.h"
#include "store/store.h"

RulesetStore::RulesetStore(Store &store) : m_db(store.database()) {}

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
    Query q(m_db, QStringLiteral("SELECT name, settings FROM rulesets "
                                 "WHERE season = ? AND deleted = 0 LIMIT 1"));
    if (Status s = q.bind(season).exec(tr("read the season's ruleset")); !s)
        return Result<Ruleset>::failure(s.error());
    if (!q.next())
        return Ruleset::sabc2025();
    auto r = fromStored(q.value("name").toString(), q.value("settings").toString());
    if (!r)
        return Result<Ruleset>::failure(
            tr("The ruleset of season %1 cannot be used: %2").arg(season).arg(r.error()));
    return r;
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
    return TournamentScorer::effectiveRuleset(in, *base);
}
