// ServerConnection: one connection to the club's PostgreSQL server (Qt's QPSQL driver), opened
// from a ServerUrl and a password, closed when the object goes. It turns the driver's errors into
// sentences a club officer understands. An empty password lets libpq use PGPASSWORD or ~/.pgpass.
#pragma once

#include "core/result.h"
#include "sync/serverurl.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>

#include <functional>
#include <memory>
#include <utility>

class QSqlQuery;
struct pg_conn;
struct pg_result;

// The rows of one query run through libpq directly (text format), for bulk transfers where the
// Qt driver's per-value conversion would dominate. Values are views into the result and valid
// while it lives.
class PgRows
{
public:
    explicit PgRows(pg_result *result = nullptr) : m_result(result) {}
    PgRows(PgRows &&other) noexcept : m_result(std::exchange(other.m_result, nullptr)) {}
    PgRows &operator=(PgRows &&other) noexcept;
    PgRows(const PgRows &) = delete;
    PgRows &operator=(const PgRows &) = delete;
    ~PgRows();

    int size() const;
    // The position of the result column `name`, -1 when there is none.
    int column(const char *name) const;
    QByteArrayView value(int row, int column) const;
    QString text(int row, int column) const { return QString::fromUtf8(value(row, column)); }

private:
    pg_result *m_result = nullptr;
};

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

    // Bulk paths through libpq on the same connection (and so in the same transaction). No QSqlQuery
    // of this connection may be left unfinished while they run.
    // COPY ... FROM STDIN in COPY text format; `next` gives one piece after another (sent while
    // the server already reads the earlier ones) and sets `end` with the last.
    using CopySource = std::function<Status(QByteArray &piece, bool &end)>;
    Status copyIn(const QString &sql, const CopySource &next, const QString &what);
    // A query with text parameters, all rows fetched at once.
    Result<PgRows> fetch(const QString &sql, const QStringList &params, const QString &what);
    // The same in two halves: the server works on the query while this laptop does something
    // else between send() and receive(); receive() must follow before anything else is sent.
    Status send(const QString &sql, const QStringList &params, const QString &what);
    Result<PgRows> receive(const QString &what);


    // The SQLSTATE of the last failure (e.g. 42501 when the server refused a change).
    QString lastSqlState() const { return m_lastSqlState; }
    // The server's own message for the last failure of a bulk path (its first line).
    QString lastServerMessage() const { return m_lastServerMessage; }

    // A server error in plain words.
    static QString describe(const QSqlError &error, const ServerUrl &url);

private:
    ServerConnection() = default;
    pg_conn *rawConnection() const;

    Status rawFailure(pg_result *result, const QString &what);
    QString m_name;
    ServerUrl m_url;
    int m_backendPid = 0;
    QString m_lastSqlState;
    QString m_lastServerMessage;
};
