// The `sabc` command line, run as a real process without a display.
#include "app/cli.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

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
