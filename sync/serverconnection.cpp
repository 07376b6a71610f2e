#include "sync/serverconnection.h"

#include "sync/synclog.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QUuid>

#include <libpq-fe.h>


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
    if (pid.prepare(QStringLiteral("SELECT pg_backend_pid() AS pid")) && pid.exec() && pid.next())
        c->m_backendPid = pid.value(QStringLiteral("pid")).toInt();
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

PgRows &PgRows::operator=(PgRows &&other) noexcept
{
    if (this != &other) {
        if (m_result)
            PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
    }
    return *this;
}

PgRows::~PgRows()
{
    if (m_result)
        PQclear(m_result);
}

int PgRows::size() const
{
    return m_result ? PQntuples(m_result) : 0;
}

int PgRows::column(const char *name) const
{
    return m_result ? PQfnumber(m_result, name) : -1;
}

QByteArrayView PgRows::value(int row, int column) const
{
    if (!m_result)
        return {};
    return QByteArrayView(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

pg_conn *ServerConnection::rawConnection() const
{
    const QVariant handle = database().driver() ? database().driver()->handle() : QVariant();
    // Qt names the type after libpq's struct or its typedef, depending on the version.
    if (!handle.isValid() || (qstrcmp(handle.typeName(), "PGconn*") != 0 &&
                              qstrcmp(handle.typeName(), "pg_conn*") != 0)) {
        qCWarning(lcSync) << "no libpq connection behind the Qt driver:" << handle.typeName();
        return nullptr;
    }
    return *static_cast<PGconn *const *>(handle.constData());
}

Status ServerConnection::rawFailure(pg_result *result, const QString &what)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    m_lastSqlState = state ? QString::fromLatin1(state) : QString();
    PGconn *conn = rawConnection();
    if (!result && !conn) {
        const QString message = tr("Could not %1: this installation's PostgreSQL driver does not "
                                   "allow bulk transfers. Reinstall SABC Tournament Manager.")
                                    .arg(what);
        qCWarning(lcSync).noquote() << message;
        return Status::failure(message);
    }
    const QString text = QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(conn));
    const char *primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    m_lastServerMessage = primary ? QString::fromUtf8(primary)
                                  : text.trimmed().section(u'\n', 0, 0);
    const QSqlError error(QString(), text, QSqlError::StatementError, m_lastSqlState);
    const QString message = tr("Could not %1: %2").arg(what, describe(error, m_url));
    qCWarning(lcSync).noquote() << message;
    return Status::failure(message);
}

Status ServerConnection::copyIn(const QString &sql, const CopySource &next, const QString &what)
{
    PGconn *conn = rawConnection();
    if (!conn)
        return rawFailure(nullptr, what);
    PGresult *start = PQexec(conn, sql.toUtf8().constData());
    if (PQresultStatus(start) != PGRES_COPY_IN) {
        Status s = rawFailure(start, what);
        PQclear(start);
        return s;
    }
    PQclear(start);
    Status source = Status::success();
    bool sent = true;
    QByteArray piece;
    for (bool end = false; !end && sent;) {
        source = next(piece, end);
        if (!source)
            break;
        if (!piece.isEmpty())
            sent = PQputCopyData(conn, piece.constData(), int(piece.size())) == 1;
    }
    const bool ended = PQputCopyEnd(conn, source && sent ? nullptr : "the copy was cut short") == 1;
    Status result = Status::success();
    // The copy's own result, then the end of the command.
    while (PGresult *r = PQgetResult(conn)) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK && result)
            result = rawFailure(r, what);
        PQclear(r);
    }
    if (!source)
        return source;
    if (result && (!sent || !ended))
        result = rawFailure(nullptr, what);
    if (result)
        m_lastSqlState.clear();
    return result;
}

Result<PgRows> ServerConnection::fetch(const QString &sql, const QStringList &params,
                                       const QString &what)
{
    if (Status s = send(sql, params, what); !s)
        return Result<PgRows>::failure(s.error());
    return receive(what);
}

Status ServerConnection::send(const QString &sql, const QStringList &params, const QString &what)
{
    PGconn *conn = rawConnection();
    if (!conn)
        return rawFailure(nullptr, what);
    std::vector<QByteArray> values;
    std::vector<const char *> pointers;
    values.reserve(params.size());
    for (const QString &p : params) {
        values.push_back(p.toUtf8());
        pointers.push_back(values.back().constData());
    }
    if (PQsendQueryParams(conn, sql.toUtf8().constData(), int(pointers.size()), nullptr,
                          pointers.data(), nullptr, nullptr, 0) != 1)
        return rawFailure(nullptr, what);
    return Status::success();
}

Result<PgRows> ServerConnection::receive(const QString &what)
{
    PGconn *conn = rawConnection();
    if (!conn)
        return Result<PgRows>::failure(rawFailure(nullptr, what).error());
    PgRows rows;
    Status status = Status::success();
    bool any = false;
    // One result for the query, then the end of it.
    while (PGresult *r = PQgetResult(conn)) {
        any = true;
        if (PQresultStatus(r) == PGRES_TUPLES_OK && status) {
            rows = PgRows(r);
            continue;
        }
        if (status && PQresultStatus(r) != PGRES_COMMAND_OK)
            status = rawFailure(r, what);
        PQclear(r);
    }
    if (status && !any)
        status = rawFailure(nullptr, what);
    if (!status)
        return Result<PgRows>::failure(status.error());
    m_lastSqlState.clear();
    m_lastServerMessage.clear();
    return Result<PgRows>(std::move(rows));
}
