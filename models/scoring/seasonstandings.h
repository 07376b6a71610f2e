// SeasonStandings: Angler of the Year standings and the season's awards, computed from the
// already-scored tournaments of one season (cheap: no tournament is rescored here). AoY counts
// individual-format tournaments that weren't cancelled, for anglers who were members at the time.
#pragma once

#include "scoring/boatranker.h"
#include "scoring/ruleset.h"
#include "scoring/tournamentscorer.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

// One tournament of a season with its scored result.
struct ScoredTournament
{
    QString id;
    QString name;
    QDate date;
    TournamentFormat format = TournamentFormat::Individual;
    bool paper = false;
    bool cancelled = false;
    TournamentResult result;
    QList<BoatResult> boats;
};

// An angler's line in one tournament, as the standings page shows it.
struct TournamentPoints
{
    int tournament = -1; // index into the season's tournaments
    int points = 0;
    int place = 0;
    Weight net;
    EntryStatus status = EntryStatus::Fished;
    bool counted = true; // false when dropped by the best-N rule
};

struct StandingRow
{
    int rank = 0; // 0: not ranked (fewer events than the minimum)
    QString anglerId;
    QString anglerName;
    int points = 0;      // counted points (best N)
    int totalPoints = 0; // every tournament
    Weight netWeight;    // total member net weight (DQs excluded)
    int events = 0;      // tournaments fished as a member (buy-ins count, DQs don't)
    int headToHead = 0;  // wins over the anglers tied on points (0 when not tied)
    bool qualified = true;
    QList<TournamentPoints> tournaments; // in season order
};

enum class AwardKind { HeavyStringer, BigBassOfTheYear, MostWins, BigStringer, TeamBigBass };

struct AwardWinner
{
    QString id; // angler id, or the boat's crew key in team awards
    QStringList anglerIds;
    QStringList anglerNames;
    Weight weight;       // stringer or big bass weight
    int count = 0;       // wins (Most Wins)
    int tournament = -1; // where it was caught (weights)
};

struct Award
{
    AwardKind kind = AwardKind::HeavyStringer;
    QList<AwardWinner> winners; // empty: not awarded; several: a tie

    static QString title(AwardKind kind);
};

struct SeasonStandings
{
    Q_DECLARE_TR_FUNCTIONS(SeasonStandings)
public:
    QList<StandingRow> rows; // ranked rows by rank (then name), then unranked rows
    QList<Award> awards;     // individual awards, then team awards when the season has any

    const StandingRow *row(const QString &anglerId) const;
    const Award *award(AwardKind kind) const;

    static SeasonStandings compute(const QList<ScoredTournament> &tournaments,
                                   const Ruleset &ruleset);
};
