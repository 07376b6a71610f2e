// Sync::Apply: the local half of a pull, inside the pull's local transaction with sync_guard set
// (the change-capture triggers do not mark what the server sent). Every fetched row is staged in a
// temporary table (temp.sync_pulled). Records new here, and records not marked here that the
// server has whole, are applied from there in one statement per table; the rest one by one, merged
// with the fields edited here and not pushed yet. A row that breaks a rule of this database is
// rejected: kept in sync_conflicts for the officer.
#pragma once

#include "core/result.h"
#include "store/query.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <map>
#include <memory>
#include <vector>

class PgRows;

namespace Sync {

struct Run;

// Where a staged row stands (temp.sync_pulled.state).
enum class PulledState : int {
    Waiting = 0, // not applied yet: one by one, unless a bulk statement takes it
    Applied = 1, // applied in bulk: the row here is the server's version
    New = 2,     // a record new here, being inserted in bulk
};

class Apply
{
    Q_DECLARE_TR_FUNCTIONS(Apply)
public:
    explicit Apply(Run &run);
    ~Apply();

    Status apply(const PgRows &rows);
    // Before apply(): the same-field conflicts the server found in other laptops' pushes that
    // involve a value this laptop wrote (the record was last changed here and still holds it),
    // kept as this laptop's conflicts too, whichever value won.
    Status noticeOthersConflicts(const QJsonArray &conflicts);

    int pulled() const { return m_pulled; }     // rows changed here
    int rejected() const { return m_rejected; } // rows kept for the officer
    const QSet<QString> &changedTables() const { return m_changed; }

private:
    // A fetched row to apply one by one.
    struct PulledRow
    {
        QString table;
        QString id;
        QString data;
        QString stamps;
        bool deleted;
        qint64 modified;
        QString origin;
    };
    struct TableStatements;
    struct LocalRow;

    Status readMarked();
    Status stage(const PgRows &rows, QSet<QString> &tables);
    Status applyInBulk(const QString &table);
    Status writeAppliedBases();
    Result<std::vector<PulledRow>> waitingRows();
    void prepareOneByOne();

    Status applyOne(const PulledRow &row);
    Result<TableStatements *> statementsFor(const QString &table);
    Status readLocal(const PulledRow &row, const QJsonObject &server, TableStatements &t,
                     LocalRow &local);
    QVariantList merged(const PulledRow &row, const QJsonObject &server, const TableStatements &t,
                        const LocalRow &local) const;
    Status write(const PulledRow &row, TableStatements &t, const QVariantList &values,
                 LocalRow &local, QString &failure);
    Status reject(const PulledRow &row, const QString &failure);
    // The same angler entered in one tournament here and on another laptop (two records, one
    // rule: one entry each): the record with the lower id stays live on every laptop, the other
    // becomes a tombstone that syncs, and a laptop that entered one of them keeps both sets of
    // numbers as a conflict. False when `row` is no such duplicate.
    Result<bool> settleDuplicate(const PulledRow &row, TableStatements &t, QVariantList values);
    Status writeBase(const PulledRow &row);

    Run &m_run;
    QString m_what;
    QSet<QString> m_marked; // "table/id"
    std::map<QString, std::unique_ptr<TableStatements>> m_tables;
    std::unique_ptr<Query> m_readBase;
    std::unique_ptr<Query> m_writeBase;
    std::unique_ptr<Query> m_reject;
    int m_pulled = 0;
    int m_rejected = 0;
    // Fetched rows holding invisible control characters: never applied, kept for the officer.
    std::vector<PulledRow> m_unsafe;
    QSet<QString> m_changed;
};

} // namespace Sync
