#include "tournaments/lakestore.h"

#include "store/query.h"
#include "store/store.h"

#include <QRegularExpression>
#include <QUrl>

namespace {

LakeRecord readLake(const Query &q)
{
    return {q.value("id").toString(), q.value("key").toString(), q.value("name").toString(),
            q.value("paper").toInt() != 0, q.value("map_url").toString()};
}

RampRecord readRamp(const Query &q)
{
    RampRecord r{q.value("id").toString(), q.value("lake_id").toString(),
                 q.value("name").toString(), std::nullopt, std::nullopt};
    const QVariant lat = q.value("latitude");
    const QVariant lon = q.value("longitude");
    if (!lat.isNull())
        r.latitude = lat.toDouble();
    if (!lon.isNull())
        r.longitude = lon.toDouble();
    return r;
}

// An empty text, never NULL (map_url is NOT NULL DEFAULT '').
QString text(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("") : s;
}

QVariant optionalDouble(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

const QString lakeColumns = QStringLiteral("id, key, name, paper, map_url");
const QString rampColumns = QStringLiteral("id, lake_id, name, latitude, longitude");

} // namespace

Result<QList<LakeRecord>> LakeStore::lakes() const
{
    using R = Result<QList<LakeRecord>>;
    Query q(m_store.database(), QStringLiteral("SELECT %1 FROM lakes WHERE deleted = 0 "
                                               "ORDER BY name COLLATE NOCASE")
                                    .arg(lakeColumns));
    if (Status s = q.exec(tr("read the lakes")); !s)
        return R::failure(s.error());
    QList<LakeRecord> out;
    while (q.next())
        out.append(readLake(q));
    return out;
}

Result<std::optional<LakeRecord>> LakeStore::lake(const QString &id) const
{
    using R = Result<std::optional<LakeRecord>>;
    Query q(m_store.database(),
            QStringLiteral("SELECT %1 FROM lakes WHERE id = ? AND deleted = 0").arg(lakeColumns));
    if (Status s = q.bind(id).exec(tr("read the lake")); !s)
        return R::failure(s.error());
    if (!q.next())
        return std::optional<LakeRecord>();
    return std::optional<LakeRecord>(readLake(q));
}

Result<QList<RampRecord>> LakeStore::ramps(const QString &lakeId) const
{
    using R = Result<QList<RampRecord>>;
    Query q(m_store.database(), QStringLiteral("SELECT %1 FROM ramps WHERE "
                                               "lake_id = ? AND deleted = 0 "
                                               "ORDER BY name COLLATE NOCASE")
                                    .arg(rampColumns));
    if (Status s = q.bind(lakeId).exec(tr("read the ramps")); !s)
        return R::failure(s.error());
    QList<RampRecord> out;
    while (q.next())
        out.append(readRamp(q));
    return out;
}

Result<std::optional<RampRecord>> LakeStore::ramp(const QString &id) const
{
    using R = Result<std::optional<RampRecord>>;
    Query q(m_store.database(),
            QStringLiteral("SELECT %1 FROM ramps WHERE id = ? AND deleted = 0").arg(rampColumns));
    if (Status s = q.bind(id).exec(tr("read the ramp")); !s)
        return R::failure(s.error());
    if (!q.next())
        return std::optional<RampRecord>();
    return std::optional<RampRecord>(readRamp(q));
}

QString LakeStore::mapUrlProblem(const QString &url)
{
    const QString text = url.trimmed();
    if (text.isEmpty())
        return QString();
    const QUrl parsed(text, QUrl::TolerantMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
        parsed.host().isEmpty())
        return tr("The map link \"%1\" is not a web address; copy it from the browser (it starts "
                  "with https://).")
            .arg(text.left(80));
    return QString();
}

QString LakeStore::rampMapUrl(const RampRecord &ramp)
{
    if (!ramp.latitude || !ramp.longitude)
        return QString();
    const QString lat = QString::number(*ramp.latitude, 'f', 6);
    const QString lon = QString::number(*ramp.longitude, 'f', 6);
    return QStringLiteral("https://www.openstreetmap.org/?mlat=%1&mlon=%2#map=15/%1/%2")
        .arg(lat, lon);
}

Status LakeStore::checkLake(const LakeRecord &lake, const QString &exceptId) const
{
    const QString clean = lake.name.simplified();
    if (clean.isEmpty())
        return Status::failure(tr("Enter the lake's name."));
    if (const QString problem = mapUrlProblem(lake.mapUrl); !problem.isEmpty())
        return Status::failure(problem);
    auto existing = lakes();
    if (!existing)
        return Status::failure(existing.error());
    for (const LakeRecord &l : existing.value())
        if (l.id != exceptId && l.name.compare(clean, Qt::CaseInsensitive) == 0)
            return Status::failure(tr("%1 is already in the list of lakes.").arg(l.name));
    return Status::success();
}

Result<QString> LakeStore::insertLake(const QString &name, bool paper)
{
    LakeRecord lake;
    lake.name = name;
    lake.paper = paper;
    return insertLake(lake);
}

Result<QString> LakeStore::insertLake(const LakeRecord &lake)
{
    if (Status s = checkLake(lake, QString()); !s)
        return Result<QString>::failure(s.error());
    const QString clean = lake.name.simplified();
    static const QRegularExpression notKey(QStringLiteral("[^a-z0-9]+"));
    QString key = lake.key;
    if (key.isEmpty()) {
        key = clean.toLower().replace(notKey, QStringLiteral("-"));
        while (key.startsWith(u'-'))
            key.remove(0, 1);
        while (key.endsWith(u'-'))
            key.chop(1);
        if (key.isEmpty())
            key = Store::newId();
    }
    auto existing = lakes();
    if (!existing)
        return Result<QString>::failure(existing.error());
    for (const LakeRecord &l : existing.value())
        if (l.key == key)
            key += QStringLiteral("-") + Store::newId().left(8);
    QVariantMap values = {{QStringLiteral("key"), key},
                          {QStringLiteral("name"), clean},
                          {QStringLiteral("paper"), lake.paper ? 1 : 0},
                          {QStringLiteral("map_url"), text(lake.mapUrl.trimmed())}};
    if (!lake.id.isEmpty())
        values.insert(QStringLiteral("id"), lake.id);
    return m_store.insert(QStringLiteral("lakes"), values);
}

Status LakeStore::updateLake(const LakeRecord &lake)
{
    if (Status s = checkLake(lake, lake.id); !s)
        return s;
    return m_store.update(QStringLiteral("lakes"), lake.id,
                          {{QStringLiteral("name"), lake.name.simplified()},
                           {QStringLiteral("paper"), lake.paper ? 1 : 0},
                           {QStringLiteral("map_url"), text(lake.mapUrl.trimmed())}});
}

Result<QString> LakeStore::insertRamp(const QString &lakeId, const QString &name)
{
    RampRecord ramp;
    ramp.lakeId = lakeId;
    ramp.name = name;
    return insertRamp(ramp);
}

namespace {
Status checkRamp(const RampRecord &ramp)
{
    if (ramp.name.simplified().isEmpty())
        return Status::failure(LakeStore::tr("Enter the ramp's name."));
    if (ramp.latitude && (*ramp.latitude < -90 || *ramp.latitude > 90))
        return Status::failure(LakeStore::tr("A latitude is between -90 and 90 degrees."));
    if (ramp.longitude && (*ramp.longitude < -180 || *ramp.longitude > 180))
        return Status::failure(LakeStore::tr("A longitude is between -180 and 180 degrees."));
    if (ramp.latitude.has_value() != ramp.longitude.has_value())
        return Status::failure(
            LakeStore::tr("Enter both the latitude and the longitude of the ramp, or neither."));
    return Status::success();
}
} // namespace

Result<QString> LakeStore::insertRamp(const RampRecord &ramp)
{
    if (Status s = checkRamp(ramp); !s)
        return Result<QString>::failure(s.error());
    QVariantMap values = {{QStringLiteral("lake_id"), ramp.lakeId},
                          {QStringLiteral("name"), ramp.name.simplified()}};
    if (ramp.latitude)
        values.insert(QStringLiteral("latitude"), *ramp.latitude);
    if (ramp.longitude)
        values.insert(QStringLiteral("longitude"), *ramp.longitude);
    if (!ramp.id.isEmpty())
        values.insert(QStringLiteral("id"), ramp.id);
    return m_store.insert(QStringLiteral("ramps"), values);
}

Status LakeStore::updateRamp(const RampRecord &ramp)
{
    if (Status s = checkRamp(ramp); !s)
        return s;
    return m_store.update(QStringLiteral("ramps"), ramp.id,
                          {{QStringLiteral("name"), ramp.name.simplified()},
                           {QStringLiteral("latitude"), optionalDouble(ramp.latitude)},
                           {QStringLiteral("longitude"), optionalDouble(ramp.longitude)}});
}

Result<LakeUse> LakeStore::lakeUse(const QString &lakeId) const
{
    using R = Result<LakeUse>;
    Query q(m_store.database(),
            QStringLiteral("SELECT (SELECT count(*) FROM tournaments t WHERE t.deleted = 0 AND "
                           "(t.lake_id = :lake OR t.ramp_id IN (SELECT r.id FROM ramps r WHERE "
                           "r.lake_id = :lake))) AS tournaments, "
                           "(SELECT count(*) FROM calendar_events e WHERE e.deleted = 0 AND "
                           "e.lake_id = :lake) AS events"));
    if (Status s = q.bind(QStringLiteral(":lake"), lakeId).exec(tr("count what uses the lake"));
        !s)
        return R::failure(s.error());
    LakeUse use;
    if (q.next()) {
        use.tournaments = q.value("tournaments").toInt();
        use.events = q.value("events").toInt();
    }
    return use;
}

Result<LakeUse> LakeStore::rampUse(const QString &rampId) const
{
    using R = Result<LakeUse>;
    Query q(m_store.database(), QStringLiteral("SELECT count(*) AS n FROM tournaments WHERE "
                                               "deleted = 0 AND ramp_id = ?"));
    if (Status s = q.bind(rampId).exec(tr("count what uses the ramp")); !s)
        return R::failure(s.error());
    LakeUse use;
    if (q.next())
        use.tournaments = q.value("n").toInt();
    return use;
}

QString LakeStore::inUseMessage(const QString &what, const LakeUse &use)
{
    if (use.tournaments > 0 && use.events > 0)
        return tr("%1 cannot be deleted: %n tournament(s) and %2 use it. Choose another place for "
                  "them first.",
                  nullptr, use.tournaments)
            .arg(what, tr("%n calendar event(s)", nullptr, use.events));
    if (use.tournaments > 0)
        return tr("%1 cannot be deleted: %n tournament(s) use it. Choose another place for them "
                  "first.",
                  nullptr, use.tournaments)
            .arg(what);
    return tr("%1 cannot be deleted: %n calendar event(s) use it. Choose another lake for them "
              "first.",
              nullptr, use.events)
        .arg(what);
}

Result<QStringList> LakeStore::removeLake(const QString &lakeId)
{
    using R = Result<QStringList>;
    auto lake = this->lake(lakeId);
    if (!lake)
        return R::failure(lake.error());
    if (!lake.value())
        return R::failure(tr("The lake no longer exists."));
    auto use = lakeUse(lakeId);
    if (!use)
        return R::failure(use.error());
    if (use->inUse())
        return R::failure(inUseMessage(lake.value()->name, use.value()));
    auto ramps = this->ramps(lakeId);
    if (!ramps)
        return R::failure(ramps.error());
    QStringList rampIds;
    Status s = m_store.transaction([&]() -> Status {
        for (const RampRecord &r : ramps.value()) {
            if (Status removed = m_store.remove(QStringLiteral("ramps"), r.id); !removed)
                return removed;
            rampIds << r.id;
        }
        return m_store.remove(QStringLiteral("lakes"), lakeId);
    });
    if (!s)
        return R::failure(s.error());
    return rampIds;
}

Status LakeStore::removeRamp(const QString &rampId)
{
    auto ramp = this->ramp(rampId);
    if (!ramp)
        return Status::failure(ramp.error());
    if (!ramp.value())
        return Status::failure(tr("The ramp no longer exists."));
    auto use = rampUse(rampId);
    if (!use)
        return Status::failure(use.error());
    if (use->inUse())
        return Status::failure(inUseMessage(ramp.value()->name, use.value()));
    return m_store.remove(QStringLiteral("ramps"), rampId);
}

Status LakeStore::restore(const QString &table, const QStringList &ids)
{
    if (table != QLatin1String("lakes") && table != QLatin1String("ramps"))
        return Status::failure(QStringLiteral("internal error: cannot restore rows of %1").arg(table));
    return m_store.transaction([&]() -> Status {
        for (const QString &id : ids) {
            // `table` is one of the two names above, never the user's text.
            Query q(m_store.database(), QStringLiteral("UPDATE %1 SET deleted = 0, modified = ?, "
                                                       "origin = ? WHERE id = ? AND deleted = 1")
                                            .arg(table));
            q.bind(m_store.nextStamp()).bind(m_store.deviceId()).bind(id);
            if (Status s = q.exec(tr("bring back the deleted record")); !s)
                return s;
            if (q.rowsAffected() != 1)
                return Status::failure(
                    tr("The deleted record could not be found to bring it back."));
        }
        if (!ids.isEmpty())
            emit m_store.changed(table);
        return Status::success();
    });
}
