#include "roster/anglerstore.h"

#include "core/clubrules.h"
#include "core/phone.h"
#include "store/query.h"
#include "store/store.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
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

// A row of `anglerColumns`.
Angler readAngler(const Query &q)
{
    Angler a;
    a.id = q.value("id").toString();
    a.fullName = q.value("full_name").toString();
    a.email = q.value("email").toString();
    a.phone = q.value("phone").toString();
    const QVariant memberSince = q.value("member_since");
    a.memberSince = memberSince.isNull() ? 0 : memberSince.toInt();
    const QVariant paidThrough = q.value("dues_paid_through");
    a.duesPaidThrough = paidThrough.isNull() ? 0 : paidThrough.toInt();
    a.inactive = q.value("inactive").toInt() != 0;
    a.notes = q.value("notes").toString();
    a.mergedInto = q.value("merged_into").toString();
    a.emailOptIn = q.value("email_opt_in").toInt() != 0;
    a.mailResults = q.value("mail_results").toInt() != 0;
    a.mailNews = q.value("mail_news").toInt() != 0;
    return a;
}

const char *anglerColumns = "id, full_name, email, phone, member_since, dues_paid_through, "
                            "inactive, notes, merged_into, email_opt_in, mail_results, mail_news";

} // namespace

AnglerStore::AnglerStore(Store *store) : m_store(store) {}

Result<Angler> AnglerStore::angler(const QString &id) const
{
    Query q(m_store->database(),
            QStringLiteral("SELECT %1 FROM anglers WHERE id = ? AND deleted = 0")
                .arg(QLatin1String(anglerColumns)));
    q.bind(id);
    if (Status s = q.exec(tr("read the angler")); !s)
        return Result<Angler>::failure(s.error());
    if (!q.next())
        return Result<Angler>::failure(tr("That angler is no longer on the roster."));
    return readAngler(q);
}

Result<QList<Angler>> AnglerStore::anglers() const
{
    Query q(m_store->database(),
            QStringLiteral("SELECT %1 FROM anglers WHERE deleted = 0 AND merged_into IS NULL "
                           "ORDER BY full_name COLLATE NOCASE, id")
                .arg(QLatin1String(anglerColumns)));
    if (Status s = q.exec(tr("read the roster")); !s)
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
    if (a.fullName.size() > ClubRules::maxNameLength)
        return R::failure(tr("The name is %1 characters long; at most %2 fit. Shorten it.")
                              .arg(a.fullName.size())
                              .arg(ClubRules::maxNameLength));
    if (!a.email.isEmpty()) {
        static const QRegularExpression shape(
            QStringLiteral("^[^@\\s,;<>]+@[^@\\s,;<>]+\\.[^@\\s,;<>.]+$"));
        if (a.email.size() > 254 || !shape.match(a.email).hasMatch())
            return R::failure(
                tr("\"%1\" is not an email address (like name@example.com).").arg(a.email));
        Query q(m_store->database(),
                QStringLiteral("SELECT full_name FROM anglers WHERE email = ? COLLATE NOCASE "
                               "AND deleted = 0 AND id <> ?"));
        q.bind(a.email).bind(text(a.id));
        if (Status s = q.exec(tr("check the email address")); !s)
            return R::failure(s.error());
        if (q.next())
            return R::failure(tr("The email address %1 is already used by %2.")
                                  .arg(a.email, q.value("full_name").toString()));
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
        {QStringLiteral("email_opt_in"), a.emailOptIn ? 1 : 0},
        {QStringLiteral("mail_results"), a.mailResults ? 1 : 0},
        {QStringLiteral("mail_news"), a.mailNews ? 1 : 0},
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
                               {QStringLiteral("email_opt_in"), a.emailOptIn ? 1 : 0},
                               {QStringLiteral("mail_results"), a.mailResults ? 1 : 0},
                               {QStringLiteral("mail_news"), a.mailNews ? 1 : 0},
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
    Query q(m_store->database(),
            QStringLiteral(
                "SELECT (SELECT count(*) FROM entries WHERE angler_id = ? AND deleted = 0) "
                "         AS entries, "
                "       (SELECT count(*) FROM boats WHERE (boater_id = ? OR partner_id = ?) "
                "        AND deleted = 0) AS boats, "
                "       (SELECT count(*) FROM ledger WHERE angler_id = ? AND deleted = 0) "
                "         AS payments, "
                "       (SELECT count(*) FROM officer_terms WHERE angler_id = ? AND deleted = 0) "
                "         AS offices, "
                "       (SELECT count(*) FROM anglers WHERE merged_into = ? AND deleted = 0) "
                "         AS merged"));
    for (int i = 0; i < 6; ++i)
        q.bind(id);
    if (Status s = q.exec(tr("read the angler's history")); !s)
        return Result<AnglerHistory>::failure(s.error());
    if (q.next()) {
        h.entries = q.value("entries").toInt();
        h.boats = q.value("boats").toInt();
        h.payments = q.value("payments").toInt();
        h.offices = q.value("offices").toInt();
        // A record others were merged into carries their history too.
        h.entries += q.value("merged").toInt();
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
    Store::Transaction transaction(*m_store);
    if (Status s = transaction.begun(); !s)
        return R::failure(s.error());
    Query q(m_store->database(),
            QStringLiteral("SELECT id FROM memberships WHERE angler_id = ? AND deleted = 0"));
    q.bind(id);
    if (Status s = q.exec(tr("read the angler's memberships")); !s)
        return R::failure(s.error());
    while (q.next())
        deleted.memberships << q.value("id").toString();
    for (const QString &m : std::as_const(deleted.memberships)) {
        if (Status s = m_store->remove(QStringLiteral("memberships"), m); !s)
            return R::failure(s.error());
    }
    if (Status s = m_store->remove(QStringLiteral("anglers"), id); !s)
        return R::failure(s.error());
    if (Status s = transaction.commit(); !s)
        return R::failure(s.error());
    return deleted;
}

Status AnglerStore::undeleteAngler(const DeletedAngler &deleted)
{
    Store::Transaction transaction(*m_store);
    if (Status s = transaction.begun(); !s)
        return s;
    if (Status s = restore(QStringLiteral("anglers"), deleted.id); !s)
        return s;
    for (const QString &m : deleted.memberships) {
        if (Status s = restore(QStringLiteral("memberships"), m); !s)
            return s;
    }
    return transaction.commit();
}

Status AnglerStore::restore(const QString &table, const QString &id)
{
    static const QStringList tables = {QStringLiteral("anglers"), QStringLiteral("memberships"),
                                       QStringLiteral("officer_terms")};
    if (!tables.contains(table))
        return Status::failure(
            QStringLiteral("internal error: cannot restore rows of %1").arg(table));
    Query q(m_store->database(),
            QStringLiteral("UPDATE %1 SET deleted = 0, modified = ?, origin = ? "
                           "WHERE id = ? AND deleted = 1")
                .arg(table));
    q.bind(m_store->nextStamp()).bind(m_store->deviceId()).bind(id);
    if (Status s = q.exec(tr("bring the record back")); !s)
        return s;
    if (q.rowsAffected() != 1)
        return Status::failure(tr("The record to bring back no longer exists."));
    emit m_store->changed(table);
    return Status::success();
}

Result<bool> AnglerStore::isMember(const QString &id, int season) const
{
    Query q(m_store->database(),
            QStringLiteral("SELECT count(*) AS memberships FROM memberships WHERE angler_id = ? "
                           "AND season = ? AND deleted = 0"));
    q.bind(id).bind(season);
    if (Status s = q.exec(tr("read the memberships")); !s)
        return Result<bool>::failure(s.error());
    return q.next() && q.value("memberships").toInt() > 0;
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
    Query q(m_store->database(),
            QStringLiteral("SELECT id FROM memberships WHERE angler_id = ? AND season = ? "
                           "AND deleted = 0"));
    q.bind(id).bind(season);
    if (Status s = q.exec(tr("read the memberships")); !s)
        return Result<QString>::failure(s.error());
    if (!q.next())
        return QString();
    const QString membership = q.value("id").toString();
    if (Status s = m_store->remove(QStringLiteral("memberships"), membership); !s)
        return Result<QString>::failure(s.error());
    return membership;
}

Result<QHash<QString, bool>> AnglerStore::entryMemberFlags(const QString &id, int season) const
{
    using R = Result<QHash<QString, bool>>;
    Query q(m_store->database(),
            QStringLiteral("SELECT e.id AS id, e.was_member AS was_member FROM entries e "
                           "JOIN tournaments t ON t.id = e.tournament_id WHERE e.angler_id = ? "
                           "AND t.season = ? AND e.deleted = 0 AND t.deleted = 0"));
    q.bind(id).bind(season);
    if (Status s = q.exec(tr("read the angler's entries")); !s)
        return R::failure(s.error());
    QHash<QString, bool> flags;
    while (q.next())
        flags.insert(q.value("id").toString(), q.value("was_member").toInt() != 0);
    return flags;
}

Status AnglerStore::setEntryMemberFlags(const QHash<QString, bool> &flags)
{
    return m_store->transaction([&]() -> Status {
        for (auto it = flags.cbegin(); it != flags.cend(); ++it)
            if (Status s = m_store->update(QStringLiteral("entries"), it.key(),
                                           {{QStringLiteral("was_member"), it.value() ? 1 : 0}});
                !s)
                return s;
        return Status::success();
    });
}

Result<QHash<QString, QString>> AnglerStore::officers(int season) const
{
    Query q(m_store->database(),
            QStringLiteral("SELECT post, angler_id FROM officer_terms WHERE season = ? "
                           "AND deleted = 0"));
    q.bind(season);
    if (Status s = q.exec(tr("read the officers")); !s)
        return Result<QHash<QString, QString>>::failure(s.error());
    QHash<QString, QString> holders;
    while (q.next())
        holders.insert(q.value("post").toString(), q.value("angler_id").toString());
    return holders;
}

Status AnglerStore::setOfficers(int season, const QHash<QString, QString> &holders)
{
    if (season < 1900 || season > 2200)
        return Status::failure(tr("Choose a season year."));
    Store::Transaction transaction(*m_store);
    if (Status s = transaction.begun(); !s)
        return s;
    for (auto it = holders.cbegin(); it != holders.cend(); ++it) {
        if (!ClubRules::officerPosts().contains(it.key()))
            return Status::failure(tr("\"%1\" is not an office of the club.").arg(it.key()));
        Query q(m_store->database(),
                QStringLiteral("SELECT id, angler_id FROM officer_terms WHERE season = ? "
                               "AND post = ? AND deleted = 0"));
        q.bind(season).bind(it.key());
        if (Status s = q.exec(tr("read the officers")); !s)
            return s;
        QString termId;
        QString holder;
        if (q.next()) {
            termId = q.value("id").toString();
            holder = q.value("angler_id").toString();
        }
        if (holder == it.value())
            continue;
        if (!termId.isEmpty()) {
            if (Status s = m_store->remove(QStringLiteral("officer_terms"), termId); !s)
                return s;
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
    return transaction.commit();
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
    Store::Transaction transaction(*m_store);
    if (Status s = transaction.begun(); !s)
        return R::failure(s.error());
    Result<Angler> a = angler(anglerId);
    if (!a)
        return R::failure(a.error());
    if (!a->mergedInto.isEmpty())
        return R::failure(tr("%1 was merged into another record; record the payment there.")
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
        return R::failure(ledgerId.error());
    record.ledgerId = ledgerId.value();
    if (record.newPaidThrough != record.oldPaidThrough) {
        if (Status s = setPaidThrough(anglerId, record.newPaidThrough); !s)
            return R::failure(s.error());
    }
    for (int season : outcome.seasonsCovered) {
        const QDate joined = season == payment.date.year() ? payment.date : QDate(season, 1, 1);
        Result<QString> m = addMembership(anglerId, season, joined);
        if (!m)
            return R::failure(m.error());
        if (!m->isEmpty())
            record.createdMemberships << m.value();
    }
    if (Status s = transaction.commit(); !s)
        return R::failure(s.error());
    return record;
}

Status AnglerStore::reversePayment(const PaymentRecord &record)
{
    Store::Transaction transaction(*m_store);
    if (Status s = transaction.begun(); !s)
        return s;
    Query q(m_store->database(),
            QStringLiteral("SELECT amount_cents, kind, fund, method FROM ledger "
                           "WHERE id = ? AND deleted = 0"));
    q.bind(record.ledgerId);
    if (Status s = q.exec(tr("read the payment")); !s)
        return s;
    if (!q.next())
        return Status::failure(tr("The payment to reverse is no longer in the ledger."));
    const QDate today = m_store->clubTime().today();
    auto reversal =
        m_store->insert(QStringLiteral("ledger"),
                        {{QStringLiteral("posted_at"), QDateTime::currentMSecsSinceEpoch()},
                         {QStringLiteral("entry_date"), today.toString(Qt::ISODate)},
                         {QStringLiteral("season"), today.year()},
                         {QStringLiteral("kind"), q.value("kind")},
                         {QStringLiteral("fund"), q.value("fund")},
                         {QStringLiteral("amount_cents"), -q.value("amount_cents").toLongLong()},
                         {QStringLiteral("angler_id"), record.anglerId},
                         {QStringLiteral("method"), q.value("method")},
                         {QStringLiteral("note"), tr("Reverses a payment recorded by mistake")},
                         {QStringLiteral("reverses_id"), record.ledgerId}});
    if (!reversal)
        return Status::failure(reversal.error());
    Result<Angler> a = angler(record.anglerId);
    if (!a)
        return Status::failure(a.error());
    if (a->duesPaidThrough == record.newPaidThrough &&
        record.newPaidThrough != record.oldPaidThrough) {
        if (Status s = setPaidThrough(record.anglerId, record.oldPaidThrough); !s)
            return s;
    }
    for (const QString &m : record.createdMemberships) {
        if (Status s = m_store->remove(QStringLiteral("memberships"), m); !s)
            return s;
    }
    return transaction.commit();
}

Status AnglerStore::duesPaymentReversed(const QString &anglerId,
                                        const QString &reversedLedgerId, const DuesPolicy &policy)
{
    // The paid-through season lives on the surviving record of a merge.
    Result<Angler> a = angler(anglerId);
    for (int hops = 0; a && !a->mergedInto.isEmpty() && hops < 32; ++hops)
        a = angler(a->mergedInto);
    if (!a)
        return Status::failure(a.error());
    Result<QList<PaymentLine>> lines = payments(a->id);
    if (!lines)
        return Status::failure(lines.error());
    QList<PaymentLine> all;  // every payment that counted before the reversal
    QList<PaymentLine> live; // those that still count
    for (const PaymentLine &line : lines.value()) {
        if (!line.reversesId.isEmpty() || line.amount.cents() <= 0)
            continue;
        if (line.id == reversedLedgerId)
            all << line;
        else if (!line.reversed) {
            all << line;
            live << line;
        }
    }
    const auto replay = [&policy](int from, const QList<PaymentLine> &list) {
        int paidThrough = from;
        for (const PaymentLine &line : list)
            paidThrough = policy.apply(paidThrough, line.date, line.amount).paidThrough;
        return paidThrough;
    };
    const int current = a->duesPaidThrough;
    if (all.isEmpty() || all.size() == live.size())
        return Status::success();
    // The season paid through before the first payment: one from which the payments lead to
    // today's paid-through. Several fit (a new member and a renewing one pay the same); the
    // renewing member was already a member of that season before the first payment (a payment's
    // own memberships start on its date), a new one never paid.
    QList<int> fits;
    for (int from = current; from >= std::max(1900, current - 300); --from)
        if (replay(from, all) == current)
            fits << from;
    Query q(m_store->database(),
            QStringLiteral("SELECT season FROM memberships WHERE angler_id = ? AND deleted = 0 "
                           "AND joined_on < ?"));
    q.bind(a->id).bind(all.first().date.toString(Qt::ISODate));
    if (Status s = q.exec(tr("read the memberships")); !s)
        return s;
    QSet<int> memberBefore;
    while (q.next())
        memberBefore.insert(q.value("season").toInt());
    int before = -1;
    for (int from : std::as_const(fits)) {
        if (memberBefore.contains(from)) {
            before = from;
            break;
        }
    }
    if (before < 0 && replay(0, all) == current)
        before = 0;
    if (before < 0 && !fits.isEmpty())
        before = fits.first();
    int paidThrough = 0;
    if (before >= 0) {
        paidThrough = replay(before, live);
    } else {
        // Paid-through was set by hand beyond what the payments explain: take off the seasons
        // the reversed payment paid for.
        const PaymentLine &reversed = *std::find_if(
            all.cbegin(), all.cend(),
            [&](const PaymentLine &line) { return line.id == reversedLedgerId; });
        const int seasons = int(reversed.amount.cents() / std::max<qint64>(1, policy.seasonDues.cents()));
        paidThrough = current - seasons < 1900 ? 0 : current - seasons;
    }
    if (paidThrough == current)
        return Status::success();
    return setPaidThrough(a->id, paidThrough);
}

Result<QStringList> AnglerStore::identities(const QString &anglerId) const
{
    Query q(m_store->database(),
            QStringLiteral("WITH RECURSIVE ids(id) AS (SELECT ? UNION "
                           "SELECT a.id FROM anglers a JOIN ids ON a.merged_into = ids.id "
                           "WHERE a.deleted = 0) SELECT id FROM ids"));
    q.bind(anglerId);
    if (Status s = q.exec(tr("read the merged records")); !s)
        return Result<QStringList>::failure(s.error());
    QStringList ids;
    while (q.next())
        ids << q.value("id").toString();
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
        Query q(m_store->database(),
                QStringLiteral("SELECT id, angler_id, entry_date, season, amount_cents, method, "
                               "note, reverses_id FROM ledger "
                               "WHERE angler_id = ? AND kind = 'dues' AND deleted = 0 "
                               "ORDER BY entry_date, posted_at"));
        q.bind(id);
        if (Status s = q.exec(tr("read the payments")); !s)
            return R::failure(s.error());
        while (q.next()) {
            PaymentLine line;
            line.id = q.value("id").toString();
            line.anglerId = q.value("angler_id").toString();
            line.date = QDate::fromString(q.value("entry_date").toString(), Qt::ISODate);
            line.season = q.value("season").toInt();
            line.amount = Money::fromCents(q.value("amount_cents").toLongLong());
            line.method = q.value("method").toString();
            line.note = q.value("note").toString();
            line.reversesId = q.value("reverses_id").toString();
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

Result<QList<AnglerChoice>> AnglerStore::choices(int season) const
{
    using R = Result<QList<AnglerChoice>>;
    Query q(m_store->database(),
            QStringLiteral(
                "SELECT a.id AS id, a.full_name AS full_name, a.phone AS phone, "
                "a.dues_paid_through AS dues_paid_through, a.inactive AS inactive, "
                "EXISTS (SELECT 1 FROM memberships m WHERE m.angler_id = a.id AND "
                "m.season = :season AND m.deleted = 0) AS member, "
                "(SELECT count(*) FROM entries e JOIN tournaments t ON t.id = e.tournament_id "
                "WHERE e.angler_id = a.id AND e.deleted = 0 AND t.deleted = 0 AND "
                "t.season = :season AND e.was_member = 0) AS guest_events "
                "FROM anglers a WHERE a.deleted = 0 AND a.merged_into IS NULL "
                "ORDER BY a.full_name COLLATE NOCASE, a.id"));
    q.statement().setForwardOnly(true);
    if (Status s = q.bind(QStringLiteral(":season"), season).exec(tr("read the roster")); !s)
        return R::failure(s.error());
    QList<AnglerChoice> members;
    QList<AnglerChoice> others;
    while (q.next()) {
        AnglerChoice c;
        c.id = q.value("id").toString();
        c.name = q.value("full_name").toString();
        c.phone = q.value("phone").toString();
        c.duesPaidThrough = q.value("dues_paid_through").toInt(); // NULL: never paid
        c.inactive = q.value("inactive").toInt() != 0;
        c.member = q.value("member").toInt() != 0;
        c.guestEvents = q.value("guest_events").toInt();
        (c.member ? members : others).append(c);
    }
    return members + others;
}

Result<QString> AnglerStore::insertGuest(const QString &name, const QString &phone)
{
    const QString clean = name.simplified();
    if (clean.isEmpty())
        return Result<QString>::failure(tr("Enter the guest's name."));
    if (clean.size() > ClubRules::maxNameLength)
        return Result<QString>::failure(
            tr("The name is %1 characters long; at most %2 fit. Shorten it.")
                .arg(clean.size())
                .arg(ClubRules::maxNameLength));
    auto normalised = Phone::normalise(phone);
    if (!normalised)
        return Result<QString>::failure(normalised.error());
    QVariantMap values = {{QStringLiteral("full_name"), clean},
                          {QStringLiteral("notes"), tr("Walk-up guest")}};
    if (!normalised->isEmpty())
        values.insert(QStringLiteral("phone"), normalised.value());
    return m_store->insert(QStringLiteral("anglers"), values);
}

Result<QList<RosterLine>> AnglerStore::roster(int season) const
{
    using R = Result<QList<RosterLine>>;
    Query q(m_store->database(),
            QStringLiteral(
                "SELECT a.id AS id, a.full_name AS full_name, a.phone AS phone, a.email AS email, "
                "a.member_since AS member_since, a.dues_paid_through AS dues_paid_through, "
                "a.inactive AS inactive, "
                "EXISTS (SELECT 1 FROM memberships m "
                "        WHERE m.angler_id = a.id AND m.season = :season AND m.deleted = 0) "
                "  AS member, "
                "(SELECT count(*) FROM entries e JOIN tournaments t ON t.id = e.tournament_id "
                " WHERE e.angler_id = a.id AND e.deleted = 0 AND t.deleted = 0 "
                " AND t.season = :season) AS tournaments, "
                "(SELECT max(t.season) FROM entries e JOIN tournaments t ON t.id = e.tournament_id "
                " WHERE e.angler_id = a.id AND e.deleted = 0 AND t.deleted = 0) AS last_fished "
                "FROM anglers a "
                "WHERE a.deleted = 0 AND a.merged_into IS NULL "
                "ORDER BY a.full_name COLLATE NOCASE, a.id"));
    q.statement().setForwardOnly(true);
    if (Status s = q.bind(QStringLiteral(":season"), season).exec(tr("read the roster")); !s)
        return R::failure(s.error());
    QList<RosterLine> out;
    while (q.next()) {
        RosterLine line;
        line.id = q.value("id").toString();
        line.name = q.value("full_name").toString();
        line.phone = q.value("phone").toString();
        line.email = q.value("email").toString();
        line.memberSince = q.value("member_since").toInt();           // NULL: unknown
        line.duesPaidThrough = q.value("dues_paid_through").toInt(); // NULL: never paid
        line.inactive = q.value("inactive").toInt() != 0;
        line.member = q.value("member").toInt() != 0;
        line.tournaments = q.value("tournaments").toInt();
        line.lastFished = q.value("last_fished").toInt(); // NULL: never fished
        out.append(line);
    }
    return out;
}

Result<QList<DuesLine>> AnglerStore::dues(int season) const
{
    using R = Result<QList<DuesLine>>;
    Query q(m_store->database(),
            QStringLiteral(
                "SELECT a.id AS id, a.full_name AS full_name, "
                "a.dues_paid_through AS dues_paid_through, "
                "EXISTS (SELECT 1 FROM memberships m WHERE m.angler_id = a.id "
                "AND m.season = :season AND m.deleted = 0) AS member, "
                "(SELECT coalesce(sum(l.amount_cents), 0) FROM ledger l WHERE l.angler_id = a.id "
                "AND l.kind = 'dues' AND l.season = :season AND l.deleted = 0) AS paid_cents, "
                "(SELECT max(l.entry_date) FROM ledger l WHERE l.angler_id = a.id "
                "AND l.kind = 'dues' AND l.season = :season AND l.deleted = 0 "
                "AND l.amount_cents > 0 AND l.reverses_id IS NULL) AS last_payment "
                "FROM anglers a WHERE a.deleted = 0 AND a.merged_into IS NULL "
                "ORDER BY a.full_name COLLATE NOCASE, a.id"));
    if (Status s = q.bind(QStringLiteral(":season"), season).exec(tr("read the dues")); !s)
        return R::failure(s.error());
    QList<DuesLine> out;
    while (q.next()) {
        DuesLine line;
        line.member = q.value("member").toInt() != 0;
        line.paid = Money::fromCents(q.value("paid_cents").toLongLong());
        if (!line.member && line.paid.isZero())
            continue;
        line.id = q.value("id").toString();
        line.name = q.value("full_name").toString();
        line.duesPaidThrough = q.value("dues_paid_through").toInt(); // NULL: never paid
        line.lastPayment = q.value("last_payment").toString();
        out.append(line);
    }
    return out;
}
