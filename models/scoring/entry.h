// Entry: what the scale recorded for one angler in one tournament, the input of the scoring
// engine. Paper tournaments record fish lengths instead of a weighed stringer.
#pragma once

#include "core/weight.h"
#include "scoring/ruleset.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

struct Entry
{
    QString anglerId;   // stable key (uuid in the store, the name on a sheet)
    QString anglerName; // for display
    bool member = true; // membership at tournament time (was_member)
    int fish = 0;
    Weight gross;
    Weight bigBass;
    int dead = 0;
    int lateMinutes = 0;
    bool buyIn = false;
    bool dq = false;
    // Coin flip recorded by the director: among entries that are otherwise equal, the lower
    // number places ahead; 0 means not set (placed after those with a number).
    int manualOrder = 0;
    QString boatId;         // entries with the same boat fished together; empty: alone
    QList<int> fishLengths; // paper tournaments: each fish's length in eighths of an inch
    int line = 0;           // where the entry came from (sheet line), for messages
};

// A boat of one tournament: a boater and an optional partner. In team format the boat may be
// weighed as one (team weights); otherwise its weight is the sum of its anglers' entries.
struct BoatInput
{
    QString id;
    QString boaterId;
    QString partnerId;
    bool teamWeighed = false; // true: the fields below are the boat's own weigh-in
    int fish = 0;
    Weight gross;
    Weight bigBass;
    int dead = 0;
    bool dq = false;
};

// A tournament as the engine sees it: its own format, flags and entries.
struct TournamentInput
{
    QString id;
    QString name;
    QDate date;
    TournamentFormat format = TournamentFormat::Individual;
    bool paper = false;
    bool cancelled = false;
    bool completed = false; // finalized; results still being weighed in are provisional
    int fishLimit = -1; // -1: the ruleset's
    // The tournament's own entry fee and its unit; unset: the ruleset's. The ruleset's split is
    // scaled to this fee (Ruleset::withFee).
    std::optional<Money> entryFee;
    std::optional<FeeBasis> feeBasis;
    QList<Entry> entries;
    QList<BoatInput> boats; // optional: entries may carry boatId instead
};
