// Query: one SQL statement on a club database, the only way models/ and sync/ talk SQL.
// It prepares the statement once, binds values by position (`?`) or by name (`:name`), runs it,
// and checks both steps. Every failure is worded the same way, "Could not <what>: <driver's
// message>", logged under sabc.store and returned as a Status for the caller to show. Rows are
// read by column name, so a reordered SELECT cannot shift values.
//
//     Query q(db, QStringLiteral("SELECT id, full_name FROM anglers WHERE id = ?"));
//     if (Status s = q.bind(id).exec(tr("read the angler")); !s)
//         return s;
//     while (q.next())
//         names << q.value("full_name").toString();
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

class Query
{
    Q_DECLARE_TR_FUNCTIONS(Query)
public:
    Query(const QSqlDatabase &db, const QString &sql);

    // The next positional value (`?`), in order.
    Query &bind(const QVariant &value);
    // A named value (`:name`).
    Query &bind(const QString &placeholder, const QVariant &value);

    // Runs the statement with the values bound so far. `what` says what was being done, as the
    // end of "Could not ...": tr("read the tournaments"). Can be run again after new binds.
    Status exec(const QString &what);

    bool next() { return m_query.next(); }
    // The current row's value of `column` (its name, or its alias in the SELECT).
    // The column's position is looked up once per run (QSqlQuery would rebuild the row's
    // record on every call, in the loops that read a whole season).
    QVariant value(const QString &column) const { return m_query.value(columnIndex(column)); }
    QVariant value(const char *column) const { return value(QString::fromLatin1(column)); }
    // The current row's value at `column`, its position in the SELECT (0 first): for the few
    // loops that read tens of thousands of rows, which name their columns once, in order.
    QVariant valueAt(int column) const { return m_query.value(column); }
    bool isNullAt(int column) const { return m_query.isNull(column); }

    int rowsAffected() const { return m_query.numRowsAffected(); }
    QVariant lastInsertId() const { return m_query.lastInsertId(); }
    // The underlying statement, for what this class does not wrap (record(), isNull()).
    QSqlQuery &statement() { return m_query; }

    // The common wording of a failure, for code that runs a QSqlQuery of its own.
    static Status failure(const QString &what, const QString &driverMessage);

private:
    int columnIndex(const QString &column) const;

    QSqlQuery m_query;
    mutable QHash<QString, int> m_columns; // of the current run; empty until first read
    QString m_prepareError;
    bool m_prepared = false;
};
