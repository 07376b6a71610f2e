// The password's round trip through a real secret service (gnome-keyring under dbus-run-session,
// as scripts/test runs it), and through the Sync page: sign in, sync, forget. The password must
// never appear in the settings file, the log or the database. Without a secret service this test
// fails with a message saying so; it does not skip.
#include "app/logging.h"
#include "demo/democlub.h"
#include "store/store.h"
#include "sync/credentials.h"
#include "sync/serverconnection.h"
#include "sync/serverschema.h"
#include "sync/serverprofiles.h"
#include "sync/syncscheduler.h"
#include "sync/testing/pgtestdb.h"
#include "ui/sync/logindialogs.h"
#include "ui/sync/syncpage.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QTableWidget>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestAppSyncKeychain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void roundTrip();
    void syncPageKeepsThePasswordInTheKeychainOnly();
    void refusedLoginIsNotSaved();
    void enterSavesTheServer();
    void partialSyncIsShownPerTable();
    void officerPasswordAndLoginsFromTheSyncPage();

private:
    QTemporaryDir m_dir;
    QString m_key;
};

void TestAppSyncKeychain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SABC-test"));
    QCoreApplication::setApplicationName(QStringLiteral("sabc-sync-keychain-test"));
    QVERIFY(m_dir.isValid());
    logging::install(true);
    m_key = QStringLiteral("test-%1@127.0.0.1:5432/club").arg(QCoreApplication::applicationPid());
    // Probe the secret service: a failure here is the environment's, and must be visible.
    const QString probe = QStringLiteral("probe-") + Store::newId();
    Status s = Credentials::write(m_key, probe, 20000);
    QVERIFY2(s.ok(), qPrintable(QStringLiteral(
                                    "No secret service is reachable, so the keychain cannot be "
                                    "tested. Run the tests through scripts/test (dbus-run-session "
                                    "with an unlocked gnome-keyring). Detail: ") +
                                s.error()));
}

void TestAppSyncKeychain::roundTrip()
{
    const QString password = QStringLiteral("pw-") + Store::newId();
    QVERIFY(Credentials::write(m_key, password));
    Credentials::Lookup found = Credentials::read(m_key);
    QCOMPARE(int(found.state), int(Credentials::State::Found));
    QCOMPARE(found.password, password);
    QVERIFY(Credentials::forget(m_key));
    QCOMPARE(int(Credentials::read(m_key).state), int(Credentials::State::NotFound));
}

void TestAppSyncKeychain::syncPageKeepsThePasswordInTheKeychainOnly()
{
    auto server = PgTest::createDatabase(QStringLiteral("keychain"));
    QVERIFY2(server.ok(), qPrintable(server.ok() ? QString() : server.error()));
    {
        auto conn = ServerConnection::open(server.value(), QString());
        QVERIFY(conn.ok());
        QVERIFY(ServerSchema::migrate(*conn.value()).ok());
    }
    const QString dbPath = m_dir.filePath(QStringLiteral("club.sqlite"));
    auto store = Store::open(dbPath);
    QVERIFY(store.ok());
    QVERIFY(store.value()->createClub(QStringLiteral("Keychain Club"), "America/Chicago"));

    // An officer login with its own password (the test server asks every login for one).
    auto officer = PgTest::addLogin(server.value(), QStringLiteral("admin"));
    QVERIFY2(officer.ok(), qPrintable(officer.ok() ? QString() : officer.error()));
    const ServerUrl officerUrl = PgTest::as(server.value(), officer.value());
    const QString password = PgTest::passwordOf(officer.value());
    ServerProfiles::save({{QStringLiteral("Practice server"), officerUrl.toString(), false}});
    ServerProfiles::setCurrent(QStringLiteral("Practice server"));
    const QString key = Credentials::key(officerUrl);
    QVERIFY(Credentials::forget(key));

    SyncPage page(store.value().get());
    page.show();
    auto *field = page.findChild<QLineEdit *>(QStringLiteral("password"));
    auto *signIn = page.findChild<QPushButton *>(QStringLiteral("signIn"));
    auto *forget = page.findChild<QPushButton *>(QStringLiteral("forgetPassword"));
    QVERIFY(field && signIn && forget);
    QSignalSpy finished(page.scheduler(), &SyncScheduler::finished);
    QTest::keyClicks(field, password);
    QTest::mouseClick(signIn, Qt::LeftButton);
    QVERIFY(finished.wait(60000) || finished.size() == 1);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QVERIFY(field->text().isEmpty());

    Credentials::Lookup stored = Credentials::read(key);
    QCOMPARE(int(stored.state), int(Credentials::State::Found));
    QCOMPARE(stored.password, password);

    // Search every file the app wrote: settings, logs, the database and its journal.
    QSettings().sync();
    QStringList files = {QSettings().fileName(), logging::logFilePath()};
    QDirIterator data(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (data.hasNext())
        files << data.next();
    QDirIterator appData(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation), QDir::Files,
                         QDirIterator::Subdirectories);
    while (appData.hasNext())
        files << appData.next();
    int searched = 0;
    for (const QString &path : std::as_const(files)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        ++searched;
        const QByteArray bytes = f.readAll();
        QVERIFY2(!bytes.contains(password.toUtf8()), qPrintable(QStringLiteral("password found in ") + path));
    }
    QVERIFY(searched >= 3);
    QVERIFY(QFile::exists(logging::logFilePath()));
    {
        QFile log(logging::logFilePath());
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.readAll().contains("sabc.sync"));
    }
    QSettings settings;
    QVERIFY(settings.value(QStringLiteral("sync/profiles/1/url")).toString().contains(QStringLiteral("postgresql://")));

    QTest::mouseClick(forget, Qt::LeftButton);
    QCOMPARE(int(Credentials::read(key).state), int(Credentials::State::NotFound));
}

void TestAppSyncKeychain::refusedLoginIsNotSaved()
{
    // A login the server refuses (here: one it does not have) must not be stored or reported as
    // signed in.
    auto server = PgTest::createDatabase(QStringLiteral("keychain_refused"));
    QVERIFY2(server.ok(), qPrintable(server.ok() ? QString() : server.error()));
    ServerUrl url = server.value();
    url.user = QStringLiteral("no_such_officer");
    const QString dbPath = m_dir.filePath(QStringLiteral("refused.sqlite"));
    auto store = Store::open(dbPath);
    QVERIFY(store.ok());
    QVERIFY(store.value()->createClub(QStringLiteral("Refused Club"), "America/Chicago"));
    ServerProfiles::save({{QStringLiteral("Wrong login"), url.toString(), false}});
    ServerProfiles::setCurrent(QStringLiteral("Wrong login"));
    const QString key = Credentials::key(url);
    QVERIFY(Credentials::forget(key));

    SyncPage page(store.value().get());
    page.show();
    auto *field = page.findChild<QLineEdit *>(QStringLiteral("password"));
    auto *signIn = page.findChild<QPushButton *>(QStringLiteral("signIn"));
    QVERIFY(field && signIn);
    QTest::keyClicks(field, QStringLiteral("wrong-password"));
    QTest::mouseClick(signIn, Qt::LeftButton);
    QCOMPARE(int(Credentials::read(key).state), int(Credentials::State::NotFound));
    bool told = false;
    for (QLabel *label : page.findChildren<QLabel *>()) {
        QVERIFY2(!label->text().startsWith(QLatin1String("Signed in")), qPrintable(label->text()));
        told = told || label->text().contains(QLatin1String("was not saved"));
    }
    QVERIFY(told);
}

// The server's name and address are saved from the keyboard: Enter in either field saves, as
// "Save server" (Alt+A) does, and the page says so; a bad address changes nothing.
void TestAppSyncKeychain::enterSavesTheServer()
{
    const QString dbPath = m_dir.filePath(QStringLiteral("enter.sqlite"));
    auto store = Store::open(dbPath);
    QVERIFY(store.ok());
    QVERIFY(store.value()->createClub(QStringLiteral("Enter Club"), "America/Chicago"));
    ServerProfiles::save({});
    SyncPage page(store.value().get());
    page.show();
    auto *name = page.findChild<QLineEdit *>(QStringLiteral("profileName"));
    auto *address = page.findChild<QLineEdit *>(QStringLiteral("profileUrl"));
    auto *save = page.findChild<QPushButton *>(QStringLiteral("saveProfile"));
    QVERIFY(name && address && save);
    QCOMPARE(QKeySequence::mnemonic(save->text()), QKeySequence(Qt::ALT | Qt::Key_A));

    QTest::keyClicks(name, QStringLiteral("Ramp server"));
    QTest::keyClicks(address, QStringLiteral("not an address"));
    QTest::keyClick(address, Qt::Key_Return);
    QVERIFY(ServerProfiles::load().isEmpty());

    address->clear();
    QTest::keyClicks(address, QStringLiteral("postgresql://sec1@club.example.org:5432/club"));
    QTest::keyClick(address, Qt::Key_Return);
    const QList<ServerProfile> saved = ServerProfiles::load();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.at(0).name, QStringLiteral("Ramp server"));
    QVERIFY(saved.at(0).url.contains(QStringLiteral("club.example.org")));
    QCOMPARE(ServerProfiles::current(), QStringLiteral("Ramp server"));
    bool told = false;
    for (QLabel *label : page.findChildren<QLabel *>())
        told = told || label->text().contains(QLatin1String("Saved the server"));
    QVERIFY(told);
}

// A secretary who syncs a laptop holding tournaments and money: the server takes the roster and
// refuses the rest. The page says the sync was partial and names each refused kind of record
// once, with its count, in lines that fit the page; a screenshot is kept for a person to look at.
void TestAppSyncKeychain::partialSyncIsShownPerTable()
{
    auto server = PgTest::createDatabase(QStringLiteral("keychain_partial"));
    QVERIFY2(server.ok(), qPrintable(server.ok() ? QString() : server.error()));
    const QString login = QStringLiteral("sec_") + Store::newId().left(8);
    const QString password = QStringLiteral("Sekr3t-") + Store::newId();
    {
        auto conn = ServerConnection::open(server.value(), QString());
        QVERIFY(conn.ok());
        QVERIFY(ServerSchema::migrate(*conn.value()).ok());
        auto added = ServerSchema::addUser(*conn.value(), login, QStringLiteral("secretary"), password);
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error()));
    }
    const QString dbPath = m_dir.filePath(QStringLiteral("partial.sqlite"));
    auto store = Store::open(dbPath);
    QVERIFY(store.ok());
    QVERIFY(DemoClub::create(*store.value(), store.value()->clubTime().today()).ok());
    const ServerUrl url = PgTest::as(server.value(), login);
    ServerProfiles::save({{QStringLiteral("Club server"), url.toString(), false}});
    ServerProfiles::setCurrent(QStringLiteral("Club server"));
    QVERIFY(Credentials::forget(Credentials::key(url)));

    SyncPage page(store.value().get());
    page.resize(1180, 660);
    page.show();
    auto *field = page.findChild<QLineEdit *>(QStringLiteral("password"));
    auto *signIn = page.findChild<QPushButton *>(QStringLiteral("signIn"));
    auto *result = page.findChild<QLabel *>(QStringLiteral("lastResult"));
    QVERIFY(field && signIn && result);
    QSignalSpy finished(page.scheduler(), &SyncScheduler::finished);
    QTest::keyClicks(field, password);
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(finished.wait(120000) || finished.size() == 1);
    QApplication::processEvents();
    const QString text = result->text();
    QVERIFY2(text.contains(QLatin1String("partial")), qPrintable(text));
    const QStringList lines = text.split(u'\n');
    QVERIFY2(lines.size() >= 3 && lines.size() <= 12, qPrintable(text));
    QSet<QString> seen;
    for (const QString &line : lines.mid(1)) {
        QVERIFY2(!seen.contains(line), qPrintable(line));
        seen.insert(line);
    }
    QVERIFY2(text.contains(QLatin1String("tournament")), qPrintable(text));
    QVERIFY(result->isVisible());
    QTest::qWait(100); // the window's layout follows the new text
    QVERIFY2(result->height() >= result->heightForWidth(result->width()),
             "every refused line is shown whole");
    QVERIFY2(result->parentWidget()->rect().contains(result->geometry()),
             "the lines are not cut off by the box around them");
    // At a 1366x768 laptop's page size nothing is squeezed below what it needs.
    QVERIFY2(page.minimumSizeHint().height() <= page.height(),
             qPrintable(QString::number(page.minimumSizeHint().height())));
    const QString shots = qEnvironmentVariable("SABC_SCREENSHOT_DIR", QDir::currentPath());
    QVERIFY(QDir().mkpath(shots));
    QVERIFY(page.grab().save(QDir(shots).filePath(QStringLiteral("sync-partial.png"))));
}

namespace {

void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("SABC_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

void pressOk(QDialog *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(box);
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

} // namespace

// #19.10: the administrator lists, adds, disables, enables and resets logins from the window; an
// officer changes their own password on the Sync page; a director is told logins are the
// administrator's.
void TestAppSyncKeychain::officerPasswordAndLoginsFromTheSyncPage()
{
    auto server = PgTest::createDatabase(QStringLiteral("keychain_logins"));
    QVERIFY2(server.ok(), qPrintable(server.ok() ? QString() : server.error()));
    {
        auto conn = PgTest::open(server.value());
        QVERIFY(conn.ok());
        QVERIFY(ServerSchema::migrate(*conn.value()).ok());
    }
    auto admin = PgTest::addLogin(server.value(), QStringLiteral("admin"));
    auto director = PgTest::addLogin(server.value(), QStringLiteral("director"));
    QVERIFY(admin.ok() && director.ok());
    const ServerUrl adminUrl = PgTest::as(server.value(), admin.value());
    auto store = Store::open(m_dir.filePath(QStringLiteral("logins.sqlite")));
    QVERIFY(store.ok());
    QVERIFY(store.value()->createClub(QStringLiteral("Logins Club"), "America/Chicago"));
    ServerProfiles::save({{QStringLiteral("Club server"), adminUrl.toString(), false},
                          {QStringLiteral("Director"), PgTest::as(server.value(), director.value()).toString(),
                           false}});
    ServerProfiles::setCurrent(QStringLiteral("Club server"));
    QVERIFY(Credentials::forget(Credentials::key(adminUrl)));

    SyncPage page(store.value().get());
    page.resize(1366, 740);
    page.show();
    auto *field = page.findChild<QLineEdit *>(QStringLiteral("password"));
    auto *manage = page.findChild<QPushButton *>(QStringLiteral("manageLogins"));
    auto *change = page.findChild<QPushButton *>(QStringLiteral("changePassword"));
    auto *account = page.findChild<QLabel *>(QStringLiteral("account"));
    QVERIFY(field && manage && change && account);
    QVERIFY(!manage->isEnabled()); // not signed in yet
    QSignalSpy finished(page.scheduler(), &SyncScheduler::finished);
    QTest::keyClicks(field, PgTest::passwordOf(admin.value()));
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(finished.wait(60000) || finished.size() == 1);
    QVERIFY(manage->isEnabled() && change->isEnabled());
    screenshot(&page, QStringLiteral("sync-page-signed-in"));

    // The list.
    QTest::mouseClick(manage, Qt::LeftButton);
    auto *dialog = page.findChild<LoginsDialog *>();
    QVERIFY2(dialog, qPrintable(account->text()));
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("logins"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 2);
    QStringList names;
    for (int r = 0; r < table->rowCount(); ++r)
        names << table->item(r, 0)->text();
    QVERIFY(names.contains(admin.value()) && names.contains(director.value()));

    // Add a secretary.
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addLogin")), Qt::LeftButton);
    auto *add = dialog->findChild<NewLoginDialog *>();
    QVERIFY(add);
    const QString secretary = QStringLiteral("sec_") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    QTest::keyClicks(add->findChild<QLineEdit *>(QStringLiteral("loginName")), secretary);
    auto *role = add->findChild<QComboBox *>(QStringLiteral("loginRole"));
    role->setCurrentIndex(role->findData(QStringLiteral("secretary")));
    QTest::keyClicks(add->findChild<QLineEdit *>(QStringLiteral("newPassword")), QStringLiteral("minutes"));
    QTest::keyClicks(add->findChild<QLineEdit *>(QStringLiteral("repeatPassword")), QStringLiteral("minutez"));
    pressOk(add);
    auto *addError = add->findChild<QLabel *>(QStringLiteral("error"));
    QVERIFY(addError && addError->text().contains(QStringLiteral("differ")));
    screenshot(add, QStringLiteral("sync-add-login-mismatch"));
    QTest::keyClicks(add->findChild<QLineEdit *>(QStringLiteral("repeatPassword")), QStringLiteral("minutes"));
    pressOk(add);
    QCOMPARE(table->rowCount(), 3);
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("status"));
    QVERIFY2(status->text().contains(secretary), qPrintable(status->text()));
    const ServerUrl secretaryUrl = PgTest::as(server.value(), secretary);
    QVERIFY(ServerConnection::open(secretaryUrl, QStringLiteral("minutes")).ok());
    screenshot(dialog, QStringLiteral("sync-logins-dialog"));

    // Disable it (selected after adding), then enable it again.
    auto *toggle = dialog->findChild<QPushButton *>(QStringLiteral("toggleLogin"));
    QCOMPARE(table->item(table->currentRow(), 0)->text(), secretary);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(!ServerConnection::open(secretaryUrl, QStringLiteral("minutes")).ok());
    QCOMPARE(table->item(table->currentRow(), 2)->text(), QStringLiteral("Disabled"));
    QVERIFY(toggle->text().contains(QStringLiteral("Enable")));
    screenshot(dialog, QStringLiteral("sync-logins-disabled"));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(ServerConnection::open(secretaryUrl, QStringLiteral("minutes")).ok());

    // Reset its password.
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("resetPassword")), Qt::LeftButton);
    auto *reset = dialog->findChild<PasswordDialog *>(QStringLiteral("resetPasswordDialog"));
    QVERIFY(reset);
    QTest::keyClicks(reset->findChild<QLineEdit *>(QStringLiteral("newPassword")), QStringLiteral("agenda"));
    QTest::keyClicks(reset->findChild<QLineEdit *>(QStringLiteral("repeatPassword")), QStringLiteral("agenda"));
    pressOk(reset);
    QVERIFY(!ServerConnection::open(secretaryUrl, QStringLiteral("minutes")).ok());
    QVERIFY(ServerConnection::open(secretaryUrl, QStringLiteral("agenda")).ok());
    // The administrator's own login cannot be disabled.
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text() == admin.value())
            table->selectRow(r);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY2(status->text().contains(QStringLiteral("your own")), qPrintable(status->text()));
    dialog->accept();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    // The administrator's own password, saved in the keychain.
    QTest::mouseClick(change, Qt::LeftButton);
    auto *own = page.findChild<ChangePasswordDialog *>();
    QVERIFY(own);
    QTest::keyClicks(own->findChild<QLineEdit *>(QStringLiteral("currentPassword")), QStringLiteral("wrong"));
    QTest::keyClicks(own->findChild<QLineEdit *>(QStringLiteral("newPassword")), QStringLiteral("new-admin-pw"));
    QTest::keyClicks(own->findChild<QLineEdit *>(QStringLiteral("repeatPassword")), QStringLiteral("new-admin-pw"));
    pressOk(own);
    auto *ownError = own->findChild<QLabel *>(QStringLiteral("error"));
    QVERIFY2(ownError->text().contains(QStringLiteral("not changed")), qPrintable(ownError->text()));
    screenshot(own, QStringLiteral("sync-change-password-refused"));
    auto *current = own->findChild<QLineEdit *>(QStringLiteral("currentPassword"));
    current->clear();
    QTest::keyClicks(current, PgTest::passwordOf(admin.value()));
    pressOk(own);
    QVERIFY2(account->text().contains(QStringLiteral("was changed")), qPrintable(account->text()));
    QCOMPARE(Credentials::read(Credentials::key(adminUrl)).password, QStringLiteral("new-admin-pw"));
    QVERIFY(ServerConnection::open(adminUrl, QStringLiteral("new-admin-pw")).ok());
    QVERIFY(!ServerConnection::open(adminUrl, PgTest::passwordOf(admin.value())).ok());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    screenshot(&page, QStringLiteral("sync-page-password-changed"));

    // A director manages no logins: told so, no dialog.
    auto *profiles = page.findChild<QComboBox *>(QStringLiteral("profiles"));
    profiles->setCurrentIndex(1);
    QTest::keyClicks(field, PgTest::passwordOf(director.value()));
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("signIn")), Qt::LeftButton);
    QVERIFY(finished.wait(60000) || finished.size() == 2);
    QTest::mouseClick(manage, Qt::LeftButton);
    QVERIFY(!page.findChild<LoginsDialog *>());
    QVERIFY2(account->text().contains(QStringLiteral("administrator")), qPrintable(account->text()));
    screenshot(&page, QStringLiteral("sync-page-director-no-logins"));
    QVERIFY(Credentials::forget(Credentials::key(adminUrl)));
    QVERIFY(Credentials::forget(Credentials::key(PgTest::as(server.value(), director.value()))));
}

QTEST_MAIN(TestAppSyncKeychain)
#include "tst_app_sync_keychain.moc"
