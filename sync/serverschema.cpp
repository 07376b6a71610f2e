#include "sync/serverschema.h"

#include "sync/synclog.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace {

// The texts of this file, in the "ServerSchema" translation context; qualified calls (Tr::tr) let
// lupdate file them under the same context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ServerSchema)
};

} // namespace

namespace ServerSchema {

namespace {

// The server's SQL: one file per schema version, 1 to this one (sync/sql/server-vN.sql,
// compiled in as resources).
constexpr int newestVersion = 3;

QString damaged(const QString &path)
{
    return Tr::tr(
               "The server set-up of this installation is damaged (%1). Reinstall SABC Tournament "
               "Manager.")
        .arg(path);
}

// A schema file's statements, run one by one. A statement ends at a line holding only ";" (as
// psql reads them); the comment lines before it are left out. A ";" line inside a $$ body would
// cut the body in two: a piece with an odd number of "$$" refuses the whole file.
Result<QStringList> statements(int version)
{
    using R = Result<QStringList>;
    const QString path = QStringLiteral(":/sync/sql/server-v%1.sql").arg(version);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return R::failure(damaged(path));
    QStringList result;
    QStringList lines;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed == QLatin1String(";")) {
            const QString sql = lines.join(u'\n');
            if (sql.count(QLatin1String("$$")) % 2 != 0)
                return R::failure(damaged(path));
            result << sql;
            lines.clear();
        } else if (!lines.isEmpty() || !(trimmed.isEmpty() || trimmed.startsWith(u"--"))) {
            lines << line;
        }
    }
    if (!lines.isEmpty() || result.isEmpty())
        return R::failure(damaged(path));
    return result;
}

// Runs one version's statements and records the version, inside the caller's transaction.
Status upgradeTo(ServerConnection &server, int version)
{
    qCInfo(lcSync) << "upgrading the server schema to version" << version;
    auto sql = statements(version);
    if (!sql)
        return Status::failure(sql.error());
    for (const QString &statement : sql.value()) {
        if (Status s =
                server.command(statement, Tr::tr("upgrade the server to version %1").arg(version));
            !s)
            return s;
    }
    QSqlQuery v(server.database());
    v.prepare(QStringLiteral("INSERT INTO sabc.meta (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    v.addBindValue(QStringLiteral("schema_version"));
    v.addBindValue(QString::number(version));
    return server.exec(v, Tr::tr("record the server's version"));
}

} // namespace

int latestVersion()
{
    return newestVersion;
}

const QStringList &roleNames()
{
    static const QStringList names = {QStringLiteral("director"), QStringLiteral("secretary"),
                                      QStringLiteral("treasurer"), QStringLiteral("admin")};
    return names;
}

Result<int> version(ServerConnection &server)
{
    QSqlQuery q(server.database());
    q.prepare(QStringLiteral("SELECT to_regclass('sabc.meta') IS NOT NULL AS set_up"));
    if (Status s = server.exec(q, Tr::tr("read the server's version")); !s)
        return Result<int>::failure(s.error());
    if (!q.next() || !q.value(QStringLiteral("set_up")).toBool())
        return 0;
    QSqlQuery v(server.database());
    v.prepare(QStringLiteral("SELECT value FROM sabc.meta WHERE key = ?"));
    v.addBindValue(QStringLiteral("schema_version"));
    if (Status s = server.exec(v, Tr::tr("read the server's version")); !s)
        return Result<int>::failure(s.error());
    return v.next() ? v.value(QStringLiteral("value")).toInt() : 0;
}

Result<int> migrate(ServerConnection &server)
{
    if (Status s = server.command(QStringLiteral("BEGIN"), Tr::tr("start setting up the server"));
        !s)
        return Result<int>::failure(s.error());
    auto fail = [&](const QString &error) {
        if (Status r = server.command(QStringLiteral("ROLLBACK"), Tr::tr("undo the set-up")); !r)
            qCWarning(lcSync).noquote() << r.error();
        return Result<int>::failure(error);
    };
    // Two set-ups at once wait for each other instead of both creating the schema.
    if (Status s = server.command(QStringLiteral("SELECT pg_advisory_xact_lock(1396851523)"),
                                  Tr::tr("wait for another set-up of the server"));
        !s)
        return fail(s.error());
    if (Status s = server.command(QStringLiteral("CREATE SCHEMA IF NOT EXISTS sabc"),
                                  Tr::tr("create the club's schema on the server"));
        !s)
        return fail(s.error());
    auto found = version(server);
    if (!found)
        return fail(found.error());
    if (found.value() > latestVersion())
        return fail(Tr::tr("The server was set up by a newer version of SABC Tournament Manager "
                           "(server version %1; this app knows up to %2). Update the app.")
                        .arg(found.value())
                        .arg(latestVersion()));
    for (int step = found.value() + 1; step <= latestVersion(); ++step) {
        if (Status s = upgradeTo(server, step); !s)
            return fail(s.error());
    }
    if (Status s = server.command(QStringLiteral("COMMIT"), Tr::tr("finish setting up the server"));
        !s)
        return Result<int>::failure(s.error());
    return found.value();
}

Result<bool> addUser(ServerConnection &server, const QString &name, const QString &role,
                     const QString &password)
{
    if (!roleNames().contains(role))
        return Result<bool>::failure(Tr::tr("\"%1\" is not a role; use one of %2.")
                                         .arg(role, roleNames().join(QStringLiteral(", "))));
    if (name.trimmed().isEmpty() || name.startsWith(QLatin1String("sabc_")) ||
        name.startsWith(QLatin1String("pg_")))
        return Result<bool>::failure(Tr::tr("\"%1\" cannot be a login name.").arg(name));
    if (password.isEmpty())
        return Result<bool>::failure(Tr::tr("The new password is empty."));
    QSqlQuery q(server.database());
    q.prepare(QStringLiteral("SELECT sabc.add_user(?, ?, ?) AS created"));
    q.addBindValue(name);
    q.addBindValue(QStringLiteral("sabc_") + role);
    q.addBindValue(scramVerifier(password));
    if (Status s = server.exec(q, Tr::tr("add the login \"%1\"").arg(name)); !s)
        return Result<bool>::failure(s.error());
    return q.next() && q.value(QStringLiteral("created")).toBool();
}

QString scramVerifier(const QString &password)
{
    constexpr int iterations = 4096;
    QByteArray salt(16, Qt::Uninitialized);
    for (char &c : salt)
        c = char(QRandomGenerator::system()->bounded(256));
    const QByteArray salted = QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, password.toUtf8(), salt, iterations, 32);
    const QByteArray clientKey = QMessageAuthenticationCode::hash(
        QByteArrayLiteral("Client Key"), salted, QCryptographicHash::Sha256);
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray serverKey = QMessageAuthenticationCode::hash(
        QByteArrayLiteral("Server Key"), salted, QCryptographicHash::Sha256);
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

} // namespace ServerSchema
