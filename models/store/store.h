// models/store/: the club's SQLite file: opening, refusing and upgrading it (Store, migrations),
// Query (the one way to run SQL: prepare, bind, run, check, word the error), Store::Transaction,
// and StoreWatcher (coalesced reloads after changes).
//
// Store: the club's local SQLite database. Opens (or creates) one file, refuses files it must not
// touch (not SQLite, corrupt, written by a newer app), keeps a copy before upgrading, runs the
// numbered migrations, and writes rows with their sync stamps (UUID, hybrid logical clock,
// origin, tombstone). Every committed edit is durable (WAL, synchronous=FULL).
#pragma once

#include "core/clubtime.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QObject>
#include <QSqlDatabase>
#include <QVariantMap>

#include <functional>
#include <memory>

class QSqlQuery;

struct ClubInfo
{
    QString id;
    QString name;
    QByteArray timeZone = ClubTime::defaultZoneId;
};

class QTimer;

class Store : public QObject
{
    Q_OBJECT
public:
    ~Store() override;

    // The default database file: club.sqlite in QStandardPaths::AppDataLocation.
    static QString defaultPath();

    // Opens `path`, creating an empty club database when the file does not exist (or is empty),
    // and upgrading an older one after copying it to `<path>.v<N>.bak`.
    static Result<std::unique_ptr<Store>> open(const QString &path);
    // Opens an existing club database for reading only (the leaderboard server): nothing is
    // ever written, not even an upgrade. A file of an older or newer version is refused.
    static Result<std::unique_ptr<Store>> openReadOnly(const QString &path);
    // Opens a club database for a command that only reads it (sabc standings, sabc report):
    // read-only, so nothing is written to it; a missing, empty (0-byte or empty SQLite) or foreign
    // file is refused and left as it is. Only a file of an older version in a place this user may
    // write is opened by open() to be upgraded, after keeping a copy.
    static Result<std::unique_ptr<Store>> openForReading(const QString &path);
    // A number that changes whenever another connection (another program, or the window's own
    // connection) commits to the file; -1 when it cannot be read.
    qint64 dataVersion() const;

    QSqlDatabase database() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    QString deviceId() const { return m_deviceId; }

    // True until a club has been created in this file (a new file is empty).
    bool hasClub() const;
    ClubInfo club() const;
    Status createClub(const QString &name, const QByteArray &timeZone);
    ClubTime clubTime() const;
    // The season the club is in today.
    int currentSeason() const;

    // A new row key.
    static QString newId();
    // Where `text` holds an invisible control character (NUL and the like; tab, line feed and
    // carriage return are text), or -1. insert() and update() refuse such text.
    static qsizetype controlCharacterAt(const QString &text);
    // The next hybrid-logical-clock stamp: milliseconds since the epoch shifted left 16 bits plus
    // a counter, strictly increasing on this laptop even when the clock steps back.
    qint64 nextStamp();

    // Inserts a row into a synced table, adding id (unless given), modified, origin. Returns id.
    Result<QString> insert(const QString &table, QVariantMap values);
    // Inserts several rows into one synced table with one prepared statement (bulk imports).
    // Every row must name the same columns. Returns the ids, in order.
    Result<QStringList> insertMany(const QString &table, const QList<QVariantMap> &rows);
    // Updates columns of a live row and restamps it.
    Status update(const QString &table, const QString &id, const QVariantMap &values);
    // Marks a row deleted (tombstone); it stays so the delete can sync.
    Status remove(const QString &table, const QString &id);

    // A transaction as a value (KMyMoney's MyMoneyFileTransaction): it begins when made, commits
    // when told, and rolls back when it goes out of scope uncommitted, so every early return
    // undoes what was written.
    //
    //     Store::Transaction transaction(store);
    //     if (Status s = transaction.begun(); !s)
    //         return s;
    //     ... writes, returning on the first failure ...
    //     return transaction.commit();
    //
    // Transactions nest: one made while another is open joins it. Its commit() only says the
    // inner work is done and its rollback does nothing; the outermost decides, and whoever made
    // the inner one passes its failure up so that the outer one is not committed. Change
    // notifications (changed()) wait for the outermost commit and are dropped on rollback.
    class Transaction
    {
    public:
        explicit Transaction(Store &store);
        ~Transaction();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;

        // Whether the transaction could begin (the database may be locked by another program).
        // Write nothing when it did not: there is no transaction to undo it.
        const Status &begun() const { return m_begun; }
        // Makes the writes permanent (the outermost one) and sends the change notifications.
        // A failed commit is rolled back. Call once.
        Status commit();

    private:
        void rollback();

        Store &m_store;
        Status m_begun;
        bool m_outermost = false;
        bool m_open = false;
    };

    // Runs `work` in one transaction: commits when it succeeds, rolls back otherwise.
    Status transaction(const std::function<Status()> &work);

    // A consistent copy of the whole database in `file` (which must not exist).
    Status backupTo(const QString &file) const;

    // Notices what other programs commit to this file (`sabc` on the command line, another
    // connection): checks SQLite's data_version every `intervalMs` and, when it moved, sends
    // changed() for every table, so every page shows it. The window calls it; 0 stops.
    void watchOtherWriters(int intervalMs);


signals:
    // Rows of `table` changed through this store.
    void changed(const QString &table);

private:
    Store() = default;
    Status initialise();
    Status migrate();
    void checkOtherWriters();

    QString m_path;
    QString m_connection;
    QString m_deviceId;
    qint64 m_lastStamp = 0;
    int m_transactionDepth = 0;
    QTimer *m_otherWriters = nullptr;
    qint64 m_seenVersion = -1;
};
