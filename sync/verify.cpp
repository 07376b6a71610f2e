#include "sync/verify.h"

#include "sync/localdatabase.h"
#include "sync/synclog.h"

namespace Sync {

namespace {

constexpr qint64 checkInterval = 30 * 60 * 1000;

} // namespace

bool CountCheck::due(const QString &watermark, const Result<QString> &lastCheck, qint64 now)
{
    return watermark == startWatermark() || !lastCheck ||
           lastCheck.value().toLongLong() < now - checkInterval;
}

// Per table, the count given by `sql` (tbl, count).
Result<QHash<QString, qint64>> CountCheck::count(const LocalDatabase &local, const QString &sql)
{
    Query q = local.query(sql);
    if (Status s = q.exec(tr("check the copy")); !s)
        return Result<QHash<QString, qint64>>::failure(s.error());
    QHash<QString, qint64> counts;
    while (q.next())
        counts.insert(q.value("tbl").toString(), q.value("count").toLongLong());
    return counts;
}

Result<bool> CountCheck::matches(const LocalDatabase &local,
                                 const QHash<QString, qint64> &serverCounts)
{
    auto bases = count(local, QStringLiteral("SELECT tbl, count(*) AS count FROM sync_base "
                                             "GROUP BY tbl"));
    if (!bases)
        return Result<bool>::failure(bases.error());
    auto rejected = count(local, QStringLiteral("SELECT tbl, count(DISTINCT row_id) AS count "
                                                "FROM sync_conflicts WHERE kind = 'rejected' "
                                                "AND resolved = 0 GROUP BY tbl"));
    if (!rejected)
        return Result<bool>::failure(rejected.error());
    bool match = true;
    for (const QString &table : local.tables()) {
        const qint64 expected = serverCounts.value(table);
        const qint64 have = bases.value().value(table);
        if (have != expected && have + rejected.value().value(table) != expected) {
            qCWarning(lcSync).noquote()
                << "count check:" << table << "has" << have << "rows here, the server" << expected
                << "- everything is fetched again at the next sync";
            match = false;
        }
    }
    return match;
}

} // namespace Sync
