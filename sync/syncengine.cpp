#include "sync/syncengine.h"

#include "sync/apply.h"
#include "sync/capture.h"
#include "sync/fetch.h"
#include "sync/localdatabase.h"
#include "sync/outbox.h"
#include "sync/push.h"
#include "sync/serverconnection.h"
#include "sync/serverschema.h"
#include "sync/synclog.h"
#include "sync/syncrun.h"
#include "sync/verify.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcSync, "sabc.sync")

using Sync::StateKey;

QString SyncReport::summary() const
{
    return QStringLiteral("pushed %1, pulled %2, conflicts %3")
        .arg(pushed)
        .arg(pulled)
        .arg(conflicts);
}

const QHash<QString, QStringList> &SyncEngine::conflictFields()
{
    static const QHash<QString, QStringList> fields = {
        {QStringLiteral("entries"),
         {QStringLiteral("fish"), QStringLiteral("gross_weight"), QStringLiteral("big_bass"),
          QStringLiteral("dead"), QStringLiteral("minutes_late"), QStringLiteral("buy_in"),
          QStringLiteral("dq")}},
        {QStringLiteral("boats"),
         {QStringLiteral("team_fish"), QStringLiteral("team_weight"),
          QStringLiteral("team_big_bass"), QStringLiteral("team_dead"), QStringLiteral("team_dq")}},
        {QStringLiteral("paper_fish"),
         {QStringLiteral("length_eighths"), QStringLiteral("weighed_weight")}},
    };
    return fields;
}

QString SyncEngine::tableLabel(const QString &table)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("club"), QT_TRANSLATE_NOOP("SyncEngine", "the club's details")},
        {QStringLiteral("anglers"), QT_TRANSLATE_NOOP("SyncEngine", "anglers")},
        {QStringLiteral("memberships"), QT_TRANSLATE_NOOP("SyncEngine", "memberships")},
        {QStringLiteral("officer_terms"), QT_TRANSLATE_NOOP("SyncEngine", "officers")},
        {QStringLiteral("rulesets"), QT_TRANSLATE_NOOP("SyncEngine", "rulesets")},
        {QStringLiteral("lakes"), QT_TRANSLATE_NOOP("SyncEngine", "lakes")},
        {QStringLiteral("ramps"), QT_TRANSLATE_NOOP("SyncEngine", "ramps")},
        {QStringLiteral("tournaments"), QT_TRANSLATE_NOOP("SyncEngine", "tournaments")},
        {QStringLiteral("entries"), QT_TRANSLATE_NOOP("SyncEngine", "weigh-in entries")},
        {QStringLiteral("paper_fish"), QT_TRANSLATE_NOOP("SyncEngine", "paper-tournament fish")},
        {QStringLiteral("boats"), QT_TRANSLATE_NOOP("SyncEngine", "boats")},
        {QStringLiteral("ledger"), QT_TRANSLATE_NOOP("SyncEngine", "the ledger")},
        {QStringLiteral("tournament_log"), QT_TRANSLATE_NOOP("SyncEngine", "tournament history")},
        {QStringLiteral("calendar_events"), QT_TRANSLATE_NOOP("SyncEngine", "calendar events")},
    };
    const char *label = labels.value(table, nullptr);
    return label ? tr(label) : table;
}

struct SyncEngine::Impl
{
    QString path;
    ServerUrl url;
    QString password;
    Progress progress;
    QHash<Hook, std::function<Status()>> hooks;
    int batchSize = 5000;

    Sync::LocalDatabase local;
    std::unique_ptr<ServerConnection> server;
    int backendPid = 0;

    Status hook(Hook h) const
    {
        auto it = hooks.constFind(h);
        return it != hooks.constEnd() ? it.value()() : Status::success();
    }
    void report(const QString &stage) const
    {
        if (progress)
            progress(stage, 0, 0);
    }
    void closeAll()
    {
        server.reset();
        local.close();
    }
};

SyncEngine::SyncEngine(const QString &databasePath, const ServerUrl &server,
                       const QString &password)
    : d(std::make_unique<Impl>())
{
    d->path = databasePath;
    d->url = server;
    d->password = password;
}

SyncEngine::~SyncEngine()
{
    d->closeAll();
}

void SyncEngine::setProgress(Progress progress)
{
    d->progress = std::move(progress);
}

void SyncEngine::setHook(Hook hook, std::function<Status()> action)
{
    d->hooks.insert(hook, std::move(action));
}

void SyncEngine::setBatchSize(int rows)
{
    d->batchSize = std::max(1, rows);
}

int SyncEngine::serverBackendPid() const
{
    return d->backendPid;
}

Result<SyncReport> SyncEngine::run()
{
    SyncReport report;
    QElapsedTimer timer;
    timer.start();
    auto fail = [&](const QString &error) {
        qCWarning(lcSync).noquote() << "sync failed:" << error;
        d->closeAll();
        return Result<SyncReport>::failure(error);
    };
    d->report(tr("Opening the club database"));
    // One sync of a file at a time (the window's, a scheduled one, sabc sync from a script):
    // a second one finds the lock taken and steps aside, changing nothing.
    QLockFile lock(d->path + QStringLiteral(".sync-lock"));
    lock.setStaleLockTime(0); // a sync may run long; only a lock left by a dead process is stale
    if (!lock.tryLock(0)) {
        if (lock.error() == QLockFile::LockFailedError)
            return fail(tr("Another sync of \"%1\" is already running. This one changed nothing; "
                           "sync again when that one has finished.")
                            .arg(QFileInfo(d->path).fileName()));
        qCInfo(lcSync) << "could not take the sync lock of" << d->path << "- syncing without it";
    }
    if (Status s = d->local.open(d->path); !s)
        return fail(s.error());
    if (Status s = connect(); !s)
        return fail(s.error());
    qCDebug(lcSync) << "connected after" << timer.elapsed() << "ms";
    if (Status s = checkServer(); !s)
        return fail(s.error());
    auto lazyBase = Sync::ChangeCapture(d->local).ensure();
    if (!lazyBase)
        return fail(lazyBase.error());
    const auto hook = [this](Hook h) { return d->hook(h); };
    Sync::Run current{.local = d->local,
                      .server = *d->server,
                      .url = d->url,
                      .lazyBase = lazyBase.value(),
                      .batchSize = d->batchSize,
                      .progress = d->progress,
                      .hook = hook};
    qCDebug(lcSync) << "checks done after" << timer.elapsed() << "ms";
    QElapsedTimer step;
    step.start();
    if (Status s = pushPending(current, report); !s)
        return fail(s.error());
    if (Status s = pushNew(current, report); !s)
        return fail(s.error());
    report.pushMs = step.restart();
    if (Status s = pull(current, report); !s)
        return fail(s.error());
    report.pullMs = step.elapsed();
    if (Status s = d->local.setState(StateKey::LastSync,
                                     QDateTime::currentDateTimeUtc().toString(Qt::ISODate) +
                                         QLatin1Char(' ') + report.summary());
        !s)
        qCWarning(lcSync).noquote() << s.error();
    qCInfo(lcSync).noquote() << "sync with" << d->url.toString() << "done in" << timer.elapsed()
                             << "ms:" << report.summary();
    for (const QString &r : std::as_const(report.refused))
        qCWarning(lcSync).noquote() << r;
    d->closeAll();
    return report;
}

Status SyncEngine::connect()
{
    d->report(tr("Connecting to %1").arg(d->url.host));
    auto connection = ServerConnection::open(d->url, d->password);
    if (!connection)
        return Status::failure(tr("Could not connect to the server: %1").arg(connection.error()));
    d->server = std::move(connection.value());
    d->backendPid = d->server->backendPid();
    return Status::success();
}

Status SyncEngine::checkServer()
{
    auto version = ServerSchema::version(*d->server);
    if (!version)
        return Status::failure(version.error());
    if (version.value() == 0)
        return Status::failure(tr("The server %1 is not set up for the club yet. Its administrator "
                                  "runs: sabc server init --server %1")
                                   .arg(d->url.toString()));
    if (version.value() > ServerSchema::latestVersion())
        return Status::failure(tr("The server was set up by a newer version of SABC Tournament "
                                  "Manager. Update the app on this laptop to sync."));
    // This version pushes by COPY into a staging table, which older server set-ups cannot merge.
    if (version.value() < ServerSchema::latestVersion())
        return Status::failure(tr("The server %1 was set up by an older version of SABC Tournament "
                                  "Manager and needs an upgrade first. Its administrator runs: "
                                  "sabc server init --server %1")
                                   .arg(d->url.toString()));
    QSqlQuery q(d->server->database());
    q.prepare(QStringLiteral("SELECT value FROM sabc.meta WHERE key = ?"));
    q.addBindValue(QStringLiteral("server_id"));
    if (Status s = d->server->exec(q, tr("identify the server")); !s)
        return s;
    const QString serverId = q.next() ? q.value(QStringLiteral("value")).toString() : QString();
    auto known = d->local.state(StateKey::ServerId);
    if (!known)
        return Status::failure(known.error());
    if (known.value() == serverId)
        return Status::success();
    return resetForNewServer(serverId);
}

// First sync with this server (or the server was rebuilt): forget the bases and push every row
// again; the merge keeps whichever field is newer.
Status SyncEngine::resetForNewServer(const QString &serverId)
{
    qCInfo(lcSync) << "first sync of this database with this server: full exchange";
    const QString what = tr("start a full exchange");
    Sync::LocalDatabase::Transaction transaction(d->local);
    if (Status s = transaction.begun(); !s)
        return s;
    for (const QString &sql :
         {QStringLiteral("DELETE FROM sync_base"), QStringLiteral("DELETE FROM sync_outbox")})
        if (Status s = d->local.command(sql, what); !s)
            return s;
    for (const QString &t : d->local.tables()) {
        Query mark = d->local.query(
            QStringLiteral("INSERT OR IGNORE INTO sync_dirty (tbl, id) SELECT ?, id FROM %1")
                .arg(t));
        if (Status s = mark.bind(t).exec(what); !s)
            return s;
    }
    if (Status s = d->local.setState(StateKey::Watermark, Sync::CountCheck::startWatermark()); !s)
        return s;
    if (Status s = d->local.setState(StateKey::ServerId, serverId); !s)
        return s;
    return transaction.commit();
}

// Whatever a cut-off earlier run left in the outbox goes first, under its own operation id.
Status SyncEngine::pushPending(Sync::Run &run, SyncReport &report)
{
    const Sync::Outbox outbox(d->local);
    auto pending = outbox.pendingOperations();
    if (!pending)
        return Status::failure(pending.error());
    for (const QString &opId : pending.value()) {
        auto groups = outbox.groupsOf(opId);
        if (!groups)
            return Status::failure(groups.error());
        if (Status s = Sync::Push(run, opId).resend(std::move(groups.value()), report); !s)
            return s;
    }
    return Status::success();
}

// Then this laptop's marked rows: collected into a new operation piece by piece while they
// stream to the server.
Status SyncEngine::pushNew(Sync::Run &run, SyncReport &report)
{
    auto marked = Sync::Outbox(d->local).anyMarked();
    if (!marked)
        return Status::failure(marked.error());
    if (!marked.value())
        return Status::success();
    return Sync::Push(run, QUuid::createUuid().toString(QUuid::WithoutBraces)).sendNew(report);
}

Status SyncEngine::pull(Sync::Run &run, SyncReport &report)
{
    run.report(tr("Fetching changes"));
    auto stored = d->local.state(StateKey::Watermark);
    if (!stored)
        return Status::failure(stored.error());
    const QString watermark =
        stored.value().isEmpty() ? Sync::CountCheck::startWatermark() : stored.value();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const bool countCheck =
        Sync::CountCheck::due(watermark, d->local.state(StateKey::CountCheckAt), now);
    auto scan = d->local.state(StateKey::ConflictScan);
    if (!scan)
        return Status::failure(scan.error());
    auto fetched = Sync::Fetch(*d->server).since(watermark, countCheck, scan.value());
    if (!fetched)
        return Status::failure(fetched.error());
    const PgRows &rows = fetched.value().rows;
    run.report(tr("Applying changes"), 0, rows.size());
    Sync::Apply apply(run);
    if (Status s = applyPulled(apply, fetched.value(), countCheck, now); !s)
        return Status::failure(tr("Applying the server's changes failed: %1 Nothing was changed on "
                                  "this laptop.")
                                   .arg(s.error()));
    report.pulled += apply.pulled();
    report.conflicts += apply.rejected();
    for (const QString &t : apply.changedTables())
        report.changedTables << t;
    return Status::success();
}

// The local half of a pull, in one transaction with sync_guard set (the change-capture triggers
// do not mark what the server sent): apply, check the counts when due, move the watermark on.
Status SyncEngine::applyPulled(Sync::Apply &apply, const Sync::Fetched &fetched, bool countCheck,
                               qint64 now)
{
    const QString what = tr("apply the changes");
    Sync::LocalDatabase::Transaction transaction(d->local);
    if (Status s = transaction.begun(); !s)
        return s;
    if (Status s =
            d->local.command(QStringLiteral("INSERT INTO sync_guard (applying) VALUES (1)"), what);
        !s)
        return s;
    if (Status s = apply.noticeOthersConflicts(fetched.othersConflicts); !s)
        return s;
    if (Status s = apply.apply(fetched.rows); !s)
        return s;
    if (Status s = d->local.setState(StateKey::ConflictScan, fetched.nextConflictScan); !s)
        return s;
    QString nextWatermark = fetched.nextWatermark;
    if (countCheck) {
        if (Status s = d->local.setState(StateKey::CountCheckAt, QString::number(now)); !s)
            return s;
        auto match = Sync::CountCheck::matches(d->local, fetched.serverCounts);
        if (!match)
            return Status::failure(match.error());
        if (!match.value())
            nextWatermark = Sync::CountCheck::startWatermark();
    }
    if (Status s = d->local.setState(StateKey::Watermark, nextWatermark); !s)
        return s;
    if (Status s = d->hook(Hook::BeforePullCommit); !s)
        return s;
    if (Status s = d->local.command(QStringLiteral("DELETE FROM sync_guard"), what); !s)
        return s;
    return transaction.commit();
}
