#include "tournaments/lakestore.h"

#include "store/query.h"
#include "store/store.h"

#include <QRegularExpression>

Result<QList<LakeRecord>> LakeStore::lakes() const
{
    using R = Result<QList<LakeRecord>>;
    Query q(m_store.database(), QStringLiteral("SELECT id, key, name, paper FROM lakes WHERE "
                                               "deleted = 0 ORDER BY name COLLATE NOCASE"));
    if (Status s = q.exec(tr("read the lakes")); !s)
        return R::failure(s.error());
    QList<LakeRecord> out;
    while (q.next())
        out.append({q.value("id").toString(), q.value("key").toString(),
                    q.value("name").toString(), q.value("paper").toInt() != 0});
    return out;
}

Result<QList<RampRecord>> LakeStore::ramps(const QString &lakeId) const
{
    using R = Result<QList<RampRecord>>;
    Query q(m_store.database(), QStringLiteral("SELECT id, lake_id, name FROM ramps WHERE "
                                               "lake_id = ? AND deleted = 0 "
                                               "ORDER BY name COLLATE NOCASE"));
    if (Status s = q.bind(lakeId).exec(tr("read the ramps")); !s)
        return R::failure(s.error());
    QList<RampRecord> out;
    while (q.next())
        out.append({q.value("id").toString(), q.value("lake_id").toString(),
                    q.value("name").toString()});
    return out;
}

Result<QString> LakeStore::insertLake(const QString &name, bool paper)
{
    const QString clean = name.simplified();
    if (clean.isEmpty())
        return Result<QString>::failure(tr("Enter the lake's name."));
    static const QRegularExpression notKey(QStringLiteral("[^a-z0-9]+"));
    QString key = clean.toLower().replace(notKey, QStringLiteral("-"));
    while (key.startsWith(u'-'))
        key.remove(0, 1);
    while (key.endsWith(u'-'))
        key.chop(1);
    if (key.isEmpty())
        key = Store::newId();
    auto existing = lakes();
    if (!existing)
        return Result<QString>::failure(existing.error());
    for (const LakeRecord &l : existing.value()) {
        if (l.name.compare(clean, Qt::CaseInsensitive) == 0)
            return Result<QString>::failure(tr("%1 is already in the list of lakes.").arg(l.name));
        if (l.key == key)
            key += QStringLiteral("-") + Store::newId().left(8);
    }
    return m_store.insert(QStringLiteral("lakes"), {{QStringLiteral("key"), key},
                                                    {QStringLiteral("name"), clean},
                                                    {QStringLiteral("paper"), paper ? 1 : 0}});
}

Result<QString> LakeStore::insertRamp(const QString &lakeId, const QString &name)
{
    const QString clean = name.simplified();
    if (clean.isEmpty())
        return Result<QString>::failure(tr("Enter the ramp's name."));
    return m_store.insert(QStringLiteral("ramps"),
                          {{QStringLiteral("lake_id"), lakeId}, {QStringLiteral("name"), clean}});
}
