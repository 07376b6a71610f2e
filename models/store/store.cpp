#include "store/store.h"

#include "store/migrations.h"
#include "store/query.h"
#include "store/storelog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

Q_LOGGING_CATEGORY(lcStore, "sabc.store")

namespace {

// 'SABC' in the database header, so our files are recognised and foreign SQLite files are not.
constexpr int applicationId = 0x53414243;

QString tr(const char *text)
{
    return QCoreApplication::translate("Store", text);
}

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

// Reads the first bytes of a file to tell an SQLite database from anything else.
bool looksLikeSqlite(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Could not read \"%1\": %2").arg(QDir::toNativeSeparators(path),
                                                     file.errorString());
        return false;
    }
    const QByteArray header = file.read(16);
    return header == QByteArray("SQLite format 3\0", 16);
}

} // namespace

Store::~Store()
{
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

Status Store::exec(QSqlQuery &query, const QString &what)
{
    if (query.exec())
        return Status::success();
    return Query::failure(what, query.lastError().text());
}

Result<std::unique_ptr<Store>> Store::open(const QString &path)
{
    using R = Result<std::unique_ptr<Store>>;
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    const QFileInfo info(path);
    int existingVersion = 0;

    if (info.exists() && info.isDir())
        return R::failure(tr("\"%1\" is a folder, not a club database.").arg(shown));

    if (info.exists() && info.size() > 0) {
        QString error;
        if (!looksLikeSqlite(path, &error))
            return R::failure(error.isEmpty()
                                  ? tr("\"%1\" is not a club database (it is not an SQLite "
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
                refusal = tr("\"%1\" could not be opened: %2. It was left unchanged.")
                              .arg(shown, probe.lastError().text());
            } else {
                QSqlQuery q(probe);
                if (!q.prepare(QStringLiteral("PRAGMA quick_check")) || !q.exec() || !q.next() ||
                    q.value(0).toString() != QLatin1String("ok")) {
                    refusal = tr("\"%1\" is damaged (the database check failed), so it was not "
                                 "opened and was left unchanged. Restore it from a backup.")
                                  .arg(shown);
                }
                q.finish();
                int appId = 0;
                int objects = 0;
                // The file's header: schema version, owner program, and whether it holds anything.
                auto readNumber = [&](const QString &sql, int *value) {
                    QSqlQuery r(probe);
                    if (r.prepare(sql) && r.exec() && r.next()) {
                        *value = r.value(0).toInt();
                        return;
                    }
                    if (refusal.isEmpty())
                        refusal = tr("\"%1\" could not be read (%2). It was left unchanged.")
                                      .arg(shown, r.lastError().text());
                };
                if (refusal.isEmpty()) {
                    readNumber(QStringLiteral("PRAGMA user_version"), &existingVersion);
                    readNumber(QStringLiteral("PRAGMA application_id"), &appId);
                    readNumber(QStringLiteral("SELECT count(*) FROM sqlite_master"), &objects);
                }
                if (refusal.isEmpty() &&
                    ((appId != 0 && appId != applicationId) || (appId == 0 && objects > 0))) {
                    refusal = tr("\"%1\" is an SQLite database of another program, not a club "
                                 "database. It was left unchanged.")
                                  .arg(shown);
                } else if (refusal.isEmpty() && existingVersion > migrations::latestVersion()) {
                    refusal = tr("\"%1\" was written by a newer version of SABC Tournament "
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
                    QSqlQuery copy(probe);
                    copy.prepare(QStringLiteral("VACUUM INTO ?"));
                    copy.addBindValue(backup);
                    if (!copy.exec())
                        refusal = tr("Could not keep a copy of \"%1\" before upgrading it (%2). "
                                     "It was left unchanged.")
                                      .arg(shown, copy.lastError().text());
                    else
                        qCInfo(lcStore).noquote() << "kept a copy before upgrade:" << backup;
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
            return R::failure(tr("Could not create the folder \"%1\".")
                                  .arg(QDir::toNativeSeparators(dir.absolutePath())));
    }

    std::unique_ptr<Store> store(new Store());
    store->m_path = info.absoluteFilePath();
    store->m_connection = QStringLiteral("sabc-") + newId();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connection);
        db.setDatabaseName(path);
        if (!db.open())
            return R::failure(tr("\"%1\" could not be opened: %2").arg(shown, db.lastError().text()));
    }
    if (Status s = store->initialise(); !s)
        return R::failure(s.error());
    if (Status s = store->migrate(); !s)
        return R::failure(s.error());

    QSqlQuery device(store->database());
    device.prepare(QStringLiteral("SELECT value FROM local_meta WHERE key = ?"));
    device.addBindValue(QStringLiteral("device_id"));
    if (Status s = exec(device, tr("read this laptop's device id")); !s)
        return R::failure(s.error());
    if (device.next())
        store->m_deviceId = device.value(0).toString();

    for (const QString &table : migrations::syncedTables()) {
        QSqlQuery q(store->database());
        q.prepare(QStringLiteral("SELECT coalesce(max(modified), 0) FROM ") + table);
        if (Status s = exec(q, tr("read the last change stamp")); !s)
            return R::failure(s.error());
        if (q.next())
            store->m_lastStamp = std::max(store->m_lastStamp, q.value(0).toLongLong());
    }
    qCInfo(lcStore).noquote() << "opened" << store->m_path << "version" << store->schemaVersion();
    return R(std::move(store));
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
        QSqlQuery q(database());
        q.prepare(pragma);
        if (Status s = exec(q, tr("set up the database")); !s)
            return s;
    }
    return Status::success();
}

int Store::schemaVersion() const
{
    QSqlQuery q(database());
    if (q.prepare(QStringLiteral("PRAGMA user_version")) && q.exec() && q.next())
        return q.value(0).toInt();
    qCWarning(lcStore) << "could not read the schema version:" << q.lastError().text();
    return -1;
}

Status Store::migrate()
{
    const int current = schemaVersion();
    if (current < 0)
        return Status::failure(tr("Could not read the database version."));
    for (const migrations::Step &step : migrations::steps()) {
        if (step.version <= current)
            continue;
        qCInfo(lcStore).noquote() << "upgrading to version" << step.version << "-"
                                  << QString::fromUtf8(step.summary);
        Status s = transaction([&]() -> Status {
            QStringList statements = step.statements;
            if (step.version == 1)
                statements << QStringLiteral("PRAGMA application_id = ") +
                                  QString::number(applicationId);
            statements << QStringLiteral("PRAGMA user_version = ") + QString::number(step.version);
            for (const QString &sql : std::as_const(statements)) {
                QSqlQuery q(database());
                if (!q.prepare(sql))
                    return Status::failure(tr("Could not upgrade the database to version %1: %2")
                                               .arg(step.version)
                                               .arg(q.lastError().text()));
                if (Status e = exec(q, tr("upgrade the database to version %1").arg(step.version));
                    !e)
                    return e;
            }
            return Status::success();
        });
        if (!s)
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

Status Store::transaction(const std::function<Status()> &work)
{
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        Status s = work();
        --m_transactionDepth;
        return s;
    }
    QSqlQuery begin(database());
    begin.prepare(QStringLiteral("BEGIN IMMEDIATE"));
    if (Status s = exec(begin, tr("start saving")); !s)
        return s;
    ++m_transactionDepth;
    Status result = work();
    --m_transactionDepth;
    QSqlQuery end(database());
    if (result) {
        end.prepare(QStringLiteral("COMMIT"));
        result = exec(end, tr("save the changes"));
    }
    if (!result) {
        QSqlQuery rollback(database());
        rollback.prepare(QStringLiteral("ROLLBACK"));
        if (!rollback.exec())
            qCWarning(lcStore) << "rollback failed:" << rollback.lastError().text();
        pendingChanges().clear();
        return result;
    }
    const QSet<QString> tables = std::exchange(pendingChanges(), {});
    for (const QString &table : tables)
        emit changed(table);
    return result;
}

namespace {
Status checkTable(const QString &table)
{
    if (!migrations::syncedTables().contains(table))
        return Status::failure(QStringLiteral("internal error: unknown table %1").arg(table));
    return Status::success();
}
} // namespace

Result<QString> Store::insert(const QString &table, QVariantMap values)
{
    if (Status s = checkTable(table); !s)
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
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                  .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.addBindValue(it.value());
    if (Status s = exec(q, tr("save the new record")); !s)
        return Result<QString>::failure(s.error());
    if (m_transactionDepth > 0)
        pendingChanges().insert(table);
    else
        emit changed(table);
    return values.value(QStringLiteral("id")).toString();
}

Status Store::update(const QString &table, const QString &id, const QVariantMap &values)
{
    if (Status s = checkTable(table); !s)
        return s;
    QStringList sets;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!validIdentifier(it.key()) || it.key() == QLatin1String("id"))
            return Status::failure(QStringLiteral("internal error: bad column %1").arg(it.key()));
        sets << it.key() + QStringLiteral(" = ?");
    }
    sets << QStringLiteral("modified = ?") << QStringLiteral("origin = ?");
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ? AND deleted = 0")
                  .arg(table, sets.join(QStringLiteral(", "))));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.addBindValue(it.value());
    q.addBindValue(nextStamp());
    q.addBindValue(m_deviceId);
    q.addBindValue(id);
    if (Status s = exec(q, tr("save the change")); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("The record to change no longer exists."));
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
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE %1 SET deleted = 1, modified = ?, origin = ? "
                             "WHERE id = ? AND deleted = 0")
                  .arg(table));
    q.addBindValue(nextStamp());
    q.addBindValue(m_deviceId);
    q.addBindValue(id);
    if (Status s = exec(q, tr("delete the record")); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("The record to delete no longer exists."));
    if (m_transactionDepth > 0)
        pendingChanges().insert(table);
    else
        emit changed(table);
    return Status::success();
}

Status Store::backupTo(const QString &file) const
{
    if (QFileInfo::exists(file))
        return Status::failure(tr("\"%1\" already exists; choose a new file name for the backup.")
                                   .arg(QDir::toNativeSeparators(file)));
    QSqlQuery q(database());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(file);
    return exec(q, tr("write the backup"));
}

bool Store::hasClub() const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT count(*) FROM club WHERE deleted = 0"));
    if (!exec(q, tr("read the club")) || !q.next())
        return false;
    return q.value(0).toInt() > 0;
}

ClubInfo Store::club() const
{
    ClubInfo info;
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "SELECT id, name, time_zone FROM club WHERE deleted = 0 ORDER BY created_at LIMIT 1"));
    if (exec(q, tr("read the club")) && q.next()) {
        info.id = q.value(0).toString();
        info.name = q.value(1).toString();
        info.timeZone = q.value(2).toString().toUtf8();
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
        return Status::failure(tr("Enter the club's name."));
    if (!ClubTime::isKnownZone(timeZone))
        return Status::failure(
            tr("\"%1\" is not a time zone this computer knows.").arg(QString::fromUtf8(timeZone)));
    if (hasClub())
        return Status::failure(tr("This database already holds a club."));

    QFile lakesFile(QStringLiteral(":/data/lakes.json"));
    if (!lakesFile.open(QIODevice::ReadOnly))
        return Status::failure(tr("The list of lakes is missing from this installation."));
    const QJsonArray lakes =
        QJsonDocument::fromJson(lakesFile.readAll()).object().value(QStringLiteral("lakes")).toArray();

    return transaction([&]() -> Status {
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
        return Status::success();
    });
}
