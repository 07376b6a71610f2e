#include "sync/capture.h"

#include "sync/localdatabase.h"
#include "sync/synclog.h"

namespace Sync {

namespace {

// SQLite takes at most 127 arguments to json_object: a wider table keeps every base written.
constexpr int lazyBaseColumnLimit = 60;

} // namespace

Result<QSet<QString>> ChangeCapture::ensure()
{
    using R = Result<QSet<QString>>;
    QStringList unmarked;
    QList<Trigger> baseTriggers;
    QSet<QString> lazyBase;
    for (const QString &table : m_local.tables()) {
        auto marked = marks(table);
        if (!marked)
            return R::failure(marked.error());
        if (!marked.value())
            unmarked << table;
        if (m_local.columns(table).size() > lazyBaseColumnLimit)
            continue;
        if (Status s = findOutdatedBaseTriggers(table, baseTriggers); !s)
            return R::failure(s.error());
        lazyBase.insert(table);
    }
    if (unmarked.isEmpty() && baseTriggers.isEmpty())
        return lazyBase;
    if (Status s = write(unmarked, baseTriggers); !s)
        return R::failure(s.error());
    return lazyBase;
}

// Whether `table` has its three marking triggers.
Result<bool> ChangeCapture::marks(const QString &table) const
{
    Query q = m_local.query(QStringLiteral("SELECT count(*) AS found FROM sqlite_master "
                                           "WHERE type = 'trigger' AND name IN (?, ?, ?)"));
    q.bind(QStringLiteral("sync_%1_ins").arg(table))
        .bind(QStringLiteral("sync_%1_upd").arg(table))
        .bind(QStringLiteral("sync_%1_del").arg(table));
    if (Status s = q.exec(tr("check the change capture")); !s)
        return Result<bool>::failure(s.error());
    return !q.next() || q.value("found").toInt() >= 3;
}

// The lazy-base triggers of `table` that are missing or differ from what its columns need now.
Status ChangeCapture::findOutdatedBaseTriggers(const QString &table, QList<Trigger> &outdated) const
{
    for (const auto &[suffix, event] :
         {std::pair{QStringLiteral("base_upd"), QStringLiteral("UPDATE")},
          std::pair{QStringLiteral("base_del"), QStringLiteral("DELETE")}}) {
        const QString name = QStringLiteral("sync_%1_%2").arg(table, suffix);
        const QString sql =
            QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON %3 WHEN NOT EXISTS (SELECT 1 FROM "
                           "sync_guard) BEGIN UPDATE sync_base SET data = %4 WHERE tbl = '%3' "
                           "AND id = OLD.id AND data = ''; END")
                .arg(name, event, table, m_local.rowJson(table, QStringLiteral("OLD")));
        Query t = m_local.query(
            QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"));
        if (Status s = t.bind(name).exec(tr("check the change capture")); !s)
            return s;
        if (!t.next() || t.value("sql").toString() != sql)
            outdated.append({name, sql});
    }
    return Status::success();
}

// The marking triggers of a table that had none, and the marks of all its rows.
QStringList ChangeCapture::markingStatements(const QString &table)
{
    const QString mark =
        QStringLiteral("WHEN NOT EXISTS (SELECT 1 FROM sync_guard) BEGIN "
                       "INSERT OR IGNORE INTO sync_dirty (tbl, id) VALUES ('%1', %2.id); END");
    return {
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS sync_%1_ins AFTER INSERT ON %1 ").arg(table) +
            mark.arg(table, QStringLiteral("NEW")),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS sync_%1_upd AFTER UPDATE ON %1 ").arg(table) +
            mark.arg(table, QStringLiteral("NEW")),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS sync_%1_del AFTER DELETE ON %1 ").arg(table) +
            mark.arg(table, QStringLiteral("OLD")),
        QStringLiteral("INSERT OR IGNORE INTO sync_dirty (tbl, id) SELECT '%1', id FROM %1")
            .arg(table)};
}

Status ChangeCapture::write(const QStringList &unmarked, const QList<Trigger> &baseTriggers) const
{
    if (!baseTriggers.isEmpty())
        qCInfo(lcSync) << "writing" << baseTriggers.size() << "lazy-base triggers";
    LocalDatabase::Transaction transaction(m_local);
    if (Status s = transaction.begun(); !s)
        return s;
    const QString what = tr("add change capture");
    for (const Trigger &trigger : baseTriggers) {
        if (Status s = m_local.command(
                QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(trigger.name), what);
            !s)
            return s;
        if (Status s = m_local.command(trigger.sql, what); !s)
            return s;
    }
    for (const QString &table : unmarked) {
        qCInfo(lcSync).noquote() << "adding change capture to table" << table;
        for (const QString &sql : markingStatements(table))
            if (Status s = m_local.command(sql, what); !s)
                return s;
    }
    return transaction.commit();
}

} // namespace Sync
