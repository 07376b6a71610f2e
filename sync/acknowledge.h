// Sync::Acknowledgement: what this laptop records once the server has an operation, in one local
// transaction: the bases of the rows the server took now hold what was sent, the rows of a refused
// table are marked again, same-field conflicts are kept for the officer, and the operation leaves
// the outbox.
#pragma once

#include "core/result.h"
#include "sync/outbox.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>

#include <vector>

struct SyncReport;

namespace Sync {

struct Run;

class Acknowledgement
{
    Q_DECLARE_TR_FUNCTIONS(Acknowledgement)
public:
    Acknowledgement(Run &run, const QString &opId, const std::vector<OutboxGroup> &groups);

    // `answer` is the server's: {"refused": [{"t", "why", "login"}], "conflicts": [...]}.
    Status record(const QJsonObject &answer, SyncReport &report);

private:
    // A base as it will be written: the server's fields with the sent ones merged in.
    struct Base
    {
        QString id;
        QJsonObject data, stamps;
        bool deleted;
        qint64 modified;
    };
    Status recordSent(const OutboxGroup &group);
    Result<std::vector<Base>> updatedBases(const QString &table);
    Status addNewBases(const QString &table);
    Status recordRefused(const OutboxGroup &group, const QString &why);
    Status recordConflicts(const QJsonObject &answer);
    Status recordSetAside(const QJsonObject &answer);
    Status clearOperation();

    Run &m_run;
    QString m_opId;
    const std::vector<OutboxGroup> &m_groups;
    int m_pushed = 0;
    int m_conflicts = 0;
    // Refused changes per table (a sync may send a table in many batches): how many, and why.
    struct Refused
    {
        int count = 0;
        QString why;
    };
    QMap<QString, Refused> m_refused;
    // Records set aside (refused one by one) per table, and the first reason.
    QMap<QString, int> m_setAsideCount;
    QMap<QString, QString> m_setAsideWhy;
};

} // namespace Sync
