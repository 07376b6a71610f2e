// The `sabc` command line, run as a real process without a display; and how it treats files it
// must not change (empty files, healthy files in a read-only folder or on a full disk).
#include "store/migrations.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

class TestAppCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void helpAndVersion();
    void helpInSpanish();
    void demoCreatesAndRefusesToOverwrite();
    void demoRefusesJunkFile();
    void unknownCommand();
    void readCommandsNeverWriteEmptyFiles();
    void healthyFileInReadOnlyFolder();
    void healthyFileOnFullDisk();
    void failedBackupLeavesNothing();
    void rulesShowAndSetRoundTrip();

private:
    struct Run
    {
        int code;
        QString out;
        QString err;
    };
    Run sabc(const QStringList &args, const QString &lang = QStringLiteral("C.UTF-8"));
    // Runs a shell script with $SABC naming the binary.
    Run shell(const QString &script);
    // A full disk: a small tmpfs mounted in a private mount namespace (unshare), with $SABC and
    // the script's files inside it; empty when this machine allows no such namespace.
    QString fullDiskScript(const QString &setup, const QString &commands);
    QTemporaryDir m_dir;
    QString m_binary;
};

void TestAppCli::initTestCase()
{
    m_binary = qEnvironmentVariable("SABC_BINARY");
    QVERIFY2(QFile::exists(m_binary), "SABC_BINARY must name the built sabc executable");
    QVERIFY(m_dir.isValid());
}

TestAppCli::Run TestAppCli::sabc(const QStringList &args, const QString &lang)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("LANG"), lang);
    env.insert(QStringLiteral("LC_ALL"), lang);
    env.remove(QStringLiteral("LANGUAGE"));
    p.setProcessEnvironment(env);
    p.start(m_binary, args);
    if (!p.waitForFinished(60000))
        return {-1, {}, QStringLiteral("timed out")};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

TestAppCli::Run TestAppCli::shell(const QString &script)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("SABC"), m_binary);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("sh"), {QStringLiteral("-c"), script});
    if (!p.waitForFinished(120000))
        return {-1, {}, QStringLiteral("timed out")};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Builds a club file at schema `version` (rollback journal, as the first versions wrote them).
bool buildAtVersion(const QString &path, int version)
{
    const QString name = QStringLiteral("build-") + QString::number(version);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const auto &step : migrations::steps()) {
            if (!ok || step.version > version)
                break;
            for (const QString &sql : step.statements)
                ok = ok && q.exec(sql);
        }
        ok = ok && q.exec(QStringLiteral("PRAGMA application_id = %1").arg(0x53414243)) &&
             q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

QString TestAppCli::fullDiskScript(const QString &setup, const QString &commands)
{
    Run probe = shell(QStringLiteral("unshare -rm sh -c 'd=$(mktemp -d) && mount -t tmpfs -o size=64k "
                                     "tmpfs \"$d\" && umount \"$d\"; rmdir \"$d\"'"));
    if (probe.code != 0)
        return {};
    // The mount hides the folder's files from the outside: everything the commands use is made
    // inside, after the mount. The disk is filled until it is full (dd stops on ENOSPC).
    return QStringLiteral("unshare -rm sh -c '"
                          "disk=$(mktemp -d) && mount -t tmpfs -o size=4m tmpfs \"$disk\" && "
                          "cd \"$disk\" && %1 && "
                          "(dd if=/dev/zero of=fill bs=4096 2>/dev/null; true) && "
                          "echo \"free: $(df -k --output=avail . | tail -1)\" && %2'")
        .arg(setup, commands);
}

// Issue #19 item 7: a command that only reads never writes: an empty (0-byte) file and an empty
// SQLite file stay exactly as they were, and the officer is told what the file is.
void TestAppCli::readCommandsNeverWriteEmptyFiles()
{
    const QString zero = m_dir.filePath(QStringLiteral("zero.sqlite"));
    {
        QFile f(zero);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    const QString emptySqlite = m_dir.filePath(QStringLiteral("empty-sqlite.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("empty"));
        db.setDatabaseName(emptySqlite);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("VACUUM")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("empty"));
    QVERIFY(QFileInfo(emptySqlite).size() > 0);
    for (const QString &file : {zero, emptySqlite}) {
        const QByteArray before = fileHash(file);
        const qint64 size = QFileInfo(file).size();
        for (const QStringList &args :
             {QStringList{QStringLiteral("standings"), QStringLiteral("--database"), file},
              QStringList{QStringLiteral("standings"), QStringLiteral("--database"), file,
                          QStringLiteral("--season"), QStringLiteral("2025"), QStringLiteral("--format"),
                          QStringLiteral("csv")},
              QStringList{QStringLiteral("report"), QStringLiteral("roster"), QStringLiteral("--database"),
                          file, QStringLiteral("--season"), QStringLiteral("2025"), QStringLiteral("--format"),
                          QStringLiteral("csv"), QStringLiteral("--output"),
                          m_dir.filePath(QStringLiteral("roster.csv"))}}) {
            Run r = sabc(args);
            QVERIFY2(r.code != 0, qPrintable(args.join(u' ') + QStringLiteral(": ") + r.out));
            QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
            QVERIFY2(r.err.contains(QStringLiteral("holds no club database")) &&
                         r.err.contains(QStringLiteral("left unchanged")),
                     qPrintable(r.err));
            QCOMPARE(QFileInfo(file).size(), size);
            QCOMPARE(fileHash(file), before);
            QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
            QVERIFY(!QFile::exists(file + QStringLiteral("-journal")));
        }
    }
}

// Issue #19 item 6: a healthy club file in a folder this user may not write is read by the read
// commands (read-only), and a command that must write says the place is read-only, not that
// the file is damaged.
void TestAppCli::healthyFileInReadOnlyFolder()
{
    const QString folder = m_dir.filePath(QStringLiteral("readonly"));
    QVERIFY(QDir().mkpath(folder));
    const QString file = folder + QStringLiteral("/club.sqlite");
    Run demo = sabc({QStringLiteral("demo"), QStringLiteral("--database"), file});
    QVERIFY2(demo.code == 0, qPrintable(demo.err));
    const QByteArray before = fileHash(file);
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                                              QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    // root may write anywhere: it runs the commands without the capability to bypass permissions.
    const QString as = ::geteuid() == 0 ? QStringLiteral("setpriv --bounding-set -dac_override,-dac_read_search "
                                                        "--inh-caps -all -- ")
                                        : QString();
    if (!as.isEmpty() && shell(as + QStringLiteral("true")).code != 0)
        QSKIP("running as root without the right to drop capabilities (setpriv)");
    Run canWrite = shell(as + QStringLiteral("touch '%1/probe'").arg(folder));
    QVERIFY2(canWrite.code != 0, "the folder should be read-only for the commands");

    Run standings = shell(as + QStringLiteral("\"$SABC\" standings --database '%1' --season 2025 "
                                              "--format csv").arg(file));
    QVERIFY2(standings.code == 0, qPrintable(standings.err));
    QVERIFY2(standings.out.startsWith(QStringLiteral("rank,angler,points")), qPrintable(standings.out));
    QVERIFY2(standings.out.count(u'\n') > 10, qPrintable(standings.out));
    Run report = shell(as + QStringLiteral("\"$SABC\" report roster --database '%1' --season 2025 "
                                           "--format csv --output '%2'")
                                .arg(file, m_dir.filePath(QStringLiteral("ro-roster.csv"))));
    QVERIFY2(report.code == 0, qPrintable(report.err));

    // sabc sync opens the file to write it: told that the place is read-only.
    Run sync = shell(as + QStringLiteral("\"$SABC\" sync --database '%1' --server "
                                         "postgresql://nobody@127.0.0.1:1/club").arg(file));
    QCOMPARE(sync.code, 1);
    QVERIFY2(!sync.err.contains(QStringLiteral("damaged")), qPrintable(sync.err));
    QVERIFY2(sync.err.contains(QStringLiteral("read-only")), qPrintable(sync.err));
    QCOMPARE(fileHash(file), before);
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner));
}

// Issue #19 item 6: a healthy club file on a full disk is said to be on a full disk.
void TestAppCli::healthyFileOnFullDisk()
{
    const QString source = m_dir.filePath(QStringLiteral("full-source.sqlite"));
    Run demo = sabc({QStringLiteral("demo"), QStringLiteral("--database"), source});
    QVERIFY2(demo.code == 0, qPrintable(demo.err));
    const QString script = fullDiskScript(
        QStringLiteral("cp \"%1\" club.sqlite").arg(source),
        QStringLiteral("\"$SABC\" sync --database club.sqlite --server postgresql://nobody@127.0.0.1:1/club; "
                       "echo \"sync exit $?\"; \"$SABC\" standings --database club.sqlite --season 2025 "
                       "--format csv | head -2; sha256sum club.sqlite"));
    if (script.isEmpty())
        QSKIP("this machine allows no private mount namespace (unshare -rm) for a small full disk");
    Run r = shell(script);
    QVERIFY2(r.out.contains(QStringLiteral("free: 0")) || r.out.contains(QStringLiteral("free: ")),
             qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("sync exit 1")), qPrintable(r.out + r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("damaged")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("disk holding")) && r.err.contains(QStringLiteral("is full")),
             qPrintable(r.err));
    // Reading needs no space: the standings still come.
    QVERIFY2(r.out.contains(QStringLiteral("rank,angler,points")), qPrintable(r.out + r.err));
    // And the file is the one that was copied there.
    QVERIFY2(r.out.contains(QString::fromLatin1(fileHash(source).toHex())), qPrintable(r.out));
}

// Issue #19 item 7: a copy before an upgrade that cannot be written (the disk is full) leaves no
// 0-byte FILE.vN.bak behind, and the officer is told the upgrade did not happen.
void TestAppCli::failedBackupLeavesNothing()
{
    const int older = migrations::latestVersion() - 1;
    const QString source = m_dir.filePath(QStringLiteral("older.sqlite"));
    QVERIFY(buildAtVersion(source, older));
    // Some rows, so the copy needs more room than the full disk has.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fill"));
        db.setDatabaseName(source);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE ballast (x TEXT)")));
        QVERIFY(q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                      "WHERE i < 3000) INSERT INTO ballast SELECT hex(randomblob(200)) FROM n")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fill"));
    const QString bak = QStringLiteral("old.sqlite.v%1.bak").arg(older);
    const QString script = fullDiskScript(
        QStringLiteral("cp \"%1\" old.sqlite").arg(source),
        QStringLiteral("\"$SABC\" standings --database old.sqlite --season 2025; echo \"exit $?\"; "
                       "ls; sha256sum old.sqlite"));
    if (script.isEmpty())
        QSKIP("this machine allows no private mount namespace (unshare -rm) for a small full disk");
    Run r = shell(script);
    QVERIFY2(r.out.contains(QStringLiteral("exit 2")) || r.out.contains(QStringLiteral("exit 1")),
             qPrintable(r.out + r.err));
    QVERIFY2(!r.out.contains(bak), qPrintable(r.out));
    QVERIFY2(r.err.contains(QStringLiteral("not upgraded")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("disk is full")), qPrintable(r.err));
    QVERIFY2(r.out.contains(QString::fromLatin1(fileHash(source).toHex())), qPrintable(r.out));
}

void TestAppCli::helpAndVersion()
{
    Run help = sabc({QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains(QStringLiteral("Usage: sabc")));
    QVERIFY(help.out.contains(QStringLiteral("score SHEET.csv")));
    Run version = sabc({QStringLiteral("--version")});
    QCOMPARE(version.code, 0);
    QVERIFY2(version.out.contains(QStringLiteral(SABC_VERSION)), qPrintable(version.out));
}

void TestAppCli::helpInSpanish()
{
    Run help = sabc({QStringLiteral("--help")}, QStringLiteral("es_ES.UTF-8"));
    QCOMPARE(help.code, 0);
    QVERIFY2(help.out.contains(QStringLiteral("Uso: sabc")), qPrintable(help.out));
    QVERIFY(help.out.contains(QStringLiteral("Opciones")));
    // Command words and options are not translated: scripts depend on them.
    QVERIFY(help.out.contains(QStringLiteral("--database")));
    QVERIFY(help.out.contains(QStringLiteral("score SHEET.csv")) ||
            help.out.contains(QStringLiteral("score ")));
}

void TestAppCli::demoCreatesAndRefusesToOverwrite()
{
    const QString db = m_dir.filePath(QStringLiteral("demo.sqlite"));
    Run first = sabc({QStringLiteral("demo"), QStringLiteral("--database"), db});
    QVERIFY2(first.code == 0, qPrintable(first.err));
    QVERIFY(first.out.contains(QStringLiteral("demo club")));
    QFile f(db);
    QVERIFY(f.exists());
    const qint64 size = f.size();
    Run second = sabc({QStringLiteral("demo"), QStringLiteral("--database"), db});
    QCOMPARE(second.code, 1);
    QVERIFY2(second.err.contains(QStringLiteral("already holds a club")), qPrintable(second.err));
    QCOMPARE(second.out, QString());
    QCOMPARE(QFile(db).size(), size);
    Run keep = sabc({QStringLiteral("demo"), QStringLiteral("--database"), db, QStringLiteral("--keep-existing")});
    QCOMPARE(keep.code, 0);
}

void TestAppCli::demoRefusesJunkFile()
{
    const QString junk = m_dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("shopping list: worms, line, snacks\n");
    }
    Run r = sabc({QStringLiteral("demo"), QStringLiteral("--database"), junk});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("notes.txt")), qPrintable(r.err));
    QFile f(junk);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("shopping list: worms, line, snacks\n"));
}

void TestAppCli::unknownCommand()
{
    Run r = sabc({QStringLiteral("fly-fish")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("unknown command")), qPrintable(r.err));
    QCOMPARE(r.out, QString());
}

// Issue 15: `sabc rules show` prints what `sabc score --ruleset FILE.json` reads; `sabc rules set`
// stores it back, and refuses (exit 2, the setting named, nothing changed) a split that does not
// add up to the fee.
void TestAppCli::rulesShowAndSetRoundTrip()
{
    const QString db = m_dir.filePath(QStringLiteral("rules.sqlite"));
    QCOMPARE(sabc({QStringLiteral("demo"), QStringLiteral("--database"), db}).code, 0);
    const QString season = QString::number(QDate::currentDate().year());
    const QStringList show = {QStringLiteral("rules"), QStringLiteral("show"),
                              QStringLiteral("--database"), db, QStringLiteral("--season"), season};
    Run shown = sabc(show);
    QCOMPARE(shown.code, 0);
    QJsonParseError error;
    QJsonObject rules = QJsonDocument::fromJson(shown.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(rules.value(QStringLiteral("fee")).toInt(), 2500);
    QVERIFY(rules.contains(QStringLiteral("best_n")));

    // The same shape `sabc score --ruleset` reads.
    const QString rulesFile = m_dir.filePath(QStringLiteral("rules.json"));
    rules.insert(QStringLiteral("best_n"), 6);
    rules.insert(QStringLiteral("minimum_events"), 4);
    {
        QFile f(rulesFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(rules).toJson());
    }
    const QString sheet = m_dir.filePath(QStringLiteral("sheet.csv"));
    {
        QFile f(sheet);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("angler,fish,weight\nA,5,10\nB,4,12\n");
    }
    Run scored = sabc({QStringLiteral("score"), sheet, QStringLiteral("--ruleset"), rulesFile});
    QVERIFY2(scored.code == 0, qPrintable(scored.err));

    // Stored and shown again.
    Run set = sabc({QStringLiteral("rules"), QStringLiteral("set"), QStringLiteral("--database"), db,
                    QStringLiteral("--season"), season, rulesFile});
    QVERIFY2(set.code == 0, qPrintable(set.err));
    Run again = sabc(show);
    QCOMPARE(again.code, 0);
    const QJsonObject stored = QJsonDocument::fromJson(again.out.toUtf8()).object();
    QCOMPARE(stored, rules);

    // A split that does not add up: exit 2, the setting named, nothing changed.
    QJsonObject bad = rules;
    bad.insert(QStringLiteral("club_money"), 900);
    {
        QFile f(rulesFile);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(bad).toJson());
    }
    Run refused = sabc({QStringLiteral("rules"), QStringLiteral("set"), QStringLiteral("--database"),
                        db, QStringLiteral("--season"), season, rulesFile});
    QCOMPARE(refused.code, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("\"fee\"")), qPrintable(refused.err));
    QVERIFY(refused.out.isEmpty());
    QCOMPARE(QJsonDocument::fromJson(sabc(show).out.toUtf8()).object(), rules);
    // An unknown setting is named too.
    {
        QFile f(rulesFile);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{\"best_of\": 3}");
    }
    Run unknown = sabc({QStringLiteral("rules"), QStringLiteral("set"), QStringLiteral("--database"),
                        db, QStringLiteral("--season"), season, rulesFile});
    QCOMPARE(unknown.code, 2);
    QVERIFY2(unknown.err.contains(QStringLiteral("best_of")), qPrintable(unknown.err));
    // In --help.
    QVERIFY(sabc({QStringLiteral("--help")}).out.contains(QStringLiteral("rules set --database")));
}

QTEST_GUILESS_MAIN(TestAppCli)
#include "tst_app_cli.moc"
