#include "sync/syncengine.h"

#include "store/migrations.h"
#include "sync/serverconnection.h"
#include "sync/serverschema.h"
#include "sync/synclog.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

Q_LOGGING_CATEGORY(lcSync, "sabc.sync")

namespace {

// The local schema version that brought the sync tables.
constexpr int syncSchemaVersion = 4;

bool isMetaColumn(const QString &c)
{
    return c == QLatin1String("id") || c == QLatin1String("modified") ||
           c == QLatin1String("origin") || c == QLatin1String("deleted");
}

bool validIdentifier(const QString &name)
{
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    return identifier.match(name).hasMatch();
}

QJsonValue toJson(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return QJsonValue(v.toLongLong());
    case QMetaType::Double:
        return QJsonValue(v.toDouble());
    case QMetaType::QByteArray:
        return QJsonValue(QString::fromLatin1(v.toByteArray().toBase64()));
    default:
        return QJsonValue(v.toString());
    }
}

QVariant toVariant(const QJsonValue &j)
{
    switch (j.type()) {
    case QJsonValue::Bool:
        return j.toBool() ? 1 : 0;
    case QJsonValue::Double:
        return j.toVariant(); // qlonglong for integers, double otherwise
    case QJsonValue::String:
        return j.toString();
    default:
        return QVariant();
    }
}

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

struct PulledRow
{
    QString table;
    QString id;
    QString data;
    QString stamps;
    bool deleted;
    qint64 modified;
    QString origin;
};

qint64 stampOf(const QJsonValue &v)
{
    return v.isString() ? v.toString().toLongLong() : v.toInteger();
}

} // namespace

QString SyncReport::summary() const
{
    return QStringLiteral("pushed %1, pulled %2, conflicts %3").arg(pushed).arg(pulled).arg(conflicts);
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

    QString localName;
    std::unique_ptr<ServerConnection> server;
    QString deviceId;
    QStringList tables;                    // synced tables, parents first
    QHash<QString, QStringList> columns;   // data columns of each table
    // Tables whose last-known copies may be left unwritten ("" = the same as the row here): a
    // trigger writes the copy out just before the row is first changed or removed.
    QSet<QString> lazyBase;
    int backendPid = 0;

    QSqlDatabase local() const { return QSqlDatabase::database(localName, false); }

    void report(const QString &stage, int done = 0, int total = 0) const
    {
        if (progress)
            progress(stage, done, total);
    }

    Status hook(Hook h) const
    {
        auto it = hooks.constFind(h);
        return it != hooks.constEnd() ? it.value()() : Status::success();
    }

    Status localExec(QSqlQuery &q, const QString &what) const
    {
        if (q.exec())
            return Status::success();
        const QString message = tr("Could not %1 in the club database: %2")
                                    .arg(what, q.lastError().text());
        qCWarning(lcSync).noquote() << message;
        return Status::failure(message);
    }

    Status localCommand(const QString &sql, const QString &what) const
    {
        QSqlQuery q(local());
        if (!q.prepare(sql))
            return Status::failure(tr("Could not %1 in the club database: %2")
                                       .arg(what, q.lastError().text()));
        return localExec(q, what);
    }

    // Runs `work` in one local write transaction.
    Status localTransaction(const std::function<Status()> &work) const
    {
        if (Status s = localCommand(QStringLiteral("BEGIN IMMEDIATE"), tr("start saving")); !s)
            return s;
        Status result = work();
        if (result)
            result = localCommand(QStringLiteral("COMMIT"), tr("save the sync"));
        if (!result) {
            QSqlQuery rollback(local());
            if (!rollback.exec(QStringLiteral("ROLLBACK")))
                qCWarning(lcSync) << "rollback failed:" << rollback.lastError().text();
        }
        return result;
    }

    Result<QString> state(const QString &key) const
    {
        QSqlQuery q(local());
        q.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
        q.addBindValue(key);
        if (Status s = localExec(q, tr("read the sync state")); !s)
            return Result<QString>::failure(s.error());
        return q.next() ? q.value(0).toString() : QString();
    }

    Status setState(const QString &key, const QString &value) const
    {
        QSqlQuery q(local());
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)"));
        q.addBindValue(key);
        q.addBindValue(value);
        return localExec(q, tr("save the sync state"));
    }

    Status openLocal();
    Status ensureTriggers();
    // A row's data fields as JSON text, from the row named `alias` of `table`; numbers with a
    // fraction are written with every digit, so they read back exactly.
    QString rowJson(const QString &table, const QString &alias) const;
    Status checkServer();
    Status resetForNewServer(const QString &serverId);
    // One table's part of an operation in the outbox (sync_outbox_rows).
    struct Group
    {
        QString table;
        int count = 0;
    };
    struct Operation
    {
        QString id;
        std::vector<Group> groups;
    };
    Status sendPending(SyncReport &report);
    // Sends the rows marked since the last run as a new operation (nothing when none are marked).
    Status sendNew(SyncReport &report);
    Result<std::vector<Group>> groupsOf(const QString &opId);
    // Prepares the query giving an operation's rows of one table after an id, up to a number,
    // each as a line of PostgreSQL's COPY text format: id, d, s, b, del, m, o.
    Status prepareOutboxLines(QSqlQuery &q) const;
    // Where one table's rows come from while they stream to the server: gives the next piece of
    // COPY lines and its row count, and says when the table has no more.
    using RowSource = std::function<Status(QByteArray &piece, int &rows, bool &tableDone)>;
    // One operation: `collecting` builds its outbox rows from the marked rows as it goes (a new
    // operation); otherwise it sends `groups` from the outbox (an operation left by a cut run).
    Status pushOp(const QString &opId, std::vector<Group> groups, bool collecting,
                  SyncReport &report);
    // Collects a table's marked rows into the outbox: records the server has never seen in bulk,
    // `limit` at a time after the id `after`; the others (phase 2) all at once, one by one. Each
    // call is one short local transaction, and gives the COPY lines of what it collected.
    struct Collector
    {
        int phase = 1;
        QString after;
    };
    Status collect(const QString &opId, const QString &table, Collector &c, QByteArray &lines,
                   int limit, int &rows);
    // What recording an operation as sent found, for the report.
    struct Acknowledgement
    {
        int pushed = 0;
        int conflicts = 0;
        QStringList refusedMessages;
    };
    Status acknowledge(const Operation &op, const QJsonObject &result, SyncReport &report);
    Status recordSent(const Operation &op, const Group &group, Acknowledgement &ack);
    Status recordRefused(const Operation &op, const Group &group, const QString &why,
                         Acknowledgement &ack);
    Status recordConflictsAndClear(const Operation &op, const QJsonObject &result,
                                   Acknowledgement &ack);
    Status pull(SyncReport &report);
    // Stages fetched rows locally and applies those that need no merging in bulk; the others
    // come back in `slow`, in the server's order.
    Status stagePulled(const PgRows &rows, int &pulled, QSet<QString> &changed,
                       std::vector<PulledRow> &slow);
    void closeAll();
};

SyncEngine::SyncEngine(const QString &databasePath, const ServerUrl &server, const QString &password)
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

void SyncEngine::Impl::closeAll()
{
    server.reset();
    if (!localName.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(localName, false);
            if (db.isOpen()) {
                // What this run wrote goes from the journal into the file once, here, rather
                // than after each of its transactions (the window never waits for it).
                QSqlQuery checkpoint(db);
                if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
                    qCWarning(lcSync) << "could not fold the journal into the club database:"
                                      << checkpoint.lastError().text();
                checkpoint.finish();
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(localName);
        localName.clear();
    }
}

Status SyncEngine::Impl::openLocal()
{
    localName = QStringLiteral("sabc-sync-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), localName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
        if (!db.open())
            return Status::failure(tr("Could not open the club database \"%1\": %2")
                                       .arg(path, db.lastError().text()));
    }
    // Rows from the server may name rows this laptop may not hold (a row another officer's role
    // could not send): apply them anyway; the window copes with missing references.
    // A first exchange writes tens of thousands of rows under random keys into several indexes:
    // a larger page cache for this connection keeps them in memory until the commit.
    for (const QString &pragma : {QStringLiteral("PRAGMA foreign_keys = OFF"),
                                  QStringLiteral("PRAGMA busy_timeout = 15000"),
                                  QStringLiteral("PRAGMA cache_size = -65536"),
                                  // Every step of a sync is repeated safely if its last commit is
                                  // lost to a power cut (the outbox is sent again under its id, a
                                  // pull is fetched again): WAL keeps the file consistent, so the
                                  // sync need not wait for the disk at each commit.
                                  QStringLiteral("PRAGMA synchronous = NORMAL"),
                                  QStringLiteral("PRAGMA wal_autocheckpoint = 0"),
                                  QStringLiteral("PRAGMA temp_store = MEMORY")}) {
        if (Status s = localCommand(pragma, tr("prepare the club database")); !s)
            return s;
    }
    QSqlQuery v(local());
    v.prepare(QStringLiteral("PRAGMA user_version"));
    if (Status s = localExec(v, tr("read the database version")); !s)
        return s;
    const int version = v.next() ? v.value(0).toInt() : 0;
    if (version < syncSchemaVersion || version > migrations::latestVersion())
        return Status::failure(tr("The club database \"%1\" is not ready for syncing (version %2). "
                                  "Open it with this version of the app first.")
                                   .arg(path)
                                   .arg(version));
    QSqlQuery dev(local());
    dev.prepare(QStringLiteral("SELECT value FROM local_meta WHERE key = ?"));
    dev.addBindValue(QStringLiteral("device_id"));
    if (Status s = localExec(dev, tr("read this laptop's device id")); !s)
        return s;
    deviceId = dev.next() ? dev.value(0).toString() : QString();

    tables.clear();
    columns.clear();
    for (const QString &table : migrations::syncedTables()) {
        if (!validIdentifier(table))
            continue;
        QSqlQuery info(local());
        info.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?)"));
        info.addBindValue(table);
        if (Status s = localExec(info, tr("read the columns of %1").arg(table)); !s)
            return s;
        QStringList cols;
        while (info.next()) {
            const QString c = info.value(0).toString();
            if (!isMetaColumn(c) && validIdentifier(c))
                cols << c;
        }
        if (cols.isEmpty())
            continue;
        tables << table;
        columns.insert(table, cols);
    }
    return Status::success();
}

QString SyncEngine::Impl::rowJson(const QString &table, const QString &alias) const
{
    QStringList pairs;
    for (const QString &c : columns.value(table))
        pairs << QStringLiteral("'%1', CASE WHEN typeof(%2.%1) = 'real' "
                                "THEN json(printf('%!.17g', %2.%1)) ELSE %2.%1 END")
                     .arg(c, alias);
    return QStringLiteral("json_object(%1)").arg(pairs.join(QStringLiteral(", ")));
}

// Tables added by schema steps after the sync's own step get their change-capture triggers here,
// and their existing rows are marked for sending. Every table also gets the triggers that write
// out a last-known copy left unwritten ("") before the row changes; they are rebuilt when the
// table's columns change.
Status SyncEngine::Impl::ensureTriggers()
{
    QStringList missing;
    QList<QPair<QString, QString>> baseTriggers; // name, statement
    lazyBase.clear();
    for (const QString &table : std::as_const(tables)) {
        QSqlQuery q(local());
        q.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                                 "AND name IN (?, ?, ?)"));
        q.addBindValue(QStringLiteral("sync_%1_ins").arg(table));
        q.addBindValue(QStringLiteral("sync_%1_upd").arg(table));
        q.addBindValue(QStringLiteral("sync_%1_del").arg(table));
        if (Status s = localExec(q, tr("check the change capture")); !s)
            return s;
        if (q.next() && q.value(0).toInt() < 3)
            missing << table;
        q.finish();
        // SQLite takes at most 127 arguments to json_object.
        if (columns.value(table).size() > 60)
            continue;
        for (const auto &[suffix, event] : {std::pair{QStringLiteral("base_upd"), QStringLiteral("UPDATE")},
                                            std::pair{QStringLiteral("base_del"), QStringLiteral("DELETE")}}) {
            const QString name = QStringLiteral("sync_%1_%2").arg(table, suffix);
            const QString sql =
                QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON %3 WHEN NOT EXISTS (SELECT 1 FROM "
                               "sync_guard) BEGIN UPDATE sync_base SET data = %4 WHERE tbl = '%3' "
                               "AND id = OLD.id AND data = ''; END")
                    .arg(name, event, table, rowJson(table, QStringLiteral("OLD")));
            QSqlQuery t(local());
            t.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"));
            t.addBindValue(name);
            if (Status s = localExec(t, tr("check the change capture")); !s)
                return s;
            if (!t.next() || t.value(0).toString() != sql)
                baseTriggers.append({name, sql});
        }
        lazyBase.insert(table);
    }
    if (missing.isEmpty() && baseTriggers.isEmpty())
        return Status::success();
    if (!baseTriggers.isEmpty())
        qCInfo(lcSync) << "writing" << baseTriggers.size() << "last-known-copy triggers";
    return localTransaction([&]() -> Status {
        for (const auto &[name, sql] : std::as_const(baseTriggers)) {
            if (Status st = localCommand(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(name),
                                         tr("add change capture"));
                !st)
                return st;
            if (Status st = localCommand(sql, tr("add change capture")); !st)
                return st;
        }
        for (const QString &t : std::as_const(missing)) {
            qCInfo(lcSync).noquote() << "adding change capture to table" << t;
            const QString mark = QStringLiteral(
                "WHEN NOT EXISTS (SELECT 1 FROM sync_guard) BEGIN "
                "INSERT OR IGNORE INTO sync_dirty (tbl, id) VALUES ('%1', %2.id); END");
            const QStringList sql = {
                QStringLiteral("CREATE TRIGGER IF NOT EXISTS sync_%1_ins AFTER INSERT ON %1 ").arg(t) +
                    mark.arg(t, QStringLiteral("NEW")),
                QStringLiteral("CREATE TRIGGER IF NOT EXISTS sync_%1_upd AFTER UPDATE ON %1 ").arg(t) +
                    mark.arg(t, QStringLiteral("NEW")),
                QStringLiteral("CREATE TRIGGER IF NOT EXISTS sync_%1_del AFTER DELETE ON %1 ").arg(t) +
                    mark.arg(t, QStringLiteral("OLD")),
                QStringLiteral("INSERT OR IGNORE INTO sync_dirty (tbl, id) SELECT '%1', id FROM %1")
                    .arg(t)};
            for (const QString &s : sql)
                if (Status st = localCommand(s, tr("add change capture")); !st)
                    return st;
        }
        return Status::success();
    });
}

Status SyncEngine::Impl::checkServer()
{
    auto version = ServerSchema::version(*server);
    if (!version)
        return Status::failure(version.error());
    if (version.value() == 0)
        return Status::failure(tr("The server %1 is not set up for the club yet. Its administrator "
                                  "runs: sabc server init --server %1")
                                   .arg(url.toString()));
    if (version.value() > ServerSchema::latestVersion())
        return Status::failure(tr("The server was set up by a newer version of SABC Tournament "
                                  "Manager. Update the app on this laptop to sync."));
    // This version sends by COPY into a staging table, which older server set-ups cannot merge.
    if (version.value() < ServerSchema::latestVersion())
        return Status::failure(tr("The server %1 was set up by an older version of SABC Tournament "
                                  "Manager and needs an upgrade first. Its administrator runs: "
                                  "sabc server init --server %1")
                                   .arg(url.toString()));
    QSqlQuery q(server->database());
    q.prepare(QStringLiteral("SELECT value FROM sabc.meta WHERE key = ?"));
    q.addBindValue(QStringLiteral("server_id"));
    if (Status s = server->exec(q, tr("identify the server")); !s)
        return s;
    const QString serverId = q.next() ? q.value(0).toString() : QString();
    auto known = state(QStringLiteral("server_id"));
    if (!known)
        return Status::failure(known.error());
    if (known.value() == serverId)
        return Status::success();
    return resetForNewServer(serverId);
}

// First sync with this server (or the server was rebuilt): forget what was known about the
// server's copy and send every row again; the merge keeps whichever field is newer.
Status SyncEngine::Impl::resetForNewServer(const QString &serverId)
{
    qCInfo(lcSync) << "first sync of this database with this server: full exchange";
    return localTransaction([&]() -> Status {
        for (const QString &sql : {QStringLiteral("DELETE FROM sync_base"),
                                   QStringLiteral("DELETE FROM sync_outbox")})
            if (Status s = localCommand(sql, tr("start a full exchange")); !s)
                return s;
        for (const QString &t : std::as_const(tables)) {
            QSqlQuery q(local());
            q.prepare(QStringLiteral("INSERT OR IGNORE INTO sync_dirty (tbl, id) "
                                     "SELECT ?, id FROM %1").arg(t));
            q.addBindValue(t);
            if (Status s = localExec(q, tr("start a full exchange")); !s)
                return s;
        }
        if (Status s = setState(QStringLiteral("cursor"), QStringLiteral("0")); !s)
            return s;
        return setState(QStringLiteral("server_id"), serverId);
    });
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
    if (Status s = d->openLocal(); !s)
        return fail(s.error());
    d->report(tr("Connecting to %1").arg(d->url.host));
    auto connection = ServerConnection::open(d->url, d->password);
    if (!connection)
        return fail(tr("Could not connect to the server: %1").arg(connection.error()));
    d->server = std::move(connection.value());
    d->backendPid = d->server->backendPid();
    qCDebug(lcSync) << "connected after" << timer.elapsed() << "ms";
    if (Status s = d->checkServer(); !s)
        return fail(s.error());
    if (Status s = d->ensureTriggers(); !s)
        return fail(s.error());

    // Whatever a cut-off earlier run left in the outbox goes first, under its own operation id.
    qCDebug(lcSync) << "checks done after" << timer.elapsed() << "ms";
    QElapsedTimer phase;
    phase.start();
    if (Status s = d->sendPending(report); !s)
        return fail(s.error());
    // Then this laptop's new changes: collected into the outbox piece by piece while they stream
    // to the server.
    if (Status s = d->sendNew(report); !s)
        return fail(s.error());

    report.pushMs = phase.restart();
    if (Status s = d->pull(report); !s)
        return fail(s.error());
    report.pullMs = phase.elapsed();
    if (Status s = d->setState(QStringLiteral("last_sync"),
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

Status SyncEngine::Impl::sendPending(SyncReport &report)
{
    QSqlQuery q(local());
    q.prepare(QStringLiteral("SELECT op_id FROM sync_outbox ORDER BY created_at, op_id"));
    if (Status s = localExec(q, tr("read the changes waiting to be sent")); !s)
        return s;
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    q.finish();
    for (const QString &id : std::as_const(ids)) {
        auto groups = groupsOf(id);
        if (!groups)
            return Status::failure(groups.error());
        if (Status s = pushOp(id, std::move(groups.value()), false, report); !s)
            return s;
    }
    return Status::success();
}

Status SyncEngine::Impl::sendNew(SyncReport &report)
{
    QSqlQuery marked(local());
    marked.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_dirty WHERE tbl IN "
                                  "(SELECT value FROM json_each(?)))"));
    marked.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(tables))
                                              .toJson(QJsonDocument::Compact)));
    if (Status s = localExec(marked, tr("collect the changes")); !s)
        return s;
    const bool any = marked.next() && marked.value(0).toBool();
    marked.finish();
    if (!any)
        return Status::success();
    return pushOp(QUuid::createUuid().toString(QUuid::WithoutBraces), {}, true, report);
}

// An outbox operation's tables (parents first) and how many rows each holds.
Result<std::vector<SyncEngine::Impl::Group>> SyncEngine::Impl::groupsOf(const QString &opId)
{
    using R = Result<std::vector<Group>>;
    QSqlQuery q(local());
    q.prepare(QStringLiteral("SELECT tbl, count(*) FROM sync_outbox_rows WHERE op_id = ? GROUP BY tbl"));
    q.addBindValue(opId);
    if (Status s = localExec(q, tr("read the changes waiting to be sent")); !s)
        return R::failure(s.error());
    std::vector<Group> groups;
    while (q.next())
        groups.push_back({q.value(0).toString(), q.value(1).toInt()});
    const auto rank = [&](const Group &g) {
        const qsizetype i = tables.indexOf(g.table);
        return i < 0 ? tables.size() : i;
    };
    std::stable_sort(groups.begin(), groups.end(), [&](const Group &a, const Group &b) {
        return rank(a) != rank(b) ? rank(a) < rank(b) : a.table < b.table;
    });
    return groups;
}

namespace {

// SQL giving a text column as one value of a line in PostgreSQL's COPY text format.
QString copyText(const QString &column)
{
    return QStringLiteral("coalesce(replace(replace(replace(replace(%1, '\\', '\\\\'), "
                          "char(9), '\\t'), char(10), '\\n'), char(13), '\\r'), '\\N')")
        .arg(column);
}

// One value of a line in PostgreSQL's COPY text format.
void copyField(QByteArray &line, const QString &value)
{
    if (value.isNull()) {
        line += "\\N";
        return;
    }
    for (const char c : value.toUtf8()) {
        switch (c) {
        case '\\':
            line += "\\\\";
            break;
        case '\t':
            line += "\\t";
            break;
        case '\n':
            line += "\\n";
            break;
        case '\r':
            line += "\\r";
            break;
        default:
            line += c;
        }
    }
}

} // namespace

Status SyncEngine::Impl::collect(const QString &opId, const QString &table, Collector &c,
                                 QByteArray &lines, int limit, int &rows)
{
    rows = 0;
    const QStringList &cols = columns.value(table);
    QStringList select, fieldPairs, plain;
    for (const QString &col : cols) {
        select << QStringLiteral("t.") + col;
        fieldPairs << QStringLiteral("'%1', t.%1").arg(col);
        plain << QStringLiteral("typeof(t.%1) NOT IN ('real', 'blob')").arg(col);
    }
    const QString source = QStringLiteral("FROM sync_dirty d LEFT JOIN %1 t ON t.id = d.id "
                                          "LEFT JOIN sync_base b ON b.tbl = d.tbl AND b.id = d.id "
                                          "WHERE d.tbl = ? ")
                               .arg(table);
    const QString what = tr("collect the changes to %1").arg(tableLabel(table));
    if (c.phase == 1) {
        // A row this server has never seen (no last-known copy) is sent whole: SQLite writes its
        // JSON directly. Numbers with a fraction and binary values take the general way, which
        // formats them exactly. (SQLite takes at most 127 arguments to json_object.)
        if (cols.size() > 60) {
            c.phase = 2;
        } else {
            bool windowEmpty = false;
            Status s = localTransaction([&]() -> Status {
                // The next `limit` marked rows of the table, by id; the ones the server has never
                // seen among them go in bulk, the others wait for the general way.
                QSqlQuery window(local());
                window.prepare(QStringLiteral("SELECT max(id) FROM (SELECT id FROM sync_dirty "
                                              "WHERE tbl = ? AND id > coalesce(?, '') ORDER BY id LIMIT ?)"));
                window.addBindValue(table);
                window.addBindValue(c.after);
                window.addBindValue(limit);
                if (Status st = localExec(window, what); !st)
                    return st;
                const QVariant last = window.next() ? window.value(0) : QVariant();
                window.finish();
                if (last.isNull()) {
                    windowEmpty = true;
                    return Status::success();
                }
                const QString from = c.after;
                c.after = last.toString();
                // Each row written to the outbox comes back as its line of COPY text (JSON text
                // holds no raw tab or line break, so only its backslashes need doubling).
                QSqlQuery bulk(local());
                bulk.setForwardOnly(true);
                bulk.prepare(QStringLiteral("INSERT INTO sync_outbox_rows (op_id, tbl, id, data, del, m, o) "
                                            "SELECT ?, d.tbl, d.id, json_object(%1), "
                                            "coalesce(t.deleted, 0) <> 0, t.modified, t.origin %2 "
                                            "AND d.id > coalesce(?, '') AND d.id <= ? AND t.id IS NOT NULL "
                                            "AND b.id IS NULL AND %3 ORDER BY d.id RETURNING "
                                            "%4 || char(9) || replace(data, '\\', '\\\\') || "
                                            "char(9) || '\\N' || char(9) || '\\N' || char(9) || "
                                            "CASE WHEN del THEN 't' ELSE 'f' END || char(9) || m || "
                                            "char(9) || %5 || char(10)")
                                 .arg(fieldPairs.join(QStringLiteral(", ")), source,
                                      plain.join(QStringLiteral(" AND ")), copyText(QStringLiteral("id")),
                                      copyText(QStringLiteral("o"))));
                bulk.addBindValue(opId);
                bulk.addBindValue(table);
                bulk.addBindValue(from);
                bulk.addBindValue(c.after);
                if (Status st = localExec(bulk, what); !st)
                    return st;
                while (bulk.next()) {
                    lines += bulk.value(0).toString().toUtf8();
                    ++rows;
                }
                bulk.finish();
                if (rows == 0)
                    return Status::success();
                // In the outbox now: no longer waiting here (a later edit marks them again).
                QSqlQuery sent(local());
                sent.prepare(QStringLiteral("DELETE FROM sync_dirty WHERE tbl = ? AND id > coalesce(?, '') "
                                            "AND id <= ? AND id IN (SELECT id FROM sync_outbox_rows "
                                            "WHERE op_id = ? AND tbl = ? AND id > coalesce(?, '') AND id <= ?)"));
                sent.addBindValue(table);
                sent.addBindValue(from);
                sent.addBindValue(c.after);
                sent.addBindValue(opId);
                sent.addBindValue(table);
                sent.addBindValue(from);
                sent.addBindValue(c.after);
                return localExec(sent, what);
            });
            if (!s)
                return s;
            if (!windowEmpty)
                return Status::success();
            c.phase = 2;
        }
    }
    if (c.phase != 2)
        return Status::success();
    c.phase = 3;
    // Every other marked row (edited, deleted, with fractions, or marked meanwhile) goes the
    // general way, which compares each field with the server's last known copy. A row already in
    // this operation and changed again stays marked for the next one.
    return localTransaction([&]() -> Status {
        const qint64 now = QDateTime::currentMSecsSinceEpoch() << 16;
        QSqlQuery q(local());
        q.setForwardOnly(true);
        // A copy left unwritten ("") is the row as it is here: nothing changed since.
        q.prepare(QStringLiteral("SELECT d.id, t.id IS NOT NULL, t.modified, t.origin, "
                                 "t.deleted, CASE WHEN b.data = '' THEN %3 ELSE b.data END, "
                                 "b.stamps, b.deleted, b.modified, %1 %2 AND NOT EXISTS "
                                 "(SELECT 1 FROM sync_outbox_rows o WHERE o.op_id = ? "
                                 "AND o.tbl = d.tbl AND o.id = d.id)")
                      .arg(select.join(QStringLiteral(", ")), source,
                           rowJson(table, QStringLiteral("t"))));
        q.addBindValue(table);
        q.addBindValue(opId);
        if (Status st = localExec(q, what); !st)
            return st;
        struct Pending
        {
            QString id, data, stamps, from;
            bool del;
            qint64 m;
            QString o;
        };
        std::vector<Pending> pending;
        while (q.next()) {
            const QString id = q.value(0).toString();
            const bool exists = q.value(1).toBool();
            const bool hasBase = !q.value(5).isNull();
            const QJsonObject base = hasBase ? parseObject(q.value(5).toString()) : QJsonObject();
            const QJsonObject baseStamps = hasBase ? parseObject(q.value(6).toString()) : QJsonObject();
            const bool baseDeleted = hasBase && q.value(7).toInt() != 0;
            const qint64 baseModified = q.value(8).toLongLong();
            if (!exists) {
                // Removed from the file outright: send it as a tombstone.
                if (!hasBase || baseDeleted)
                    continue;
                pending.push_back({id, QString(), QString(), QString(), true, now, deviceId});
                continue;
            }
            const qint64 modified = q.value(2).toLongLong();
            const bool deleted = q.value(4).toInt() != 0;
            QJsonObject fields, stamps, from;
            qint64 rowStamp = modified;
            for (int i = 0; i < cols.size(); ++i) {
                const QString &col = cols.at(i);
                const QJsonValue v = toJson(q.value(9 + i));
                if (hasBase && base.contains(col) && base.value(col) == v)
                    continue;
                fields.insert(col, v);
                qint64 stamp = modified;
                if (baseStamps.contains(col) || base.contains(col)) {
                    // A field without a stamp of its own was written at the row's clock.
                    const qint64 was = baseStamps.contains(col) ? stampOf(baseStamps.value(col))
                                                                : baseModified;
                    from.insert(col, QString::number(was));
                    // An edit made after seeing a value is newer than it, whatever this laptop's
                    // clock says (hybrid logical clock).
                    stamp = std::max(stamp, was + 1);
                }
                stamps.insert(col, QString::number(stamp));
                rowStamp = std::max(rowStamp, stamp);
            }
            // A row saved without any field changing is still sent (with no fields): the server
            // then carries its newer stamp, so every copy ends up identical.
            pending.push_back({id, compact(fields), compact(stamps),
                               from.isEmpty() ? QString() : compact(from), deleted && !baseDeleted,
                               rowStamp, q.value(3).toString()});
        }
        q.finish();
        // Every row just read is now on its way (the write lock held since BEGIN IMMEDIATE means
        // none was marked meanwhile); the ones already in this operation stay marked.
        QSqlQuery sent(local());
        sent.prepare(QStringLiteral("DELETE FROM sync_dirty WHERE tbl = ? AND NOT EXISTS "
                                    "(SELECT 1 FROM sync_outbox_rows o WHERE o.op_id = ? "
                                    "AND o.tbl = sync_dirty.tbl AND o.id = sync_dirty.id)"));
        sent.addBindValue(table);
        sent.addBindValue(opId);
        if (Status st = localExec(sent, what); !st)
            return st;
        QSqlQuery add(local());
        add.prepare(QStringLiteral("INSERT INTO sync_outbox_rows (op_id, tbl, id, data, stamps, "
                                   "from_stamps, del, m, o) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const Pending &p : pending) {
            add.addBindValue(opId);
            add.addBindValue(table);
            add.addBindValue(p.id);
            add.addBindValue(p.data.isNull() ? QVariant() : QVariant(p.data));
            add.addBindValue(p.stamps.isNull() ? QVariant() : QVariant(p.stamps));
            add.addBindValue(p.from.isNull() ? QVariant() : QVariant(p.from));
            add.addBindValue(p.del ? 1 : 0);
            add.addBindValue(p.m);
            add.addBindValue(p.o);
            if (Status st = localExec(add, tr("keep the changes to send")); !st)
                return st;
            copyField(lines, p.id);
            lines += '\t';
            copyField(lines, p.data);
            lines += '\t';
            copyField(lines, p.stamps);
            lines += '\t';
            copyField(lines, p.from);
            lines += p.del ? "\tt\t" : "\tf\t";
            lines += QByteArray::number(p.m);
            lines += '\t';
            copyField(lines, p.o);
            lines += '\n';
            ++rows;
        }
        return Status::success();
    });
}

Status SyncEngine::Impl::prepareOutboxLines(QSqlQuery &q) const
{
    // SQLite writes each line: tab-separated, \N for none, backslash, tab and line breaks escaped.
    const QString escape = copyText(QStringLiteral("%1"));
    q.setForwardOnly(true);
    if (q.prepare(QStringLiteral("SELECT id, %1 || char(9) || %2 || char(9) || %3 || char(9) || %4 || "
                                 "char(9) || CASE WHEN del THEN 't' ELSE 'f' END || char(9) || m || "
                                 "char(9) || %5 || char(10) FROM sync_outbox_rows "
                                 "WHERE op_id = ? AND tbl = ? AND id > coalesce(?, '') ORDER BY id LIMIT ?")
                      .arg(escape.arg(QStringLiteral("id")), escape.arg(QStringLiteral("data")),
                           escape.arg(QStringLiteral("stamps")),
                           escape.arg(QStringLiteral("from_stamps")), escape.arg(QStringLiteral("o")))))
        return Status::success();
    return Status::failure(tr("Could not %1 in the club database: %2")
                               .arg(tr("read the changes waiting to be sent"), q.lastError().text()));
}

Status SyncEngine::Impl::pushOp(const QString &opId, std::vector<Group> groups, bool collecting,
                                SyncReport &report)
{
    // Rows per piece of a COPY, and per local transaction while collecting.
    const int piece = std::min(5000, batchSize);
    int total = 0;
    if (collecting) {
        QSqlQuery marked(local());
        marked.prepare(QStringLiteral("SELECT count(*) FROM sync_dirty"));
        if (Status s = localExec(marked, tr("collect the changes")); !s)
            return s;
        total = marked.next() ? marked.value(0).toInt() : 0;
    } else {
        for (const Group &g : groups)
            total += g.count;
    }
    this->report(tr("Sending changes"), 0, total);
    auto lost = [&](const QString &error) {
        QSqlQuery rollback(server->database());
        if (!rollback.exec(QStringLiteral("ROLLBACK")))
            qCInfo(lcSync) << "rollback after a failed push:" << rollback.lastError().text();
        return Status::failure(tr("Sending the changes stopped: %1 Nothing was lost; they are sent "
                                  "again at the next sync.")
                                   .arg(error));
    };
    if (Status s = server->command(QStringLiteral("BEGIN"), tr("start sending changes")); !s)
        return lost(s.error());
    if (!collecting) {
        QSqlQuery seen(server->database());
        seen.prepare(QStringLiteral("SELECT coalesce(result::text, '{}') FROM sabc.applied_ops "
                                    "WHERE op_id = CAST(? AS uuid)"));
        seen.addBindValue(opId);
        if (Status s = server->exec(seen, tr("check what the server already has")); !s)
            return lost(s.error());
        if (seen.next()) {
            // A previous attempt reached the server; its answer was lost on the way back.
            qCInfo(lcSync).noquote() << "operation" << opId << "was already applied by the server";
            const QJsonObject result = parseObject(seen.value(0).toString());
            seen.finish();
            if (Status s = server->command(QStringLiteral("COMMIT"), tr("finish sending changes")); !s)
                return lost(s.error());
            return acknowledge(Operation{opId, std::move(groups)}, result, report);
        }
    } else {
        // The operation exists in the outbox from its first row on, so a cut run sends it again
        // under the same id.
        QSqlQuery head(local());
        head.prepare(QStringLiteral("INSERT INTO sync_outbox (op_id, created_at) VALUES (?, ?)"));
        head.addBindValue(opId);
        head.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (Status s = localExec(head, tr("keep the changes to send")); !s)
            return lost(s.error());
    }
    QSqlQuery mark(server->database());
    mark.prepare(QStringLiteral("INSERT INTO sabc.applied_ops (op_id) VALUES (CAST(? AS uuid))"));
    mark.addBindValue(opId);
    if (Status s = server->exec(mark, tr("record the changes on the server")); !s)
        return lost(s.error());
    // The rows travel by COPY into a table of this connection's own, and are merged from there.
    // No local transaction stays open while the server works: the window can save at any moment,
    // however slow the connection.
    if (Status s = server->command(
            QStringLiteral("CREATE TEMPORARY TABLE IF NOT EXISTS sabc_stage (id text NOT NULL, "
                           "d jsonb, s jsonb, b jsonb, del boolean NOT NULL, m bigint NOT NULL, "
                           "o text NOT NULL) ON COMMIT DROP"),
            tr("start sending changes"));
        !s)
        return lost(s.error());
    if (collecting) {
        QSqlQuery marked(local());
        marked.prepare(QStringLiteral("SELECT DISTINCT tbl FROM sync_dirty"));
        if (Status s = localExec(marked, tr("collect the changes")); !s)
            return lost(s.error());
        QSet<QString> present;
        while (marked.next())
            present.insert(marked.value(0).toString());
        for (const QString &table : std::as_const(tables))
            if (present.contains(table))
                groups.push_back({table, 0});
    }
    QJsonArray refused;
    QJsonArray conflicts;
    int done = 0;
    for (Group &group : groups) {
        const QString &table = group.table;
        const QString what = tr("send the changes to %1").arg(tableLabel(table));
        const QStringList fields = SyncEngine::conflictFields().value(table);
        RowSource source;
        Collector collector;
        QSqlQuery lines(local());
        if (collecting) {
            source = [&](QByteArray &out, int &rows, bool &tableDone) -> Status {
                out.clear();
                Status s = collect(opId, table, collector, out, piece, rows);
                tableDone = collector.phase == 3;
                return s;
            };
        } else {
            if (Status s = prepareOutboxLines(lines); !s)
                return lost(s.error());
            source = [&](QByteArray &out, int &rows, bool &tableDone) -> Status {
                out.clear();
                rows = 0;
                lines.addBindValue(opId);
                lines.addBindValue(table);
                lines.addBindValue(collector.after);
                lines.addBindValue(piece);
                if (Status s = localExec(lines, tr("read the changes waiting to be sent")); !s)
                    return s;
                while (lines.next()) {
                    collector.after = lines.value(0).toString();
                    out += lines.value(1).toString().toUtf8();
                    ++rows;
                }
                lines.finish();
                tableDone = rows < piece;
                return Status::success();
            };
        }
        if (Status s = server->command(QStringLiteral("SAVEPOINT push_table"), what); !s)
            return lost(s.error());
        QString refusal;
        bool tableDone = false;
        // Rows collected or read and not sent yet. The next batch is gathered while the server
        // merges the one before (in pieces of short local transactions: the window can save at
        // any moment).
        QByteArray ready;
        int readyRows = 0;
        auto fill = [&]() -> Status {
            while (!tableDone && readyRows < batchSize) {
                QByteArray out;
                int rows = 0;
                if (Status s = source(out, rows, tableDone); !s)
                    return s;
                ready += out;
                readyRows += rows;
            }
            return Status::success();
        };
        if (Status s = fill(); !s)
            return lost(s.error());
        QElapsedTimer batchTimer;
        while (refusal.isEmpty() && readyRows > 0) {
            batchTimer.start();
            if (Status s = server->command(QStringLiteral("TRUNCATE pg_temp.sabc_stage"), what); !s)
                return lost(s.error());
            const int batch = readyRows;
            QByteArray sending = std::exchange(ready, QByteArray());
            readyRows = 0;
            if (Status s = server->copyIn(QStringLiteral("COPY pg_temp.sabc_stage "
                                                         "(id, d, s, b, del, m, o) FROM STDIN"),
                                          [&](QByteArray &out, bool &end) {
                                              out = std::move(sending);
                                              end = true;
                                              return Status::success();
                                          },
                                          what);
                !s)
                return lost(s.error());
            if (collecting)
                group.count += batch;
            const qint64 copied = batchTimer.elapsed();
            if (Status s = server->send(QStringLiteral("SELECT sabc.push_staged($1, CAST($2 AS text[]))::text"),
                                        {table, QStringLiteral("{%1}").arg(fields.join(QLatin1Char(',')))},
                                        what);
                !s)
                return lost(s.error());
            const Status gathered = fill();
            auto merged = server->receive(what);
            if (!gathered) {
                if (!merged)
                    qCInfo(lcSync).noquote() << merged.error();
                return lost(gathered.error());
            }
            if (!merged) {
                const QString state = server->lastSqlState();
                // Refused by the server's rules (role rights, integrity): only this table's
                // rows are undone; everything else goes through.
                if (state == QLatin1String("42501")) {
                    refusal = tr("this login's role may not change them");
                    break;
                }
                if (state.startsWith(QLatin1String("23"))) {
                    refusal = server->lastServerMessage();
                    break;
                }
                return lost(merged.error());
            }
            if (merged.value().size() > 0) {
                const QJsonArray found =
                    QJsonDocument::fromJson(merged.value().value(0, 0).toByteArray()).array();
                for (const QJsonValue &c : found) {
                    QJsonObject o = c.toObject();
                    o.insert(QStringLiteral("t"), table);
                    conflicts.append(o);
                }
            }
            qCDebug(lcSync).noquote() << table << batch << "rows: copied in" << copied
                                      << "ms, merged (while the next were gathered) in"
                                      << batchTimer.elapsed() - copied << "ms";
            done += batch;
            this->report(tr("Sending changes"), done, std::max(done, total));
        }
        if (collecting && !refusal.isEmpty())
            group.count += readyRows;
        // A refused table's rows are all collected all the same, so they are re-marked together.
        while (collecting && !refusal.isEmpty() && !tableDone) {
            QByteArray ignored;
            int rows = 0;
            if (Status s = source(ignored, rows, tableDone); !s)
                return lost(s.error());
            group.count += rows;
        }
        const QString end = refusal.isEmpty() ? QStringLiteral("RELEASE SAVEPOINT push_table")
                                              : QStringLiteral("ROLLBACK TO SAVEPOINT push_table");
        if (Status s = server->command(end, what); !s)
            return lost(s.error());
        if (!refusal.isEmpty())
            refused.append(QJsonObject{{QStringLiteral("t"), table},
                                       {QStringLiteral("why"), refusal},
                                       {QStringLiteral("login"), url.user}});
    }
    const QJsonObject result{{QStringLiteral("refused"), refused},
                             {QStringLiteral("conflicts"), conflicts}};
    QSqlQuery save(server->database());
    save.prepare(QStringLiteral("UPDATE sabc.applied_ops SET result = CAST(? AS jsonb) "
                                "WHERE op_id = CAST(? AS uuid)"));
    save.addBindValue(compact(result));
    save.addBindValue(opId);
    if (Status s = server->exec(save, tr("record the changes on the server")); !s)
        return lost(s.error());
    if (Status s = hook(Hook::BeforePushCommit); !s)
        return lost(s.error());
    if (Status s = server->command(QStringLiteral("COMMIT"), tr("finish sending changes")); !s)
        return lost(s.error());
    qCDebug(lcSync) << "server committed the push";
    if (Status s = hook(Hook::AfterPushCommit); !s)
        return Status::failure(tr("Sending the changes stopped: %1 Nothing was lost; they are sent "
                                  "again at the next sync.")
                                   .arg(s.error()));
    return acknowledge(Operation{opId, std::move(groups)}, result, report);
}

// The server has the operation: record what it now knows, re-mark refused rows, keep conflicts,
// all in one local transaction.
Status SyncEngine::Impl::acknowledge(const Operation &op, const QJsonObject &result,
                                     SyncReport &report)
{
    QHash<QString, QString> refusedTables;
    for (const QJsonValue &r : result.value(QStringLiteral("refused")).toArray()) {
        const QJsonObject o = r.toObject();
        refusedTables.insert(o.value(QStringLiteral("t")).toString(),
                             o.value(QStringLiteral("why")).toString());
    }
    Acknowledgement ack;
    Status s = localTransaction([&]() -> Status {
        for (const Group &group : op.groups) {
            const auto refusal = refusedTables.constFind(group.table);
            Status st = refusal != refusedTables.constEnd()
                            ? recordRefused(op, group, refusal.value(), ack)
                            : recordSent(op, group, ack);
            if (!st)
                return st;
        }
        return recordConflictsAndClear(op, result, ack);
    });
    if (!s)
        return s;
    qCDebug(lcSync) << "recorded what the server took";
    report.pushed += ack.pushed;
    report.conflicts += ack.conflicts;
    report.refused << ack.refusedMessages;
    return Status::success();
}

Status SyncEngine::Impl::recordRefused(const Operation &op, const Group &group,
                                       const QString &why, Acknowledgement &ack)
{
    QSqlQuery remark(local());
    remark.prepare(QStringLiteral("INSERT OR IGNORE INTO sync_dirty (tbl, id) "
                                  "SELECT tbl, id FROM sync_outbox_rows WHERE op_id = ? AND tbl = ?"));
    remark.addBindValue(op.id);
    remark.addBindValue(group.table);
    if (Status st = localExec(remark, tr("keep the refused changes")); !st)
        return st;
    ack.refusedMessages << tr("The server refused %1 change(s) to %2 from the login \"%3\": "
                              "%4. They stay on this laptop.")
                               .arg(group.count)
                               .arg(tableLabel(group.table), url.user, why);
    return Status::success();
}

// The server took a table's rows: its last-known copies now hold what was sent.
Status SyncEngine::Impl::recordSent(const Operation &op, const Group &group, Acknowledgement &ack)
{
    const QString &table = group.table;
    // Rows with a last-known copy: the sent fields replace theirs in it. The copy's stamps are
    // spelled out first, so moving its clock on changes no older field's.
    struct Known
    {
        QString id;
        QJsonObject data, stamps;
        bool deleted;
        qint64 modified;
    };
    std::vector<Known> known;
    {
        QSqlQuery q(local());
        q.setForwardOnly(true);
        // A copy left unwritten ("") is the row as it is here (a change would have written it
        // out first).
        q.prepare(QStringLiteral("SELECT o.id, o.data, o.stamps, o.del, o.m, "
                                 "CASE WHEN b.data = '' THEN (SELECT %1 FROM %2 AS x "
                                 "WHERE x.id = o.id) ELSE b.data END, b.stamps, "
                                 "b.deleted, b.modified FROM sync_outbox_rows AS o "
                                 "JOIN sync_base AS b ON b.tbl = o.tbl AND b.id = o.id "
                                 "WHERE o.op_id = ? AND o.tbl = ?")
                      .arg(rowJson(table, QStringLiteral("x")), table));
        q.addBindValue(op.id);
        q.addBindValue(table);
        if (Status st = localExec(q, tr("update the sync record")); !st)
            return st;
        while (q.next()) {
            const qint64 baseModified = q.value(8).toLongLong();
            Known k{q.value(0).toString(), parseObject(q.value(5).toString()),
                    parseObject(q.value(6).toString()), q.value(7).toInt() != 0,
                    std::max(baseModified, q.value(4).toLongLong())};
            for (auto it = k.data.constBegin(); it != k.data.constEnd(); ++it)
                if (!k.stamps.contains(it.key()))
                    k.stamps.insert(it.key(), QString::number(baseModified));
            const QJsonObject fields = parseObject(q.value(1).toString());
            const bool stamped = !q.value(2).isNull();
            const QJsonObject fieldStamps = parseObject(q.value(2).toString());
            const QJsonValue rowStamp = QString::number(q.value(4).toLongLong());
            for (auto it = fields.begin(); it != fields.end(); ++it) {
                k.data.insert(it.key(), it.value());
                k.stamps.insert(it.key(), stamped ? fieldStamps.value(it.key()) : rowStamp);
            }
            k.deleted = k.deleted || q.value(3).toInt() != 0;
            known.push_back(std::move(k));
        }
    }
    QSqlQuery writeBase(local());
    writeBase.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_base "
                                     "(tbl, id, data, stamps, deleted, modified) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const Known &k : known) {
        writeBase.addBindValue(table);
        writeBase.addBindValue(k.id);
        writeBase.addBindValue(compact(k.data));
        writeBase.addBindValue(compact(k.stamps));
        writeBase.addBindValue(k.deleted ? 1 : 0);
        writeBase.addBindValue(k.modified);
        if (Status st = localExec(writeBase, tr("update the sync record")); !st)
            return st;
        ++ack.pushed;
    }
    // Rows new to the server: what was sent is the server's copy, in one statement. A row not
    // changed here since it was collected is what was sent: its copy is left unwritten ("")
    // until it changes.
    QSqlQuery fresh(local());
    fresh.prepare(QStringLiteral("INSERT INTO sync_base (tbl, id, data, stamps, deleted, modified) "
                                 "SELECT o.tbl, o.id, CASE WHEN %1 AND o.data IS NOT NULL AND NOT EXISTS "
                                 "(SELECT 1 FROM sync_dirty AS d WHERE d.tbl = o.tbl AND d.id = o.id) "
                                 "THEN '' ELSE coalesce(o.data, '{}') END, coalesce(o.stamps, '{}'), "
                                 "o.del, o.m FROM sync_outbox_rows AS o WHERE o.op_id = ? AND o.tbl = ? "
                                 "AND NOT EXISTS (SELECT 1 FROM sync_base AS b "
                                 "WHERE b.tbl = o.tbl AND b.id = o.id)")
                      .arg(lazyBase.contains(table) ? QStringLiteral("1") : QStringLiteral("0")));
    fresh.addBindValue(op.id);
    fresh.addBindValue(table);
    if (Status st = localExec(fresh, tr("update the sync record")); !st)
        return st;
    ack.pushed += std::max(0, fresh.numRowsAffected());
    return Status::success();
}

// Keeps the same-field conflicts the server found and removes the operation from the outbox.
Status SyncEngine::Impl::recordConflictsAndClear(const Operation &op, const QJsonObject &result,
                                                 Acknowledgement &ack)
{
    QSqlQuery clear(local());
    clear.prepare(QStringLiteral("UPDATE sync_conflicts SET resolved = 1 WHERE tbl = ? AND "
                                 "row_id = ? AND field = ? AND resolved = 0"));
    QSqlQuery keep(local());
    keep.prepare(QStringLiteral("INSERT INTO sync_conflicts (id, kind, tbl, row_id, field, mine, "
                                "theirs, mine_won, detected_at) VALUES (?, 'value', ?, ?, ?, ?, ?, ?, ?)"));
    for (const QJsonValue &cv : result.value(QStringLiteral("conflicts")).toArray()) {
        const QJsonObject c = cv.toObject();
        const QString table = c.value(QStringLiteral("t")).toString();
        const QString id = c.value(QStringLiteral("id")).toString();
        const QString field = c.value(QStringLiteral("field")).toString();
        clear.addBindValue(table);
        clear.addBindValue(id);
        clear.addBindValue(field);
        if (Status st = localExec(clear, tr("record a conflict")); !st)
            return st;
        keep.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        keep.addBindValue(table);
        keep.addBindValue(id);
        keep.addBindValue(field);
        keep.addBindValue(QString::fromUtf8(
            QJsonDocument(QJsonArray{c.value(QStringLiteral("mine"))}).toJson(QJsonDocument::Compact)));
        keep.addBindValue(QString::fromUtf8(
            QJsonDocument(QJsonArray{c.value(QStringLiteral("theirs"))}).toJson(QJsonDocument::Compact)));
        keep.addBindValue(c.value(QStringLiteral("mine_wins")).toBool() ? 1 : 0);
        keep.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (Status st = localExec(keep, tr("record a conflict")); !st)
            return st;
        ++ack.conflicts;
    }
    // Removing every row at once is much quicker when nothing else waits in the outbox.
    QSqlQuery others(local());
    others.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_outbox WHERE op_id <> ?)"));
    others.addBindValue(op.id);
    if (Status st = localExec(others, tr("clear the sent changes")); !st)
        return st;
    const bool alone = others.next() && !others.value(0).toBool();
    others.finish();
    const QStringList clearing =
        alone ? QStringList{QStringLiteral("DELETE FROM sync_outbox_rows"),
                            QStringLiteral("DELETE FROM sync_outbox")}
              : QStringList{QStringLiteral("DELETE FROM sync_outbox_rows WHERE op_id = ?"),
                            QStringLiteral("DELETE FROM sync_outbox WHERE op_id = ?")};
    for (const QString &sql : clearing) {
        QSqlQuery done(local());
        done.prepare(sql);
        if (!alone)
            done.addBindValue(op.id);
        if (Status st = localExec(done, tr("clear the sent changes")); !st)
            return st;
    }
    return Status::success();
}

namespace {

// Prepared statements for applying one table's rows.
struct TableApply
{
    QStringList cols;
    bool empty = false;
    std::unique_ptr<QSqlQuery> insert;
    std::unique_ptr<QSqlQuery> update; // only when something differs
    std::unique_ptr<QSqlQuery> select;
};

} // namespace

Status SyncEngine::Impl::stagePulled(const PgRows &rows, int &pulled, QSet<QString> &changed,
                                     std::vector<PulledRow> &slow)
{
    const QString what = tr("apply the changes");
    for (const QString &sql :
         {QStringLiteral("CREATE TEMPORARY TABLE IF NOT EXISTS sync_pulled (seq INTEGER PRIMARY KEY, "
                         "tbl TEXT NOT NULL, id TEXT NOT NULL, data TEXT NOT NULL, stamps TEXT NOT NULL, "
                         "deleted INTEGER NOT NULL, modified INTEGER NOT NULL, origin TEXT NOT NULL, "
                         "state INTEGER NOT NULL DEFAULT 0)"),
          QStringLiteral("DELETE FROM temp.sync_pulled")})
        if (Status st = localCommand(sql, what); !st)
            return st;
    QSqlQuery add(local());
    add.prepare(QStringLiteral("INSERT INTO temp.sync_pulled (seq, tbl, id, data, stamps, deleted, "
                               "modified, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    QSet<QString> present;
    for (int r = 0; r < rows.size(); ++r) {
        const QString table = rows.text(r, 0);
        present.insert(table);
        add.addBindValue(r);
        add.addBindValue(table);
        add.addBindValue(rows.text(r, 1));
        add.addBindValue(rows.text(r, 2));
        add.addBindValue(rows.text(r, 3));
        add.addBindValue(rows.value(r, 4) == "1" ? 1 : 0);
        add.addBindValue(rows.value(r, 5).toByteArray().toLongLong());
        add.addBindValue(rows.text(r, 6));
        if (Status st = localExec(add, what); !st)
            return st;
    }
    add.finish();

    auto run = [&](const QString &sql, const QString &table, int *affected = nullptr) -> Status {
        QSqlQuery q(local());
        if (!q.prepare(sql))
            return Status::failure(tr("Could not %1 in the club database: %2")
                                       .arg(what, q.lastError().text()));
        q.addBindValue(table);
        if (Status st = localExec(q, what); !st)
            return st;
        if (affected)
            *affected = std::max(0, q.numRowsAffected());
        return Status::success();
    };
    for (const QString &table : std::as_const(tables)) {
        if (!present.contains(table))
            continue;
        const QStringList &cols = columns.value(table);
        QStringList names = cols, values, complete, differs;
        for (const QString &c : cols) {
            const QString field = QStringLiteral("json_extract(p.data, '$.%1')").arg(c);
            values << field;
            complete << QStringLiteral("json_type(p.data, '$.%1') IS NOT NULL").arg(c);
            differs << QStringLiteral("x.%1 IS NOT %2").arg(c, field);
        }
        names << QStringLiteral("modified") << QStringLiteral("origin") << QStringLiteral("deleted");
        values << QStringLiteral("p.modified") << QStringLiteral("p.origin") << QStringLiteral("p.deleted");
        for (const QString &c : {QStringLiteral("modified"), QStringLiteral("origin"),
                                 QStringLiteral("deleted")})
            differs << QStringLiteral("x.%1 IS NOT p.%1").arg(c);
        const QString notDirty = QStringLiteral("NOT EXISTS (SELECT 1 FROM sync_dirty AS d "
                                                "WHERE d.tbl = p.tbl AND d.id = p.id)");
        // Records new to this laptop. One that breaks a rule here is left for the one-by-one way,
        // which keeps it for the officer to see.
        int inserted = 0;
        if (Status st = run(QStringLiteral("UPDATE temp.sync_pulled AS p SET state = 2 WHERE p.tbl = ? "
                                           "AND NOT EXISTS (SELECT 1 FROM %1 AS x WHERE x.id = p.id) AND %2")
                                .arg(table, notDirty),
                            table);
            !st)
            return st;
        if (Status st = run(QStringLiteral("INSERT OR IGNORE INTO %1 (id, %2) SELECT p.id, %3 "
                                           "FROM temp.sync_pulled AS p WHERE p.tbl = ? AND p.state = 2 "
                                           "ORDER BY p.seq")
                                .arg(table, names.join(QStringLiteral(", ")),
                                     values.join(QStringLiteral(", "))),
                            table, &inserted);
            !st)
            return st;
        if (Status st = run(QStringLiteral("UPDATE temp.sync_pulled AS p SET state = CASE WHEN EXISTS "
                                           "(SELECT 1 FROM %1 AS x WHERE x.id = p.id) THEN 1 ELSE 0 END "
                                           "WHERE p.tbl = ? AND p.state = 2")
                                .arg(table),
                            table);
            !st)
            return st;
        // Records not edited here that the server has whole: they take the server's version.
        QStringList sets;
        for (int i = 0; i < names.size(); ++i)
            sets << QStringLiteral("%1 = %2").arg(names.at(i), values.at(i));
        int updated = 0;
        if (Status st = run(QStringLiteral("UPDATE OR IGNORE %1 AS x SET %2 FROM temp.sync_pulled AS p "
                                           "WHERE p.tbl = ? AND p.state = 0 AND p.id = x.id AND %3 AND %4 "
                                           "AND (%5)")
                                .arg(table, sets.join(QStringLiteral(", ")),
                                     complete.join(QStringLiteral(" AND ")), notDirty,
                                     differs.join(QStringLiteral(" OR "))),
                            table, &updated);
            !st)
            return st;
        if (Status st = run(QStringLiteral("UPDATE temp.sync_pulled AS p SET state = 1 WHERE p.tbl = ? "
                                           "AND p.state = 0 AND %1 AND %2 AND EXISTS (SELECT 1 FROM %3 AS x "
                                           "WHERE x.id = p.id AND NOT (%4))")
                                .arg(complete.join(QStringLiteral(" AND ")), notDirty, table,
                                     differs.join(QStringLiteral(" OR "))),
                            table);
            !st)
            return st;
        pulled += inserted + updated;
        if (inserted + updated > 0)
            changed.insert(table);
    }
    // The rows applied here are exactly the server's version: their copies are left unwritten ("")
    // where a trigger writes them out before a change.
    QSqlQuery known(local());
    known.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_base (tbl, id, data, stamps, deleted, "
                                 "modified) SELECT tbl, id, CASE WHEN tbl IN (SELECT value FROM "
                                 "json_each(?)) THEN '' ELSE data END, stamps, deleted, modified "
                                 "FROM temp.sync_pulled WHERE state = 1 ORDER BY tbl, id"));
    known.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(lazyBase.values()))
                                             .toJson(QJsonDocument::Compact)));
    if (Status st = localExec(known, what); !st)
        return st;
    QSqlQuery rest(local());
    rest.setForwardOnly(true);
    rest.prepare(QStringLiteral("SELECT tbl, id, data, stamps, deleted, modified, origin "
                                "FROM temp.sync_pulled WHERE state = 0 ORDER BY seq"));
    if (Status st = localExec(rest, what); !st)
        return st;
    while (rest.next())
        slow.push_back({rest.value(0).toString(), rest.value(1).toString(), rest.value(2).toString(),
                        rest.value(3).toString(), rest.value(4).toInt() != 0,
                        rest.value(5).toLongLong(), rest.value(6).toString()});
    return Status::success();
}

Status SyncEngine::Impl::pull(SyncReport &report)
{
    this->report(tr("Fetching changes"));
    auto cursorState = state(QStringLiteral("cursor"));
    if (!cursorState)
        return Status::failure(cursorState.error());
    const QString cursor = cursorState.value().isEmpty() ? QStringLiteral("0") : cursorState.value();

    auto lost = [&](const QString &error) {
        QSqlQuery rollback(server->database());
        if (!rollback.exec(QStringLiteral("ROLLBACK")))
            qCInfo(lcSync) << "rollback after a failed pull:" << rollback.lastError().text();
        return Status::failure(tr("Fetching changes from the server failed: %1 Nothing was changed "
                                  "on this laptop.")
                                   .arg(error));
    };
    // One round trip (each costs dearly on a phone connection at the ramp). A fetch is a plain
    // scan and sort: compiling it (JIT) or starting helper processes for it (parallel query, tens
    // of milliseconds) costs more than it saves.
    if (Status s = server->command(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY; "
                                                  "SET LOCAL jit = off; "
                                                  "SET LOCAL max_parallel_workers_per_gather = 0"),
                                   tr("start fetching changes"));
        !s)
        return lost(s.error());
    // Every transaction older than the snapshot's xmin has finished: rows it committed are in this
    // snapshot. Younger ones may still commit, so the next pull starts from xmin again.
    QSqlQuery mark(server->database());
    mark.prepare(QStringLiteral("SELECT pg_snapshot_xmin(pg_current_snapshot())::text"));
    if (Status s = server->exec(mark, tr("fetch changes")); !s)
        return lost(s.error());
    const QString watermark = mark.next() ? mark.value(0).toString() : cursor;

    // Fetched whole through libpq: the Qt driver's row-by-row conversion would cost more than the
    // transfer.
    auto fetched = server->fetch(QStringLiteral("SELECT tbl, id, data::text, stamps::text, "
                                                "deleted::int, modified, origin FROM sabc.rows "
                                                "WHERE xid >= CAST($1 AS xid8) ORDER BY seq"),
                                 {cursor}, tr("fetch changes"));
    if (!fetched)
        return lost(fetched.error());
    const PgRows &rows = fetched.value();
    // The count check scans every row on both sides: done at a full pull and then at most every
    // half hour, so the sync of a single edit stays quick.
    auto lastCheck = state(QStringLiteral("count_check_at"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const bool countCheck = cursor == QLatin1String("0") || !lastCheck ||
                            lastCheck.value().toLongLong() < now - 30 * 60 * 1000;
    QHash<QString, qint64> serverCounts;
    if (countCheck) {
        QSqlQuery q(server->database());
        q.prepare(QStringLiteral("SELECT tbl, count(*) FROM sabc.rows GROUP BY tbl"));
        if (Status s = server->exec(q, tr("count the server's records")); !s)
            return lost(s.error());
        while (q.next())
            serverCounts.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    if (Status s = server->command(QStringLiteral("COMMIT"), tr("finish fetching changes")); !s)
        return lost(s.error());
    qCDebug(lcSync) << "fetched" << rows.size() << "rows";
    const int fetchedCount = rows.size();
    QElapsedTimer applyTimer;
    applyTimer.start();

    this->report(tr("Applying changes"), 0, fetchedCount);
    int pulled = 0;
    int rejected = 0;
    QSet<QString> changed;
    QString nextCursor = watermark;
    Status s = localTransaction([&]() -> Status {
        if (Status st = localCommand(QStringLiteral("INSERT INTO sync_guard (applying) VALUES (1)"),
                                     tr("apply the changes"));
            !st)
            return st;
        QSet<QString> dirty;
        {
            QSqlQuery q(local());
            q.prepare(QStringLiteral("SELECT tbl, id FROM sync_dirty"));
            if (Status st = localExec(q, tr("apply the changes")); !st)
                return st;
            while (q.next())
                dirty.insert(q.value(0).toString() + QLatin1Char('/') + q.value(1).toString());
        }
        // Every fetched row goes into a table of this connection's own; new records (and records
        // that only follow the server) are applied from there in one statement per table, the
        // rest one by one below.
        std::vector<PulledRow> slow;
        if (Status st = stagePulled(rows, pulled, changed, slow); !st)
            return st;
        QHash<QString, std::shared_ptr<TableApply>> ops;
        auto opsFor = [&](const QString &table) -> std::shared_ptr<TableApply> {
            if (auto it = ops.constFind(table); it != ops.constEnd())
                return it.value();
            auto t = std::make_shared<TableApply>();
            t->cols = columns.value(table);
            QSqlQuery e(local());
            e.prepare(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM %1)").arg(table));
            t->empty = e.exec() && e.next() && e.value(0).toBool();
            QStringList all = t->cols;
            all << QStringLiteral("modified") << QStringLiteral("origin") << QStringLiteral("deleted");
            QStringList marks, sets, differs;
            for (const QString &c : std::as_const(all)) {
                marks << QStringLiteral("?");
                sets << c + QStringLiteral(" = ?");
                differs << c + QStringLiteral(" IS NOT ?");
            }
            t->insert = std::make_unique<QSqlQuery>(local());
            t->insert->prepare(QStringLiteral("INSERT INTO %1 (id, %2) VALUES (?, %3)")
                                   .arg(table, all.join(QStringLiteral(", ")),
                                        marks.join(QStringLiteral(", "))));
            t->update = std::make_unique<QSqlQuery>(local());
            t->update->prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ? AND (%3)")
                                   .arg(table, sets.join(QStringLiteral(", ")),
                                        differs.join(QStringLiteral(" OR "))));
            t->select = std::make_unique<QSqlQuery>(local());
            t->select->prepare(QStringLiteral("SELECT %2 FROM %1 WHERE id = ?")
                                   .arg(table, all.join(QStringLiteral(", "))));
            ops.insert(table, t);
            return t;
        };
        QSqlQuery readBase(local());
        readBase.prepare(QStringLiteral("SELECT data FROM sync_base WHERE tbl = ? AND id = ?"));
        QSqlQuery writeBase(local());
        writeBase.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_base "
                                         "(tbl, id, data, stamps, deleted, modified) "
                                         "VALUES (?, ?, ?, ?, ?, ?)"));
        QSqlQuery reject(local());
        reject.prepare(QStringLiteral("INSERT INTO sync_conflicts (id, kind, tbl, row_id, field, "
                                      "mine, theirs, detected_at) VALUES (?, 'rejected', ?, ?, '*', ?, ?, ?)"));

        int done = fetchedCount - int(slow.size());
        for (const PulledRow &row : slow) {
            if (++done % 2000 == 0)
                this->report(tr("Applying changes"), done, fetchedCount);
            if (!columns.contains(row.table))
                continue; // a table this version of the app does not know
            auto t = opsFor(row.table);
            const QJsonObject server = parseObject(row.data);
            const bool isDirty = dirty.contains(row.table + QLatin1Char('/') + row.id);
            bool complete = true;
            for (const QString &c : std::as_const(t->cols))
                complete = complete && server.contains(c);

            // The row as it will be here: the server's version, except fields edited on this
            // laptop and not sent yet (or missing from the server's version).
            QList<QVariant> values;
            bool exists = false;
            QList<QVariant> localValues;
            if (t->empty && !isDirty) {
                exists = false;
            } else if (!isDirty && complete) {
                exists = true; // decided below by the update's row count
            } else {
                t->select->addBindValue(row.id);
                if (Status st = localExec(*t->select, tr("apply the changes")); !st)
                    return st;
                if (t->select->next()) {
                    exists = true;
                    for (int i = 0; i < t->cols.size() + 3; ++i)
                        localValues << t->select->value(i);
                }
                t->select->finish();
            }
            QJsonObject base;
            bool hasBase = false;
            bool baseIsLocal = false;
            if (isDirty && exists) {
                readBase.addBindValue(row.table);
                readBase.addBindValue(row.id);
                if (Status st = localExec(readBase, tr("apply the changes")); !st)
                    return st;
                if (readBase.next()) {
                    hasBase = true;
                    // A copy left unwritten ("") is the row as it is here.
                    baseIsLocal = readBase.value(0).toString().isEmpty();
                    base = parseObject(readBase.value(0).toString());
                }
                readBase.finish();
            }
            qint64 modified = row.modified;
            QString origin = row.origin;
            bool deleted = row.deleted;
            for (int i = 0; i < t->cols.size(); ++i) {
                const QString &c = t->cols.at(i);
                if (!localValues.isEmpty()) {
                    const QVariant mine = localValues.at(i);
                    const bool editedHere = isDirty && !baseIsLocal &&
                                            (!hasBase || !base.contains(c) ||
                                             base.value(c) != toJson(mine));
                    if (editedHere || !server.contains(c)) {
                        values << mine;
                        continue;
                    }
                }
                values << toVariant(server.value(c));
            }
            if (!localValues.isEmpty() && isDirty) {
                const qint64 localModified = localValues.at(t->cols.size()).toLongLong();
                if (localModified > modified) {
                    modified = localModified;
                    origin = localValues.at(t->cols.size() + 1).toString();
                }
                deleted = deleted || localValues.at(t->cols.size() + 2).toInt() != 0;
            }
            values << modified << origin << (deleted ? 1 : 0);

            bool applied = false;
            QString failure;
            if (exists) {
                QSqlQuery &u = *t->update;
                for (const QVariant &v : std::as_const(values))
                    u.addBindValue(v);
                u.addBindValue(row.id);
                for (const QVariant &v : std::as_const(values))
                    u.addBindValue(v);
                if (!u.exec())
                    failure = u.lastError().text();
                else if (u.numRowsAffected() > 0)
                    applied = true;
                else if (localValues.isEmpty() && !t->empty) {
                    // Nothing differed, or the row is not here yet.
                    t->select->addBindValue(row.id);
                    if (Status st = localExec(*t->select, tr("apply the changes")); !st)
                        return st;
                    exists = t->select->next();
                    t->select->finish();
                }
            }
            if (!exists && failure.isEmpty()) {
                QSqlQuery &ins = *t->insert;
                ins.addBindValue(row.id);
                for (const QVariant &v : std::as_const(values))
                    ins.addBindValue(v);
                if (!ins.exec())
                    failure = ins.lastError().text();
                else
                    applied = true;
            }
            if (!failure.isEmpty()) {
                // The row breaks a rule of this database (e.g. the same angler entered twice in
                // one tournament from two laptops). Keep it for the officer to see.
                qCWarning(lcSync).noquote() << "could not apply" << row.table << row.id << ":" << failure;
                reject.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
                reject.addBindValue(row.table);
                reject.addBindValue(row.id);
                reject.addBindValue(failure);
                reject.addBindValue(row.data);
                reject.addBindValue(QDateTime::currentMSecsSinceEpoch());
                if (Status st = localExec(reject, tr("record a record that could not be applied")); !st)
                    return st;
                ++rejected;
                continue;
            }
            if (applied) {
                ++pulled;
                changed.insert(row.table);
            }
            writeBase.addBindValue(row.table);
            writeBase.addBindValue(row.id);
            writeBase.addBindValue(row.data);
            writeBase.addBindValue(row.stamps);
            writeBase.addBindValue(row.deleted ? 1 : 0);
            writeBase.addBindValue(row.modified);
            if (Status st = localExec(writeBase, tr("apply the changes")); !st)
                return st;
        }
        ops.clear();
        qCDebug(lcSync) << "applied" << fetchedCount << "rows (" << slow.size()
                        << "one by one) in" << applyTimer.elapsed() << "ms";

        // Count check (Anki's sanity check): this laptop's record of the server must hold as many
        // rows as the server. If not, fetch everything at the next sync.
        if (!countCheck) {
            if (Status st = setState(QStringLiteral("cursor"), nextCursor); !st)
                return st;
            if (Status st = hook(Hook::BeforePullCommit); !st)
                return st;
            return localCommand(QStringLiteral("DELETE FROM sync_guard"), tr("apply the changes"));
        }
        if (Status st = setState(QStringLiteral("count_check_at"), QString::number(now)); !st)
            return st;
        QSqlQuery counts(local());
        counts.prepare(QStringLiteral("SELECT tbl, count(*) FROM sync_base GROUP BY tbl"));
        if (Status st = localExec(counts, tr("check the copy")); !st)
            return st;
        QHash<QString, qint64> localCounts;
        while (counts.next())
            localCounts.insert(counts.value(0).toString(), counts.value(1).toLongLong());
        QSqlQuery rejectedCounts(local());
        rejectedCounts.prepare(QStringLiteral("SELECT tbl, count(DISTINCT row_id) FROM sync_conflicts "
                                              "WHERE kind = 'rejected' AND resolved = 0 GROUP BY tbl"));
        if (Status st = localExec(rejectedCounts, tr("check the copy")); !st)
            return st;
        QHash<QString, qint64> rejectedByTable;
        while (rejectedCounts.next())
            rejectedByTable.insert(rejectedCounts.value(0).toString(), rejectedCounts.value(1).toLongLong());
        for (const QString &table : std::as_const(tables)) {
            const qint64 expected = serverCounts.value(table);
            const qint64 have = localCounts.value(table);
            if (have != expected && have + rejectedByTable.value(table) != expected) {
                qCWarning(lcSync).noquote()
                    << "copy check:" << table << "has" << have << "rows here, the server"
                    << expected << "- everything is fetched again at the next sync";
                nextCursor = QStringLiteral("0");
            }
        }
        if (Status st = setState(QStringLiteral("cursor"), nextCursor); !st)
            return st;
        if (Status st = hook(Hook::BeforePullCommit); !st)
            return st;
        return localCommand(QStringLiteral("DELETE FROM sync_guard"), tr("apply the changes"));
    });
    if (!s)
        return Status::failure(tr("Applying the server's changes failed: %1 Nothing was changed on "
                                  "this laptop.")
                                   .arg(s.error()));
    report.pulled += pulled;
    report.conflicts += rejected;
    for (const QString &t : std::as_const(changed))
        report.changedTables << t;
    return Status::success();
}
