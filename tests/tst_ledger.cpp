// LedgerStore and LedgerModel: appending, refusing what must never be stored, reversing entries
// (never editing them), tombstones left out of every sum, fund balances and the season summary.
#include "itemmodels/ledgermodel.h"
#include "roster/anglerstore.h"
#include "store/store.h"
#include "treasury/ledger.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
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

class TestLedger : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void keysRoundTrip();
    void postAndBalances();
    void refusesWhatMustNotBeStored_data();
    void refusesWhatMustNotBeStored();
    void postAllIsAllOrNothing();
    void reverseAppendsAnOppositeEntry();
    void cannotReverseTwiceOrReverseAReversal();
    void reversingDuesPutsPaidThroughBack_data();
    void reversingDuesPutsPaidThroughBack();
    void databaseRefusesEdits();
    void tombstonesLeftOut();
    void seasonSummary();
    void modelAndProxy();

private:
    LedgerPosting posting(LedgerKind kind, Fund fund, qint64 cents, const QDate &date) const;
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QString m_angler;
    QString m_tournament;
    int m_file = 0;
};

void TestLedger::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestLedger::init()
{
    auto opened = Store::open(m_dir.filePath(QStringLiteral("ledger%1.sqlite").arg(++m_file)));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_store = std::move(opened).value();
    QVERIFY(m_store->createClub(QStringLiteral("Ledger club"), ClubTime::defaultZoneId).ok());
    auto a = m_store->insert(QStringLiteral("anglers"),
                             {{QStringLiteral("full_name"), QStringLiteral("<b>Bold</b> Angler")}});
    QVERIFY(a.ok());
    m_angler = a.value();
    auto t = m_store->insert(QStringLiteral("tournaments"),
                             {{QStringLiteral("season"), 2026},
                              {QStringLiteral("event_date"), QStringLiteral("2026-03-22")},
                              {QStringLiteral("name"), QStringLiteral("March Tournament")}});
    QVERIFY(t.ok());
    m_tournament = t.value();
}

void TestLedger::cleanup()
{
    m_store.reset();
}

LedgerPosting TestLedger::posting(LedgerKind kind, Fund fund, qint64 cents, const QDate &date) const
{
    LedgerPosting p;
    p.date = date;
    p.kind = kind;
    p.fund = fund;
    p.amount = Money::fromCents(cents);
    return p;
}

void TestLedger::keysRoundTrip()
{
    for (LedgerKind k : ledger::allKinds()) {
        QCOMPARE(ledger::kindFromKey(ledger::kindKey(k)), std::optional<LedgerKind>(k));
        QVERIFY(!ledger::kindText(k).isEmpty());
    }
    for (Fund f : ledger::allFunds()) {
        QCOMPARE(ledger::fundFromKey(ledger::fundKey(f)), std::optional<Fund>(f));
        QVERIFY(!ledger::fundText(f).isEmpty());
    }
    QCOMPARE(int(ledger::allKinds().size()), ledgerKindCount);
    QCOMPARE(int(ledger::allFunds().size()), fundCount);
    QVERIFY(!ledger::kindFromKey(QStringLiteral("bribe")));
}

void TestLedger::postAndBalances()
{
    LedgerStore ledger(m_store.get());
    QSignalSpy changed(m_store.get(), &Store::changed);
    LedgerPosting dues = posting(LedgerKind::Dues, Fund::Operating, 2500, QDate(2026, 1, 10));
    dues.anglerId = m_angler;
    dues.method = QStringLiteral("check");
    auto id = ledger.post(dues);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QCOMPARE(changed.count(), 1);
    LedgerPosting fee =
        posting(LedgerKind::EntryFee, Fund::TournamentPot, 2500, QDate(2026, 3, 22));
    fee.anglerId = m_angler;
    fee.tournamentId = m_tournament;
    fee.method = QStringLiteral("cash");
    QVERIFY(ledger.post(fee).ok());
    LedgerPosting expense = posting(LedgerKind::Expense, Fund::Operating, -1234, QDate(2026, 2, 1));
    expense.note = QStringLiteral("Scale batteries");
    QVERIFY(ledger.post(expense).ok());

    auto entry = ledger.entry(id.value());
    QVERIFY(entry.ok());
    QCOMPARE(entry->season, 2026);
    QCOMPARE(entry->anglerName, QStringLiteral("<b>Bold</b> Angler"));
    QCOMPARE(entry->method, QStringLiteral("check"));
    auto b = ledger.balances();
    QVERIFY(b.ok());
    QCOMPARE(b.value()[Fund::Operating], Money::fromCents(2500 - 1234));
    QCOMPARE(b.value()[Fund::TournamentPot], Money::fromDollars(25));
    QCOMPARE(b->total(), Money::fromCents(5000 - 1234));
    // Balances through an earlier season hold nothing of 2026.
    QCOMPARE(ledger.balances(2025)->total(), Money());
    auto list = ledger.entries(2026);
    QVERIFY(list.ok());
    QCOMPARE(int(list->size()), 3);
    QCOMPARE(list->first().date, QDate(2026, 1, 10)); // by date
    QCOMPARE(int(ledger.tournamentEntries(m_tournament)->size()), 1);
}

void TestLedger::refusesWhatMustNotBeStored_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("method");
    QTest::addColumn<bool>("validDate");
    QTest::addColumn<QString>("angler");
    QTest::addColumn<QString>("message");
    QTest::newRow("zero") << qint64(0) << QString() << true << QString()
                          << QStringLiteral("$0.00 records nothing");
    QTest::newRow("bad method") << qint64(100) << QStringLiteral("iou") << true << QString()
                                << QStringLiteral("not a way of paying");
    QTest::newRow("no date") << qint64(100) << QString() << false << QString()
                             << QStringLiteral("date");
    QTest::newRow("unknown angler") << qint64(100) << QString() << true
                                    << QStringLiteral("00000000-0000-4000-8000-000000000000")
                                    << QStringLiteral("no longer on the roster");
}

void TestLedger::refusesWhatMustNotBeStored()
{
    QFETCH(qint64, cents);
    QFETCH(QString, method);
    QFETCH(bool, validDate);
    QFETCH(QString, angler);
    QFETCH(QString, message);
    LedgerStore ledger(m_store.get());
    LedgerPosting p = posting(LedgerKind::Correction, Fund::Operating, cents,
                              validDate ? QDate(2026, 1, 1) : QDate());
    p.method = method;
    p.anglerId = angler;
    auto r = ledger.post(p);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(message), qPrintable(r.error()));
    QCOMPARE(int(ledger.entries()->size()), 0);
}

void TestLedger::postAllIsAllOrNothing()
{
    LedgerStore ledger(m_store.get());
    QList<LedgerPosting> list = {
        posting(LedgerKind::ClubFund, Fund::TournamentPot, -300, QDate(2026, 3, 22)),
        posting(LedgerKind::ClubFund, Fund::Club, 300, QDate(2026, 3, 22)),
        posting(LedgerKind::Charity, Fund::Charity, 0, QDate(2026, 3, 22)), // refused
    };
    auto r = ledger.postAll(list);
    QVERIFY(!r.ok());
    QCOMPARE(int(ledger.entries()->size()), 0);
    list.removeLast();
    r = ledger.postAll(list);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(int(r->size()), 2);
    QCOMPARE(ledger.balances()->total(), Money());
    QCOMPARE(ledger.balances().value()[Fund::Club], Money::fromDollars(3));
}

void TestLedger::reverseAppendsAnOppositeEntry()
{
    LedgerStore ledger(m_store.get());
    LedgerPosting fee =
        posting(LedgerKind::EntryFee, Fund::TournamentPot, 2500, QDate(2026, 3, 22));
    fee.anglerId = m_angler;
    fee.tournamentId = m_tournament;
    fee.method = QStringLiteral("cash");
    auto id = ledger.post(fee);
    QVERIFY(id.ok());
    auto rev =
        ledger.reverse(id.value(), QStringLiteral("Paid twice by mistake"), QDate(2026, 3, 23));
    QVERIFY2(rev.ok(), qPrintable(rev.error()));
    auto list = ledger.entries();
    QVERIFY(list.ok());
    QCOMPARE(int(list->size()), 2);
    const LedgerEntry &original = list->at(0);
    const LedgerEntry &reversal = list->at(1);
    QCOMPARE(original.amount, Money::fromDollars(25)); // untouched
    QCOMPARE(original.reversedById, rev.value());
    QVERIFY(original.isReversed());
    QCOMPARE(reversal.reversesId, original.id);
    QCOMPARE(reversal.amount, Money::fromDollars(-25));
    QCOMPARE(reversal.kind, LedgerKind::EntryFee);
    QCOMPARE(reversal.fund, Fund::TournamentPot);
    QCOMPARE(reversal.anglerId, m_angler);
    QCOMPARE(reversal.tournamentId, m_tournament);
    QCOMPARE(reversal.note, QStringLiteral("Paid twice by mistake"));
    QCOMPARE(reversal.season, 2026);
    QCOMPARE(ledger.balances()->total(), Money());
    auto summary = ledger.seasonSummary(2026);
    QVERIFY(summary.ok());
    QCOMPARE(summary->entryFees, Money());
    QCOMPARE(summary->reversalCount, 1);
}

void TestLedger::cannotReverseTwiceOrReverseAReversal()
{
    LedgerStore ledger(m_store.get());
    auto id = ledger.post(posting(LedgerKind::Dues, Fund::Operating, 2500, QDate(2026, 1, 5)));
    QVERIFY(id.ok());
    auto rev = ledger.reverse(id.value());
    QVERIFY(rev.ok());
    auto twice = ledger.reverse(id.value());
    QVERIFY(!twice.ok());
    QVERIFY2(twice.error().contains(QStringLiteral("already reversed")), qPrintable(twice.error()));
    auto ofReversal = ledger.reverse(rev.value());
    QVERIFY(!ofReversal.ok());
    QVERIFY(ofReversal.error().contains(QStringLiteral("itself a reversal")));
    QVERIFY(!ledger.reverse(QStringLiteral("nope")).ok());
    QCOMPARE(int(ledger.entries()->size()), 2);
}

void TestLedger::reversingDuesPutsPaidThroughBack_data()
{
    QTest::addColumn<int>("paidBefore"); // paid through before the payments (0: never)
    QTest::addColumn<QDate>("date");     // of the payment that is reversed
    QTest::addColumn<int>("paidAfter");  // through after that payment
    // Issue 21: paid through 2026, $25 in November: 2027; the check bounces: 2026 again.
    QTest::newRow("paying ahead") << 2026 << QDate(2026, 11, 2) << 2027;
    // A new member joining in November is paid through next season; reversed: never paid.
    QTest::newRow("joining late") << 0 << QDate(2026, 11, 2) << 2027;
    QTest::newRow("renewing") << 2025 << QDate(2026, 2, 1) << 2026;
}

void TestLedger::reversingDuesPutsPaidThroughBack()
{
    QFETCH(int, paidBefore);
    QFETCH(QDate, date);
    QFETCH(int, paidAfter);
    AnglerStore people(m_store.get());
    if (paidBefore > 0) {
        // Paid for that season through the ledger, a year before the payment that bounces.
        auto earlier = people.recordPayment(
            m_angler, {Money::fromDollars(25), QDate(paidBefore, 3, 1), QStringLiteral("cash"), {}});
        QVERIFY2(earlier.ok(), qPrintable(earlier.error()));
        QCOMPARE(people.angler(m_angler)->duesPaidThrough, paidBefore);
    }
    auto paid = people.recordPayment(
        m_angler, {Money::fromDollars(25), date, QStringLiteral("check"), QStringLiteral("#101")});
    QVERIFY2(paid.ok(), qPrintable(paid.error()));
    QCOMPARE(people.angler(m_angler)->duesPaidThrough, paidAfter);

    auto rev = LedgerStore(m_store.get()).reverse(paid->ledgerId, QStringLiteral("check bounced"));
    QVERIFY2(rev.ok(), qPrintable(rev.error()));
    QCOMPARE(people.angler(m_angler)->duesPaidThrough, paidBefore);
    // The payment dialog's preview starts from there: another $25 is one season more again.
    const DuesPolicy::Outcome next =
        DuesPolicy().apply(people.angler(m_angler)->duesPaidThrough, date, Money::fromDollars(25));
    QCOMPARE(next.paidThrough, paidAfter);
}

void TestLedger::databaseRefusesEdits()
{
    LedgerStore ledger(m_store.get());
    auto id = ledger.post(posting(LedgerKind::Dues, Fund::Operating, 2500, QDate(2026, 1, 5)));
    QVERIFY(id.ok());
    // Even a program that goes around LedgerStore cannot rewrite an amount.
    const Status edit = m_store->update(QStringLiteral("ledger"), id.value(),
                                        {{QStringLiteral("amount_cents"), 1}});
    QVERIFY(!edit.ok());
    QVERIFY2(edit.error().contains(QStringLiteral("never edited")), qPrintable(edit.error()));
    QCOMPARE(ledger.entry(id.value())->amount, Money::fromDollars(25));
}

void TestLedger::tombstonesLeftOut()
{
    LedgerStore ledger(m_store.get());
    auto keep = ledger.post(posting(LedgerKind::Dues, Fund::Operating, 2500, QDate(2026, 1, 5)));
    auto gone = ledger.post(posting(LedgerKind::Dues, Fund::Operating, 9900, QDate(2026, 1, 6)));
    QVERIFY(keep.ok() && gone.ok());
    QVERIFY(m_store->remove(QStringLiteral("ledger"), gone.value()).ok());
    QCOMPARE(int(ledger.entries()->size()), 1);
    QCOMPARE(ledger.balances().value()[Fund::Operating], Money::fromDollars(25));
    QCOMPARE(ledger.seasonSummary(2026)->dues, Money::fromDollars(25));
    QVERIFY(!ledger.entry(gone.value()).ok());
    QVERIFY(!ledger.reverse(gone.value()).ok());
}

void TestLedger::seasonSummary()
{
    LedgerStore ledger(m_store.get());
    QList<LedgerPosting> list;
    list << posting(LedgerKind::Carryover, Fund::BigBassPot, 800, QDate(2025, 12, 31));
    list << posting(LedgerKind::Dues, Fund::Operating, 2500, QDate(2026, 1, 5));
    LedgerPosting fee =
        posting(LedgerKind::EntryFee, Fund::TournamentPot, 5000, QDate(2026, 3, 22));
    fee.tournamentId = m_tournament;
    list << fee;
    LedgerPosting buyIn = posting(LedgerKind::BuyIn, Fund::TournamentPot, 2500, QDate(2026, 3, 22));
    buyIn.tournamentId = m_tournament;
    list << buyIn;
    LedgerPosting paid =
        posting(LedgerKind::Payout, Fund::TournamentPot, -4800, QDate(2026, 3, 22));
    paid.tournamentId = m_tournament;
    list << paid;
    LedgerPosting bb = posting(LedgerKind::Payout, Fund::BigBassPot, -800, QDate(2026, 3, 22));
    bb.tournamentId = m_tournament;
    list << bb;
    list << posting(LedgerKind::ClubFund, Fund::TournamentPot, -900, QDate(2026, 3, 22))
         << posting(LedgerKind::ClubFund, Fund::Club, 900, QDate(2026, 3, 22))
         << posting(LedgerKind::Charity, Fund::TournamentPot, -600, QDate(2026, 3, 22))
         << posting(LedgerKind::Charity, Fund::Charity, 600, QDate(2026, 3, 22))
         << posting(LedgerKind::BigBassPot, Fund::TournamentPot, -1200, QDate(2026, 3, 22))
         << posting(LedgerKind::BigBassPot, Fund::BigBassPot, 1200, QDate(2026, 3, 22))
         << posting(LedgerKind::Expense, Fund::Club, -500, QDate(2026, 12, 5));
    auto r = ledger.postAll(list);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    auto s = ledger.seasonSummary(2026);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(s->dues, Money::fromDollars(25));
    QCOMPARE(s->entryFees, Money::fromDollars(50));
    QCOMPARE(s->buyIns, Money::fromDollars(25));
    QCOMPARE(s->income(), Money::fromDollars(100));
    QCOMPARE(s->placePayouts, Money::fromDollars(48));
    QCOMPARE(s->bigBassPayouts, Money::fromDollars(8));
    QCOMPARE(s->clubShare, Money::fromDollars(9));
    QCOMPARE(s->charityShare, Money::fromDollars(6));
    QCOMPARE(s->bigBassShare, Money::fromDollars(12));
    QCOMPARE(s->expenses, Money::fromDollars(5));
    QCOMPARE(s->openingBalances[Fund::BigBassPot], Money::fromDollars(8));
    QCOMPARE(s->carryoverHeld, Money::fromDollars(12));
    QCOMPARE(s->closingBalances[Fund::Club], Money::fromDollars(4));
    QCOMPARE(s->closingBalances[Fund::TournamentPot], Money());
    QCOMPARE(s->closingBalances.total(),
             s->openingBalances.total() + s->income() - s->payouts() - s->expenses);
    QCOMPARE(int(s->tournaments.size()), 1);
    QCOMPARE(s->tournaments.first().fees, Money::fromDollars(75));
    QCOMPARE(s->tournaments.first().payouts, Money::fromDollars(56));
    auto seasons = ledger.seasons();
    QVERIFY(seasons.ok());
    QVERIFY(seasons->contains(2025) && seasons->contains(2026));
}

void TestLedger::modelAndProxy()
{
    LedgerStore ledger(m_store.get());
    LedgerModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSeason(2026);
    QCOMPARE(model.rowCount(), 0);
    LedgerPosting fee =
        posting(LedgerKind::EntryFee, Fund::TournamentPot, 2500, QDate(2026, 3, 22));
    fee.anglerId = m_angler;
    fee.tournamentId = m_tournament;
    fee.method = QStringLiteral("cash");
    auto id = ledger.post(fee);
    QVERIFY(id.ok());
    QVERIFY(ledger.post(posting(LedgerKind::Dues, Fund::Operating, 2500, QDate(2026, 1, 3))).ok());
    QVERIFY(ledger.post(posting(LedgerKind::Dues, Fund::Operating, 2500, QDate(2025, 1, 3))).ok());
    QCOMPARE(model.rowCount(), 2); // reloaded on the store's signal; 2025 not shown
    QVERIFY(ledger.reverse(id.value()).ok());
    QCOMPARE(model.rowCount(), 3);
    const int feeRow = 1; // by date: dues, fee, reversal
    QCOMPARE(model.index(feeRow, LedgerModel::AnglerColumn).data().toString(),
             QStringLiteral("<b>Bold</b> Angler"));
    QCOMPARE(model.index(feeRow, LedgerModel::AmountColumn).data().toString(),
             QStringLiteral("$25.00"));
    QCOMPARE(
        model.index(feeRow, LedgerModel::AmountColumn).data(LedgerModel::SortRole).toLongLong(),
        qint64(2500));
    QVERIFY(model.index(feeRow, 0).data(LedgerModel::ReversedRole).toBool());
    QVERIFY(model.index(2, LedgerModel::KindColumn)
                .data()
                .toString()
                .contains(QStringLiteral("reversal")));
    QCOMPARE(model.index(2, LedgerModel::AmountColumn).data().toString(),
             QStringLiteral("-$25.00"));

    LedgerFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setFund(Fund::Operating);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFund(std::nullopt);
    proxy.setKind(LedgerKind::EntryFee);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setKind(std::nullopt);
    proxy.setSearchText(QStringLiteral("bold"));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setSearchText(QString());
    proxy.sort(LedgerModel::AmountColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, LedgerModel::AmountColumn).data().toString(),
             QStringLiteral("-$25.00"));
    model.setSeason(0);
    QCOMPARE(proxy.rowCount(), 4);
}

QTEST_GUILESS_MAIN(TestLedger)
#include "tst_ledger.moc"
