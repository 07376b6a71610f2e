// The `sabc` command line, run as a real process without a display.
#include <QDate>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

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
    void rulesShowAndSetRoundTrip();

private:
    struct Run
    {
        int code;
        QString out;
        QString err;
    };
    Run sabc(const QStringList &args, const QString &lang = QStringLiteral("C.UTF-8"));
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
