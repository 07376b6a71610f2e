// SeasonView: a season as the standings page and the reports show it: its tournaments scored
// and its Angler-of-the-Year standings, computed by the engine from what SeasonLoader read.
#pragma once

#include "core/result.h"
#include "scoring/seasonstandings.h"

#include <QCoreApplication>
#include <QList>

class Store;

struct SeasonView
{
    int season = 0;
    Ruleset ruleset;
    QList<ScoredTournament> tournaments;
    SeasonStandings standings;
    bool teamSeason() const;
};

class SeasonViewLoader
{
    Q_DECLARE_TR_FUNCTIONS(SeasonViewLoader)
public:
    static Result<SeasonView> load(Store &store, int season);
    // Seasons that have tournaments, newest first (the current season always included).
    static Result<QList<int>> seasons(Store &store);
};

