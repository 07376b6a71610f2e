// PayoutCalculator: the money of one tournament as the ruleset splits it: place money to boats by
// boat weight, the big bass pot (with carryover from earlier tournaments, across seasons), the
// club and charity shares. Ties split to the cent, remainder cents go to the club fund, and the
// whole tournament balances to the cent (see TournamentPayouts::balances()).
#pragma once

#include "core/money.h"
#include "scoring/boatranker.h"
#include "scoring/ruleset.h"
#include "scoring/tournamentscorer.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

struct PlacePayout
{
    int place = 0;
    QString boatId;
    QStringList anglerIds;
    Money amount;
};

struct BigBassPayout
{
    QString recipientId; // angler id (individual format) or boat id (team format)
    QStringList anglerIds;
    Weight bigBass;
    Money amount;
};

struct TournamentPayouts
{
    int payingUnits = 0; // anglers or boats who paid the fee
    Money collected;     // fee x paying units
    Money carryIn;       // big bass money carried from earlier tournaments
    Money placePot;
    Money bigBassPot; // this tournament's share + carryIn
    QList<PlacePayout> places;
    QList<BigBassPayout> bigBass;
    Money club;
    Money charity;
    Money tieRemainder;    // cents that don't split evenly: to the club fund
    Money unclaimedPlaces; // paid places with no boat to take them: to the club fund
    Money carryOut;        // big bass pot not won: to the next tournament

    Money paidToAnglers() const;
    Money clubFund() const { return club + tieRemainder + unclaimedPlaces; }
    // Money in (fees + carryover) equals money out (payouts + funds + carryover), to the cent.
    bool balances() const;
};

class PayoutCalculator
{
    Q_DECLARE_TR_FUNCTIONS(PayoutCalculator)
public:
    // `boats` from BoatRanker::rank(result). Only boats with weight win place money.
    static TournamentPayouts compute(const TournamentResult &result, const QList<BoatResult> &boats,
                                     const Ruleset &ruleset, Money carryIn = Money());

    // Payouts of consecutive tournaments (any seasons, in date order), the big bass carryover
    // passed from each to the next. Cancelled tournaments pay nothing and pass it on.
    struct Step
    {
        const TournamentResult *result = nullptr;
        const QList<BoatResult> *boats = nullptr;
        Ruleset ruleset;
        bool cancelled = false;
        Money addedCarryIn; // big bass money added to the pot before this tournament (a season's
                            // opening carry-in)
    };
    static QList<TournamentPayouts> chain(const QList<Step> &steps, Money carryIn = Money());
};
