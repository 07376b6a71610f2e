// TournamentMoney: the money of one tournament as the treasurer handles it: who paid the entry
// fee at the ramp (cash or check), what the scoring engine proposes to pay (place money, big bass
// with the carryover from earlier tournaments, club and charity shares), which winners were paid,
// and whether the ledger agrees with the proposal to the cent, or by how much it does not.
// Payouts are computed only by PayoutCalculator; this class reads and writes the ledger.
#pragma once

#include "core/result.h"
#include "scoring/payoutcalculator.h"
#include "scoring/seasonstandings.h"
#include "treasury/ledger.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class Store;

// One angler (or boat, when the fee is per boat) at the ramp.
struct FeeLine
{
    QString anglerId;      // who the fee is recorded against (the boater of a boat)
    QStringList anglerIds; // everyone the line stands for
    QString name;
    bool member = false;
    bool entered = false; // has a weigh-in entry
    bool buyIn = false;
    Money due;        // the fee; zero for someone who has not entered
    Money paid;       // net of reversals
    QString method;   // of the live fee entry
    QString lastMethod; // of the latest fee entry, even one taken back (a fee paid again keeps it)
    QString ledgerId; // the live (not reversed) fee entry, when one
    bool isPaid() const { return paid > Money(); }
};

// A winner the engine proposes to pay.
struct PayoutLine
{
    enum class Kind { Place, BigBass };
    Kind kind = Kind::Place;
    int place = 0;
    QString recipientId; // boat id (place) or angler/boat id (big bass)
    QStringList anglerIds;
    QStringList anglerNames;
    Money proposed;
    Money paid;       // recorded payouts to these anglers from this line's fund
    QString ledgerId; // the live payout entry, when one
    bool isPaid() const { return !proposed.isZero() && paid == proposed; }
    QString description() const; // "1st place", "Big bass (6.12 lb)"
    QString names() const;       // "Ann Lee & Bob Diaz"
};

// A line of the reconciliation: what the engine says should have moved, what the ledger holds.
struct MoneyCheckLine
{
    QString label;
    Money expected;
    Money recorded;
    Money difference() const { return expected - recorded; }
};

struct TournamentMoneyState
{
    Q_DECLARE_TR_FUNCTIONS(TournamentMoneyState)
public:
    QString tournamentId;
    QString name;
    QDate date;
    int season = 0;
    bool cancelled = false;
    bool completed = false;
    Ruleset ruleset;            // the effective ruleset (the tournament's format)
    TournamentPayouts payouts;  // the engine's proposal
    QList<FeeLine> fees;        // entrants and payers first, then everyone else by name
    QList<PayoutLine> winners;  // place money in place order, then big bass
    QList<LedgerEntry> entries; // this tournament's ledger lines

    // Reconciliation, each expected against recorded.
    MoneyCheckLine feesCheck;         // fees collected
    MoneyCheckLine placeCheck;        // place money paid
    MoneyCheckLine bigBassCheck;      // big bass paid
    MoneyCheckLine bigBassShareCheck; // this tournament's share moved into the big bass pot
    MoneyCheckLine clubCheck;         // club share + tie cents + unclaimed places
    MoneyCheckLine charityCheck;      // charity share
    Money potHeld;                    // what the tournament pot still holds for this tournament
    // What moved from the tournament pot / the big bass pot to the club fund.
    Money clubFromPot;
    Money clubFromBigBass;

    QList<MoneyCheckLine> checks() const;
    // Every check agrees and the tournament pot holds nothing more for it.
    bool balances() const;
    // The sum of every disagreement (absolute), in cents: how far from balancing.
    Money offBy() const;
    // "Balances to the cent." or the disagreements in words.
    QString statusText() const;
    // Entrants whose fee is recorded; people who paid but have not weighed in (yet).
    int feesPaidCount() const;
    int paidNotEnteredCount() const;
    int entrantCount() const;
};

class TournamentMoney
{
    Q_DECLARE_TR_FUNCTIONS(TournamentMoney)
public:
    // The engine's payouts of every tournament of seasons up to `season` (oldest first), with the
    // big bass carryover passed from each to the next across seasons. Indexed by tournament id.
    struct Chain
    {
        QList<ScoredTournament> tournaments;
        QList<TournamentPayouts> payouts;
        QList<Ruleset> rulesets;
        QList<int> seasons;
        qsizetype indexOf(const QString &tournamentId) const;
    };
    static Result<Chain> chain(Store &store, int throughSeason);

    static Result<TournamentMoneyState> load(Store &store, const QString &tournamentId);
    // The same, reusing a chain already computed through the tournament's season.
    static Result<TournamentMoneyState> load(Store &store, const QString &tournamentId,
                                             const Chain &chain);
    // Every tournament of a season, the chain computed once.
    static Result<QList<TournamentMoneyState>> loadSeason(Store &store, int season);
    // Tournaments of a season (id, name, date) in date order, for pickers.
    struct TournamentRef
    {
        QString id;
        QString name;
        QDate date;
        bool cancelled = false;
        bool completed = false;
    };
    static Result<QList<TournamentRef>> tournaments(Store &store, int season);

    // Checks off a fee at the ramp: an entry fee (or a buy-in, when the angler's entry is one)
    // of the ruleset's amount. Refused when the angler already paid.
    static Result<QString> recordFee(Store &store, const TournamentMoneyState &state,
                                     const QString &anglerId, const QString &method,
                                     const QDate &date = QDate());
    // Takes a fee back: a reversing entry.
    static Result<QString> undoFee(Store &store, const TournamentMoneyState &state,
                                   const QString &anglerId, const QString &reason = QString());
    // Marks a proposed winner paid: a payout entry of what is still owed to them.
    static Result<QString> markPaid(Store &store, const TournamentMoneyState &state, int winner,
                                    const QString &method, const QDate &date = QDate());
    // Reverses the payout entries of a winner (paid by mistake).
    static Status undoPaid(Store &store, const TournamentMoneyState &state, int winner);
    // Moves what is still due to the big bass pot, the club fund and charity, in one transaction.
    // Nothing to move: succeeds and posts nothing.
    static Result<QStringList> settleFunds(Store &store, const TournamentMoneyState &state,
                                           const QDate &date = QDate());
};
