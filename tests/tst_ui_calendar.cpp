// The Calendar page (Ctrl+8) and Tournament > Lakes and Ramps… on the demo club, driven by the
// keyboard as an officer would: arrows move by day, Page Up/Page Down by month, Insert adds an
// event on the chosen day, Enter opens it, Delete deletes it, Edit > Undo brings it back; the
// schedule dialog moves a usual date off a day the calendar holds and says so; the Lakes dialog
// adds, edits and deletes lakes and ramps, refuses a lake in use, and undoes each change.
// Screenshots at 1366x768 in English and Spanish to $SABC_SCREENSHOT_DIR for a person to look at.
#include "calendar/calendarstore.h"
#include "demo/democlub.h"
#include "itemmodels/calendarmodel.h"
#include "store/store.h"
#include "tournaments/lakestore.h"
#include "tournaments/tournamentstore.h"
#include "ui/calendar/calendarpage.h"
#include "ui/calendar/eventdialog.h"
#include "ui/common/datatableview.h"
#include "ui/tournaments/lakesdialog.h"
#include "ui/tournaments/scheduledialog.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

class TestUiCalendar : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void calendarPageByKeyboard();
    void scheduleDialogMovesOffEvents();
    void lakesDialog();
    void screenshots_data();
    void screenshots();

private:
    QString demoCopy(const QString &name);
    void screenshot(QWidget *widget, const QString &name);
    QWidget *calendarView(CalendarPage *page);

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_shots;
};

void TestUiCalendar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("SABC Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ui_calendar"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    QSettings().clear();
    m_shots = qEnvironmentVariable("SABC_SCREENSHOT_DIR", QDir::currentPath());
    QVERIFY(QDir().mkpath(m_shots));
    m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    auto opened = Store::open(m_demo);
    QVERIFY(opened.ok());
    QVERIFY(DemoClub::create(*opened.value(), opened.value()->clubTime().today()));
    // A few club events beside the demo's tournaments.
    const int season = opened.value()->currentSeason();
    CalendarStore calendar(*opened.value());
    const QList<std::tuple<QDate, EventKind, QString, QTime, QTime, bool>> events = {
        {QDate(season, 1, 13), EventKind::Meeting, QStringLiteral("Monthly meeting"), QTime(19, 0), QTime(20, 30), false},
        {QDate(season, 2, 10), EventKind::Meeting, QStringLiteral("Monthly meeting"), QTime(19, 0), QTime(20, 30), true},
        {QDate(season, 5, 25), EventKind::Holiday, QStringLiteral("Memorial Day"), QTime(), QTime(), false},
        {QDate(season, 6, 13), EventKind::OtherTournament, QStringLiteral("Hill Country Open"), QTime(6, 0), QTime(15, 0), false},
        {QDate(season, 11, 10), EventKind::Election, QStringLiteral("Officer elections"), QTime(19, 0), QTime(), false},
        {QDate(season, 12, 5), EventKind::Banquet, QStringLiteral("Awards banquet"), QTime(18, 30), QTime(21, 0), false},
    };
    for (const auto &[date, kind, name, start, end, cancelled] : events) {
        CalendarEvent e;
        e.date = date;
        e.kind = kind;
        e.name = name;
        e.startTime = start;
        e.endTime = end;
        e.cancelled = cancelled;
        QVERIFY(calendar.insert(e).ok());
    }
}

QString TestUiCalendar::demoCopy(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(m_demo, path))
        return QString();
    return path;
}

void TestUiCalendar::screenshot(QWidget *widget, const QString &name)
{
    QApplication::processEvents();
    const QString file = QDir(m_shots).filePath(name + QStringLiteral(".png"));
    QVERIFY2(widget->grab().save(file), qPrintable(file));
    qInfo().noquote() << "screenshot:" << file;
}

QWidget *TestUiCalendar::calendarView(CalendarPage *page)
{
    return page->monthView()->findChild<QTableView *>(QStringLiteral("qt_calendar_calendarview"));
}

void TestUiCalendar::calendarPageByKeyboard()
{
    const QString path = demoCopy(QStringLiteral("keys.sqlite"));
    QVERIFY(!path.isEmpty());
    MainWindow window;
    window.resize(1366, 740);
    window.show();
    QVERIFY(window.openDatabase(path));
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_8, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::Calendar);
    auto *page = qobject_cast<CalendarPage *>(window.page(MainWindow::Calendar));
    QVERIFY(page);
    QWidget *view = calendarView(page);
    QVERIFY(view);
    QTRY_VERIFY(view->hasFocus());
    const int season = window.store()->currentSeason();
    QCOMPARE(page->season(), season);
    // The demo's tournaments and the events, in one list.
    CalendarModel *model = page->model();
    QVERIFY(model->tournamentCount() >= 5);
    QCOMPARE(model->eventCount(), 6);

    // Arrows move by day, Page Down/Up by month.
    page->setSelectedDate(QDate(season, 1, 13));
    QTest::keyClick(view, Qt::Key_Right);
    QCOMPARE(page->selectedDate(), QDate(season, 1, 14));
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(page->selectedDate(), QDate(season, 1, 21));
    QTest::keyClick(view, Qt::Key_PageDown);
    QCOMPARE(page->selectedDate(), QDate(season, 2, 21));
    QTest::keyClick(view, Qt::Key_PageUp);
    QTest::keyClick(view, Qt::Key_Left);
    QCOMPARE(page->selectedDate(), QDate(season, 1, 20));
    // The day says what it holds; the list follows the day.
    page->setSelectedDate(QDate(season, 2, 10));
    QVERIFY2(page->dayLabel()->text().contains(QStringLiteral("Monthly meeting")), qPrintable(page->dayLabel()->text()));
    QVERIFY(page->dayLabel()->text().contains(QStringLiteral("cancelled")));
    QCOMPARE(page->table()->currentIndex().data(CalendarModel::DateRole).toDate(), QDate(season, 2, 10));

    // Insert on an empty day opens a new event on that day; typed and saved, it is in the list.
    const QDate day(season, 3, 10);
    page->setSelectedDate(day);
    QVERIFY(model->itemsOn(day).isEmpty());
    QTest::keyClick(view, Qt::Key_Insert);
    auto *dialog = qobject_cast<EventDialog *>(page->lastDialog());
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->dateEdit()->date(), day);
    dialog->kindBox()->setCurrentIndex(dialog->kindBox()->findData(QStringLiteral("meeting")));
    dialog->nameEdit()->setText(QStringLiteral("Spring meeting"));
    dialog->startEdit()->setText(QStringLiteral("19:00"));
    dialog->endEdit()->setText(QStringLiteral("18:00"));
    dialog->accept();
    QVERIFY(dialog->isVisible()); // refused: ends before it starts
    QVERIFY2(dialog->errorText().contains(QStringLiteral("before it starts")), qPrintable(dialog->errorText()));
    dialog->endEdit()->setText(QStringLiteral("2030"));
    QTest::keyClick(dialog->endEdit(), Qt::Key_Return);
    QTRY_VERIFY(!page->lastDialog());
    QTRY_COMPARE(model->itemsOn(day).size(), 1);
    QCOMPARE(model->itemsOn(day).first().name, QStringLiteral("Spring meeting"));
    QCOMPARE(model->itemsOn(day).first().end, QTime(20, 30));

    // Enter opens it; a change is saved; Edit > Undo takes it back.
    QTest::keyClick(view, Qt::Key_Return);
    dialog = qobject_cast<EventDialog *>(page->lastDialog());
    QVERIFY(dialog);
    QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("Spring meeting"));
    dialog->cancelledBox()->setChecked(true);
    dialog->accept();
    QTRY_VERIFY(model->itemsOn(day).first().cancelled);
    window.undoStack()->undo();
    QTRY_VERIFY(!model->itemsOn(day).first().cancelled);

    // Delete deletes it; undo brings it back.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    QTRY_VERIFY(model->itemsOn(day).isEmpty());
    window.undoStack()->undo();
    QTRY_COMPARE(model->itemsOn(day).size(), 1);

    // Ctrl+N on the calendar adds an event too (not a new club).
    page->setSelectedDate(day.addDays(1));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_N, Qt::ControlModifier);
    dialog = qobject_cast<EventDialog *>(page->lastDialog());
    QVERIFY(dialog);
    QCOMPARE(dialog->dateEdit()->date(), day.addDays(1));
    dialog->reject();

    // A tournament is not deleted here.
    QDate tournamentDay;
    for (const CalendarItem &i : model->items())
        if (i.tournament && !tournamentDay.isValid())
            tournamentDay = i.date;
    QVERIFY(tournamentDay.isValid());
    page->setSelectedDate(tournamentDay);
    QVERIFY(!page->deleteSelected().ok());
    QVERIFY(!model->itemsOn(tournamentDay).isEmpty());

    // Export .ics… writes the season.
    const QString ics = m_dir.filePath(QStringLiteral("page.ics"));
    QVERIFY(page->exportCalendar(ics));
    QFile file(ics);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QCOMPARE(int(data.count("BEGIN:VEVENT")), model->rowCount());
    QVERIFY(data.contains("SUMMARY:Spring meeting\r\n"));
}

void TestUiCalendar::scheduleDialogMovesOffEvents()
{
    const QString path = demoCopy(QStringLiteral("schedule.sqlite"));
    auto opened = Store::open(path);
    QVERIFY(opened.ok());
    Store &store = *opened.value();
    const int season = store.currentSeason() + 1;
    // The usual April date of next season holds the spring banquet.
    const QDate april = TournamentStore::defaultScheduleDates(season).at(3);
    CalendarEvent banquet;
    banquet.date = april;
    banquet.kind = EventKind::Banquet;
    banquet.name = QStringLiteral("Spring banquet");
    QVERIFY(CalendarStore(store).insert(banquet).ok());
    ScheduleDialog dialog(&store, season);
    QVERIFY(dialog.movesLabel()->isVisibleTo(&dialog));
    QVERIFY2(dialog.movesLabel()->text().contains(QStringLiteral("Spring banquet")),
             qPrintable(dialog.movesLabel()->text()));
    auto planned = dialog.tournaments();
    QVERIFY(planned.ok());
    QCOMPARE(planned->size(), 10);
    for (const TournamentRecord &t : planned.value())
        QVERIFY2(t.date != april, qPrintable(t.date.toString(Qt::ISODate)));
    QCOMPARE(planned->at(3).date.month(), 4);
    QCOMPARE(planned->at(3).name, QStringLiteral("April Tournament"));
    QVERIFY(QDir(m_shots).exists());
    dialog.show();
    screenshot(&dialog, QStringLiteral("schedule-dialog-moved"));
}

void TestUiCalendar::lakesDialog()
{
    const QString path = demoCopy(QStringLiteral("lakes.sqlite"));
    MainWindow window;
    window.resize(1366, 740);
    window.show();
    QVERIFY(window.openDatabase(path));
    Store *store = window.store();
    QUndoStack *stack = window.undoStack();
    // Reached from the Tournament menu.
    QAction *lakesAction = window.findChild<QAction *>(QStringLiteral("lakesAction"));
    QVERIFY(lakesAction);
    lakesAction->trigger();
    LakesDialog *shown = nullptr;
    QTRY_VERIFY((shown = window.findChild<LakesDialog *>()) != nullptr);
    shown->close();

    LakesDialog dialog(store, stack, &window);
    dialog.show();
    LakeStore lakes(*store);
    const int count = dialog.lakeList()->count();
    QCOMPARE(count, int(lakes.lakes().value().size()));

    // Add a lake; give it a map link; rename it.
    QVERIFY(dialog.addLake(QStringLiteral("Lake Georgetown")));
    QCOMPARE(dialog.lakeList()->count(), count + 1);
    const QString id = dialog.currentLakeId();
    QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("Lake Georgetown"));
    dialog.mapEdit()->setText(QStringLiteral("not a link"));
    QVERIFY(!dialog.saveLake().ok());
    QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("not a web address")));
    dialog.mapEdit()->setText(QStringLiteral("https://maps.example.org/georgetown"));
    QVERIFY(dialog.saveLake());
    QCOMPARE(dialog.lakeMapUrl(), QStringLiteral("https://maps.example.org/georgetown"));
    dialog.nameEdit()->setText(QStringLiteral("Georgetown Lake"));
    QTest::keyClick(dialog.nameEdit(), Qt::Key_Return);
    QCOMPARE(lakes.lake(id).value()->name, QStringLiteral("Georgetown Lake"));
    QCOMPARE(lakes.lake(id).value()->mapUrl, QStringLiteral("https://maps.example.org/georgetown"));

    // A ramp with its position, typed in the table.
    QVERIFY(dialog.addRamp(QStringLiteral("Cedar Breaks Park")));
    QCOMPARE(dialog.rampTable()->rowCount(), 1);
    dialog.rampTable()->item(0, 1)->setText(QStringLiteral("30.6800"));
    QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("both"))); // half a position
    dialog.rampTable()->item(0, 1)->setText(QStringLiteral("30.6800"));
    QSignalBlocker block(dialog.rampTable());
    dialog.rampTable()->item(0, 1)->setText(QStringLiteral("30.68"));
    dialog.rampTable()->item(0, 2)->setText(QStringLiteral("-97.72"));
    block.unblock();
    QVERIFY(dialog.saveRamp(0));
    const RampRecord ramp = lakes.ramps(id).value().first();
    QCOMPARE(*ramp.latitude, 30.68);
    QCOMPARE(*ramp.longitude, -97.72);
    dialog.rampTable()->setCurrentCell(0, 0);
    QVERIFY(dialog.rampMapUrl().contains(QStringLiteral("mlat=30.680000")));

    // Undo, step by step: the ramp's position, the ramp, the rename, the link, the lake.
    stack->undo();
    QVERIFY(!lakes.ramps(id).value().first().latitude);
    stack->undo();
    QVERIFY(lakes.ramps(id).value().isEmpty());
    stack->undo();
    QCOMPARE(lakes.lake(id).value()->name, QStringLiteral("Lake Georgetown"));
    stack->undo();
    QVERIFY(lakes.lake(id).value()->mapUrl.isEmpty());
    stack->undo();
    QVERIFY(!lakes.lake(id).value());
    stack->redo();
    QVERIFY(lakes.lake(id).value());

    // A lake the demo's tournaments use is refused, naming how many.
    QString used;
    int uses = 0;
    const QList<LakeRecord> all = lakes.lakes().value();
    for (const LakeRecord &l : all) {
        const int n = lakes.lakeUse(l.id).value().tournaments;
        if (n > uses) {
            uses = n;
            used = l.id;
        }
    }
    QVERIFY(uses > 0);
    dialog.selectLake(used);
    const int steps = stack->count();
    Status refused = dialog.deleteLake();
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("%1 tournament").arg(uses)), qPrintable(refused.error()));
    QCOMPARE(dialog.messageLabel()->text(), refused.error());
    QCOMPARE(stack->count(), steps);
    QVERIFY(lakes.lake(used).value());

    // One nobody uses goes; Undo in the dialog brings it back.
    dialog.selectLake(id);
    QVERIFY(dialog.deleteLake());
    QVERIFY(!lakes.lake(id).value());
    stack->undo();
    QVERIFY(lakes.lake(id).value());
}

void TestUiCalendar::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QString();
    QTest::newRow("es") << QStringLiteral("sabc_es.qm");
}

void TestUiCalendar::screenshots()
{
    QFETCH(QString, language);
    QTranslator translator;
    if (!language.isEmpty()) {
        QVERIFY(translator.load(QStringLiteral(SABC_TRANSLATIONS_DIR "/") + language));
        QCoreApplication::installTranslator(&translator);
    }
    auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
    const QString tag = language.isEmpty() ? QStringLiteral("en") : QStringLiteral("es");
    const QString path = demoCopy(QStringLiteral("shots-%1.sqlite").arg(tag));
    MainWindow window;
    window.resize(MainWindow::firstRunSize(QSize(1366, 768 - 28)));
    window.show();
    QVERIFY(window.openDatabase(path));
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::Calendar);
    auto *page = qobject_cast<CalendarPage *>(window.page(MainWindow::Calendar));
    const int season = window.store()->currentSeason();
    page->setSelectedDate(QDate(season, 2, 10));
    screenshot(&window, QStringLiteral("laptop-calendar-%1").arg(tag));
    QVERIFY(window.width() <= 1366);
    // Every column of the list is on screen.
    QVERIFY2(page->table()->horizontalScrollBar()->maximum() == 0,
             qPrintable(QString::number(page->table()->horizontalScrollBar()->maximum())));

    const QList<CalendarEvent> events = CalendarStore(*window.store()).season(season).value();
    QVERIFY(!events.isEmpty());
    const CalendarEvent e = events.last(); // the banquet
    EventDialog event(window.store(), window.undoStack(), e, &window);
    event.show();
    screenshot(&event, QStringLiteral("event-dialog-%1").arg(tag));

    LakesDialog lakes(window.store(), window.undoStack(), &window);
    lakes.show();
    const QList<LakeRecord> all = LakeStore(*window.store()).lakes().value();
    for (const LakeRecord &l : all)
        if (l.key == QLatin1String("travis"))
            lakes.selectLake(l.id);
    lakes.mapEdit()->setText(QStringLiteral("https://www.google.com/maps/embed?pb=travis"));
    QVERIFY(lakes.saveLake());
    screenshot(&lakes, QStringLiteral("lakes-dialog-%1").arg(tag));
}

QTEST_MAIN(TestUiCalendar)
#include "tst_ui_calendar.moc"
