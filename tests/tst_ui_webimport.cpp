// File > Import from the Club Web Site…: the address, sign-in, the dry-run preview listing what
// would come in and what needs a look, the import with its progress bar, and the Standings page
// showing the imported season afterwards. Against a small web database on the test harness's
// PostgreSQL server. A screenshot of the dialog goes to $SABC_SCREENSHOT_DIR.
#include "store/store.h"
#include "sync/testing/pgtestdb.h"
#include "ui/standings/standingspage.h"
#include "ui/sync/webimportdialog.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class TestUiWebImport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void previewThenImportThenStandings();

private:
    QTemporaryDir m_dir;
    ServerUrl m_url;
};

void TestUiWebImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    auto url = PgTest::createDatabase(QStringLiteral("webapp_ui"));
    QVERIFY2(url.ok(), qPrintable(url.ok() ? QString() : url.error()));
    m_url = url.value();
    auto conn = ServerConnection::open(m_url, QString());
    QVERIFY2(conn.ok(), qPrintable(conn.ok() ? QString() : conn.error()));
    QFile schema(QStringLiteral(SABC_TEST_DATA_DIR "/webapp/webapp-schema.sql"));
    QVERIFY(schema.open(QIODevice::ReadOnly));
    QStringList lines;
    for (const QString &line : QString::fromUtf8(schema.readAll()).split(u'\n'))
        lines << line.section(QStringLiteral("--"), 0, 0);
    QStringList statements = lines.join(u'\n').split(u';');
    statements << QStringLiteral(
        "INSERT INTO anglers (id, name, email, member, dues_paid_through) VALUES "
        "(1, 'Admin User', 'admin@sabc.com', true, NULL), "
        "(2, 'Alice Adams', 'alice@example.com', true, '2025-12-31'), "
        "(3, 'Bob Brown', 'BOB@example.com', true, NULL), "
        "(4, 'Carl Cole', 'bob@example.com', true, NULL)");
    statements << QStringLiteral(
        "INSERT INTO lakes (id, yaml_key, display_name) VALUES (1, 'travis', 'Lake Travis')");
    statements << QStringLiteral(
        "INSERT INTO events (id, date, year, name, event_type) VALUES "
        "(1, '2025-03-23', 2025, 'March Travis', 'sabc_tournament'), "
        "(2, '2025-07-04', 2025, 'Independence Day', 'holiday')");
    statements << QStringLiteral(
        "INSERT INTO tournaments (id, event_id, name, lake_id, complete, aoy_points) VALUES "
        "(1, 1, 'March Travis', 1, true, true)");
    statements << QStringLiteral(
        "INSERT INTO results (tournament_id, angler_id, num_fish, total_weight, big_bass_weight, "
        "was_member) VALUES (1, 2, 5, 14.25, 4.5, true), (1, 3, 4, 9.5, 3, true), "
        "(1, 4, 2, 3.75, 2, true), (1, 1, 5, 20, 5, true)");
    for (const QString &sql : statements)
        if (!sql.trimmed().isEmpty())
            QVERIFY2(conn.value()->command(sql, QStringLiteral("fill the web database")),
                     qPrintable(sql));
}

void TestUiWebImport::previewThenImportThenStandings()
{
    const QString path = m_dir.filePath(QStringLiteral("club.sqlite"));
    {
        auto store = Store::open(path);
        QVERIFY(store.ok());
        QVERIFY(store.value()->createClub(QStringLiteral("South Austin Bass Club"),
                                          "America/Chicago"));
    }
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(path));
    QAction *action = window.findChild<QAction *>(QStringLiteral("webImportAction"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    bool inFileMenu = false;
    for (QAction *menu : window.menuBar()->actions())
        if (menu->menu() && menu->menu()->actions().contains(action))
            inFileMenu = menu->text() == QLatin1String("&File");
    QVERIFY(inFileMenu);

    bool checked = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<WebImportDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto close = qScopeGuard([dialog] { dialog->reject(); });
        QVERIFY(!dialog->importButton()->isEnabled()); // preview first
        // A wrong address says so and changes nothing.
        dialog->addressField()->setText(QStringLiteral("http://example.com"));
        QVERIFY(!dialog->preview());
        QVERIFY(!dialog->errorText().isEmpty());
        // The address typed, Enter: the preview.
        dialog->addressField()->clear();
        QTest::keyClicks(dialog->addressField(), m_url.toString());
        QTest::keyClick(dialog->addressField(), Qt::Key_Return);
        QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
        const QString preview = dialog->reportText();
        QVERIFY2(preview.startsWith(QStringLiteral("Dry run: nothing was written.")),
                 qPrintable(preview));
        QVERIFY(preview.contains(QStringLiteral("differ only in case")));
        QVERIFY(preview.contains(QStringLiteral("holidays, other clubs' tournaments, club events")));
        QVERIFY(dialog->importButton()->isEnabled());
        const QString dir = qEnvironmentVariable("SABC_SCREENSHOT_DIR", QDir::currentPath());
        QVERIFY(dialog->grab().save(QDir(dir).filePath(QStringLiteral("web-import-preview.png"))));
        // Nothing written by the preview.
        QVERIFY(window.store()->hasClub());
        QVERIFY(dialog->runImport());
        QVERIFY(dialog->reportText().startsWith(QStringLiteral("Brought in:")));
        auto *progress = dialog->findChild<QProgressBar *>(QStringLiteral("webImportProgress"));
        QCOMPARE(progress->value(), progress->maximum());
        QCOMPARE(dialog->importedSeasons(), QList<int>{2025});
        QVERIFY(!dialog->importButton()->isEnabled());
        QVERIFY(dialog->grab().save(QDir(dir).filePath(QStringLiteral("web-import-done.png"))));
        checked = true;
    });
    action->trigger();
    QVERIFY(checked);
    // Afterwards the Standings page shows the imported season.
    QCOMPARE(window.currentPage(), MainWindow::Standings);
    auto *standings = qobject_cast<StandingsPage *>(window.page(MainWindow::Standings));
    QVERIFY(standings);
    QCOMPARE(standings->season(), 2025);
    QCOMPARE(standings->standingsModel()->rowCount(), 3); // Alice, Bob, Carl; not Admin User
}

QTEST_MAIN(TestUiWebImport)
#include "tst_ui_webimport.moc"
