// The Treasury page over the demo club, driven by the keyboard: Space ticks a fee at the ramp and
// unticks it (a reversing entry), a finished tournament opens settled ("balances to the cent"),
// and once its settlement is taken back Ctrl+Return marks the selected winner paid and the balance
// line turns from "does not balance" to "balances to the cent" once the shares are moved; the
// ledger filters, and the summary shows the fund balances and the chart. Screenshots of each tab go
// to $SABC_SCREENSHOT_DIR (or the current folder).
#include "demo/democlub.h"
#include "itemmodels/ledgermodel.h"
#include "itemmodels/tournamentmoneymodel.h"
#include "store/store.h"
#include "treasury/ledger.h"
#include "treasury/tournamentmoney.h"
#include "ui/treasury/ledgerentrydialog.h"
#include "ui/treasury/treasurypage.h"
#include "ui/window/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class TestUiTreasury : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void opensOnTheLatestTournament();
    void spaceTicksAFeeAndUntickReverses();
    void markPaidAndBalance();
    void ledgerTabFiltersAndReverses();
    void newEntryDialog();
    void summaryTab();
    void inTheMainWindow();
    void emptyPageSaysWhatToDo();

private:
    void shoot(const QString &name);
    int feeRow(bool entered, bool paid) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<TreasuryPage> m_page;
};

void TestUiTreasury::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    auto opened = Store::open(m_dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY(opened.ok());
    m_store = std::move(opened).value();
    QVERIFY(DemoClub::create(*m_store, m_store->clubTime().today()).ok());
    m_page = std::make_unique<TreasuryPage>(m_store.get());
    m_page->resize(1280, 820);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestUiTreasury::cleanupTestCase()
{
    m_page.reset();
    m_store.reset();
}

void TestUiTreasury::shoot(const QString &name)
{
    QString dir = qEnvironmentVariable("SABC_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QDir::currentPath();
    QDir().mkpath(dir);
    QApplication::processEvents();
    QVERIFY(m_page->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

int TestUiTreasury::feeRow(bool entered, bool paid) const
{
    QAbstractItemModel *m = m_page->feeView()->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        const bool isEntered =
            !m->index(r, FeeCheckModel::EnteredColumn).data().toString().isEmpty();
        const bool isPaid =
            m->index(r, FeeCheckModel::PaidColumn).data(Qt::CheckStateRole).toInt() == Qt::Checked;
        if (isEntered == entered && isPaid == paid)
            return r;
    }
    return -1;
}

void TestUiTreasury::opensOnTheLatestTournament()
{
    QCOMPARE(m_page->season(), m_store->currentSeason());
    QVERIFY(!m_page->tournamentId().isEmpty());
    QVERIFY(m_page->moneyModel()->isLoaded());
    QVERIFY2(m_page->errorText().isEmpty(), qPrintable(m_page->errorText()));
    QAbstractItemModelTester fees(m_page->feeView()->model(),
                                  QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester winners(m_page->winnerView()->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(m_page->feeView()->model()->rowCount() >= 60);
    QVERIFY(!m_page->statusLabel()->text().isEmpty());
}

void TestUiTreasury::spaceTicksAFeeAndUntickReverses()
{
    m_page->showTab(TreasuryPage::TournamentTab);
    QTableView *view = m_page->feeView();
    const int row = feeRow(false, false); // someone on the roster who has not paid yet
    QVERIFY(row >= 0);
    const QString angler =
        view->model()->index(row, 0).data(FeeCheckModel::AnglerIdRole).toString();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(row, 0));
    // Paid by check.
    auto *method = m_page->findChild<QComboBox *>(QStringLiteral("feeMethod"));
    QVERIFY(method);
    method->setCurrentIndex(method->findData(QStringLiteral("check")));
    LedgerStore ledger(m_store.get());
    const int before = int(ledger.entries()->size());
    QTest::keyClick(view, Qt::Key_Space);
    QVERIFY2(m_page->errorText().isEmpty(), qPrintable(m_page->errorText()));
    QCOMPARE(int(ledger.entries()->size()), before + 1);
    // The same angler stays selected and is now ticked.
    const auto paidState = [view] {
        return view->model()
            ->index(view->currentIndex().row(), FeeCheckModel::PaidColumn)
            .data(Qt::CheckStateRole)
            .toInt();
    };
    const QModelIndex current = view->currentIndex();
    QCOMPARE(current.data(FeeCheckModel::AnglerIdRole).toString(), angler);
    QCOMPARE(paidState(), int(Qt::Checked));
    QCOMPARE(view->model()->index(current.row(), FeeCheckModel::MethodColumn).data().toString(),
             QStringLiteral("Check"));
    shoot(QStringLiteral("treasury-fee-ticked"));
    method->setCurrentIndex(method->findData(QStringLiteral("cash")));

    // Space on a paid fee asks first (issue 21): Escape leaves the fee paid.
    QString question;
    const auto answer = [&question](bool accept, const QString &reason) {
        QTimer::singleShot(0, [&question, accept, reason] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            question = dialog->labelText();
            if (accept) {
                dialog->setTextValue(reason);
                dialog->accept();
            } else {
                QTest::keyClick(dialog, Qt::Key_Escape);
            }
        });
    };
    answer(false, {});
    QTest::keyClick(view, Qt::Key_Space);
    QVERIFY2(question.contains(QStringLiteral("Take back the entry fee")), qPrintable(question));
    QCOMPARE(int(ledger.entries()->size()), before + 1);
    QCOMPARE(paidState(), int(Qt::Checked));
    // Back in the list once the question is gone, as after any dialog.
    const auto backToTheList = [this, view] {
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
    };
    backToTheList();

    // Confirmed with a reason: a reversing entry, nothing erased.
    question.clear();
    answer(true, QStringLiteral("check bounced"));
    QTest::keyClick(view, Qt::Key_Space);
    QVERIFY(!question.isEmpty());
    QVERIFY2(m_page->errorText().isEmpty(), qPrintable(m_page->errorText()));
    QCOMPARE(int(ledger.entries()->size()), before + 2);
    QCOMPARE(view->currentIndex().data(FeeCheckModel::AnglerIdRole).toString(), angler);
    QCOMPARE(paidState(), int(Qt::Unchecked));
    QVERIFY(ledger.entries()->last().isReversal());
    QVERIFY(ledger.entries()->last().note.contains(QStringLiteral("check bounced")));
    backToTheList();

    // Paid again: by check, as it was, although the box now says cash.
    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(int(ledger.entries()->size()), before + 3);
    QCOMPARE(paidState(), int(Qt::Checked));
    QCOMPARE(ledger.entries()->last().method, QStringLiteral("check"));
    QCOMPARE(view->model()
                 ->index(view->currentIndex().row(), FeeCheckModel::MethodColumn)
                 .data()
                 .toString(),
             QStringLiteral("Check"));
}

void TestUiTreasury::markPaidAndBalance()
{
    // A finished tournament: the previous season's March tournament, settled by the demo.
    auto list = TournamentMoney::tournaments(*m_store, m_store->currentSeason() - 1);
    QVERIFY(list.ok());
    const QString march = list->at(2).id;
    m_page->showSeason(m_store->currentSeason() - 1);
    m_page->showTournament(march);
    QCOMPARE(m_page->tournamentId(), march);
    QVERIFY2(m_page->statusLabel()->text().startsWith(QStringLiteral("Balances to the cent")),
             qPrintable(m_page->statusLabel()->text()));
    QTableView *winners = m_page->winnerView();
    const int count = winners->model()->rowCount();
    QVERIFY(count >= 3);
    for (int i = 0; i < count; ++i)
        QCOMPARE(winners->model()->index(i, WinnerModel::PaidColumn).data().toString(),
                 QStringLiteral("paid"));
    shoot(QStringLiteral("treasury-tournament-settled"));

    // The treasurer takes the settlement back (reversing entries): the books are open again.
    LedgerStore ledger(m_store.get());
    auto settled = ledger.tournamentEntries(march);
    QVERIFY(settled.ok());
    for (const LedgerEntry &e : settled.value())
        if (e.kind != LedgerKind::EntryFee && e.kind != LedgerKind::BuyIn && !e.isReversal() &&
            !e.isReversed())
            QVERIFY(ledger.reverse(e.id, QStringLiteral("paid by mistake")).ok());
    QTRY_VERIFY2(m_page->statusLabel()->text().startsWith(QStringLiteral("Does not balance")),
                 qPrintable(m_page->statusLabel()->text()));
    QCOMPARE(m_page->tournamentId(), march);
    for (int i = 0; i < count; ++i)
        QVERIFY(winners->model()->index(i, WinnerModel::PaidColumn).data().toString() !=
                QStringLiteral("paid"));
    shoot(QStringLiteral("treasury-tournament-unbalanced"));
    winners->setFocus();
    winners->setCurrentIndex(winners->model()->index(0, 0));
    for (int i = 0; i < count; ++i) {
        QTest::keyClick(winners, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(m_page->errorText().isEmpty(), qPrintable(m_page->errorText()));
    }
    for (int i = 0; i < count; ++i)
        QCOMPARE(winners->model()->index(i, WinnerModel::PaidColumn).data().toString(),
                 QStringLiteral("paid"));
    QVERIFY(m_page->statusLabel()->text().contains(QStringLiteral("not yet moved")));
    m_page->settleFunds();
    QVERIFY2(m_page->statusLabel()->text().startsWith(QStringLiteral("Balances to the cent")),
             qPrintable(m_page->statusLabel()->text()));
    shoot(QStringLiteral("treasury-tournament"));
}

void TestUiTreasury::ledgerTabFiltersAndReverses()
{
    m_page->showTab(TreasuryPage::LedgerTab);
    QTableView *view = m_page->ledgerView();
    const int all = view->model()->rowCount();
    QVERIFY(all > 100);
    auto *fund = m_page->findChild<QComboBox *>(QStringLiteral("fundFilter"));
    QVERIFY(fund);
    QCOMPARE(fund->itemText(0), QStringLiteral("All funds"));
    fund->setCurrentIndex(fund->findData(int(Fund::Club)));
    QVERIFY(view->model()->rowCount() > 0);
    QVERIFY(view->model()->rowCount() < all);
    for (int r = 0; r < view->model()->rowCount(); ++r)
        QCOMPARE(view->model()->index(r, LedgerModel::FundColumn).data().toString(),
                 QStringLiteral("Club fund"));
    shoot(QStringLiteral("treasury-ledger-club"));
    fund->setCurrentIndex(0);
    QCOMPARE(view->model()->rowCount(), all);
    shoot(QStringLiteral("treasury-ledger"));
}

void TestUiTreasury::newEntryDialog()
{
    LedgerEntryDialog dialog(QDate(2026, 5, 2), 2026);
    dialog.show();
    dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(int(LedgerKind::Expense)));
    QCOMPARE(dialog.directionBox()->currentData().toInt(), -1);
    QTest::keyClicks(dialog.amountEdit(), QStringLiteral("-5"));
    dialog.accept();
    QVERIFY(dialog.isVisible()); // refused: typed amounts are never negative
    dialog.amountEdit()->clear();
    QTest::keyClicks(dialog.amountEdit(), QStringLiteral("12.34"));
    dialog.accept();
    QVERIFY(dialog.isVisible()); // refused: a note is needed
    auto *note = dialog.findChild<QLineEdit *>(QStringLiteral("note"));
    QVERIFY(note);
    QTest::keyClicks(note, QStringLiteral("Scale batteries"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const LedgerPosting p = dialog.posting();
    QCOMPARE(p.amount, Money::fromCents(-1234));
    QCOMPARE(p.fund, Fund::Operating);
    QCOMPARE(p.kind, LedgerKind::Expense);
    QCOMPARE(p.season, 2026);
    QVERIFY(LedgerStore(m_store.get()).post(p).ok());
}

void TestUiTreasury::summaryTab()
{
    m_page->showSeason(m_store->currentSeason() - 1);
    m_page->showTab(TreasuryPage::SummaryTab);
    QTableWidget *funds = m_page->fundTable();
    QCOMPARE(funds->rowCount(), fundCount + 1);
    auto balances = LedgerStore(m_store.get()).balances(m_store->currentSeason() - 1);
    QVERIFY(balances.ok());
    QCOMPARE(funds->item(fundCount, 3)->text(), balances->total().toString());
    QVERIFY(m_page->summaryTable()->rowCount() >= 10);
    QChart *chart = m_page->chartView()->chart();
    QVERIFY(chart);
    QCOMPARE(int(chart->series().size()), 1);
    shoot(QStringLiteral("treasury-summary"));
}

void TestUiTreasury::inTheMainWindow()
{
    // The window's Treasury page is this page, on the window's database.
    MainWindow window;
    window.resize(1400, 860);
    QVERIFY(window.openDatabase(m_store->path()));
    auto *page = qobject_cast<TreasuryPage *>(window.page(MainWindow::Treasury));
    QVERIFY(page);
    window.show();
    window.showPage(MainWindow::Treasury);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(page->season(), window.store()->currentSeason());
    QVERIFY(page->moneyModel()->isLoaded());
    QVERIFY2(page->errorText().isEmpty(), qPrintable(page->errorText()));
    QString dir = qEnvironmentVariable("SABC_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QDir::currentPath();
    QApplication::processEvents();
    QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("treasury-mainwindow.png"))));
}

// Before there is a club, the page says what to do and its buttons are off; with a tournament,
// Mark paid waits for a winner to be chosen.
void TestUiTreasury::emptyPageSaysWhatToDo()
{
    TreasuryPage none(nullptr);
    QVERIFY(!none.markPaidButton()->isEnabled());
    QVERIFY(!none.undoPaidButton()->isEnabled());
    QVERIFY(!none.reverseButton()->isEnabled());
    QVERIFY(!none.newEntryButton()->isEnabled());
    QVERIFY2(none.statusLabel()->text().contains(QStringLiteral("New Club")),
             qPrintable(none.statusLabel()->text()));
}

QTEST_MAIN(TestUiTreasury)
#include "tst_ui_treasury.moc"
