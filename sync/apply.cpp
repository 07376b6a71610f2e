#include "sync/apply.h"

#include "store/store.h"
#include "sync/localdatabase.h"
#include "sync/rowformat.h"
#include "sync/serverconnection.h"
#include "sync/syncengine.h"
#include "sync/synclog.h"
#include "sync/syncrun.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QUuid>

namespace Sync {

namespace {

const QStringList metaColumns = {QStringLiteral("modified"), QStringLiteral("origin"),
                                 QStringLiteral("deleted")};

int stateValue(PulledState state)
{
    return int(state);
}

// Whether a row's JSON holds a text with an invisible control character (NUL and the like).
bool holdsControlCharacter(const QString &json)
{
    static const QRegularExpression escape(QStringLiteral("\\\\(u00[01][0-9a-fA-F]|u007[fF]|b|f)"));
    if (!json.contains(u'\\') || !escape.match(json).hasMatch())
        return false;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        if (it.value().isString() && Store::controlCharacterAt(it.value().toString()) >= 0)
            return true;
    return false;
}

// A fetched row not edited here: no mark of it in sync_dirty.
const QString notMarked = QStringLiteral("NOT EXISTS (SELECT 1 FROM sync_dirty AS d "
                                         "WHERE d.tbl = p.tbl AND d.id = p.id)");

} // namespace

// Prepared statements for applying one table's rows one by one.
struct Apply::TableStatements
{
    TableStatements(const LocalDatabase &local, const QString &table, const QStringList &columns)
        : columns(columns + metaColumns), dataColumns(int(columns.size())),
          insert(local.query(insertSql(table, this->columns))),
          update(local.query(updateSql(table, this->columns))),
          select(local.query(QStringLiteral("SELECT %2 FROM %1 WHERE id = ?")
                                 .arg(table, this->columns.join(QStringLiteral(", ")))))
    {
    }
    static QString insertSql(const QString &table, const QStringList &columns)
    {
        QStringList marks;
        for (qsizetype i = 0; i < columns.size(); ++i)
            marks << QStringLiteral("?");
        return QStringLiteral("INSERT INTO %1 (id, %2) VALUES (?, %3)")
            .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    }
    // Writes only when something differs.
    static QString updateSql(const QString &table, const QStringList &columns)
    {
        QStringList sets, differs;
        for (const QString &c : columns) {
            sets << c + QStringLiteral(" = ?");
            differs << c + QStringLiteral(" IS NOT ?");
        }
        return QStringLiteral("UPDATE %1 SET %2 WHERE id = ? AND (%3)")
            .arg(table, sets.join(QStringLiteral(", ")), differs.join(QStringLiteral(" OR ")));
    }

    QStringList columns; // the data columns, then modified, origin, deleted
    int dataColumns;
    bool empty = false; // no row here at all
    Query insert;
    Query update;
    Query select;
    QList<int> selectIndex; // where `columns` are in select's result, found at its first use
};

// The row as it is here, for merging a fetched row into it.
struct Apply::LocalRow
{
    bool marked = false; // edited here and not pushed yet
    bool exists = false;
    QVariantList values; // as TableStatements::columns; empty when not read
    bool hasBase = false;
    bool baseIsLocal = false; // a lazy base: the row as it is here
    QJsonObject base;
    bool applied = false;
};

Apply::Apply(Run &run) : m_run(run), m_what(tr("apply the changes")) {}

Apply::~Apply() = default;

Status Apply::apply(const PgRows &rows)
{
    QElapsedTimer timer;
    timer.start();
    if (Status s = readMarked(); !s)
        return s;
    // Every fetched row goes into a table of this connection's own; new records (and records
    // that only follow the server) are applied from there in one statement per table, the rest
    // one by one below.
    QSet<QString> staged;
    if (Status s = stage(rows, staged); !s)
        return s;
    for (const QString &table : m_run.local.tables()) {
        if (!staged.contains(table))
            continue;
        if (Status s = applyInBulk(table); !s)
            return s;
    }
    if (Status s = writeAppliedBases(); !s)
        return s;
    auto waiting = waitingRows();
    if (!waiting)
        return Status::failure(waiting.error());
    prepareOneByOne();
    for (const PulledRow &row : std::exchange(m_unsafe, {}))
        if (Status s = reject(row, tr("it holds an invisible control character (such as NUL), "
                                      "which this laptop does not take in"));
            !s)
            return s;
    int done = rows.size() - int(waiting.value().size());
    for (const PulledRow &row : waiting.value()) {
        if (++done % 2000 == 0)
            m_run.report(tr("Applying changes"), done, rows.size());
        if (Status s = applyOne(row); !s)
            return s;
    }
    m_tables.clear();
    qCDebug(lcSync) << "applied" << rows.size() << "rows (" << waiting.value().size()
                    << "one by one) in" << timer.elapsed() << "ms";
    return Status::success();
}

Status Apply::noticeOthersConflicts(const QJsonArray &conflicts)
{
    const QString what = tr("record a conflict");
    Query seen = m_run.local.query(QStringLiteral(
        "SELECT EXISTS (SELECT 1 FROM sync_conflicts WHERE kind = 'value' AND tbl = ? AND "
        "row_id = ? AND field = ? AND mine = ? AND theirs = ?) AS seen"));
    Query keep = m_run.local.query(
        QStringLiteral("INSERT INTO sync_conflicts (id, kind, tbl, row_id, field, mine, theirs, "
                       "mine_won, detected_at) VALUES (?, 'value', ?, ?, ?, ?, ?, ?, ?)"));
    for (const QJsonValue &cv : conflicts) {
        const QJsonObject c = cv.toObject();
        const QString table = c.value(QStringLiteral("t")).toString();
        const QString id = c.value(QStringLiteral("id")).toString();
        const QString field = c.value(QStringLiteral("field")).toString();
        if (!m_run.local.isSynced(table) ||
            !SyncEngine::conflictFields().value(table).contains(field))
            continue;
        // Their "theirs" is the value that was on the server: this laptop's, if it wrote it.
        Query here = m_run.local.query(
            QStringLiteral("SELECT %1 AS value, origin FROM %2 WHERE id = ?").arg(field, table));
        if (Status s = here.bind(id).exec(what); !s)
            return s;
        if (!here.next())
            continue;
        const QJsonValue mine = toJson(here.value("value"));
        const bool mineHere = here.value("origin").toString() == m_run.local.deviceId();
        here.statement().finish();
        if (!mineHere || mine != c.value(QStringLiteral("theirs")))
            continue;
        const QString mineText = compact(QJsonArray{mine});
        const QString theirsText = compact(QJsonArray{c.value(QStringLiteral("mine"))});
        if (Status s =
                seen.bind(table).bind(id).bind(field).bind(mineText).bind(theirsText).exec(what);
            !s)
            return s;
        const bool already = seen.next() && seen.value("seen").toBool();
        seen.statement().finish();
        if (already)
            continue;
        keep.bind(QUuid::createUuid().toString(QUuid::WithoutBraces)).bind(table).bind(id);
        keep.bind(field).bind(mineText).bind(theirsText);
        keep.bind(c.value(QStringLiteral("mine_wins")).toBool() ? 0 : 1);
        keep.bind(QDateTime::currentMSecsSinceEpoch());
        if (Status s = keep.exec(what); !s)
            return s;
        ++m_rejected;
    }
    return Status::success();
}

Status Apply::readMarked()
{
    Query q = m_run.local.query(QStringLiteral("SELECT tbl, id FROM sync_dirty"));
    if (Status s = q.exec(m_what); !s)
        return s;
    const int table = columnIndex(q, QStringLiteral("tbl"));
    const int id = columnIndex(q, QStringLiteral("id"));
    while (q.next())
        m_marked.insert(q.statement().value(table).toString() + QLatin1Char('/') +
                        q.statement().value(id).toString());
    return Status::success();
}

Status Apply::stage(const PgRows &rows, QSet<QString> &tables)
{
    for (const QString &sql :
         {QStringLiteral(
              "CREATE TEMPORARY TABLE IF NOT EXISTS sync_pulled (seq INTEGER PRIMARY KEY, "
              "tbl TEXT NOT NULL, id TEXT NOT NULL, data TEXT NOT NULL, stamps TEXT NOT NULL, "
              "deleted INTEGER NOT NULL, modified INTEGER NOT NULL, origin TEXT NOT NULL, "
              "state INTEGER NOT NULL DEFAULT %1)")
              .arg(stateValue(PulledState::Waiting)),
          QStringLiteral("DELETE FROM temp.sync_pulled")})
        if (Status s = m_run.local.command(sql, m_what); !s)
            return s;
    Query add = m_run.local.query(QStringLiteral(
        "INSERT INTO temp.sync_pulled (seq, tbl, id, data, stamps, deleted, modified, origin) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const int table = rows.column("tbl"), id = rows.column("id"), data = rows.column("data"),
              stamps = rows.column("stamps"), deleted = rows.column("deleted"),
              modified = rows.column("modified"), origin = rows.column("origin");
    for (int r = 0; r < rows.size(); ++r) {
        if (holdsControlCharacter(rows.text(r, data))) {
            m_unsafe.push_back({rows.text(r, table), rows.text(r, id), rows.text(r, data),
                                rows.text(r, stamps), rows.value(r, deleted) == "1",
                                rows.value(r, modified).toByteArray().toLongLong(),
                                rows.text(r, origin)});
            continue;
        }
        tables.insert(rows.text(r, table));
        add.bind(r).bind(rows.text(r, table)).bind(rows.text(r, id)).bind(rows.text(r, data));
        add.bind(rows.text(r, stamps)).bind(rows.value(r, deleted) == "1" ? 1 : 0);
        add.bind(rows.value(r, modified).toByteArray().toLongLong()).bind(rows.text(r, origin));
        if (Status s = add.exec(m_what); !s)
            return s;
    }
    return Status::success();
}

namespace {

// The pieces of SQL that compare a staged row (p) with a table's row (x), field by field.
struct BulkSql
{
    QString names;       // every column but id
    QString values;      // the staged row's value of each
    QString sets;        // name = value, for an UPDATE
    QString allComplete; // the staged row carries every data field
    QString anyDiffers;  // some column differs from the staged row

    BulkSql(const QStringList &columns)
    {
        QStringList v, complete, differs, set;
        for (const QString &c : columns) {
            const QString field = QStringLiteral("json_extract(p.data, '$.%1')").arg(c);
            v << field;
            complete << QStringLiteral("json_type(p.data, '$.%1') IS NOT NULL").arg(c);
            differs << QStringLiteral("x.%1 IS NOT %2").arg(c, field);
        }
        for (const QString &c : metaColumns) {
            v << QStringLiteral("p.") + c;
            differs << QStringLiteral("x.%1 IS NOT p.%1").arg(c);
        }
        const QStringList all = columns + metaColumns;
        for (int i = 0; i < all.size(); ++i)
            set << QStringLiteral("%1 = %2").arg(all.at(i), v.at(i));
        names = all.join(QStringLiteral(", "));
        values = v.join(QStringLiteral(", "));
        sets = set.join(QStringLiteral(", "));
        allComplete = complete.join(QStringLiteral(" AND "));
        anyDiffers = differs.join(QStringLiteral(" OR "));
    }
};

} // namespace

// Records new here, and records not marked here that the server has whole, take the server's
// version in one statement each. A new one that breaks a rule here is left to the one-by-one way,
// which keeps it for the officer to see.
Status Apply::applyInBulk(const QString &table)
{
    const BulkSql sql(m_run.local.columns(table));
    const int waiting = stateValue(PulledState::Waiting),
              applied = stateValue(PulledState::Applied), fresh = stateValue(PulledState::New);
    auto run = [&](const QString &statement, const QVariantList &bound, int *affected = nullptr) {
        Query q = m_run.local.query(statement);
        for (const QVariant &v : bound)
            q.bind(v);
        Status s = q.exec(m_what);
        if (s && affected)
            *affected = std::max(0, q.rowsAffected());
        return s;
    };
    int inserted = 0;
    int updated = 0;
    Status s = run(QStringLiteral("UPDATE temp.sync_pulled AS p SET state = ? WHERE p.tbl = ? AND "
                                  "NOT EXISTS (SELECT 1 FROM %1 AS x WHERE x.id = p.id) AND %2")
                       .arg(table, notMarked),
                   {fresh, table});
    if (s)
        s = run(
            QStringLiteral("INSERT OR IGNORE INTO %1 (id, %2) SELECT p.id, %3 FROM "
                           "temp.sync_pulled AS p WHERE p.tbl = ? AND p.state = ? ORDER BY p.seq")
                .arg(table, sql.names, sql.values),
            {table, fresh}, &inserted);
    if (s)
        s = run(
            QStringLiteral("UPDATE temp.sync_pulled AS p SET state = CASE WHEN EXISTS (SELECT 1 "
                           "FROM %1 AS x WHERE x.id = p.id) THEN ? ELSE ? END WHERE p.tbl = ? "
                           "AND p.state = ?")
                .arg(table),
            {applied, waiting, table, fresh});
    if (s)
        s = run(QStringLiteral("UPDATE OR IGNORE %1 AS x SET %2 FROM temp.sync_pulled AS p WHERE "
                               "p.tbl = ? AND p.state = ? AND p.id = x.id AND %3 AND %4 AND (%5)")
                    .arg(table, sql.sets, sql.allComplete, notMarked, sql.anyDiffers),
                {table, waiting}, &updated);
    if (s)
        s = run(QStringLiteral("UPDATE temp.sync_pulled AS p SET state = ? WHERE p.tbl = ? AND "
                               "p.state = ? AND %1 AND %2 AND EXISTS (SELECT 1 FROM %3 AS x WHERE "
                               "x.id = p.id AND NOT (%4))")
                    .arg(sql.allComplete, notMarked, table, sql.anyDiffers),
                {applied, table, waiting});
    if (!s)
        return s;
    m_pulled += inserted + updated;
    if (inserted + updated > 0)
        m_changed.insert(table);
    return Status::success();
}

// The rows applied in bulk are exactly the server's version: their bases are left lazy ("")
// where a trigger writes them out before a change.
Status Apply::writeAppliedBases()
{
    return m_run.local
        .query(QStringLiteral("INSERT OR REPLACE INTO sync_base (tbl, id, data, stamps, deleted, "
                              "modified) SELECT tbl, id, CASE WHEN tbl IN (SELECT value FROM "
                              "json_each(?)) THEN '' ELSE data END, stamps, deleted, modified "
                              "FROM temp.sync_pulled WHERE state = ? ORDER BY tbl, id"))
        .bind(jsonList(m_run.lazyBase.values()))
        .bind(stateValue(PulledState::Applied))
        .exec(m_what);
}

Result<std::vector<Apply::PulledRow>> Apply::waitingRows()
{
    using R = Result<std::vector<PulledRow>>;
    Query q = m_run.local.query(QStringLiteral("SELECT tbl, id, data, stamps, deleted, modified, "
                                               "origin FROM temp.sync_pulled WHERE state = ? "
                                               "ORDER BY seq"));
    q.statement().setForwardOnly(true);
    if (Status s = q.bind(stateValue(PulledState::Waiting)).exec(m_what); !s)
        return R::failure(s.error());
    const int table = columnIndex(q, QStringLiteral("tbl")),
              id = columnIndex(q, QStringLiteral("id")),
              data = columnIndex(q, QStringLiteral("data")),
              stamps = columnIndex(q, QStringLiteral("stamps")),
              deleted = columnIndex(q, QStringLiteral("deleted")),
              modified = columnIndex(q, QStringLiteral("modified")),
              origin = columnIndex(q, QStringLiteral("origin"));
    std::vector<PulledRow> rows;
    const QSqlQuery &r = q.statement();
    while (q.next())
        rows.push_back({r.value(table).toString(), r.value(id).toString(), r.value(data).toString(),
                        r.value(stamps).toString(), r.value(deleted).toInt() != 0,
                        r.value(modified).toLongLong(), r.value(origin).toString()});
    return rows;
}

void Apply::prepareOneByOne()
{
    m_readBase = std::make_unique<Query>(
        m_run.local.query(QStringLiteral("SELECT data FROM sync_base WHERE tbl = ? AND id = ?")));
    m_writeBase = std::make_unique<Query>(m_run.local.query(QStringLiteral(
        "INSERT OR REPLACE INTO sync_base (tbl, id, data, stamps, deleted, modified) "
        "VALUES (?, ?, ?, ?, ?, ?)")));
    m_reject = std::make_unique<Query>(m_run.local.query(
        QStringLiteral("INSERT INTO sync_conflicts (id, kind, tbl, row_id, field, mine, theirs, "
                       "detected_at) VALUES (?, 'rejected', ?, ?, '*', ?, ?, ?)")));
}

// One row the bulk statements left: the server's version, except fields edited here and not
// pushed yet (or missing from the server's version).
Status Apply::applyOne(const PulledRow &row)
{
    if (!m_run.local.isSynced(row.table))
        return Status::success(); // a table this version of the app does not know
    auto t = statementsFor(row.table);
    if (!t)
        return Status::failure(t.error());
    const QJsonObject server = parseObject(row.data);
    LocalRow local;
    local.marked = m_marked.contains(row.table + QLatin1Char('/') + row.id);
    if (Status s = readLocal(row, server, *t.value(), local); !s)
        return s;
    const QVariantList values = merged(row, server, *t.value(), local);
    QString failure;
    if (Status s = write(row, *t.value(), values, local, failure); !s)
        return s;
    if (!failure.isEmpty() && !local.exists) {
        auto settled = settleDuplicate(row, *t.value(), values);
        if (!settled)
            return Status::failure(settled.error());
        if (settled.value()) {
            failure.clear();
            local.applied = true;
        }
    }
    if (!failure.isEmpty())
        return reject(row, failure);
    if (local.applied) {
        ++m_pulled;
        m_changed.insert(row.table);
    }
    return writeBase(row);
}

Result<Apply::TableStatements *> Apply::statementsFor(const QString &table)
{
    using R = Result<TableStatements *>;
    if (auto it = m_tables.find(table); it != m_tables.end())
        return it->second.get();
    auto t = std::make_unique<TableStatements>(m_run.local, table, m_run.local.columns(table));
    Query empty = m_run.local.query(
        QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM %1) AS empty").arg(table));
    if (Status s = empty.exec(m_what); !s)
        return R::failure(s.error());
    t->empty = empty.next() && empty.value("empty").toBool();
    TableStatements *statements = t.get();
    m_tables.emplace(table, std::move(t));
    return statements;
}

// Reads the row here when the merge needs it, and its base when it was edited here.
Status Apply::readLocal(const PulledRow &row, const QJsonObject &server, TableStatements &t,
                        LocalRow &local)
{
    bool complete = true;
    for (int i = 0; i < t.dataColumns; ++i)
        complete = complete && server.contains(t.columns.at(i));
    if (t.empty && !local.marked) {
        local.exists = false;
    } else if (!local.marked && complete) {
        local.exists = true; // decided by the update's row count
    } else {
        if (Status s = t.select.bind(row.id).exec(m_what); !s)
            return s;
        if (t.selectIndex.isEmpty())
            for (const QString &c : std::as_const(t.columns))
                t.selectIndex << columnIndex(t.select, c);
        if (t.select.next()) {
            local.exists = true;
            for (int index : std::as_const(t.selectIndex))
                local.values << t.select.statement().value(index);
        }
        t.select.statement().finish();
    }
    if (!local.marked || !local.exists)
        return Status::success();
    if (Status s = m_readBase->bind(row.table).bind(row.id).exec(m_what); !s)
        return s;
    if (m_readBase->next()) {
        local.hasBase = true;
        // A lazy base ("") is the row as it is here.
        local.baseIsLocal = m_readBase->value("data").toString().isEmpty();
        local.base = parseObject(m_readBase->value("data").toString());
    }
    m_readBase->statement().finish();
    return Status::success();
}

QVariantList Apply::merged(const PulledRow &row, const QJsonObject &server,
                           const TableStatements &t, const LocalRow &local) const
{
    QVariantList values;
    for (int i = 0; i < t.dataColumns; ++i) {
        const QString &c = t.columns.at(i);
        if (!local.values.isEmpty()) {
            const QVariant mine = local.values.at(i);
            const bool editedHere =
                local.marked && !local.baseIsLocal &&
                (!local.hasBase || !local.base.contains(c) || local.base.value(c) != toJson(mine));
            if (editedHere || !server.contains(c)) {
                values << mine;
                continue;
            }
        }
        values << toVariant(server.value(c));
    }
    qint64 modified = row.modified;
    QString origin = row.origin;
    bool deleted = row.deleted;
    if (!local.values.isEmpty() && local.marked) {
        const qint64 localModified = local.values.at(t.dataColumns).toLongLong();
        if (localModified > modified) {
            modified = localModified;
            origin = local.values.at(t.dataColumns + 1).toString();
        }
        deleted = deleted || local.values.at(t.dataColumns + 2).toInt() != 0;
    }
    values << modified << origin << (deleted ? 1 : 0);
    return values;
}

// Updates the row here or inserts it. A statement the row breaks gives `failure`, the
// database's own words, kept with the rejected row.
Status Apply::write(const PulledRow &row, TableStatements &t, const QVariantList &values,
                    LocalRow &local, QString &failure)
{
    if (local.exists) {
        for (const QVariant &v : values)
            t.update.bind(v);
        t.update.bind(row.id);
        for (const QVariant &v : values)
            t.update.bind(v);
        if (!t.update.exec(m_what)) {
            failure = t.update.statement().lastError().text();
        } else if (t.update.rowsAffected() > 0) {
            local.applied = true;
        } else if (local.values.isEmpty() && !t.empty) {
            // Nothing differed, or the row is not here yet.
            if (Status s = t.select.bind(row.id).exec(m_what); !s)
                return s;
            local.exists = t.select.next();
            t.select.statement().finish();
        }
    }
    if (local.exists || !failure.isEmpty())
        return Status::success();
    t.insert.bind(row.id);
    for (const QVariant &v : values)
        t.insert.bind(v);
    if (!t.insert.exec(m_what))
        failure = t.insert.statement().lastError().text();
    else
        local.applied = true;
    return Status::success();
}

// The row breaks a rule of this database (e.g. the same angler entered twice in one tournament
// from two laptops): kept for the officer to see.
Status Apply::reject(const PulledRow &row, const QString &failure)
{
    qCWarning(lcSync).noquote() << "could not apply" << row.table << row.id << ":" << failure;
    m_reject->bind(QUuid::createUuid().toString(QUuid::WithoutBraces)).bind(row.table);
    m_reject->bind(row.id).bind(failure).bind(row.data).bind(QDateTime::currentMSecsSinceEpoch());
    if (Status s = m_reject->exec(tr("record a record that could not be applied")); !s)
        return s;
    ++m_rejected;
    return Status::success();
}

Result<bool> Apply::settleDuplicate(const PulledRow &row, TableStatements &t, QVariantList values)
{
    using R = Result<bool>;
    // The rules "one record per ..." that two laptops can each keep while apart.
    static const QHash<QString, QStringList> oneEach = {
        {QStringLiteral("entries"), {QStringLiteral("tournament_id"), QStringLiteral("angler_id")}},
        {QStringLiteral("boats"), {QStringLiteral("tournament_id"), QStringLiteral("boater_id")}},
    };
    const auto rule = oneEach.constFind(row.table);
    if (rule == oneEach.constEnd())
        return false;
    const int deletedAt = t.dataColumns + 2;
    if (values.value(deletedAt).toInt() != 0)
        return false;
    const QStringList numbers = SyncEngine::conflictFields().value(row.table);
    QStringList where;
    for (const QString &c : rule.value())
        where << c + QStringLiteral(" = ?");
    Query other = m_run.local.query(
        QStringLiteral(
            "SELECT id, origin, modified, %1 FROM %2 WHERE %3 AND deleted = 0 AND id <> ?")
            .arg(numbers.join(QStringLiteral(", ")), row.table,
                 where.join(QStringLiteral(" AND "))));
    for (const QString &c : rule.value())
        other.bind(values.value(t.columns.indexOf(c)));
    other.bind(row.id);
    if (Status s = other.exec(m_what); !s)
        return R::failure(s.error());
    if (!other.next())
        return false;
    const QString otherId = other.value("id").toString();
    const QString otherOrigin = other.value("origin").toString();
    const qint64 otherModified = other.value("modified").toLongLong();
    QJsonObject here{{QStringLiteral("id"), otherId}};
    QJsonObject there{{QStringLiteral("id"), row.id}};
    bool differ = false;
    for (const QString &c : numbers) {
        const QJsonValue mine = toJson(other.value(c));
        const QJsonValue theirs = toJson(values.value(t.columns.indexOf(c)));
        here.insert(c, mine);
        there.insert(c, theirs);
        differ = differ || mine != theirs;
    }
    other.statement().finish();

    // The same decision on every laptop, whatever the order things arrive in: the lower id stays.
    const bool theirsStays = row.id < otherId;
    const QString loser = theirsStays ? otherId : row.id;
    const qint64 stamp =
        std::max({QDateTime::currentMSecsSinceEpoch() << 16, otherModified + 1, row.modified + 1});
    if (theirsStays) {
        Query bury = m_run.local.query(
            QStringLiteral("UPDATE %1 SET deleted = 1, modified = ?, origin = ? WHERE id = ?")
                .arg(row.table));
        if (Status s = bury.bind(stamp).bind(m_run.local.deviceId()).bind(otherId).exec(m_what); !s)
            return R::failure(s.error());
    } else {
        values[deletedAt] = 1;
    }
    t.insert.bind(row.id);
    for (const QVariant &v : std::as_const(values))
        t.insert.bind(v);
    if (!t.insert.exec(m_what)) {
        qCWarning(lcSync).noquote() << "could not settle the duplicate" << row.table << row.id
                                    << t.insert.statement().lastError().text();
        return R::failure(
            tr("Could not settle two records of the same %1: %2")
                .arg(SyncEngine::tableLabel(row.table), t.insert.statement().lastError().text()));
    }
    // The tombstone goes to the server with the next push (the change-capture triggers are off
    // while a pull is applied).
    Query mark = m_run.local.query(
        QStringLiteral("INSERT OR IGNORE INTO sync_dirty (tbl, id) VALUES (?, ?)"));
    if (Status s = mark.bind(row.table).bind(loser).exec(m_what); !s)
        return R::failure(s.error());
    qCInfo(lcSync).noquote() << "two" << row.table
                             << "for one angler:" << (theirsStays ? row.id : otherId) << "stays,"
                             << loser << "is deleted";
    const QString me = m_run.local.deviceId();
    if (!differ || (otherOrigin != me && row.origin != me))
        return true;
    Query keep = m_run.local.query(
        QStringLiteral("INSERT INTO sync_conflicts (id, kind, tbl, row_id, field, mine, theirs, "
                       "mine_won, detected_at) VALUES (?, 'duplicate', ?, ?, '*', ?, ?, ?, ?)"));
    keep.bind(QUuid::createUuid().toString(QUuid::WithoutBraces)).bind(row.table);
    keep.bind(theirsStays ? row.id : otherId).bind(compact(here)).bind(compact(there));
    keep.bind(theirsStays ? 0 : 1).bind(QDateTime::currentMSecsSinceEpoch());
    if (Status s = keep.exec(tr("record a conflict")); !s)
        return R::failure(s.error());
    ++m_rejected;
    return true;
}

Status Apply::writeBase(const PulledRow &row)
{
    m_writeBase->bind(row.table).bind(row.id).bind(row.data).bind(row.stamps);
    m_writeBase->bind(row.deleted ? 1 : 0).bind(row.modified);
    return m_writeBase->exec(m_what);
}

} // namespace Sync
