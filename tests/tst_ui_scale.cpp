// Weights straight from the scale at the weigh-in, end to end: a simulated scale on a
// pseudo-terminal pair (socat) writes bags (settling readings, then stable), goes back to zero,
// writes the next; the weigh-in line takes each bag once into the focused Weight field (and Big
// bass after Alt+B), marks it as read from the scale, lets typing win, and the sheet and the
// database keep where each weight came from. A member with fish and weight takes 6 keys. The
// cable pulled and plugged back reconnects, said on the line. Weigh-in > Scale…: the live reading
// and whether it is stable, a bad pattern refused, the settings kept per laptop. Screenshots
// (English and Spanish) go to $SABC_SCREENSHOT_DIR.
#include "simulatedscale.h"
#include "weighinfixture.h"

#include "itemmodels/weighinmodel.h"
#include "scale/scalereader.h"
#include "ui/settings/scaledialog.h"
#include "ui/weighin/entryline.h"
#include "ui/weighin/weighinpage.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QStandardPaths>
#include <QTranslator>
#include <QUndoStack>

class TestUiScale : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void weighInTakesEachBagOnce();
    void entryLineInSpanish();
    void scaleDialog_data();
    void scaleDialog();
    void menuOpensTheDialog();

private:
    void type(const QString &text);
    void key(Qt::Key k);
    QWidget *focused() const { return QApplication::focusWidget(); }
    void shot(QWidget *w, const QString &name);

    QTemporaryDir m_dir;
    int m_keys = 0;
};

void TestUiScale::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("SABC Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ui_scale"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    QSettings().clear();
    QVERIFY2(SimulatedScale::available(), "socat is needed (scripts/common.sh TEST_PACKAGES)");
}

void TestUiScale::type(const QString &text)
{
    for (const QChar c : text) {
        QWidget *w = focused();
        QVERIFY2(w, "nothing has the keyboard focus");
        QTest::keyClick(w, c.toLatin1());
        ++m_keys;
    }
}

void TestUiScale::key(Qt::Key k)
{
    QWidget *w = focused();
    QVERIFY2(w, "nothing has the keyboard focus");
    QTest::keyClick(w, k);
    ++m_keys;
}

void TestUiScale::shot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("SABC_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(50);
    QVERIFY(w->grab().save(dir + u'/' + name));
}

void TestUiScale::weighInTakesEachBagOnce()
{
    WeighInFixture f;
    QVERIFY(f.open());
    for (const char *name : {"Alan Archer", "Bert Brown", "Dave Dunn", "Eddie Evans", "Fred Ford"})
        QVERIFY(!f.addAngler(QString::fromLatin1(name), true).isEmpty());
    const QString tid = f.addTournament(f.store->clubTime().today(), QStringLiteral("Today"));
    QVERIFY(!tid.isEmpty());
    QUndoStack stack;
    WeighInPage page(f.store.get(), &stack);
    page.setConfirmHandler([](const QString &) { return true; });
    EntryLine *line = page.entryLine();
    SimulatedScale scale(m_dir.path());
    QVERIFY(scale.plugIn());
    ScaleReader reader;
    reader.setRetryEvery(100);
    QSignalSpy readings(&reader, &ScaleReader::readingReceived);
    line->setScale(&reader);
    QVERIFY(!line->scaleStatus()->isVisibleTo(line)); // no scale set up: nothing said
    ScaleSettings settings;
    settings.port = scale.port();
    QVERIFY(reader.start(settings).ok());
    page.resize(1366, 768);
    page.show();
    QApplication::setActiveWindow(&page);
    QVERIFY(QTest::qWaitForWindowActive(&page));
    QCOMPARE(page.tournamentId(), tid);
    QVERIFY(line->scaleStatus()->isVisibleTo(line));
    QVERIFY(line->scaleStatus()->text().contains(QStringLiteral("no reading")));
    line->focusAngler();
    QTRY_COMPARE(focused(), line->anglerEdit());

    // A member with fish and weight: part of the name, the fish count (which takes the angler),
    // Tab to the weight, the bag on the scale, Enter: 6 keys.
    m_keys = 0;
    type(QStringLiteral("ala"));
    type(QStringLiteral("5"));
    QCOMPARE(line->chosenAnglerId(), f.anglers.value(QStringLiteral("Alan Archer")));
    key(Qt::Key_Tab);
    QCOMPARE(focused(), line->weightEdit());
    QVERIFY(scale.sendBag("12.34"));
    QTRY_COMPARE(line->weightEdit()->text(), QStringLiteral("12.34"));
    QVERIFY(line->weightFromScale());
    QVERIFY(line->weightEdit()->toolTip().contains(QStringLiteral("from the scale")));
    QVERIFY(line->messageLabel()->text().contains(QStringLiteral("read from the scale")));
    QTRY_VERIFY(line->scaleStatus()->text().contains(QStringLiteral("12.34 lb, stable")));
    // No weight from the scale on the sheet yet: no Scale column taking room.
    QVERIFY(page.sheetView()->isColumnHidden(WeighInModel::ScaleColumn));
    shot(&page, QStringLiteral("scale-entry-line-en.png"));
    key(Qt::Key_Return);
    QCOMPARE(m_keys, 6);
    QVERIFY(!page.sheetView()->isColumnHidden(WeighInModel::ScaleColumn));
    WeighInModel *sheet = page.sheetModel();
    QCOMPARE(sheet->rowCount(), 1);
    QCOMPARE(sheet->entryAt(0).gross.hundredths(), 1234);
    QVERIFY(sheet->entryAt(0).grossFromScale);
    QCOMPARE(sheet->index(0, WeighInModel::ScaleColumn).data().toString(), QStringLiteral("weight"));

    // The same bag still on the scale is not the next angler's.
    type(QStringLiteral("ber"));
    type(QStringLiteral("3"));
    key(Qt::Key_Tab);
    QCOMPARE(focused(), line->weightEdit());
    const int before = int(readings.size());
    QVERIFY(scale.send("ST,GS,+0012.34lb\r\nUS,GS,+0012.36lb\r\nST,GS,+0012.34lb\r\n"));
    QTRY_VERIFY(readings.size() >= before + 3);
    QCOMPARE(line->weightEdit()->text(), QString());
    // Off the scale, the next bag.
    QVERIFY(scale.sendZero());
    QVERIFY(scale.sendBag("09.87"));
    QTRY_COMPARE(line->weightEdit()->text(), QStringLiteral("9.87"));
    // Alt+B: the big bass takes the next bag (the fish put on alone).
    QTest::keyClick(page.windowHandle(), Qt::Key_B, Qt::AltModifier);
    QTRY_COMPARE(focused(), line->bigBassEdit());
    QVERIFY(scale.sendZero());
    QVERIFY(scale.sendBag("04.12"));
    QTRY_COMPARE(line->bigBassEdit()->text(), QStringLiteral("4.12"));
    QVERIFY(line->bigBassFromScale());
    QCOMPARE(line->weightEdit()->text(), QStringLiteral("9.87")); // untouched
    key(Qt::Key_Return);
    QCOMPARE(sheet->rowCount(), 2);
    const EntryRecord bert = sheet->entryAt(sheet->rowOfAngler(f.anglers.value(QStringLiteral("Bert Brown"))));
    QCOMPARE(bert.gross.hundredths(), 987);
    QCOMPARE(bert.bigBass.hundredths(), 412);
    QVERIFY(bert.grossFromScale && bert.bigBassFromScale);

    // Typing wins: a typed weight stays, the bag is not used (nor kept for the next angler).
    type(QStringLiteral("dav"));
    type(QStringLiteral("2"));
    key(Qt::Key_Tab);
    type(QStringLiteral("7.50"));
    QVERIFY(scale.sendZero());
    QVERIFY(scale.sendBag("08.00"));
    QTRY_VERIFY(line->messageLabel()->text().contains(QStringLiteral("was not used")));
    QCOMPARE(line->weightEdit()->text(), QStringLiteral("7.50"));
    QVERIFY(!line->weightFromScale());
    key(Qt::Key_Return);
    // A scale weight typed over is typed.
    type(QStringLiteral("edd"));
    type(QStringLiteral("1"));
    key(Qt::Key_Tab);
    QCOMPARE(line->weightEdit()->text(), QString()); // the 8.00 bag was not kept
    QVERIFY(scale.sendZero());
    QVERIFY(scale.sendBag("03.33"));
    QTRY_COMPARE(line->weightEdit()->text(), QStringLiteral("3.33"));
    QVERIFY(line->weightFromScale());
    line->weightEdit()->selectAll();
    type(QStringLiteral("3.35"));
    QVERIFY(!line->weightFromScale());
    QVERIFY(line->weightEdit()->styleSheet().isEmpty());
    key(Qt::Key_Return);
    auto saved = TournamentStore(*f.store).entries(tid);
    QVERIFY(saved.ok());
    QHash<QString, QString> byName;
    for (const EntryRecord &e : saved.value())
        byName.insert(e.anglerName,
                      QStringLiteral("%1%2 %3%4")
                          .arg(e.gross.toString(),
                               e.grossFromScale ? QStringLiteral("S") : QStringLiteral("T"),
                               e.bigBass.toString(),
                               e.bigBassFromScale ? QStringLiteral("S") : QStringLiteral("T")));
    QCOMPARE(byName.value(QStringLiteral("Alan Archer")), QStringLiteral("12.34S 0.00T"));
    QCOMPARE(byName.value(QStringLiteral("Bert Brown")), QStringLiteral("9.87S 4.12S"));
    QCOMPARE(byName.value(QStringLiteral("Dave Dunn")), QStringLiteral("7.50T 0.00T"));
    QCOMPARE(byName.value(QStringLiteral("Eddie Evans")), QStringLiteral("3.35T 0.00T"));
    QCOMPARE(sheet->index(sheet->rowOfAngler(f.anglers.value(QStringLiteral("Bert Brown"))),
                          WeighInModel::ScaleColumn).data().toString(),
             QStringLiteral("weight, big bass"));

    // The cable pulled: the line says so; plugged back, the scale is read again.
    scale.pullOut();
    QTRY_VERIFY(line->scaleStatus()->text().contains(QStringLiteral("not connected")));
    QVERIFY(scale.plugIn());
    QTRY_VERIFY(line->scaleStatus()->text().contains(QStringLiteral("no reading")));
    type(QStringLiteral("fre"));
    type(QStringLiteral("4"));
    key(Qt::Key_Tab);
    QVERIFY(scale.sendZero());
    QVERIFY(scale.sendBag("06.06"));
    QTRY_COMPARE(line->weightEdit()->text(), QStringLiteral("6.06"));
    key(Qt::Key_Return);
    QCOMPARE(sheet->rowCount(), 5);
    QVERIFY(sheet->entryAt(sheet->rowOfAngler(f.anglers.value(QStringLiteral("Fred Ford"))))
                .grossFromScale);

}

// The entry line with a captured weight, in Spanish (decimal comma), for the screenshot.
void TestUiScale::entryLineInSpanish()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(SABC_TRANSLATIONS_DIR "/sabc_es.qm")));
    QCoreApplication::installTranslator(&translator);
    auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
    auto locale = qScopeGuard([] { QLocale::setDefault(QLocale::c()); });
    WeighInFixture f;
    QVERIFY(f.open());
    QVERIFY(!f.addAngler(QStringLiteral("Gus Green"), true).isEmpty());
    QVERIFY(!f.addTournament(f.store->clubTime().today(), QStringLiteral("Hoy")).isEmpty());
    QUndoStack stack;
    WeighInPage page(f.store.get(), &stack);
    EntryLine *line = page.entryLine();
    SimulatedScale scale(m_dir.path());
    QVERIFY(scale.plugIn());
    ScaleReader reader;
    line->setScale(&reader);
    ScaleSettings settings;
    settings.port = scale.port();
    QVERIFY(reader.start(settings).ok());
    page.resize(1366, 768);
    page.show();
    QApplication::setActiveWindow(&page);
    QVERIFY(QTest::qWaitForWindowActive(&page));
    line->focusAngler();
    QTRY_COMPARE(focused(), line->anglerEdit());
    type(QStringLiteral("gus"));
    type(QStringLiteral("3"));
    key(Qt::Key_Tab);
    QVERIFY(scale.sendBag("11.05"));
    QTRY_COMPARE(line->weightEdit()->text(), QStringLiteral("11,05"));
    QTRY_VERIFY(line->scaleStatus()->text().contains(QStringLiteral("11,05")));
    QVERIFY(!line->messageLabel()->text().contains(QStringLiteral("read from the scale")));
    QVERIFY(line->messageLabel()->text().contains(QStringLiteral("11,05")));
    shot(&page, QStringLiteral("scale-entry-line-es.png"));
}

void TestUiScale::scaleDialog_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QString();
    QTest::newRow("Spanish") << QStringLiteral("sabc_es.qm");
}

void TestUiScale::scaleDialog()
{
    QFETCH(QString, language);
    QTranslator translator;
    if (!language.isEmpty()) {
        QVERIFY(translator.load(QStringLiteral(SABC_TRANSLATIONS_DIR "/") + language));
        QCoreApplication::installTranslator(&translator);
    }
    auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
    QSettings().clear();
    SimulatedScale scale(m_dir.path());
    QVERIFY(scale.plugIn());
    ScaleReader reader;
    ScaleDialog dialog(&reader);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(reader.state(), ScaleReader::State::Off);
    dialog.portBox()->setEditText(scale.port());
    dialog.testButton()->click();
    QCOMPARE(reader.state(), ScaleReader::State::NoReading);
    QVERIFY(scale.send("US,GS,+0004.00lb\r\n"));
    QTRY_VERIFY(dialog.readingLabel()->text().contains(QStringLiteral("4")));
    const QString settling = dialog.stableLabel()->text();
    QVERIFY(scale.send("ST,GS,+0012.34lb\r\n"));
    QTRY_VERIFY(dialog.readingLabel()->text().contains(QStringLiteral("12")));
    QVERIFY(dialog.readingLabel()->text().contains(QStringLiteral("34 lb")));
    QVERIFY(dialog.stableLabel()->text() != settling);
    QCOMPARE(dialog.stableLabel()->text(),
             language.isEmpty() ? QStringLiteral("stable") : QStringLiteral("estable"));
    const QString shotName = language.isEmpty() ? QStringLiteral("scale-dialog-en.png")
                                                : QStringLiteral("scale-dialog-es.png");
    shot(&dialog, shotName);

    // A custom pattern without a value group is refused in words, and nothing is kept.
    dialog.protocolBox()->setCurrentIndex(2);
    QVERIFY(dialog.patternEdit()->isEnabled());
    dialog.patternEdit()->setText(QStringLiteral("^S,([0-9.]+)$"));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.problemLabel()->isVisibleTo(&dialog));
    QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("(?<value>")));
    QVERIFY(!ScaleSettings::load().configured());
    dialog.patternEdit()->setText(QStringLiteral("^(?<stable>S)?,(?<value>[0-9.]+)$"));
    dialog.accept();
    QVERIFY(!dialog.isVisible());
    // Kept for this laptop; the reader reads with them.
    const ScaleSettings kept = ScaleSettings::load();
    QCOMPARE(kept.port, scale.port());
    QCOMPARE(kept.protocol, QStringLiteral("^(?<stable>S)?,(?<value>[0-9.]+)$"));
    QCOMPARE(reader.settings(), kept);
    // (Reopening the port ends socat's pair, as closing the last user of a pseudo-terminal does;
    // the reader tries again until the pair is back.)
    QVERIFY(scale.plugIn());
    QTRY_VERIFY_WITH_TIMEOUT(reader.state() == ScaleReader::State::NoReading, 15000);
    QVERIFY(scale.send("S,2.50\r\n"));
    QTRY_COMPARE(reader.lastReading().hundredths, 250);
    // A new dialog shows what was kept; Cancel after a test goes back to it.
    ScaleDialog again(&reader);
    QCOMPARE(again.chosen(), kept);
    again.protocolBox()->setCurrentIndex(1);
    again.testButton()->click();
    QCOMPARE(reader.settings().protocol, QStringLiteral("sics"));
    again.reject();
    QCOMPARE(reader.settings(), kept);
    reader.stop();
    QSettings().clear();
}

void TestUiScale::menuOpensTheDialog()
{
    WeighInFixture f;
    QVERIFY(f.open());
    MainWindow window;
    window.show();
    QVERIFY(window.openDatabase(f.path()));
    QAction *action = window.findChild<QAction *>(QStringLiteral("scaleAction"));
    QVERIFY(action);
    QVERIFY(window.findChild<QMenu *>(QStringLiteral("weighInMenu"))->actions().contains(action));
    action->trigger();
    ScaleDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ScaleDialog *>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    dialog->reject();
}

QTEST_MAIN(TestUiScale)
#include "tst_ui_scale.moc"
