// Sync::Push: sends one operation to the server, in one server transaction. Its rows travel by
// COPY, a batch at a time, into a temporary table of the connection's own (pg_temp.sabc_stage),
// and sabc.push_staged merges each batch field by field; the next batch is gathered while the
// server merges the one before, and no local transaction stays open while the server works (the
// window can save at any moment, however slow the connection). A table the login may not write is
// refused as a whole (its savepoint undone) and the rest goes through. A batch the server will not
// take for what is in it (bad data, a broken rule) is sent again row by row, and each row it
// refuses is set aside, named, for the officer; the rest goes through. The server keeps the
// operation's id and its answer (sabc.applied_ops), so a push cut before the answer arrived is
// acknowledged from that record, never applied twice.
#pragma once

#include "core/result.h"
#include "sync/outbox.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>
#include <vector>

struct SyncReport;

namespace Sync {

struct Run;
class Batches;

class Push
{
    Q_DECLARE_TR_FUNCTIONS(Push)
public:
    Push(Run &run, const QString &opId);

    // Sends an operation a cut run left in the outbox.
    Status resend(std::vector<OutboxGroup> groups, SyncReport &report);
    // Collects the marked rows into a new operation while they stream to the server.
    Status sendNew(SyncReport &report);

private:
    // The answer the server kept for this operation, if an earlier attempt reached it.
    Result<std::optional<QJsonObject>> earlierAnswer();
    Status transfer(SyncReport &report);
    Status pushTable(OutboxGroup &group);
    // One batch: copied in, merged (while the next is gathered); `refusal` says why the server
    // refused the table, if it did.
    Status sendBatch(OutboxGroup &group, Batches &batches, QString &refusal);
    // A refused batch again, one row at a time: rows the server refuses are set aside.
    Status sendRowByRow(const QString &table, const QByteArray &rows);
    // Gathers the same-field conflicts of a merge's answer.
    void addConflicts(const QString &table, const QByteArray &answer);
    Status commit(const QJsonObject &answer);
    // Undoes the server's transaction and words the failure.
    Status lost(const QString &error);
    static Status stopped(const QString &error);

    Run &m_run;
    Outbox m_outbox;
    QString m_opId;
    bool m_collecting = false;
    std::vector<OutboxGroup> m_groups;
    // The server's answer, gathered table by table.
    QJsonArray m_refused;
    QJsonArray m_conflicts;
    QJsonArray m_setAside; // rows refused one by one: {t, id, why}
    int m_done = 0;
    int m_total = 0;
};

} // namespace Sync
