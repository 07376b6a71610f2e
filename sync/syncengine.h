// sync/ replicates the club database with the club's PostgreSQL server; SyncEngine is its entry
// point. One SyncEngine is one sync of a club database file with the server. It opens its own
// connections (one to the SQLite file, one to the server), so it can run on any thread while the
// window keeps its own connection: the sync never blocks typing.
//
// The words of sync/, in its names and its comments:
//   marked     a row changed here and not yet collected (listed in sync_dirty by a trigger)
//   outbox     operations waiting for the server; an operation is one push's rows under an id
//   base       a row as the server has it, last seen here (sync_base); lazy: "" = the row here
//   stamp      a field's hybrid-logical-clock time; the row's clock is `modified`
//   push/pull  send one operation / fetch the row versions since the watermark and apply them
//   watermark  the oldest server transaction a pull must still read (kept under "cursor")
//   refused    rows the server would not take; rejected: fetched rows this file would not take
//
// One run (the steps are in the files named after them): (1) push the operations a cut-off
// earlier run left in the outbox, under their own ids (push.cpp); (2) collect the marked rows
// into a new operation, keeping only the fields that differ from their base (outbox.cpp), while
// they stream in batches to the server, which merges them field by field by stamp (tombstones
// win) and reports same-field conflicts on weigh-in numbers; then record what the server took
// (acknowledge.cpp); (3) pull: fetch every row version written by a transaction at or after the
// watermark and the next watermark (fetch.cpp), apply all of it in one local transaction (new
// records in bulk, the rest one by one: apply.cpp), now and then check the row counts against the
// server's (verify.cpp), and move the watermark on: rows of a slower concurrent push are fetched
// later, never skipped.
#pragma once

#include "core/result.h"
#include "sync/serverurl.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QStringList>

#include <functional>
#include <memory>

namespace Sync {
struct Run;
struct Fetched;
class Apply;
} // namespace Sync

struct SyncReport
{
    int pushed = 0;    // rows the server took from this laptop
    int pulled = 0;    // rows changed on this laptop by what came from the server
    int conflicts = 0; // same-field conflicts found in this run
    // Changes the server refused (a role not allowed to write a table), in plain words. They stay
    // marked on this laptop and are reported again at every sync.
    QStringList refused;
    // The same per table, however many batches they came in (refused is made from these).
    struct Refusal
    {
        int changes = 0;
        QString why;
    };
    QMap<QString, Refusal> refusals;
    // Records the server refused one by one for what is in them (set aside as conflicts until
    // changed here), per table.
    QMap<QString, Refusal> setAside;
    // How long the push and the pull took, in milliseconds.
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
    // The steps of run(), in order.
    Status connect();
    Status checkServer();
    Status resetForNewServer(const QString &serverId);
    Status pushPending(Sync::Run &run, SyncReport &report);
    Status pushNew(Sync::Run &run, SyncReport &report);
    Status pull(Sync::Run &run, SyncReport &report);
    Status applyPulled(Sync::Apply &apply, const Sync::Fetched &fetched, bool countCheck,
                       qint64 now);

    struct Impl;
    std::unique_ptr<Impl> d;
};
