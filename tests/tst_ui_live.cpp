// Tests of the window's live leaderboard: Weigh-in > Share the Leaderboard starts the server on
// its own thread, shows the address and its QR code, serves what the window writes within 2 s,
// and stops when the dialog closes; View > Leaderboard Display shows the tournament full screen
// in large type, pages through places, big bass and standings, and follows the window's edits.
// Screenshots (1920x1080) go to $SABC_SCREENSHOT_DIR.
#include "demo/democlub.h"
#include "live/liveboard.h"
#include "store/store.h"
#include "tournaments/tournamentstore.h"
#include "ui/live/leaderboarddisplay.h"
#include "ui/live/qrcodeimage.h"
#include "ui/live/sharedialog.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

class TestUiLive : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void qrCode();
    void shareFromTheWindow();
    void bigScreen();

private:
    QString demoPath();
    static QByteArray fetch(const QUrl &url);
    static QAction *action(QWidget *window, const QString &name);
    // An entry for an angler of the club not yet on the sheet of `tournamentId`.
    static EntryRecord newEntry(Store &store, const QString &tournamentId, int gross);

    QTemporaryDir m_dir;
    QString m_demoPath;
    QString m_shots;
};

void TestUiLive::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("SABC Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ui_live"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    m_shots = qEnvironmentVariable("SABC_SCREENSHOT_DIR", QDir::currentPath());
    QVERIFY(QDir().mkpath(m_shots));
}

QString TestUiLive::demoPath()
{
    if (!m_demoPath.isEmpty())
        return m_demoPath;
    const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    auto opened = Store::open(path);
    if (!opened)
        return {};
    std::unique_ptr<Store> store = std::move(opened).value();
    if (!DemoClub::create(*store, store->clubTime().today()))
        return {};
    m_demoPath = path;
    return path;
}

QByteArray TestUiLive::fetch(const QUrl &url)
{
    QTcpSocket socket;
    socket.connectToHost(url.host(), quint16(url.port()));
    if (!socket.waitForConnected(5000))
        return {};
    socket.write("GET " + url.path(QUrl::FullyEncoded).toUtf8() +
                 " HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
    QByteArray all;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(5000))
        all += socket.readAll();
    all += socket.readAll();
    return all.mid(all.indexOf("\r\n\r\n") + 4);
}

QAction *TestUiLive::action(QWidget *window, const QString &name)
{
    return window->findChild<QAction *>(name);
}

EntryRecord TestUiLive::newEntry(Store &store, const QString &tournamentId, int gross)
{
    EntryRecord e;
    auto entries = TournamentStore(store).entries(tournamentId);
    QStringList taken;
    for (const EntryRecord &x : entries.value())
        taken.append(x.anglerId);
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("SELECT id, full_name FROM anglers WHERE deleted = 0 AND "
                               "member_since IS NOT NULL ORDER BY full_name")))
        return e;
    while (q.next()) {
        if (taken.contains(q.value(0).toString()))
            continue;
        e.anglerId = q.value(0).toString();
        e.anglerName = q.value(1).toString();
        break;
    }
    e.tournamentId = tournamentId;
    e.fish = 5;
    e.gross = Weight::fromHundredths(gross);
    e.bigBass = Weight::fromHundredths(905);
    e.wasMember = true;
    return e;
}

void TestUiLive::qrCode()
{
    const QImage image = qrCodeImage(QStringLiteral("http://192.168.43.100:8080/"), 5);
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), image.height());
    // Black modules inside a white quiet zone of four modules.
    QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white));
    QCOMPARE(image.pixelColor(4 * 5 + 1, 4 * 5 + 1), QColor(Qt::black)); // a finder pattern
}

void TestUiLive::shareFromTheWindow()
{
    const QString path = demoPath();
    QVERIFY(!path.isEmpty());
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(path));

    QAction *share = action(&window, QStringLiteral("shareLeaderboardAction"));
    QVERIFY(share);
    QMenu *weighIn = window.menuBar()->findChild<QMenu *>(QStringLiteral("weighInMenu"));
    QVERIFY(weighIn);
    QVERIFY(weighIn->actions().contains(share));
    share->trigger();
    auto *dialog = window.findChild<ShareDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal()); // the director keeps typing weigh-ins
    QVERIFY(!dialog->urls().isEmpty());
    const QString address = dialog->findChild<QLabel *>(QStringLiteral("address"))->text();
    QCOMPARE(address, dialog->urls().first());
    QVERIFY(address.startsWith(QStringLiteral("http://")));
    bool hasQr = false;
    for (QLabel *l : dialog->findChildren<QLabel *>())
        hasQr = hasQr || !l->pixmap().isNull();
    QVERIFY(hasQr);
    QVERIFY(dialog->grab().save(QDir(m_shots).filePath(QStringLiteral("live-share-dialog.png"))));

    // The phones see what the window writes.
    QUrl url(dialog->urls().last()); // this computer
    url.setPath(QStringLiteral("/leaderboard.json"));
    const QJsonObject before = QJsonDocument::fromJson(fetch(url)).object();
    const int places = int(before.value(QStringLiteral("places")).toArray().size());
    QVERIFY(places > 0);
    auto tid = LiveBoard::pickTournament(*window.store());
    QVERIFY(tid && !tid->isEmpty());
    EntryRecord e = newEntry(*window.store(), tid.value(), 2345);
    QVERIFY(!e.anglerId.isEmpty());
    QVERIFY(TournamentStore(*window.store()).insertEntry(e));
    QTRY_COMPARE_WITH_TIMEOUT(QJsonDocument::fromJson(fetch(url))
                                  .object()
                                  .value(QStringLiteral("places"))
                                  .toArray()
                                  .size(),
                              places + 1, 2000);

    // Closing the dialog stops the server.
    dialog->close();
    QTRY_VERIFY(!window.findChild<ShareDialog *>());
    QTcpSocket socket;
    socket.connectToHost(url.host(), quint16(url.port()));
    QVERIFY(!socket.waitForConnected(2000));
}

void TestUiLive::bigScreen()
{
    const QString path = demoPath();
    QVERIFY(!path.isEmpty());
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(path));

    // The shown tournament is today's, as at the ramp.
    auto tid = LiveBoard::pickTournament(*window.store());
    QVERIFY(tid && !tid->isEmpty());
    TournamentRecord t = TournamentStore(*window.store()).tournament(tid.value()).value();
    t.date = window.store()->clubTime().today();
    t.season = t.date.year();
    QVERIFY(TournamentStore(*window.store()).updateTournament(t));

    QAction *show = action(&window, QStringLiteral("leaderboardDisplayAction"));
    QVERIFY(show);
    show->trigger();
    LeaderboardDisplay *display = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *d = qobject_cast<LeaderboardDisplay *>(w))
            display = d;
    QVERIFY(display);
    QVERIFY(display->isVisible());
    QVERIFY(display->isFullScreen());
    QVERIFY(display->board().hasTournament);

    // A TV: 1920x1080.
    display->showNormal();
    display->setGeometry(0, 0, 1920, 1080);
    QApplication::processEvents();
    QVERIFY(display->pageCount() >= 3); // places, big bass, standings at least
    const int entries = int(display->board().standings.result.entries.size());
    for (int page = 0; page < display->pageCount(); ++page) {
        display->setPage(page);
        QVERIFY(display->grab().save(
            QDir(m_shots).filePath(QStringLiteral("live-display-%1.png").arg(page + 1))));
    }
    // Turning the pages by keyboard.
    display->setPage(0);
    QTest::keyClick(display, Qt::Key_Right);
    QCOMPARE(display->currentPage(), 1);
    QTest::keyClick(display, Qt::Key_Left);
    QCOMPARE(display->currentPage(), 0);

    // It follows the window's edits.
    EntryRecord e = newEntry(*window.store(), display->board().tournament.id, 2710);
    QVERIFY(TournamentStore(*window.store()).insertEntry(e));
    QTRY_COMPARE_WITH_TIMEOUT(int(display->board().standings.result.entries.size()), entries + 1,
                              2000);
    QCOMPARE(display->board().standings.result.entries.first().anglerName, e.anglerName);
    display->setPage(0);
    QVERIFY(display->grab().save(QDir(m_shots).filePath(QStringLiteral("live-display-after.png"))));

    // Finalized: the payouts come on the big bass page.
    QVERIFY(TournamentStore(*window.store())
                .finalize(display->board().tournament.id, QStringLiteral("test")));
    QTRY_VERIFY_WITH_TIMEOUT(display->board().tournament.completed, 2000);
    QVERIFY(!display->board().standings.payouts.places.isEmpty());
    for (int page = 0; page < display->pageCount() && page < 4; ++page) {
        display->setPage(page);
        QVERIFY(display->grab().save(
            QDir(m_shots).filePath(QStringLiteral("live-display-final-%1.png").arg(page + 1))));
    }

    QTest::keyClick(display, Qt::Key_Escape);
    QTRY_VERIFY(!display->isVisible());
}

QTEST_MAIN(TestUiLive)
#include "tst_ui_live.moc"
