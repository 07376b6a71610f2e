#include "sync/acknowledge.h"

#include "sync/localdatabase.h"
#include "sync/rowformat.h"
#include "sync/synclog.h"
#include "sync/syncrun.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QUuid>

namespace Sync {

Acknowledgement::Acknowledgement(Run &run, const QString &opId,
                                 const std::vector<OutboxGroup> &groups)
    : m_run(run), m_opId(opId), m_groups(groups)
{
}

Status Acknowledgement::record(const QJsonObject &answer, SyncReport &report)
{
    m_refused.clear();
    QHash<QString, QString> refusedTables;
    for (const QJsonValue &r : answer.value(QStringLiteral("refused")).toArray()) {
        const QJsonObject o = r.toObject();
        refusedTables.insert(o.value(QStringLiteral("t")).toString(),
                             o.value(QStringLiteral("why")).toString());
    }
    LocalDatabase::Transaction transaction(m_run.local);
    if (Status s = transaction.begun(); !s)
        return s;
    if (Status s = recordSetAside(answer); !s)
        return s;
    for (const OutboxGroup &group : m_groups) {
        const auto refusal = refusedTables.constFind(group.table);
        Status s = refusal != refusedTables.constEnd() ? recordRefused(group, refusal.value())
                                                       : recordSent(group);
        if (!s)
            return s;
    }
    if (Status s = recordConflicts(answer); !s)
        return s;
    if (Status s = clearOperation(); !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    qCDebug(lcSync) << "recorded what the server took";
    report.pushed += m_pushed;
    report.conflicts += m_conflicts;
    // One line per table, however many batches the refused changes came in.
    for (auto it = m_refused.cbegin(); it != m_refused.cend(); ++it) {
        SyncReport::Refusal &refusal = report.refusals[it.key()];
        refusal.changes += it->count;
        refusal.why = it->why;
    }
    m_refused.clear();
    for (auto it = m_setAsideCount.cbegin(); it != m_setAsideCount.cend(); ++it) {
        SyncReport::Refusal &setAside = report.setAside[it.key()];
        setAside.changes += it.value();
        if (setAside.why.isEmpty())
            setAside.why = m_setAsideWhy.value(it.key());
    }
    m_setAsideCount.clear();
    report.refused.clear();
    for (auto it = report.refusals.cbegin(); it != report.refusals.cend(); ++it)
        report.refused << tr("The server refused %n change(s) to %1 from the login \"%2\": %3. "
                             "They stay on this laptop.",
                             nullptr, it->changes)
                              .arg(SyncEngine::tableLabel(it.key()), m_run.url.user, it->why);
    for (auto it = report.setAside.cbegin(); it != report.setAside.cend(); ++it)
        report.refused << tr("The server refused %n record(s) of %1 (%2). They were set aside "
                             "and are listed with the conflicts on the Sync page; everything "
                             "else was sent.",
                             nullptr, it->changes)
                              .arg(SyncEngine::tableLabel(it.key()), it->why);
    return Status::success();
}

// Rows the server refused one by one: out of this operation (nothing of them is recorded as
// sent) and kept as named conflicts until the officer changes them, which sends them again.
Status Acknowledgement::recordSetAside(const QJsonObject &answer)
{
    const QString what = tr("set aside a refused record");
    Query drop = m_run.local.query(
        QStringLiteral("DELETE FROM sync_outbox_rows WHERE op_id = ? AND tbl = ? AND id = ?"));
    Query clear = m_run.local.query(QStringLiteral(
        "UPDATE sync_conflicts SET resolved = 1 WHERE kind = 'refused' AND tbl = ? AND row_id = ? "
        "AND resolved = 0"));
    Query keep = m_run.local.query(
        QStringLiteral("INSERT INTO sync_conflicts (id, kind, tbl, row_id, field, mine, theirs, "
                       "detected_at) VALUES (?, 'refused', ?, ?, '*', ?, NULL, ?)"));
    for (const QJsonValue &v : answer.value(QStringLiteral("set_aside")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString table = o.value(QStringLiteral("t")).toString();
        const QString id = o.value(QStringLiteral("id")).toString();
        const QString why = o.value(QStringLiteral("why")).toString();
        if (Status s = drop.bind(m_opId).bind(table).bind(id).exec(what); !s)
            return s;
        if (Status s = clear.bind(table).bind(id).exec(what); !s)
            return s;
        keep.bind(QUuid::createUuid().toString(QUuid::WithoutBraces)).bind(table).bind(id);
        keep.bind(why).bind(QDateTime::currentMSecsSinceEpoch());
        if (Status s = keep.exec(what); !s)
            return s;
        ++m_setAsideCount[table];
        if (!m_setAsideWhy.contains(table))
            m_setAsideWhy.insert(table, why);
    }
    return Status::success();
}

Status Acknowledgement::recordRefused(const OutboxGroup &group, const QString &why)
{
    Query remark = m_run.local.query(QStringLiteral(
        "INSERT OR IGNORE INTO sync_dirty (tbl, id) SELECT tbl, id FROM sync_outbox_rows "
        "WHERE op_id = ? AND tbl = ?"));
    if (Status s = remark.bind(m_opId).bind(group.table).exec(tr("keep the refused changes")); !s)
        return s;
    Refused &refused = m_refused[group.table];
    refused.count += group.count;
    refused.why = why;
    return Status::success();
}

// The server took a table's rows: their bases now hold what was sent.
Status Acknowledgement::recordSent(const OutboxGroup &group)
{
    const QString &table = group.table;
    // A record the server refused before and took now is no longer a conflict.
    Query settled = m_run.local.query(QStringLiteral(
        "UPDATE sync_conflicts SET resolved = 1 WHERE kind = 'refused' AND resolved = 0 AND "
        "tbl = ? AND row_id IN (SELECT id FROM sync_outbox_rows WHERE op_id = ? AND tbl = ?)"));
    if (Status s = settled.bind(table).bind(m_opId).bind(table).exec(tr("update the sync record"));
        !s)
        return s;
    auto bases = updatedBases(table);
    if (!bases)
        return Status::failure(bases.error());
    Query write = m_run.local.query(QStringLiteral(
        "INSERT OR REPLACE INTO sync_base (tbl, id, data, stamps, deleted, modified) "
        "VALUES (?, ?, ?, ?, ?, ?)"));
    for (const Base &b : bases.value()) {
        write.bind(table).bind(b.id).bind(compact(b.data)).bind(compact(b.stamps));
        write.bind(b.deleted ? 1 : 0).bind(b.modified);
        if (Status s = write.exec(tr("update the sync record")); !s)
            return s;
        ++m_pushed;
    }
    return addNewBases(table);
}

// Rows that had a base: the sent fields replace theirs in it. The base's stamps are spelled out
// first, so moving its clock on changes no older field's.
Result<std::vector<Acknowledgement::Base>> Acknowledgement::updatedBases(const QString &table)
{
    using R = Result<std::vector<Base>>;
    // A lazy base ("") is the row as it is here (a change would have written it out first).
    Query q = m_run.local.query(
        QStringLiteral("SELECT o.id AS id, o.data AS sent_data, o.stamps AS sent_stamps, "
                       "o.del AS sent_deleted, o.m AS sent_modified, "
                       "CASE WHEN b.data = '' THEN (SELECT %1 FROM %2 AS x WHERE x.id = o.id) "
                       "ELSE b.data END AS base_data, b.stamps AS base_stamps, "
                       "b.deleted AS base_deleted, b.modified AS base_modified "
                       "FROM sync_outbox_rows AS o "
                       "JOIN sync_base AS b ON b.tbl = o.tbl AND b.id = o.id "
                       "WHERE o.op_id = ? AND o.tbl = ?")
            .arg(m_run.local.rowJson(table, QStringLiteral("x")), table));
    q.statement().setForwardOnly(true);
    if (Status s = q.bind(m_opId).bind(table).exec(tr("update the sync record")); !s)
        return R::failure(s.error());
    std::vector<Base> bases;
    while (q.next()) {
        const qint64 baseModified = q.value("base_modified").toLongLong();
        const qint64 sentModified = q.value("sent_modified").toLongLong();
        Base b{q.value("id").toString(), parseObject(q.value("base_data").toString()),
               parseObject(q.value("base_stamps").toString()), q.value("base_deleted").toInt() != 0,
               std::max(baseModified, sentModified)};
        for (auto it = b.data.constBegin(); it != b.data.constEnd(); ++it)
            if (!b.stamps.contains(it.key()))
                b.stamps.insert(it.key(), QString::number(baseModified));
        const QJsonObject fields = parseObject(q.value("sent_data").toString());
        const bool stamped = !q.value("sent_stamps").isNull();
        const QJsonObject fieldStamps = parseObject(q.value("sent_stamps").toString());
        const QJsonValue rowStamp = QString::number(sentModified);
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            b.data.insert(it.key(), it.value());
            b.stamps.insert(it.key(), stamped ? fieldStamps.value(it.key()) : rowStamp);
        }
        b.deleted = b.deleted || q.value("sent_deleted").toInt() != 0;
        bases.push_back(std::move(b));
    }
    return bases;
}

// Rows new to the server: what was sent is their base, in one statement. A row not changed here
// since it was collected is what was sent: its base is left lazy ("") until it changes.
Status Acknowledgement::addNewBases(const QString &table)
{
    Query fresh = m_run.local.query(
        QStringLiteral("INSERT INTO sync_base (tbl, id, data, stamps, deleted, modified) "
                       "SELECT o.tbl, o.id, CASE WHEN %1 AND o.data IS NOT NULL AND NOT EXISTS "
                       "(SELECT 1 FROM sync_dirty AS d WHERE d.tbl = o.tbl AND d.id = o.id) "
                       "THEN '' ELSE coalesce(o.data, '{}') END, coalesce(o.stamps, '{}'), "
                       "o.del, o.m FROM sync_outbox_rows AS o WHERE o.op_id = ? AND o.tbl = ? "
                       "AND NOT EXISTS (SELECT 1 FROM sync_base AS b "
                       "WHERE b.tbl = o.tbl AND b.id = o.id)")
            .arg(m_run.lazyBase.contains(table) ? QStringLiteral("1") : QStringLiteral("0")));
    if (Status s = fresh.bind(m_opId).bind(table).exec(tr("update the sync record")); !s)
        return s;
    m_pushed += std::max(0, fresh.rowsAffected());
    return Status::success();
}

// Keeps the same-field conflicts the server found; a newer one on the same field replaces an
// older one still open.
Status Acknowledgement::recordConflicts(const QJsonObject &answer)
{
    Query clear =
        m_run.local.query(QStringLiteral("UPDATE sync_conflicts SET resolved = 1 WHERE tbl = ? AND "
                                         "row_id = ? AND field = ? AND resolved = 0"));
    Query keep = m_run.local.query(
        QStringLiteral("INSERT INTO sync_conflicts (id, kind, tbl, row_id, field, mine, theirs, "
                       "mine_won, detected_at) VALUES (?, 'value', ?, ?, ?, ?, ?, ?, ?)"));
    for (const QJsonValue &cv : answer.value(QStringLiteral("conflicts")).toArray()) {
        const QJsonObject c = cv.toObject();
        const QString table = c.value(QStringLiteral("t")).toString();
        const QString id = c.value(QStringLiteral("id")).toString();
        const QString field = c.value(QStringLiteral("field")).toString();
        if (Status s = clear.bind(table).bind(id).bind(field).exec(tr("record a conflict")); !s)
            return s;
        keep.bind(QUuid::createUuid().toString(QUuid::WithoutBraces)).bind(table).bind(id);
        keep.bind(field)
            .bind(compact(QJsonArray{c.value(QStringLiteral("mine"))}))
            .bind(compact(QJsonArray{c.value(QStringLiteral("theirs"))}))
            .bind(c.value(QStringLiteral("mine_wins")).toBool() ? 1 : 0)
            .bind(QDateTime::currentMSecsSinceEpoch());
        if (Status s = keep.exec(tr("record a conflict")); !s)
            return s;
        ++m_conflicts;
    }
    return Status::success();
}

Status Acknowledgement::clearOperation()
{
    // Removing every row at once is much quicker when nothing else waits in the outbox.
    Query others = m_run.local.query(
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_outbox WHERE op_id <> ?) AS others"));
    if (Status s = others.bind(m_opId).exec(tr("clear the sent changes")); !s)
        return s;
    const bool alone = others.next() && !others.value("others").toBool();
    others.statement().finish();
    const QStringList clearing =
        alone ? QStringList{QStringLiteral("DELETE FROM sync_outbox_rows"),
                            QStringLiteral("DELETE FROM sync_outbox")}
              : QStringList{QStringLiteral("DELETE FROM sync_outbox_rows WHERE op_id = ?"),
                            QStringLiteral("DELETE FROM sync_outbox WHERE op_id = ?")};
    for (const QString &sql : clearing) {
        Query done = m_run.local.query(sql);
        if (!alone)
            done.bind(m_opId);
        if (Status s = done.exec(tr("clear the sent changes")); !s)
            return s;
    }
    return Status::success();
}

} // namespace Sync
