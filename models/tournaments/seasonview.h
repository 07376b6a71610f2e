// SeasonView: a season as the standings page and the reports show it: its tournaments scored
// and its Angler-of-the-Year standings, computed by the engine from what SeasonLoader read.
#pragma once

#include "core/result.h"
#include "scoring/seasonstandings.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class Store;

// A tournament with entries that is not finalized yet: standings that count it are provisional.
struct ProvisionalTournament
{
    QString id;
    QString name;
    QDate date;
    int entries = 0;
};

struct SeasonView
{
    int season = 0;
    Ruleset ruleset;
    QList<ScoredTournament> tournaments;
    SeasonStandings standings;
    // Tournaments with entries not yet finalized (date order), counted in the standings unless
    // `provisionalLeftOut`.
    QList<ProvisionalTournament> provisional;
    bool provisionalLeftOut = false;
    bool teamSeason() const;
    // The standings count a tournament still being weighed in.
    bool isProvisional() const { return !provisional.isEmpty() && !provisionalLeftOut; }
};

class SeasonViewLoader
{
    Q_DECLARE_TR_FUNCTIONS(SeasonViewLoader)
public:
    // `leaveOutProvisional`: the standings without the tournaments not yet finalized.
    static Result<SeasonView> load(Store &store, int season, bool leaveOutProvisional = false);
    // Seasons that have tournaments, newest first (the current season always included).
    static Result<QList<int>> seasons(Store &store);
};

