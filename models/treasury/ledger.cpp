#include "treasury/ledger.h"

#include "roster/anglerstore.h"

#include "core/clubrules.h"

#include "store/query.h"
#include "store/store.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
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
    "l.angler_id, a.full_name AS angler_name, l.tournament_id, t.name AS tournament_name, "
    "l.method, l.note, l.reverses_id, "
    "(SELECT r.id FROM ledger r WHERE r.reverses_id = l.id AND r.deleted = 0 LIMIT 1) "
    "AS reversed_by_id "
    "FROM ledger l LEFT JOIN anglers a ON a.id = l.angler_id "
    "LEFT JOIN tournaments t ON t.id = l.tournament_id ";

// A row of `selectColumns`.
LedgerEntry readRow(const Query &q)
{
    LedgerEntry e;
    e.id = q.value("id").toString();
    e.postedAt = q.value("posted_at").toLongLong();
    e.date = QDate::fromString(q.value("entry_date").toString(), Qt::ISODate);
    e.season = q.value("season").toInt();
    e.kind = ledger::kindFromKey(q.value("kind").toString()).value_or(LedgerKind::Correction);
    e.fund = ledger::fundFromKey(q.value("fund").toString()).value_or(Fund::Operating);
    e.amount = Money::fromCents(q.value("amount_cents").toLongLong());
    e.anglerId = q.value("angler_id").toString();
    e.anglerName = q.value("angler_name").toString();
    e.tournamentId = q.value("tournament_id").toString();
    e.tournamentName = q.value("tournament_name").toString();
    e.method = q.value("method").toString();
    e.note = q.value("note").toString();
    e.reversesId = q.value("reverses_id").toString();
    e.reversedById = q.value("reversed_by_id").toString();
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
        Query q(m_store->database(), QStringLiteral("SELECT count(*) AS anglers FROM anglers "
                                                    "WHERE id = ? AND deleted = 0"));
        q.bind(p.anglerId);
        if (Status s = q.exec(tr("look up the angler")); !s)
            return R::failure(s.error());
        if (!q.next() || q.value("anglers").toInt() == 0)
            return R::failure(tr("The angler of this entry is no longer on the roster."));
    }
    if (checkLinks && !p.tournamentId.isEmpty()) {
        Query q(m_store->database(),
                QStringLiteral("SELECT count(*) AS tournaments FROM tournaments "
                               "WHERE id = ? AND deleted = 0"));
        q.bind(p.tournamentId);
        if (Status s = q.exec(tr("look up the tournament")); !s)
            return R::failure(s.error());
        if (!q.next() || q.value("tournaments").toInt() == 0)
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
    Store::Transaction transaction(*m_store);
    if (Status s = transaction.begun(); !s)
        return R::failure(s.error());
    for (const LedgerPosting &p : postings) {
        auto id = post(p);
        if (!id)
            return R::failure(id.error());
        ids.append(id.value());
    }
    if (Status s = transaction.commit(); !s)
        return R::failure(s.error());
    return ids;
}

Result<LedgerEntry> LedgerStore::readEntry(const QString &id) const
{
    using R = Result<LedgerEntry>;
    if (!m_store)
        return R::failure(tr("No club database is open."));
    Query q(m_store->database(), QString::fromLatin1(selectColumns) +
                                     QStringLiteral("WHERE l.id = ? AND l.deleted = 0"));
    q.bind(id);
    if (Status s = q.exec(tr("read the ledger entry")); !s)
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
    Store::Transaction transaction(*m_store);
    if (Status s = transaction.begun(); !s)
        return R::failure(s.error());
    auto original = readEntry(entryId);
    if (!original)
        return R::failure(original.error());
    if (original->isReversed())
        return R::failure(tr("This entry was already reversed; nothing was changed."));
    if (original->isReversal())
        return R::failure(tr("This entry is itself a reversal; to put the money back, "
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
                 ? tr("Reverses the entry of %1")
                       .arg(QLocale().toString(original->date, QLocale::ShortFormat))
                 : reason.trimmed();
    auto id = insertPosting(p, entryId);
    if (!id)
        return R::failure(id.error());
    if (original->kind == LedgerKind::Dues && !original->anglerId.isEmpty()) {
        if (Status s = AnglerStore(m_store).duesPaymentReversed(original->anglerId, entryId); !s)
            return R::failure(s.error());
    }
    if (Status s = transaction.commit(); !s)
        return R::failure(s.error());
    return id.value();
}

Result<QList<LedgerEntry>> LedgerStore::entries(int season) const
{
    using R = Result<QList<LedgerEntry>>;
    if (!m_store)
        return R::failure(tr("No club database is open."));
    Query q(m_store->database(),
            QString::fromLatin1(selectColumns) +
                QStringLiteral("WHERE l.deleted = 0 AND (? = 0 OR l.season = ?) "
                               "ORDER BY l.entry_date, l.posted_at, l.modified, l.id"));
    q.statement().setForwardOnly(true);
    q.bind(season).bind(season);
    if (Status s = q.exec(tr("read the ledger")); !s)
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
    Query q(m_store->database(),
            QString::fromLatin1(selectColumns) +
                QStringLiteral("WHERE l.deleted = 0 AND l.tournament_id = ? "
                               "ORDER BY l.entry_date, l.posted_at, l.modified, l.id"));
    q.statement().setForwardOnly(true);
    q.bind(tournamentId);
    if (Status s = q.exec(tr("read the tournament's ledger entries")); !s)
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
    Query q(m_store->database(),
            QStringLiteral("SELECT fund, coalesce(sum(amount_cents), 0) AS balance FROM ledger "
                           "WHERE deleted = 0 AND (? = 0 OR season <= ?) GROUP BY fund"));
    q.bind(throughSeason).bind(throughSeason);
    if (Status s = q.exec(tr("add up the fund balances")); !s)
        return R::failure(s.error());
    FundBalances b;
    while (q.next()) {
        const auto fund = ledger::fundFromKey(q.value("fund").toString());
        if (fund)
            b[*fund] = Money::fromCents(q.value("balance").toLongLong());
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
        Query q(m_store->database(),
                QStringLiteral("SELECT id, name, event_date FROM tournaments "
                               "WHERE season = ? AND deleted = 0 ORDER BY event_date, id"));
        q.bind(season);
        if (Status s = q.exec(tr("read the season's tournaments")); !s)
            return R::failure(s.error());
        while (q.next()) {
            TournamentMoneyTotals t;
            t.tournamentId = q.value("id").toString();
            t.name = q.value("name").toString();
            t.date = QDate::fromString(q.value("event_date").toString(), Qt::ISODate);
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
    Query q(m_store->database(), QStringLiteral("SELECT season FROM ledger WHERE deleted = 0 UNION "
                                                "SELECT season FROM tournaments WHERE deleted = 0 "
                                                "ORDER BY 1 DESC"));
    if (Status s = q.exec(tr("read the seasons")); !s)
        return R::failure(s.error());
    QList<int> list;
    while (q.next())
        list.append(q.value("season").toInt());
    const int current = m_store->currentSeason();
    if (!list.contains(current)) {
        list.append(current);
        std::sort(list.begin(), list.end(), std::greater<>());
    }
    return list;
}
