#include "app/cli.h"

#include "app/commands.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

namespace {

struct Command
{
    const char *name;
    int (*run)(const QStringList &, QTextStream &, QTextStream &);
};

const Command commandTable[] = {
    {"demo", &commands::demo},
    {"score", &commands::score},
    {"standings", &commands::standings},
    {"report", &commands::report},
    {"publish", &commands::publish},
    {"stats", &commands::stats},
    {"rules", &commands::rules},
    {"serve", &commands::serve},
    {"server", &commands::server},
    {"sync", &commands::sync},
    {"import", &commands::importData},
    {"mail", &commands::mail},
    {"calendar", &commands::calendar},
    {"scale", &commands::scale},
};

const Command *findCommand(const QString &word)
{
    for (const Command &c : commandTable)
        if (word == QLatin1String(c.name))
            return &c;
    return nullptr;
}

// The texts of this file, in the "cli" translation context; qualified calls (Tr::tr) let
// lupdate file them under the same context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

// `sabc FILE`: a first word that is no command and names an existing file (a command's name wins;
// `sabc ./demo` opens a file called demo).
bool isFileArgument(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    return !first.startsWith(u'-') && !findCommand(first) && QFileInfo(first).isFile();
}

} // namespace

namespace cli {

QString helpText()
{
    return Tr::tr(
        "Usage: sabc [--database FILE]\n"
        "       sabc FILE\n"
        "       sabc COMMAND [OPTIONS]\n"
        "\n"
        "SABC Tournament Manager runs a bass-fishing club: roster, tournaments, weigh-ins,\n"
        "points, Angler of the Year, money. Without a command it opens the window.\n"
        "\n"
        "Options:\n"
        "  --database FILE   the club database to open (default: club.sqlite in the\n"
        "                    app's data folder); sabc FILE opens FILE the same way\n"
        "  -h, --help        show this help\n"
        "  -v, --version     show the version\n"
        "\n"
        "Commands (they run without a display):\n"
        "  demo [--database FILE]\n"
        "        create the demo club in FILE (refuses a file that holds data)\n"
        "  score SHEET.csv [--ruleset NAME|FILE.json] [--dq-policy no_points|offset]\n"
        "        [--format csv|json|table]\n"
        "        score one tournament's weigh-in sheet\n"
        "  score --standings S1.csv S2.csv ...\n"
        "        season standings over several sheets\n"
        "  standings [--database FILE] [--season YEAR] [--format csv|json|table]\n"
        "        Angler of the Year standings from the club database\n"
        "  report KIND --database FILE [--season YEAR] --format pdf|csv --output FILE\n"
        "        a printable report; KIND is results (with --tournament YYYY-MM-DD),\n"
        "        standings, roster, dues or treasurer\n"
        "  publish --database FILE --output DIR [--season YEAR]\n"
        "        write the club's results site (seasons, standings, awards, tournaments,\n"
        "        calendar) into DIR: plain HTML and CSS to copy to any web host\n"
        "  rules show --database FILE --season YEAR\n"
        "        print the season's rules as JSON (what score --ruleset reads)\n"
        "  rules set --database FILE --season YEAR RULES.json\n"
        "        check RULES.json and store it as the season's rules (exit 2 naming the\n"
        "        setting when it is wrong; nothing is changed then)\n"
        "  serve --database FILE [--port N] [--listen ADDRESS]\n"
        "        share the leaderboard with phones on the local network (default port\n"
        "        8080 on every interface) until stopped\n"
        "  server init --server URL\n"
        "        set up or upgrade the club's PostgreSQL server (roles, sync tables, the\n"
        "        read-only views of schema club)\n"
        "  server add-user NAME --role director|secretary|treasurer|admin|reader\n"
        "        --server URL [--password-stdin]   create an officer's login on the server\n"
        "        (reader: a login that only reads the views of schema club, for a web site\n"
        "        or a reporting tool)\n"
        "  sync --database FILE --server URL\n"
        "        sync FILE with the server; prints pushed N, pulled M, conflicts K\n"
        "        (exit 3 when the server refused some changes)\n"
        "        URL: postgresql://USER@HOST:PORT/DATABASE?sslmode=MODE; the password comes\n"
        "        from the keychain, PGPASSWORD or ~/.pgpass\n"
        "  import web --from URL --database FILE [--dry-run]\n"
        "        bring the club's history in from its web app's PostgreSQL database (read\n"
        "        only; URL and password as for sync); FILE is created when missing; prints\n"
        "        what came in, what was left out and what needs a look\n") +
           // (Each later command's lines are their own text, so the long text above keeps its
           // translation.)
           Tr::tr("  mail results --database FILE --tournament YYYY-MM-DD --smtp URL [--dry-run]\n"
                  "  mail standings --database FILE --season YEAR --smtp URL [--dry-run]\n"
                  "        e-mail a tournament's results (PDF attached) or the season standings to\n"
                  "        the members who opted in, as BCC in batches; prints sent N to M recipients\n"
                  "        URL: smtp://[USER@]HOST:PORT[?security=starttls|tls|none]; the password\n"
                  "        comes from the keychain or SABC_SMTP_PASSWORD; --dry-run prints the\n"
                  "        recipients' count and the message without sending\n") +
           Tr::tr("  calendar --database FILE --season YEAR --output FILE.ics\n"
                  "        the season's tournaments and club events as an iCalendar file for\n"
                  "        phones and calendar programs\n") +
           Tr::tr("  stats --database FILE [--season YEAR] --format csv|json\n"
                  "        the club data tables (lakes, top ten big bass, limits and zeros,\n"
                  "        members and guests, winning weights, participation), one CSV section\n"
                  "        per table or one JSON object\n") +
           Tr::tr("  scale read --port DEVICE [--baud N] [--protocol ad|sics|PATTERN] [--count N]\n"
                  "        print each bag the scale weighs, once, as pounds (12.34), one a line,\n"
                  "        until N bags or Ctrl+C; lines that are no reading are skipped and\n"
                  "        counted on stderr (exit 1 when the port cannot be opened)\n");
}

bool isHeadless(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    // A first word that is not an option is a command, known or not, unless it names a file to
    // open: never open the window on an unknown command.
    if (findCommand(first) || (!first.startsWith(u'-') && !isFileArgument(arguments)))
        return true;
    for (const QString &a : arguments.mid(1))
        if (a == QLatin1String("-h") || a == QLatin1String("--help") ||
            a == QLatin1String("-v") || a == QLatin1String("--version"))
            return true;
    return false;
}

QString databaseToOpen(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--database") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(QLatin1String("--database=")))
            return arguments.at(i).mid(11);
    }
    return isFileArgument(arguments) ? arguments.at(1) : QString();
}

bool needsGraphics(const QStringList &arguments)
{
    // Reports and the mail of results (its PDF) draw with fonts.
    return arguments.size() >= 2 && (arguments.at(1) == QLatin1String("report") ||
                                      arguments.at(1) == QLatin1String("mail"));
}

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = arguments.mid(1);
    if (!args.isEmpty()) {
        if (const Command *command = findCommand(args.first())) {
            const int code = command->run(args.mid(1), out, err);
            out.flush();
            err.flush();
            return code;
        }
    }
    if (args.contains(QLatin1String("-v")) || args.contains(QLatin1String("--version"))) {
        out << QCoreApplication::applicationName() << ' ' << QStringLiteral(SABC_VERSION) << '\n';
        return 0;
    }
    if (args.contains(QLatin1String("-h")) || args.contains(QLatin1String("--help"))) {
        out << helpText();
        return 0;
    }
    err << Tr::tr("sabc: unknown command \"%1\". Try sabc --help.").arg(args.value(0)) << '\n';
    return 2;
}

} // namespace cli
