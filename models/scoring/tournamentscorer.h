// models/scoring/: the pure scoring engine (library sabc_scoring, Qt Core only, so it cannot reach
// SQL): entry checks, places and points, boats, payouts with the big-bass carryover, Angler-of-
// the-Year standings and awards, the paper chart, rulesets. It takes plain values and returns
// plain values.
//
// TournamentScorer: places, points and status of every entry of one tournament, exactly as the
// club's rules say (zeros, buy-ins, DQs under both policies, guests, penalties, tie-breaks,
// shared places and points). Pure: the same entries and ruleset always give the same result.
#pragma once

#include "scoring/entry.h"
#include "scoring/ruleset.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class PaperChart;

enum class EntryStatus { Fished, Zero, BuyIn, Dq };

struct ScoredEntry
{
    int index = -1; // into the scored entry list
    QString anglerId;
    QString anglerName;
    QString boatId;
    bool member = true;
    int fish = 0;
    Weight gross; // weighed (or chart) weight, 0 for a buy-in
    Weight net;   // after dead-fish and late penalties, never below 0
    Weight bigBass;
    EntryStatus status = EntryStatus::Fished;
    bool lateDq = false; // disqualified for being more than late_dq_minutes late
    int place = 0;       // 0: no place (DQ under no_points)
    int points = 0;

    // "", "zero", "buy-in", "dq": the words of the CSV export.
    QString statusText() const;
    // An event fished for the season (buy-ins count, DQs don't).
    bool countsAsEvent() const { return status != EntryStatus::Dq; }
};

struct TournamentResult
{
    // Regular entries by place (input order among equals), then buy-ins, then DQs.
    QList<ScoredEntry> entries;
    int regularCount = 0;
    int buyInCount = 0;
    int dqCount = 0;
    int lastFishPoints = 0; // points of the last member with fish (max points when none)

    // The entry of an angler, or nullptr.
    const ScoredEntry *find(const QString &anglerId) const;
};

class TournamentScorer
{
    Q_DECLARE_TR_FUNCTIONS(TournamentScorer)
public:
    // Scores entries that passed EntryValidator (invalid entries still give a result, but it
    // means nothing). With `paperChart`, entries' fishLengths replace fish and weight. Points
    // are only given when the ruleset's format is individual.
    static TournamentResult score(const QList<Entry> &entries, const Ruleset &ruleset,
                                  const PaperChart *paperChart = nullptr);
    // The ruleset a tournament is scored and paid with: its own format, fish limit, entry fee
    // and fee unit win (the split scaled to its fee).
    static Ruleset effectiveRuleset(const TournamentInput &tournament, const Ruleset &ruleset);
    static TournamentResult score(const TournamentInput &tournament, const Ruleset &ruleset);

    // net = gross - dead x penalty - late minutes x penalty, never below 0.
    static Weight netWeight(const Entry &entry, const Ruleset &ruleset);
};
