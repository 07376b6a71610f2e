// Sync::Outbox: the operations waiting for the server (sync_outbox; a row per record in
// sync_outbox_rows). Collecting moves marked rows into an operation: records the server has never
// seen go whole and in bulk, the others as the fields that differ from their base. An operation
// stays in the outbox until the server's answer is recorded, so a cut push is sent again under
// the same id. Rows leave the outbox as lines of COPY text: id, d, s, b, del, m, o (the fields,
// their stamps, the stamps they were edited from, tombstone, row clock, origin).
#pragma once

#include "core/result.h"
#include "store/query.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <vector>

namespace Sync {

class LocalDatabase;

// One table's part of an operation.
struct OutboxGroup
{
    QString table;
    int count = 0;
};

// Where collecting one table's marked rows has got to.
enum class CollectStep {
    NewRows,     // records the server has never seen, whole, a window of ids at a time
    ChangedRows, // every other marked row, field by field against its base, all at once
    Done,
};

struct Collector
{
    CollectStep step = CollectStep::NewRows;
    QString after; // the last id of the window collected
};

class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)
public:
    explicit Outbox(const LocalDatabase &local) : m_local(local) {}

    // Operations left by a cut run, oldest first.
    Result<QStringList> pendingOperations() const;
    // An operation's tables (parents first) and how many rows each holds.
    Result<std::vector<OutboxGroup>> groupsOf(const QString &opId) const;
    // Whether any row of a synced table is marked.
    Result<bool> anyMarked() const;
    Result<int> markedCount() const;
    // The synced tables with marked rows, parents first.
    Result<QStringList> markedTables() const;
    // Starts an operation; it exists from before its first row on, so a cut run sends it again.
    Status addOperation(const QString &opId) const;

    // Collects the next piece of `table`'s marked rows into operation `opId` (at most `limit` new
    // records, or every other marked row) and appends their COPY lines to `lines`. Each call is
    // one short local transaction; c.step is Done once the table has nothing more.
    Status collect(const QString &opId, const QString &table, Collector &c, int limit,
                   QByteArray &lines, int &rows) const;

private:
    // One record as it goes into the outbox and onto the wire.
    struct Row
    {
        QString id, data, stamps, fromStamps;
        bool deleted = false;
        qint64 modified = 0;
        QString origin;
    };
    struct ChangedColumns;
    Status collectNewRows(const QString &opId, const QString &table, Collector &c, int limit,
                          QByteArray &lines, int &rows, bool &windowEmpty) const;
    Status collectChangedRows(const QString &opId, const QString &table, QByteArray &lines,
                              int &rows) const;
    Result<std::vector<Row>> readChangedRows(const QString &opId, const QString &table) const;
    std::optional<Row> changedRow(const QSqlQuery &q, const ChangedColumns &c,
                                  const QStringList &columns, qint64 now) const;
    Status writeChangedRows(const QString &opId, const QString &table, const std::vector<Row> &rows,
                            QByteArray &lines) const;

    const LocalDatabase &m_local;
};

// Reads an operation's rows of one table from the outbox as COPY lines, a piece at a time.
class OutboxReader
{
    Q_DECLARE_TR_FUNCTIONS(OutboxReader)
public:
    OutboxReader(const LocalDatabase &local, const QString &opId, const QString &table);
    // Appends the next `limit` rows' lines to `lines`; `done` when the table has no more.
    Status next(int limit, QByteArray &lines, int &rows, bool &done);

private:
    Query m_query;
    QString m_opId;
    QString m_table;
    QString m_after; // the last id read
};

} // namespace Sync
