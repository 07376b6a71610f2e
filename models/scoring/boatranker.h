// BoatRanker: boats (a boater and an optional partner) of one tournament, their weight, fish and
// big bass, and their places. Team-format tournaments are ranked this way; in individual format
// boats are ranked the same way for the team money.
#pragma once

#include "scoring/entry.h"
#include "scoring/ruleset.h"
#include "scoring/tournamentscorer.h"

#include <QList>
#include <QString>
#include <QStringList>

struct BoatResult
{
    QString boatId;        // Entry::boatId, or "solo:<anglerId>" for an angler alone
    QStringList anglerIds; // in entry order
    QStringList anglerNames;
    int fish = 0;
    Weight weight;  // sum of the anglers' net weights; a DQ'd angler adds 0
    Weight bigBass; // the larger big bass of its (not DQ'd) anglers
    bool hasMember = false;
    bool ranked = false; // false when every angler in the boat was disqualified
    int place = 0;       // 0 when not ranked

    // Stable across tournaments: the boat's anglers, sorted ("id1+id2").
    QString crewKey() const;
};

class BoatRanker
{
public:
    // Buy-ins fish no boat and are left out. Boats by place (input order among equals), then
    // unranked boats.
    // `boats` (optional) adds boats recorded apart from the entries, and boats weighed as one.
    static QList<BoatResult> rank(const TournamentResult &result, const Ruleset &ruleset,
                                  const QList<BoatInput> &boats = {});
};
