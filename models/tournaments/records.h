// The rows of the tournament part of the club database as the app reads and writes them:
// tournaments, weigh-in entries with their measured (paper) fish, boats, and the finalize log;
// plus the lakes, ramps, rulesets and picker entries that screens list. Plain values, no SQL.
#pragma once

#include "core/money.h"
#include "core/weight.h"
#include "scoring/entry.h"
#include "scoring/ruleset.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>
#include <QVariantMap>

#include <optional>

struct TournamentRecord
{
    QString id;
    int season = 0;
    QDate date;
    QString name;
    QString lakeId;
    QString rampId;
    QTime startTime;
    QTime weighInTime;
    TournamentFormat format = TournamentFormat::Individual;
    QString rulesetId;
    int fishLimit = 5;
    Money entryFee = Money::fromDollars(25);
    FeeBasis feeUnit = FeeBasis::PerAngler;
    bool paper = false;
    bool cancelled = false;
    bool completed = false;
    qint64 finalizedAt = 0; // ms since the epoch, UTC; 0: never
    QString finalizedBy;
    QString notes;

    // Display names, filled when read.
    QString lakeName;
    QString rampName;

    // The columns a user edits (not the sync stamps, not the finalize fields).
    QVariantMap editableValues() const;
    bool operator==(const TournamentRecord &) const = default;
};

struct PaperFishRecord
{
    QString id; // empty until stored
    int lengthEighths = 0;
    std::optional<int> weighedHundredths; // a fish also put on the scale
    bool operator==(const PaperFishRecord &) const = default;
};

struct EntryRecord
{
    QString id; // empty until stored
    QString tournamentId;
    QString anglerId;
    QString anglerName; // display only
    int fish = 0;
    Weight gross;
    Weight bigBass;
    int dead = 0;
    int minutesLate = 0;
    bool buyIn = false;
    bool dq = false;
    bool wasMember = false;
    int manualOrder = 0;  // 0: none
    qint64 enteredAt = 0; // ms since the epoch; 0: now when stored
    QList<PaperFishRecord> paperFish;
    // Where the weights came from: the scale (captured at the weigh-in) or typed.
    bool grossFromScale = false;
    bool bigBassFromScale = false;

    // The scoring engine's view of this entry.
    Entry toEntry() const;
    QList<int> lengths() const;
    // Same weigh-in values (ignores ids and stamps).
    bool sameValues(const EntryRecord &other) const;
};

struct BoatRecord
{
    QString id;
    QString tournamentId;
    QString boaterId;
    QString partnerId; // empty: fishing alone
    bool teamWeighed = false;
    int teamFish = 0;
    Weight teamWeight;
    Weight teamBigBass;
    int teamDead = 0;
    bool teamDq = false;

    BoatInput toInput() const;
    bool operator==(const BoatRecord &) const = default;
};

struct TournamentLogRecord
{
    QString action; // "finalized", "unlocked" or "member_flag" (an entry's member flag corrected)
    QString actor;
    QDateTime at;   // UTC
    QString detail; // member_flag: "Ann Lee: guest -> member"
};
