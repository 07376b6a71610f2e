#include "store/store.h"

#include "store/migrations.h"
#include "store/query.h"
#include "store/storelog.h"
#include "scoring/ruleset.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QTimer>
#include <QUrl>
#include <QUuid>

Q_LOGGING_CATEGORY(lcStore, "sabc.store")

namespace {

// 'SABC' in the database header, so our files are recognised and foreign SQLite files are not.
constexpr int applicationId = 0x53414243;

// The texts of this file, in the "Store" translation context; qualified calls (Tr::tr) let
// lupdate file them under the same context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Store)
};

bool validIdentifier(const QString &name)
{
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    return identifier.match(name).hasMatch();
}

QSet<QString> &pendingChanges()
{
    static QSet<QString> tables;
    return tables;
}

// Club files a Store of this process has open, by canonical path. Nothing but SQLite may open
// such a file: closing any descriptor of it would drop the POSIX locks SQLite holds on it for
// this process (see ui/common/filedialog.h), and another process could then delete the -wal and
// -shm still in use. So opening an already open file again skips the header check below.
QHash<const Store *, QString> &openFiles()
{
    static QHash<const Store *, QString> files;
    return files;
}

// Reads the first bytes of a file to tell an SQLite database from anything else.
bool looksLikeSqlite(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("Could not read \"%1\": %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const QByteArray header = file.read(16);
    return header == QByteArray("SQLite format 3\0", 16);
}

// Whether this user may write the file and the folder it is in (SQLite writes its journal and
// WAL index next to the file).
bool writablePlace(const QFileInfo &info)
{
    const QFileInfo folder(info.absolutePath());
    return folder.isWritable() && (!info.exists() || info.isWritable());
}

// Under this much free space the disk is taken for full.
constexpr qint64 fullDiskBytes = 1024 * 1024;

bool diskFull(const QFileInfo &info)
{
    const QStorageInfo storage(info.absolutePath());
    return storage.isValid() && storage.bytesAvailable() >= 0 &&
           storage.bytesAvailable() < fullDiskBytes;
}

// What keeps a healthy file from being opened, when it is its place and not the file: a folder
// or a file this user may not change, or a full disk. Empty when it is neither.
QString placeProblem(const QFileInfo &info)
{
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!writablePlace(info))
        return QCoreApplication::translate(
                   "Store",
                   "\"%1\" is in a place this user may not change (the file or its folder \"%2\" "
                   "is read-only), so it was not opened. The file itself was not checked further "
                   "and was left unchanged. Copy it to a folder you can write, or ask whoever "
                   "manages this computer for write access.")
            .arg(shown, QDir::toNativeSeparators(info.absolutePath()));
    if (diskFull(info))
        return QCoreApplication::translate(
                   "Store",
                   "The disk holding \"%1\" is full, so it could not be opened. The file was left "
                   "unchanged. Free some space on that disk and try again.")
            .arg(shown);
    return {};
}

// A database name that lets SQLite read a WAL-mode file in a folder it may not write, or on a full
// disk: without it, SQLite needs to create the WAL index next to the file even to read.
void setReadOnlyName(QSqlDatabase &db, const QString &path, const QString &extraOptions = {})
{
    const QFileInfo info(path);
    const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
    QString options = QStringLiteral("QSQLITE_OPEN_READONLY");
    if (!extraOptions.isEmpty())
        options += QLatin1Char(';') + extraOptions;
    // (A WAL that holds nothing, as an earlier attempt may leave one, changes nothing.)
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if ((!folderWritable || diskFull(info)) && (!wal.exists() || wal.size() == 0)) {
        options += QStringLiteral(";QSQLITE_OPEN_URI");
        db.setDatabaseName(
            QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded) +
            QStringLiteral("?immutable=1"));
    } else {
        db.setDatabaseName(path);
    }
    db.setConnectOptions(options);
}

} // namespace

Store::~Store()
{
    openFiles().remove(this);
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString Store::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("club.sqlite"));
}

Result<std::unique_ptr<Store>> Store::open(const QString &path)
{
    using R = Result<std::unique_ptr<Store>>;
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    const QFileInfo info(path);
    int existingVersion = 0;

    if (info.exists() && info.isDir())
        return R::failure(Tr::tr("\"%1\" is a folder, not a club database.").arg(shown));
    // A healthy file in a read-only place is said to be that, not damaged.
    if (info.exists() && !writablePlace(info)) {
        const QString problem = placeProblem(info);
        qCWarning(lcStore).noquote() << problem;
        return R::failure(problem);
    }

    const bool openHere = !info.canonicalFilePath().isEmpty() &&
                          openFiles().values().contains(info.canonicalFilePath());
    if (info.exists() && info.size() > 0) {
        QString error;
        if (!openHere && !looksLikeSqlite(path, &error))
            return R::failure(error.isEmpty()
                                  ? Tr::tr("\"%1\" is not a club database (it is not an SQLite "
                                           "file). It was left unchanged.")
                                        .arg(shown)
                                  : error);

        // Inspect the file read-only first: nothing is written before we know we may.
        const QString probeName = QStringLiteral("sabc-probe-") + newId();
        QString refusal;
        {
            QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probeName);
            probe.setDatabaseName(path);
            probe.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (!probe.open()) {
                refusal = placeProblem(info);
                if (refusal.isEmpty())
                    refusal = Tr::tr("\"%1\" could not be opened: %2. It was left unchanged.")
                                  .arg(shown, probe.lastError().text());
            } else {
                {
                    Query q(probe, QStringLiteral("PRAGMA quick_check"));
                    const bool checked = q.exec(Tr::tr("check the database")).ok();
                    // The check could not run at all: say so when its place is the cause.
                    if (!checked)
                        refusal = placeProblem(info);
                    if (refusal.isEmpty() &&
                        (!checked || !q.next() ||
                         q.value("quick_check").toString() != QLatin1String("ok"))) {
                        refusal = Tr::tr("\"%1\" is damaged (the database check failed), so it was "
                                     "not opened and was left unchanged. Restore it from a backup.")
                                      .arg(shown);
                    }
                }
                int appId = 0;
                int objects = 0;
                // The file's header: schema version, owner program, and whether it holds anything.
                auto readNumber = [&](const QString &sql, const char *column, int *value) {
                    Query r(probe, sql);
                    if (r.exec(Tr::tr("read the database header")) && r.next()) {
                        *value = r.value(column).toInt();
                        return;
                    }
                    if (refusal.isEmpty())
                        refusal = Tr::tr("\"%1\" could not be read (%2). It was left unchanged.")
                                      .arg(shown, r.statement().lastError().text());
                };
                if (refusal.isEmpty()) {
                    readNumber(QStringLiteral("PRAGMA user_version"), "user_version",
                               &existingVersion);
                    readNumber(QStringLiteral("PRAGMA application_id"), "application_id", &appId);
                    readNumber(QStringLiteral("SELECT count(*) AS objects FROM sqlite_master"),
                               "objects", &objects);
                }
                if (refusal.isEmpty() &&
                    ((appId != 0 && appId != applicationId) || (appId == 0 && objects > 0))) {
                    refusal = Tr::tr("\"%1\" is an SQLite database of another program, not a club "
                                     "database. It was left unchanged.")
                                  .arg(shown);
                } else if (refusal.isEmpty() && existingVersion > migrations::latestVersion()) {
                    refusal = Tr::tr("\"%1\" was written by a newer version of SABC Tournament "
                                     "Manager (database version %2; this app knows up to %3). "
                                     "Update the app to open it. The file was left unchanged.")
                                  .arg(shown)
                                  .arg(existingVersion)
                                  .arg(migrations::latestVersion());
                } else if (refusal.isEmpty() && existingVersion > 0 &&
                           existingVersion < migrations::latestVersion()) {
                    // Keep a copy of the file as it was before the upgrade.
                    QString backup = path + QStringLiteral(".v%1.bak").arg(existingVersion);
                    if (QFileInfo::exists(backup))
                        backup = path + QStringLiteral(".v%1-%2.bak")
                                            .arg(existingVersion)
                                            .arg(QDateTime::currentDateTimeUtc().toString(
                                                QStringLiteral("yyyyMMddHHmmss")));
                    Query copy(probe, QStringLiteral("VACUUM INTO ?"));
                    copy.bind(backup);
                    if (!copy.exec(Tr::tr("write the backup"))) {
                        // A copy cut short is no copy: it goes, and the upgrade does not happen.
                        const QString why = diskFull(info) ? Tr::tr("the disk is full")
                                                           : copy.statement().lastError().text();
                        copy.statement().finish();
                        if (QFileInfo::exists(backup) && !QFile::remove(backup))
                            qCWarning(lcStore).noquote()
                                << "could not remove the unfinished copy" << backup;
                        refusal = Tr::tr("Could not keep a copy of \"%1\" before upgrading it (%2), "
                                     "so it was not upgraded and was left unchanged as it was.")
                                      .arg(shown, why);
                    } else {
                        qCInfo(lcStore).noquote() << "kept a copy before upgrade:" << backup;
                    }
                }
            }
            probe.close();
        }
        QSqlDatabase::removeDatabase(probeName);
        if (!refusal.isEmpty()) {
            qCWarning(lcStore).noquote() << refusal;
            return R::failure(refusal);
        }
    } else if (!info.exists()) {
        const QDir dir = info.absoluteDir();
        if (!dir.exists() && !QDir().mkpath(dir.absolutePath()))
            return R::failure(Tr::tr("Could not create the folder \"%1\".")
                                  .arg(QDir::toNativeSeparators(dir.absolutePath())));
    }

    std::unique_ptr<Store> store(new Store());
    store->m_path = info.absoluteFilePath();
    store->m_connection = QStringLiteral("sabc-") + newId();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            const QString problem = placeProblem(QFileInfo(path));
            return R::failure(
                problem.isEmpty()
                    ? Tr::tr("\"%1\" could not be opened: %2").arg(shown, db.lastError().text())
                    : problem);
        }
    }
    openFiles().insert(store.get(), QFileInfo(path).canonicalFilePath());
    // A setting or an upgrade that cannot be written is blamed on the place when that is why.
    auto placed = [&](const Status &s) {
        const QString problem = placeProblem(QFileInfo(path));
        return R::failure(problem.isEmpty() ? s.error() : problem);
    };
    if (Status s = store->initialise(); !s)
        return placed(s);
    if (Status s = store->migrate(); !s)
        return placed(s);

    Query device(store->database(), QStringLiteral("SELECT value FROM local_meta WHERE key = ?"));
    device.bind(QStringLiteral("device_id"));
    if (Status s = device.exec(Tr::tr("read this laptop's device id")); !s)
        return R::failure(s.error());
    if (device.next())
        store->m_deviceId = device.value("value").toString();

    for (const QString &table : migrations::syncedTables()) {
        Query q(store->database(),
                QStringLiteral("SELECT coalesce(max(modified), 0) AS last_stamp FROM ") + table);
        if (Status s = q.exec(Tr::tr("read the last change stamp")); !s)
            return R::failure(s.error());
        if (q.next())
            store->m_lastStamp = std::max(store->m_lastStamp, q.value("last_stamp").toLongLong());
    }
    qCInfo(lcStore).noquote() << "opened" << store->m_path << "version" << store->schemaVersion();
    return R(std::move(store));
}

Result<std::unique_ptr<Store>> Store::openReadOnly(const QString &path)
{
    using R = Result<std::unique_ptr<Store>>;
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!info.isFile())
        return R::failure(Tr::tr("There is no club database \"%1\".").arg(shown));
    QString error;
    if (!looksLikeSqlite(path, &error))
        return R::failure(error.isEmpty() ? Tr::tr("\"%1\" is not a club database (it is not an "
                                                   "SQLite file).")
                                                .arg(shown)
                                          : error);
    std::unique_ptr<Store> store(new Store());
    store->m_path = info.absoluteFilePath();
    store->m_connection = QStringLiteral("sabc-ro-") + newId();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connection);
        setReadOnlyName(db, path, QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return R::failure(
                Tr::tr("\"%1\" could not be opened: %2").arg(shown, db.lastError().text()));
    }
    int appId = -1;
    {
        Query q(store->database(), QStringLiteral("PRAGMA application_id"));
        if (Status s = q.exec(Tr::tr("read the database header")); !s)
            return R::failure(s.error());
        if (q.next())
            appId = q.value("application_id").toInt();
    }
    if (appId != applicationId)
        return R::failure(Tr::tr("\"%1\" is not a club database.").arg(shown));
    const int version = store->schemaVersion();
    if (version != migrations::latestVersion())
        return R::failure(Tr::tr("\"%1\" has database version %2; this app reads version %3. Open "
                                 "it once in the window of the same version of the app first.")
                              .arg(shown)
                              .arg(version)
                              .arg(migrations::latestVersion()));
    qCInfo(lcStore).noquote() << "opened read-only" << store->m_path;
    return R(std::move(store));
}

Result<std::unique_ptr<Store>> Store::openForReading(const QString &path)
{
    using R = Result<std::unique_ptr<Store>>;
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!info.isFile())
        return R::failure(Tr::tr("There is no club database \"%1\".").arg(shown));
    const QString empty =
        Tr::tr("\"%1\" is empty: it holds no club database. It was left unchanged.").arg(shown);
    if (info.size() == 0)
        return R::failure(empty);
    QString error;
    if (!looksLikeSqlite(path, &error))
        return R::failure(error.isEmpty() ? Tr::tr("\"%1\" is not a club database (it is not an "
                                               "SQLite file). It was left unchanged.")
                                                .arg(shown)
                                          : error);
    // A look at the header first, read-only: an empty SQLite file stays as it is.
    int version = -1;
    int objects = -1;
    const QString probeName = QStringLiteral("sabc-peek-") + newId();
    QString problem;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probeName);
        setReadOnlyName(probe, path);
        if (!probe.open()) {
            problem = Tr::tr("\"%1\" could not be opened: %2. It was left unchanged.")
                          .arg(shown, probe.lastError().text());
        } else {
            Query v(probe, QStringLiteral("PRAGMA user_version"));
            if (v.exec(Tr::tr("read the database header")) && v.next())
                version = v.value("user_version").toInt();
            Query o(probe, QStringLiteral("SELECT count(*) AS objects FROM sqlite_master"));
            if (o.exec(Tr::tr("read the database header")) && o.next())
                objects = o.value("objects").toInt();
            if (version < 0 || objects < 0)
                problem = placeProblem(info);
            if (problem.isEmpty() && (version < 0 || objects < 0))
                problem = Tr::tr("\"%1\" could not be read (%2). It was left unchanged.")
                              .arg(shown, o.statement().lastError().text());
        }
        probe.close();
    }
    QSqlDatabase::removeDatabase(probeName);
    if (!problem.isEmpty())
        return R::failure(problem);
    if (objects == 0 && version == 0)
        return R::failure(empty);
    // An older club file is upgraded (after keeping a copy) where it may be written.
    if (version > 0 && version < migrations::latestVersion() && writablePlace(info))
        return open(path);
    return openReadOnly(path);
}

qint64 Store::dataVersion() const
{
    Query q(database(), QStringLiteral("PRAGMA data_version"));
    if (q.exec(Tr::tr("check the database for changes")) && q.next())
        return q.value("data_version").toLongLong();
    return -1;
}

void Store::watchOtherWriters(int intervalMs)
{
    if (intervalMs <= 0) {
        if (m_otherWriters)
            m_otherWriters->stop();
        return;
    }
    if (!m_otherWriters) {
        m_otherWriters = new QTimer(this);
        connect(m_otherWriters, &QTimer::timeout, this, &Store::checkOtherWriters);
    }
    m_seenVersion = dataVersion();
    m_otherWriters->start(intervalMs);
}

void Store::checkOtherWriters()
{
    if (m_transactionDepth > 0)
        return; // this store is writing: the next check
    const qint64 version = dataVersion();
    if (version < 0 || version == m_seenVersion)
        return;
    Query q(database(), QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite%' ORDER BY name"));
    if (!q.exec(Tr::tr("read the database's tables")))
        return; // logged by Query; the next check tries again
    m_seenVersion = version;
    QStringList tables;
    while (q.next())
        tables << q.value("name").toString();
    qCInfo(lcStore).noquote() << QStringLiteral("%1 was changed by another program: showing it")
                                     .arg(QDir::toNativeSeparators(m_path));
    for (const QString &table : std::as_const(tables))
        emit changed(table);
}

Status Store::initialise()
{
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("PRAGMA busy_timeout = 5000"),
    };
    for (const QString &pragma : pragmas) {
        Query q(database(), pragma);
        if (Status s = q.exec(Tr::tr("set up the database")); !s)
            return s;
    }
    return Status::success();
}

int Store::schemaVersion() const
{
    // A failure is logged by Query; migrate() turns -1 into a message.
    Query q(database(), QStringLiteral("PRAGMA user_version"));
    if (q.exec(Tr::tr("read the database version")) && q.next())
        return q.value("user_version").toInt();
    return -1;
}

Status Store::migrate()
{
    const int current = schemaVersion();
    if (current < 0)
        return Status::failure(Tr::tr("Could not read the database version."));
    for (const migrations::Step &step : migrations::steps()) {
        if (step.version <= current)
            continue;
        qCInfo(lcStore).noquote() << "upgrading to version" << step.version << "-"
                                  << QString::fromUtf8(step.summary);
        Transaction transaction(*this);
        if (Status s = transaction.begun(); !s)
            return s;
        QStringList statements = step.statements;
        if (step.version == 1)
            statements << QStringLiteral("PRAGMA application_id = ") +
                              QString::number(applicationId);
        statements << QStringLiteral("PRAGMA user_version = ") + QString::number(step.version);
        static const QRegularExpression addColumn(
            QStringLiteral("^ALTER TABLE (\\w+) ADD COLUMN (\\w+)"));
        for (const QString &sql : std::as_const(statements)) {
            // A file taken back to an older version runs the step again: a column it added
            // then is there already (SQLite has no ADD COLUMN IF NOT EXISTS).
            if (const auto m = addColumn.match(sql); m.hasMatch()) {
                Query has(database(), QStringLiteral("SELECT count(*) AS found FROM "
                                                     "pragma_table_info(?) WHERE name = ?"));
                if (Status s = has.bind(m.captured(1)).bind(m.captured(2)).exec(
                        Tr::tr("upgrade the database to version %1").arg(step.version));
                    !s)
                    return s;
                if (has.next() && has.value("found").toInt() > 0)
                    continue;
            }
            Query q(database(), sql);
            if (Status s = q.exec(Tr::tr("upgrade the database to version %1").arg(step.version));
                !s)
                return s;
        }
        if (Status s = transaction.commit(); !s)
            return s;
    }
    return Status::success();
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

QString Store::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

qint64 Store::nextStamp()
{
    const qint64 physical = QDateTime::currentMSecsSinceEpoch() << 16;
    m_lastStamp = std::max(physical, m_lastStamp + 1);
    return m_lastStamp;
}

Store::Transaction::Transaction(Store &store) : m_store(store)
{
    if (m_store.m_transactionDepth > 0) {
        ++m_store.m_transactionDepth;
        m_open = true;
        return;
    }
    Query begin(m_store.database(), QStringLiteral("BEGIN IMMEDIATE"));
    m_begun = begin.exec(Store::tr("start saving"));
    if (!m_begun)
        return;
    ++m_store.m_transactionDepth;
    m_outermost = true;
    m_open = true;
}

Store::Transaction::~Transaction()
{
    if (m_open)
        rollback();
}

Status Store::Transaction::commit()
{
    if (!m_begun)
        return m_begun;
    if (!m_open)
        return Status::failure(QStringLiteral("internal error: a transaction committed twice"));
    if (m_outermost) {
        Query end(m_store.database(), QStringLiteral("COMMIT"));
        if (Status s = end.exec(Store::tr("save the changes")); !s) {
            rollback();
            return s;
        }
    }
    --m_store.m_transactionDepth;
    m_open = false;
    if (m_outermost) {
        const QSet<QString> tables = std::exchange(pendingChanges(), {});
        for (const QString &table : tables)
            emit m_store.changed(table);
    }
    return Status::success();
}

void Store::Transaction::rollback()
{
    --m_store.m_transactionDepth;
    m_open = false;
    // An inner transaction leaves the decision to the outermost one.
    if (!m_outermost)
        return;
    Query undo(m_store.database(), QStringLiteral("ROLLBACK"));
    // Query logs a failure; there is nothing more to do about it here (a destructor may be
    // running) and nothing for a caller to show, since its own failure is what it reports.
    static_cast<void>(undo.exec(Store::tr("undo the unsaved changes")));
    pendingChanges().clear();
}

Status Store::transaction(const std::function<Status()> &work)
{
    Transaction transaction(*this);
    if (Status s = transaction.begun(); !s)
        return s;
    if (Status s = work(); !s)
        return s;
    return transaction.commit();
}

namespace {
Status checkTable(const QString &table)
{
    if (!migrations::syncedTables().contains(table))
        return Status::failure(QStringLiteral("internal error: unknown table %1").arg(table));
    return Status::success();
}

// Text holding an invisible control character (NUL and the like; tabs and line breaks are text)
// is refused at the door: the club's server cannot store some of them, and none is ever meant.
Status checkText(const QVariantMap &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.value().typeId() != QMetaType::QString)
            continue;
        const QString text = it.value().toString();
        const qsizetype at = Store::controlCharacterAt(text);
        if (at < 0)
            continue;
        QString shown = text;
        for (QChar &c : shown)
            if (Store::controlCharacterAt(QString(c)) == 0)
                c = QChar(0xFFFD);
        return Status::failure(QCoreApplication::translate(
                                   "Store",
                                   "The text \"%1\" holds an invisible control character (code "
                                   "%2), which cannot be saved. Type it again without it.")
                                   .arg(shown.left(80))
                                   .arg(QStringLiteral("U+%1")
                                            .arg(text.at(at).unicode(), 4, 16, QLatin1Char('0'))
                                            .toUpper()));
    }
    return Status::success();
}
} // namespace

qsizetype Store::controlCharacterAt(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if ((c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || c == 0x7F)
            return i;
    }
    return -1;
}

Result<QString> Store::insert(const QString &table, QVariantMap values)
{
    if (Status s = checkTable(table); !s)
        return Result<QString>::failure(s.error());
    if (Status s = checkText(values); !s)
        return Result<QString>::failure(s.error());
    if (!values.contains(QStringLiteral("id")))
        values.insert(QStringLiteral("id"), newId());
    values.insert(QStringLiteral("modified"), nextStamp());
    values.insert(QStringLiteral("origin"), m_deviceId);
    QStringList columns;
    QStringList marks;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!validIdentifier(it.key()))
            return Result<QString>::failure(
                QStringLiteral("internal error: bad column %1").arg(it.key()));
        columns << it.key();
        marks << QStringLiteral("?");
    }
    Query q(database(),
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.bind(it.value());
    if (Status s = q.exec(Tr::tr("save the new record")); !s)
        return Result<QString>::failure(s.error());
    if (m_transactionDepth > 0)
        pendingChanges().insert(table);
    else
        emit changed(table);
    return values.value(QStringLiteral("id")).toString();
}

Result<QStringList> Store::insertMany(const QString &table, const QList<QVariantMap> &rows)
{
    using R = Result<QStringList>;
    if (Status s = checkTable(table); !s)
        return R::failure(s.error());
    QStringList ids;
    if (rows.isEmpty())
        return ids;
    QStringList columns = rows.first().keys();
    columns.removeAll(QStringLiteral("modified"));
    columns.removeAll(QStringLiteral("origin"));
    if (!columns.contains(QStringLiteral("id")))
        columns << QStringLiteral("id");
    QStringList marks;
    for (const QString &c : std::as_const(columns)) {
        if (!validIdentifier(c))
            return R::failure(QStringLiteral("internal error: bad column %1").arg(c));
        marks << QStringLiteral("?");
    }
    Query q(database(), QStringLiteral("INSERT INTO %1 (%2, modified, origin) VALUES (%3, ?, ?)")
                            .arg(table, columns.join(QStringLiteral(", ")),
                                 marks.join(QStringLiteral(", "))));
    ids.reserve(rows.size());
    for (const QVariantMap &row : rows) {
        const QString id = row.contains(QStringLiteral("id"))
                               ? row.value(QStringLiteral("id")).toString()
                               : newId();
        for (const QString &c : std::as_const(columns)) {
            if (c == QLatin1String("id"))
                q.bind(id);
            else if (!row.contains(c))
                return R::failure(QStringLiteral("internal error: rows without %1").arg(c));
            else
                q.bind(row.value(c));
        }
        q.bind(nextStamp()).bind(m_deviceId);
        if (Status s = q.exec(tr("save the new record")); !s)
            return R::failure(s.error());
        ids << id;
    }
    if (m_transactionDepth > 0)
        pendingChanges().insert(table);
    else
        emit changed(table);
    return ids;
}

Status Store::update(const QString &table, const QString &id, const QVariantMap &values)
{
    if (Status s = checkTable(table); !s)
        return s;
    if (Status s = checkText(values); !s)
        return s;
    QStringList sets;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!validIdentifier(it.key()) || it.key() == QLatin1String("id"))
            return Status::failure(QStringLiteral("internal error: bad column %1").arg(it.key()));
        sets << it.key() + QStringLiteral(" = ?");
    }
    sets << QStringLiteral("modified = ?") << QStringLiteral("origin = ?");
    Query q(database(), QStringLiteral("UPDATE %1 SET %2 WHERE id = ? AND deleted = 0")
                            .arg(table, sets.join(QStringLiteral(", "))));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.bind(it.value());
    q.bind(nextStamp()).bind(m_deviceId).bind(id);
    if (Status s = q.exec(Tr::tr("save the change")); !s)
        return s;
    if (q.rowsAffected() != 1)
        return Status::failure(Tr::tr("The record to change no longer exists."));
    if (m_transactionDepth > 0)
        pendingChanges().insert(table);
    else
        emit changed(table);
    return Status::success();
}

Status Store::remove(const QString &table, const QString &id)
{
    if (Status s = checkTable(table); !s)
        return s;
    Query q(database(), QStringLiteral("UPDATE %1 SET deleted = 1, modified = ?, origin = ? "
                                       "WHERE id = ? AND deleted = 0")
                            .arg(table));
    q.bind(nextStamp()).bind(m_deviceId).bind(id);
    if (Status s = q.exec(Tr::tr("delete the record")); !s)
        return s;
    if (q.rowsAffected() != 1)
        return Status::failure(Tr::tr("The record to delete no longer exists."));
    if (m_transactionDepth > 0)
        pendingChanges().insert(table);
    else
        emit changed(table);
    return Status::success();
}

Status Store::backupTo(const QString &file) const
{
    if (QFileInfo::exists(file))
        return Status::failure(
            Tr::tr("\"%1\" already exists; choose a new file name for the backup.")
                .arg(QDir::toNativeSeparators(file)));
    Query q(database(), QStringLiteral("VACUUM INTO ?"));
    q.bind(file);
    return q.exec(Tr::tr("write the backup"));
}

bool Store::hasClub() const
{
    Query q(database(), QStringLiteral("SELECT count(*) AS clubs FROM club WHERE deleted = 0"));
    if (!q.exec(Tr::tr("read the club")) || !q.next())
        return false;
    return q.value("clubs").toInt() > 0;
}

ClubInfo Store::club() const
{
    ClubInfo info;
    Query q(database(), QStringLiteral("SELECT id, name, time_zone FROM club WHERE deleted = 0 "
                                       "ORDER BY created_at LIMIT 1"));
    if (q.exec(Tr::tr("read the club")) && q.next()) {
        info.id = q.value("id").toString();
        info.name = q.value("name").toString();
        info.timeZone = q.value("time_zone").toString().toUtf8();
    }
    return info;
}

ClubTime Store::clubTime() const
{
    return ClubTime(club().timeZone);
}

int Store::currentSeason() const
{
    return clubTime().seasonAt();
}

Status Store::createClub(const QString &name, const QByteArray &timeZone)
{
    if (name.trimmed().isEmpty())
        return Status::failure(Tr::tr("Enter the club's name."));
    if (!ClubTime::isKnownZone(timeZone))
        return Status::failure(Tr::tr("\"%1\" is not a time zone this computer knows.")
                                   .arg(QString::fromUtf8(timeZone)));
    if (hasClub())
        return Status::failure(Tr::tr("This database already holds a club."));

    QFile lakesFile(QStringLiteral(":/data/lakes.json"));
    if (!lakesFile.open(QIODevice::ReadOnly))
        return Status::failure(Tr::tr("The list of lakes is missing from this installation."));
    const QJsonArray lakes =
        QJsonDocument::fromJson(lakesFile.readAll()).object().value(QStringLiteral("lakes")).toArray();

    Transaction transaction(*this);
    if (Status s = transaction.begun(); !s)
        return s;
    auto club = insert(QStringLiteral("club"),
                       {{QStringLiteral("name"), name.trimmed()},
                        {QStringLiteral("time_zone"), QString::fromUtf8(timeZone)},
                        {QStringLiteral("created_at"), QDateTime::currentMSecsSinceEpoch()}});
    if (!club)
        return Status::failure(club.error());
    for (const QJsonValue &lakeValue : lakes) {
        const QJsonObject lake = lakeValue.toObject();
        auto lakeId = insert(QStringLiteral("lakes"),
                             {{QStringLiteral("key"), lake.value(QStringLiteral("key")).toString()},
                              {QStringLiteral("name"), lake.value(QStringLiteral("name")).toString()},
                              {QStringLiteral("paper"), lake.value(QStringLiteral("paper")).toBool() ? 1 : 0}});
        if (!lakeId)
            return Status::failure(lakeId.error());
        for (const QJsonValue &rampValue : lake.value(QStringLiteral("ramps")).toArray()) {
            const QJsonObject ramp = rampValue.toObject();
            auto rampId = insert(
                QStringLiteral("ramps"),
                {{QStringLiteral("lake_id"), lakeId.value()},
                 {QStringLiteral("name"), ramp.value(QStringLiteral("name")).toString()},
                 {QStringLiteral("latitude"), ramp.value(QStringLiteral("lat")).toDouble()},
                 {QStringLiteral("longitude"), ramp.value(QStringLiteral("lon")).toDouble()}});
            if (!rampId)
                return Status::failure(rampId.error());
        }
    }
    // The current season's rules from the bylaws; later seasons start from a copy of them.
    const int season = ClubTime(timeZone).seasonAt();
    const Ruleset rules = Ruleset::bylaws(season);
    auto rulesId = insert(QStringLiteral("rulesets"),
                          {{QStringLiteral("season"), season},
                           {QStringLiteral("name"), rules.name},
                           {QStringLiteral("settings"), QString::fromUtf8(rules.toJson())}});
    if (!rulesId)
        return Status::failure(rulesId.error());
    return transaction.commit();
}
