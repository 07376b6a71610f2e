// SeasonLoader: reads one season from the club database into the scoring engine's inputs (the
// season's ruleset, its tournaments in date order with entries, paper fish and boats), in four
// statements whatever the season's size. Deleted rows (tombstones) are left out. The engine
// itself never touches SQL.
#pragma once

#include "core/result.h"
#include "scoring/entry.h"
#include "scoring/ruleset.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

struct LoadedSeason
{
    int season = 0;
    Ruleset ruleset;
    QList<TournamentInput> tournaments;
};

class SeasonLoader
{
    Q_DECLARE_TR_FUNCTIONS(SeasonLoader)
public:
    // The season's ruleset (RulesetStore::forSeason) and tournaments.
    static Result<LoadedSeason> load(const QSqlDatabase &db, int season);
    // Every season that has tournaments, oldest first, read in the same four statements (the
    // club data and profiles read the whole history at once).
    static Result<QList<LoadedSeason>> loadAll(const QSqlDatabase &db);

private:
    static Result<QList<LoadedSeason>> read(const QSqlDatabase &db, int season);
};
