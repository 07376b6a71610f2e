// TournamentStats: the figures of one tournament the weigh-in page shows as bags are weighed and
// the results sheet prints: anglers, boats, fish, limits, zeros, heaviest and average stringer,
// big bass. Pure: computed from the engine's result. In team format the stringers are the boats.
#pragma once

#include "core/weight.h"
#include "scoring/boatranker.h"
#include "scoring/ruleset.h"
#include "scoring/tournamentscorer.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

struct TournamentStats
{
    Q_DECLARE_TR_FUNCTIONS(TournamentStats)
public:
    bool byBoat = false;
    int anglers = 0;   // entries that fished (buy-ins left out; DQs fished)
    int boats = 0;     // boats that fished
    int stringers = 0; // weighed units: anglers (boats in team format), DQs left out
    int weighedAnglers = 0; // anglers who weighed in (zeros included, DQs left out)
    int fish = 0;
    int limits = 0;
    int zeros = 0;
    int members = 0; // anglers who fished as members
    int guests = 0;
    Weight total;
    Weight heaviest;
    QString heaviestName; // angler, or "Boater & Partner"
    Weight average;       // total / stringers, rounded half up to the hundredth
    Weight bigBass;       // the largest fish weighed (member or guest, any size)
    QString bigBassName;
    QList<Weight> top; // the stringers' weights by place, heaviest first (DQs left out)

    static TournamentStats compute(const TournamentResult &result, const QList<BoatResult> &boats,
                                   TournamentFormat format, int fishLimit);

    // One line for the weigh-in page: "12 anglers · 6 boats · 41 fish · ...".
    QString summaryText() const;
    // Label and value pairs, in the order shown and printed.
    QList<std::pair<QString, QString>> figures() const;

    // total / count, rounded half up to the hundredth (0 when count is 0).
    static Weight averageOf(Weight total, int count);
};
