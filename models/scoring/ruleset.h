// Ruleset: every number and choice of the club's rules that scoring, points, awards and money
// depend on. Built-in rulesets are the SABC bylaws (`sabc-2025` individual, `sabc-2026` team);
// a season stores its own copy as JSON text so later bylaw changes never rewrite old results.
#pragma once

#include "core/money.h"
#include "core/result.h"
#include "core/weight.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

enum class TournamentFormat { Individual, Team };
enum class DqPolicy { NoPoints, Offset };
// Ways to order entries with equal net weight, tried in the ruleset's order.
enum class TieBreak { MoreFish, BiggerBigBass, FewerDeadFish };
// Whether the entry fee and its split are counted per angler or per boat.
enum class FeeBasis { PerAngler, PerBoat };

struct Ruleset
{
    Q_DECLARE_TR_FUNCTIONS(Ruleset)
public:
    // The sabc-2025 bylaws.
    Ruleset();

    QString name = QStringLiteral("sabc-2025");
    TournamentFormat format = TournamentFormat::Individual;

    // Points (individual format).
    int maxPoints = 100;
    int zeroOffset = 2;  // member zero: last_fish - zeroOffset
    int buyInOffset = 4; // member buy-in: last_fish - buyInOffset
    int dqOffset = 3;    // DQ under DqPolicy::Offset: last_fish - dqOffset
    DqPolicy dqPolicy = DqPolicy::NoPoints;
    QList<TieBreak> tieBreaks; // default: more fish, then bigger big bass

    // The scale.
    int fishLimit = 5;
    Weight deadFishPenalty = Weight::fromHundredths(25);       // per dead fish
    Weight latePenaltyPerMinute = Weight::fromHundredths(100); // per minute late
    int lateDqMinutes = 15;                                    // more minutes late: DQ

    // Warnings the weighmaster confirms (not errors).
    Weight warnTotalOver = Weight::fromHundredths(5000);
    Weight warnBigBassOver = Weight::fromHundredths(1500);
    Weight warnAverageBelow = Weight::fromHundredths(50);
    Weight warnAverageAbove = Weight::fromHundredths(1000);

    // Season.
    int bestN = 0;         // 0: every tournament counts
    int minimumEvents = 0; // fewer events fished: not ranked for Angler of the Year
    Weight bigBassThreshold = Weight::fromHundredths(500); // a big bass must be strictly over

    // Money, per angler or per boat; fee == sum(placeMoney) + bigBass + club + charity.
    FeeBasis feeBasis = FeeBasis::PerAngler;
    Money fee = Money::fromDollars(25);
    QList<Money> placeMoney; // paid places, 1st first (default $7, $5, $4)
    Money bigBassMoney = Money::fromDollars(4);
    Money clubMoney = Money::fromDollars(3);
    Money charityMoney = Money::fromDollars(2);
    // Big bass money already in the pot when the season opens (a club that starts keeping its
    // books here mid-history); added to the carryover into the season's first tournament.
    Money bigBassCarryIn;

    // Paper tournaments (lengths in eighths of an inch).
    int paperRoundingEighths = 4; // lengths are rounded down to the half inch
    int paperMinimumEighths = 96; // fish under 12 in don't count
    Weight paperOverChartWeight = Weight::fromHundredths(1800); // longer than the chart

    // The same rules for a tournament that charges `fee` per `basis`: each share of the split is
    // scaled by fee / this->fee, rounded down to the cent, and the club share takes the cents
    // left so the split still adds up to the fee (all to the club when this fee is zero).
    Ruleset withFee(Money fee, FeeBasis basis) const;
    // The bylaws a new club (or a season with no rules before it) starts from: sabc-2026 from
    // 2026 on, sabc-2025 before.
    static Ruleset bylaws(int season);

    int paidPlaces() const { return int(placeMoney.size()); }
    bool awardsPoints() const { return format == TournamentFormat::Individual; }

    static Ruleset sabc2025();
    static Ruleset sabc2026();
    static QStringList builtInNames();
    // A built-in ruleset by name, or an error listing the known names.
    static Result<Ruleset> builtIn(const QString &name);

    // Checks that the numbers make sense together (the fee splits exactly, nothing negative).
    Status validate() const;
    // The first thing wrong, with the JSON key of the setting it is about ("fee" when the split
    // does not add up to the fee).
    struct Problem
    {
        QString field;
        QString message;
    };
    std::optional<Problem> problem() const;

    // JSON object text with snake_case keys; weights in hundredths of a pound, money in cents.
    QByteArray toJson() const;
    // Reads JSON written by toJson() or by hand. Keys left out keep the value of the built-in
    // ruleset named by "base", else of `defaults`; unknown keys and wrong types are errors.
    static Result<Ruleset> fromJson(const QByteArray &json, const Ruleset &defaults);
    static Result<Ruleset> fromJson(const QByteArray &json);

    static QString formatName(TournamentFormat format);
    static QString dqPolicyName(DqPolicy policy);
    static std::optional<DqPolicy> dqPolicyFromName(const QString &name);

    bool operator==(const Ruleset &) const = default;
};
