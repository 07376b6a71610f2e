// RowReader: a forward-only SELECT read straight through SQLite's C interface, on the club file's
// own connection (the handle Qt's SQLite driver opened, so it sees what that connection has not
// committed yet). For the few reads of tens of thousands of rows, a whole club's history, where
// Qt SQL's QVariant per value and copy of every string cost more than SQLite's own work.
// Everything else uses Query.
//
// The same contract as Query: one prepared statement, values bound by position (`?`), every
// failure worded "Could not <what>: <SQLite's message>", logged under sabc.store and returned.
// Columns are read by position; text comes as UTF-8 views valid until the next row.
//
//     RowReader r(db, "SELECT tournament_id, fish FROM entries WHERE deleted = 0");
//     if (Status s = r.exec(tr("read the entries")); !s)
//         return s;
//     while (r.next())
//         fish[r.text(0)] += r.integer(1);
//     if (Status s = r.finish(); !s)   // an error met while stepping
//         return s;
//
// The handle may only be used when Qt's SQLite driver runs on this program's own SQLite library
// (Debian's Qt does; Qt's own Windows and macOS builds carry a copy of SQLite inside the driver).
// The build says whether it can (SABC_SQLITE_DIRECT, on for Linux), and the first read checks that
// both report the same SQLite version; otherwise the same rows are read through Qt SQL, slower.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

class RowReader
{
    Q_DECLARE_TR_FUNCTIONS(RowReader)
public:
    enum class Path {
        Fastest, // SQLite's C interface when it can be used, else Qt SQL
        QtSql,   // always Qt SQL (tests of the fallback)
    };

    RowReader(const QSqlDatabase &db, std::string_view sql, Path path = Path::Fastest);
    ~RowReader();
    RowReader(const RowReader &) = delete;
    RowReader &operator=(const RowReader &) = delete;

    // The next positional value (`?`), in order.
    RowReader &bind(qint64 value);
    // Prepares the statement and binds the values; `what` ends "Could not ...".
    Status exec(const QString &what);
    // The next row; false at the end or on an error, which finish() then returns.
    bool next();
    Status finish() const { return m_status; }
    // Whether the rows come straight from SQLite (after exec()).
    bool isDirect() const { return m_statement != nullptr; }

    bool isNull(int column) const;
    qint64 integer(int column) const;
    // UTF-8, valid until next(); empty for NULL.
    std::string_view text(int column) const;
    QString string(int column) const;

private:
    Status fail(const QString &driverMessage);
    Status execQt();

    QSqlDatabase m_db;
    std::string m_sql;
    Path m_path;
    QList<qint64> m_values;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    std::optional<QSqlQuery> m_query;  // the Qt SQL path
    mutable QList<QByteArray> m_texts; // the Qt SQL path: the row's text, as UTF-8
    QString m_what;
    Status m_status;
};
