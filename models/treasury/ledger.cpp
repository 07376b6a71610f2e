#include "treasury/ledger.h"

#include "core/clubrules.h"

#include "store/store.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace {

struct KindName
{
    LedgerKind kind;
    const char *key;
};

const KindName kindNames[] = {
    {LedgerKind::Dues, "dues"},
    {LedgerKind::EntryFee, "entry_fee"},
    {LedgerKind::BuyIn, "buy_in"},
    {LedgerKind::Payout, "payout"},
    {LedgerKind::BigBassPot, "big_bass_pot"},
    {LedgerKind::Carryover, "carryover"},
    {LedgerKind::ClubFund, "club_fund"},
    {LedgerKind::Charity, "charity"},
    {LedgerKind::Expense, "expense"},
    {LedgerKind::Correction, "correction"},
};

struct FundName
{
    Fund fund;
    const char *key;
};

const FundName fundNames[] = {
    {Fund::Operating, "operating"},     {Fund::TournamentPot, "tournament_pot"},
    {Fund::BigBassPot, "big_bass_pot"}, {Fund::Club, "club"},
    {Fund::Charity, "charity"},
};

// The columns every read of ledger lines selects, with the names of the angler and tournament
// and the id of a live entry that reverses the line.
const char *const selectColumns =
    "SELECT l.id, l.posted_at, l.entry_date, l.season, l.kind, l.fund, l.amount_cents, "
    "l.angler_id, a.full_name, l.tournament_id, t.name, l.method, l.note, l.reverses_id, "
    "(SELECT r.id FROM ledger r WHERE r.reverses_id = l.id AND r.deleted = 0 LIMIT 1) "
    "FROM ledger l LEFT JOIN anglers a ON a.id = l.angler_id "
    "LEFT JOIN tournaments t ON t.id = l.tournament_id ";

LedgerEntry readRow(const QSqlQuery &q)
{
    LedgerEntry e;
    e.id = q.value(0).toString();
    e.postedAt = q.value(1).toLongLong();
    e.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    e.season = q.value(3).toInt();
    e.kind = ledger::kindFromKey(q.value(4).toString()).value_or(LedgerKind::Correction);
    e.fund = ledger::fundFromKey(q.value(5).toString()).value_or(Fund::Operating);
    e.amount = Money::fromCents(q.value(6).toLongLong());
    e.anglerId = q.value(7).toString();
    e.anglerName = q.value(8).toString();
    e.tournamentId = q.value(9).toString();
    e.tournamentName = q.value(10).toString();
    e.method = q.value(11).toString();
    e.note = q.value(12).toString();
    e.reversesId = q.value(13).toString();
    e.reversedById = q.value(14).toString();
    return e;
}

} // namespace

namespace ledger {

QString kindKey(LedgerKind kind)
{
    for (const KindName &k : kindNames)
        if (k.kind == kind)
            return QString::fromLatin1(k.key);
    return QString();
}

std::optional<LedgerKind> kindFromKey(const QString &key)
{
    for (const KindName &k : kindNames)
        if (key == QLatin1String(k.key))
            return k.kind;
    return std::nullopt;
}

QString kindText(LedgerKind kind)
{
    switch (kind) {
    case LedgerKind::Dues:
        return LedgerStore::tr("Dues");
    case LedgerKind::EntryFee:
        return LedgerStore::tr("Entry fee");
    case LedgerKind::BuyIn:
        return LedgerStore::tr("Buy-in");
    case LedgerKind::Payout:
        return LedgerStore::tr("Payout");
    case LedgerKind::BigBassPot:
        return LedgerStore::tr("Big bass pot");
    case LedgerKind::Carryover:
        return LedgerStore::tr("Carryover");
    case LedgerKind::ClubFund:
        return LedgerStore::tr("Club fund");
    case LedgerKind::Charity:
        return LedgerStore::tr("Charity");
    case LedgerKind::Expense:
        return LedgerStore::tr("Expense");
    case LedgerKind::Correction:
        return LedgerStore::tr("Correction");
    }
    return QString();
}

QString fundKey(Fund fund)
{
    for (const FundName &f : fundNames)
        if (f.fund == fund)
            return QString::fromLatin1(f.key);
    return QString();
}

std::optional<Fund> fundFromKey(const QString &key)
{
    for (const FundName &f : fundNames)
        if (key == QLatin1String(f.key))
            return f.fund;
    return std::nullopt;
}

QString fundText(Fund fund)
{
    switch (fund) {
    case Fund::Operating:
        return LedgerStore::tr("Operating");
    case Fund::TournamentPot:
        return LedgerStore::tr("Tournament pot");
    case Fund::BigBassPot:
        return LedgerStore::tr("Big bass pot");
    case Fund::Club:
        return LedgerStore::tr("Club fund");
    case Fund::Charity:
        return LedgerStore::tr("Charity");
    }
    return QString();
}

bool validMethod(const QString &method)
{
    return method.isEmpty() || ClubRules::isPaymentMethod(method);
}

QList<Fund> allFunds()
{
    QList<Fund> funds;
    for (const FundName &f : fundNames)
        funds.append(f.fund);
    return funds;
}

QList<LedgerKind> allKinds()
{
    QList<LedgerKind> kinds;
    for (const KindName &k : kindNames)
        kinds.append(k.kind);
    return kinds;
}

} // namespace ledger

Money FundBalances::total() const
{
    Money sum;
    for (Money m : amounts)
        sum += m;
    return sum;
}

LedgerStore::LedgerStore(Store *store) : m_store(store) {}

Store *LedgerStore::store() const
{
    return m_store;
}

Result<QString> LedgerStore::post(const LedgerPosting &p)
{
    return insertPosting(p, QString());
}

Result<QString> LedgerStore::insertPosting(const LedgerPosting &p, const QString &reversesId)
{
    using R = Result<QString>;
    if (!m_store)
        return R::failure(tr("No club database is open."));
    if (p.amount.isZero())
        return R::failure(tr("An amount of $0.00 records nothing; enter the amount that moved."));
    if (!p.date.isValid())
        return R::failure(tr("Enter the date the money moved."));
    if (!ledger::validMethod(p.method))
        return R::failure(
            tr("\"%1\" is not a way of paying; use cash, check or online.").arg(p.method));
    const int season = p.season > 0 ? p.season : ClubTime::seasonOf(p.date);
    if (season < 1900 || season > 2200)
        return R::failure(tr("The season %1 is out of range.").arg(season));

    // A reversal cancels what was recorded, even if the angler has left the roster since.
    const bool checkLinks = reversesId.isEmpty();
    if (checkLinks && !p.anglerId.isEmpty()) {
        QSqlQuery q(m_store->database());
        q.prepare(QStringLiteral("SELECT count(*) FROM anglers WHERE id = ? AND deleted = 0"));
        q.addBindValue(p.anglerId);
        if (Status s = Store::exec(q, tr("look up the angler")); !s)
            return R::failure(s.error());
        if (!q.next() || q.value(0).toInt() == 0)
            return R::failure(tr("The angler of this entry is no longer on the roster."));
    }
    if (checkLinks && !p.tournamentId.isEmpty()) {
        QSqlQuery q(m_store->database());
        q.prepare(QStringLiteral("SELECT count(*) FROM tournaments WHERE id = ? AND deleted = 0"));
        q.addBindValue(p.tournamentId);
        if (Status s = Store::exec(q, tr("look up the tournament")); !s)
            return R::failure(s.error());
        if (!q.next() || q.value(0).toInt() == 0)
            return R::failure(tr("The tournament of this entry no longer exists."));
    }

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QVariantMap values = {
        {QStringLiteral("posted_at"), now},
        {QStringLiteral("entry_date"), p.date.toString(Qt::ISODate)},
        {QStringLiteral("season"), season},
        {QStringLiteral("kind"), ledger::kindKey(p.kind)},
        {QStringLiteral("fund"), ledger::fundKey(p.fund)},
        {QStringLiteral("amount_cents"), p.amount.cents()},
        // The column is NOT NULL: an empty note is stored as '' (a null QString binds NULL).
        {QStringLiteral("note"),
         p.note.trimmed().isEmpty() ? QStringLiteral("") : p.note.trimmed()},
    };
    values.insert(QStringLiteral("angler_id"),
                  p.anglerId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : p.anglerId);
    values.insert(QStringLiteral("tournament_id"), p.tournamentId.isEmpty()
                                                       ? QVariant(QMetaType(QMetaType::QString))
                                                       : p.tournamentId);
    values.insert(QStringLiteral("method"),
                  p.method.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : p.method);
    if (!reversesId.isEmpty())
        values.insert(QStringLiteral("reverses_id"), reversesId);
    return m_store->insert(QStringLiteral("ledger"), values);
}

Result<QStringList> LedgerStore::postAll(const QList<LedgerPosting> &postings)
{
    using R = Result<QStringList>;
    if (!m_store)
        return R::failure(tr("No club database is open."));
    QStringList ids;
    const Status s = m_store->transaction([&]() -> Status {
        for (const LedgerPosting &p : postings) {
            auto id = post(p);
            if (!id)
                return Status::failure(id.error());
            ids.append(id.value());
        }
        return Status::success();
    });
    if (!s)
        return R::failure(s.error());
    return ids;
}

Result<LedgerEntry> LedgerStore::readEntry(const QString &id) const
{
    using R = Result<LedgerEntry>;
    if (!m_store)
        return R::failure(tr("No club database is open."));
    QSqlQuery q(m_store->database());
    q.prepare(QString::fromLatin1(selectColumns) +
              QStringLiteral("WHERE l.id = ? AND l.deleted = 0"));
    q.addBindValue(id);
    if (Status s = Store::exec(q, tr("read the ledger entry")); !s)
        return R::failure(s.error());
    if (!q.next())
        return R::failure(tr("That ledger entry is not in the ledger."));
    return readRow(q);
}

Result<LedgerEntry> LedgerStore::entry(const QString &id) const
{
    return readEntry(id);
}

Result<QString> LedgerStore::reverse(const QString &entryId, const QString &reason,
                                     const QDate &date)
{
    using R = Result<QString>;
    if (!m_store)
        return R::failure(tr("No club database is open."));
    QString newId;
    const Status s = m_store->transaction([&]() -> Status {
        auto original = readEntry(entryId);
        if (!original)
            return Status::failure(original.error());
        if (original->isReversed())
            return Status::failure(tr("This entry was already reversed; nothing was changed."));
        if (original->isReversal())
            return Status::failure(tr("This entry is itself a reversal; to put the money back, "
                                      "record the original entry again."));
        LedgerPosting p;
        p.date = date.isValid() ? date : m_store->clubTime().today();
        p.season = original->season; // the correction belongs to the season it corrects
        p.kind = original->kind;
        p.fund = original->fund;
        p.amount = -original->amount;
        p.anglerId = original->anglerId;
        p.tournamentId = original->tournamentId;
        p.method = original->method;
        p.note = reason.trimmed().isEmpty()
                     ? tr("Reverses the entry of %1").arg(original->date.toString(Qt::ISODate))
                     : reason.trimmed();
        auto id = insertPosting(p, entryId);
        if (!id)
            return Status::failure(id.error());
        newId = id.value();
        return Status::success();
    });
    if (!s)
        return R::failure(s.error());
    return newId;
}

Result<QList<LedgerEntry>> LedgerStore::entries(int season) const
{
    using R = Result<QList<LedgerEntry>>;
    if (!m_store)
        return R::failure(tr("No club database is open."));
    QSqlQuery q(m_store->database());
    q.setForwardOnly(true);
    q.prepare(QString::fromLatin1(selectColumns) +
              QStringLiteral("WHERE l.deleted = 0 AND (? = 0 OR l.season = ?) "
                             "ORDER BY l.entry_date, l.posted_at, l.modified, l.id"));
    q.addBindValue(season);
    q.addBindValue(season);
    if (Status s = Store::exec(q, tr("read the ledger")); !s)
        return R::failure(s.error());
    QList<LedgerEntry> list;
    while (q.next())
        list.append(readRow(q));
    return list;
}

Result<QList<LedgerEntry>> LedgerStore::tournamentEntries(const QString &tournamentId) const
{
    using R = Result<QList<LedgerEntry>>;
    if (!m_store)
        return R::failure(tr("No club database is open."));
    QSqlQuery q(m_store->database());
    q.setForwardOnly(true);
    q.prepare(QString::fromLatin1(selectColumns) +
              QStringLiteral("WHERE l.deleted = 0 AND l.tournament_id = ? "
                             "ORDER BY l.entry_date, l.posted_at, l.modified, l.id"));
    q.addBindValue(tournamentId);
    if (Status s = Store::exec(q, tr("read the tournament's ledger entries")); !s)
        return R::failure(s.error());
    QList<LedgerEntry> list;
    while (q.next())
        list.append(readRow(q));
    return list;
}

Result<FundBalances> LedgerStore::balances(int throughSeason) const
{
    using R = Result<FundBalances>;
    if (!m_store)
        return R::failure(tr("No club database is open."));
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT fund, coalesce(sum(amount_cents), 0) FROM ledger "
                             "WHERE deleted = 0 AND (? = 0 OR season <= ?) GROUP BY fund"));
    q.addBindValue(throughSeason);
    q.addBindValue(throughSeason);
    if (Status s = Store::exec(q, tr("add up the fund balances")); !s)
        return R::failure(s.error());
    FundBalances b;
    while (q.next()) {
        const auto fund = ledger::fundFromKey(q.value(0).toString());
        if (fund)
            b[*fund] = Money::fromCents(q.value(1).toLongLong());
    }
    return b;
}

Result<SeasonMoneySummary> LedgerStore::seasonSummary(int season) const
{
    using R = Result<SeasonMoneySummary>;
    if (!m_store)
        return R::failure(tr("No club database is open."));
    SeasonMoneySummary sum;
    sum.season = season;
    auto opening = balances(season - 1);
    if (!opening)
        return R::failure(opening.error());
    sum.openingBalances = opening.value();
    auto closing = balances(season);
    if (!closing)
        return R::failure(closing.error());
    sum.closingBalances = closing.value();
    for (Fund f : ledger::allFunds())
        sum.seasonChange[f] = sum.closingBalances[f] - sum.openingBalances[f];
    sum.carryoverHeld = sum.closingBalances[Fund::BigBassPot];

    auto list = entries(season);
    if (!list)
        return R::failure(list.error());
    QHash<QString, qsizetype> byTournament;
    {
        QSqlQuery q(m_store->database());
        q.prepare(QStringLiteral("SELECT id, name, event_date FROM tournaments "
                                 "WHERE season = ? AND deleted = 0 ORDER BY event_date, id"));
        q.addBindValue(season);
        if (Status s = Store::exec(q, tr("read the season's tournaments")); !s)
            return R::failure(s.error());
        while (q.next()) {
            TournamentMoneyTotals t;
            t.tournamentId = q.value(0).toString();
            t.name = q.value(1).toString();
            t.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
            byTournament.insert(t.tournamentId, sum.tournaments.size());
            sum.tournaments.append(t);
        }
    }
    for (const LedgerEntry &e : list.value()) {
        ++sum.entryCount;
        if (e.isReversal())
            ++sum.reversalCount;
        TournamentMoneyTotals *t = nullptr;
        if (auto it = byTournament.constFind(e.tournamentId); it != byTournament.cend())
            t = &sum.tournaments[*it];
        switch (e.kind) {
        case LedgerKind::Dues:
            sum.dues += e.amount;
            break;
        case LedgerKind::EntryFee:
            sum.entryFees += e.amount;
            if (t)
                t->fees += e.amount;
            break;
        case LedgerKind::BuyIn:
            sum.buyIns += e.amount;
            if (t)
                t->fees += e.amount;
            break;
        case LedgerKind::Payout:
            if (e.fund == Fund::BigBassPot)
                sum.bigBassPayouts -= e.amount;
            else
                sum.placePayouts -= e.amount;
            if (t)
                t->payouts -= e.amount;
            break;
        case LedgerKind::BigBassPot:
            if (e.fund == Fund::BigBassPot)
                sum.bigBassShare += e.amount;
            break;
        case LedgerKind::ClubFund:
            if (e.fund == Fund::Club)
                sum.clubShare += e.amount;
            break;
        case LedgerKind::Charity:
            if (e.fund == Fund::Charity)
                sum.charityShare += e.amount;
            break;
        case LedgerKind::Expense:
            sum.expenses -= e.amount;
            break;
        case LedgerKind::Correction:
            sum.corrections += e.amount;
            break;
        case LedgerKind::Carryover:
            break; // moves the pot between tournaments; the balance says what is held
        }
    }
    return sum;
}

Result<QList<int>> LedgerStore::seasons() const
{
    using R = Result<QList<int>>;
    if (!m_store)
        return R::failure(tr("No club database is open."));
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT season FROM ledger WHERE deleted = 0 UNION "
                             "SELECT season FROM tournaments WHERE deleted = 0 "
                             "ORDER BY 1 DESC"));
    if (Status s = Store::exec(q, tr("read the seasons")); !s)
        return R::failure(s.error());
    QList<int> list;
    while (q.next())
        list.append(q.value(0).toInt());
    const int current = m_store->currentSeason();
    if (!list.contains(current)) {
        list.append(current);
        std::sort(list.begin(), list.end(), std::greater<>());
    }
    return list;
}
