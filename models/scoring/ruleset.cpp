#include "scoring/ruleset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace {

QString tieBreakName(TieBreak t)
{
    switch (t) {
    case TieBreak::MoreFish:
        return QStringLiteral("more_fish");
    case TieBreak::BiggerBigBass:
        return QStringLiteral("bigger_big_bass");
    case TieBreak::FewerDeadFish:
        return QStringLiteral("fewer_dead_fish");
    }
    return QString();
}

std::optional<TieBreak> tieBreakFromName(const QString &name)
{
    for (TieBreak t : {TieBreak::MoreFish, TieBreak::BiggerBigBass, TieBreak::FewerDeadFish})
        if (tieBreakName(t) == name)
            return t;
    return std::nullopt;
}

} // namespace

// Lists are filled here rather than in the header so every user does not inline them.
Ruleset::Ruleset()
    : tieBreaks{TieBreak::MoreFish, TieBreak::BiggerBigBass}, placeMoney{Money::fromDollars(7),
                                                                         Money::fromDollars(5),
                                                                         Money::fromDollars(4)}
{
}

Ruleset Ruleset::sabc2025()
{
    return Ruleset();
}

Ruleset Ruleset::sabc2026()
{
    Ruleset r;
    r.name = QStringLiteral("sabc-2026");
    r.format = TournamentFormat::Team;
    r.feeBasis = FeeBasis::PerBoat;
    r.fee = Money::fromDollars(50);
    r.placeMoney = {Money::fromDollars(20), Money::fromDollars(14), Money::fromDollars(8)};
    r.bigBassMoney = Money::fromDollars(8);
    r.clubMoney = Money();
    r.charityMoney = Money();
    return r;
}

Ruleset Ruleset::bylaws(int season)
{
    return season >= 2026 ? sabc2026() : sabc2025();
}

Ruleset Ruleset::withFee(Money newFee, FeeBasis basis) const
{
    Ruleset r = *this;
    r.feeBasis = basis;
    if (newFee == fee)
        return r;
    r.fee = newFee;
    if (fee.isZero()) {
        for (Money &m : r.placeMoney)
            m = Money();
        r.bigBassMoney = Money();
        r.charityMoney = Money();
        r.clubMoney = newFee;
        return r;
    }
    auto scaled = [&](Money m) { return Money::fromCents(m.cents() * newFee.cents() / fee.cents()); };
    Money others;
    for (Money &m : r.placeMoney) {
        m = scaled(m);
        others += m;
    }
    r.bigBassMoney = scaled(bigBassMoney);
    r.charityMoney = scaled(charityMoney);
    others += r.bigBassMoney + r.charityMoney;
    r.clubMoney = newFee - others;
    return r;
}

QStringList Ruleset::builtInNames()
{
    return {QStringLiteral("sabc-2025"), QStringLiteral("sabc-2026")};
}

Result<Ruleset> Ruleset::builtIn(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("sabc-2025"))
        return sabc2025();
    if (key == QLatin1String("sabc-2026"))
        return sabc2026();
    return Result<Ruleset>::failure(tr("There is no ruleset called \"%1\". Known rulesets: %2.")
                                        .arg(name, builtInNames().join(QStringLiteral(", "))));
}

QString Ruleset::formatName(TournamentFormat format)
{
    return format == TournamentFormat::Team ? QStringLiteral("team") : QStringLiteral("individual");
}

QString Ruleset::dqPolicyName(DqPolicy policy)
{
    return policy == DqPolicy::Offset ? QStringLiteral("offset") : QStringLiteral("no_points");
}

std::optional<DqPolicy> Ruleset::dqPolicyFromName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("no_points"))
        return DqPolicy::NoPoints;
    if (key == QLatin1String("offset"))
        return DqPolicy::Offset;
    return std::nullopt;
}

std::optional<Ruleset::Problem> Ruleset::problem() const
{
    const QString negative = tr("cannot be negative.");
    const std::pair<const char *, qint64> numbers[] = {
        {"max_points", maxPoints},
        {"zero_offset", zeroOffset},
        {"buy_in_offset", buyInOffset},
        {"dq_offset", dqOffset},
        {"fish_limit", fishLimit},
        {"late_dq_minutes", lateDqMinutes},
        {"best_n", bestN},
        {"minimum_events", minimumEvents},
        {"dead_fish_penalty", deadFishPenalty.hundredths()},
        {"late_penalty_per_minute", latePenaltyPerMinute.hundredths()},
        {"big_bass_threshold", bigBassThreshold.hundredths()},
        {"fee", fee.cents()},
        {"big_bass_money", bigBassMoney.cents()},
        {"club_money", clubMoney.cents()},
        {"charity_money", charityMoney.cents()},
        {"big_bass_carry_in", bigBassCarryIn.cents()},
        {"paper_minimum_eighths", paperMinimumEighths},
        {"paper_over_chart_weight", paperOverChartWeight.hundredths()},
    };
    for (const auto &[key, value] : numbers)
        if (value < 0)
            return Problem{QString::fromLatin1(key), negative};
    for (Money m : placeMoney)
        if (m.cents() < 0)
            return Problem{QStringLiteral("place_money"), negative};
    if (paperRoundingEighths < 1)
        return Problem{QStringLiteral("paper_rounding_eighths"),
                       tr("Paper lengths must be rounded to at least an eighth of an inch.")};
    Money split = bigBassMoney + clubMoney + charityMoney;
    for (Money m : placeMoney)
        split += m;
    if (split != fee)
        return Problem{QStringLiteral("fee"),
                       tr("The entry fee %1 does not match its split: places, big bass, club and "
                          "charity add up to %2.")
                           .arg(fee.toString(), split.toString())};
    return std::nullopt;
}

Status Ruleset::validate() const
{
    const auto p = problem();
    if (!p)
        return Status::success();
    if (p->field == QLatin1String("fee") || p->field == QLatin1String("paper_rounding_eighths"))
        return Status::failure(p->message);
    return Status::failure(tr("A ruleset number cannot be negative."));
}

QByteArray Ruleset::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("format"), formatName(format));
    o.insert(QStringLiteral("max_points"), maxPoints);
    o.insert(QStringLiteral("zero_offset"), zeroOffset);
    o.insert(QStringLiteral("buy_in_offset"), buyInOffset);
    o.insert(QStringLiteral("dq_offset"), dqOffset);
    o.insert(QStringLiteral("dq_policy"), dqPolicyName(dqPolicy));
    QJsonArray ties;
    for (TieBreak t : tieBreaks)
        ties.append(tieBreakName(t));
    o.insert(QStringLiteral("tie_breaks"), ties);
    o.insert(QStringLiteral("fish_limit"), fishLimit);
    o.insert(QStringLiteral("dead_fish_penalty"), deadFishPenalty.hundredths());
    o.insert(QStringLiteral("late_penalty_per_minute"), latePenaltyPerMinute.hundredths());
    o.insert(QStringLiteral("late_dq_minutes"), lateDqMinutes);
    o.insert(QStringLiteral("warn_total_over"), warnTotalOver.hundredths());
    o.insert(QStringLiteral("warn_big_bass_over"), warnBigBassOver.hundredths());
    o.insert(QStringLiteral("warn_average_below"), warnAverageBelow.hundredths());
    o.insert(QStringLiteral("warn_average_above"), warnAverageAbove.hundredths());
    o.insert(QStringLiteral("best_n"), bestN);
    o.insert(QStringLiteral("minimum_events"), minimumEvents);
    o.insert(QStringLiteral("big_bass_threshold"), bigBassThreshold.hundredths());
    o.insert(QStringLiteral("fee_basis"),
             feeBasis == FeeBasis::PerBoat ? QStringLiteral("boat") : QStringLiteral("angler"));
    o.insert(QStringLiteral("fee"), fee.cents());
    QJsonArray places;
    for (Money m : placeMoney)
        places.append(m.cents());
    o.insert(QStringLiteral("place_money"), places);
    o.insert(QStringLiteral("big_bass_money"), bigBassMoney.cents());
    o.insert(QStringLiteral("club_money"), clubMoney.cents());
    o.insert(QStringLiteral("charity_money"), charityMoney.cents());
    // Only when there is one: a laptop still on an older version then reads the rules it syncs.
    if (!bigBassCarryIn.isZero())
        o.insert(QStringLiteral("big_bass_carry_in"), bigBassCarryIn.cents());
    o.insert(QStringLiteral("paper_rounding_eighths"), paperRoundingEighths);
    o.insert(QStringLiteral("paper_minimum_eighths"), paperMinimumEighths);
    o.insert(QStringLiteral("paper_over_chart_weight"), paperOverChartWeight.hundredths());
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<Ruleset> Ruleset::fromJson(const QByteArray &json)
{
    return fromJson(json, Ruleset());
}

Result<Ruleset> Ruleset::fromJson(const QByteArray &json, const Ruleset &defaults)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Result<Ruleset>::failure(tr("The ruleset is not valid JSON (%1 at character %2).")
                                            .arg(parseError.errorString())
                                            .arg(parseError.offset));
    if (!doc.isObject())
        return Result<Ruleset>::failure(tr("The ruleset must be a JSON object."));
    const QJsonObject o = doc.object();

    Ruleset r = defaults;
    if (o.contains(QStringLiteral("base"))) {
        auto base = builtIn(o.value(QStringLiteral("base")).toString());
        if (!base)
            return base;
        r = base.value();
    }

    QString error;
    auto fail = [&](const QString &key, const QString &what) {
        if (error.isEmpty())
            error = tr("Ruleset setting \"%1\": %2").arg(key, what);
    };
    auto integer = [&](const QString &key, int &target) {
        if (!o.contains(key))
            return;
        const QJsonValue v = o.value(key);
        constexpr qint64 notInt = std::numeric_limits<qint64>::min();
        const qint64 n = v.toInteger(notInt);
        if (!v.isDouble() || n == notInt || n < 0 || n > std::numeric_limits<int>::max())
            fail(key, tr("must be a whole number, zero or more."));
        else
            target = int(n);
    };
    auto weight = [&](const QString &key, Weight &target) {
        int h = target.hundredths();
        integer(key, h);
        target = Weight::fromHundredths(h);
    };
    auto money = [&](const QString &key, Money &target) {
        if (!o.contains(key))
            return;
        const QJsonValue v = o.value(key);
        constexpr qint64 notInt = std::numeric_limits<qint64>::min();
        const qint64 n = v.toInteger(notInt);
        if (!v.isDouble() || n == notInt || n < 0)
            fail(key, tr("must be a whole number of cents, zero or more."));
        else
            target = Money::fromCents(n);
    };
    auto text = [&](const QString &key) -> std::optional<QString> {
        if (!o.contains(key))
            return std::nullopt;
        if (!o.value(key).isString()) {
            fail(key, tr("must be text."));
            return std::nullopt;
        }
        return o.value(key).toString();
    };

    static const QStringList known = {QStringLiteral("base"),
                                      QStringLiteral("name"),
                                      QStringLiteral("format"),
                                      QStringLiteral("max_points"),
                                      QStringLiteral("zero_offset"),
                                      QStringLiteral("buy_in_offset"),
                                      QStringLiteral("dq_offset"),
                                      QStringLiteral("dq_policy"),
                                      QStringLiteral("tie_breaks"),
                                      QStringLiteral("fish_limit"),
                                      QStringLiteral("dead_fish_penalty"),
                                      QStringLiteral("late_penalty_per_minute"),
                                      QStringLiteral("late_dq_minutes"),
                                      QStringLiteral("warn_total_over"),
                                      QStringLiteral("warn_big_bass_over"),
                                      QStringLiteral("warn_average_below"),
                                      QStringLiteral("warn_average_above"),
                                      QStringLiteral("best_n"),
                                      QStringLiteral("minimum_events"),
                                      QStringLiteral("big_bass_threshold"),
                                      QStringLiteral("fee_basis"),
                                      QStringLiteral("fee"),
                                      QStringLiteral("place_money"),
                                      QStringLiteral("big_bass_money"),
                                      QStringLiteral("club_money"),
                                      QStringLiteral("charity_money"),
                                      QStringLiteral("big_bass_carry_in"),
                                      QStringLiteral("paper_rounding_eighths"),
                                      QStringLiteral("paper_minimum_eighths"),
                                      QStringLiteral("paper_over_chart_weight")};
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            fail(it.key(), tr("is not a ruleset setting."));

    if (auto v = text(QStringLiteral("name")))
        r.name = v->trimmed();
    if (auto v = text(QStringLiteral("format"))) {
        if (*v == QLatin1String("individual"))
            r.format = TournamentFormat::Individual;
        else if (*v == QLatin1String("team"))
            r.format = TournamentFormat::Team;
        else
            fail(QStringLiteral("format"), tr("must be \"individual\" or \"team\"."));
    }
    integer(QStringLiteral("max_points"), r.maxPoints);
    integer(QStringLiteral("zero_offset"), r.zeroOffset);
    integer(QStringLiteral("buy_in_offset"), r.buyInOffset);
    integer(QStringLiteral("dq_offset"), r.dqOffset);
    if (auto v = text(QStringLiteral("dq_policy"))) {
        if (auto p = dqPolicyFromName(*v))
            r.dqPolicy = *p;
        else
            fail(QStringLiteral("dq_policy"), tr("must be \"no_points\" or \"offset\"."));
    }
    if (o.contains(QStringLiteral("tie_breaks"))) {
        const QJsonValue v = o.value(QStringLiteral("tie_breaks"));
        if (!v.isArray()) {
            fail(QStringLiteral("tie_breaks"), tr("must be a list."));
        } else {
            r.tieBreaks.clear();
            for (const QJsonValue &item : v.toArray()) {
                auto t = tieBreakFromName(item.toString());
                if (!t)
                    fail(QStringLiteral("tie_breaks"),
                         tr("\"%1\" is unknown; use more_fish, bigger_big_bass or "
                            "fewer_dead_fish.")
                             .arg(item.toString()));
                else
                    r.tieBreaks.append(*t);
            }
        }
    }
    integer(QStringLiteral("fish_limit"), r.fishLimit);
    weight(QStringLiteral("dead_fish_penalty"), r.deadFishPenalty);
    weight(QStringLiteral("late_penalty_per_minute"), r.latePenaltyPerMinute);
    integer(QStringLiteral("late_dq_minutes"), r.lateDqMinutes);
    weight(QStringLiteral("warn_total_over"), r.warnTotalOver);
    weight(QStringLiteral("warn_big_bass_over"), r.warnBigBassOver);
    weight(QStringLiteral("warn_average_below"), r.warnAverageBelow);
    weight(QStringLiteral("warn_average_above"), r.warnAverageAbove);
    integer(QStringLiteral("best_n"), r.bestN);
    integer(QStringLiteral("minimum_events"), r.minimumEvents);
    weight(QStringLiteral("big_bass_threshold"), r.bigBassThreshold);
    if (auto v = text(QStringLiteral("fee_basis"))) {
        if (*v == QLatin1String("angler"))
            r.feeBasis = FeeBasis::PerAngler;
        else if (*v == QLatin1String("boat"))
            r.feeBasis = FeeBasis::PerBoat;
        else
            fail(QStringLiteral("fee_basis"), tr("must be \"angler\" or \"boat\"."));
    }
    money(QStringLiteral("fee"), r.fee);
    if (o.contains(QStringLiteral("place_money"))) {
        const QJsonValue v = o.value(QStringLiteral("place_money"));
        if (!v.isArray()) {
            fail(QStringLiteral("place_money"), tr("must be a list of amounts in cents."));
        } else {
            r.placeMoney.clear();
            for (const QJsonValue &item : v.toArray()) {
                constexpr qint64 notInt = std::numeric_limits<qint64>::min();
                const qint64 n = item.toInteger(notInt);
                if (!item.isDouble() || n == notInt || n < 0)
                    fail(QStringLiteral("place_money"),
                         tr("must be a list of whole numbers of cents."));
                else
                    r.placeMoney.append(Money::fromCents(n));
            }
        }
    }
    money(QStringLiteral("big_bass_money"), r.bigBassMoney);
    money(QStringLiteral("club_money"), r.clubMoney);
    money(QStringLiteral("charity_money"), r.charityMoney);
    money(QStringLiteral("big_bass_carry_in"), r.bigBassCarryIn);
    integer(QStringLiteral("paper_rounding_eighths"), r.paperRoundingEighths);
    integer(QStringLiteral("paper_minimum_eighths"), r.paperMinimumEighths);
    weight(QStringLiteral("paper_over_chart_weight"), r.paperOverChartWeight);

    if (!error.isEmpty())
        return Result<Ruleset>::failure(error);
    if (const auto p = r.problem())
        return Result<Ruleset>::failure(tr("Ruleset setting \"%1\": %2").arg(p->field, p->message));
    return r;
}
