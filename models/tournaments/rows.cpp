#include "tournaments/rows.h"

namespace rows {

const QString tournamentSelect = QStringLiteral(
    "t.id AS id, t.season AS season, t.event_date AS event_date, t.name AS name, "
    "t.lake_id AS lake_id, t.ramp_id AS ramp_id, t.start_time AS start_time, "
    "t.weigh_in_time AS weigh_in_time, t.format AS format, t.ruleset_id AS ruleset_id, "
    "t.fish_limit AS fish_limit, t.entry_fee_cents AS entry_fee_cents, t.fee_unit AS fee_unit, "
    "t.paper AS paper, t.cancelled AS cancelled, t.completed AS completed, "
    "t.finalized_at AS finalized_at, t.finalized_by AS finalized_by, t.notes AS notes, "
    "l.name AS lake_name, r.name AS ramp_name "
    "FROM tournaments t LEFT JOIN lakes l ON l.id = t.lake_id AND l.deleted = 0 "
    "LEFT JOIN ramps r ON r.id = t.ramp_id AND r.deleted = 0 ");

TournamentRecord tournament(const Query &q)
{
    TournamentRecord t;
    t.id = q.value("id").toString();
    t.season = q.value("season").toInt();
    t.date = QDate::fromString(q.value("event_date").toString(), Qt::ISODate);
    t.name = q.value("name").toString();
    t.lakeId = q.value("lake_id").toString();
    t.rampId = q.value("ramp_id").toString();
    t.startTime = QTime::fromString(q.value("start_time").toString(), QStringLiteral("HH:mm"));
    t.weighInTime =
        QTime::fromString(q.value("weigh_in_time").toString(), QStringLiteral("HH:mm"));
    t.format = q.value("format").toString() == QLatin1String("team") ? TournamentFormat::Team
                                                                       : TournamentFormat::Individual;
    t.rulesetId = q.value("ruleset_id").toString();
    t.fishLimit = q.value("fish_limit").toInt();
    t.entryFee = Money::fromCents(q.value("entry_fee_cents").toLongLong());
    t.feeUnit = q.value("fee_unit").toString() == QLatin1String("boat") ? FeeBasis::PerBoat
                                                                        : FeeBasis::PerAngler;
    t.paper = q.value("paper").toInt() != 0;
    t.cancelled = q.value("cancelled").toInt() != 0;
    t.completed = q.value("completed").toInt() != 0;
    const QVariant finalizedAt = q.value("finalized_at");
    t.finalizedAt = finalizedAt.isNull() ? 0 : finalizedAt.toLongLong();
    t.finalizedBy = q.value("finalized_by").toString();
    t.notes = q.value("notes").toString();
    t.lakeName = q.value("lake_name").toString();
    t.rampName = q.value("ramp_name").toString();
    return t;
}

const QString entrySelect = QStringLiteral(
    "e.id AS id, e.tournament_id AS tournament_id, e.angler_id AS angler_id, "
    "a.full_name AS angler_name, e.fish AS fish, e.gross_weight AS gross_weight, "
    "e.big_bass AS big_bass, e.dead AS dead, e.minutes_late AS minutes_late, e.buy_in AS buy_in, "
    "e.dq AS dq, e.was_member AS was_member, e.manual_order AS manual_order, "
    "e.entered_at AS entered_at, e.gross_from_scale AS gross_from_scale, "
    "e.big_bass_from_scale AS big_bass_from_scale "
    "FROM entries e LEFT JOIN anglers a ON a.id = e.angler_id ");

EntryRecord entry(const Query &q)
{
    EntryRecord e;
    e.id = q.value("id").toString();
    e.tournamentId = q.value("tournament_id").toString();
    e.anglerId = q.value("angler_id").toString();
    e.anglerName = q.value("angler_name").toString();
    e.fish = q.value("fish").toInt();
    e.gross = weight(q.value("gross_weight"));
    e.bigBass = weight(q.value("big_bass"));
    e.dead = q.value("dead").toInt();
    e.minutesLate = q.value("minutes_late").toInt();
    e.buyIn = q.value("buy_in").toInt() != 0;
    e.dq = q.value("dq").toInt() != 0;
    e.wasMember = q.value("was_member").toInt() != 0;
    const QVariant order = q.value("manual_order");
    e.manualOrder = order.isNull() ? 0 : order.toInt();
    e.enteredAt = q.value("entered_at").toLongLong();
    e.grossFromScale = q.value("gross_from_scale").toInt() != 0;
    e.bigBassFromScale = q.value("big_bass_from_scale").toInt() != 0;
    return e;
}

PaperFishRecord paperFish(const Query &q)
{
    PaperFishRecord f;
    f.id = q.value("id").toString();
    f.lengthEighths = q.value("length_eighths").toInt();
    const QVariant weighed = q.value("weighed_weight");
    if (!weighed.isNull())
        f.weighedHundredths = weighed.toInt();
    return f;
}

const QString boatSelect = QStringLiteral(
    "b.id AS id, b.tournament_id AS tournament_id, b.boater_id AS boater_id, "
    "b.partner_id AS partner_id, b.team_fish AS team_fish, b.team_weight AS team_weight, "
    "b.team_big_bass AS team_big_bass, b.team_dead AS team_dead, b.team_dq AS team_dq "
    "FROM boats b ");

BoatRecord boat(const Query &q)
{
    BoatRecord b;
    b.id = q.value("id").toString();
    b.tournamentId = q.value("tournament_id").toString();
    b.boaterId = q.value("boater_id").toString();
    b.partnerId = q.value("partner_id").toString();
    const QVariant teamWeight = q.value("team_weight");
    b.teamWeighed = !teamWeight.isNull();
    b.teamFish = q.value("team_fish").toInt();
    b.teamWeight = weight(teamWeight);
    b.teamBigBass = weight(q.value("team_big_bass"));
    b.teamDead = q.value("team_dead").toInt();
    b.teamDq = q.value("team_dq").toInt() != 0;
    return b;
}

} // namespace rows
