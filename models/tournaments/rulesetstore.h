// RulesetStore: the rulesets table. A stored ruleset is a name (built in, or a club's own) plus
// JSON settings over that name's defaults; this is the one place that turns it into the scoring
// engine's Ruleset, for a season or for one tournament.
#pragma once

#include "core/result.h"
#include "scoring/ruleset.h"
#include "tournaments/records.h"

#include <QCoreApplication>
#include <QHash>
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

// A season's rules as the Season Rules dialog and `sabc rules show` see them: stored for the
// season, or (not yet stored) a copy of the latest earlier season's, or the bylaws.
struct SeasonRules
{
    Ruleset rules;
    bool stored = false; // the season has rules of its own
    int copiedFrom = 0;  // not stored: the earlier season they are copied from (0: the bylaws)
};

class RulesetStore
{
    Q_DECLARE_TR_FUNCTIONS(RulesetStore)
public:
    explicit RulesetStore(const QSqlDatabase &db) : m_db(db) {}
    explicit RulesetStore(Store &store);

    // Every stored ruleset, newest season first.
    Result<QList<RulesetRecord>> rulesets() const;
    // The season's ruleset; a season without rules of its own has a copy of the latest earlier
    // season's, and sabc-2025 when no earlier season has any.
    Result<Ruleset> forSeason(int season) const;
    // forSeason of each of `seasons`, in one read of the table (a whole history's seasons).
    Result<QHash<int, Ruleset>> forSeasons(const QList<int> &seasons) const;
    // The same, saying where the rules come from. A season with no rules before it starts from
    // the bylaws of its year (Ruleset::bylaws) here, the rules a new season is offered.
    Result<SeasonRules> seasonRules(int season) const;
    // Stores `rules` as the season's own (validated first: a failure names the problem and
    // changes nothing). Replaces the season's rules when it has some.
    Status setForSeason(int season, const Ruleset &rules);
    // Takes the season's own rules away (a tombstone that syncs); the season then copies the
    // previous one's again. Nothing stored: succeeds.
    Status removeForSeason(int season);
    // A new tournament starts from its season's rules: format, fish limit, entry fee and unit.
    static void startFrom(const Ruleset &rules, TournamentRecord &t);
    // The same with the rules of the tournament's season (t.season).
    Status startFromSeason(TournamentRecord &t) const;
    // Finalized tournaments of the season (name, date order): whose results a change re-scores.
    Result<QStringList> finalizedTournaments(int season) const;
    // The ruleset a tournament is scored with: its own (else its season's), with the
    // tournament's format and fish limit applied.
    Result<Ruleset> forTournament(const TournamentRecord &t) const;

private:
    // The ruleset stored as `name` + `settings`; the message names the problem in the JSON.
    static Result<Ruleset> fromStored(const QString &name, const QString &settings);
    // The same, stored for `season`: the message names the season.
    static Result<Ruleset> storedFor(int season, const QString &name, const QString &settings);

    QSqlDatabase m_db;
    Store *m_store = nullptr; // writes go through the Store (sync stamps); null: read only
};
