// TournamentMoney: fees checked off at the ramp, the engine's proposed payouts marked paid, the
// funds settled, and every tournament of generated seasons balancing to the cent (as the demo club
// settles them, and again after taking the settlement back and paying it all once more). Ties
// that do not divide evenly leave their cents in the club fund; the big bass pot carries across
// seasons.
#include "demo/democlub.h"
#include "store/store.h"
#include "tournaments/rulesetstore.h"
#include "treasury/ledger.h"
#include "treasury/tournamentmoney.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace QTest {
template <> char *toString(const Money &money)
{
    return qstrdup(money.toString().toUtf8().constData());
}
} // namespace QTest

class TestTournamentMoney : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void generatedSeasonsBalance_data();
    void generatedSeasonsBalance();
    void tiesThatDoNotDivideEvenly();
    void carryoverAcrossSeasons();
    void feeCheckOffAndUndo();
    void markPaidTwiceAndUndo();
    void bigBassPotNeverGoesNegative();
    void unbalancedSaysByHowMuch();
    void cancelledTournamentTakesNoFees();

private:
    QString angler(const QString &name);
    QString tournament(int season, const QDate &date, bool completed = true,
                       bool cancelled = false);
    void entry(const QString &tournament, const QString &angler, int fish, int gross, int bigBass,
               bool member = true);
    TournamentMoneyState state(const QString &tournamentId);
    void payEverything(const QString &tournamentId);
    void unsettle(const QString &tournamentId);

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    int m_file = 0;
};

void TestTournamentMoney::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestTournamentMoney::init()
{
    auto opened = Store::open(m_dir.filePath(QStringLiteral("club%1.sqlite").arg(++m_file)));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_store = std::move(opened).value();
}

void TestTournamentMoney::cleanup()
{
    m_store.reset();
}

QString TestTournamentMoney::angler(const QString &name)
{
    auto id = m_store->insert(QStringLiteral("anglers"), {{QStringLiteral("full_name"), name}});
    if (!id.ok())
        qFatal("angler: %s", qPrintable(id.error()));
    return id.value();
}

QString TestTournamentMoney::tournament(int season, const QDate &date, bool completed,
                                        bool cancelled)
{
    // These tests pay by the 2025 bylaws ($25 an angler); a new club starts the current season
    // with the 2026 team bylaws.
    if (auto rules = RulesetStore(*m_store).seasonRules(season);
        rules.ok() && (!rules->stored || rules->rules == Ruleset::sabc2026()))
        if (Status s = RulesetStore(*m_store).setForSeason(season, Ruleset::sabc2025()); !s)
            qFatal("rules: %s", qPrintable(s.error()));
    auto id = m_store->insert(
        QStringLiteral("tournaments"),
        {{QStringLiteral("season"), season},
         {QStringLiteral("event_date"), date.toString(Qt::ISODate)},
         {QStringLiteral("name"), QStringLiteral("T %1").arg(date.toString(Qt::ISODate))},
         {QStringLiteral("completed"), completed ? 1 : 0},
         {QStringLiteral("cancelled"), cancelled ? 1 : 0}});
    if (!id.ok())
        qFatal("tournament: %s", qPrintable(id.error()));
    return id.value();
}

void TestTournamentMoney::entry(const QString &tournament, const QString &angler, int fish,
                                int gross, int bigBass, bool member)
{
    auto id =
        m_store->insert(QStringLiteral("entries"), {{QStringLiteral("tournament_id"), tournament},
                                                    {QStringLiteral("angler_id"), angler},
                                                    {QStringLiteral("fish"), fish},
                                                    {QStringLiteral("gross_weight"), gross},
                                                    {QStringLiteral("big_bass"), bigBass},
                                                    {QStringLiteral("was_member"), member ? 1 : 0},
                                                    {QStringLiteral("entered_at"), 1}});
    if (!id.ok())
        qFatal("entry: %s", qPrintable(id.error()));
}

TournamentMoneyState TestTournamentMoney::state(const QString &tournamentId)
{
    auto s = TournamentMoney::load(*m_store, tournamentId);
    if (!s.ok())
        qFatal("load: %s", qPrintable(s.error()));
    return s.value();
}

// Checks off every entrant's fee, marks every winner paid and settles the funds.
void TestTournamentMoney::payEverything(const QString &tournamentId)
{
    TournamentMoneyState st = state(tournamentId);
    for (const FeeLine &f : std::as_const(st.fees))
        if (f.entered && !f.isPaid()) {
            auto r = TournamentMoney::recordFee(*m_store, st, f.anglerId, QStringLiteral("cash"));
            QVERIFY2(r.ok(), qPrintable(r.error()));
        }
    st = state(tournamentId);
    for (int w = 0; w < st.winners.size(); ++w) {
        auto r = TournamentMoney::markPaid(*m_store, st, w, QStringLiteral("check"));
        QVERIFY2(r.ok(), qPrintable(r.error()));
    }
    st = state(tournamentId);
    auto settled = TournamentMoney::settleFunds(*m_store, st);
    QVERIFY2(settled.ok(), qPrintable(settled.error()));
}

// Takes back everything the treasurer did after the weigh-in (payouts and moves between funds)
// with reversing entries: the tournament's books are open again, its fees still recorded.
void TestTournamentMoney::unsettle(const QString &tournamentId)
{
    LedgerStore ledger(m_store.get());
    const TournamentMoneyState st = state(tournamentId);
    for (const LedgerEntry &e : st.entries) {
        if (e.kind == LedgerKind::EntryFee || e.kind == LedgerKind::BuyIn || e.isReversal() ||
            e.isReversed())
            continue;
        auto r = ledger.reverse(e.id, QStringLiteral("settled by mistake"));
        QVERIFY2(r.ok(), qPrintable(r.error()));
    }
}

void TestTournamentMoney::generatedSeasonsBalance_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::newRow("seed 2026") << quint32(2026);
    QTest::newRow("seed 7") << quint32(7);
    QTest::newRow("seed 31337") << quint32(31337);
}

void TestTournamentMoney::generatedSeasonsBalance()
{
    QFETCH(quint32, seed);
    QVERIFY(DemoClub::create(*m_store, QDate(2026, 8, 30), seed).ok());
    LedgerStore ledger(m_store.get());
    const auto asCreated = ledger.balances();
    QVERIFY2(asCreated.ok(), qPrintable(asCreated.error()));
    Money clubExpected;
    Money charityExpected;
    Money carryIntoRunning;
    Money feesOfRunning;
    int settled = 0;
    for (int season : {2025, 2026}) {
        auto list = TournamentMoney::tournaments(*m_store, season);
        QVERIFY2(list.ok(), qPrintable(list.error()));
        QCOMPARE(int(list->size()), 10);
        for (const TournamentMoney::TournamentRef &t : list.value()) {
            TournamentMoneyState before = state(t.id);
            QVERIFY(before.payouts.balances()); // the engine's own promise
            if (!t.completed) {
                // The tournament in progress (and those to come) is left open: nobody paid yet.
                QCOMPARE(before.placeCheck.recorded, Money());
                QCOMPARE(before.bigBassCheck.recorded, Money());
                QCOMPARE(before.clubCheck.recorded, Money());
                if (!before.fees.isEmpty() && before.entrantCount() > 0 && !t.cancelled) {
                    QVERIFY(!before.winners.isEmpty());
                    QVERIFY2(!before.balances(), qPrintable(before.statusText()));
                    carryIntoRunning = before.payouts.carryIn;
                    feesOfRunning = before.feesCheck.recorded;
                }
                continue;
            }
            // The demo recorded every entrant's fee at the ramp and settled the books.
            QVERIFY2(before.feesCheck.difference().isZero(), qPrintable(before.statusText()));
            QCOMPARE(before.feesPaidCount(), before.entrantCount());
            QVERIFY2(before.balances(),
                     qPrintable(t.name + QStringLiteral(": ") + before.statusText()));
            QVERIFY(!before.winners.isEmpty());
            for (const PayoutLine &w : std::as_const(before.winners))
                QVERIFY(w.isPaid());
            QVERIFY(before.statusText().startsWith(QStringLiteral("Balances to the cent")));

            // Taken back, the books are open again; paid and settled once more, they balance.
            unsettle(t.id);
            const TournamentMoneyState open = state(t.id);
            QVERIFY(!open.balances());
            QVERIFY(open.statusText().startsWith(QStringLiteral("Does not balance")));
            for (const PayoutLine &w : open.winners)
                QVERIFY(!w.isPaid());
            payEverything(t.id);
            const TournamentMoneyState after = state(t.id);
            QVERIFY2(after.balances(),
                     qPrintable(t.name + QStringLiteral(": ") + after.statusText()));
            QCOMPARE(after.offBy(), Money());
            QVERIFY(after.statusText().startsWith(QStringLiteral("Balances to the cent")));
            for (const PayoutLine &w : after.winners)
                QVERIFY(w.isPaid());
            clubExpected += after.payouts.clubFund();
            charityExpected += after.payouts.charity;
            ++settled;
            // Settling again moves nothing.
            auto again = TournamentMoney::settleFunds(*m_store, after);
            QVERIFY(again.ok());
            QVERIFY(again->isEmpty());
        }
    }
    QVERIFY(settled >= 15);
    auto balances = ledger.balances();
    QVERIFY2(balances.ok(), qPrintable(balances.error()));
    // What is left in each fund is exactly what the engine says should be there.
    QCOMPARE(balances.value()[Fund::Club], clubExpected);
    QCOMPARE(balances.value()[Fund::Charity], charityExpected);
    QCOMPARE(balances.value()[Fund::BigBassPot], carryIntoRunning);
    QCOMPARE(balances.value()[Fund::TournamentPot], feesOfRunning);
    QVERIFY(balances.value()[Fund::Operating] > Money());
    // Taking a settlement back and paying it again changes no fund: the demo's own books held
    // just the same.
    for (Fund f : ledger::allFunds())
        QCOMPARE(asCreated.value()[f], balances.value()[f]);
    // And the season summary agrees with the fund balances.
    auto summary = ledger.seasonSummary(2026);
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    QCOMPARE(summary->closingBalances[Fund::BigBassPot], summary->carryoverHeld);
    QCOMPARE(summary->closingBalances.total(), balances->total());
    auto s2025 = ledger.seasonSummary(2025);
    QVERIFY(s2025.ok());
    QCOMPARE(s2025->closingBalances[Fund::Club] + summary->seasonChange[Fund::Club],
             balances.value()[Fund::Club]);
    // Income in = payouts + shares + what the funds still hold.
    const Money in = s2025->income() + summary->income();
    const Money out = s2025->payouts() + summary->payouts();
    QCOMPARE(in - out, balances->total());
}

void TestTournamentMoney::tiesThatDoNotDivideEvenly()
{
    QVERIFY(m_store->createClub(QStringLiteral("Tie club"), ClubTime::defaultZoneId).ok());
    const QString t = tournament(2025, QDate(2025, 3, 23));
    const QString a = angler(QStringLiteral("Ann"));
    const QString b = angler(QStringLiteral("Bob"));
    const QString c = angler(QStringLiteral("Cy"));
    const QString d = angler(QStringLiteral("Dee"));
    // Three anglers exactly equal (weight, fish, big bass): they share 1st to 3rd place money
    // and the big bass pot. $25 x 4 anglers: place pot $64.00 / 3, big bass $16.00 / 3.
    entry(t, a, 5, 1500, 550);
    entry(t, b, 5, 1500, 550);
    entry(t, c, 5, 1500, 550);
    entry(t, d, 0, 0, 0);
    TournamentMoneyState st = state(t);
    QCOMPARE(st.payouts.collected, Money::fromDollars(100));
    QCOMPARE(int(st.winners.size()), 6);
    for (const PayoutLine &w : std::as_const(st.winners)) {
        if (w.kind == PayoutLine::Kind::Place) {
            QCOMPARE(w.place, 1);
            QCOMPARE(w.proposed, Money::fromCents(2133));
        } else {
            QCOMPARE(w.proposed, Money::fromCents(533));
        }
    }
    QCOMPARE(st.payouts.tieRemainder, Money::fromCents(2)); // 1 cent of places, 1 of big bass
    QCOMPARE(st.clubCheck.expected, Money::fromCents(1202));
    payEverything(t);
    st = state(t);
    QVERIFY2(st.balances(), qPrintable(st.statusText()));
    auto balances = LedgerStore(m_store.get()).balances();
    QVERIFY(balances.ok());
    QCOMPARE(balances.value()[Fund::Club], Money::fromCents(1202));
    QCOMPARE(balances.value()[Fund::Charity], Money::fromDollars(8));
    QCOMPARE(balances.value()[Fund::BigBassPot], Money());
    QCOMPARE(balances.value()[Fund::TournamentPot], Money());
    QCOMPARE(st.clubFromBigBass, Money::fromCents(1));
    QCOMPARE(st.clubFromPot, Money::fromCents(1201));
}

void TestTournamentMoney::carryoverAcrossSeasons()
{
    QVERIFY(m_store->createClub(QStringLiteral("Carry club"), ClubTime::defaultZoneId).ok());
    const QString a = angler(QStringLiteral("Ann"));
    const QString b = angler(QStringLiteral("Bob"));
    // October 2025: nobody over 5.00 lb (exactly 5.00 does not win). The $8 pot carries over.
    const QString oct = tournament(2025, QDate(2025, 10, 26));
    entry(oct, a, 5, 1400, 500);
    entry(oct, b, 3, 900, 400);
    // January 2026: Bob's 6.10 lb wins this tournament's $8 and the $8 carried in.
    const QString jan = tournament(2026, QDate(2026, 1, 25));
    entry(jan, a, 5, 1200, 300);
    entry(jan, b, 4, 1300, 610);
    TournamentMoneyState first = state(oct);
    QVERIFY(first.payouts.bigBass.isEmpty());
    QCOMPARE(first.payouts.carryOut, Money::fromDollars(8));
    payEverything(oct);
    first = state(oct);
    QVERIFY2(first.balances(), qPrintable(first.statusText()));
    auto held = LedgerStore(m_store.get()).seasonSummary(2025);
    QVERIFY(held.ok());
    QCOMPARE(held->carryoverHeld, Money::fromDollars(8));

    TournamentMoneyState second = state(jan);
    QCOMPARE(second.payouts.carryIn, Money::fromDollars(8));
    QCOMPARE(int(second.payouts.bigBass.size()), 1);
    QCOMPARE(second.payouts.bigBass.first().amount, Money::fromDollars(16));
    payEverything(jan);
    second = state(jan);
    QVERIFY2(second.balances(), qPrintable(second.statusText()));
    auto summary = LedgerStore(m_store.get()).seasonSummary(2026);
    QVERIFY(summary.ok());
    QCOMPARE(summary->carryoverHeld, Money());
    QCOMPARE(summary->bigBassPayouts, Money::fromDollars(16));
    QCOMPARE(summary->openingBalances[Fund::BigBassPot], Money::fromDollars(8));
}

void TestTournamentMoney::feeCheckOffAndUndo()
{
    QVERIFY(m_store->createClub(QStringLiteral("Fee club"), ClubTime::defaultZoneId).ok());
    const QString t = tournament(2026, QDate(2026, 4, 26), false);
    const QString a = angler(QStringLiteral("Ann"));
    const QString walkUp = angler(QStringLiteral("Walk-up Wally"));
    entry(t, a, 5, 1000, 300);
    TournamentMoneyState st = state(t);
    // Everyone on the roster can be checked off at the ramp; entrants come first.
    QCOMPARE(int(st.fees.size()), 2);
    QCOMPARE(st.fees.first().anglerId, a);
    QVERIFY(st.fees.first().entered);
    QVERIFY(!st.fees.at(1).entered);
    QVERIFY(!TournamentMoney::recordFee(*m_store, st, a, QStringLiteral("bitcoin")).ok());
    auto fee =
        TournamentMoney::recordFee(*m_store, st, a, QStringLiteral("cash"), QDate(2026, 4, 26));
    QVERIFY2(fee.ok(), qPrintable(fee.error()));
    st = state(t);
    QVERIFY(st.fees.first().isPaid());
    QCOMPARE(st.fees.first().method, QStringLiteral("cash"));
    QCOMPARE(st.feesCheck.difference(), Money());
    auto twice = TournamentMoney::recordFee(*m_store, st, a, QStringLiteral("cash"));
    QVERIFY(!twice.ok());
    QVERIFY2(twice.error().contains(QStringLiteral("already paid")), qPrintable(twice.error()));
    // The walk-up pays at the ramp before weighing in: one more fee than entries.
    QVERIFY(TournamentMoney::recordFee(*m_store, st, walkUp, QStringLiteral("check")).ok());
    st = state(t);
    QCOMPARE(st.feesCheck.difference(), Money::fromDollars(-25));
    QVERIFY(st.statusText().contains(QStringLiteral("more in fees")));
    // Taken back: a reversing entry, the original stays in the ledger.
    auto undo = TournamentMoney::undoFee(*m_store, st, walkUp);
    QVERIFY2(undo.ok(), qPrintable(undo.error()));
    st = state(t);
    QVERIFY(!st.fees.at(1).isPaid());
    QCOMPARE(int(st.entries.size()), 3);
    QCOMPARE(st.entries.last().reversesId, st.entries.at(1).id);
    QCOMPARE(st.feesCheck.difference(), Money());
    QVERIFY(!TournamentMoney::undoFee(*m_store, st, walkUp).ok());
}

void TestTournamentMoney::markPaidTwiceAndUndo()
{
    QVERIFY(m_store->createClub(QStringLiteral("Pay club"), ClubTime::defaultZoneId).ok());
    const QString t = tournament(2026, QDate(2026, 5, 24));
    const QString a = angler(QStringLiteral("Ann"));
    const QString b = angler(QStringLiteral("Bob"));
    entry(t, a, 5, 1500, 620);
    entry(t, b, 5, 1200, 300);
    TournamentMoneyState st = state(t);
    QCOMPARE(int(st.winners.size()), 3); // 1st, 2nd, big bass
    QCOMPARE(st.winners.first().proposed, Money::fromDollars(14));
    QCOMPARE(st.winners.first().names(), QStringLiteral("Ann"));
    QVERIFY(TournamentMoney::markPaid(*m_store, st, 0, QStringLiteral("cash")).ok());
    st = state(t);
    QVERIFY(st.winners.first().isPaid());
    auto again = TournamentMoney::markPaid(*m_store, st, 0, QStringLiteral("cash"));
    QVERIFY(!again.ok());
    QVERIFY2(again.error().contains(QStringLiteral("already paid")), qPrintable(again.error()));
    QVERIFY(TournamentMoney::undoPaid(*m_store, st, 0).ok());
    st = state(t);
    QVERIFY(!st.winners.first().isPaid());
    QCOMPARE(st.placeCheck.recorded, Money());
    QVERIFY(!TournamentMoney::markPaid(*m_store, st, 7, QStringLiteral("cash")).ok());
}

void TestTournamentMoney::bigBassPotNeverGoesNegative()
{
    // Issue 21: winners paid before the tournament was finalized left the big bass pot at -$8
    // (the share had not moved in), printed as a negative carry-over.
    QVERIFY(m_store->createClub(QStringLiteral("Pot club"), ClubTime::defaultZoneId).ok());
    const QString t = tournament(2026, QDate(2026, 5, 24), false);
    const QString a = angler(QStringLiteral("Ann"));
    const QString b = angler(QStringLiteral("Bob"));
    entry(t, a, 5, 1500, 620);
    entry(t, b, 5, 1200, 300);
    TournamentMoneyState st = state(t);
    for (const FeeLine &f : std::as_const(st.fees))
        QVERIFY(TournamentMoney::recordFee(*m_store, st, f.anglerId, QStringLiteral("cash")).ok());
    st = state(t);
    QVERIFY(!st.completed);
    for (int w = 0; w < st.winners.size(); ++w) {
        auto r = TournamentMoney::markPaid(*m_store, st, w, QStringLiteral("check"));
        QVERIFY2(r.ok(), qPrintable(r.error()));
    }
    LedgerStore ledger(m_store.get());
    auto held = ledger.balances();
    QVERIFY(held.ok());
    QVERIFY2(held.value()[Fund::BigBassPot] >= Money(),
             qPrintable(held.value()[Fund::BigBassPot].toString()));
    QVERIFY(held.value()[Fund::TournamentPot] >= Money());
    auto summary = ledger.seasonSummary(2026);
    QVERIFY(summary.ok());
    QVERIFY(summary->carryoverHeld >= Money());
    // Moving the other shares before the tournament is finalized says what to do first.
    st = state(t);
    auto early = TournamentMoney::settleFunds(*m_store, st);
    QVERIFY(!early.ok());
    QVERIFY2(early.error().contains(QStringLiteral("Finalize it on the Weigh-in page")),
             qPrintable(early.error()));
    // Finalized, the rest moves and the books balance; the share did not move twice.
    QVERIFY(m_store->update(QStringLiteral("tournaments"), t, {{QStringLiteral("completed"), 1}}).ok());
    st = state(t);
    auto settled = TournamentMoney::settleFunds(*m_store, st);
    QVERIFY2(settled.ok(), qPrintable(settled.error()));
    st = state(t);
    QVERIFY2(st.balances(), qPrintable(st.statusText()));
    QCOMPARE(ledger.balances()->operator[](Fund::BigBassPot), Money());
}

void TestTournamentMoney::unbalancedSaysByHowMuch()
{
    QVERIFY(m_store->createClub(QStringLiteral("Short club"), ClubTime::defaultZoneId).ok());
    const QString t = tournament(2026, QDate(2026, 6, 28));
    const QString a = angler(QStringLiteral("Ann"));
    const QString b = angler(QStringLiteral("Bob"));
    entry(t, a, 5, 1500, 300);
    entry(t, b, 5, 1200, 300);
    TournamentMoneyState st = state(t);
    // Only Ann's fee made it into the cap.
    QVERIFY(TournamentMoney::recordFee(*m_store, st, a, QStringLiteral("cash")).ok());
    st = state(t);
    QVERIFY(!st.balances());
    QCOMPARE(st.feesCheck.difference(), Money::fromDollars(25));
    QVERIFY2(st.statusText().contains(QStringLiteral("$25.00 of entry fees not recorded")),
             qPrintable(st.statusText()));
    QVERIFY2(st.statusText().startsWith(QStringLiteral("Does not balance, off by $")),
             qPrintable(st.statusText()));
    QVERIFY(TournamentMoney::recordFee(*m_store, st, b, QStringLiteral("check")).ok());
    payEverything(t);
    st = state(t);
    QVERIFY2(st.balances(), qPrintable(st.statusText()));
}

void TestTournamentMoney::cancelledTournamentTakesNoFees()
{
    QVERIFY(m_store->createClub(QStringLiteral("Rain club"), ClubTime::defaultZoneId).ok());
    const QString a = angler(QStringLiteral("Ann"));
    const QString t = tournament(2026, QDate(2026, 9, 27), false, true);
    TournamentMoneyState st = state(t);
    QVERIFY(st.balances());
    auto fee = TournamentMoney::recordFee(*m_store, st, a, QStringLiteral("cash"));
    QVERIFY(!fee.ok());
    QVERIFY(fee.error().contains(QStringLiteral("cancelled")));
}

QTEST_GUILESS_MAIN(TestTournamentMoney)
#include "tst_tournamentmoney.moc"
