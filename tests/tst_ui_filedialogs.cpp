// The app's file dialogs must not cost it its database locks (ui/common/filedialog.h). The test
// runs the app's side in a child process (this executable, SABC_DIALOG_CHILD set): it opens the
// club file, saves an edit, shows a file dialog in the club's folder, then waits. Meanwhile
// another process (sabc report) reads the file; if the app had lost its locks, that process
// deletes the -wal and -shm the app still has open. The child then saves a second edit and is
// killed with SIGKILL: both edits must be in the file, and the report must have seen them.
#include "roster/anglerstore.h"
#include "store/store.h"
#include "ui/common/filedialog.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>
#include <unistd.h>
#include <iostream>
#include <string>

namespace {

const char *childVariable = "SABC_DIALOG_CHILD";

QString clubFile(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("club.sqlite"));
}

bool addAngler(Store *store, const QString &name)
{
    Angler a;
    a.fullName = name;
    AnglerStore people(store);
    auto valid = people.validated(a);
    return valid && people.insertAngler(valid.value()).ok();
}

void say(const char *line)
{
    std::fputs(line, stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// The app's side: open, edit, show the dialog named by `mode` in the club folder, edit, wait.
int runChild(const QString &dir, const QString &mode)
{
    auto store = Store::open(clubFile(dir));
    if (!store || !addAngler(store->get(), QStringLiteral("Before Dialog"))) {
        say("failed");
        return 1;
    }
    const QString filter = QStringLiteral("Club databases (*.sqlite);;All files (*)");
    QFileDialog *dialog = nullptr;
    if (mode == QLatin1String("open"))
        dialog = FileDialog::create(nullptr, QStringLiteral("Open"), dir, filter,
                                    QFileDialog::AcceptOpen);
    else if (mode == QLatin1String("save"))
        dialog = FileDialog::create(nullptr, QStringLiteral("Save"),
                                    QDir(dir).filePath(QStringLiteral("roster.csv")), filter,
                                    QFileDialog::AcceptSave);
    else {
        // Qt's own dialog as it comes, to show that this test sees the lost locks.
        dialog = new QFileDialog(nullptr, QStringLiteral("Plain"), dir, filter);
        dialog->setOption(QFileDialog::DontUseNativeDialog);
    }
    dialog->setViewMode(QFileDialog::Detail); // the Type column asks for every file's type
    dialog->show();
    QElapsedTimer shown;
    shown.start();
    while (shown.elapsed() < 1500)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    dialog->close();
    delete dialog;
    say("dialog-done");

    std::string line;
    std::getline(std::cin, line); // "go": the other process has read the file
    if (!addAngler(store->get(), QStringLiteral("After Dialog"))) {
        say("failed");
        return 1;
    }
    say("committed");
    for (;;)
        QThread::sleep(1); // until killed
}

} // namespace

class TestUiFileDialogs : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void noPathOfOursUsesQtsFileDialogDirectly();
    void dialogKeepsTheLocks_data();
    void dialogKeepsTheLocks();

private:
    // Lines the child printed so far.
    bool waitFor(QProcess &child, const QByteArray &line, int ms = 30000);
    QStringList deletedClubFiles(qint64 pid) const;
    QString report(const QString &dir);

    QString m_binary;
};

void TestUiFileDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_binary = qEnvironmentVariable("SABC_BINARY");
    QVERIFY2(QFile::exists(m_binary), "SABC_BINARY must name the built sabc executable");
}

void TestUiFileDialogs::noPathOfOursUsesQtsFileDialogDirectly()
{
    // Every dialog goes through FileDialog; Qt's static functions would bring back the sniffing.
    QDirIterator it(QStringLiteral(SABC_SOURCE_DIR), {QStringLiteral("*.cpp")},
                    QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QLatin1String("/build")) || path.contains(QLatin1String("/tests/")))
            continue;
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        ++files;
        QVERIFY2(!text.contains("QFileDialog::get"), qPrintable(path));
    }
    QVERIFY(files > 50);
}

bool TestUiFileDialogs::waitFor(QProcess &child, const QByteArray &line, int ms)
{
    QElapsedTimer t;
    t.start();
    QByteArray seen;
    while (t.elapsed() < ms) {
        if (child.canReadLine() || child.waitForReadyRead(200)) {
            while (child.canReadLine()) {
                const QByteArray got = child.readLine().trimmed();
                if (got == line)
                    return true;
                if (got == "failed")
                    return false;
            }
        }
        if (child.state() == QProcess::NotRunning)
            return false;
    }
    return false;
}

QStringList TestUiFileDialogs::deletedClubFiles(qint64 pid) const
{
    QStringList deleted;
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    // The link text says " (deleted)" once the file is gone from its folder.
    const auto all = QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot;
    for (const QString &name : fds.entryList(all)) {
        const QByteArray link = QFile::encodeName(fds.filePath(name));
        char buffer[4096];
        const ssize_t n = ::readlink(link.constData(), buffer, sizeof buffer - 1);
        if (n <= 0)
            continue;
        const QString target = QString::fromLocal8Bit(buffer, int(n));
        if (target.contains(QLatin1String("club.sqlite")) &&
            target.endsWith(QLatin1String(" (deleted)")) && !deleted.contains(target))
            deleted << target;
    }
    return deleted;
}

QString TestUiFileDialogs::report(const QString &dir)
{
    const QString out = QDir(dir).filePath(QStringLiteral("../roster.csv"));
    QFile::remove(out);
    QProcess p;
    p.start(m_binary, {QStringLiteral("report"), QStringLiteral("roster"),
                       QStringLiteral("--database"), clubFile(dir), QStringLiteral("--season"),
                       QString::number(QDate::currentDate().year()), QStringLiteral("--format"),
                       QStringLiteral("csv"), QStringLiteral("--output"), out});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QStringLiteral("report failed: ") + QString::fromLocal8Bit(p.readAllStandardError());
    QFile f(out);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("no report written");
    return QString::fromUtf8(f.readAll());
}

void TestUiFileDialogs::dialogKeepsTheLocks_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<bool>("ours");
    QTest::newRow("open dialog") << QStringLiteral("open") << true;
    QTest::newRow("save dialog") << QStringLiteral("save") << true;
    QTest::newRow("Qt's plain dialog") << QStringLiteral("plain") << false;
}

void TestUiFileDialogs::dialogKeepsTheLocks()
{
    QFETCH(QString, mode);
    QFETCH(bool, ours);
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString dir = root.filePath(QStringLiteral("club"));
    QVERIFY(QDir().mkpath(dir));
    {
        auto store = Store::open(clubFile(dir));
        QVERIFY2(store.ok(), qPrintable(store.error()));
        QVERIFY(store.value()->createClub(QStringLiteral("Dialog Club"), "America/Chicago").ok());
    }

    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(childVariable), dir);
    env.insert(QStringLiteral("SABC_DIALOG_MODE"), mode);
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForStarted());
    QVERIFY2(waitFor(child, "dialog-done"), "the app side did not show its dialog");

    // Another process reads the club file while the app has it open.
    const QString first = report(dir);
    QVERIFY2(first.contains(QLatin1String("Before Dialog")), qPrintable(first));
    const QStringList deleted = deletedClubFiles(child.processId());

    child.write("go\n");
    QVERIFY2(waitFor(child, "committed"), "the app side did not save its second edit");
    const QString second = report(dir);
    child.kill(); // SIGKILL: nothing is flushed or closed
    QVERIFY(child.waitForFinished());

    auto store = Store::open(clubFile(dir));
    QVERIFY2(store.ok(), qPrintable(store.error()));
    auto people = AnglerStore(store->get()).anglers();
    QVERIFY(people.ok());
    QStringList names;
    for (const Angler &a : people.value())
        names << a.fullName;

    if (!ours) {
        // Qt's plain dialog: this is what the test must be able to see.
        if (deleted.isEmpty())
            qWarning("Qt's own dialog did not sniff the club file on this system; the lock "
                     "loss could not be reproduced here");
        else
            QVERIFY(!names.contains(QStringLiteral("After Dialog")) ||
                    !second.contains(QLatin1String("After Dialog")));
        return;
    }
    QVERIFY2(deleted.isEmpty(), qPrintable(deleted.join(QLatin1String(", "))));
    QVERIFY2(second.contains(QLatin1String("After Dialog")), qPrintable(second));
    QVERIFY2(names.contains(QStringLiteral("Before Dialog")), qPrintable(names.join(u',')));
    QVERIFY2(names.contains(QStringLiteral("After Dialog")), qPrintable(names.join(u',')));
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(childVariable)) {
        QApplication app(argc, argv);
        QStandardPaths::setTestModeEnabled(true);
        return runChild(qEnvironmentVariable(childVariable),
                        qEnvironmentVariable("SABC_DIALOG_MODE"));
    }
    QApplication app(argc, argv);
    TestUiFileDialogs test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ui_filedialogs.moc"
