// Sync::Fetch: the server's half of a pull. In one read-only snapshot and one round trip it reads
// every row version written by a transaction at or after the watermark, and the next watermark:
// the oldest transaction still running (pg_snapshot_xmin), whose rows may commit later, so the
// next pull starts there and never skips a slower writer. For the count check it also counts the
// server's rows, table by table.
#pragma once

#include "core/result.h"
#include "sync/serverconnection.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

namespace Sync {

struct Fetched
{
    // tbl, id, data, stamps, deleted, modified, origin; in the order the server wrote them.
    PgRows rows;
    QString nextWatermark;
    QHash<QString, qint64> serverCounts; // when counted
    // Same-field conflicts the server reported to other laptops' pushes since the last look
    // (sabc.applied_ops), so a laptop whose value took part sees them too; and where the next
    // look starts.
    QJsonArray othersConflicts;
    QString nextConflictScan;
};

class Fetch
{
    Q_DECLARE_TR_FUNCTIONS(Fetch)
public:
    explicit Fetch(ServerConnection &server) : m_server(server) {}

    // Failures are worded for the officer: nothing was changed on this laptop. `conflictScan` is
    // where the look at other laptops' conflicts starts (a server time; "" for the last day).
    Result<Fetched> since(const QString &watermark, bool count, const QString &conflictScan = {});

private:
    Result<QHash<QString, qint64>> countRows();
    // Reads the conflicts of other pushes; a server that does not let this login read them
    // (row security) gives none.
    Status othersConflicts(const QString &since, Fetched &fetched);
    Result<Fetched> lost(const QString &error);

    ServerConnection &m_server;
};

} // namespace Sync
