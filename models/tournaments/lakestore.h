// LakeStore: the lakes and ramps tables, the places a tournament is fished from. A lake has a
// stable key (for matching the club's list of lakes), a name, a paper flag and a map address (a
// link opened in the browser); a ramp belongs to a lake and may have coordinates. A lake or ramp
// that a tournament (or another club's tournament on the calendar) names is never deleted.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Store;

struct LakeRecord
{
    QString id;
    QString key;
    QString name;
    bool paper = false;
    QString mapUrl; // empty: none

    bool operator==(const LakeRecord &) const = default;
};

struct RampRecord
{
    QString id;
    QString lakeId;
    QString name;
    std::optional<double> latitude;
    std::optional<double> longitude;

    bool operator==(const RampRecord &) const = default;
};

// How many records name a lake or ramp: tournaments, and calendar events (other clubs'
// tournaments on the lake).
struct LakeUse
{
    int tournaments = 0;
    int events = 0;
    bool inUse() const { return tournaments > 0 || events > 0; }
};

class LakeStore
{
    Q_DECLARE_TR_FUNCTIONS(LakeStore)
public:
    explicit LakeStore(Store &store) : m_store(store) {}

    // Live lakes by name.
    Result<QList<LakeRecord>> lakes() const;
    // One live lake; none when it does not exist (or was deleted).
    Result<std::optional<LakeRecord>> lake(const QString &id) const;
    // Live ramps of a lake by name.
    Result<QList<RampRecord>> ramps(const QString &lakeId) const;
    Result<std::optional<RampRecord>> ramp(const QString &id) const;
    // A new lake (its key made from the name); refused when the name is taken.
    Result<QString> insertLake(const QString &name, bool paper);
    // A new lake with its map address (and, when given, its id: undo and redo keep it).
    Result<QString> insertLake(const LakeRecord &lake);
    Result<QString> insertRamp(const QString &lakeId, const QString &name);
    Result<QString> insertRamp(const RampRecord &ramp);
    // Saves a lake's name, paper flag and map address (the key stays); refused when the name is
    // another lake's, empty, or the address is not a web address.
    Status updateLake(const LakeRecord &lake);
    Status updateRamp(const RampRecord &ramp);
    // What names the lake (any of its ramps included) or the ramp.
    Result<LakeUse> lakeUse(const QString &lakeId) const;
    Result<LakeUse> rampUse(const QString &rampId) const;
    // Deletes a lake no record names, with its ramps; returns the ids of the ramps deleted with
    // it. A lake in use is refused with how many tournaments use it.
    Result<QStringList> removeLake(const QString &lakeId);
    Status removeRamp(const QString &rampId);
    // Brings back a deleted lake or ramp (undo of a delete).
    Status restore(const QString &table, const QStringList &ids);

    // Empty when `url` is fine as a map address (empty, or http(s)://...), else why not.
    static QString mapUrlProblem(const QString &url);
    // The address of a map at a ramp's coordinates (OpenStreetMap); empty without coordinates.
    static QString rampMapUrl(const RampRecord &ramp);

private:
    Status checkLake(const LakeRecord &lake, const QString &exceptId) const;
    static QString inUseMessage(const QString &what, const LakeUse &use);

    Store &m_store;
};
