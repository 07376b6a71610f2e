// LedgerStore: the treasurer's record of money that really moved (dues, entry fees, buy-ins,
// payouts, the big bass pot, the club and charity funds, expenses). Entries are appended and never
// edited: a mistake is undone by a reversing entry that points at the entry it cancels. Balances
// per fund and the season summary are sums over live rows (tombstones left out), so they always
// agree with what the ledger shows.
//
// How money flows between funds (every tournament balances to the cent when all of it is posted):
//   entry fee / buy-in          +fee            tournament_pot
//   place money paid            -amount         tournament_pot            (kind payout)
//   big bass share              -share / +share tournament_pot -> big_bass_pot (kind big_bass_pot)
//   big bass paid               -amount         big_bass_pot              (kind payout)
//   club share (+ tie cents)    -x / +x         tournament_pot or big_bass_pot -> club (club_fund)
//   charity share               -x / +x         tournament_pot -> charity (kind charity)
//   dues                        +25             operating
// A big bass pot nobody wins stays in big_bass_pot: that balance is the carryover held.
#pragma once

#include "core/money.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPointer>
#include <QString>

#include <array>
#include <optional>

class Store;

enum class LedgerKind {
    Dues,
    EntryFee,
    BuyIn,
    Payout,
    BigBassPot,
    Carryover,
    ClubFund,
    Charity,
    Expense,
    Correction
};
enum class Fund { Operating, TournamentPot, BigBassPot, Club, Charity };
constexpr int fundCount = 5;
constexpr int ledgerKindCount = 10;

// The words stored in the database and written to CSV (not translated), and the words shown.
namespace ledger {
QString kindKey(LedgerKind kind);
std::optional<LedgerKind> kindFromKey(const QString &key);
QString kindText(LedgerKind kind);
QString fundKey(Fund fund);
std::optional<Fund> fundFromKey(const QString &key);
QString fundText(Fund fund);
// A payment method of ClubRules, or empty (no method, e.g. a transfer between funds).
bool validMethod(const QString &method);
QList<Fund> allFunds();
QList<LedgerKind> allKinds();
} // namespace ledger

// One line of the ledger as read back.
struct LedgerEntry
{
    QString id;
    qint64 postedAt = 0; // UTC ms
    QDate date;          // club-local date the money moved
    int season = 0;
    LedgerKind kind = LedgerKind::Correction;
    Fund fund = Fund::Operating;
    Money amount; // signed: money into the fund is positive
    QString anglerId;
    QString anglerName;
    QString tournamentId;
    QString tournamentName;
    QString method;
    QString note;
    QString reversesId;   // this entry cancels that one
    QString reversedById; // a later entry cancels this one

    bool isReversal() const { return !reversesId.isEmpty(); }
    bool isReversed() const { return !reversedById.isEmpty(); }
};

// What to append. `season` 0: the season of `date`.
struct LedgerPosting
{
    QDate date;
    int season = 0;
    LedgerKind kind = LedgerKind::Correction;
    Fund fund = Fund::Operating;
    Money amount;
    QString anglerId;
    QString tournamentId;
    QString method;
    QString note;
};

// Money held in each fund.
struct FundBalances
{
    std::array<Money, fundCount> amounts{};
    Money operator[](Fund fund) const { return amounts[std::size_t(fund)]; }
    Money &operator[](Fund fund) { return amounts[std::size_t(fund)]; }
    Money total() const;
};

// Fees and payouts of one tournament, for the summary and its chart.
struct TournamentMoneyTotals
{
    QString tournamentId;
    QString name;
    QDate date;
    Money fees;    // entry fees and buy-ins received (net of reversals)
    Money payouts; // place and big bass money paid (positive)
};

// One season of money at a glance.
struct SeasonMoneySummary
{
    int season = 0;
    Money dues;
    Money entryFees;
    Money buyIns;
    Money income() const { return dues + entryFees + buyIns; }
    Money placePayouts;   // from the tournament pot (positive)
    Money bigBassPayouts; // from the big bass pot (positive)
    Money payouts() const { return placePayouts + bigBassPayouts; }
    Money clubShare;              // moved into the club fund this season
    Money charityShare;           // moved into the charity fund this season
    Money bigBassShare;           // moved into the big bass pot this season
    Money expenses;               // paid out of any fund (positive)
    Money corrections;            // net of correction entries
    Money carryoverHeld;          // the big bass pot at the end of the season
    FundBalances openingBalances; // before the season
    FundBalances closingBalances; // at the end of the season
    FundBalances seasonChange;    // what the season added to each fund
    int entryCount = 0;
    int reversalCount = 0;
    QList<TournamentMoneyTotals> tournaments; // in date order (tournaments of the season)
};

class LedgerStore
{
    Q_DECLARE_TR_FUNCTIONS(LedgerStore)
public:
    explicit LedgerStore(Store *store);
    Store *store() const;

    // Checks a posting (non-zero amount, known method, date set, the angler and tournament
    // exist) and appends it. Returns the new entry's id.
    Result<QString> post(const LedgerPosting &posting);
    // Several postings, all or none (one transaction). Returns their ids in order.
    Result<QStringList> postAll(const QList<LedgerPosting> &postings);
    // Appends an entry that cancels `entryId` (same kind, fund, angler, tournament, opposite
    // amount). Refused for an entry already reversed and for a reversal itself (post the
    // original again instead). `date` invalid: today in the club's time zone.
    Result<QString> reverse(const QString &entryId, const QString &reason = QString(),
                            const QDate &date = QDate());

    Result<LedgerEntry> entry(const QString &id) const;
    // Live entries, oldest first. `season` 0: every season.
    Result<QList<LedgerEntry>> entries(int season = 0) const;
    Result<QList<LedgerEntry>> tournamentEntries(const QString &tournamentId) const;

    // Money in each fund after every entry of seasons up to `throughSeason` (0: all).
    Result<FundBalances> balances(int throughSeason = 0) const;
    Result<SeasonMoneySummary> seasonSummary(int season) const;
    // Seasons that have ledger entries or tournaments, newest first.
    Result<QList<int>> seasons() const;

private:
    Result<QString> insertPosting(const LedgerPosting &posting, const QString &reversesId);
    Result<LedgerEntry> readEntry(const QString &id) const;
    QPointer<Store> m_store;
};
