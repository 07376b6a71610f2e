#include "serverconnection.h"

#include "synclog.h"

#include <QSqlQuery>
#include <QUuid>

ServerConnection::~ServerConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase ServerConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

Result<std::unique_ptr<ServerConnection>> ServerConnection::open(const ServerUrl &url,
                                                                 const QString &password)
{
    using R = Result<std::unique_ptr<ServerConnection>>;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return R::failure(tr("This installation cannot talk to PostgreSQL servers (Qt's QPSQL "
                             "driver is missing; install libqt6sql6-psql)."));
    std::unique_ptr<ServerConnection> c(new ServerConnection());
    c->m_url = url;
    c->m_name = QStringLiteral("sabc-server-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), c->m_name);
        db.setHostName(url.host);
        db.setPort(url.port);
        db.setDatabaseName(url.database);
        db.setUserName(url.user);
        if (!password.isEmpty())
            db.setPassword(password);
        db.setConnectOptions(QStringLiteral("sslmode=%1;connect_timeout=15;"
                                            "application_name=sabc-sync")
                                 .arg(url.sslMode));
        if (!db.open())
            error = describe(db.lastError(), url);
    }
    if (!error.isEmpty()) {
        qCWarning(lcSync).noquote() << "could not connect to" << url.toString() << ":" << error;
        return R::failure(error);
    }
    QSqlQuery pid(c->database());
    if (pid.prepare(QStringLiteral("SELECT pg_backend_pid()")) && pid.exec() && pid.next())
        c->m_backendPid = pid.value(0).toInt();
    qCInfo(lcSync).noquote() << "connected to" << url.toString();
    return R(std::move(c));
}

Status ServerConnection::command(const QString &sql, const QString &what)
{
    QSqlQuery q(database());
    if (q.exec(sql)) {
        m_lastSqlState.clear();
        return Status::success();
    }
    m_lastSqlState = q.lastError().nativeErrorCode();
    const QString message = tr("Could not %1: %2").arg(what, describe(q.lastError(), m_url));
    qCWarning(lcSync).noquote() << message;
    return Status::failure(message);
}

Status ServerConnection::exec(QSqlQuery &query, const QString &what)
{
    if (query.exec()) {
        m_lastSqlState.clear();
        return Status::success();
    }
    m_lastSqlState = query.lastError().nativeErrorCode();
    const QString message = tr("Could not %1: %2").arg(what, describe(query.lastError(), m_url));
    qCWarning(lcSync).noquote() << message;
    return Status::failure(message);
}

QString ServerConnection::describe(const QSqlError &error, const ServerUrl &url)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString where = QStringLiteral("%1:%2").arg(url.host).arg(url.port);
    auto has = [&](const char *needle) {
        return text.contains(QLatin1String(needle), Qt::CaseInsensitive);
    };
    if (has("password authentication failed") || has("authentication failed"))
        return tr("the server did not accept the password for \"%1\".").arg(url.user);
    if (has("no password supplied"))
        return tr("the server asks for the password of \"%1\". Sign in on the Sync page, or for "
                  "scripts set PGPASSWORD or write it in ~/.pgpass.")
            .arg(url.user);
    if (has("does not exist") && has("database"))
        return tr("the server at %1 has no database \"%2\".").arg(where, url.database);
    if (has("role") && has("does not exist"))
        return tr("the server at %1 has no login \"%2\". Ask the club's administrator to add "
                  "you (sabc server add-user).")
            .arg(where, url.user);
    if (has("SSL") || has("TLS"))
        return tr("the server at %1 does not offer an encrypted connection (TLS), or it could not "
                  "be set up (%2). Use sslmode=disable only on a trusted network.")
            .arg(where, text.trimmed());
    if (has("could not connect") || has("connection refused") || has("timeout") ||
        has("could not translate host name") || has("Network is unreachable"))
        return tr("could not reach the server at %1. Is this laptop online, and is the server "
                  "running?")
            .arg(where);
    if (has("server closed the connection") || has("terminating connection") ||
        has("no connection to the server") || has("connection to server was lost") ||
        has("unexpectedly"))
        return tr("the connection to the server was lost.");
    if (error.nativeErrorCode() == QLatin1String("42501") || has("permission denied") ||
        has("row-level security"))
        return tr("the server does not allow this for the login \"%1\".").arg(url.user);
    // The first line of the server's message; the rest is SQL context for developers.
    QString first = text.trimmed().section(u'\n', 0, 0);
    first.remove(QStringLiteral("ERROR:"));
    first = first.trimmed();
    return first.isEmpty() ? tr("unknown server error") : first;
}
