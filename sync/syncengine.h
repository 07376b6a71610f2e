// SyncEngine: one sync of a club database file with the club's PostgreSQL server. It opens its own
// connections (one to the SQLite file, one to the server), so it can run on any thread while the
// window keeps its own connection: the sync never blocks typing.
//
// One run: (1) send changes still waiting from a cut-off earlier run, under their operation id;
// (2) collect the rows the change-capture triggers marked, keep only the fields that differ from
// the server's last known version, store them as one operation in the outbox (a row per record),
// and stream it in batches by COPY into a temporary table on the server, which merges them field
// by field by hybrid logical clock (tombstones win) and reports same-field conflicts on weigh-in
// numbers; (3) pull every row version written by a transaction at or after the last watermark,
// apply all of it in one local transaction (new records in bulk, the rest one by one), and move
// the watermark to the oldest transaction still running on the server (pg_snapshot_xmin), so the
// rows of a slower concurrent push are fetched later, never skipped.
#pragma once

#include "core/result.h"
#include "sync/serverurl.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <functional>
#include <memory>

struct SyncReport
{
    int pushed = 0;    // rows the server took from this laptop
    int pulled = 0;    // rows changed on this laptop by what came from the server
    int conflicts = 0; // same-field conflicts found in this run
    // Changes the server refused (a role not allowed to write a table), in plain words. They stay
    // marked on this laptop and are reported again at every sync.
    QStringList refused;
    // How long the sending and the fetching took, in milliseconds.
    qint64 pushMs = 0;
    qint64 pullMs = 0;
    // Tables whose rows changed locally (for the window to refresh).
    QStringList changedTables;

    bool complete() const { return refused.isEmpty(); }
    // "pushed N, pulled M, conflicts K"
    QString summary() const;
};

class SyncEngine
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)
public:
    // Points where a test can stop the run as if the connection was lost there.
    enum class Hook { BeforePushCommit, AfterPushCommit, BeforePullCommit };
    using Progress = std::function<void(const QString &stage, int done, int total)>;

    // `databasePath` must already have been opened once by Store::open (schema up to date).
    // An empty `password` lets libpq use PGPASSWORD or ~/.pgpass.
    SyncEngine(const QString &databasePath, const ServerUrl &server, const QString &password);
    ~SyncEngine();

    void setProgress(Progress progress);
    // A test hook; when it returns a failure the run stops there with that error.
    void setHook(Hook hook, std::function<Status()> action);
    // Rows per round trip (default 5000).
    void setBatchSize(int rows);

    Result<SyncReport> run();

    // The server process of this run's connection, valid while a run is in progress.
    int serverBackendPid() const;

    // Fields whose same-field edits are conflicts the officer must see (weigh-in numbers).
    static const QHash<QString, QStringList> &conflictFields();
    // A table's name in the club's words ("weigh-in entries").
    static QString tableLabel(const QString &table);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};
