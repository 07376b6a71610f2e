// Sync::LocalDatabase: a sync run's own connection to the club's SQLite file, apart from the
// window's (a sync never blocks typing) and set up for bulk writes. It knows the synced tables and
// their data columns, keeps the sync's state (sync_state), and runs every local statement through
// Query, so a failure is worded the same way wherever it happens.
#pragma once

#include "core/result.h"
#include "store/query.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace Sync {

// The keys of sync_state.
enum class StateKey {
    ServerId,     // the server this file last synced with
    Watermark,    // where the next pull starts (stored as "cursor", its name in older versions)
    CountCheckAt, // when the count check last ran, in milliseconds since the epoch
    LastSync,     // when the last sync ended and what it did
    ConflictScan, // where the next look at other laptops' conflicts starts (a server time)
};

class LocalDatabase
{
    Q_DECLARE_TR_FUNCTIONS(LocalDatabase)
public:
    LocalDatabase() = default;
    ~LocalDatabase();
    LocalDatabase(const LocalDatabase &) = delete;
    LocalDatabase &operator=(const LocalDatabase &) = delete;

    // Opens `path`, which Store::open has brought up to date, and reads its synced tables.
    Status open(const QString &path);
    // Folds what the run wrote into the file and closes the connection.
    void close();

    Query query(const QString &sql) const { return Query(database(), sql); }
    // Runs a statement that carries no values (PRAGMA, BEGIN, a trigger built from checked names).
    Status command(const QString &sql, const QString &what) const;
    // A write transaction as a value (as Store::Transaction): it begins when made (BEGIN
    // IMMEDIATE, so nothing is marked meanwhile), commits when told, and is undone when it goes
    // out of scope uncommitted.
    class Transaction
    {
    public:
        explicit Transaction(const LocalDatabase &local);
        ~Transaction();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;

        const Status &begun() const { return m_begun; }
        Status commit();

    private:
        const LocalDatabase &m_local;
        Status m_begun;
        bool m_open = false;
    };

    Result<QString> state(StateKey key) const;
    Status setState(StateKey key, const QString &value) const;

    const QString &deviceId() const { return m_deviceId; }
    // The synced tables, parents first.
    const QStringList &tables() const { return m_tables; }
    bool isSynced(const QString &table) const { return m_columns.contains(table); }
    // A synced table's data columns: all but id, modified, origin and deleted.
    QStringList columns(const QString &table) const { return m_columns.value(table); }
    // SQL giving the data fields of the row named `alias` of `table` as JSON text; numbers with a
    // fraction are written with every digit, so they read back exactly.
    QString rowJson(const QString &table, const QString &alias) const;

private:
    QSqlDatabase database() const;
    Status begin() const;
    Status commit() const;
    void rollBack() const;
    Status configure();
    Status checkVersion();
    Status readDeviceId();
    Status readTables();

    QString m_path;
    QString m_name; // of the connection
    QString m_deviceId;
    QStringList m_tables;
    QHash<QString, QStringList> m_columns;
};

// The position of the result column `name`, found once before a loop over many rows (looking a
// name up costs more than reading the value).
int columnIndex(Query &query, const QString &name);

} // namespace Sync
