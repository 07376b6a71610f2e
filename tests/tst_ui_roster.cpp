// Widget tests of the roster's dialogs and actions (ui/roster/) on the Roster page, driven from
// the keyboard: add, edit, record a payment, officers, merge and import, each undone through the
// window's QUndoStack; and screenshots of the page and the dialogs for a person to look at
// (saved in $SABC_SCREENSHOT_DIR, else the current folder).
#include "commands/command.h"
#include "demo/democlub.h"
#include "itemmodels/paymenthistorymodel.h"
#include "itemmodels/rosterfilterproxymodel.h"
#include "itemmodels/rostermodel.h"
#include "reports/rosterreport.h"
#include "roster/anglerstore.h"
#include "store/store.h"
#include "ui/common/datatableview.h"
#include "ui/roster/anglerdialog.h"
#include "ui/roster/importdialog.h"
#include "ui/roster/mergedialog.h"
#include "ui/roster/officersdialog.h"
#include "ui/roster/paymentdialog.h"
#include "ui/roster/rosteractions.h"
#include "ui/roster/rosterpage.h"
#include "ui/window/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTranslator>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

class TestUiRoster : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void addWithTheKeyboard();
    void addRefusesBadInput();
    void tooLongANameIsRefusedNotCut();
    void addingTheSamePersonTwiceAsks();
    void editAndUndo();
    void recordPaymentAndUndo();
    void officers();
    void deleteOrDeactivateFromTheKeyboard();
    void mergeAndUndo();
    void mergeOffersOnlyALikelyDuplicate();
    void importPreviewThenImport();
    void importRefusesBrokenFile();
    void undoTextsInSpanish();
    void screenshots();
    void columnsFitTheDefaultWindow_data();
    void columnsFitTheDefaultWindow();
    void pastSeasonRoster_data();
    void pastSeasonRoster();

private:
    int rowOf(const QString &name) const;
    void select(const QString &name);
    template <typename T> T *openDialog(QAction *action);
    void save(QWidget *widget, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<RosterModel> m_model;
    std::unique_ptr<QWidget> m_window;
    RosterPage *m_page = nullptr;
    RosterActions *m_actions = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestUiRoster::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestUiRoster::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = Store::open(m_dir->filePath(QStringLiteral("club.sqlite")));
    QVERIFY2(store.ok(), qPrintable(store.error()));
    m_store = std::move(store).value();
    QVERIFY(m_store->createClub(QStringLiteral("South Austin Bass Club"), "America/Chicago").ok());
    m_stack = std::make_unique<QUndoStack>();
    m_model = std::make_unique<RosterModel>(m_store.get());

    // The page as the main window shows it, with the roster actions on a toolbar above it.
    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    layout->setContentsMargins(0, 0, 0, 0);
    m_page = new RosterPage(m_model.get(), m_window.get());
    m_actions = new RosterActions(m_store.get(), m_stack.get(), m_window.get());
    m_actions->attachTo(m_page, m_page->table());
    QToolBar *toolbar = m_actions->createToolBar(m_window.get());
    QAction *undo = m_stack->createUndoAction(m_window.get());
    undo->setShortcut(QKeySequence::Undo);
    m_window->addAction(undo);
    layout->addWidget(toolbar);
    layout->addWidget(m_page, 1);
    m_window->resize(1100, 560);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_page->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestUiRoster::cleanup()
{
    m_tester.reset();
    m_window.reset();
    m_model.reset();
    m_stack.reset();
    m_store.reset();
    m_dir.reset();
}

int TestUiRoster::rowOf(const QString &name) const
{
    QAbstractItemModel *model = m_page->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, RosterModel::NameColumn).data().toString() == name)
            return row;
    }
    return -1;
}

void TestUiRoster::select(const QString &name)
{
    QTRY_VERIFY(rowOf(name) >= 0);
    m_page->table()->setFocus();
    m_page->table()->selectRow(rowOf(name));
}

template <typename T> T *TestUiRoster::openDialog(QAction *action)
{
    if (!action->isEnabled())
        return nullptr;
    action->trigger();
    T *dialog = m_window->findChild<T *>();
    if (dialog)
        (void)QTest::qWaitForWindowExposed(dialog);
    return dialog;
}

void TestUiRoster::save(QWidget *widget, const QString &name)
{
    QString dir = qEnvironmentVariable("SABC_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QDir::currentPath();
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(name);
    QTest::qWait(50); // let pending layout requests run, so the picture is what a user sees
    QVERIFY2(widget->grab().save(path), qPrintable(path));
    qInfo().noquote() << "screenshot:" << path;
}

void TestUiRoster::addWithTheKeyboard()
{
    auto *dialog = openDialog<AnglerDialog>(m_actions->addAction());
    QVERIFY(dialog);
    QVERIFY(dialog->nameEdit()->hasFocus());
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Alice Angler"));
    QTest::keyClick(dialog->nameEdit(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("alice@example.com"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog->phoneEdit());
    QTest::keyClicks(dialog->phoneEdit(), QStringLiteral("512.555.0100"));
    QTest::keyClick(dialog->phoneEdit(), Qt::Key_Tab);
    QCOMPARE(dialog->phoneEdit()->text(), QStringLiteral("(512) 555-0100"));
    dialog->memberBox()->setChecked(true);
    QTest::keyClick(dialog->nameEdit(), Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<AnglerDialog *>());
    QTRY_VERIFY(rowOf(QStringLiteral("Alice Angler")) >= 0);
    const int row = rowOf(QStringLiteral("Alice Angler"));
    QAbstractItemModel *model = m_page->table()->model();
    QCOMPARE(model->index(row, RosterModel::PhoneColumn).data().toString(),
             QStringLiteral("(512) 555-0100"));
    QCOMPARE(model->index(row, RosterModel::StandingColumn).data().toString(),
             QStringLiteral("Dues overdue"));
    QCOMPARE(m_stack->count(), 1);

    // Ctrl+Z in the window undoes it.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_page->table()->setFocus();
    QTest::keyClick(m_page->table(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(rowOf(QStringLiteral("Alice Angler")), -1);
}

void TestUiRoster::addRefusesBadInput()
{
    auto *dialog = openDialog<AnglerDialog>(m_actions->addAction());
    QVERIFY(dialog);
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Bob"));
    QTest::keyClicks(dialog->emailEdit(), QStringLiteral("bob-at-example"));
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->errorText().contains(QStringLiteral("email")),
             qPrintable(dialog->errorText()));
    QVERIFY(dialog->emailEdit()->hasFocus());
    dialog->emailEdit()->clear();
    QTest::keyClicks(dialog->phoneEdit(), QStringLiteral("555-12"));
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->errorText().contains(QStringLiteral("10")));
    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(m_model->rowCount(), 0);
    dialog->reject();
}

void TestUiRoster::tooLongANameIsRefusedNotCut()
{
    // Issue 21: 500 characters were cut to 100 without a word.
    auto *dialog = openDialog<AnglerDialog>(m_actions->addAction());
    QVERIFY(dialog);
    const QString name = QStringLiteral("Bartholomew ").repeated(10).trimmed(); // 119 characters
    QTest::keyClicks(dialog->nameEdit(), name);
    QCOMPARE(dialog->nameEdit()->text(), name); // all of it, nothing cut
    // Said while typing, before saving.
    QVERIFY2(dialog->errorText().contains(QStringLiteral("119 characters")),
             qPrintable(dialog->errorText()));
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->errorText().contains(QStringLiteral("at most 100")),
             qPrintable(dialog->errorText()));
    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(m_model->rowCount(), 0);
    // Shortened, the message goes and the name is saved as typed.
    dialog->nameEdit()->setText(QStringLiteral("Bartholomew Banks"));
    QVERIFY(dialog->errorText().isEmpty());
    dialog->accept();
    QVERIFY(!dialog->isVisible());
    QTRY_COMPARE(m_model->rowCount(), 1);
}

void TestUiRoster::addingTheSamePersonTwiceAsks()
{
    Angler jason;
    jason.fullName = QStringLiteral("Jason Hall");
    jason.phone = QStringLiteral("(512) 555-0142");
    QVERIFY(AnglerStore(m_store.get()).insertAngler(jason).ok());
    QTRY_COMPARE(m_model->rowCount(), 1);
    const auto addJason = [this](bool addAnyway) {
        auto *dialog = openDialog<AnglerDialog>(m_actions->addAction());
        QVERIFY(dialog);
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("jason  hall"));
        QTest::keyClicks(dialog->phoneEdit(), QStringLiteral("512.555.0142"));
        QString question;
        QTimer::singleShot(0, [&question, addAnyway] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            question = box->text();
            if (addAnyway) {
                for (QAbstractButton *b : box->buttons())
                    if (box->buttonRole(b) == QMessageBox::AcceptRole)
                        b->click(); // Add Another
            } else
                QTest::keyClick(box, Qt::Key_Return); // the default: Go Back
        });
        dialog->accept();
        QVERIFY2(question.contains(QStringLiteral("already on the roster")), qPrintable(question));
        QCOMPARE(dialog->isVisible(), !addAnyway);
        if (!addAnyway)
            dialog->reject();
        QTRY_VERIFY(!m_window->findChild<AnglerDialog *>());
    };
    addJason(false);
    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(m_model->rowCount(), 1);
    addJason(true);
    QTRY_COMPARE(m_model->rowCount(), 2);
}

void TestUiRoster::editAndUndo()
{
    Angler a;
    a.fullName = QStringLiteral("Carl Crank");
    QVERIFY(AnglerStore(m_store.get()).insertAngler(a).ok());
    select(QStringLiteral("Carl Crank"));
    QVERIFY(m_actions->editAction()->isEnabled());
    auto *dialog = openDialog<AnglerDialog>(m_actions->editAction());
    QVERIFY(dialog);
    QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("Carl Crank"));
    dialog->nameEdit()->selectAll();
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Carlos Crank"));
    dialog->memberSinceBox()->setValue(2015);
    QTest::keyClick(dialog->nameEdit(), Qt::Key_Return);
    QTRY_VERIFY(rowOf(QStringLiteral("Carlos Crank")) >= 0);
    QCOMPARE(m_page->table()
                 ->model()
                 ->index(rowOf(QStringLiteral("Carlos Crank")), RosterModel::MemberSinceColumn)
                 .data()
                 .toString(),
             QStringLiteral("2015"));
    m_stack->undo();
    QTRY_VERIFY(rowOf(QStringLiteral("Carl Crank")) >= 0);
    m_stack->redo();
    QTRY_VERIFY(rowOf(QStringLiteral("Carlos Crank")) >= 0);
}

void TestUiRoster::recordPaymentAndUndo()
{
    Angler a;
    a.fullName = QStringLiteral("Dana Drop");
    auto id = AnglerStore(m_store.get()).insertAngler(a);
    QVERIFY(id.ok());
    select(QStringLiteral("Dana Drop"));
    auto *dialog = openDialog<PaymentDialog>(m_actions->paymentAction());
    QVERIFY(dialog);
    QCOMPARE(dialog->amountEdit()->text(), QStringLiteral("25.00"));
    QVERIFY(dialog->effectText().contains(QStringLiteral("After this payment")));
    dialog->methodBox()->setCurrentIndex(dialog->methodBox()->findData(QStringLiteral("check")));
    QTest::keyClicks(dialog->noteEdit(), QStringLiteral("check #512"));
    // A bad amount is explained and nothing is written.
    dialog->amountEdit()->setText(QStringLiteral("-5"));
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->errorText().isEmpty());
    // $1,250 (fifty seasons) asks first (issue 21); Go Back records nothing.
    dialog->amountEdit()->setText(QStringLiteral("1250"));
    QString asked;
    QTimer::singleShot(0, [&asked] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            asked = box->text();
            QTest::keyClick(box, Qt::Key_Return); // the default: Go Back
        }
    });
    dialog->accept();
    QVERIFY2(asked.contains(QStringLiteral("50 season")) && asked.contains(QStringLiteral("2076")),
             qPrintable(asked));
    QVERIFY(dialog->isVisible());
    QCOMPARE(AnglerStore(m_store.get()).payments(id.value())->size(), 0);
    dialog->amountEdit()->setText(QStringLiteral("25"));
    dialog->accept();
    QTRY_VERIFY(!m_window->findChild<PaymentDialog *>());
    const int season = m_store->currentSeason();
    QTRY_COMPARE(m_page->table()
                     ->model()
                     ->index(rowOf(QStringLiteral("Dana Drop")), RosterModel::DuesPaidThroughColumn)
                     .data()
                     .toString()
                     .toInt(),
                 m_store->clubTime().today().month() >= 10 ? season + 1 : season);
    QCOMPARE(AnglerStore(m_store.get()).payments(id.value())->size(), 1);
    m_stack->undo();
    QTRY_COMPARE(m_page->table()
                     ->model()
                     ->index(rowOf(QStringLiteral("Dana Drop")), RosterModel::DuesPaidThroughColumn)
                     .data()
                     .toString(),
                 QString());
    // The history shows the payment and its reversal.
    select(QStringLiteral("Dana Drop"));
    auto *again = openDialog<PaymentDialog>(m_actions->paymentAction());
    QVERIFY(again);
    QCOMPARE(again->history()->rowCount(), 2);
    QCOMPARE(again->history()->total(), Money());
    again->reject();
}

void TestUiRoster::officers()
{
    Angler a;
    a.fullName = QStringLiteral("Pres Ident");
    auto id = AnglerStore(m_store.get()).insertAngler(a);
    QVERIFY(id.ok());
    auto *dialog = openDialog<OfficersDialog>(m_actions->officersAction());
    QVERIFY(dialog);
    QComboBox *president = dialog->postBox(QStringLiteral("president"));
    QVERIFY(president);
    president->setCurrentIndex(president->findData(id.value()));
    // Issue 21: a guest as president, and one person in two posts, went through without a word.
    QComboBox *treasurer = dialog->postBox(QStringLiteral("treasurer"));
    QVERIFY(treasurer);
    treasurer->setCurrentIndex(treasurer->findData(id.value()));
    const QString doubts = dialog->warnings().join(QLatin1Char('\n'));
    QVERIFY2(doubts.contains(QStringLiteral("Pres Ident is not a member")), qPrintable(doubts));
    QVERIFY2(doubts.contains(QStringLiteral("would hold 2 posts")), qPrintable(doubts));
    QString asked;
    QTimer::singleShot(0, [&asked] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            asked = box->text();
            QTest::keyClick(box, Qt::Key_Escape); // Go Back
        }
    });
    dialog->accept();
    QVERIFY2(asked.contains(QStringLiteral("Save these officers anyway?")), qPrintable(asked));
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_stack->count(), 0);
    // A member in one post: no question.
    treasurer->setCurrentIndex(0);
    QVERIFY(AnglerStore(m_store.get())
                .addMembership(id.value(), m_store->currentSeason(), m_store->clubTime().today())
                .ok());
    QVERIFY2(dialog->warnings().isEmpty(), qPrintable(dialog->warnings().join(u' ')));
    dialog->accept();
    QTRY_VERIFY(!m_window->findChild<OfficersDialog *>());
    QTRY_COMPARE(m_page->table()
                     ->model()
                     ->index(rowOf(QStringLiteral("Pres Ident")), RosterModel::OfficesColumn)
                     .data()
                     .toString(),
                 QStringLiteral("President/Secretary"));
    m_stack->undo();
    QTRY_COMPARE(m_page->table()
                     ->model()
                     ->index(rowOf(QStringLiteral("Pres Ident")), RosterModel::OfficesColumn)
                     .data()
                     .toString(),
                 QString());
}

void TestUiRoster::deleteOrDeactivateFromTheKeyboard()
{
    AnglerStore anglers(m_store.get());
    Angler typo;
    typo.fullName = QStringLiteral("Typo Record");
    const QString typoId = anglers.insertAngler(typo).value();
    select(QStringLiteral("Typo Record"));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_page->table()->setFocus();
    QTest::keyClick(m_page->table(), Qt::Key_Delete);
    auto *confirm = m_window->findChild<QMessageBox *>(QStringLiteral("rosterDeleteConfirm"));
    QVERIFY(confirm);
    QVERIFY(confirm->text().contains(QStringLiteral("Delete Typo Record")));
    confirm->defaultButton()->click();
    QTRY_COMPARE(rowOf(QStringLiteral("Typo Record")), -1);
    m_stack->undo();
    QTRY_VERIFY(rowOf(QStringLiteral("Typo Record")) >= 0);

    // With history the record stays: deactivate is offered instead.
    const int season = m_store->currentSeason();
    auto t =
        m_store->insert(QStringLiteral("tournaments"),
                        {{QStringLiteral("season"), season},
                         {QStringLiteral("event_date"), QStringLiteral("%1-02-22").arg(season)},
                         {QStringLiteral("name"), QStringLiteral("Lake LBJ")}});
    QVERIFY(t.ok());
    QVERIFY(m_store
                ->insert(QStringLiteral("entries"), {{QStringLiteral("tournament_id"), t.value()},
                                                     {QStringLiteral("angler_id"), typoId},
                                                     {QStringLiteral("was_member"), 0},
                                                     {QStringLiteral("entered_at"), 1}})
                .ok());
    select(QStringLiteral("Typo Record"));
    m_actions->deleteAction()->trigger();
    QMessageBox *offer = nullptr;
    for (QMessageBox *box : m_window->findChildren<QMessageBox *>()) {
        if (box->isVisible())
            offer = box;
    }
    QVERIFY(offer);
    QVERIFY(offer->text().contains(QStringLiteral("Deactivate")));
    offer->defaultButton()->click();
    QTRY_COMPARE(m_page->table()
                     ->model()
                     ->index(rowOf(QStringLiteral("Typo Record")), RosterModel::StandingColumn)
                     .data()
                     .toString(),
                 QStringLiteral("Inactive"));
    QVERIFY(anglers.angler(typoId).ok());
}

void TestUiRoster::mergeAndUndo()
{
    AnglerStore anglers(m_store.get());
    Angler walkUp;
    walkUp.fullName = QStringLiteral("Bill Walker");
    walkUp.phone = QStringLiteral("(512) 555-0199");
    Angler member;
    member.fullName = QStringLiteral("William Walker");
    member.email = QStringLiteral("will@example.com");
    const QString dup = anglers.insertAngler(walkUp).value();
    const QString keep = anglers.insertAngler(member).value();
    const int season = m_store->currentSeason();
    auto t =
        m_store->insert(QStringLiteral("tournaments"),
                        {{QStringLiteral("season"), season},
                         {QStringLiteral("event_date"), QStringLiteral("%1-03-22").arg(season)},
                         {QStringLiteral("name"), QStringLiteral("Lake Travis")}});
    QVERIFY(t.ok());
    QVERIFY(m_store
                ->insert(QStringLiteral("entries"), {{QStringLiteral("tournament_id"), t.value()},
                                                     {QStringLiteral("angler_id"), dup},
                                                     {QStringLiteral("was_member"), 0},
                                                     {QStringLiteral("entered_at"), 1}})
                .ok());
    QTRY_COMPARE(m_model->rowCount(), 2);

    // Pick the two rows in the table, then Merge.
    QAbstractItemModel *model = m_page->table()->model();
    m_page->table()->selectionModel()->select(
        QItemSelection(model->index(0, 0), model->index(1, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(m_actions->selectedIds().size(), 2);
    auto *dialog = openDialog<MergeDialog>(m_actions->mergeAction());
    QVERIFY(dialog);
    dialog->survivorBox()->setCurrentIndex(dialog->survivorBox()->findData(keep));
    dialog->duplicateBox()->setCurrentIndex(dialog->duplicateBox()->findData(dup));
    QVERIFY(dialog->previewText().contains(QStringLiteral("Lake Travis")));
    QVERIFY(dialog->previewText().contains(QStringLiteral("(512) 555-0199")));
    QVERIFY(dialog->mergeButton()->isEnabled());
    save(dialog, QStringLiteral("roster-merge.png"));
    QTest::mouseClick(dialog->mergeButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<MergeDialog *>());
    QTRY_COMPARE(m_model->rowCount(), 1);
    const int row = rowOf(QStringLiteral("William Walker"));
    QCOMPARE(m_page->table()->model()->index(row, RosterModel::TournamentsColumn).data().toInt(),
             1);
    QCOMPARE(m_page->table()->model()->index(row, RosterModel::PhoneColumn).data().toString(),
             QStringLiteral("(512) 555-0199"));
    m_stack->undo();
    QTRY_COMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_page->table()
                 ->model()
                 ->index(rowOf(QStringLiteral("Bill Walker")), RosterModel::TournamentsColumn)
                 .data()
                 .toInt(),
             1);
    QVERIFY(anglers.angler(keep)->phone.isEmpty());
}

void TestUiRoster::mergeOffersOnlyALikelyDuplicate()
{
    // Issue 21: the dialog offered the first name of the roster as the duplicate and merged it on
    // Enter. Now: a likely duplicate (same name, e-mail or phone) or nothing; Enter cancels.
    AnglerStore anglers(m_store.get());
    const auto add = [&](const QString &name, const QString &email, const QString &phone) {
        Angler a;
        a.fullName = name;
        a.email = email;
        a.phone = phone;
        return anglers.insertAngler(a).value();
    };
    add(QStringLiteral("Adam Allen"), {}, {});
    const QString jason = add(QStringLiteral("Jason Hall"), QStringLiteral("jason@example.com"), {});
    const QString jason2 = add(QStringLiteral("Jason Hall"), {}, QStringLiteral("(512) 555-0142"));
    add(QStringLiteral("Zed Zulu"), {}, QStringLiteral("(512) 555-0100"));
    QTRY_COMPARE(m_model->rowCount(), 4);

    const auto pressEnter = [](QDialog *dialog) {
        QWidget *target = dialog->focusWidget() ? dialog->focusWidget() : dialog;
        QTest::keyClick(target, Qt::Key_Return);
    };

    // Nobody looks like Zed Zulu: nothing is offered, Merge is off, Enter merges nothing.
    select(QStringLiteral("Zed Zulu"));
    QTest::keyClick(m_page->table(), Qt::Key_M, Qt::ControlModifier);
    auto *dialog = m_window->findChild<MergeDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->duplicateBox()->currentIndex(), -1);
    QVERIFY(!dialog->mergeButton()->isEnabled());
    QVERIFY(!dialog->mergeButton()->isDefault());
    pressEnter(dialog);
    QTRY_VERIFY(!m_window->findChild<MergeDialog *>());
    QCOMPARE(m_model->rowCount(), 4);

    // The other Jason Hall is offered, the preview tells the two apart, and Enter still cancels.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    select(QStringLiteral("Jason Hall"));
    const QString chosen = m_actions->selectedIds().value(0);
    const QString other = chosen == jason ? jason2 : jason;
    QTest::keyClick(m_page->table(), Qt::Key_M, Qt::ControlModifier);
    dialog = m_window->findChild<MergeDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->duplicateBox()->currentData().toString(), other);
    QVERIFY(dialog->mergeButton()->isEnabled());
    QVERIFY(!dialog->mergeButton()->isDefault());
    QVERIFY2(dialog->previewText().contains(QStringLiteral("jason@example.com")) &&
                 dialog->previewText().contains(QStringLiteral("(512) 555-0142")),
             qPrintable(dialog->previewText()));
    pressEnter(dialog);
    QTRY_VERIFY(!m_window->findChild<MergeDialog *>());
    QCOMPARE(m_model->rowCount(), 4);

    // Typing "m" in the Roster menu does not open the merge.
    QMenu menu;
    for (QAction *action : m_actions->actions()) {
        if (action)
            menu.addAction(action);
        else
            menu.addSeparator();
    }
    menu.popup(m_window->mapToGlobal(QPoint(20, 20)));
    QVERIFY(QTest::qWaitForWindowExposed(&menu));
    QTest::keyClick(&menu, Qt::Key_M);
    QTest::qWait(50);
    QVERIFY(!m_window->findChild<MergeDialog *>());
    menu.close();
}

void TestUiRoster::importPreviewThenImport()
{
    auto *dialog = new ImportDialog(m_store.get(), m_stack.get(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    QVERIFY(dialog->loadFile(QStringLiteral(SABC_TEST_DATA_DIR "/roster-import/problems.csv")));
    QCOMPARE(dialog->preview()->rowCount(), 8);
    QVERIFY(dialog->summaryText().contains(QStringLiteral("2 to add")));
    QCOMPARE(dialog->preview()->index(1, ImportPreviewModel::LineColumn).data().toInt(), 3);
    QVERIFY(dialog->preview()
                ->index(1, ImportPreviewModel::ProblemsColumn)
                .data()
                .toString()
                .contains(QStringLiteral("no name")));
    QVERIFY(dialog->importButton()->isEnabled());
    // Nothing is written before Import.
    QCOMPARE(m_model->rowCount(), 0);
    save(dialog, QStringLiteral("roster-import.png"));
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<ImportDialog *>());
    QTRY_COMPARE(m_model->rowCount(), 2);
    m_stack->undo();
    QTRY_COMPARE(m_model->rowCount(), 0);
}

void TestUiRoster::importRefusesBrokenFile()
{
    ImportDialog dialog(m_store.get(), m_stack.get(), m_window.get());
    QVERIFY(!dialog.loadFile(QStringLiteral(SABC_TEST_DATA_DIR "/roster-import/latin1.csv")));
    QVERIFY(dialog.errorText().contains(QStringLiteral("UTF-8")));
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY(dialog.loadFile(QStringLiteral(SABC_TEST_DATA_DIR "/roster-import/google-sheets.csv")));
    QVERIFY(dialog.errorText().isEmpty());
    QVERIFY(!dialog.loadFile(QStringLiteral(SABC_TEST_DATA_DIR "/roster-import/binary.bin")));
    QCOMPARE(dialog.preview()->rowCount(), 0);
    QCOMPARE(m_model->rowCount(), 0);
}

void TestUiRoster::screenshots()
{
    // The real window on a realistic club (the demo club), showing the Roster page.
    m_window.reset();
    m_tester.reset();
    m_model.reset();
    m_store.reset();
    const QString path = m_dir->filePath(QStringLiteral("demo.sqlite"));
    {
        auto store = Store::open(path);
        QVERIFY(store.ok());
        QVERIFY(DemoClub::create(*store.value(), store.value()->clubTime().today()).ok());
    }
    MainWindow window;
    QVERIFY(window.openDatabase(path));
    window.showPage(MainWindow::Roster);
    window.resize(1280, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *page = qobject_cast<RosterPage *>(window.page(MainWindow::Roster));
    QVERIFY(page);
    QTRY_VERIFY(page->table()->model()->rowCount() > 20);
    page->table()->selectRow(2);
    save(&window, QStringLiteral("roster-page.png"));

    auto *actions = window.findChild<RosterActions *>();
    QVERIFY(actions);
    QVERIFY(actions->paymentAction()->isEnabled());
    actions->paymentAction()->trigger();
    auto *payment = window.findChild<PaymentDialog *>();
    QVERIFY(payment);
    QVERIFY(QTest::qWaitForWindowExposed(payment));
    save(payment, QStringLiteral("roster-payment.png"));
    payment->reject();
    actions->editAction()->trigger();
    auto *edit = window.findChild<AnglerDialog *>();
    QVERIFY(edit);
    QVERIFY(QTest::qWaitForWindowExposed(edit));
    save(edit, QStringLiteral("roster-edit.png"));
    edit->reject();
    actions->officersAction()->trigger();
    auto *officers = window.findChild<OfficersDialog *>();
    QVERIFY(officers);
    QVERIFY(QTest::qWaitForWindowExposed(officers));
    save(officers, QStringLiteral("roster-officers.png"));
    officers->reject();

    // The printable roster of what the page shows.
    QString dir = qEnvironmentVariable("SABC_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QDir::currentPath();
    const ReportHeading heading{window.store()->club().name, window.store()->currentSeason(),
                                window.store()->clubTime().today()};
    QVERIFY(RosterReport::report(page->proxy(), heading)
                .writePdf(QDir(dir).filePath(QStringLiteral("roster.pdf")))
                .ok());
}

void TestUiRoster::undoTextsInSpanish()
{
    // Edit > Undo names the edit in the app's language: each command's text is translated in the
    // context lupdate files it under.
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(SABC_TRANSLATIONS_DIR "/sabc_es.qm")));
    QCoreApplication::installTranslator(&translator);
    auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
    Angler a;
    a.fullName = QStringLiteral("Ana Anzuelo");
    Result<QString> id = commands::addAngler(m_stack.get(), m_store.get(), a);
    QVERIFY(id.ok());
    QCOMPARE(m_stack->undoText(), QStringLiteral("Agregar Ana Anzuelo"));
    QVERIFY(commands::setInactive(m_stack.get(), m_store.get(), id.value(), a.fullName, true).ok());
    QCOMPARE(m_stack->undoText(), QStringLiteral("Desactivar a Ana Anzuelo"));
    QList<TournamentRecord> two;
    for (int month : {5, 6}) {
        TournamentRecord t;
        t.date = QDate(2027, month, 23);
        t.season = 2027;
        t.name = QStringLiteral("T %1").arg(month);
        two.append(t);
    }
    QVERIFY(commands::createTournaments(m_stack.get(), m_store.get(), two).ok());
    QCOMPARE(m_stack->undoText(), QStringLiteral("Agregar 2 torneos"));
}

void TestUiRoster::columnsFitTheDefaultWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Spanish") << QStringLiteral("es");
}

void TestUiRoster::columnsFitTheDefaultWindow()
{
    // The Roster page of a first run (the window at its default size) shows every column with
    // its whole heading, without a horizontal scroll bar, in English and in Spanish.
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(SABC_TRANSLATIONS_DIR "/sabc_%1.qm").arg(language)));
    QCoreApplication::installTranslator(&translator);
    const QLocale previous;
    QLocale::setDefault(QLocale(language));
    auto restore = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(previous);
    });
    m_window.reset();
    m_tester.reset();
    m_model.reset();
    m_store.reset();
    const QString path = m_dir->filePath(QStringLiteral("demo.sqlite"));
    {
        auto store = Store::open(path);
        QVERIFY(store.ok());
        QVERIFY(DemoClub::create(*store.value(), store.value()->clubTime().today()).ok());
    }
    MainWindow window;
    QVERIFY(window.openDatabase(path));
    window.showPage(MainWindow::Roster);
    window.resize(MainWindow::defaultSize());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *page = qobject_cast<RosterPage *>(window.page(MainWindow::Roster));
    QVERIFY(page);
    QTableView *table = page->table();
    QTRY_VERIFY(table->model()->rowCount() > 20);
    QTest::qWait(50);
    save(&window, QStringLiteral("roster-default-size-%1.png").arg(language));

    QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
    QHeaderView *header = table->horizontalHeader();
    int used = 0;
    for (int column = 0; column < RosterModel::ColumnCount; ++column) {
        const QString title = table->model()->headerData(column, Qt::Horizontal).toString();
        QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                 qPrintable(QStringLiteral("%1: %2 < %3")
                                .arg(title)
                                .arg(header->sectionSize(column))
                                .arg(header->sectionSizeHint(column))));
        used += header->sectionSize(column);
    }
    QVERIFY2(used <= table->viewport()->width(),
             qPrintable(QStringLiteral("%1 > %2").arg(used).arg(table->viewport()->width())));
    // The officers' column, the last one, is on screen.
    QVERIFY(header->sectionViewportPosition(RosterModel::OfficesColumn) +
                header->sectionSize(RosterModel::OfficesColumn) <=
            table->viewport()->width());

    // A wider window gives the columns that gave way their whole content back.
    int longestEmail = 0;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        longestEmail =
            std::max(longestEmail,
                     table->fontMetrics().horizontalAdvance(
                         table->model()->index(row, RosterModel::EmailColumn).data().toString()));
    window.resize(MainWindow::defaultSize() + QSize(400, 0));
    QTRY_VERIFY(header->sectionSize(RosterModel::EmailColumn) > longestEmail);
    QCOMPARE(table->horizontalScrollBar()->maximum(), 0);

    // A column the user drags wider keeps its width when the window changes size.
    const int name = header->sectionSize(RosterModel::NameColumn);
    const QPoint edge(header->sectionViewportPosition(RosterModel::NameColumn) + name - 1,
                      header->height() / 2);
    QTest::mousePress(header->viewport(), Qt::LeftButton, {}, edge);
    QTest::mouseMove(header->viewport(), edge + QPoint(40, 0));
    QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, edge + QPoint(40, 0));
    QCOMPARE(header->sectionSize(RosterModel::NameColumn), name + 40);
    window.resize(MainWindow::defaultSize());
    QTest::qWait(50);
    QCOMPARE(header->sectionSize(RosterModel::NameColumn), name + 40);
}

void TestUiRoster::pastSeasonRoster_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Spanish") << QStringLiteral("es");
}

// Issue 15 item 4: the Roster shows any season (its memberships, standing, offices, tournaments
// fished), and the angler and officer dialogs open on the season shown.
void TestUiRoster::pastSeasonRoster()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(SABC_TRANSLATIONS_DIR "/sabc_%1.qm").arg(language)));
    QCoreApplication::installTranslator(&translator);
    const QLocale previous;
    QLocale::setDefault(QLocale(language));
    auto restore = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(previous);
    });
    m_window.reset();
    m_tester.reset();
    m_model.reset();
    m_store.reset();
    const QString path = m_dir->filePath(QStringLiteral("past.sqlite"));
    int past = 0;
    {
        auto store = Store::open(path);
        QVERIFY(store.ok());
        QVERIFY(DemoClub::create(*store.value(), store.value()->clubTime().today()).ok());
        past = store.value()->currentSeason() - 1;
    }
    MainWindow window;
    QVERIFY(window.openDatabase(path));
    window.showPage(MainWindow::Roster);
    window.resize(MainWindow::defaultSize());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *page = qobject_cast<RosterPage *>(window.page(MainWindow::Roster));
    QVERIFY(page);
    QTRY_VERIFY(page->table()->model()->rowCount() > 20);
    QVERIFY(page->seasonBox()->findData(past) >= 0);
    page->showSeason(past);
    QCOMPARE(page->season(), past);
    QCOMPARE(page->seasonBox()->currentData().toInt(), past);
    auto *model = qobject_cast<RosterModel *>(page->proxy()->sourceModel());
    QVERIFY(model);
    QCOMPARE(model->season(), past);
    int fished = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        fished += model->index(row, RosterModel::TournamentsColumn).data(RosterModel::SortRole).toInt();
    QVERIFY(fished > 0);
    auto *actions = window.findChild<RosterActions *>();
    QVERIFY(actions);
    QCOMPARE(actions->season(), past);
    QTest::qWait(50);
    save(&window, QStringLiteral("roster-past-season-%1.png").arg(language));
    QCOMPARE(page->table()->horizontalScrollBar()->maximum(), 0);
}

QTEST_MAIN(TestUiRoster)
#include "tst_ui_roster.moc"
