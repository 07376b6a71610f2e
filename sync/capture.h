// Sync::ChangeCapture: the triggers on each synced table that mark a changed row (sync_dirty) and
// write out a lazy base before the row changes. The local schema steps add them to the tables they
// create; this adds them to tables added since, and rebuilds the lazy-base triggers when a table's
// columns change.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QStringList>

namespace Sync {

class LocalDatabase;

class ChangeCapture
{
    Q_DECLARE_TR_FUNCTIONS(ChangeCapture)
public:
    explicit ChangeCapture(const LocalDatabase &local) : m_local(local) {}

    // Brings every synced table's triggers up to date; a table that had no marking triggers gets
    // every row marked. Gives the tables whose bases may be lazy.
    Result<QSet<QString>> ensure();

private:
    struct Trigger
    {
        QString name;
        QString sql;
    };
    Result<bool> marks(const QString &table) const;
    Status findOutdatedBaseTriggers(const QString &table, QList<Trigger> &outdated) const;
    static QStringList markingStatements(const QString &table);
    Status write(const QStringList &unmarked, const QList<Trigger> &baseTriggers) const;

    const LocalDatabase &m_local;
};

} // namespace Sync
