// Widget tests of the tournament dialogs: the new/edit dialog (lake and ramp pickers, a lake added
// inline, paper from the lake, bad input refused), the season schedule (4th Sundays, editable
// before saving) and delete refused while a tournament has entries.
#include "commands/command.h"
#include "tests/weighinfixture.h"
#include "tournaments/lakestore.h"
#include "ui/tournaments/lakesdialog.h"
#include "ui/tournaments/scheduledialog.h"
#include "ui/tournaments/seasonrulesdialog.h"
#include "tournaments/rulesetstore.h"
#include "ui/tournaments/tournamentactions.h"
#include "ui/tournaments/tournamentdialog.h"

#include <QApplication>
#include <QDir>
#include <QScopeGuard>
#include <QTranslator>
#include <QCheckBox>
#include <QFormLayout>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>

class TestUiTournaments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void dialogMakesRecord();
    void paperFollowsTheLake();
    void newLakeInline();
    void lakesAndRampsFromTheDialog();
    void badInputRefused_data();
    void badInputRefused();
    void scheduleIsFourthSundays();
    void scheduleEditedBeforeSaving();
    void deleteRefusedWithEntries();
    void dateTypedWhole();
    void suggestedDateIsFree();
    void labelsHaveNoLiteralAmpersand();
    void seasonRulesDialogSavesAndUndoes();
    void seasonRulesDialogScreenshot_data();
    void seasonRulesDialogScreenshot();
    void scheduleUsesSeasonRules();

private:
    int lakeIndex(QComboBox *box, bool paper) const;
    std::unique_ptr<WeighInFixture> f;
    std::unique_ptr<QUndoStack> stack;
};

void TestUiTournaments::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestUiTournaments::init()
{
    f = std::make_unique<WeighInFixture>();
    QVERIFY(f->open());
    stack = std::make_unique<QUndoStack>();
}

void TestUiTournaments::cleanup()
{
    stack.reset();
    f.reset();
}

int TestUiTournaments::lakeIndex(QComboBox *box, bool paper) const
{
    auto lakes = LakeStore(*f->store).lakes();
    for (const LakeRecord &l : lakes.value())
        if (l.paper == paper)
            return box->findData(l.id);
    return -1;
}

void TestUiTournaments::dialogMakesRecord()
{
    TournamentRecord t;
    t.date = QDate(2026, 8, 23);
    TournamentDialog dialog(f->store.get(), t);
    dialog.nameEdit()->setText(QStringLiteral("  August   Classic "));
    const int lake = lakeIndex(dialog.lakeBox(), false);
    QVERIFY(lake > 0);
    dialog.lakeBox()->setCurrentIndex(lake);
    QVERIFY(dialog.rampBox()->count() > 1);
    dialog.rampBox()->setCurrentIndex(1);
    dialog.fishLimitBox()->setValue(4);
    dialog.feeEdit()->setText(QStringLiteral("$30"));
    dialog.formatBox()->setCurrentIndex(1);
    auto r = dialog.record();
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error()));
    QCOMPARE(r->name, QStringLiteral("August Classic"));
    QCOMPARE(r->season, 2026);
    QCOMPARE(r->fishLimit, 4);
    QCOMPARE(r->entryFee, Money::fromDollars(30));
    QCOMPARE(r->format, TournamentFormat::Team);
    QVERIFY(!r->lakeId.isEmpty());
    QVERIFY(!r->rampId.isEmpty());
    QVERIFY(commands::createTournaments(stack.get(), f->store.get(), {r.value()}).ok());
    auto list = TournamentStore(*f->store).tournaments(2026);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().rampId, r->rampId);
    QVERIFY(!list->first().lakeName.isEmpty());
}

void TestUiTournaments::paperFollowsTheLake()
{
    TournamentDialog dialog(f->store.get(), TournamentRecord());
    dialog.lakeBox()->setCurrentIndex(lakeIndex(dialog.lakeBox(), true));
    QVERIFY(dialog.paperBox()->isChecked());
    dialog.lakeBox()->setCurrentIndex(lakeIndex(dialog.lakeBox(), false));
    QVERIFY(!dialog.paperBox()->isChecked());
    dialog.paperBox()->setChecked(true); // the director may still choose paper
    dialog.nameEdit()->setText(QStringLiteral("Odd one"));
    QVERIFY(dialog.record()->paper);
}

void TestUiTournaments::newLakeInline()
{
    TournamentDialog dialog(f->store.get(), TournamentRecord());
    const int lakes = dialog.lakeBox()->count();
    QVERIFY(
        dialog.addLake(QStringLiteral("Lake Georgetown"), true, QStringLiteral("Cedar Breaks Park"))
            .ok());
    QCOMPARE(dialog.lakeBox()->count(), lakes + 1);
    QVERIFY(dialog.lakeBox()->currentText().startsWith(QStringLiteral("Lake Georgetown")));
    QCOMPARE(dialog.rampBox()->currentText(), QStringLiteral("Cedar Breaks Park"));
    QVERIFY(dialog.paperBox()->isChecked());
    Status twice = dialog.addLake(QStringLiteral("lake georgetown"), false);
    QVERIFY(!twice.ok());
    QVERIFY(twice.error().contains(QStringLiteral("already")));
    QVERIFY(!dialog.addLake(QStringLiteral("   "), false).ok());
    QCOMPARE(dialog.lakeBox()->count(), lakes + 1);
}

// Lakes and Ramps… (Alt+K) inside the tournament dialog: a lake renamed there shows its new name
// and stays chosen, with its ramp; a lake deleted there is no longer offered; each change is a
// step on the window's undo stack. Without the window's undo stack the button is not offered.
void TestUiTournaments::lakesAndRampsFromTheDialog()
{
    {
        TournamentDialog alone(f->store.get(), TournamentRecord());
        QVERIFY(alone.lakesButton()->isHidden());
    }
    TournamentDialog dialog(f->store.get(), TournamentRecord());
    dialog.setUndoStack(stack.get());
    QVERIFY(!dialog.lakesButton()->isHidden());
    const int lake = lakeIndex(dialog.lakeBox(), false);
    QVERIFY(lake > 0);
    dialog.lakeBox()->setCurrentIndex(lake);
    const QString lakeId = dialog.lakeBox()->currentData().toString();
    QVERIFY(dialog.rampBox()->count() > 1);
    dialog.rampBox()->setCurrentIndex(1);
    const QString rampId = dialog.rampBox()->currentData().toString();
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));

    // Rename the chosen lake in the Lakes and Ramps dialog, opened on it by keyboard.
    QString shownLake;
    auto *timer = new QTimer(&dialog);
    connect(timer, &QTimer::timeout, this, [&] {
        auto *lakes = qobject_cast<LakesDialog *>(QApplication::activeModalWidget());
        if (!lakes)
            return;
        timer->stop();
        shownLake = lakes->currentLakeId();
        lakes->nameEdit()->setText(QStringLiteral("Lake Renamed"));
        if (!lakes->saveLake().ok())
            shownLake = QStringLiteral("not saved");
        QTest::keyClick(lakes, Qt::Key_Escape);
    });
    timer->start(20);
    QTest::keyClick(&dialog, Qt::Key_K, Qt::AltModifier); // the button clicks itself shortly after
    QTRY_VERIFY(!timer->isActive()); // the dialog opened, and was closed
    QCOMPARE(shownLake, lakeId);
    QCOMPARE(stack->count(), 1);
    QCOMPARE(dialog.lakeBox()->currentData().toString(), lakeId);
    QCOMPARE(dialog.lakeBox()->currentText(), QStringLiteral("Lake Renamed"));
    QCOMPARE(dialog.rampBox()->currentData().toString(), rampId);
    QCOMPARE(dialog.errorLabel()->text(), QString());

    // A new lake, chosen, then deleted in the Lakes and Ramps dialog: no longer offered.
    QVERIFY(dialog.addLake(QStringLiteral("Lake Short-Lived"), false).ok());
    const QString shortLived = dialog.lakeBox()->currentData().toString();
    const int offered = dialog.lakeBox()->count();
    bool deleted = false;
    QTimer::singleShot(0, this, [&] {
        auto *lakes = qobject_cast<LakesDialog *>(QApplication::activeModalWidget());
        if (!lakes || lakes->currentLakeId() != shortLived)
            return;
        deleted = lakes->deleteLake().ok();
        lakes->reject();
    });
    dialog.editLakes();
    QVERIFY(deleted);
    QCOMPARE(dialog.lakeBox()->count(), offered - 1);
    QCOMPARE(dialog.lakeBox()->findData(shortLived), -1);
    QCOMPARE(dialog.lakeBox()->currentIndex(), 0); // (not chosen yet)
    QCOMPARE(stack->count(), 2); // the rename and the delete (the inline add is not a command)

    // Undo brings the deleted lake back to the club.
    stack->undo();
    auto back = LakeStore(*f->store).lake(shortLived);
    QVERIFY(back.ok() && back.value());
}

void TestUiTournaments::badInputRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("fee");
    QTest::addColumn<QString>("error");
    QTest::newRow("no name") << QStringLiteral(" ") << QStringLiteral("25")
                             << QStringLiteral("name");
    QTest::newRow("negative fee") << QStringLiteral("X") << QStringLiteral("-5")
                                  << QStringLiteral("fee");
    QTest::newRow("text fee") << QStringLiteral("X") << QStringLiteral("lots")
                              << QStringLiteral("fee");
}

void TestUiTournaments::badInputRefused()
{
    QFETCH(QString, name);
    QFETCH(QString, fee);
    QFETCH(QString, error);
    TournamentDialog dialog(f->store.get(), TournamentRecord());
    dialog.nameEdit()->setText(name);
    dialog.feeEdit()->setText(fee);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY2(dialog.errorLabel()->text().contains(error, Qt::CaseInsensitive),
             qPrintable(dialog.errorLabel()->text()));
    QCOMPARE(f->liveCount(QStringLiteral("tournaments")), 0);
}

void TestUiTournaments::scheduleIsFourthSundays()
{
    ScheduleDialog dialog(2026);
    QCOMPARE(dialog.table()->rowCount(), 10);
    const QStringList expected = {QStringLiteral("2026-01-25"), QStringLiteral("2026-02-22"),
                                  QStringLiteral("2026-03-22"), QStringLiteral("2026-04-26"),
                                  QStringLiteral("2026-05-24"), QStringLiteral("2026-06-28"),
                                  QStringLiteral("2026-07-26"), QStringLiteral("2026-08-23"),
                                  QStringLiteral("2026-09-27"), QStringLiteral("2026-10-25")};
    for (int row = 0; row < 10; ++row)
        QCOMPARE(dialog.table()->item(row, 0)->text(), expected.at(row));
    dialog.seasonBox()->setValue(2027);
    QCOMPARE(dialog.table()->item(0, 0)->text(), QStringLiteral("2027-01-24"));
}

void TestUiTournaments::scheduleEditedBeforeSaving()
{
    ScheduleDialog dialog(2026);
    dialog.table()->item(4, 0)->setText(QStringLiteral("2026-05-17")); // moved for Memorial Day
    dialog.table()->item(4, 1)->setText(QStringLiteral("May Moved"));
    dialog.table()->item(9, 0)->setCheckState(Qt::Unchecked); // no October event
    auto list = dialog.tournaments();
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 9);
    QCOMPARE(list->at(4).date, QDate(2026, 5, 17));
    QCOMPARE(list->at(4).name, QStringLiteral("May Moved"));
    QVERIFY(commands::createTournaments(stack.get(), f->store.get(), list.value()).ok());
    QCOMPARE(f->liveCount(QStringLiteral("tournaments"), QStringLiteral("season = 2026")), 9);
    // A bad date is refused with its row named, and nothing is saved.
    dialog.table()->item(2, 0)->setText(QStringLiteral("2026-13-01"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.errorLabel()->text().contains(QStringLiteral("Row 3")));
    dialog.table()->item(2, 0)->setText(QStringLiteral("2026-05-17"));
    QVERIFY(!dialog.tournaments().ok()); // the same date twice
}

void TestUiTournaments::deleteRefusedWithEntries()
{
    QVERIFY(!f->addAngler(QStringLiteral("Al Member"), true).isEmpty());
    const QString tid = f->addTournament(QDate(2026, 3, 22), QStringLiteral("March"));
    EntryRecord e = f->entry(tid, QStringLiteral("Al Member"), 5, 1000, 300);
    QVERIFY(TournamentStore(*f->store).insertEntry(e).ok());
    QWidget parent;
    TournamentActions actions(f->store.get(), stack.get(), &parent);
    QStringList errors;
    actions.setErrorHandler([&](const QString &text) { errors.append(text); });
    QVERIFY(!actions.deleteTournament(tid).ok());
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().contains(QStringLiteral("cancelled")));
    QCOMPARE(f->liveCount(QStringLiteral("tournaments")), 1);
    QCOMPARE(stack->count(), 0);
    QVERIFY(TournamentStore(*f->store).removeEntry(e).ok());
    QVERIFY(actions.deleteTournament(tid).ok());
    QCOMPARE(f->liveCount(QStringLiteral("tournaments")), 0);
    stack->undo();
    QCOMPARE(f->liveCount(QStringLiteral("tournaments")), 1);
}

// Typing a whole date into the date box gives that date, wherever the box's cursor was.
void TestUiTournaments::dateTypedWhole()
{
    TournamentRecord t;
    t.date = QDate(2026, 12, 27);
    TournamentDialog dialog(f->store.get(), t);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    dialog.nameEdit()->setFocus();
    connect(dialog.lakesButton(), &QPushButton::clicked, this, [] { qWarning("clicked"); });
    connect(dialog.lakesButton(), &QPushButton::pressed, this, [&] { qWarning() << "pressed" << QApplication::activeModalWidget(); });
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(dialog.nameEdit()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab); // back to the date
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(dialog.dateEdit()));
    QTest::qWait(20);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("2026-11-28"));
    QCOMPARE(dialog.dateEdit()->date(), QDate(2026, 11, 28));
}

// New Tournament suggests one of the club's usual dates that has no tournament yet.
void TestUiTournaments::suggestedDateIsFree()
{
    TournamentActions actions(f->store.get(), stack.get(), nullptr);
    const int season = f->store->clubTime().today().year();
    const QDate first = actions.suggestedDate(season);
    QVERIFY(first.isValid());
    QVERIFY(!f->addTournament(first, QStringLiteral("Taken")).isEmpty());
    const QDate second = actions.suggestedDate(season);
    QVERIFY(second.isValid());
    QVERIFY2(second != first, qPrintable(second.toString(Qt::ISODate)));
    auto list = TournamentStore(*f->store).tournaments(second.year());
    QVERIFY(list.ok());
    for (const TournamentRecord &r : list.value())
        QVERIFY(r.date != second);
}

// A label with a keyboard mnemonic must have a buddy, or its "&" is shown as a character.
void TestUiTournaments::labelsHaveNoLiteralAmpersand()
{
    TournamentRecord t;
    t.date = QDate(2026, 12, 27);
    TournamentDialog dialog(f->store.get(), t);
    int checked = 0;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (!label->text().contains(u'&') || label->textFormat() == Qt::RichText)
            continue;
        ++checked;
        QVERIFY2(label->buddy(), qPrintable(label->text()));
    }
    QVERIFY(checked >= 8);
}

// Issue 15: Tournament > Season Rules... shows the season's rules (the bylaws of a new club, a
// copy of the previous season's for a season without), checks the split live, refuses a split that
// does not add up, asks before re-scoring finalized tournaments (naming them), and saves one
// undoable edit.
void TestUiTournaments::seasonRulesDialogSavesAndUndoes()
{
    const int season = f->store->currentSeason();
    SeasonRulesDialog dialog(f->store.get(), stack.get(), season);
    QVERIFY2(dialog.sourceLabel()->text().contains(QString::number(season)),
             qPrintable(dialog.sourceLabel()->text()));
    QCOMPARE(dialog.rules().value(), RulesetStore(*f->store).forSeason(season).value());
    QVERIFY2(dialog.splitLabel()->text().contains(QStringLiteral("Adds up to the fee")),
             qPrintable(dialog.splitLabel()->text()));

    // A split over the fee is shown at once and refused on Save.
    const QString places = dialog.placesEdit()->text();
    dialog.placesEdit()->setText(places + QStringLiteral("; 5.00"));
    QVERIFY2(dialog.splitLabel()->text().contains(QStringLiteral("over")),
             qPrintable(dialog.splitLabel()->text()));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.errorLabel()->text().isEmpty());
    QCOMPARE(stack->count(), 0);
    dialog.placesEdit()->setText(places);

    // A finalized tournament: the director is asked first, told which one is re-scored.
    QVERIFY(!f->addAngler(QStringLiteral("Al Member"), true).isEmpty());
    const QString tid = f->addTournament(QDate(season, 3, 22), QStringLiteral("March Bash"));
    EntryRecord e = f->entry(tid, QStringLiteral("Al Member"), 5, 1000, 300);
    QVERIFY(TournamentStore(*f->store).insertEntry(e).ok());
    QVERIFY(TournamentStore(*f->store).finalize(tid, QStringLiteral("Tester")).ok());
    QStringList asked;
    bool answer = false;
    dialog.setConfirm([&](const QString &text) {
        asked << text;
        return answer;
    });
    dialog.bestNBox()->setValue(5);
    dialog.accept();
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().contains(QStringLiteral("March Bash")), qPrintable(asked.first()));
    QCOMPARE(stack->count(), 0);
    QCOMPARE(RulesetStore(*f->store).forSeason(season)->bestN, 0);
    answer = true;
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(RulesetStore(*f->store).forSeason(season)->bestN, 5);
    stack->undo();
    QCOMPARE(RulesetStore(*f->store).forSeason(season)->bestN, 0);

    // The next season has no rules of its own: a copy of this one's.
    dialog.seasonBox()->setValue(season + 1);
    QVERIFY2(dialog.sourceLabel()->text().contains(QStringLiteral("copy")),
             qPrintable(dialog.sourceLabel()->text()));
}

void TestUiTournaments::seasonRulesDialogScreenshot_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Spanish") << QStringLiteral("es");
}

void TestUiTournaments::seasonRulesDialogScreenshot()
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
    SeasonRulesDialog dialog(f->store.get(), stack.get(), f->store->currentSeason());
    dialog.show();
    // The tournament dialog too, with Lakes and Ramps… beside the lake.
    TournamentDialog tournament(f->store.get(), TournamentRecord());
    tournament.setUndoStack(stack.get());
    tournament.lakeBox()->setCurrentIndex(lakeIndex(tournament.lakeBox(), false));
    tournament.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tournament));
    QVERIFY2(tournament.width() <= 1366 && tournament.height() <= 740,
             qPrintable(QStringLiteral("%1x%2").arg(tournament.width()).arg(tournament.height())));
    QVERIFY(tournament.lakesButton()->isVisible());
    QVERIFY(!tournament.lakesButton()->text().isEmpty());
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // It fits a 1366x768 screen.
    QVERIFY2(dialog.width() <= 1366 && dialog.height() <= 740,
             qPrintable(QStringLiteral("%1x%2").arg(dialog.width()).arg(dialog.height())));
    if (language == QLatin1String("es"))
        QVERIFY2(dialog.windowTitle() != QStringLiteral("Season rules"),
                 qPrintable(dialog.windowTitle()));
    QString dir = qEnvironmentVariable("SABC_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QDir::currentPath();
    QDir().mkpath(dir);
    QTest::qWait(50);
    const QString path = QDir(dir).filePath(QStringLiteral("season-rules-%1.png").arg(language));
    QVERIFY2(dialog.grab().save(path), qPrintable(path));
    qInfo().noquote() << "screenshot:" << path;
    const QString tournamentPath =
        QDir(dir).filePath(QStringLiteral("tournament-dialog-%1.png").arg(language));
    QVERIFY2(tournament.grab().save(tournamentPath), qPrintable(tournamentPath));
    qInfo().noquote() << "screenshot:" << tournamentPath;
}

// Issue 15 item 6: the schedule generator makes the season's format, fee and unit.
void TestUiTournaments::scheduleUsesSeasonRules()
{
    QVERIFY(RulesetStore(*f->store).setForSeason(2027, Ruleset::sabc2026()).ok());
    ScheduleDialog dialog(f->store.get(), 2027);
    QVERIFY2(dialog.rulesLabel()->text().contains(QStringLiteral("$50.00")),
             qPrintable(dialog.rulesLabel()->text()));
    auto list = dialog.tournaments();
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 10);
    for (const TournamentRecord &t : list.value()) {
        QCOMPARE(t.format, TournamentFormat::Team);
        QCOMPARE(t.entryFee, Money::fromDollars(50));
        QCOMPARE(t.feeUnit, FeeBasis::PerBoat);
    }
    QVERIFY(RulesetStore(*f->store).setForSeason(2028, Ruleset::sabc2025()).ok());
    dialog.seasonBox()->setValue(2028);
    list = dialog.tournaments();
    QVERIFY(list.ok());
    QCOMPARE(list->first().format, TournamentFormat::Individual);
    QCOMPARE(list->first().entryFee, Money::fromDollars(25));
    QCOMPARE(list->first().feeUnit, FeeBasis::PerAngler);
}

QTEST_MAIN(TestUiTournaments)
#include "tst_ui_tournaments.moc"
