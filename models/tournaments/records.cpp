#include "tournaments/records.h"

namespace {

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant timeValue(const QTime &t)
{
    return t.isValid() ? QVariant(t.toString(QStringLiteral("HH:mm")))
                       : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

QVariantMap TournamentRecord::editableValues() const
{
    return {
        {QStringLiteral("season"), date.isValid() ? date.year() : season},
        {QStringLiteral("event_date"), date.toString(Qt::ISODate)},
        {QStringLiteral("name"), name.trimmed()},
        {QStringLiteral("lake_id"), nullable(lakeId)},
        {QStringLiteral("ramp_id"), nullable(rampId)},
        {QStringLiteral("start_time"), timeValue(startTime)},
        {QStringLiteral("weigh_in_time"), timeValue(weighInTime)},
        {QStringLiteral("format"),
         format == TournamentFormat::Team ? QStringLiteral("team") : QStringLiteral("individual")},
        {QStringLiteral("ruleset_id"), nullable(rulesetId)},
        {QStringLiteral("fish_limit"), fishLimit},
        {QStringLiteral("entry_fee_cents"), entryFee.cents()},
        {QStringLiteral("fee_unit"),
         feeUnit == FeeBasis::PerBoat ? QStringLiteral("boat") : QStringLiteral("angler")},
        {QStringLiteral("paper"), paper ? 1 : 0},
        {QStringLiteral("cancelled"), cancelled ? 1 : 0},
        {QStringLiteral("notes"), notes.isNull() ? QStringLiteral("") : notes},
    };
}

Entry EntryRecord::toEntry() const
{
    Entry e;
    e.anglerId = anglerId;
    e.anglerName = anglerName;
    e.member = wasMember;
    e.fish = fish;
    e.gross = gross;
    e.bigBass = bigBass;
    e.dead = dead;
    e.lateMinutes = minutesLate;
    e.buyIn = buyIn;
    e.dq = dq;
    e.manualOrder = manualOrder;
    e.fishLengths = lengths();
    return e;
}

QList<int> EntryRecord::lengths() const
{
    QList<int> out;
    out.reserve(paperFish.size());
    for (const PaperFishRecord &f : paperFish)
        out.append(f.lengthEighths);
    return out;
}

bool EntryRecord::sameValues(const EntryRecord &o) const
{
    if (paperFish.size() != o.paperFish.size())
        return false;
    for (qsizetype i = 0; i < paperFish.size(); ++i)
        if (paperFish.at(i).lengthEighths != o.paperFish.at(i).lengthEighths ||
            paperFish.at(i).weighedHundredths != o.paperFish.at(i).weighedHundredths)
            return false;
    return anglerId == o.anglerId && fish == o.fish && gross == o.gross && bigBass == o.bigBass &&
           dead == o.dead && minutesLate == o.minutesLate && buyIn == o.buyIn && dq == o.dq &&
           wasMember == o.wasMember && manualOrder == o.manualOrder;
}

BoatInput BoatRecord::toInput() const
{
    BoatInput b;
    b.id = id;
    b.boaterId = boaterId;
    b.partnerId = partnerId;
    b.teamWeighed = teamWeighed;
    b.fish = teamFish;
    b.gross = teamWeight;
    b.bigBass = teamBigBass;
    b.dead = teamDead;
    b.dq = teamDq;
    return b;
}
