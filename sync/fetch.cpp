#include "sync/fetch.h"

#include "sync/synclog.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace Sync {

Result<Fetched> Fetch::lost(const QString &error)
{
    QSqlQuery rollback(m_server.database());
    if (!rollback.exec(QStringLiteral("ROLLBACK")))
        qCInfo(lcSync) << "rollback after a failed pull:" << rollback.lastError().text();
    return Result<Fetched>::failure(tr("Fetching changes from the server failed: %1 Nothing was "
                                       "changed on this laptop.")
                                        .arg(error));
}

Result<Fetched> Fetch::since(const QString &watermark, bool count, const QString &conflictScan)
{
    // One round trip (each costs dearly on a phone connection at the ramp). A fetch is a plain
    // scan and sort: compiling it (JIT) or starting helper processes for it (parallel query, tens
    // of milliseconds) costs more than it saves.
    if (Status s =
            m_server.command(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY; "
                                            "SET LOCAL jit = off; "
                                            "SET LOCAL max_parallel_workers_per_gather = 0"),
                             tr("start fetching changes"));
        !s)
        return lost(s.error());
    // Every transaction older than the snapshot's xmin has finished: rows it committed are in this
    // snapshot. Younger ones may still commit, so the next pull starts from xmin again.
    QSqlQuery xmin(m_server.database());
    xmin.prepare(QStringLiteral("SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin"));
    if (Status s = m_server.exec(xmin, tr("fetch changes")); !s)
        return lost(s.error());
    const QString next = xmin.next() ? xmin.value(QStringLiteral("xmin")).toString() : watermark;
    // Fetched whole through libpq: the Qt driver's row-by-row conversion would cost more than the
    // transfer.
    auto rows = m_server.fetch(QStringLiteral("SELECT tbl, id, data::text AS data, "
                                              "stamps::text AS stamps, deleted::int AS deleted, "
                                              "modified, origin FROM sabc.rows "
                                              "WHERE xid >= CAST($1 AS xid8) ORDER BY seq"),
                               {watermark}, tr("fetch changes"));
    if (!rows)
        return lost(rows.error());
    QHash<QString, qint64> counts;
    if (count) {
        auto counted = countRows();
        if (!counted)
            return lost(counted.error());
        counts = counted.value();
    }
    Fetched fetched{std::move(rows).value(), next, counts, {}, conflictScan};
    if (Status s = othersConflicts(conflictScan, fetched); !s)
        return lost(s.error());
    if (Status s = m_server.command(QStringLiteral("COMMIT"), tr("finish fetching changes")); !s)
        return lost(s.error());
    qCDebug(lcSync) << "fetched" << fetched.rows.size() << "rows";
    return fetched;
}

Status Fetch::othersConflicts(const QString &since, Fetched &fetched)
{
    const QString what = tr("fetch changes");
    if (Status s = m_server.command(QStringLiteral("SAVEPOINT others_conflicts"), what); !s)
        return s;
    auto found = m_server.fetch(
        QStringLiteral("SELECT coalesce((SELECT jsonb_agg(c) FROM sabc.applied_ops AS o "
                       "CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof("
                       "o.result->'conflicts') = 'array' THEN o.result->'conflicts' ELSE '[]' END) "
                       "AS c WHERE o.applied_at >= coalesce(CAST(NULLIF($1, '') AS timestamptz), "
                       "now() - interval '1 day')), '[]')::text AS conflicts, "
                       "(now() - interval '1 hour')::text AS next"),
        {since}, what);
    if (!found) {
        qCInfo(lcSync).noquote() << "the conflicts of other laptops could not be read:"
                                 << found.error();
        return m_server.command(QStringLiteral("ROLLBACK TO SAVEPOINT others_conflicts"), what);
    }
    if (found.value().size() > 0) {
        fetched.othersConflicts =
            QJsonDocument::fromJson(
                found.value().value(0, found.value().column("conflicts")).toByteArray())
                .array();
        fetched.nextConflictScan = found.value().text(0, found.value().column("next"));
    }
    return m_server.command(QStringLiteral("RELEASE SAVEPOINT others_conflicts"), what);
}

Result<QHash<QString, qint64>> Fetch::countRows()
{
    QSqlQuery q(m_server.database());
    q.prepare(QStringLiteral("SELECT tbl, count(*) AS count FROM sabc.rows GROUP BY tbl"));
    if (Status s = m_server.exec(q, tr("count the server's records")); !s)
        return Result<QHash<QString, qint64>>::failure(s.error());
    QHash<QString, qint64> counts;
    while (q.next())
        counts.insert(q.value(QStringLiteral("tbl")).toString(),
                      q.value(QStringLiteral("count")).toLongLong());
    return counts;
}

} // namespace Sync
