// RulesetStore: the rulesets table. A stored ruleset is a name (built in, or a club's own) plus
// JSON settings over that name's defaults; this is the one place that turns it into the scoring
// engine's Ruleset, for a season or for one tournament.
#pragma once

#include "core/result.h"
#include "scoring/ruleset.h"
#include "tournaments/records.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

class Store;

struct RulesetRecord
{
    QString id;
    int season = 0;
    QString name;
};

class RulesetStore
{
    Q_DECLARE_TR_FUNCTIONS(RulesetStore)
public:
    explicit RulesetStore(const QSqlDatabase &db) : m_db(db) {}
    explicit RulesetStore(Store &store);

    // Every stored ruleset, newest season first.
    Result<QList<RulesetRecord>> rulesets() const;
    // The season's ruleset, or sabc-2025 when none is stored.
    Result<Ruleset> forSeason(int season) const;
    // The ruleset a tournament is scored with: its own (else its season's), with the
    // tournament's format and fish limit applied.
    Result<Ruleset> forTournament(const TournamentRecord &t) const;

private:
    // The ruleset stored as `name` + `settings`; the message names the problem in the JSON.
    static Result<Ruleset> fromStored(const QString &name, const QString &settings);

    QSqlDatabase m_db;
};
