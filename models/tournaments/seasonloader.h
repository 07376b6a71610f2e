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

// Where a tournament was fished: the lake's id and name, both empty when none is recorded (or
// the lake was deleted). Not the engine's business; the club's numbers need it.
struct TournamentLake
{
    QString id;
    QString name;
};

struct LoadedSeason
{
    int season = 0;
    Ruleset ruleset;
    QList<TournamentInput> tournaments;
    QList<TournamentLake> lakes; // of `tournaments`, in the same order
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
