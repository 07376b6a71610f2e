#include "tournaments/weighinstandings.h"

#include <QLocale>

WeighInStandings WeighInStandings::compute(const TournamentInput &input, const Ruleset &ruleset,
                                           Money carryIn)
{
    WeighInStandings s;
    s.ruleset = TournamentScorer::effectiveRuleset(input, ruleset);
    s.issues = EntryValidator::check(input.entries, s.ruleset, input.paper);
    s.result = TournamentScorer::score(input, ruleset);
    s.boats = BoatRanker::rank(s.result, s.ruleset, input.boats);
    s.byBoat = input.format == TournamentFormat::Team;
    for (const BoatInput &b : input.boats)
        s.boaterOf.insert(b.id, b.boaterId);
    // The boater first, as the boat was recorded (the engine lists anglers in weigh-in order).
    for (BoatResult &b : s.boats) {
        const int at = int(b.anglerIds.indexOf(s.boaterOf.value(b.boatId)));
        if (at > 0) {
            b.anglerIds.move(at, 0);
            b.anglerNames.move(at, 0);
        }
    }
    s.payouts = PayoutCalculator::compute(s.result, s.boats, s.ruleset, carryIn);
    return s;
}

Money WeighInStandings::placeMoney(const QString &boatId) const
{
    Money sum;
    for (const PlacePayout &p : payouts.places)
        if (p.boatId == boatId)
            sum += p.amount;
    return sum;
}

Money WeighInStandings::bigBassMoney(const QString &anglerId) const
{
    Money sum;
    for (const BigBassPayout &b : payouts.bigBass)
        if (b.recipientId == anglerId || b.anglerIds.contains(anglerId))
            sum += b.amount;
    return sum;
}

Money WeighInStandings::boatBigBassMoney(const QString &boatId) const
{
    Money sum;
    for (const BigBassPayout &b : payouts.bigBass)
        if (b.recipientId == boatId)
            sum += b.amount;
    return sum;
}

QString WeighInStandings::boaterName(const BoatResult &boat) const
{
    return boat.anglerNames.value(0);
}

QString WeighInStandings::partnerName(const BoatResult &boat) const
{
    return boat.anglerNames.value(1);
}

QString WeighInStandings::boatName(const BoatResult &boat)
{
    return boat.anglerNames.join(QStringLiteral(" & "));
}

QString WeighInStandings::statusText(const ScoredEntry &e)
{
    switch (e.status) {
    case EntryStatus::Fished:
        return QString();
    case EntryStatus::Zero:
        return tr("zero");
    case EntryStatus::BuyIn:
        return tr("buy-in");
    case EntryStatus::Dq:
        return e.lateDq ? tr("DQ (late)") : tr("DQ");
    }
    return QString();
}

QString WeighInStandings::bigBassLeaderText() const
{
    QStringList winners;
    for (const BigBassPayout &b : payouts.bigBass) {
        QStringList names;
        for (const QString &id : b.anglerIds)
            if (const ScoredEntry *e = result.find(id))
                names.append(e->anglerName);
        winners.append(
            tr("%1 (%2 lb)").arg(names.join(QStringLiteral(" & ")), b.bigBass.toString(QLocale())));
    }
    return winners.join(QStringLiteral(", "));
}
