// Widget test of the weigh-in page: ten anglers (and a walk-up guest) entered with the keyboard
// alone, every keystroke sent to whatever widget has the focus, then the stored rows checked; a
// typical entry takes at most 16 keystrokes. Also: bad input changes nothing, Ctrl+B/Ctrl+D, the
// leaderboard follows, undo, finalize locks the sheet, and PDF/CSV are written. Team format:
// six boats by keyboard, one boat line each.
#include "itemmodels/leaderboardmodel.h"
#include "itemmodels/weighinmodel.h"
#include "tests/weighinfixture.h"
#include "ui/common/uilocale.h"
#include "ui/weighin/entryline.h"
#include "ui/weighin/weighinpage.h"

#include <QApplication>
#include <QFile>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QLabel>
#include <QLineEdit>
#include <QAbstractItemView>
#include <QCompleter>
#include <QListWidget>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

#include <functional>

class TestUiWeighIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void tenAnglersByKeyboard();
    void badWeightChangesNothing();
    void warningAsksOnce();
    void paperLengthsShowChartWeight();
    void finalizeLocksAndExports();
    void keyCountsPerEntryKind();
    void escapeClearsTheWholeLine();
    void walkUpGuestOffersThePersonOnTheRoster();
    void controlZUndoesTheLastEntry();
    void enterTakesThePartnerCompletion();
    void weightHintIsNoNumber();
    void countsInEnglishWithoutATranslation();
    void finalizeByShortcutWithTheRememberedName();
    void emptyPageSaysWhatToDo();
    // Issue #23 item 2: a line whose pairing is refused saves nothing.
    void refusedPairingSavesNothing();
    // Issue #23 item 4: no keystroke sequence puts a weight in another field.
    void habitualTabAfterTheFishCount();
    // Issue #23 item 5: in team format the entry line is a boat line.
    void sixBoatsByKeyboard();
    // Issue #23 item 6: in the grid a zero becomes a catch; a row is checked when it is left.
    void gridRowEditedTogether();
    // Issue #23 item 7: paper, the entry line records a weighed big bass.
    void paperBigBassOnTheLine();
    // Issue #23 item 10: nothing said about one tournament stays on another's screen; partner
    // completions show whole names.
    void switchingTournamentsClearsOldErrors();

private:
    // Each keystroke goes to the widget that has the focus, as a person's would.
    void type(const QString &text);
    void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    QWidget *focused() const;

    std::unique_ptr<WeighInFixture> f;
    std::unique_ptr<QUndoStack> stack;
    std::unique_ptr<WeighInPage> page;
    QString tid;
    int keystrokes = 0;
    QStringList questions;
    bool answer = true;
};

void TestUiWeighIn::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestUiWeighIn::init()
{
    f = std::make_unique<WeighInFixture>();
    QVERIFY(f->open());
    const QStringList members = {
        QStringLiteral("Alan Archer"), QStringLiteral("Bert Brown"),  QStringLiteral("Carl Cole"),
        QStringLiteral("Dave Dunn"),   QStringLiteral("Eddie Evans"), QStringLiteral("Fred Ford"),
        QStringLiteral("Gary Gray"),   QStringLiteral("Hank Hill"),   QStringLiteral("Ivan Irwin")};
    for (const QString &name : members)
        QVERIFY(!f->addAngler(name, true).isEmpty());
    QVERIFY(!f->addAngler(QStringLiteral("Jack Jones"), false).isEmpty()); // a guest
    QVERIFY(!f->addAngler(QStringLiteral("Carla Carver"), false).isEmpty());
    QVERIFY(!f->addAngler(QStringLiteral("William Walsh"), true).isEmpty());
    QVERIFY(!f->addAngler(QStringLiteral("Timothy Tate"), true).isEmpty());
    const QDate today = f->store->clubTime().today();
    tid = f->addTournament(today, QStringLiteral("Today's Tournament"));
    QVERIFY(!tid.isEmpty());
    stack = std::make_unique<QUndoStack>();
    page = std::make_unique<WeighInPage>(f->store.get(), stack.get());
    questions.clear();
    answer = true;
    page->setConfirmHandler([this](const QString &q) {
        questions.append(q);
        return answer;
    });
    page->resize(1400, 800);
    page->show();
    QApplication::setActiveWindow(page.get());
    QVERIFY(QTest::qWaitForWindowActive(page.get()));
    QCOMPARE(page->tournamentId(), tid); // today's tournament is picked by itself
    page->entryLine()->focusAngler();
    QTRY_COMPARE(focused(), page->entryLine()->anglerEdit());
}

void TestUiWeighIn::cleanup()
{
    page.reset();
    stack.reset();
    f.reset();
}

QWidget *TestUiWeighIn::focused() const
{
    return QApplication::focusWidget();
}

void TestUiWeighIn::type(const QString &text)
{
    for (const QChar c : text) {
        // An open popup (the partner's completions) gets the keys, as on a real screen.
        QWidget *w = QApplication::activePopupWidget() ? QApplication::activePopupWidget()
                                                       : focused();
        QVERIFY2(w, "nothing has the keyboard focus");
        QTest::keyClick(w, c.toLatin1());
        ++keystrokes;
    }
}

void TestUiWeighIn::key(Qt::Key k, Qt::KeyboardModifiers modifiers)
{
    QWidget *w =
        QApplication::activePopupWidget() ? QApplication::activePopupWidget() : focused();
    QVERIFY2(w, "nothing has the keyboard focus");
    QTest::keyClick(w, k, modifiers);
    ++keystrokes;
}

void TestUiWeighIn::tenAnglersByKeyboard()
{
    struct Typed
    {
        QString search; // part of the name
        QString name;
        QString fish; // empty: none typed
        QString weight;
        QString bigBass;
        bool buyIn = false;
        bool dq = false;
        int fishStored;
        int grossStored;
        int bigBassStored;
    };
    const QList<Typed> line = {
        {QStringLiteral("ala"), QStringLiteral("Alan Archer"), QStringLiteral("5"),
         QStringLiteral("12.34"), QStringLiteral("4.5"), false, false, 5, 1234, 450},
        {QStringLiteral("ber"), QStringLiteral("Bert Brown"), QStringLiteral("5"),
         QStringLiteral("12-5"), QStringLiteral("3-8"), false, false, 5, 1231, 350},
        {QStringLiteral("car"), QStringLiteral("Carl Cole"), QStringLiteral("4"),
         QStringLiteral("9,87"), QStringLiteral("3.1"), false, false, 4, 987, 310},
        {QStringLiteral("dun"), QStringLiteral("Dave Dunn"), QStringLiteral("0"), QString(),
         QString(), false, false, 0, 0, 0},
        {QStringLiteral("edd"), QStringLiteral("Eddie Evans"), QString(), QString(), QString(),
         true, false, 0, 0, 0},
        {QStringLiteral("fre"), QStringLiteral("Fred Ford"), QStringLiteral("5"),
         QStringLiteral("15.02"), QStringLiteral("6.25"), false, false, 5, 1502, 625},
        {QStringLiteral("gar"), QStringLiteral("Gary Gray"), QStringLiteral("3"),
         QStringLiteral("7.5"), QStringLiteral("3"), false, true, 3, 750, 300},
        {QStringLiteral("han"), QStringLiteral("Hank Hill"), QStringLiteral("5"),
         QStringLiteral("11.11"), QStringLiteral("2.75"), false, false, 5, 1111, 275},
        {QStringLiteral("iva"), QStringLiteral("Ivan Irwin"), QStringLiteral("2"),
         QStringLiteral("4.4"), QStringLiteral("2.4"), false, false, 2, 440, 240},
        {QStringLiteral("jac"), QStringLiteral("Jack Jones"), QStringLiteral("5"),
         QStringLiteral("13.3"), QStringLiteral("5.5"), false, false, 5, 1330, 550},
    };
    QList<int> counts;
    for (const Typed &t : line) {
        keystrokes = 0;
        QCOMPARE(focused(), page->entryLine()->anglerEdit());
        type(t.search);
        QVERIFY(page->entryLine()->matchList()->isVisible());
        QVERIFY(page->entryLine()->matchList()->currentItem()->text().startsWith(t.name));
        // Two ways to take the angler: Enter, or straight on with the fish count (a digit).
        const bool viaEnter = t.fish.isEmpty() || t.fish == QLatin1String("0") || t.dq;
        if (viaEnter) {
            key(Qt::Key_Return);
            QCOMPARE(page->entryLine()->chosenAnglerId(), f->anglers.value(t.name));
        }
        if (t.buyIn)
            key(Qt::Key_B, Qt::ControlModifier);
        if (t.dq)
            key(Qt::Key_D, Qt::ControlModifier);
        if (!t.fish.isEmpty())
            type(t.fish);
        if (!t.weight.isEmpty())
            key(Qt::Key_Tab); // the fish count never moves on by itself
        QCOMPARE(page->entryLine()->chosenAnglerId(), f->anglers.value(t.name));
        if (!t.weight.isEmpty())
            type(t.weight);
        if (!t.bigBass.isEmpty()) {
            key(Qt::Key_Tab);
            type(t.bigBass);
        }
        key(Qt::Key_Return);
        QVERIFY2(page->entryLine()->messageLabel()->text().startsWith(QStringLiteral("Saved")),
                 qPrintable(page->entryLine()->messageLabel()->text()));
        counts.append(keystrokes);
    }
    // A walk-up guest not on the roster: Enter on "Add walk-up guest", a phone, Enter.
    keystrokes = 0;
    type(QStringLiteral("Zed Walker"));
    QCOMPARE(
        page->entryLine()->matchList()->currentItem()->text().contains(QStringLiteral("walk-up")),
        true);
    key(Qt::Key_Return);
    QVERIFY(page->entryLine()->guestPanel()->isVisible());
    QCOMPARE(focused(), page->entryLine()->guestPhoneEdit());
    type(QStringLiteral("5125550100"));
    key(Qt::Key_Return);
    QVERIFY(!page->entryLine()->guestPanel()->isVisible());
    QCOMPARE(focused(), page->entryLine()->fishEdit());
    type(QStringLiteral("1"));
    key(Qt::Key_Tab); // the fish count never moves on by itself
    type(QStringLiteral("2.2"));
    key(Qt::Key_Return);

    // Every typical entry (name part, fish, Tab, weight, Tab, big bass, Enter) fits in 16.
    for (int i = 0; i < counts.size(); ++i)
        QVERIFY2(
            counts.at(i) <= 16,
            qPrintable(QStringLiteral("entry %1 took %2 keystrokes").arg(i + 1).arg(counts.at(i))));
    qInfo() << "keystrokes per entry:" << counts;

    // The rows as stored in the file, read by a second connection.
    auto other = Store::open(f->path());
    QVERIFY(other.ok());
    auto rows = TournamentStore(*other.value()).entries(tid);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), line.size() + 1);
    for (int i = 0; i < line.size(); ++i) {
        const EntryRecord &e = rows->at(i);
        QCOMPARE(e.anglerName, line.at(i).name);
        QCOMPARE(e.fish, line.at(i).fishStored);
        QCOMPARE(e.gross.hundredths(), line.at(i).grossStored);
        QCOMPARE(e.bigBass.hundredths(), line.at(i).bigBassStored);
        QCOMPARE(e.buyIn, line.at(i).buyIn);
        QCOMPARE(e.dq, line.at(i).dq);
        QCOMPARE(e.wasMember, line.at(i).name != QLatin1String("Jack Jones"));
    }
    QCOMPARE(rows->last().anglerName, QStringLiteral("Zed Walker"));
    QCOMPARE(rows->last().gross.hundredths(), 220);
    QVERIFY(!rows->last().wasMember);
    QVERIFY(questions.isEmpty()); // no warnings on these entries
    QCOMPARE(f->liveCount(QStringLiteral("anglers"), QStringLiteral("phone = ?"),
                          {QStringLiteral("(512) 555-0100")}),
             1);

    // The leaderboard beside the sheet: Fred leads, the guest Jack places without points.
    LeaderboardModel *board = page->leaderboard();
    QCOMPARE(board->rowCount(), 11);
    QCOMPARE(board->index(0, LeaderboardModel::AnglerColumn).data().toString(),
             QStringLiteral("Fred Ford"));
    QCOMPARE(board->index(0, LeaderboardModel::PointsColumn).data().toInt(), 100);
    QCOMPARE(board->index(1, LeaderboardModel::AnglerColumn).data().toString(),
             QStringLiteral("Jack Jones"));
    QCOMPARE(board->index(1, LeaderboardModel::PointsColumn).data().toInt(), 0);
    QVERIFY(page->summaryLabel()->text().contains(QStringLiteral("Fred Ford")));

    // Undo takes back the last entry, the guest, and redo brings them back.
    const int commands = stack->count();
    stack->undo();
    QCOMPARE(page->sheetModel()->rowCount(), 10);
    stack->redo();
    QCOMPARE(page->sheetModel()->rowCount(), 11);
    QCOMPARE(stack->count(), commands);

    // Delete a row from the sheet with the keyboard; undo brings it back.
    page->sheetView()->setFocus();
    page->sheetView()->setCurrentIndex(page->sheetModel()->index(3, 0));
    QTRY_COMPARE(focused(), static_cast<QWidget *>(page->sheetView()));
    key(Qt::Key_Delete);
    QCOMPARE(page->sheetModel()->rowCount(), 10);
    stack->undo();
    QCOMPARE(page->sheetModel()->rowCount(), 11);
}

void TestUiWeighIn::badWeightChangesNothing()
{
    type(QStringLiteral("ala"));
    key(Qt::Key_Return);
    type(QStringLiteral("5"));
    key(Qt::Key_Tab); // the fish count never moves on by itself
    type(QStringLiteral("12.3.4"));
    key(Qt::Key_Return);
    QCOMPARE(f->liveCount(QStringLiteral("entries")), 0);
    QVERIFY(!page->entryLine()->messageLabel()->text().isEmpty());
    QVERIFY(!page->entryLine()->messageLabel()->text().startsWith(QStringLiteral("Saved")));
    // Too many fish: refused in plain words, nothing stored.
    page->entryLine()->weightEdit()->clear();
    page->entryLine()->fishEdit()->setText(QStringLiteral("7"));
    page->entryLine()->weightEdit()->setText(QStringLiteral("12"));
    page->entryLine()->weightEdit()->setFocus();
    key(Qt::Key_Return);
    QVERIFY(page->entryLine()->messageLabel()->text().contains(QStringLiteral("limit")));
    QCOMPARE(f->liveCount(QStringLiteral("entries")), 0);
    QCOMPARE(stack->count(), 0);
}

void TestUiWeighIn::warningAsksOnce()
{
    type(QStringLiteral("ala"));
    key(Qt::Key_Return);
    type(QStringLiteral("5"));
    key(Qt::Key_Tab); // the fish count never moves on by itself
    type(QStringLiteral("52"));
    answer = false;
    key(Qt::Key_Return);
    QCOMPARE(questions.size(), 1);
    QCOMPARE(f->liveCount(QStringLiteral("entries")), 0);
    answer = true;
    page->entryLine()->weightEdit()->setFocus();
    key(Qt::Key_Return);
    QCOMPARE(questions.size(), 2);
    QCOMPARE(f->liveCount(QStringLiteral("entries")), 1);
}

void TestUiWeighIn::paperLengthsShowChartWeight()
{
    const QString paper = f->addTournament(QDate(2026, 7, 26), QStringLiteral("Paper July"), true);
    QVERIFY(page->setTournament(paper).ok());
    QTRY_COMPARE(focused(), page->entryLine()->anglerEdit());
    type(QStringLiteral("ala"));
    key(Qt::Key_Return);
    QCOMPARE(focused(), page->entryLine()->lengthsEdit());
    type(QStringLiteral("15.5, 15 1/2, 15-4"));
    QVERIFY(page->entryLine()
                ->findChild<QLabel *>(QStringLiteral("paperPreview"))
                ->text()
                .contains(QStringLiteral("lb")));
    key(Qt::Key_Return);
    auto rows = TournamentStore(*f->store).entries(paper);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().paperFish.size(), 3);
    QCOMPARE(rows->first().fish, 3);
    QVERIFY(rows->first().gross.hundredths() > 0);
}

void TestUiWeighIn::finalizeLocksAndExports()
{
    type(QStringLiteral("fre"));
    type(QStringLiteral("5"));
    key(Qt::Key_Tab); // the fish count never moves on by itself
    type(QStringLiteral("15.02"));
    key(Qt::Key_Tab);
    type(QStringLiteral("6.25"));
    key(Qt::Key_Return);
    QVERIFY(page->finalizeResults(QStringLiteral("Weighmaster")).ok());
    QVERIFY(page->sheetModel()->isLocked());
    QVERIFY(!page->entryLine()->isEnabled());
    const QString pdf = f->dir.filePath(QStringLiteral("results.pdf"));
    QVERIFY(page->exportPdf(pdf).ok());
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");
    const QString csv = f->dir.filePath(QStringLiteral("results.csv"));
    QVERIFY(page->exportCsv(csv).ok());
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QByteArray text = csvFile.readAll();
    QVERIFY(text.startsWith("place,angler"));
    QVERIFY(text.contains("Fred Ford"));
    QVERIFY(page->resultsHtml().contains(QStringLiteral("finalized by Weighmaster")));
    // Unlocking asks first; saying no keeps the lock.
    answer = false;
    page->finalizeOrUnlock();
    QVERIFY(page->sheetModel()->isLocked());
    answer = true;
    page->finalizeOrUnlock();
    QVERIFY(!page->sheetModel()->isLocked());
    auto log = TournamentStore(*f->store).log(tid);
    QVERIFY(log.ok());
    QCOMPARE(log->size(), 2);
    QCOMPARE(log->last().action, QStringLiteral("unlocked"));
}

// The key counts the first weigh-in pass measured are the ceiling: no entry kind may take more.
void TestUiWeighIn::keyCountsPerEntryKind()
{
    struct Kind
    {
        QString what;
        int limit;
        std::function<void()> keys;
        QString name;
        int fish;
        int gross;
        int bigBass;
        bool buyIn;
    };
    const QList<Kind> kinds = {
        {QStringLiteral("member with fish and weight"), 9,
         [this] {
             type(QStringLiteral("iva"));
             type(QStringLiteral("2"));
             key(Qt::Key_Tab); // the fish count never moves on by itself
             type(QStringLiteral("4.4"));
             key(Qt::Key_Return);
         },
         QStringLiteral("Ivan Irwin"), 2, 440, 0, false},
        {QStringLiteral("with big bass"), 17,
         [this] {
             type(QStringLiteral("fre"));
             type(QStringLiteral("5"));
             key(Qt::Key_Tab); // the fish count never moves on by itself
             type(QStringLiteral("15.02"));
             key(Qt::Key_Tab);
             type(QStringLiteral("6.25"));
             key(Qt::Key_Return);
         },
         QStringLiteral("Fred Ford"), 5, 1502, 625, false},
        {QStringLiteral("zero"), 7,
         [this] {
             type(QStringLiteral("dunn"));
             key(Qt::Key_Return);
             type(QStringLiteral("0"));
             key(Qt::Key_Return);
         },
         QStringLiteral("Dave Dunn"), 0, 0, 0, false},
        {QStringLiteral("buy-in"), 7,
         [this] {
             type(QStringLiteral("eddi"));
             key(Qt::Key_Return);
             key(Qt::Key_B, Qt::ControlModifier);
             key(Qt::Key_Return);
         },
         QStringLiteral("Eddie Evans"), 0, 0, 0, true},
    };
    for (const Kind &k : kinds) {
        keystrokes = 0;
        k.keys();
        QVERIFY2(keystrokes <= k.limit, qPrintable(QStringLiteral("%1: %2 keys, at most %3")
                                                       .arg(k.what)
                                                       .arg(keystrokes)
                                                       .arg(k.limit)));
        qInfo() << k.what << keystrokes << "keys";
        const int row = page->sheetModel()->rowOfAngler(f->anglers.value(k.name));
        QVERIFY2(row >= 0, qPrintable(k.what));
        const EntryRecord e = page->sheetModel()->entryAt(row);
        QCOMPARE(e.fish, k.fish);
        QCOMPARE(e.gross.hundredths(), k.gross);
        QCOMPARE(e.bigBass.hundredths(), k.bigBass);
        QCOMPARE(e.buyIn, k.buyIn);
    }
}

// Esc halfway through one angler's numbers drops all of them: they are never saved for the next.
void TestUiWeighIn::escapeClearsTheWholeLine()
{
    EntryLine *line = page->entryLine();
    type(QStringLiteral("will"));
    type(QStringLiteral("4"));
    key(Qt::Key_Tab); // the fish count never moves on by itself
    type(QStringLiteral("11.1"));
    key(Qt::Key_Tab);
    type(QStringLiteral("3.3"));
    key(Qt::Key_Escape);
    QVERIFY(line->isEmpty());
    QVERIFY(line->weightEdit()->text().isEmpty());
    QVERIFY(line->bigBassEdit()->text().isEmpty());
    QVERIFY(line->fishEdit()->text().isEmpty());
    QCOMPARE(focused(), line->anglerEdit());
    key(Qt::Key_Escape); // a second Esc changes nothing
    QCOMPARE(focused(), line->anglerEdit());
    QCOMPARE(page->sheetModel()->rowCount(), 0);
    type(QStringLiteral("tim"));
    type(QStringLiteral("3"));
    key(Qt::Key_Return);
    auto rows = TournamentStore(*f->store).entries(tid);
    QVERIFY(rows.ok());
    for (const EntryRecord &e : rows.value()) {
        QCOMPARE(e.anglerName, QStringLiteral("Timothy Tate"));
        QCOMPARE(e.gross.hundredths(), 0); // not William's 11.10
        QCOMPARE(e.bigBass.hundredths(), 0);
    }
    QVERIFY(f->liveCount(QStringLiteral("entries"), QStringLiteral("angler_id = ?"),
                         {f->anglers.value(QStringLiteral("William Walsh"))}) == 0);
}

// The walk-up guest form, given the name of someone on the roster or the sheet, offers that
// person; a namesake guest is created only when the director says yes.
void TestUiWeighIn::walkUpGuestOffersThePersonOnTheRoster()
{
    EntryLine *line = page->entryLine();
    const int anglers = f->liveCount(QStringLiteral("anglers"));
    answer = false;
    type(QStringLiteral("Alan Archer"));
    key(Qt::Key_Down); // "Add walk-up guest"
    key(Qt::Key_Return);
    QVERIFY(line->guestPanel()->isVisible());
    key(Qt::Key_Return);
    QCOMPARE(questions.size(), 1);
    QCOMPARE(f->liveCount(QStringLiteral("anglers")), anglers);
    QCOMPARE(line->chosenAnglerId(), f->anglers.value(QStringLiteral("Alan Archer")));
    type(QStringLiteral("5"));
    key(Qt::Key_Tab); // the fish count never moves on by itself
    type(QStringLiteral("12.34"));
    key(Qt::Key_Return);
    QCOMPARE(page->sheetModel()->rowCount(), 1);

    // Now he is on the sheet: the same keys weigh no one in twice.
    questions.clear();
    type(QStringLiteral("Alan Archer"));
    key(Qt::Key_Down);
    key(Qt::Key_Return);
    key(Qt::Key_Return);
    QCOMPARE(questions.size(), 1);
    QVERIFY2(line->messageLabel()->text().contains(QStringLiteral("row 1")),
             qPrintable(line->messageLabel()->text()));
    key(Qt::Key_Return);
    QCOMPARE(f->liveCount(QStringLiteral("anglers")), anglers);
    QCOMPARE(f->liveCount(QStringLiteral("entries")), 1);

    // Saying yes is the explicit choice that adds a namesake.
    answer = true;
    line->clear();
    type(QStringLiteral("Carl Cole"));
    key(Qt::Key_Down);
    key(Qt::Key_Return);
    key(Qt::Key_Return);
    QCOMPARE(f->liveCount(QStringLiteral("anglers")), anglers + 1);
    QVERIFY(line->chosenAnglerId() != f->anglers.value(QStringLiteral("Carl Cole")));
}

// Ctrl+Z on an empty entry line undoes the last saved entry, and the line's messages follow.
void TestUiWeighIn::controlZUndoesTheLastEntry()
{
    EntryLine *line = page->entryLine();
    type(QStringLiteral("ala"));
    type(QStringLiteral("5"));
    key(Qt::Key_Tab); // the fish count never moves on by itself
    type(QStringLiteral("12.34"));
    key(Qt::Key_Return);
    QCOMPARE(page->sheetModel()->rowCount(), 1);
    QVERIFY(line->messageLabel()->text().startsWith(QStringLiteral("Saved Alan Archer")));
    type(QStringLiteral("ala"));
    QVERIFY(line->matchList()->item(0)->text().contains(QStringLiteral("already on the sheet")));
    // With something typed, Ctrl+Z is the text's own undo.
    key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(page->sheetModel()->rowCount(), 1);
    line->clear();
    key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(page->sheetModel()->rowCount(), 0);
    QCOMPARE(f->liveCount(QStringLiteral("entries")), 0);
    QVERIFY2(!line->messageLabel()->text().startsWith(QStringLiteral("Saved")),
             qPrintable(line->messageLabel()->text()));
    QCOMPARE(focused(), line->anglerEdit());
    // The hint follows the sheet: Alan is no longer "already on the sheet".
    type(QStringLiteral("ala"));
    QVERIFY(!line->matchList()->item(0)->text().contains(QStringLiteral("already on the sheet")));
    line->clear();
    key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(page->sheetModel()->rowCount(), 1);
}

// Enter on a highlighted boat partner completion takes it; the next Enter saves the row.
void TestUiWeighIn::enterTakesThePartnerCompletion()
{
    EntryLine *line = page->entryLine();
    type(QStringLiteral("ala"));
    type(QStringLiteral("5"));
    key(Qt::Key_Tab); // the fish count never moves on by itself
    type(QStringLiteral("12.34"));
    key(Qt::Key_Return);
    type(QStringLiteral("ber"));
    type(QStringLiteral("4"));
    key(Qt::Key_Tab); // the fish count never moves on by itself
    type(QStringLiteral("9.5"));
    QLineEdit *partner = line->findChild<QLineEdit *>(QStringLiteral("partnerEdit"));
    partner->setFocus();
    QTRY_COMPARE(focused(), static_cast<QWidget *>(partner));
    type(QStringLiteral("ala"));
    QTRY_VERIFY(partner->completer()->popup()->isVisible());
    key(Qt::Key_Down);
    key(Qt::Key_Return);
    QCOMPARE(partner->text(), QStringLiteral("Alan Archer"));
    QCOMPARE(page->sheetModel()->rowCount(), 1);
    key(Qt::Key_Return);
    QVERIFY2(line->messageLabel()->text().startsWith(QStringLiteral("Saved Bert Brown")),
             qPrintable(line->messageLabel()->text()));
    const int row = page->sheetModel()->rowOfAngler(f->anglers.value(QStringLiteral("Bert Brown")));
    QVERIFY(row >= 0);
    QCOMPARE(page->sheetModel()->index(row, WeighInModel::PartnerColumn).data().toString(),
             QStringLiteral("Alan Archer"));
}

// The Weight box's hint is not a number that could be taken for a weight already typed.
void TestUiWeighIn::weightHintIsNoNumber()
{
    const QString hint = page->entryLine()->weightEdit()->placeholderText();
    static const QRegularExpression digit(QStringLiteral("\\d"));
    QVERIFY2(!hint.contains(digit), qPrintable(hint));
}

// Without a translation for the system's language (the C locale of a bare X session), counts
// read as English: "1 angler weighed in", not "1 anglers".
void TestUiWeighIn::countsInEnglishWithoutATranslation()
{
    const QLocale previous;
    auto owner = std::make_unique<QObject>();
    UiLocale::install(QLocale::c(), QStringLiteral(SABC_TRANSLATIONS_DIR), QString(), owner.get());
    auto restore = qScopeGuard([&] {
        owner.reset(); // the translators remove themselves
        QLocale::setDefault(previous);
    });
    type(QStringLiteral("ala"));
    type(QStringLiteral("5"));
    key(Qt::Key_Tab); // the fish count never moves on by itself
    type(QStringLiteral("12.34"));
    key(Qt::Key_Return);
    QCOMPARE(page->findChild<QLabel *>(QStringLiteral("stateLabel"))->text(),
             QStringLiteral("1 angler weighed in"));
}

// Finalize has a key; it asks once, with the name the officer gave last time.
void TestUiWeighIn::finalizeByShortcutWithTheRememberedName()
{
    QSettings().setValue(QStringLiteral("weighIn/actor"), QStringLiteral("Pat Officer"));
    auto restore = qScopeGuard([] { QSettings().remove(QStringLiteral("weighIn/actor")); });
    type(QStringLiteral("ala"));
    type(QStringLiteral("5"));
    key(Qt::Key_Tab); // the fish count never moves on by itself
    type(QStringLiteral("12.34"));
    key(Qt::Key_Return);
    QVERIFY(page->finalizeButton()->toolTip().contains(QStringLiteral("Ctrl+Shift+F")));
    key(Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(questions.size(), 1);
    QVERIFY(page->sheetModel()->isLocked());
    auto t = TournamentStore(*f->store).tournament(tid);
    QVERIFY(t.ok());
    QCOMPARE(t->finalizedBy, QStringLiteral("Pat Officer"));
    QVERIFY(page->titleLabel()->text().contains(QStringLiteral("Today's Tournament")));
}

// Before there is a club or a tournament the page says what to do, and offers nothing that
// cannot work.
void TestUiWeighIn::emptyPageSaysWhatToDo()
{
    QUndoStack undo;
    WeighInPage none(nullptr, &undo);
    QVERIFY(none.hintLabel()->isVisibleTo(&none));
    QVERIFY2(none.hintLabel()->text().contains(QStringLiteral("New Club")),
             qPrintable(none.hintLabel()->text()));
    QVERIFY(!none.finalizeButton()->isEnabled());
    QVERIFY(!none.sheetView()->isVisibleTo(&none));
    QVERIFY(!none.entryLine()->isEnabled());

    WeighInFixture empty;
    QVERIFY(empty.open());
    WeighInPage noTournament(empty.store.get(), &undo);
    QVERIFY2(noTournament.hintLabel()->text().contains(QStringLiteral("New Tournament")),
             qPrintable(noTournament.hintLabel()->text()));
    QVERIFY(!noTournament.finalizeButton()->isEnabled());
    QVERIFY(!noTournament.sheetView()->isVisibleTo(&noTournament));
    // A tournament made elsewhere brings the sheet back.
    const QString id = empty.addTournament(empty.store->clubTime().today(), QStringLiteral("New"));
    QVERIFY(!id.isEmpty());
    QVERIFY(noTournament.setTournament(id).ok());
    QVERIFY(!noTournament.hintLabel()->isVisibleTo(&noTournament));
    QVERIFY(noTournament.sheetView()->isVisibleTo(&noTournament));
    QVERIFY(noTournament.titleLabel()->text().contains(QStringLiteral("New")));
}

void TestUiWeighIn::refusedPairingSavesNothing()
{
    for (const TournamentFormat format : {TournamentFormat::Team, TournamentFormat::Individual}) {
        const bool team = format == TournamentFormat::Team;
        const QString other = f->addTournament(QDate(2026, team ? 8 : 9, 23),
                                               team ? QStringLiteral("Team August")
                                                    : QStringLiteral("September"),
                                               false, format);
        QVERIFY(page->setTournament(other).ok());
        // Bert Brown is already in a boat with Alan Archer.
        for (const char *name : {"Alan Archer", "Bert Brown"})
            QVERIFY(page->sheetModel()
                        ->addEntry(f->entry(other, QString::fromLatin1(name), 0, 0))
                        .ok());
        QVERIFY(page->sheetModel()
                    ->setPartner(0, f->anglers.value(QStringLiteral("Bert Brown")))
                    .ok());
        const int entries = f->liveCount(QStringLiteral("entries"));
        const int boats = f->liveCount(QStringLiteral("boats"));
        const Money collected = page->leaderboard()->standings().payouts.collected;
        const int commands = stack->count();

        page->entryLine()->focusAngler();
        type(QStringLiteral("carl"));
        key(Qt::Key_Return);
        QCOMPARE(page->entryLine()->chosenAnglerId(), f->anglers.value(QStringLiteral("Carl Cole")));
        page->entryLine()->fishEdit()->setText(QStringLiteral("3"));
        page->entryLine()->weightEdit()->setText(QStringLiteral("9.50"));
        page->entryLine()->partnerEdit()->setText(QStringLiteral("Bert Brown"));
        QVERIFY(!page->entryLine()->commit());
        QVERIFY2(page->entryLine()->messageLabel()->text().contains(QStringLiteral("Bert Brown")),
                 qPrintable(page->entryLine()->messageLabel()->text()));
        QCOMPARE(page->sheetModel()->rowOfAngler(f->anglers.value(QStringLiteral("Carl Cole"))),
                 -1);
        QCOMPARE(f->liveCount(QStringLiteral("entries")), entries);
        QCOMPARE(f->liveCount(QStringLiteral("boats")), boats);
        QCOMPARE(page->leaderboard()->standings().payouts.collected, collected);
        QCOMPARE(stack->count(), commands);
        page->entryLine()->clear();
    }
}

void TestUiWeighIn::habitualTabAfterTheFishCount()
{
    // "4 Tab 12.10 Tab 4.10 Enter": 4 fish, 12.10 lb, big bass 4.10.
    type(QStringLiteral("ala"));
    key(Qt::Key_Return);
    QCOMPARE(focused(), page->entryLine()->fishEdit());
    type(QStringLiteral("4"));
    key(Qt::Key_Tab);
    type(QStringLiteral("12.10"));
    key(Qt::Key_Tab);
    type(QStringLiteral("4.10"));
    QCOMPARE(page->entryLine()->fishEdit()->text(), QStringLiteral("4"));
    QCOMPARE(page->entryLine()->weightEdit()->text(), QStringLiteral("12.10"));
    QCOMPARE(page->entryLine()->bigBassEdit()->text(), QStringLiteral("4.10"));
    key(Qt::Key_Return);
    const int row = page->sheetModel()->rowOfAngler(f->anglers.value(QStringLiteral("Alan Archer")));
    QVERIFY(row >= 0);
    QCOMPARE(page->sheetModel()->entryAt(row).fish, 4);
    QCOMPARE(page->sheetModel()->entryAt(row).gross.hundredths(), 1210);
    QCOMPARE(page->sheetModel()->entryAt(row).bigBass.hundredths(), 410);
    QCOMPARE(page->sheetModel()->entryAt(row).dead, 0);

    // A weight typed into Fish stays in Fish, where it is refused: never 1 fish and 2.10 lb.
    type(QStringLiteral("ber"));
    key(Qt::Key_Return);
    QCOMPARE(focused(), page->entryLine()->fishEdit());
    type(QStringLiteral("12.10"));
    QCOMPARE(page->entryLine()->weightEdit()->text(), QString());
    QCOMPARE(page->entryLine()->fishEdit()->text(), QStringLiteral("12.10"));
    key(Qt::Key_Return);
    QCOMPARE(page->sheetModel()->rowOfAngler(f->anglers.value(QStringLiteral("Bert Brown"))), -1);
    QVERIFY(!page->entryLine()->messageLabel()->text().startsWith(QStringLiteral("Saved")));
}

void TestUiWeighIn::sixBoatsByKeyboard()
{
    const QString team = f->addTournament(QDate(2026, 4, 26), QStringLiteral("April Team"), false,
                                          TournamentFormat::Team);
    auto record = TournamentStore(*f->store).tournament(team);
    QVERIFY(record.ok());
    TournamentRecord perBoat = record.value(); // the club's 2026 fee: $50 a boat
    perBoat.entryFee = Money::fromDollars(50);
    perBoat.feeUnit = FeeBasis::PerBoat;
    QVERIFY(TournamentStore(*f->store).updateTournament(perBoat).ok());
    QVERIFY(page->setTournament(team).ok());
    QTRY_COMPARE(focused(), page->entryLine()->anglerEdit());
    // Per-angler numbers are not offered: the sheet lists who fished with whom.
    QVERIFY(page->sheetView()->isColumnHidden(WeighInModel::FishColumn));
    QVERIFY(page->sheetView()->isColumnHidden(WeighInModel::WeightColumn));
    QVERIFY(page->teamBoatView()->isVisible());
    struct Boat
    {
        QString boater; // part of the name
        QString partner; // part of the name; empty: alone
        QString fish, weight, bigBass, dead;
        QString boaterName, partnerName;
        int fishStored, weightStored, bigStored, deadStored;
    };
    const QList<Boat> boats = {
        {u"ala"_qs, u"bert"_qs, u"5"_qs, u"18.45"_qs, u"6.20"_qs, {}, u"Alan Archer"_qs,
         u"Bert Brown"_qs, 5, 1845, 620, 0},
        {u"cole"_qs, u"dunn"_qs, u"4"_qs, u"12.10"_qs, u"4.10"_qs, {}, u"Carl Cole"_qs,
         u"Dave Dunn"_qs, 4, 1210, 410, 0},
        {u"eddi"_qs, {}, u"3"_qs, u"8"_qs, {}, {}, u"Eddie Evans"_qs, {}, 3, 800, 0, 0},
        {u"fre"_qs, u"gary"_qs, u"0"_qs, {}, {}, {}, u"Fred Ford"_qs, u"Gary Gray"_qs, 0, 0, 0, 0},
        {u"han"_qs, u"ivan"_qs, u"5"_qs, u"15-8"_qs, u"5.5"_qs, u"1"_qs, u"Hank Hill"_qs,
         u"Ivan Irwin"_qs, 5, 1550, 550, 1},
        {u"jac"_qs, u"wals"_qs, u"2"_qs, u"4.4"_qs, {}, {}, u"Jack Jones"_qs,
         u"William Walsh"_qs, 2, 440, 0, 0},
    };
    QList<int> counts;
    for (const Boat &b : boats) {
        keystrokes = 0;
        QCOMPARE(focused(), page->entryLine()->anglerEdit());
        type(b.boater);
        key(Qt::Key_Return);
        QCOMPARE(page->entryLine()->chosenAnglerId(), f->anglers.value(b.boaterName));
        QCOMPARE(focused(), page->entryLine()->partnerEdit()); // the partner comes next
        if (!b.partner.isEmpty())
            type(b.partner);
        key(Qt::Key_Tab);
        QCOMPARE(focused(), page->entryLine()->fishEdit());
        type(b.fish);
        for (const QString &value : {b.weight, b.bigBass, b.dead}) {
            key(Qt::Key_Tab);
            type(value);
        }
        key(Qt::Key_Return);
        QVERIFY2(page->entryLine()->messageLabel()->text().startsWith(QStringLiteral("Saved")),
                 qPrintable(page->entryLine()->messageLabel()->text()));
        counts.append(keystrokes);
    }
    qInfo() << "keystrokes per boat:" << counts;
    QVERIFY(questions.isEmpty());

    // As stored: one boat per line, with its own weigh-in; one entry per angler.
    auto stored = TournamentStore(*f->store).boats(team);
    QVERIFY(stored.ok());
    QCOMPARE(stored->size(), boats.size());
    for (int i = 0; i < boats.size(); ++i) {
        const Boat &b = boats.at(i);
        const BoatRecord &r = stored->at(i);
        QCOMPARE(r.boaterId, f->anglers.value(b.boaterName));
        QCOMPARE(r.partnerId, b.partnerName.isEmpty() ? QString() : f->anglers.value(b.partnerName));
        QVERIFY(r.teamWeighed);
        QCOMPARE(r.teamFish, b.fishStored);
        QCOMPARE(r.teamWeight.hundredths(), b.weightStored);
        QCOMPARE(r.teamBigBass.hundredths(), b.bigStored);
        QCOMPARE(r.teamDead, b.deadStored);
    }
    QCOMPARE(f->liveCount(QStringLiteral("entries"), QStringLiteral("tournament_id = ?"), {team}),
             11);

    // The leaderboard ranks the boats; the state counts boats.
    LeaderboardModel *board = page->leaderboard();
    QCOMPARE(board->rowCount(), 6);
    QCOMPARE(board->index(0, LeaderboardModel::AnglerColumn).data().toString(),
             QStringLiteral("Alan Archer & Bert Brown"));
    QCOMPARE(board->index(1, LeaderboardModel::AnglerColumn).data().toString(),
             QStringLiteral("Hank Hill & Ivan Irwin"));
    QCOMPARE(board->index(1, LeaderboardModel::NetColumn).data().toString(),
             QStringLiteral("15.25")); // 15.50 less one dead fish
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("stateLabel"))
                ->text()
                .contains(QStringLiteral("6 boats")));
    // The results CSV: one row per boat.
    QTemporaryDir out;
    QVERIFY(page->exportCsv(out.filePath(QStringLiteral("results.csv"))).ok());
    QFile csv(out.filePath(QStringLiteral("results.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 7);
    QCOMPARE(lines.at(0).trimmed(),
             QByteArray("place,boat,boater,partner,fish,net_weight,big_bass,payout,big_bass_payout"));
    QVERIFY2(lines.at(1).startsWith("1,Alan Archer & Bert Brown,Alan Archer,Bert Brown,5,18.45,6.20,"),
             lines.at(1).constData());

    // A boat is one step to undo.
    stack->undo();
    QCOMPARE(page->sheetModel()->boats().size(), 5);
    QCOMPARE(page->sheetModel()->rowCount(), 9);
    stack->redo();
    QCOMPARE(page->sheetModel()->boats().size(), 6);

    const QString dir = qEnvironmentVariable("SABC_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        page->resize(1366, 768);
        QTest::qWait(50);
        QVERIFY(page->grab().save(dir + QStringLiteral("/weighin-team-six-boats.png")));
        QVERIFY(page->exportPdf(dir + QStringLiteral("/team-results.pdf")).ok());
        QVERIFY(page->exportCsv(dir + QStringLiteral("/team-results.csv")).ok());
    }
}

void TestUiWeighIn::gridRowEditedTogether()
{
    WeighInModel *sheet = page->sheetModel();
    QVERIFY(sheet->addEntry(f->entry(tid, QStringLiteral("Alan Archer"), 0, 0)).ok());
    QVERIFY(sheet->addEntry(f->entry(tid, QStringLiteral("Bert Brown"), 0, 0)).ok());
    QTableView *view = page->sheetView();
    view->setFocus();
    view->setCurrentIndex(sheet->index(0, WeighInModel::FishColumn));
    QTRY_COMPARE(focused(), static_cast<QWidget *>(view));
    type(QStringLiteral("4"));
    key(Qt::Key_Return);
    // The editor commits on the next turn of the event loop.
    QTRY_VERIFY(sheet->hasDraft(0)); // "4 fish but no weight": waiting for the weight
    QCOMPARE(TournamentStore(*f->store).entries(tid)->first().fish, 0);
    QVERIFY(!page->findChild<QLabel *>(QStringLiteral("pageError"))->isVisible());
    view->setCurrentIndex(sheet->index(0, WeighInModel::WeightColumn));
    type(QStringLiteral("12.10"));
    key(Qt::Key_Return);
    QTRY_VERIFY(!sheet->hasDraft(0));
    QCOMPARE(sheet->entryAt(0).fish, 4);
    QCOMPARE(sheet->entryAt(0).gross.hundredths(), 1210);
    QCOMPARE(TournamentStore(*f->store).entries(tid)->first().gross.hundredths(), 1210);

    // A row left half typed is put back, and the page says so.
    view->setCurrentIndex(sheet->index(1, WeighInModel::WeightColumn));
    type(QStringLiteral("9.5"));
    key(Qt::Key_Return);
    QTRY_VERIFY(sheet->hasDraft(1));
    view->setCurrentIndex(sheet->index(0, WeighInModel::WeightColumn));
    QVERIFY(!sheet->hasDraft(1));
    QLabel *error = page->findChild<QLabel *>(QStringLiteral("pageError"));
    QVERIFY2(error->text().contains(QStringLiteral("Bert Brown")), qPrintable(error->text()));
    QCOMPARE(sheet->entryAt(1).gross.hundredths(), 0);
    view->setCurrentIndex(sheet->index(1, WeighInModel::FishColumn));
    type(QStringLiteral("3"));
    key(Qt::Key_Return);
    QTRY_VERIFY(sheet->hasDraft(1));
    const QString dir = qEnvironmentVariable("SABC_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(page->grab().save(dir + QStringLiteral("/weighin-grid-row-draft.png")));
}

void TestUiWeighIn::paperBigBassOnTheLine()
{
    const QString paper = f->addTournament(QDate(2026, 7, 26), QStringLiteral("Paper July"), true);
    QVERIFY(page->setTournament(paper).ok());
    QTRY_COMPARE(focused(), page->entryLine()->anglerEdit());
    QVERIFY(page->entryLine()->bigBassEdit()->isVisible());
    // Lengths, Tab, the big bass weighed on the scale, Enter.
    type(QStringLiteral("ala"));
    key(Qt::Key_Return);
    QCOMPARE(focused(), page->entryLine()->lengthsEdit());
    type(QStringLiteral("18, 21 3/4, 15"));
    key(Qt::Key_Tab);
    QCOMPARE(focused(), page->entryLine()->bigBassEdit());
    type(QStringLiteral("6.45"));
    key(Qt::Key_Return);
    int row = page->sheetModel()->rowOfAngler(f->anglers.value(QStringLiteral("Alan Archer")));
    QVERIFY(row >= 0);
    QCOMPARE(page->sheetModel()->entryAt(row).bigBass.hundredths(), 645);
    QVERIFY(page->sheetModel()
                ->index(row, WeighInModel::LengthsColumn)
                .data()
                .toString()
                .contains(QStringLiteral("21 3/4 = 6.45")));
    // Or after its length: "21 3/4 = 6.45"; the preview says it was weighed.
    type(QStringLiteral("ber"));
    key(Qt::Key_Return);
    type(QStringLiteral("16, 20.5 = 5.80"));
    QVERIFY(page->entryLine()
                ->findChild<QLabel *>(QStringLiteral("paperPreview"))
                ->text()
                .contains(QStringLiteral("weighed 5.80 lb")));
    const QString dir = qEnvironmentVariable("SABC_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(page->grab().save(dir + QStringLiteral("/weighin-paper-big-bass.png")));
    key(Qt::Key_Return);
    row = page->sheetModel()->rowOfAngler(f->anglers.value(QStringLiteral("Bert Brown")));
    QVERIFY(row >= 0);
    QCOMPARE(page->sheetModel()->entryAt(row).bigBass.hundredths(), 580);
}

void TestUiWeighIn::switchingTournamentsClearsOldErrors()
{
    type(QStringLiteral("ala"));
    key(Qt::Key_Return);
    type(QStringLiteral("12.10")); // a weight in Fish: refused in red
    key(Qt::Key_Return);
    QLabel *message = page->entryLine()->messageLabel();
    QVERIFY(message->isVisible());
    QVERIFY(!message->text().isEmpty());
    const QString other = f->addTournament(QDate(2026, 8, 23), QStringLiteral("August"));
    QVERIFY(page->setTournament(other).ok());
    QVERIFY(!message->isVisible());
    QVERIFY(page->entryLine()->isEmpty());
    QVERIFY(!page->findChild<QLabel *>(QStringLiteral("pageError"))->isVisible());
    // The completion list is wide enough for a whole name, however narrow the partner box.
    QLineEdit *partner = page->entryLine()->partnerEdit();
    QVERIFY(partner->completer()->popup()->minimumWidth() >=
            partner->fontMetrics().horizontalAdvance(QStringLiteral("Walter Gutierrez-Gonzalez")));
}

QTEST_MAIN(TestUiWeighIn)
#include "tst_ui_weighin.moc"
