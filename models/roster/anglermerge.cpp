#include "roster/anglermerge.h"

#include "store/store.h"
#include "core/clubrules.h"

#include <QLocale>
#include <QSqlQuery>

namespace {

QString shortDate(const QString &iso)
{
    const QDate d = QDate::fromString(iso, Qt::ISODate);
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : iso;
}

struct Row
{
    QString id;
    QString text;
    QString extra;
};

Result<QList<Row>> rows(Store *store, const QString &sql, const QStringList &binds,
                        const QString &what)
{
    QSqlQuery q(store->database());
    q.prepare(sql);
    for (const QString &b : binds)
        q.addBindValue(b);
    if (Status s = Store::exec(q, what); !s)
        return Result<QList<Row>>::failure(s.error());
    QList<Row> out;
    while (q.next())
        out << Row{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    return out;
}

} // namespace

Result<MergePreview> AnglerMerge::preview(Store *store, const QString &survivorId,
                                          const QString &duplicateId)
{
    using R = Result<MergePreview>;
    if (survivorId == duplicateId)
        return R::failure(tr("Choose two different records to merge."));
    AnglerStore anglers(store);
    Result<Angler> survivor = anglers.angler(survivorId);
    if (!survivor)
        return R::failure(survivor.error());
    Result<Angler> duplicate = anglers.angler(duplicateId);
    if (!duplicate)
        return R::failure(duplicate.error());
    if (!survivor->mergedInto.isEmpty() || !duplicate->mergedInto.isEmpty())
        return R::failure(tr("One of these records was already merged into another."));

    MergePreview p;
    p.survivor = survivor.value();
    p.duplicate = duplicate.value();
    p.merged = p.survivor;
    if (p.merged.email.isEmpty())
        p.merged.email = p.duplicate.email;
    if (p.merged.phone.isEmpty())
        p.merged.phone = p.duplicate.phone;
    if (p.duplicate.memberSince > 0 &&
        (p.merged.memberSince == 0 || p.duplicate.memberSince < p.merged.memberSince))
        p.merged.memberSince = p.duplicate.memberSince;
    p.merged.duesPaidThrough = std::max(p.survivor.duesPaidThrough, p.duplicate.duesPaidThrough);
    if (!p.duplicate.notes.isEmpty() && !p.merged.notes.contains(p.duplicate.notes))
        p.merged.notes = p.merged.notes.isEmpty()
                             ? p.duplicate.notes
                             : p.merged.notes + QLatin1Char('\n') + p.duplicate.notes;
    p.merged.inactive = p.survivor.inactive && p.duplicate.inactive;

    const QStringList dup{duplicateId};
    auto entries = rows(store,
                        QStringLiteral("SELECT e.id, t.event_date, t.name FROM entries e "
                                       "JOIN tournaments t ON t.id = e.tournament_id "
                                       "WHERE e.angler_id = ? AND e.deleted = 0 "
                                       "ORDER BY t.event_date"),
                        dup, tr("read the tournaments fished"));
    if (!entries)
        return R::failure(entries.error());
    for (const Row &r : entries.value())
        p.entries << tr("%1 %2").arg(shortDate(r.text), r.extra);

    auto boats = rows(store,
                      QStringLiteral("SELECT b.id, t.event_date, t.name FROM boats b "
                                     "JOIN tournaments t ON t.id = b.tournament_id "
                                     "WHERE (b.boater_id = ? OR b.partner_id = ?) "
                                     "AND b.deleted = 0 ORDER BY t.event_date"),
                      {duplicateId, duplicateId}, tr("read the boats"));
    if (!boats)
        return R::failure(boats.error());
    for (const Row &r : boats.value())
        p.boats << tr("%1 %2").arg(shortDate(r.text), r.extra);

    auto offices = rows(store,
                        QStringLiteral("SELECT id, season, post FROM officer_terms "
                                       "WHERE angler_id = ? AND deleted = 0 ORDER BY season"),
                        dup, tr("read the offices"));
    if (!offices)
        return R::failure(offices.error());
    for (const Row &r : offices.value())
        p.offices << tr("%1 %2").arg(ClubRules::postText(r.extra), r.text);

    auto memberships = rows(store,
                            QStringLiteral("SELECT id, season, '' FROM memberships "
                                           "WHERE angler_id = ? AND deleted = 0 ORDER BY season"),
                            dup, tr("read the memberships"));
    if (!memberships)
        return R::failure(memberships.error());
    for (const Row &r : memberships.value())
        p.memberships << tr("Member in %1").arg(r.text);

    auto payments = rows(store,
                         QStringLiteral("SELECT id, entry_date, amount_cents FROM ledger "
                                        "WHERE angler_id = ? AND deleted = 0 ORDER BY entry_date"),
                         dup, tr("read the payments"));
    if (!payments)
        return R::failure(payments.error());
    for (const Row &r : payments.value())
        p.payments << tr("%1 %2").arg(shortDate(r.text),
                                      Money::fromCents(r.extra.toLongLong()).toString());

    // Both fished one tournament: two entries (or two boats) cannot become one.
    auto clashes =
        rows(store,
             QStringLiteral(
                 "SELECT t.id, t.event_date, t.name FROM tournaments t WHERE t.deleted = 0 AND "
                 "(EXISTS (SELECT 1 FROM entries e WHERE e.tournament_id = t.id AND e.deleted = 0 "
                 "         AND e.angler_id = ?) OR EXISTS (SELECT 1 FROM boats b WHERE "
                 "         b.tournament_id = t.id AND b.deleted = 0 AND (b.boater_id = ? OR "
                 "         b.partner_id = ?))) AND "
                 "(EXISTS (SELECT 1 FROM entries e WHERE e.tournament_id = t.id AND e.deleted = 0 "
                 "         AND e.angler_id = ?) OR EXISTS (SELECT 1 FROM boats b WHERE "
                 "         b.tournament_id = t.id AND b.deleted = 0 AND (b.boater_id = ? OR "
                 "         b.partner_id = ?))) ORDER BY t.event_date"),
             {survivorId, survivorId, survivorId, duplicateId, duplicateId, duplicateId},
             tr("look for tournaments both records fished"));
    if (!clashes)
        return R::failure(clashes.error());
    for (const Row &r : clashes.value())
        p.clashes << tr("Both records fished %1 on %2. Remove one of the two entries from that "
                        "tournament before merging.")
                         .arg(r.extra, shortDate(r.text));
    return p;
}

Result<MergeRecord> AnglerMerge::merge(Store *store, const QString &survivorId,
                                       const QString &duplicateId)
{
    using R = Result<MergeRecord>;
    MergeRecord record;
    Status s = store->transaction([&]() -> Status {
        Result<MergePreview> p = preview(store, survivorId, duplicateId);
        if (!p)
            return Status::failure(p.error());
        if (!p->canMerge())
            return Status::failure(p->clashes.join(QLatin1Char('\n')));
        record.survivorBefore = p->survivor;
        record.duplicateBefore = p->duplicate;
        const QStringList dup{duplicateId};

        auto entries = rows(store,
                            QStringLiteral("SELECT id, '', '' FROM entries WHERE angler_id = ? "
                                           "AND deleted = 0"),
                            dup, tr("read the tournaments fished"));
        if (!entries)
            return Status::failure(entries.error());
        for (const Row &r : entries.value()) {
            if (Status e = store->update(QStringLiteral("entries"), r.id,
                                         {{QStringLiteral("angler_id"), survivorId}});
                !e)
                return e;
            record.movedEntries << r.id;
        }

        for (const QString &column : {QStringLiteral("boater_id"), QStringLiteral("partner_id")}) {
            auto boats = rows(store,
                              QStringLiteral("SELECT id, '', '' FROM boats WHERE %1 = ? "
                                             "AND deleted = 0")
                                  .arg(column),
                              dup, tr("read the boats"));
            if (!boats)
                return Status::failure(boats.error());
            for (const Row &r : boats.value()) {
                if (Status e = store->update(QStringLiteral("boats"), r.id, {{column, survivorId}});
                    !e)
                    return e;
                record.movedBoats.append({r.id, column});
            }
        }

        auto offices = rows(store,
                            QStringLiteral("SELECT id, '', '' FROM officer_terms "
                                           "WHERE angler_id = ? AND deleted = 0"),
                            dup, tr("read the offices"));
        if (!offices)
            return Status::failure(offices.error());
        for (const Row &r : offices.value()) {
            if (Status e = store->update(QStringLiteral("officer_terms"), r.id,
                                         {{QStringLiteral("angler_id"), survivorId}});
                !e)
                return e;
            record.movedOffices << r.id;
        }

        auto memberships = rows(store,
                                QStringLiteral("SELECT m.id, EXISTS (SELECT 1 FROM memberships s "
                                               "WHERE s.angler_id = ? AND s.season = m.season "
                                               "AND s.deleted = 0), '' FROM memberships m "
                                               "WHERE m.angler_id = ? AND m.deleted = 0"),
                                {survivorId, duplicateId}, tr("read the memberships"));
        if (!memberships)
            return Status::failure(memberships.error());
        for (const Row &r : memberships.value()) {
            if (r.text == QLatin1String("1")) {
                if (Status e = store->remove(QStringLiteral("memberships"), r.id); !e)
                    return e;
                record.droppedMemberships << r.id;
            } else {
                if (Status e = store->update(QStringLiteral("memberships"), r.id,
                                             {{QStringLiteral("angler_id"), survivorId}});
                    !e)
                    return e;
                record.movedMemberships << r.id;
            }
        }

        // The email is unique: take it off the duplicate before the survivor gets it.
        const bool emailMoves = p->survivor.email.isEmpty() && !p->duplicate.email.isEmpty();
        QVariantMap dupValues{{QStringLiteral("merged_into"), survivorId}};
        if (emailMoves)
            dupValues.insert(QStringLiteral("email"), QVariant(QMetaType(QMetaType::QString)));
        if (Status e = store->update(QStringLiteral("anglers"), duplicateId, dupValues); !e)
            return e;
        AnglerStore anglers(store);
        if (Status e = anglers.updateAngler(p->merged); !e)
            return e;
        return anglers.setInactive(survivorId, p->merged.inactive);
    });
    if (!s)
        return R::failure(s.error());
    return record;
}

Status AnglerMerge::unmerge(Store *store, const MergeRecord &record)
{
    const QString survivorId = record.survivorBefore.id;
    const QString duplicateId = record.duplicateBefore.id;
    return store->transaction([&]() -> Status {
        AnglerStore anglers(store);
        if (Status e = anglers.updateAngler(record.survivorBefore); !e)
            return e;
        if (Status e = anglers.setInactive(survivorId, record.survivorBefore.inactive); !e)
            return e;
        QVariantMap dupValues{
            {QStringLiteral("merged_into"), QVariant(QMetaType(QMetaType::QString))}};
        if (Status e = store->update(QStringLiteral("anglers"), duplicateId, dupValues); !e)
            return e;
        if (Status e = anglers.updateAngler(record.duplicateBefore); !e)
            return e;
        for (const QString &id : record.movedEntries) {
            if (Status e = store->update(QStringLiteral("entries"), id,
                                         {{QStringLiteral("angler_id"), duplicateId}});
                !e)
                return e;
        }
        for (const auto &[id, column] : record.movedBoats) {
            if (Status e = store->update(QStringLiteral("boats"), id, {{column, duplicateId}}); !e)
                return e;
        }
        for (const QString &id : record.movedOffices) {
            if (Status e = store->update(QStringLiteral("officer_terms"), id,
                                         {{QStringLiteral("angler_id"), duplicateId}});
                !e)
                return e;
        }
        for (const QString &id : record.movedMemberships) {
            if (Status e = store->update(QStringLiteral("memberships"), id,
                                         {{QStringLiteral("angler_id"), duplicateId}});
                !e)
                return e;
        }
        for (const QString &id : record.droppedMemberships) {
            if (Status e = anglers.restore(QStringLiteral("memberships"), id); !e)
                return e;
        }
        return Status::success();
    });
}
