// LakeStore: the lakes and ramps tables, the places a tournament is fished from. A lake has a
// stable key (for matching the club's list of lakes) and a name; a ramp belongs to a lake.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Store;

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

class LakeStore
{
    Q_DECLARE_TR_FUNCTIONS(LakeStore)
public:
    explicit LakeStore(Store &store) : m_store(store) {}

    // Live lakes by name.
    Result<QList<LakeRecord>> lakes() const;
    // Live ramps of a lake by name.
    Result<QList<RampRecord>> ramps(const QString &lakeId) const;
    // A new lake (its key made from the name); refused when the name is taken.
    Result<QString> insertLake(const QString &name, bool paper);
    Result<QString> insertRamp(const QString &lakeId, const QString &name);

private:
    Store &m_store;
};
