#include "sync/localdatabase.h"

#include "store/migrations.h"
#include "sync/synclog.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlRecord>
#include <QUuid>

namespace Sync {

namespace {

// The local schema version the sync needs (version 5: the conflicts it keeps).
constexpr int syncSchemaVersion = 5;

QString keyName(StateKey key)
{
    switch (key) {
    case StateKey::ServerId:
        return QStringLiteral("server_id");
    case StateKey::Watermark:
        return QStringLiteral("cursor");
    case StateKey::CountCheckAt:
        return QStringLiteral("count_check_at");
    case StateKey::LastSync:
        return QStringLiteral("last_sync");
    case StateKey::ConflictScan:
        return QStringLiteral("conflict_scan");
    }
    return QString();
}

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

} // namespace

LocalDatabase::~LocalDatabase()
{
    close();
}

QSqlDatabase LocalDatabase::database() const
{
    return QSqlDatabase::database(m_name, false);
}

Status LocalDatabase::open(const QString &path)
{
    m_path = path;
    m_name = QStringLiteral("sabc-sync-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
        if (!db.open())
            return Status::failure(
                tr("Could not open the club database \"%1\": %2").arg(path, db.lastError().text()));
    }
    if (Status s = configure(); !s)
        return s;
    if (Status s = checkVersion(); !s)
        return s;
    if (Status s = readDeviceId(); !s)
        return s;
    return readTables();
}

void LocalDatabase::close()
{
    if (m_name.isEmpty())
        return;
    {
        QSqlDatabase db = database();
        if (db.isOpen()) {
            // What this run wrote goes from the journal into the file once, here, rather than
            // after each of its transactions (the window never waits for it).
            Query checkpoint(db, QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
            if (Status s = checkpoint.exec(tr("fold the journal into the club database")); !s)
                qCWarning(lcSync).noquote() << s.error();
            checkpoint.statement().finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
}

Status LocalDatabase::configure()
{
    // Rows from the server may name rows this laptop may not hold (a row another officer's role
    // could not send): apply them anyway; the window copes with missing references.
    // A first exchange writes tens of thousands of rows under random keys into several indexes:
    // a larger page cache for this connection keeps them in memory until the commit.
    for (const QString &pragma : {QStringLiteral("PRAGMA foreign_keys = OFF"),
                                  QStringLiteral("PRAGMA busy_timeout = 15000"),
                                  QStringLiteral("PRAGMA cache_size = -65536"),
                                  // Every step of a sync is repeated safely if its last commit is
                                  // lost to a power cut (an operation is pushed again under its
                                  // id, a pull is fetched again): WAL keeps the file consistent,
                                  // so the sync need not wait for the disk at each commit.
                                  QStringLiteral("PRAGMA synchronous = NORMAL"),
                                  QStringLiteral("PRAGMA wal_autocheckpoint = 0"),
                                  QStringLiteral("PRAGMA temp_store = MEMORY")}) {
        if (Status s = command(pragma, tr("prepare the club database")); !s)
            return s;
    }
    return Status::success();
}

Status LocalDatabase::checkVersion()
{
    Query v = query(QStringLiteral("PRAGMA user_version"));
    if (Status s = v.exec(tr("read the database version")); !s)
        return s;
    const int version = v.next() ? v.value("user_version").toInt() : 0;
    if (version < syncSchemaVersion || version > migrations::latestVersion())
        return Status::failure(tr("The club database \"%1\" is not ready for syncing (version %2). "
                                  "Open it with this version of the app first.")
                                   .arg(m_path)
                                   .arg(version));
    return Status::success();
}

Status LocalDatabase::readDeviceId()
{
    Query q = query(QStringLiteral("SELECT value FROM local_meta WHERE key = ?"));
    if (Status s = q.bind(QStringLiteral("device_id")).exec(tr("read this laptop's device id")); !s)
        return s;
    m_deviceId = q.next() ? q.value("value").toString() : QString();
    return Status::success();
}

Status LocalDatabase::readTables()
{
    m_tables.clear();
    m_columns.clear();
    for (const QString &table : migrations::syncedTables()) {
        if (!validIdentifier(table))
            continue;
        Query info = query(QStringLiteral("SELECT name FROM pragma_table_info(?)"));
        if (Status s = info.bind(table).exec(tr("read the columns of %1").arg(table)); !s)
            return s;
        QStringList columns;
        while (info.next()) {
            const QString c = info.value("name").toString();
            if (!isMetaColumn(c) && validIdentifier(c))
                columns << c;
        }
        if (columns.isEmpty())
            continue;
        m_tables << table;
        m_columns.insert(table, columns);
    }
    return Status::success();
}

Status LocalDatabase::command(const QString &sql, const QString &what) const
{
    return query(sql).exec(what);
}

// The transaction's statements are run here, so lupdate files their words under LocalDatabase,
// the context tr() looks them up in.
Status LocalDatabase::begin() const
{
    return command(QStringLiteral("BEGIN IMMEDIATE"), tr("start saving"));
}

Status LocalDatabase::commit() const
{
    return command(QStringLiteral("COMMIT"), tr("save the sync"));
}

void LocalDatabase::rollBack() const
{
    if (Status s = command(QStringLiteral("ROLLBACK"), tr("undo the unsaved changes")); !s)
        qCWarning(lcSync).noquote() << s.error();
}

LocalDatabase::Transaction::Transaction(const LocalDatabase &local)
    : m_local(local), m_begun(local.begin())
{
    m_open = m_begun.ok();
}

LocalDatabase::Transaction::~Transaction()
{
    if (m_open)
        m_local.rollBack();
}

Status LocalDatabase::Transaction::commit()
{
    if (Status s = m_local.commit(); !s)
        return s;
    m_open = false;
    return Status::success();
}

Result<QString> LocalDatabase::state(StateKey key) const
{
    Query q = query(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    if (Status s = q.bind(keyName(key)).exec(tr("read the sync state")); !s)
        return Result<QString>::failure(s.error());
    return q.next() ? q.value("value").toString() : QString();
}

Status LocalDatabase::setState(StateKey key, const QString &value) const
{
    return query(QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)"))
        .bind(keyName(key))
        .bind(value)
        .exec(tr("save the sync state"));
}

QString LocalDatabase::rowJson(const QString &table, const QString &alias) const
{
    QStringList pairs;
    for (const QString &c : m_columns.value(table))
        pairs << QStringLiteral("'%1', CASE WHEN typeof(%2.%1) = 'real' "
                                "THEN json(printf('%!.17g', %2.%1)) ELSE %2.%1 END")
                     .arg(c, alias);
    return QStringLiteral("json_object(%1)").arg(pairs.join(QStringLiteral(", ")));
}

int columnIndex(Query &query, const QString &name)
{
    const int index = query.statement().record().indexOf(name);
    Q_ASSERT_X(index >= 0, "Sync::columnIndex", qPrintable(name));
    return index;
}

} // namespace Sync
