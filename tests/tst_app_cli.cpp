// The `sabc` command line, run as a real process without a display; and how it treats files it
// must not change (empty files, healthy files in a read-only folder or on a full disk).
#include "app/cli.h"
#include "store/migrations.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

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
    void spanishOutputHasNoEnglish();
    void fileArgumentOpensTheClub();

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
    QProcessEnvironment environment(const QString &lang) const;
    QTemporaryDir m_dir;
    QString m_binary;
};

void TestAppCli::initTestCase()
{
    m_binary = qEnvironmentVariable("SABC_BINARY");
    QVERIFY2(QFile::exists(m_binary), "SABC_BINARY must name the built sabc executable");
    QVERIFY(m_dir.isValid());
}

QProcessEnvironment TestAppCli::environment(const QString &lang) const
{
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
    return env;
}

TestAppCli::Run TestAppCli::sabc(const QStringList &args, const QString &lang)
{
    QProcess p;
    p.setProcessEnvironment(environment(lang));
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

namespace {

QSet<QString> words(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("\\p{L}{2,}"));
    QSet<QString> found;
    for (auto it = word.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured().toLower());
    return found;
}

// The words of the English catalogue that Spanish does not write: every word of the source texts
// but those a translation writes of its own (not copied from its source, as the CSV columns
// "angler, fish y weight" or "SABC Tournament Manager" are).
QSet<QString> englishOnlyWords()
{
    QFile ts(QStringLiteral(SABC_SOURCE_DIR "/translations/sabc_es.ts"));
    if (!ts.open(QIODevice::ReadOnly))
        return {};
    QSet<QString> english;
    QSet<QString> spanish;
    QSet<QString> source;
    QXmlStreamReader xml(&ts);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = words(xml.readElementText());
            english.unite(source);
        } else if (xml.name() == QLatin1String("translation") ||
                   xml.name() == QLatin1String("numerusform")) {
            spanish.unite(words(xml.readElementText(QXmlStreamReader::IncludeChildElements))
                              .subtract(source));
        }
    }
    return english.subtract(spanish);
}

// What a command prints, without what stays English on purpose: options (--database), lists of
// values (csv|json), the command words after "sabc", the date format YYYY-MM-DD and file paths.
QString withoutCode(QString text, const QString &folder)
{
    text.remove(folder);
    static const QRegularExpression code(QStringLiteral(
        "--[\\w-]+|\\w+(\\|\\w+)+|\\bsabc \\w+|YYYY-MM-DD|\\S+\\.(csv|sqlite|pdf)\\b"));
    return text.remove(code);
}

} // namespace

// The command line speaks Spanish in a Spanish session: the score and standings tables (headers,
// yes/no, the status), a report's errors and a sheet's errors hold no word of the English
// catalogue, besides the club's data (anglers' names) and the words the commands take (csv,
// results, ...).
void TestAppCli::spanishOutputHasNoEnglish()
{
    const QSet<QString> englishOnly = englishOnlyWords();
    for (const char *w :
         {"place", "net", "weight", "yes", "member", "status", "line", "tournament"})
        QVERIFY2(englishOnly.contains(QLatin1String(w)), w);
    // The values the commands take, which Spanish messages name as they are, and Spanish words
    // spelled as English ones ("use" is Spanish for "use").
    const QSet<QString> commandWords =
        words(QStringLiteral("csv json table pdf results standings roster dues treasurer no_points "
                             "offset club lb dq use"));
    const QString es = QStringLiteral("es_ES.UTF-8");
    const QString db = m_dir.filePath(QStringLiteral("spanish.sqlite"));
    QCOMPARE(sabc({QStringLiteral("demo"), QStringLiteral("--database"), db}, es).code, 0);
    // The demo anglers' names: every word of the CSV rows (not the header).
    Run csv = sabc({QStringLiteral("standings"), QStringLiteral("--database"), db,
                    QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.code, 0);
    const QString demoNames = csv.out.section(u'\n', 1);

    QFile sheet(m_dir.filePath(QStringLiteral("hoja.csv")));
    QVERIFY(sheet.open(QIODevice::WriteOnly));
    sheet.write("angler,fish,weight,big_bass,dead,late,member\n"
                "Ana Anzuelo,5,12-5,4.5,1,0,1\nBeto Carpa,5,14.20,5.1,0,5,0\n"
                "Chuy Robalo,0,0,0,0,0,1\nDani Sinpez,0,0,0,0,0,0\n");
    sheet.close();
    const QString names = QStringLiteral("Ana Anzuelo Beto Carpa Chuy Robalo Dani Sinpez");
    QFile bad(m_dir.filePath(QStringLiteral("mala.csv")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("angler,fish,weight\nAna,5,10\nBeto,6,12\nChuy,2,pesado\n");
    bad.close();

    struct Case
    {
        QStringList args;
        int code;
        QString expected; // a Spanish phrase the output holds
        QString data;     // words of the input the output may repeat
    };
    const QList<Case> cases = {
        {{QStringLiteral("score"), sheet.fileName(), QStringLiteral("--format"),
          QStringLiteral("table")},
         0,
         QStringLiteral("Peso neto"),
         names},
        // The column's name as the sheet writes it.
        {{QStringLiteral("score"), bad.fileName()},
         2,
         QStringLiteral("línea 3"),
         QStringLiteral("Ana Beto Chuy pesado weight")},
        {{QStringLiteral("standings"), QStringLiteral("--database"), db, QStringLiteral("--format"),
          QStringLiteral("table")},
         0,
         QStringLiteral("Puntos"),
         demoNames},
        {{QStringLiteral("report"), QStringLiteral("results"), QStringLiteral("--database"), db,
          QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--output"),
          m_dir.filePath(QStringLiteral("r.csv")), QStringLiteral("--tournament"),
          QStringLiteral("1999-01-01")},
         2,
         QStringLiteral("torneo"),
         QString()},
        {{QStringLiteral("report")}, 1, QStringLiteral("Uso:"), QString()},
        {{QStringLiteral("report"), QStringLiteral("roster"), QStringLiteral("--database"),
          m_dir.filePath(QStringLiteral("ninguna.sqlite")), QStringLiteral("--format"),
          QStringLiteral("pdf"), QStringLiteral("--output"),
          m_dir.filePath(QStringLiteral("r.pdf"))},
         2,
         QStringLiteral("base de datos"),
         QString()},
        {{QStringLiteral("score"), QStringLiteral("--format"), QStringLiteral("xml"),
          sheet.fileName()},
         1,
         QStringLiteral("Formato desconocido"),
         QStringLiteral("xml")},
    };
    for (const Case &c : cases) {
        Run r = sabc(c.args, es);
        const QString shown = c.args.join(u' ') + QStringLiteral(":\n") + r.out + r.err;
        QVERIFY2(r.code == c.code, qPrintable(shown));
        QVERIFY2(!(r.out + r.err).trimmed().isEmpty(), qPrintable(shown));
        QVERIFY2((r.out + r.err).contains(c.expected), qPrintable(shown));
        QSet<QString> english =
            words(withoutCode(r.out + r.err, m_dir.path())).intersect(englishOnly);
        english.subtract(commandWords).subtract(words(c.data));
        QVERIFY2(english.isEmpty(), qPrintable(QStringList(english.values()).join(u' ') +
                                               QStringLiteral(" in ") + shown));
    }
}

// `sabc FILE` opens FILE in the window as `sabc --database FILE` does ("Open with" from a file
// manager runs the desktop file's `sabc %f`); a command's name stays a command, and a word that
// is neither a command nor a file stays an unknown command.
void TestAppCli::fileArgumentOpensTheClub()
{
    const QString club = m_dir.filePath(QStringLiteral("Mi club.sabc"));
    QCOMPARE(sabc({QStringLiteral("demo"), QStringLiteral("--database"), club}).code, 0);
    const QString program = QStringLiteral("sabc");
    QCOMPARE(cli::databaseToOpen({program, club}), club);
    QVERIFY(!cli::isHeadless({program, club}));
    QCOMPARE(cli::databaseToOpen({program, QStringLiteral("--database"), club}), club);
    QCOMPARE(cli::databaseToOpen({program, QStringLiteral("--database=") + club}), club);
    QCOMPARE(cli::databaseToOpen({program}), QString());
    QVERIFY(cli::isHeadless({program, QStringLiteral("demo")}));
    QVERIFY(cli::isHeadless({program, m_dir.filePath(QStringLiteral("none.sabc"))}));
    QCOMPARE(cli::databaseToOpen({program, m_dir.filePath(QStringLiteral("none.sabc"))}),
             QString());
    QVERIFY(cli::isHeadless({program, m_dir.path()})); // a folder is no club file
    Run missing = sabc({m_dir.filePath(QStringLiteral("none.sabc"))});
    QCOMPARE(missing.code, 2);
    QVERIFY2(missing.err.contains(QStringLiteral("unknown command")), qPrintable(missing.err));

    // The real window, on the offscreen platform: it opens the file and remembers it as the last
    // one opened.
    QProcessEnvironment env = environment(QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QString config = m_dir.filePath(QStringLiteral("window-config"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    QProcess window;
    window.setProcessEnvironment(env);
    window.start(m_binary, {club});
    QVERIFY(window.waitForStarted());
    auto lastFile = [&] {
        return QSettings(config + QStringLiteral("/SABC/SABC Tournament Manager.conf"),
                         QSettings::IniFormat)
            .value(QStringLiteral("lastFile"))
            .toString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(lastFile(), QFileInfo(club).absoluteFilePath(), 60000);
    QCOMPARE(window.state(), QProcess::Running);
    window.kill();
    window.waitForFinished();
}

QTEST_GUILESS_MAIN(TestAppCli)
#include "tst_app_cli.moc"
