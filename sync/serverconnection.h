// ServerConnection: one connection to the club's PostgreSQL server (Qt's QPSQL driver), opened
// from a ServerUrl and a password, closed when the object goes. It turns the driver's errors into
// sentences a club officer understands. An empty password lets libpq use PGPASSWORD or ~/.pgpass.
#pragma once

#include "result.h"
#include "serverurl.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>

#include <memory>

class QSqlQuery;

class ServerConnection
{
    Q_DECLARE_TR_FUNCTIONS(ServerConnection)
public:
    ~ServerConnection();
    ServerConnection(const ServerConnection &) = delete;
    ServerConnection &operator=(const ServerConnection &) = delete;

    static Result<std::unique_ptr<ServerConnection>> open(const ServerUrl &url,
                                                          const QString &password);

    QSqlDatabase database() const;
    const ServerUrl &url() const { return m_url; }
    // The server process serving this connection (pg_backend_pid()).
    int backendPid() const { return m_backendPid; }

    // Runs a fixed statement that carries no values (BEGIN, SAVEPOINT, SET TRANSACTION...): the
    // server cannot PREPARE those.
    Status command(const QString &sql, const QString &what);
    // Runs a prepared query with its bound values; on failure the message says what was being done.
    Status exec(QSqlQuery &query, const QString &what);

    // The SQLSTATE of the last failure (e.g. 42501 when the server refused a change).
    QString lastSqlState() const { return m_lastSqlState; }

    // A server error in plain words.
    static QString describe(const QSqlError &error, const ServerUrl &url);

private:
    ServerConnection() = default;
    QString m_name;
    ServerUrl m_url;
    int m_backendPid = 0;
    QString m_lastSqlState;
};
