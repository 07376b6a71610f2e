#include "treasury/tournamentmoney.h"

#include "core/clubrules.h"
#include "scoring/seasonscorer.h"
#include "scoring/tournamentscorer.h"
#include "store/query.h"
#include "store/store.h"
#include "tournaments/seasonloader.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace {

QString ordinal(int n)
{
    const int lastTwo = n % 100;
    const int last = n % 10;
    if (lastTwo >= 11 && lastTwo <= 13)
        return TournamentMoney::tr("%1th").arg(n);
    if (last == 1)
        return TournamentMoney::tr("%1st").arg(n);
    if (last == 2)
        return TournamentMoney::tr("%1nd").arg(n);
    if (last == 3)
        return TournamentMoney::tr("%1rd").arg(n);
    return TournamentMoney::tr("%1th").arg(n);
}

Money absolute(Money m)
{
    return m < Money() ? -m : m;
}

bool isFee(LedgerKind kind)
{
    return kind == LedgerKind::EntryFee || kind == LedgerKind::BuyIn;
}

// A live entry that still counts: not reversed and not itself a reversal.
bool standing(const LedgerEntry &e)
{
    return !e.isReversed() && !e.isReversal();
}

QDate defaultDate(Store &store, const QDate &date)
{
    return date.isValid() ? date : store.clubTime().today();
}

} // namespace

QString PayoutLine::description() const
{
    if (kind == Kind::BigBass)
        return TournamentMoney::tr("Big bass");
    return TournamentMoney::tr("%1 place").arg(ordinal(place));
}

QString PayoutLine::names() const
{
    return anglerNames.join(TournamentMoney::tr(" & "));
}

QList<MoneyCheckLine> TournamentMoneyState::checks() const
{
    return {feesCheck, placeCheck, bigBassCheck, bigBassShareCheck, clubCheck, charityCheck};
}

bool TournamentMoneyState::balances() const
{
    for (const MoneyCheckLine &c : checks())
        if (!c.difference().isZero())
            return false;
    return potHeld.isZero();
}

Money TournamentMoneyState::offBy() const
{
    Money sum;
    for (const MoneyCheckLine &c : checks())
        sum += absolute(c.difference());
    if (sum.isZero())
        sum = absolute(potHeld);
    return sum;
}

int TournamentMoneyState::feesPaidCount() const
{
    int n = 0;
    for (const FeeLine &f : fees)
        n += f.entered && f.isPaid() ? 1 : 0;
    return n;
}

int TournamentMoneyState::paidNotEnteredCount() const
{
    int n = 0;
    for (const FeeLine &f : fees)
        n += !f.entered && f.isPaid() ? 1 : 0;
    return n;
}

int TournamentMoneyState::entrantCount() const
{
    int n = 0;
    for (const FeeLine &f : fees)
        n += f.entered ? 1 : 0;
    return n;
}

QString TournamentMoneyState::statusText() const
{
    if (balances()) {
        if (feesCheck.recorded.isZero() && payouts.collected.isZero())
            return tr("Nothing to balance yet: no fees are expected or recorded.");
        return tr("Balances to the cent: %1 in fees, every payout paid and every share moved.")
            .arg(feesCheck.recorded.toString());
    }
    QStringList parts;
    auto say = [&](const MoneyCheckLine &c, const QString &shortText, const QString &overText) {
        const Money d = c.difference();
        if (d > Money())
            parts << shortText.arg(d.toString());
        else if (d < Money())
            parts << overText.arg((-d).toString());
    };
    say(feesCheck, tr("%1 of entry fees not recorded"),
        tr("%1 more in fees than the entries account for (a refund is due)"));
    say(placeCheck, tr("%1 of place money not paid"), tr("%1 paid beyond the place money"));
    say(bigBassCheck, tr("%1 of big bass money not paid"), tr("%1 paid beyond the big bass pot"));
    say(bigBassShareCheck, tr("%1 not yet moved to the big bass pot"),
        tr("%1 too much moved to the big bass pot"));
    say(clubCheck, tr("%1 not yet moved to the club fund"),
        tr("%1 too much moved to the club fund"));
    say(charityCheck, tr("%1 not yet moved to charity"), tr("%1 too much moved to charity"));
    if (parts.isEmpty())
        parts << tr("the tournament pot still holds %1 for it").arg(potHeld.toString());
    return tr("Does not balance, off by %1: %2.")
        .arg(offBy().toString(), parts.join(QStringLiteral("; ")));
}

qsizetype TournamentMoney::Chain::indexOf(const QString &tournamentId) const
{
    for (qsizetype i = 0; i < tournaments.size(); ++i)
        if (tournaments.at(i).id == tournamentId)
            return i;
    return -1;
}

Result<TournamentMoney::Chain> TournamentMoney::chain(Store &store, int throughSeason)
{
    using R = Result<Chain>;
    QList<int> seasons;
    {
        Query q(store.database(),
                QStringLiteral("SELECT DISTINCT season FROM tournaments "
                               "WHERE deleted = 0 AND season <= ? ORDER BY season"));
        q.bind(throughSeason);
        if (Status s = q.exec(tr("read the seasons")); !s)
            return R::failure(s.error());
        while (q.next())
            seasons.append(q.value("season").toInt());
    }
    Chain c;
    for (int season : std::as_const(seasons)) {
        auto loaded = SeasonLoader::load(store.database(), season);
        if (!loaded)
            return R::failure(loaded.error());
        SeasonScorer scorer(loaded->ruleset, loaded->tournaments);
        const QList<ScoredTournament> &scored = scorer.scoredTournaments();
        for (qsizetype i = 0; i < scored.size(); ++i) {
            c.tournaments.append(scored.at(i));
            c.rulesets.append(
                TournamentScorer::effectiveRuleset(loaded->tournaments.at(i), loaded->ruleset));
            c.seasons.append(season);
        }
    }
    // The engine passes the big bass carryover along, across seasons.
    QList<PayoutCalculator::Step> steps;
    for (qsizetype i = 0; i < c.tournaments.size(); ++i) {
        PayoutCalculator::Step s;
        s.result = &c.tournaments.at(i).result;
        s.boats = &c.tournaments.at(i).boats;
        s.ruleset = c.rulesets.at(i);
        s.cancelled = c.tournaments.at(i).cancelled;
        if (i == 0 || c.seasons.at(i - 1) != c.seasons.at(i))
            s.addedCarryIn = c.rulesets.at(i).bigBassCarryIn;
        steps.append(s);
    }
    c.payouts = PayoutCalculator::chain(steps);
    return c;
}

Result<QList<TournamentMoney::TournamentRef>> TournamentMoney::tournaments(Store &store, int season)
{
    using R = Result<QList<TournamentRef>>;
    Query q(store.database(),
            QStringLiteral("SELECT id, name, event_date, cancelled, completed FROM tournaments "
                           "WHERE season = ? AND deleted = 0 ORDER BY event_date, id"));
    q.bind(season);
    if (Status s = q.exec(tr("read the season's tournaments")); !s)
        return R::failure(s.error());
    QList<TournamentRef> list;
    while (q.next())
        list.append({q.value("id").toString(), q.value("name").toString(),
                     QDate::fromString(q.value("event_date").toString(), Qt::ISODate),
                     q.value("cancelled").toInt() != 0, q.value("completed").toInt() != 0});
    return list;
}

Result<TournamentMoneyState> TournamentMoney::load(Store &store, const QString &tournamentId)
{
    using R = Result<TournamentMoneyState>;
    Query q(store.database(),
            QStringLiteral("SELECT season FROM tournaments WHERE id = ? AND deleted = 0"));
    q.bind(tournamentId);
    if (Status s = q.exec(tr("read the tournament")); !s)
        return R::failure(s.error());
    if (!q.next())
        return R::failure(tr("That tournament is no longer in the club database."));
    auto c = chain(store, q.value("season").toInt());
    if (!c)
        return R::failure(c.error());
    return load(store, tournamentId, c.value());
}

Result<QList<TournamentMoneyState>> TournamentMoney::loadSeason(Store &store, int season)
{
    using R = Result<QList<TournamentMoneyState>>;
    auto c = chain(store, season);
    if (!c)
        return R::failure(c.error());
    QList<TournamentMoneyState> list;
    for (qsizetype i = 0; i < c->tournaments.size(); ++i) {
        if (c->seasons.at(i) != season)
            continue;
        auto st = load(store, c->tournaments.at(i).id, c.value());
        if (!st)
            return R::failure(st.error());
        list.append(st.value());
    }
    return list;
}

Result<TournamentMoneyState> TournamentMoney::load(Store &store, const QString &tournamentId,
                                                   const Chain &chainRef)
{
    using R = Result<TournamentMoneyState>;
    const Chain *c = &chainRef;
    TournamentMoneyState st;
    st.tournamentId = tournamentId;
    {
        Query q(store.database(),
                QStringLiteral("SELECT name, event_date, season, cancelled, completed "
                               "FROM tournaments WHERE id = ? AND deleted = 0"));
        q.bind(tournamentId);
        if (Status s = q.exec(tr("read the tournament")); !s)
            return R::failure(s.error());
        if (!q.next())
            return R::failure(tr("That tournament is no longer in the club database."));
        st.name = q.value("name").toString();
        st.date = QDate::fromString(q.value("event_date").toString(), Qt::ISODate);
        st.season = q.value("season").toInt();
        st.cancelled = q.value("cancelled").toInt() != 0;
        st.completed = q.value("completed").toInt() != 0;
    }
    const qsizetype index = c->indexOf(tournamentId);
    if (index < 0)
        return R::failure(tr("The tournament could not be scored."));
    const ScoredTournament &scored = c->tournaments.at(index);
    st.ruleset = c->rulesets.at(index);
    st.payouts = c->payouts.at(index);

    LedgerStore ledger(&store);
    auto entries = ledger.tournamentEntries(tournamentId);
    if (!entries)
        return R::failure(entries.error());
    st.entries = entries.value();

    // Fees recorded per angler.
    QHash<QString, Money> feePaid;
    QHash<QString, const LedgerEntry *> feeEntry;
    QHash<QString, QString> feeMethod; // of the latest fee entry (oldest first), taken back or not
    for (const LedgerEntry &e : std::as_const(st.entries)) {
        if (!isFee(e.kind))
            continue;
        feePaid[e.anglerId] += e.amount;
        if (!e.isReversal() && e.amount > Money() && !e.method.isEmpty())
            feeMethod.insert(e.anglerId, e.method);
        if (standing(e) && e.amount > Money())
            feeEntry.insert(e.anglerId, &e);
    }

    // Who is at the ramp: the weigh-in's entrants (or boats, when the fee is per boat), then
    // everyone else on the roster, so a fee can be checked off before the scale.
    QSet<QString> listed;
    const bool perBoat = st.ruleset.feeBasis == FeeBasis::PerBoat;
    auto addLine = [&](FeeLine line) {
        for (const QString &id : std::as_const(line.anglerIds)) {
            listed.insert(id);
            line.paid += feePaid.value(id);
            if (line.lastMethod.isEmpty())
                line.lastMethod = feeMethod.value(id);
            if (const LedgerEntry *e = feeEntry.value(id); e && line.ledgerId.isEmpty()) {
                line.ledgerId = e->id;
                line.method = e->method;
                line.anglerId = id;
            }
        }
        st.fees.append(line);
    };
    if (!st.cancelled) {
        if (perBoat) {
            for (const BoatResult &b : scored.boats) {
                FeeLine line;
                line.anglerId = b.anglerIds.value(0);
                line.anglerIds = b.anglerIds;
                line.name = b.anglerNames.join(tr(" & "));
                line.member = b.hasMember;
                line.entered = true;
                line.due = st.ruleset.fee;
                addLine(line);
            }
        }
        for (const ScoredEntry &e : scored.result.entries) {
            if (listed.contains(e.anglerId))
                continue;
            FeeLine line;
            line.anglerId = e.anglerId;
            line.anglerIds = {e.anglerId};
            line.name = e.anglerName;
            line.member = e.member;
            line.entered = true;
            line.buyIn = e.status == EntryStatus::BuyIn;
            line.due = perBoat ? Money() : st.ruleset.fee;
            addLine(line);
        }
    }
    {
        Query q(store.database(),
                QStringLiteral(
                    "SELECT a.id, a.full_name, a.inactive, EXISTS (SELECT 1 FROM memberships m "
                    "WHERE m.angler_id = a.id AND m.season = ? AND m.deleted = 0) AS member "
                    "FROM anglers a WHERE a.deleted = 0 AND a.merged_into IS NULL "
                    "ORDER BY a.full_name COLLATE NOCASE, a.id"));
        q.bind(st.season);
        if (Status s = q.exec(tr("read the roster")); !s)
            return R::failure(s.error());
        QList<FeeLine> others;
        while (q.next()) {
            const QString id = q.value("id").toString();
            if (listed.contains(id))
                continue;
            const bool inactive = q.value("inactive").toInt() != 0;
            if (inactive && !feePaid.contains(id))
                continue;
            FeeLine line;
            line.anglerId = id;
            line.anglerIds = {id};
            line.name = q.value("full_name").toString();
            line.member = q.value("member").toInt() != 0;
            addLine(line);
        }
    }
    // Entrants and anyone who paid first, by name; then the rest of the roster by name.
    std::stable_sort(st.fees.begin(), st.fees.end(), [](const FeeLine &a, const FeeLine &b) {
        const bool ka = a.entered || !a.paid.isZero();
        const bool kb = b.entered || !b.paid.isZero();
        if (ka != kb)
            return ka;
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });

    // Winners the engine proposes.
    QHash<QString, QString> names;
    for (const ScoredEntry &e : scored.result.entries)
        names.insert(e.anglerId, e.anglerName);
    auto namesOf = [&](const QStringList &ids) {
        QStringList list;
        for (const QString &id : ids)
            list << names.value(id, id);
        return list;
    };
    for (const PlacePayout &p : st.payouts.places) {
        PayoutLine line;
        line.kind = PayoutLine::Kind::Place;
        line.place = p.place;
        line.recipientId = p.boatId;
        line.anglerIds = p.anglerIds;
        line.anglerNames = namesOf(p.anglerIds);
        line.proposed = p.amount;
        st.winners.append(line);
    }
    for (const BigBassPayout &b : st.payouts.bigBass) {
        PayoutLine line;
        line.kind = PayoutLine::Kind::BigBass;
        line.recipientId = b.recipientId;
        line.anglerIds = b.anglerIds;
        line.anglerNames = namesOf(b.anglerIds);
        line.proposed = b.amount;
        st.winners.append(line);
    }
    for (PayoutLine &line : st.winners) {
        const Fund fund =
            line.kind == PayoutLine::Kind::BigBass ? Fund::BigBassPot : Fund::TournamentPot;
        for (const LedgerEntry &e : std::as_const(st.entries)) {
            if (e.kind != LedgerKind::Payout || e.fund != fund ||
                !line.anglerIds.contains(e.anglerId))
                continue;
            line.paid -= e.amount;
            if (standing(e) && e.amount < Money())
                line.ledgerId = e.id;
        }
    }

    // Reconciliation.
    Money placeProposed;
    for (const PlacePayout &p : st.payouts.places)
        placeProposed += p.amount;
    Money bigBassProposed;
    for (const BigBassPayout &b : st.payouts.bigBass)
        bigBassProposed += b.amount;
    st.feesCheck = {tr("Entry fees"), st.payouts.collected, Money()};
    st.placeCheck = {tr("Place money paid"), placeProposed, Money()};
    st.bigBassCheck = {tr("Big bass paid"), bigBassProposed, Money()};
    st.bigBassShareCheck = {tr("Big bass pot share"), st.payouts.bigBassPot - st.payouts.carryIn,
                            Money()};
    st.clubCheck = {tr("Club fund"), st.payouts.clubFund(), Money()};
    st.charityCheck = {tr("Charity"), st.payouts.charity, Money()};
    for (const LedgerEntry &e : std::as_const(st.entries)) {
        if (e.fund == Fund::TournamentPot)
            st.potHeld += e.amount;
        switch (e.kind) {
        case LedgerKind::EntryFee:
        case LedgerKind::BuyIn:
            st.feesCheck.recorded += e.amount;
            break;
        case LedgerKind::Payout:
            (e.fund == Fund::BigBassPot ? st.bigBassCheck : st.placeCheck).recorded -= e.amount;
            break;
        case LedgerKind::BigBassPot:
            if (e.fund == Fund::BigBassPot)
                st.bigBassShareCheck.recorded += e.amount;
            break;
        case LedgerKind::ClubFund:
            if (e.fund == Fund::Club)
                st.clubCheck.recorded += e.amount;
            else if (e.fund == Fund::BigBassPot)
                st.clubFromBigBass -= e.amount;
            else if (e.fund == Fund::TournamentPot)
                st.clubFromPot -= e.amount;
            break;
        case LedgerKind::Charity:
            if (e.fund == Fund::Charity)
                st.charityCheck.recorded += e.amount;
            break;
        default:
            break;
        }
    }
    return st;
}

Result<QString> TournamentMoney::recordFee(Store &store, const TournamentMoneyState &state,
                                           const QString &anglerId, const QString &method,
                                           const QDate &date)
{
    using R = Result<QString>;
    if (state.cancelled)
        return R::failure(tr("%1 was cancelled; no entry fees are taken.").arg(state.name));
    if (!ClubRules::isPaymentMethod(method))
        return R::failure(tr("Choose how the fee was paid: cash, check or online."));
    const FeeLine *line = nullptr;
    for (const FeeLine &f : state.fees)
        if (f.anglerIds.contains(anglerId))
            line = &f;
    if (!line)
        return R::failure(tr("That angler is not on the roster."));
    if (line->isPaid())
        return R::failure(tr("%1 already paid the entry fee of %2.").arg(line->name, state.name));
    LedgerPosting p;
    p.date = defaultDate(store, date);
    p.season = state.season;
    p.kind = line->buyIn ? LedgerKind::BuyIn : LedgerKind::EntryFee;
    p.fund = Fund::TournamentPot;
    p.amount = state.ruleset.fee;
    p.anglerId = anglerId;
    p.tournamentId = state.tournamentId;
    p.method = method;
    p.note = line->buyIn ? tr("Buy-in, %1").arg(state.name) : tr("Entry fee, %1").arg(state.name);
    return LedgerStore(&store).post(p);
}

Result<QString> TournamentMoney::undoFee(Store &store, const TournamentMoneyState &state,
                                         const QString &anglerId, const QString &reason)
{
    using R = Result<QString>;
    for (const FeeLine &f : state.fees) {
        if (!f.anglerIds.contains(anglerId))
            continue;
        if (f.ledgerId.isEmpty())
            return R::failure(tr("%1 has no entry fee recorded to take back.").arg(f.name));
        const QString why = reason.trimmed().isEmpty()
                                ? tr("Entry fee taken back, %1").arg(state.name)
                                : tr("Entry fee taken back, %1: %2").arg(state.name, reason.trimmed());
        return LedgerStore(&store).reverse(f.ledgerId, why);
    }
    return R::failure(tr("That angler is not on the roster."));
}

Result<QString> TournamentMoney::markPaid(Store &store, const TournamentMoneyState &state,
                                          int winner, const QString &method, const QDate &date)
{
    using R = Result<QString>;
    if (winner < 0 || winner >= state.winners.size())
        return R::failure(tr("Choose a winner to mark paid."));
    if (!ledger::validMethod(method) || method.isEmpty())
        return R::failure(tr("Choose how the winner was paid: cash, check or online."));
    const PayoutLine &line = state.winners.at(winner);
    const Money owed = line.proposed - line.paid;
    if (owed <= Money())
        return R::failure(tr("%1 (%2) is already paid %3.")
                              .arg(line.names(), line.description(), line.paid.toString()));
    LedgerPosting p;
    p.date = defaultDate(store, date);
    p.season = state.season;
    p.kind = LedgerKind::Payout;
    p.fund = line.kind == PayoutLine::Kind::BigBass ? Fund::BigBassPot : Fund::TournamentPot;
    p.amount = -owed;
    p.anglerId = line.anglerIds.value(0);
    p.tournamentId = state.tournamentId;
    p.method = method;
    p.note = tr("%1, %2: %3").arg(line.description(), state.name, line.names());
    if (line.kind != PayoutLine::Kind::BigBass)
        return LedgerStore(&store).post(p);

    // The big bass pot never goes below zero: this tournament's share goes into it first (the
    // order the money really moves in), and a pot that still falls short is refused.
    LedgerStore ledger(&store);
    Store::Transaction transaction(store);
    if (Status s = transaction.begun(); !s)
        return R::failure(s.error());
    auto held = ledger.balances();
    if (!held)
        return R::failure(held.error());
    Money pot = held.value()[Fund::BigBassPot];
    const Money share = state.bigBassShareCheck.difference();
    if (pot < owed && share > Money()) {
        if (held.value()[Fund::TournamentPot] < share)
            return R::failure(
                tr("The big bass pot holds %1, less than the %2 owed to %3, and the tournament "
                   "pot holds too little to move this tournament's big bass share (%4) into it. "
                   "Record the entry fees of %5 first.")
                    .arg(pot.toString(), owed.toString(), line.names(), share.toString(),
                         state.name));
        LedgerPosting out;
        out.date = p.date;
        out.season = state.season;
        out.kind = LedgerKind::BigBassPot;
        out.fund = Fund::TournamentPot;
        out.amount = -share;
        out.tournamentId = state.tournamentId;
        out.note = tr("Big bass share, %1").arg(state.name);
        LedgerPosting in = out;
        in.fund = Fund::BigBassPot;
        in.amount = share;
        auto moved = ledger.postAll({out, in});
        if (!moved)
            return R::failure(moved.error());
        pot += share;
    }
    if (pot < owed)
        return R::failure(tr("The big bass pot holds %1, less than the %2 owed to %3; paying it "
                             "would leave the pot below zero. Record the entry fees of %4 and "
                             "check the big bass pot's entries in the ledger first.")
                              .arg(pot.toString(), owed.toString(), line.names(), state.name));
    auto id = ledger.post(p);
    if (!id)
        return R::failure(id.error());
    if (Status s = transaction.commit(); !s)
        return R::failure(s.error());
    return id.value();
}

Status TournamentMoney::undoPaid(Store &store, const TournamentMoneyState &state, int winner)
{
    if (winner < 0 || winner >= state.winners.size())
        return Status::failure(tr("Choose a winner."));
    const PayoutLine &line = state.winners.at(winner);
    const Fund fund =
        line.kind == PayoutLine::Kind::BigBass ? Fund::BigBassPot : Fund::TournamentPot;
    LedgerStore ledger(&store);
    int reversed = 0;
    Store::Transaction transaction(store);
    if (Status s = transaction.begun(); !s)
        return s;
    for (const LedgerEntry &e : state.entries) {
        if (e.kind != LedgerKind::Payout || e.fund != fund ||
            !line.anglerIds.contains(e.anglerId) || !standing(e))
            continue;
        auto r = ledger.reverse(e.id, tr("Payout taken back, %1").arg(state.name));
        if (!r)
            return Status::failure(r.error());
        ++reversed;
    }
    if (Status s = transaction.commit(); !s)
        return s;
    if (reversed == 0)
        return Status::failure(tr("No payout to %1 is recorded.").arg(line.names()));
    return Status::success();
}

Result<QStringList> TournamentMoney::settleFunds(Store &store, const TournamentMoneyState &state,
                                                 const QDate &date)
{
    using R = Result<QStringList>;
    if (!state.completed && !state.cancelled)
        return R::failure(tr("%1 is not finalized yet. Finalize it on the Weigh-in page "
                             "(Finalize…) once every bag is weighed, then move the shares to the "
                             "funds.")
                              .arg(state.name));
    const QDate when = defaultDate(store, date);
    QList<LedgerPosting> postings;
    auto transfer = [&](LedgerKind kind, Fund from, Fund to, Money amount, const QString &note) {
        if (amount <= Money())
            return;
        LedgerPosting out;
        out.date = when;
        out.season = state.season;
        out.kind = kind;
        out.fund = from;
        out.amount = -amount;
        out.tournamentId = state.tournamentId;
        out.note = note;
        LedgerPosting in = out;
        in.fund = to;
        in.amount = amount;
        postings << out << in;
    };
    transfer(LedgerKind::BigBassPot, Fund::TournamentPot, Fund::BigBassPot,
             state.bigBassShareCheck.difference(), tr("Big bass share, %1").arg(state.name));
    // Cents left over when tied big bass split the pot come out of the big bass pot.
    Money bigBassPaid;
    for (const BigBassPayout &b : state.payouts.bigBass)
        bigBassPaid += b.amount;
    const Money bigBassRemainder =
        state.payouts.bigBass.isEmpty() ? Money() : state.payouts.bigBassPot - bigBassPaid;
    const Money clubMissing = state.clubCheck.difference();
    Money fromBigBass = std::min(clubMissing, bigBassRemainder - state.clubFromBigBass);
    if (fromBigBass < Money())
        fromBigBass = Money();
    transfer(LedgerKind::ClubFund, Fund::BigBassPot, Fund::Club, fromBigBass,
             tr("Big bass cents that do not split evenly, %1").arg(state.name));
    transfer(LedgerKind::ClubFund, Fund::TournamentPot, Fund::Club, clubMissing - fromBigBass,
             tr("Club share, %1").arg(state.name));
    transfer(LedgerKind::Charity, Fund::TournamentPot, Fund::Charity,
             state.charityCheck.difference(), tr("Charity share, %1").arg(state.name));
    if (postings.isEmpty())
        return QStringList();
    return LedgerStore(&store).postAll(postings);
}
