#include "sync/outbox.h"

#include "sync/localdatabase.h"
#include "sync/rowformat.h"
#include "sync/syncengine.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlRecord>

namespace Sync {

namespace {

// SQLite takes at most 127 arguments to json_object: a wider table's rows all go the changed way.
constexpr int bulkColumnLimit = 60;

// The marked rows of one table (bound first) with the row here (t) and its base (b).
QString markedRowsSource(const QString &table)
{
    return QStringLiteral("FROM sync_dirty d LEFT JOIN %1 t ON t.id = d.id "
                          "LEFT JOIN sync_base b ON b.tbl = d.tbl AND b.id = d.id WHERE d.tbl = ? ")
        .arg(table);
}

// A data column's name in a result that also holds meta and base columns.
QString fieldAlias(const QString &column)
{
    return QStringLiteral("field_") + column;
}

void appendCopyLine(QByteArray &lines, const QString &id, const QString &data,
                    const QString &stamps, const QString &fromStamps, bool deleted, qint64 modified,
                    const QString &origin)
{
    appendCopyField(lines, id);
    lines += '\t';
    appendCopyField(lines, data);
    lines += '\t';
    appendCopyField(lines, stamps);
    lines += '\t';
    appendCopyField(lines, fromStamps);
    lines += deleted ? "\tt\t" : "\tf\t";
    lines += QByteArray::number(modified);
    lines += '\t';
    appendCopyField(lines, origin);
    lines += '\n';
}

QVariant orNull(const QString &text)
{
    return text.isNull() ? QVariant() : QVariant(text);
}

} // namespace

Result<QStringList> Outbox::pendingOperations() const
{
    Query q =
        m_local.query(QStringLiteral("SELECT op_id FROM sync_outbox ORDER BY created_at, op_id"));
    if (Status s = q.exec(tr("read the changes waiting to be sent")); !s)
        return Result<QStringList>::failure(s.error());
    QStringList ids;
    while (q.next())
        ids << q.value("op_id").toString();
    return ids;
}

Result<std::vector<OutboxGroup>> Outbox::groupsOf(const QString &opId) const
{
    using R = Result<std::vector<OutboxGroup>>;
    Query q = m_local.query(QStringLiteral("SELECT tbl, count(*) AS count FROM sync_outbox_rows "
                                           "WHERE op_id = ? GROUP BY tbl"));
    if (Status s = q.bind(opId).exec(tr("read the changes waiting to be sent")); !s)
        return R::failure(s.error());
    std::vector<OutboxGroup> groups;
    while (q.next())
        groups.push_back({q.value("tbl").toString(), q.value("count").toInt()});
    const QStringList &tables = m_local.tables();
    const auto rank = [&](const OutboxGroup &g) {
        const qsizetype i = tables.indexOf(g.table);
        return i < 0 ? tables.size() : i;
    };
    std::stable_sort(groups.begin(), groups.end(), [&](const OutboxGroup &a, const OutboxGroup &b) {
        return rank(a) != rank(b) ? rank(a) < rank(b) : a.table < b.table;
    });
    return groups;
}

Result<bool> Outbox::anyMarked() const
{
    Query q = m_local.query(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_dirty WHERE tbl IN "
                                           "(SELECT value FROM json_each(?))) AS any_marked"));
    if (Status s = q.bind(jsonList(m_local.tables())).exec(tr("collect the changes")); !s)
        return Result<bool>::failure(s.error());
    return q.next() && q.value("any_marked").toBool();
}

Result<int> Outbox::markedCount() const
{
    Query q = m_local.query(QStringLiteral("SELECT count(*) AS marked FROM sync_dirty"));
    if (Status s = q.exec(tr("collect the changes")); !s)
        return Result<int>::failure(s.error());
    return q.next() ? q.value("marked").toInt() : 0;
}

Result<QStringList> Outbox::markedTables() const
{
    Query q = m_local.query(QStringLiteral("SELECT DISTINCT tbl FROM sync_dirty"));
    if (Status s = q.exec(tr("collect the changes")); !s)
        return Result<QStringList>::failure(s.error());
    QSet<QString> present;
    while (q.next())
        present.insert(q.value("tbl").toString());
    QStringList tables;
    for (const QString &table : m_local.tables())
        if (present.contains(table))
            tables << table;
    return tables;
}

Status Outbox::addOperation(const QString &opId) const
{
    return m_local
        .query(QStringLiteral("INSERT INTO sync_outbox (op_id, created_at) VALUES (?, ?)"))
        .bind(opId)
        .bind(QDateTime::currentMSecsSinceEpoch())
        .exec(tr("keep the changes to send"));
}

Status Outbox::collect(const QString &opId, const QString &table, Collector &c, int limit,
                       QByteArray &lines, int &rows) const
{
    rows = 0;
    if (c.step == CollectStep::NewRows) {
        bool windowEmpty = m_local.columns(table).size() > bulkColumnLimit;
        if (!windowEmpty) {
            if (Status s = collectNewRows(opId, table, c, limit, lines, rows, windowEmpty); !s)
                return s;
        }
        if (!windowEmpty)
            return Status::success();
        c.step = CollectStep::ChangedRows;
    }
    if (c.step != CollectStep::ChangedRows)
        return Status::success();
    c.step = CollectStep::Done;
    return collectChangedRows(opId, table, lines, rows);
}

// The next `limit` marked rows of the table, by id, in one short transaction: those the server has
// never seen (no base) go whole, their JSON written by SQLite; the others wait for the changed
// way. Numbers with a fraction and binary values take the changed way too, which formats them
// exactly.
Status Outbox::collectNewRows(const QString &opId, const QString &table, Collector &c, int limit,
                              QByteArray &lines, int &rows, bool &windowEmpty) const
{
    const QString what = tr("collect the changes to %1").arg(SyncEngine::tableLabel(table));
    LocalDatabase::Transaction transaction(m_local);
    if (Status s = transaction.begun(); !s)
        return s;
    Query window = m_local.query(
        QStringLiteral("SELECT max(id) AS last FROM (SELECT id FROM sync_dirty "
                       "WHERE tbl = ? AND id > coalesce(?, '') ORDER BY id LIMIT ?)"));
    if (Status s = window.bind(table).bind(c.after).bind(limit).exec(what); !s)
        return s;
    const QVariant last = window.next() ? window.value("last") : QVariant();
    window.statement().finish();
    windowEmpty = last.isNull();
    if (windowEmpty)
        return transaction.commit();
    const QString from = std::exchange(c.after, last.toString());
    QStringList fieldPairs, plain;
    for (const QString &col : m_local.columns(table)) {
        fieldPairs << QStringLiteral("'%1', t.%1").arg(col);
        plain << QStringLiteral("typeof(t.%1) NOT IN ('real', 'blob')").arg(col);
    }
    // Each row written to the outbox comes back as its COPY line (JSON text holds no raw tab or
    // line break, so only its backslashes need doubling).
    Query bulk = m_local.query(
        QStringLiteral("INSERT INTO sync_outbox_rows (op_id, tbl, id, data, del, m, o) "
                       "SELECT ?, d.tbl, d.id, json_object(%1), "
                       "coalesce(t.deleted, 0) <> 0, t.modified, t.origin %2 "
                       "AND d.id > coalesce(?, '') AND d.id <= ? AND t.id IS NOT NULL "
                       "AND b.id IS NULL AND %3 ORDER BY d.id RETURNING "
                       "%4 || char(9) || replace(data, '\\', '\\\\') || "
                       "char(9) || '\\N' || char(9) || '\\N' || char(9) || "
                       "CASE WHEN del THEN 't' ELSE 'f' END || char(9) || m || "
                       "char(9) || %5 || char(10) AS line")
            .arg(fieldPairs.join(QStringLiteral(", ")), markedRowsSource(table),
                 plain.join(QStringLiteral(" AND ")), copyTextSql(QStringLiteral("id")),
                 copyTextSql(QStringLiteral("o"))));
    bulk.statement().setForwardOnly(true);
    if (Status s = bulk.bind(opId).bind(table).bind(from).bind(c.after).exec(what); !s)
        return s;
    const int line = columnIndex(bulk, QStringLiteral("line"));
    while (bulk.next()) {
        lines += bulk.statement().value(line).toString().toUtf8();
        ++rows;
    }
    bulk.statement().finish();
    if (rows == 0)
        return transaction.commit();
    // In the outbox now: no longer marked (a later edit marks them again).
    Query unmark = m_local.query(
        QStringLiteral("DELETE FROM sync_dirty WHERE tbl = ? AND id > coalesce(?, '') "
                       "AND id <= ? AND id IN (SELECT id FROM sync_outbox_rows "
                       "WHERE op_id = ? AND tbl = ? AND id > coalesce(?, '') AND id <= ?)"));
    unmark.bind(table).bind(from).bind(c.after).bind(opId).bind(table).bind(from).bind(c.after);
    if (Status s = unmark.exec(what); !s)
        return s;
    return transaction.commit();
}

// Every other marked row (edited, deleted, with fractions, or marked meanwhile) goes the changed
// way, in one transaction, which compares each field with the row's base. A row already in this
// operation and changed again stays marked for the next one.
Status Outbox::collectChangedRows(const QString &opId, const QString &table, QByteArray &lines,
                                  int &rows) const
{
    LocalDatabase::Transaction transaction(m_local);
    if (Status s = transaction.begun(); !s)
        return s;
    auto changed = readChangedRows(opId, table);
    if (!changed)
        return Status::failure(changed.error());
    // Every row just read is now on its way (the write lock held since BEGIN IMMEDIATE means none
    // was marked meanwhile); the ones already in this operation stay marked.
    Query unmark =
        m_local.query(QStringLiteral("DELETE FROM sync_dirty WHERE tbl = ? AND NOT EXISTS "
                                     "(SELECT 1 FROM sync_outbox_rows o WHERE o.op_id = ? "
                                     "AND o.tbl = sync_dirty.tbl AND o.id = sync_dirty.id)"));
    const QString what = tr("collect the changes to %1").arg(SyncEngine::tableLabel(table));
    if (Status s = unmark.bind(table).bind(opId).exec(what); !s)
        return s;
    rows = int(changed.value().size());
    if (Status s = writeChangedRows(opId, table, changed.value(), lines); !s)
        return s;
    return transaction.commit();
}

// Positions of the columns of readChangedRows's statement.
struct Outbox::ChangedColumns
{
    int id, present, modified, origin, deleted, baseData, baseStamps, baseDeleted, baseModified;
    QList<int> fields;
};

Result<std::vector<Outbox::Row>> Outbox::readChangedRows(const QString &opId,
                                                         const QString &table) const
{
    using R = Result<std::vector<Row>>;
    const QStringList columns = m_local.columns(table);
    QStringList fields;
    for (const QString &col : columns)
        fields << QStringLiteral("t.%1 AS %2").arg(col, fieldAlias(col));
    // A lazy base ("") is the row as it is here: nothing changed since.
    Query q = m_local.query(
        QStringLiteral("SELECT d.id AS id, t.id IS NOT NULL AS present, t.modified AS modified, "
                       "t.origin AS origin, t.deleted AS deleted, "
                       "CASE WHEN b.data = '' THEN %3 ELSE b.data END AS base_data, "
                       "b.stamps AS base_stamps, b.deleted AS base_deleted, "
                       "b.modified AS base_modified, %1 %2 AND NOT EXISTS "
                       "(SELECT 1 FROM sync_outbox_rows o WHERE o.op_id = ? "
                       "AND o.tbl = d.tbl AND o.id = d.id)")
            .arg(fields.join(QStringLiteral(", ")), markedRowsSource(table),
                 m_local.rowJson(table, QStringLiteral("t"))));
    q.statement().setForwardOnly(true);
    if (Status s = q.bind(table).bind(opId).exec(
            tr("collect the changes to %1").arg(SyncEngine::tableLabel(table)));
        !s)
        return R::failure(s.error());
    ChangedColumns c{columnIndex(q, QStringLiteral("id")),
                     columnIndex(q, QStringLiteral("present")),
                     columnIndex(q, QStringLiteral("modified")),
                     columnIndex(q, QStringLiteral("origin")),
                     columnIndex(q, QStringLiteral("deleted")),
                     columnIndex(q, QStringLiteral("base_data")),
                     columnIndex(q, QStringLiteral("base_stamps")),
                     columnIndex(q, QStringLiteral("base_deleted")),
                     columnIndex(q, QStringLiteral("base_modified")),
                     {}};
    for (const QString &col : columns)
        c.fields << columnIndex(q, fieldAlias(col));
    const qint64 now = QDateTime::currentMSecsSinceEpoch() << 16;
    std::vector<Row> rows;
    while (q.next()) {
        if (std::optional<Row> row = changedRow(q.statement(), c, columns, now))
            rows.push_back(std::move(*row));
    }
    return rows;
}

// A marked row as it goes to the server: the fields that differ from its base, each stamped
// newer than the stamp it was edited from. None when it is gone here and the server never had it
// or already has its tombstone.
std::optional<Outbox::Row> Outbox::changedRow(const QSqlQuery &q, const ChangedColumns &c,
                                              const QStringList &columns, qint64 now) const
{
    const QString id = q.value(c.id).toString();
    const bool hasBase = !q.value(c.baseData).isNull();
    const QJsonObject base = hasBase ? parseObject(q.value(c.baseData).toString()) : QJsonObject();
    const QJsonObject baseStamps =
        hasBase ? parseObject(q.value(c.baseStamps).toString()) : QJsonObject();
    const bool baseDeleted = hasBase && q.value(c.baseDeleted).toInt() != 0;
    const qint64 baseModified = q.value(c.baseModified).toLongLong();
    if (!q.value(c.present).toBool()) {
        // Removed from the file outright: sent as a tombstone.
        if (!hasBase || baseDeleted)
            return std::nullopt;
        return Row{id, QString(), QString(), QString(), true, now, m_local.deviceId()};
    }
    const qint64 modified = q.value(c.modified).toLongLong();
    QJsonObject fields, stamps, from;
    qint64 rowStamp = modified;
    for (int i = 0; i < columns.size(); ++i) {
        const QString &col = columns.at(i);
        const QJsonValue v = toJson(q.value(c.fields.at(i)));
        if (hasBase && base.contains(col) && base.value(col) == v)
            continue;
        fields.insert(col, v);
        qint64 stamp = modified;
        if (baseStamps.contains(col) || base.contains(col)) {
            // A field without a stamp of its own was written at the row's clock.
            const qint64 was =
                baseStamps.contains(col) ? stampOf(baseStamps.value(col)) : baseModified;
            from.insert(col, QString::number(was));
            // An edit made after seeing a value is newer than it, whatever this laptop's clock
            // says (hybrid logical clock).
            stamp = std::max(stamp, was + 1);
        }
        stamps.insert(col, QString::number(stamp));
        rowStamp = std::max(rowStamp, stamp);
    }
    // A row saved without any field changing is still sent (with no fields): the server then
    // carries its newer stamp, so every copy ends up identical.
    const bool deleted = q.value(c.deleted).toInt() != 0;
    return Row{id,
               compact(fields),
               compact(stamps),
               from.isEmpty() ? QString() : compact(from),
               deleted && !baseDeleted,
               rowStamp,
               q.value(c.origin).toString()};
}

Status Outbox::writeChangedRows(const QString &opId, const QString &table,
                                const std::vector<Row> &rows, QByteArray &lines) const
{
    Query add =
        m_local.query(QStringLiteral("INSERT INTO sync_outbox_rows (op_id, tbl, id, data, stamps, "
                                     "from_stamps, del, m, o) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Row &r : rows) {
        add.bind(opId).bind(table).bind(r.id).bind(orNull(r.data)).bind(orNull(r.stamps));
        add.bind(orNull(r.fromStamps)).bind(r.deleted ? 1 : 0).bind(r.modified).bind(r.origin);
        if (Status s = add.exec(tr("keep the changes to send")); !s)
            return s;
        appendCopyLine(lines, r.id, r.data, r.stamps, r.fromStamps, r.deleted, r.modified,
                       r.origin);
    }
    return Status::success();
}

OutboxReader::OutboxReader(const LocalDatabase &local, const QString &opId, const QString &table)
    : m_query(local.query(
          QStringLiteral("SELECT id, %1 || char(9) || %2 || char(9) || %3 || char(9) || %4 || "
                         "char(9) || CASE WHEN del THEN 't' ELSE 'f' END || char(9) || m || "
                         "char(9) || %5 || char(10) AS line FROM sync_outbox_rows "
                         "WHERE op_id = ? AND tbl = ? AND id > coalesce(?, '') ORDER BY id LIMIT ?")
              .arg(copyTextSql(QStringLiteral("id")), copyTextSql(QStringLiteral("data")),
                   copyTextSql(QStringLiteral("stamps")),
                   copyTextSql(QStringLiteral("from_stamps")), copyTextSql(QStringLiteral("o"))))),
      m_opId(opId), m_table(table)
{
    // SQLite writes each line: tab-separated, \N for none, backslash, tab and line breaks escaped.
    m_query.statement().setForwardOnly(true);
}

Status OutboxReader::next(int limit, QByteArray &lines, int &rows, bool &done)
{
    rows = 0;
    if (Status s = m_query.bind(m_opId).bind(m_table).bind(m_after).bind(limit).exec(
            tr("read the changes waiting to be sent"));
        !s)
        return s;
    const int id = columnIndex(m_query, QStringLiteral("id"));
    const int line = columnIndex(m_query, QStringLiteral("line"));
    while (m_query.next()) {
        m_after = m_query.statement().value(id).toString();
        lines += m_query.statement().value(line).toString().toUtf8();
        ++rows;
    }
    m_query.statement().finish();
    done = rows < limit;
    return Status::success();
}

} // namespace Sync
