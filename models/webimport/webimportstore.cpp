#include "webimport/webimportstore.h"

#include "store/query.h"
#include "store/store.h"

#include <QDateTime>

WebImportStore::WebImportStore(Store &store) : m_store(store) {}

WebImportStore::~WebImportStore() = default;

Result<WebImportStore::Map> WebImportStore::all() const
{
    Query q(m_store.database(), QStringLiteral("SELECT kind, web_key, local_id FROM webimport_rows"));
    q.statement().setForwardOnly(true);
    if (Status s = q.exec(tr("read which records came from the web app")); !s)
        return Result<Map>::failure(s.error());
    Map out;
    while (q.next())
        out[q.value("kind").toString()].insert(q.value("web_key").toString(),
                                               q.value("local_id").toString());
    return out;
}

Result<QString> WebImportStore::detail(const QString &kind, const QString &webKey) const
{
    Query q(m_store.database(),
            QStringLiteral("SELECT detail FROM webimport_rows WHERE kind = ? AND web_key = ?"));
    if (Status s = q.bind(kind).bind(webKey).exec(tr("read an imported record")); !s)
        return Result<QString>::failure(s.error());
    return q.next() ? q.value("detail").toString() : QString();
}

Status WebImportStore::remember(const QString &kind, const QString &webKey,
                                const QString &localId, const QString &detail)
{
    if (!m_remember)
        m_remember = std::make_unique<Query>(
            m_store.database(),
            QStringLiteral("INSERT OR REPLACE INTO webimport_rows (kind, web_key, local_id, "
                           "detail, imported_at) VALUES (?, ?, ?, ?, ?)"));
    Query &q = *m_remember;
    q.bind(kind).bind(webKey).bind(localId).bind(detail.isNull() ? QStringLiteral("") : detail)
        .bind(QDateTime::currentMSecsSinceEpoch());
    return q.exec(tr("remember which web row a record came from"));
}

Result<int> WebImportStore::count(const QString &kind) const
{
    Query q(m_store.database(),
            QStringLiteral("SELECT count(*) AS n FROM webimport_rows WHERE kind = ?"));
    if (Status s = q.bind(kind).exec(tr("count the imported records")); !s)
        return Result<int>::failure(s.error());
    return q.next() ? q.value("n").toInt() : 0;
}
