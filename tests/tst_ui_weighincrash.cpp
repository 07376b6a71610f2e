// Crash test of the weigh-in: a child process (this test binary started again with
// SABC_WEIGHIN_CRASH_CHILD set) opens the club file and commits entries through the weigh-in
// page's entry line, printing one line per commit; the parent kills it with SIGKILL after N
// commits, reopens the file and finds every reported row and an intact database.
#include "itemmodels/weighinmodel.h"
#include "roster/anglerstore.h"
#include "tests/weighinfixture.h"
#include "ui/weighin/entryline.h"
#include "ui/weighin/weighinpage.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUndoStack>

#include <csignal>
#include <cstdio>
#include <sys/types.h>

namespace {
const char *const childVariable = "SABC_WEIGHIN_CRASH_CHILD";
const char *const tournamentVariable = "SABC_WEIGHIN_CRASH_TOURNAMENT";

// The child: commits one entry after another, as the director would, until it is killed.
int runChild()
{
    const QString path = qEnvironmentVariable(childVariable);
    auto store = Store::open(path);
    if (!store) {
        std::fprintf(stderr, "child: %s\n", qPrintable(store.error()));
        return 3;
    }
    QUndoStack stack;
    WeighInPage page(store.value().get(), &stack);
    page.setConfirmHandler([](const QString &) { return true; });
    if (Status s = page.setTournament(qEnvironmentVariable(tournamentVariable)); !s) {
        std::fprintf(stderr, "child: %s\n", qPrintable(s.error()));
        return 3;
    }
    page.show(); // the entry line behaves as on screen (its match list is visible)
    auto roster = AnglerStore(store.value().get()).choices(WeighInFixture::season);
    if (!roster)
        return 3;
    EntryLine *line = page.entryLine();
    int n = 0;
    for (const AnglerChoice &c : roster.value()) {
        // Pick the angler the way the keyboard does: type the name, Enter on the first match.
        line->anglerEdit()->setText(c.name);
        emit line->anglerEdit()->textEdited(c.name);
        QTest::keyClick(line->anglerEdit(), Qt::Key_Return);
        if (line->chosenAnglerId() != c.id)
            continue;
        line->fishEdit()->setText(QString::number(1 + n % 5));
        line->weightEdit()->setText(
            QStringLiteral("%1.%2").arg(2 + n % 5).arg(n % 100, 2, 10, QLatin1Char('0')));
        line->bigBassEdit()->setText(QStringLiteral("1.%1").arg(n % 100, 2, 10, QLatin1Char('0')));
        if (Status s = line->commit(); !s) {
            std::fprintf(stderr, "child: %s\n", qPrintable(s.error()));
            return 4;
        }
        ++n;
        std::printf("COMMITTED %d %s\n", n, qPrintable(c.id));
        std::fflush(stdout);
    }
    std::printf("DONE %d\n", n);
    std::fflush(stdout);
    for (;;) // wait to be killed
        QThread::sleep(1);
}
} // namespace

class TestUiWeighInCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedAfterCommits_data();
    void killedAfterCommits();
};

void TestUiWeighInCrash::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestUiWeighInCrash::killedAfterCommits_data()
{
    QTest::addColumn<int>("commits");
    QTest::newRow("1") << 1;
    QTest::newRow("7") << 7;
    QTest::newRow("30") << 30;
}

void TestUiWeighInCrash::killedAfterCommits()
{
    QFETCH(int, commits);
    WeighInFixture f;
    QVERIFY(f.open());
    for (int i = 0; i < 50; ++i)
        QVERIFY(
            !f.addAngler(QStringLiteral("Angler %1").arg(i, 2, 10, QLatin1Char('0')), i % 4 != 0)
                 .isEmpty());
    const QString tid = f.addTournament(QDate(2026, 6, 28), QStringLiteral("June"));
    QVERIFY(!tid.isEmpty());
    f.store.reset(); // the child writes; this process only reads afterwards

    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(childVariable), f.path());
    env.insert(QString::fromLatin1(tournamentVariable), tid);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForStarted());

    QStringList reported;
    QByteArray pending;
    while (reported.size() < commits) {
        if (!child.waitForReadyRead(30000))
            QFAIL(qPrintable(QStringLiteral("child stopped after %1 commits: %2")
                                 .arg(reported.size())
                                 .arg(QString::fromLocal8Bit(child.readAllStandardError()))));
        pending += child.readAllStandardOutput();
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0 && reported.size() < commits) {
            const QString lineText = QString::fromUtf8(pending.left(nl));
            pending.remove(0, nl + 1);
            if (lineText.startsWith(QLatin1String("COMMITTED ")))
                reported.append(lineText.section(u' ', 2));
            else if (lineText.startsWith(QLatin1String("DONE")))
                QFAIL(qPrintable(QStringLiteral("the child finished early: %1").arg(lineText)));
        }
    }
    // Killed mid-work: the child is probably inside its next transaction.
    QCOMPARE(::kill(pid_t(child.processId()), SIGKILL), 0);
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    auto reopened = Store::open(f.path());
    QVERIFY2(reopened.ok(), qPrintable(reopened.ok() ? QString() : reopened.error()));
    Store &store = *reopened.value();
    QSqlQuery check(store.database());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    auto rows = TournamentStore(store).entries(tid);
    QVERIFY(rows.ok());
    QVERIFY2(rows->size() >= commits, qPrintable(QString::number(rows->size())));
    QStringList stored;
    for (const EntryRecord &e : rows.value()) {
        stored.append(e.anglerId);
        QVERIFY(e.fish > 0 && e.gross.hundredths() > 0);
    }
    for (const QString &id : std::as_const(reported))
        QVERIFY2(stored.contains(id), qPrintable(id));
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet(childVariable)) {
        QApplication app(argc, argv);
        QStandardPaths::setTestModeEnabled(true);
        return runChild();
    }
    QApplication app(argc, argv);
    TestUiWeighInCrash test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ui_weighincrash.moc"
