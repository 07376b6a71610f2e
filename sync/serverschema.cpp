#include "sync/serverschema.h"

#include "sync/synclog.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
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
constexpr int newestVersion = 5;

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

Result<int> migrate(ServerConnection &server, int target)
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
    // (The set-up's notices, e.g. "does not exist, skipping", are for nobody.)
    if (Status s = server.command(QStringLiteral("SET LOCAL client_min_messages = warning"),
                                  Tr::tr("start setting up the server"));
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
    for (int step = found.value() + 1; step <= std::min(target, latestVersion()); ++step) {
        if (Status s = upgradeTo(server, step); !s)
            return fail(s.error());
    }
    if (Status s = server.command(QStringLiteral("COMMIT"), Tr::tr("finish setting up the server"));
        !s)
        return Result<int>::failure(s.error());
    return found.value();
}

namespace {

// The login functions' refusals (SQLSTATE SB00n, server-v4.sql) in the officer's words.
QString loginRefusal(const QSqlQuery &q, const QString &name, const QString &fallback)
{
    const QString state = q.lastError().nativeErrorCode();
    // (42501: the login may not even call the function.)
    if (state == QLatin1String("SB001") || state == QLatin1String("42501"))
        return Tr::tr("Only the club's administrator manages logins.");
    if (state == QLatin1String("SB002"))
        return Tr::tr("That is not a role; use one of %1.").arg(roleNames().join(QStringLiteral(", ")));
    if (state == QLatin1String("SB003"))
        return Tr::tr("\"%1\" cannot be a login name.").arg(name);
    if (state == QLatin1String("SB004"))
        return Tr::tr("The login \"%1\" exists on the server but was not made for this club (it is a "
                  "server administrator's or another club's). Nothing was changed; choose another "
                  "name.")
            .arg(name);
    if (state == QLatin1String("SB005"))
        return Tr::tr("The login \"%1\" has another role in the club; a login keeps its role. Nothing "
                  "was changed. Disable it and add a new login for the new role.")
            .arg(name);
    if (state == QLatin1String("SB006"))
        return Tr::tr("You cannot disable your own login.");
    return fallback;
}

bool validVerifier(const QString &verifier)
{
    static const QRegularExpression shape(
        QStringLiteral("^SCRAM-SHA-256\\$[0-9]+:[A-Za-z0-9+/=]+\\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$"));
    return shape.match(verifier).hasMatch();
}

} // namespace

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
    q.addBindValue(role);
    q.addBindValue(scramVerifier(password));
    if (Status s = server.exec(q, Tr::tr("add the login \"%1\"").arg(name)); !s)
        return Result<bool>::failure(loginRefusal(q, name, s.error()));
    return q.next() && q.value(QStringLiteral("created")).toBool();
}

Result<QList<Login>> logins(ServerConnection &server)
{
    using R = Result<QList<Login>>;
    QSqlQuery q(server.database());
    q.prepare(QStringLiteral("SELECT login, role, enabled FROM sabc.logins()"));
    if (Status s = server.exec(q, Tr::tr("list the club's logins")); !s)
        return R::failure(loginRefusal(q, QString(), s.error()));
    QList<Login> result;
    while (q.next())
        result.append({q.value(QStringLiteral("login")).toString(),
                       q.value(QStringLiteral("role")).toString(),
                       q.value(QStringLiteral("enabled")).toBool()});
    return result;
}

Status setLoginEnabled(ServerConnection &server, const QString &name, bool enabled)
{
    QSqlQuery q(server.database());
    q.prepare(QStringLiteral("SELECT sabc.set_login_enabled(?, ?)"));
    q.addBindValue(name);
    q.addBindValue(enabled);
    const QString what = enabled ? Tr::tr("enable the login \"%1\"").arg(name)
                                 : Tr::tr("disable the login \"%1\"").arg(name);
    if (Status s = server.exec(q, what); !s)
        return Status::failure(loginRefusal(q, name, s.error()));
    return Status::success();
}

Status resetPassword(ServerConnection &server, const QString &name, const QString &password)
{
    if (password.isEmpty())
        return Status::failure(Tr::tr("The new password is empty."));
    QSqlQuery q(server.database());
    q.prepare(QStringLiteral("SELECT sabc.reset_password(?, ?)"));
    q.addBindValue(name);
    q.addBindValue(scramVerifier(password));
    if (Status s = server.exec(q, Tr::tr("reset the password of \"%1\"").arg(name)); !s)
        return Status::failure(loginRefusal(q, name, s.error()));
    return Status::success();
}

Status changeOwnPassword(ServerConnection &server, const QString &password)
{
    if (password.isEmpty())
        return Status::failure(Tr::tr("The new password is empty."));
    // ALTER ROLE takes no parameters; the verifier is made here of base64 and digits only.
    const QString verifier = scramVerifier(password);
    if (!validVerifier(verifier))
        return Status::failure(Tr::tr("The new password could not be prepared."));
    return server.command(QStringLiteral("ALTER ROLE SESSION_USER PASSWORD '%1'").arg(verifier),
                          Tr::tr("change your password on the server"));
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
