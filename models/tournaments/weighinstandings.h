// WeighInStandings: the result of one tournament's weigh-in as the scoring engine computes it
// from the entries (places, points, boats, big bass, the pot with its carryover and the proposed
// payouts), computed once per change of the sheet. The live leaderboard shows it and the results
// sheet prints it.
#pragma once

#include "core/money.h"
#include "scoring/boatranker.h"
#include "scoring/entryvalidator.h"
#include "scoring/payoutcalculator.h"
#include "scoring/ruleset.h"
#include "scoring/tournamentscorer.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

struct WeighInStandings
{
    Q_DECLARE_TR_FUNCTIONS(WeighInStandings)
public:
    Ruleset ruleset;
    TournamentResult result;
    QList<BoatResult> boats;
    TournamentPayouts payouts;
    QList<EntryIssue> issues; // of the whole sheet (should be none: rows were checked)
    // Team format: boats are what is ranked, shown and paid (the anglers' own rows are not).
    bool byBoat = false;
    // The boater of each recorded boat (boat id -> angler id); boat names put the boater first.
    QHash<QString, QString> boaterOf;

    // Computes the standings of a tournament's entries with the engine.
    static WeighInStandings compute(const TournamentInput &input, const Ruleset &ruleset,
                                    Money carryIn);

    // Money proposed for one boat (place money) and one angler (big bass), zero when none.
    Money placeMoney(const QString &boatId) const;
    Money bigBassMoney(const QString &anglerId) const;
    // Big bass money won by a boat (team format: the pot goes to the boat, once).
    Money boatBigBassMoney(const QString &boatId) const;
    // The boat's boater and partner (empty when alone), by name.
    QString boaterName(const BoatResult &boat) const;
    QString partnerName(const BoatResult &boat) const;
    // "Jim Smith 6.25 lb" or empty: the largest eligible big bass over the threshold.
    QString bigBassLeaderText() const;
    // "Jim Smith & Joe Doe".
    static QString boatName(const BoatResult &boat);
    // The entry's status as shown and printed: empty, "zero", "buy-in", "DQ" or "DQ (late)".
    static QString statusText(const ScoredEntry &e);
};
