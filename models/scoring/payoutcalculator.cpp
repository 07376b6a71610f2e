#include "scoring/payoutcalculator.h"

Money TournamentPayouts::paidToAnglers() const
{
    Money sum;
    for (const PlacePayout &p : places)
        sum += p.amount;
    for (const BigBassPayout &b : bigBass)
        sum += b.amount;
    return sum;
}

bool TournamentPayouts::balances() const
{
    return collected + carryIn ==
           paidToAnglers() + club + charity + tieRemainder + unclaimedPlaces + carryOut;
}

TournamentPayouts PayoutCalculator::compute(const TournamentResult &result,
                                            const QList<BoatResult> &boats, const Ruleset &r,
                                            Money carryIn)
{
    TournamentPayouts p;
    p.payingUnits = int(r.feeBasis == FeeBasis::PerBoat ? boats.size() : result.entries.size());
    const qint64 units = p.payingUnits;
    p.collected = r.fee * units;
    p.carryIn = carryIn;
    p.club = r.clubMoney * units;
    p.charity = r.charityMoney * units;
    p.bigBassPot = r.bigBassMoney * units + carryIn;
    for (Money m : r.placeMoney)
        p.placePot += m * units;

    // Place money: a group of tied boats covers as many places as it has boats.
    QList<const BoatResult *> payable;
    for (const BoatResult &b : boats)
        if (b.ranked && b.weight.hundredths() > 0)
            payable.append(&b);
    Money placesPaid;
    const int paid = r.paidPlaces();
    for (int k = 0; k < payable.size() && k < paid;) {
        int end = k + 1;
        while (end < payable.size() && payable.at(end)->place == payable.at(k)->place)
            ++end;
        Money groupMoney;
        for (int pl = k; pl < end && pl < paid; ++pl)
            groupMoney += r.placeMoney.at(pl) * units;
        const Money::Split split = groupMoney.splitEvenly(end - k);
        for (int j = k; j < end; ++j) {
            const BoatResult *b = payable.at(j);
            p.places.append({b->place, b->boatId, b->anglerIds, split.share});
            placesPaid += split.share;
        }
        p.tieRemainder += split.remainder;
        placesPaid += split.remainder;
        k = end;
    }
    p.unclaimedPlaces = p.placePot - placesPaid;

    // Big bass: strictly over the threshold, by an eligible angler (individual) or boat (team).
    Weight best;
    QList<BigBassPayout> winners;
    auto consider = [&](const QString &id, const QStringList &anglers, Weight bigBass) {
        if (bigBass <= r.bigBassThreshold || bigBass < best)
            return;
        if (bigBass > best) {
            best = bigBass;
            winners.clear();
        }
        winners.append({id, anglers, bigBass, Money()});
    };
    if (r.format == TournamentFormat::Team) {
        for (const BoatResult &b : boats)
            if (b.ranked && b.hasMember)
                consider(b.boatId, b.anglerIds, b.bigBass);
    } else {
        for (const ScoredEntry &e : result.entries)
            if (e.member && (e.status == EntryStatus::Fished))
                consider(e.anglerId, {e.anglerId}, e.bigBass);
    }
    if (winners.isEmpty()) {
        p.carryOut = p.bigBassPot;
    } else {
        const Money::Split split = p.bigBassPot.splitEvenly(int(winners.size()));
        for (BigBassPayout &w : winners)
            w.amount = split.share;
        p.tieRemainder += split.remainder;
        p.bigBass = winners;
    }
    return p;
}

QList<TournamentPayouts> PayoutCalculator::chain(const QList<Step> &steps, Money carryIn)
{
    QList<TournamentPayouts> out;
    Money carry = carryIn;
    for (const Step &s : steps) {
        carry += s.addedCarryIn;
        if (s.cancelled || !s.result || !s.boats) {
            TournamentPayouts none;
            none.carryIn = carry;
            none.carryOut = carry;
            out.append(none);
            continue;
        }
        TournamentPayouts p = compute(*s.result, *s.boats, s.ruleset, carry);
        carry = p.carryOut;
        out.append(p);
    }
    return out;
}
