#include "roster/anglerstore.h"

#include "core/clubrules.h"

#include "core/phone.h"
#include "store/store.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

// A null QString binds as SQL NULL; text columns that are NOT NULL need an empty string.
QString text(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("") : value;
}

QVariant yearOrNull(int year)
{
    return year > 0 ? QVariant(year) : QVariant(QMetaType(QMetaType::Int));
}

Angler readAngler(const QSqlQuery &q)
{
    Angler a;
    a.id = q.value(0).toString();
    a.fullName = q.value(1).toString();
    a.email = q.value(2).toString();
    a.phone = q.value(3).toString();
    a.memberSince = q.value(4).isNull() ? 0 : q.value(4).toInt();
    a.duesPaidThrough = q.value(5).isNull() ? 0 : q.value(5).toInt();
    a.inactive = q.value(6).toInt() != 0;
    a.notes = q.value(7).toString();
    a.mergedInto = q.value(8).toString();
    return a;
}

const char *anglerColumns = "id, full_name, email, phone, member_since, dues_paid_through, "
                            "inactive, notes, merged_into";

} // namespace

AnglerStore::AnglerStore(Store *store) : m_store(store) {}

Result<Angler> AnglerStore::angler(const QString &id) const
{
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT %1 FROM anglers WHERE id = ? AND deleted = 0")
                  .arg(QLatin1String(anglerColumns)));
    q.addBindValue(id);
    if (Status s = Store::exec(q, tr("read the angler")); !s)
        return Result<Angler>::failure(s.error());
    if (!q.next())
        return Result<Angler>::failure(tr("That angler is no longer on the roster."));
    return readAngler(q);
}

Result<QList<Angler>> AnglerStore::anglers() const
{
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT %1 FROM anglers WHERE deleted = 0 AND merged_into IS NULL "
                             "ORDER BY full_name COLLATE NOCASE, id")
                  .arg(QLatin1String(anglerColumns)));
    if (Status s = Store::exec(q, tr("read the roster")); !s)
        return Result<QList<Angler>>::failure(s.error());
    QList<Angler> all;
    while (q.next())
        all << readAngler(q);
    return all;
}

Result<Angler> AnglerStore::validated(const Angler &input) const
{
    using R = Result<Angler>;
    Angler a = input;
    a.fullName = input.fullName.simplified();
    a.email = input.email.trimmed();
    a.notes = input.notes.trimmed();
    if (a.fullName.isEmpty())
        return R::failure(tr("Enter the angler's name."));
    if (a.fullName.size() > 100)
        return R::failure(tr("The name is too long (at most 100 characters)."));
    if (!a.email.isEmpty()) {
        static const QRegularExpression shape(
            QStringLiteral("^[^@\\s,;<>]+@[^@\\s,;<>]+\\.[^@\\s,;<>.]+$"));
        if (a.email.size() > 254 || !shape.match(a.email).hasMatch())
            return R::failure(
                tr("\"%1\" is not an email address (like name@example.com).").arg(a.email));
        QSqlQuery q(m_store->database());
        q.prepare(QStringLiteral("SELECT full_name FROM anglers WHERE email = ? COLLATE NOCASE "
                                 "AND deleted = 0 AND id <> ?"));
        q.addBindValue(a.email);
        q.addBindValue(text(a.id));
        if (Status s = Store::exec(q, tr("check the email address")); !s)
            return R::failure(s.error());
        if (q.next())
            return R::failure(tr("The email address %1 is already used by %2.")
                                  .arg(a.email, q.value(0).toString()));
    }
    Result<QString> phone = Phone::normalise(input.phone);
    if (!phone)
        return R::failure(phone.error());
    a.phone = phone.value();
    const int thisSeason = m_store->currentSeason();
    if (a.memberSince != 0 && (a.memberSince < 1900 || a.memberSince > thisSeason))
        return R::failure(tr("Member since must be a year between 1900 and %1.").arg(thisSeason));
    if (a.duesPaidThrough != 0 && (a.duesPaidThrough < 1900 || a.duesPaidThrough > 2200))
        return R::failure(tr("Dues paid through must be a season year."));
    return a;
}

Result<QString> AnglerStore::insertAngler(const Angler &a)
{
    QVariantMap values{
        {QStringLiteral("full_name"), a.fullName},
        {QStringLiteral("email"), orNull(a.email)},
        {QStringLiteral("phone"), orNull(a.phone)},
        {QStringLiteral("member_since"), yearOrNull(a.memberSince)},
        {QStringLiteral("dues_paid_through"), yearOrNull(a.duesPaidThrough)},
        {QStringLiteral("inactive"), a.inactive ? 1 : 0},
        {QStringLiteral("notes"), text(a.notes)},
    };
    if (!a.id.isEmpty())
        values.insert(QStringLiteral("id"), a.id);
    return m_store->insert(QStringLiteral("anglers"), values);
}

Status AnglerStore::updateAngler(const Angler &a)
{
    return m_store->update(QStringLiteral("anglers"), a.id,
                           {
                               {QStringLiteral("full_name"), a.fullName},
                               {QStringLiteral("email"), orNull(a.email)},
                               {QStringLiteral("phone"), orNull(a.phone)},
                               {QStringLiteral("member_since"), yearOrNull(a.memberSince)},
                               {QStringLiteral("dues_paid_through"), yearOrNull(a.duesPaidThrough)},
                               {QStringLiteral("notes"), text(a.notes)},
                           });
}

Status AnglerStore::setInactive(const QString &id, bool inactive)
{
    return m_store->update(QStringLiteral("anglers"), id,
                           {{QStringLiteral("inactive"), inactive ? 1 : 0}});
}

Status AnglerStore::setPaidThrough(const QString &id, int season)
{
    return m_store->update(QStringLiteral("anglers"), id,
                           {{QStringLiteral("dues_paid_through"), yearOrNull(season)}});
}

Result<AnglerHistory> AnglerStore::history(const QString &id) const
{
    AnglerHistory h;
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM entries WHERE angler_id = ? AND deleted = 0), "
        "       (SELECT count(*) FROM boats WHERE (boater_id = ? OR partner_id = ?) "
        "        AND deleted = 0), "
        "       (SELECT count(*) FROM ledger WHERE angler_id = ? AND deleted = 0), "
        "       (SELECT count(*) FROM officer_terms WHERE angler_id = ? AND deleted = 0), "
        "       (SELECT count(*) FROM anglers WHERE merged_into = ? AND deleted = 0)"));
    for (int i = 0; i < 6; ++i)
        q.addBindValue(id);
    if (Status s = Store::exec(q, tr("read the angler's history")); !s)
        return Result<AnglerHistory>::failure(s.error());
    if (q.next()) {
        h.entries = q.value(0).toInt();
        h.boats = q.value(1).toInt();
        h.payments = q.value(2).toInt();
        h.offices = q.value(3).toInt();
        // A record others were merged into carries their history too.
        h.entries += q.value(4).toInt();
    }
    return h;
}

Result<DeletedAngler> AnglerStore::deleteAngler(const QString &id)
{
    using R = Result<DeletedAngler>;
    Result<AnglerHistory> h = history(id);
    if (!h)
        return R::failure(h.error());
    if (h->any())
        return R::failure(tr("This angler has history (tournaments, boats, payments or offices) "
                             "and cannot be deleted. Deactivate them instead."));
    DeletedAngler deleted;
    deleted.id = id;
    Status s = m_store->transaction([&]() -> Status {
        QSqlQuery q(m_store->database());
        q.prepare(QStringLiteral("SELECT id FROM memberships WHERE angler_id = ? AND deleted = 0"));
        q.addBindValue(id);
        if (Status e = Store::exec(q, tr("read the angler's memberships")); !e)
            return e;
        while (q.next())
            deleted.memberships << q.value(0).toString();
        for (const QString &m : std::as_const(deleted.memberships)) {
            if (Status e = m_store->remove(QStringLiteral("memberships"), m); !e)
                return e;
        }
        return m_store->remove(QStringLiteral("anglers"), id);
    });
    if (!s)
        return R::failure(s.error());
    return deleted;
}

Status AnglerStore::undeleteAngler(const DeletedAngler &deleted)
{
    return m_store->transaction([&]() -> Status {
        if (Status e = restore(QStringLiteral("anglers"), deleted.id); !e)
            return e;
        for (const QString &m : deleted.memberships) {
            if (Status e = restore(QStringLiteral("memberships"), m); !e)
                return e;
        }
        return Status::success();
    });
}

Status AnglerStore::restore(const QString &table, const QString &id)
{
    static const QStringList tables = {QStringLiteral("anglers"), QStringLiteral("memberships"),
                                       QStringLiteral("officer_terms")};
    if (!tables.contains(table))
        return Status::failure(
            QStringLiteral("internal error: cannot restore rows of %1").arg(table));
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("UPDATE %1 SET deleted = 0, modified = ?, origin = ? "
                             "WHERE id = ? AND deleted = 1")
                  .arg(table));
    q.addBindValue(m_store->nextStamp());
    q.addBindValue(m_store->deviceId());
    q.addBindValue(id);
    if (Status s = Store::exec(q, tr("bring the record back")); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("The record to bring back no longer exists."));
    emit m_store->changed(table);
    return Status::success();
}

Result<bool> AnglerStore::isMember(const QString &id, int season) const
{
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT count(*) FROM memberships WHERE angler_id = ? AND season = ? "
                             "AND deleted = 0"));
    q.addBindValue(id);
    q.addBindValue(season);
    if (Status s = Store::exec(q, tr("read the memberships")); !s)
        return Result<bool>::failure(s.error());
    return q.next() && q.value(0).toInt() > 0;
}

Result<QString> AnglerStore::addMembership(const QString &id, int season, const QDate &joinedOn)
{
    Result<bool> member = isMember(id, season);
    if (!member)
        return Result<QString>::failure(member.error());
    if (member.value())
        return QString();
    return m_store->insert(QStringLiteral("memberships"),
                           {{QStringLiteral("angler_id"), id},
                            {QStringLiteral("season"), season},
                            {QStringLiteral("joined_on"), joinedOn.toString(Qt::ISODate)}});
}

Result<QString> AnglerStore::endMembership(const QString &id, int season)
{
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT id FROM memberships WHERE angler_id = ? AND season = ? "
                             "AND deleted = 0"));
    q.addBindValue(id);
    q.addBindValue(season);
    if (Status s = Store::exec(q, tr("read the memberships")); !s)
        return Result<QString>::failure(s.error());
    if (!q.next())
        return QString();
    const QString membership = q.value(0).toString();
    if (Status s = m_store->remove(QStringLiteral("memberships"), membership); !s)
        return Result<QString>::failure(s.error());
    return membership;
}

Result<QHash<QString, QString>> AnglerStore::officers(int season) const
{
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT post, angler_id FROM officer_terms WHERE season = ? "
                             "AND deleted = 0"));
    q.addBindValue(season);
    if (Status s = Store::exec(q, tr("read the officers")); !s)
        return Result<QHash<QString, QString>>::failure(s.error());
    QHash<QString, QString> holders;
    while (q.next())
        holders.insert(q.value(0).toString(), q.value(1).toString());
    return holders;
}

Status AnglerStore::setOfficers(int season, const QHash<QString, QString> &holders)
{
    if (season < 1900 || season > 2200)
        return Status::failure(tr("Choose a season year."));
    return m_store->transaction([&]() -> Status {
        for (auto it = holders.cbegin(); it != holders.cend(); ++it) {
            if (!ClubRules::officerPosts().contains(it.key()))
                return Status::failure(tr("\"%1\" is not an office of the club.").arg(it.key()));
            QSqlQuery q(m_store->database());
            q.prepare(QStringLiteral("SELECT id, angler_id FROM officer_terms WHERE season = ? "
                                     "AND post = ? AND deleted = 0"));
            q.addBindValue(season);
            q.addBindValue(it.key());
            if (Status e = Store::exec(q, tr("read the officers")); !e)
                return e;
            QString termId;
            QString holder;
            if (q.next()) {
                termId = q.value(0).toString();
                holder = q.value(1).toString();
            }
            if (holder == it.value())
                continue;
            if (!termId.isEmpty()) {
                if (Status e = m_store->remove(QStringLiteral("officer_terms"), termId); !e)
                    return e;
            }
            if (!it.value().isEmpty()) {
                Result<Angler> a = angler(it.value());
                if (!a)
                    return Status::failure(a.error());
                auto inserted = m_store->insert(QStringLiteral("officer_terms"),
                                                {{QStringLiteral("season"), season},
                                                 {QStringLiteral("post"), it.key()},
                                                 {QStringLiteral("angler_id"), it.value()}});
                if (!inserted)
                    return Status::failure(inserted.error());
            }
        }
        return Status::success();
    });
}

Result<PaymentRecord> AnglerStore::recordPayment(const QString &anglerId,
                                                 const PaymentInput &payment,
                                                 const DuesPolicy &policy)
{
    using R = Result<PaymentRecord>;
    if (payment.amount.cents() <= 0)
        return R::failure(tr("Enter the amount paid."));
    if (!payment.date.isValid())
        return R::failure(tr("Enter the date of the payment."));
    if (!ClubRules::isPaymentMethod(payment.method))
        return R::failure(tr("Choose how the dues were paid: cash, check or online."));
    const QDate today = m_store->clubTime().today();
    if (payment.date > today)
        return R::failure(tr("The payment date %1 is in the future.")
                              .arg(QLocale().toString(payment.date, QLocale::ShortFormat)));

    PaymentRecord record;
    record.anglerId = anglerId;
    Status s = m_store->transaction([&]() -> Status {
        Result<Angler> a = angler(anglerId);
        if (!a)
            return Status::failure(a.error());
        if (!a->mergedInto.isEmpty())
            return Status::failure(tr("%1 was merged into another record; record the payment "
                                      "there.")
                                       .arg(a->fullName));
        const DuesPolicy::Outcome outcome =
            policy.apply(a->duesPaidThrough, payment.date, payment.amount);
        record.oldPaidThrough = a->duesPaidThrough;
        record.newPaidThrough = outcome.paidThrough;
        auto ledgerId =
            m_store->insert(QStringLiteral("ledger"),
                            {{QStringLiteral("posted_at"), QDateTime::currentMSecsSinceEpoch()},
                             {QStringLiteral("entry_date"), payment.date.toString(Qt::ISODate)},
                             {QStringLiteral("season"), payment.date.year()},
                             {QStringLiteral("kind"), QStringLiteral("dues")},
                             {QStringLiteral("fund"), QStringLiteral("operating")},
                             {QStringLiteral("amount_cents"), payment.amount.cents()},
                             {QStringLiteral("angler_id"), anglerId},
                             {QStringLiteral("method"), payment.method},
                             {QStringLiteral("note"), text(payment.note.trimmed())}});
        if (!ledgerId)
            return Status::failure(ledgerId.error());
        record.ledgerId = ledgerId.value();
        if (record.newPaidThrough != record.oldPaidThrough) {
            if (Status e = setPaidThrough(anglerId, record.newPaidThrough); !e)
                return e;
        }
        for (int season : outcome.seasonsCovered) {
            const QDate joined = season == payment.date.year() ? payment.date : QDate(season, 1, 1);
            Result<QString> m = addMembership(anglerId, season, joined);
            if (!m)
                return Status::failure(m.error());
            if (!m->isEmpty())
                record.createdMemberships << m.value();
        }
        return Status::success();
    });
    if (!s)
        return R::failure(s.error());
    return record;
}

Status AnglerStore::reversePayment(const PaymentRecord &record)
{
    return m_store->transaction([&]() -> Status {
        QSqlQuery q(m_store->database());
        q.prepare(QStringLiteral("SELECT amount_cents, kind, fund, method FROM ledger "
                                 "WHERE id = ? AND deleted = 0"));
        q.addBindValue(record.ledgerId);
        if (Status e = Store::exec(q, tr("read the payment")); !e)
            return e;
        if (!q.next())
            return Status::failure(tr("The payment to reverse is no longer in the ledger."));
        const QDate today = m_store->clubTime().today();
        auto reversal =
            m_store->insert(QStringLiteral("ledger"),
                            {{QStringLiteral("posted_at"), QDateTime::currentMSecsSinceEpoch()},
                             {QStringLiteral("entry_date"), today.toString(Qt::ISODate)},
                             {QStringLiteral("season"), today.year()},
                             {QStringLiteral("kind"), q.value(1)},
                             {QStringLiteral("fund"), q.value(2)},
                             {QStringLiteral("amount_cents"), -q.value(0).toLongLong()},
                             {QStringLiteral("angler_id"), record.anglerId},
                             {QStringLiteral("method"), q.value(3)},
                             {QStringLiteral("note"), tr("Reverses a payment recorded by mistake")},
                             {QStringLiteral("reverses_id"), record.ledgerId}});
        if (!reversal)
            return Status::failure(reversal.error());
        Result<Angler> a = angler(record.anglerId);
        if (!a)
            return Status::failure(a.error());
        if (a->duesPaidThrough == record.newPaidThrough &&
            record.newPaidThrough != record.oldPaidThrough) {
            if (Status e = setPaidThrough(record.anglerId, record.oldPaidThrough); !e)
                return e;
        }
        for (const QString &m : record.createdMemberships) {
            if (Status e = m_store->remove(QStringLiteral("memberships"), m); !e)
                return e;
        }
        return Status::success();
    });
}

Result<QStringList> AnglerStore::identities(const QString &anglerId) const
{
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("WITH RECURSIVE ids(id) AS (SELECT ? UNION "
                             "SELECT a.id FROM anglers a JOIN ids ON a.merged_into = ids.id "
                             "WHERE a.deleted = 0) SELECT id FROM ids"));
    q.addBindValue(anglerId);
    if (Status s = Store::exec(q, tr("read the merged records")); !s)
        return Result<QStringList>::failure(s.error());
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

Result<QList<PaymentLine>> AnglerStore::payments(const QString &anglerId) const
{
    using R = Result<QList<PaymentLine>>;
    Result<QStringList> ids = identities(anglerId);
    if (!ids)
        return R::failure(ids.error());
    QList<PaymentLine> lines;
    QSet<QString> reversedIds;
    for (const QString &id : ids.value()) {
        QSqlQuery q(m_store->database());
        q.prepare(QStringLiteral(
            "SELECT id, angler_id, entry_date, season, amount_cents, method, note, reverses_id "
            "FROM ledger WHERE angler_id = ? AND kind = 'dues' AND deleted = 0 "
            "ORDER BY entry_date, posted_at"));
        q.addBindValue(id);
        if (Status s = Store::exec(q, tr("read the payments")); !s)
            return R::failure(s.error());
        while (q.next()) {
            PaymentLine line;
            line.id = q.value(0).toString();
            line.anglerId = q.value(1).toString();
            line.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
            line.season = q.value(3).toInt();
            line.amount = Money::fromCents(q.value(4).toLongLong());
            line.method = q.value(5).toString();
            line.note = q.value(6).toString();
            line.reversesId = q.value(7).toString();
            if (!line.reversesId.isEmpty())
                reversedIds.insert(line.reversesId);
            lines << line;
        }
    }
    for (PaymentLine &line : lines)
        line.reversed = reversedIds.contains(line.id);
    std::stable_sort(lines.begin(), lines.end(),
                     [](const PaymentLine &a, const PaymentLine &b) { return a.date < b.date; });
    return lines;
}
