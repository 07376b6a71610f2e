#include "roster/anglermerge.h"

#include "core/clubrules.h"
#include "store/query.h"
#include "store/store.h"

#include <QLocale>

#include <algorithm>

#include <functional>

namespace {

QString shortDate(const QString &iso)
{
    const QDate d = QDate::fromString(iso, Qt::ISODate);
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : iso;
}

// Runs a SELECT with `binds` and turns each row into a line by `line`.
Result<QStringList> lines(Store *store, const QString &sql, const QStringList &binds,
                          const QString &what, const std::function<QString(const Query &)> &line)
{
    Query q(store->database(), sql);
    for (const QString &b : binds)
        q.bind(b);
    if (Status s = q.exec(what); !s)
        return Result<QStringList>::failure(s.error());
    QStringList out;
    while (q.next())
        out << line(q);
    return out;
}

// The ids a SELECT of `id` returns.
Result<QStringList> ids(Store *store, const QString &sql, const QStringList &binds,
                        const QString &what)
{
    return lines(store, sql, binds, what, [](const Query &q) { return q.value("id").toString(); });
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

    // A tournament fished, as a line of the preview.
    auto dateAndName = [](const Query &q) {
        return tr("%1 %2").arg(shortDate(q.value("event_date").toString()),
                               q.value("name").toString());
    };
    const QStringList dup{duplicateId};
    auto entries = lines(store,
                         QStringLiteral("SELECT e.id, t.event_date, t.name FROM entries e "
                                        "JOIN tournaments t ON t.id = e.tournament_id "
                                        "WHERE e.angler_id = ? AND e.deleted = 0 "
                                        "ORDER BY t.event_date"),
                         dup, tr("read the tournaments fished"), dateAndName);
    if (!entries)
        return R::failure(entries.error());
    p.entries = entries.value();

    auto boats = lines(store,
                       QStringLiteral("SELECT b.id, t.event_date, t.name FROM boats b "
                                      "JOIN tournaments t ON t.id = b.tournament_id "
                                      "WHERE (b.boater_id = ? OR b.partner_id = ?) "
                                      "AND b.deleted = 0 ORDER BY t.event_date"),
                       {duplicateId, duplicateId}, tr("read the boats"), dateAndName);
    if (!boats)
        return R::failure(boats.error());
    p.boats = boats.value();

    auto offices = lines(store,
                         QStringLiteral("SELECT id, season, post FROM officer_terms "
                                        "WHERE angler_id = ? AND deleted = 0 ORDER BY season"),
                         dup, tr("read the offices"), [](const Query &q) {
                             return tr("%1 %2").arg(
                                 ClubRules::postText(q.value("post").toString()),
                                 q.value("season").toString());
                         });
    if (!offices)
        return R::failure(offices.error());
    p.offices = offices.value();

    auto memberships = lines(store,
                             QStringLiteral("SELECT id, season FROM memberships "
                                            "WHERE angler_id = ? AND deleted = 0 ORDER BY season"),
                             dup, tr("read the memberships"), [](const Query &q) {
                                 return tr("Member in %1").arg(q.value("season").toString());
                             });
    if (!memberships)
        return R::failure(memberships.error());
    p.memberships = memberships.value();

    auto payments = lines(
        store,
        QStringLiteral("SELECT id, entry_date, amount_cents FROM ledger "
                       "WHERE angler_id = ? AND deleted = 0 ORDER BY entry_date"),
        dup, tr("read the payments"), [](const Query &q) {
            return tr("%1 %2").arg(
                shortDate(q.value("entry_date").toString()),
                Money::fromCents(q.value("amount_cents").toLongLong()).toString());
        });
    if (!payments)
        return R::failure(payments.error());
    p.payments = payments.value();

    // Both fished one tournament: two entries (or two boats) cannot become one.
    auto clashes =
        lines(store,
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
             tr("look for tournaments both records fished"), [](const Query &q) {
                 return tr("Both records fished %1 on %2. Remove one of the two entries from "
                           "that tournament before merging.")
                     .arg(q.value("name").toString(), shortDate(q.value("event_date").toString()));
             });
    if (!clashes)
        return R::failure(clashes.error());
    p.clashes = clashes.value();
    return p;
}

Result<MergeRecord> AnglerMerge::merge(Store *store, const QString &survivorId,
                                       const QString &duplicateId)
{
    using R = Result<MergeRecord>;
    MergeRecord record;
    Store::Transaction transaction(*store);
    if (Status s = transaction.begun(); !s)
        return R::failure(s.error());
    Result<MergePreview> p = preview(store, survivorId, duplicateId);
    if (!p)
        return R::failure(p.error());
    if (!p->canMerge())
        return R::failure(p->clashes.join(QLatin1Char('\n')));
    record.survivorBefore = p->survivor;
    record.duplicateBefore = p->duplicate;
    const QStringList dup{duplicateId};

    auto entries = ids(store,
                       QStringLiteral("SELECT id FROM entries WHERE angler_id = ? AND deleted = 0"),
                       dup, tr("read the tournaments fished"));
    if (!entries)
        return R::failure(entries.error());
    for (const QString &id : entries.value()) {
        if (Status s = store->update(QStringLiteral("entries"), id,
                                     {{QStringLiteral("angler_id"), survivorId}});
            !s)
            return R::failure(s.error());
        record.movedEntries << id;
    }

    for (const QString &column : {QStringLiteral("boater_id"), QStringLiteral("partner_id")}) {
        auto boats = ids(store,
                         QStringLiteral("SELECT id FROM boats WHERE %1 = ? AND deleted = 0")
                             .arg(column),
                         dup, tr("read the boats"));
        if (!boats)
            return R::failure(boats.error());
        for (const QString &id : boats.value()) {
            if (Status s = store->update(QStringLiteral("boats"), id, {{column, survivorId}}); !s)
                return R::failure(s.error());
            record.movedBoats.append({id, column});
        }
    }

    auto offices = ids(store,
                       QStringLiteral("SELECT id FROM officer_terms "
                                      "WHERE angler_id = ? AND deleted = 0"),
                       dup, tr("read the offices"));
    if (!offices)
        return R::failure(offices.error());
    for (const QString &id : offices.value()) {
        if (Status s = store->update(QStringLiteral("officer_terms"), id,
                                     {{QStringLiteral("angler_id"), survivorId}});
            !s)
            return R::failure(s.error());
        record.movedOffices << id;
    }

    // Read them all before changing any: the statement reads the table the loop writes.
    QList<std::pair<QString, bool>> memberships; // id, the survivor is a member that season
    {
        Query q(store->database(),
                QStringLiteral("SELECT m.id, EXISTS (SELECT 1 FROM memberships s "
                               "WHERE s.angler_id = ? AND s.season = m.season "
                               "AND s.deleted = 0) AS survivor_member FROM memberships m "
                               "WHERE m.angler_id = ? AND m.deleted = 0"));
        q.bind(survivorId).bind(duplicateId);
        if (Status s = q.exec(tr("read the memberships")); !s)
            return R::failure(s.error());
        while (q.next())
            memberships.append({q.value("id").toString(), q.value("survivor_member").toInt() == 1});
    }
    for (const auto &[id, survivorMember] : std::as_const(memberships)) {
        if (survivorMember) {
            if (Status s = store->remove(QStringLiteral("memberships"), id); !s)
                return R::failure(s.error());
            record.droppedMemberships << id;
        } else {
            if (Status s = store->update(QStringLiteral("memberships"), id,
                                         {{QStringLiteral("angler_id"), survivorId}});
                !s)
                return R::failure(s.error());
            record.movedMemberships << id;
        }
    }

    // The email is unique: take it off the duplicate before the survivor gets it.
    const bool emailMoves = p->survivor.email.isEmpty() && !p->duplicate.email.isEmpty();
    QVariantMap dupValues{{QStringLiteral("merged_into"), survivorId}};
    if (emailMoves)
        dupValues.insert(QStringLiteral("email"), QVariant(QMetaType(QMetaType::QString)));
    if (Status s = store->update(QStringLiteral("anglers"), duplicateId, dupValues); !s)
        return R::failure(s.error());
    AnglerStore anglers(store);
    if (Status s = anglers.updateAngler(p->merged); !s)
        return R::failure(s.error());
    if (Status s = anglers.setInactive(survivorId, p->merged.inactive); !s)
        return R::failure(s.error());
    if (Status s = transaction.commit(); !s)
        return R::failure(s.error());
    return record;
}

Status AnglerMerge::unmerge(Store *store, const MergeRecord &record)
{
    const QString survivorId = record.survivorBefore.id;
    const QString duplicateId = record.duplicateBefore.id;
    Store::Transaction transaction(*store);
    if (Status s = transaction.begun(); !s)
        return s;
    AnglerStore anglers(store);
    if (Status s = anglers.updateAngler(record.survivorBefore); !s)
        return s;
    if (Status s = anglers.setInactive(survivorId, record.survivorBefore.inactive); !s)
        return s;
    QVariantMap dupValues{{QStringLiteral("merged_into"), QVariant(QMetaType(QMetaType::QString))}};
    if (Status s = store->update(QStringLiteral("anglers"), duplicateId, dupValues); !s)
        return s;
    if (Status s = anglers.updateAngler(record.duplicateBefore); !s)
        return s;
    for (const QString &id : record.movedEntries) {
        if (Status s = store->update(QStringLiteral("entries"), id,
                                     {{QStringLiteral("angler_id"), duplicateId}});
            !s)
            return s;
    }
    for (const auto &[id, column] : record.movedBoats) {
        if (Status s = store->update(QStringLiteral("boats"), id, {{column, duplicateId}}); !s)
            return s;
    }
    for (const QString &id : record.movedOffices) {
        if (Status s = store->update(QStringLiteral("officer_terms"), id,
                                     {{QStringLiteral("angler_id"), duplicateId}});
            !s)
            return s;
    }
    for (const QString &id : record.movedMemberships) {
        if (Status s = store->update(QStringLiteral("memberships"), id,
                                     {{QStringLiteral("angler_id"), duplicateId}});
            !s)
            return s;
    }
    for (const QString &id : record.droppedMemberships) {
        if (Status s = anglers.restore(QStringLiteral("memberships"), id); !s)
            return s;
    }
    return transaction.commit();
}

QString AnglerMerge::likelyDuplicate(const QList<Angler> &people, const QString &personId)
{
    const auto it = std::find_if(people.cbegin(), people.cend(),
                                 [&](const Angler &a) { return a.id == personId; });
    if (it == people.cend())
        return QString();
    const Angler &person = *it;
    const auto name = [](const Angler &a) { return a.fullName.simplified().toCaseFolded(); };
    // The strongest likeness first: the same name, then the same e-mail, then the same phone.
    const std::function<bool(const Angler &)> alike[] = {
        [&](const Angler &a) { return !name(a).isEmpty() && name(a) == name(person); },
        [&](const Angler &a) {
            return !a.email.isEmpty() && a.email.compare(person.email, Qt::CaseInsensitive) == 0;
        },
        [&](const Angler &a) { return !a.phone.isEmpty() && a.phone == person.phone; },
    };
    for (const auto &same : alike) {
        for (const Angler &a : people) {
            if (a.id != person.id && a.mergedInto.isEmpty() && same(a))
                return a.id;
        }
    }
    return QString();
}

QString AnglerMerge::describe(const Angler &angler, const Angler &other)
{
    if (angler.fullName.simplified().compare(other.fullName.simplified(), Qt::CaseInsensitive) != 0)
        return angler.fullName;
    if (!angler.email.isEmpty() && angler.email != other.email)
        return tr("%1 <%2>").arg(angler.fullName, angler.email);
    if (!angler.phone.isEmpty() && angler.phone != other.phone)
        return tr("%1 (phone %2)").arg(angler.fullName, angler.phone);
    if (angler.memberSince > 0 && angler.memberSince != other.memberSince)
        return tr("%1 (member since %2)").arg(angler.fullName).arg(angler.memberSince);
    if (!angler.email.isEmpty())
        return tr("%1 <%2>").arg(angler.fullName, angler.email);
    if (!angler.phone.isEmpty())
        return tr("%1 (phone %2)").arg(angler.fullName, angler.phone);
    return tr("%1 (no e-mail or phone)").arg(angler.fullName);
}
