// TournamentStore: reads and writes one club's tournaments, weigh-in entries (with paper fish),
// boats, lakes and ramps, and the finalize/unlock log. Prepared statements with bound values;
// deleted rows (tombstones) are always left out; every multi-row change is one transaction, and
// changes to a finalized tournament's results are refused. The weigh-in sheet, its undo commands
// and the crash test all write through these functions, so what the test proves is what the
// director gets.
#pragma once

#include "core/money.h"
#include "core/result.h"
#include "core/weight.h"
#include "scoring/entry.h"
#include "scoring/ruleset.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QVariantMap>

#include <optional>

class Store;

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

// An angler as the weigh-in picker shows them.
struct AnglerChoice
{
    QString id;
    QString name;
    QString phone;
    bool member = false;     // has a membership in the tournament's season
    int duesPaidThrough = 0; // 0: never
    bool inactive = false;
    int guestEvents = 0; // tournaments fished as a guest this season
};

struct LakeRecord
{
    QString id;
    QString key;
    QString name;
    bool paper = false;
};

struct RampRecord
{
    QString id;
    QString lakeId;
    QString name;
};

struct RulesetRecord
{
    QString id;
    int season = 0;
    QString name;
};

struct TournamentLogRecord
{
    QString action; // "finalized" or "unlocked"
    QString actor;
    QDateTime at; // UTC
};

class TournamentStore
{
    Q_DECLARE_TR_FUNCTIONS(TournamentStore)
public:
    // Tournaments.
    static Result<TournamentRecord> tournament(Store &store, const QString &id);
    static Result<QList<TournamentRecord>> tournaments(Store &store, int season);
    static Result<QString> insertTournament(Store &store, const TournamentRecord &t);
    // Several at once (a season schedule): all or none.
    static Result<QStringList> insertTournaments(Store &store, const QList<TournamentRecord> &list);
    static Status updateTournament(Store &store, const TournamentRecord &t);
    // Refused when the tournament has entries (cancel it instead). Its boats go with it; their
    // ids are returned so an undo can bring them back.
    static Result<QStringList> removeTournament(Store &store, const QString &id);
    static Result<int> entryCount(Store &store, const QString &tournamentId);
    // The dates of the club's default schedule: the 4th Sunday of January to October.
    static QList<QDate> defaultScheduleDates(int season);

    // Finalize marks the tournament completed and locks its results; unlock opens them again.
    // Both are logged with who and when.
    static Status finalize(Store &store, const QString &tournamentId, const QString &actor);
    static Status unlock(Store &store, const QString &tournamentId, const QString &actor);
    static Result<QList<TournamentLogRecord>> log(Store &store, const QString &tournamentId);

    // The ruleset the tournament is scored with (its own format and fish limit applied).
    static Result<Ruleset> ruleset(Store &store, const TournamentRecord &t);
    // The engine's view of the tournament with the given entries and boats.
    static TournamentInput input(const TournamentRecord &t, const QList<EntryRecord> &entries,
                                 const QList<BoatRecord> &boats);
    // The big bass pot carried into this tournament from every earlier one (any season).
    static Result<Money> bigBassCarryIn(Store &store, const TournamentRecord &t);

    // Entries.
    static Result<QList<EntryRecord>> entries(Store &store, const QString &tournamentId);
    static Result<EntryRecord> entry(Store &store, const QString &id);
    // Inserts the entry and its paper fish in one transaction; fills in the new ids.
    static Status insertEntry(Store &store, EntryRecord &e);
    // Rewrites the entry; paper fish no longer listed are deleted, new ones inserted (ids filled).
    static Status updateEntry(Store &store, EntryRecord &e);
    static Status removeEntry(Store &store, const EntryRecord &e);
    // Brings back a deleted entry and the paper fish listed in `e`.
    static Status restoreEntry(Store &store, const EntryRecord &e);

    // Boats.
    static Result<QList<BoatRecord>> boats(Store &store, const QString &tournamentId);
    static Status insertBoat(Store &store, BoatRecord &b);
    static Status updateBoat(Store &store, const BoatRecord &b);
    static Status removeBoat(Store &store, const BoatRecord &b);
    static Status restoreBoat(Store &store, const BoatRecord &b);

    // Anglers for the picker: members of the season first, then by name.
    static Result<QList<AnglerChoice>> anglerChoices(Store &store, int season);
    // A walk-up guest: name and optional phone (normalised). Returns the new angler's id.
    static Result<QString> insertGuest(Store &store, const QString &name, const QString &phone);
    static Result<bool> isMember(Store &store, const QString &anglerId, int season);

    // Lakes, ramps and rulesets.
    static Result<QList<LakeRecord>> lakes(Store &store);
    static Result<QList<RampRecord>> ramps(Store &store, const QString &lakeId);
    static Result<QString> insertLake(Store &store, const QString &name, bool paper);
    static Result<QString> insertRamp(Store &store, const QString &lakeId, const QString &name);
    static Result<QList<RulesetRecord>> rulesets(Store &store);

    // Whether the tournament's results are locked (finalized). An error when it is.
    static Status ensureUnlocked(Store &store, const QString &tournamentId);

    // Brings back deleted rows (undo of a delete) of tournaments, entries, paper_fish, boats or
    // anglers, restamped so the restore syncs too.
    static Status restoreRows(Store &store, const QString &table, const QStringList &ids);

private:
    static QVariantMap entryValues(const EntryRecord &e);
    static QVariantMap boatValues(const BoatRecord &b);
    static QString friendly(const QString &error, const EntryRecord &e);
};
