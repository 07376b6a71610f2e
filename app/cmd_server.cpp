// sabc server init / add-user: set up the club's PostgreSQL server and its officer logins.
#include "app/commands.h"

#include "sync/serverconnection.h"
#include "sync/serverschema.h"
#include "sync/serverurl.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace {

// The texts of this file, in the "commands" translation context; qualified calls (Tr::tr) let
// lupdate file them under the same context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(commands)
};

QString readLine(bool echo)
{
#ifdef Q_OS_UNIX
    termios saved{};
    const bool terminal = !echo && isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
#endif
    QFile in;
    QString line;
    if (in.open(stdin, QIODevice::ReadOnly))
        line = QString::fromUtf8(in.readLine());
#ifdef Q_OS_UNIX
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", stderr);
    }
#endif
    while (line.endsWith(u'\n') || line.endsWith(u'\r'))
        line.chop(1);
    return line;
}

// The password of the URL's user for administration: PGPASSWORD or ~/.pgpass (libpq reads them
// when no password is given), so nothing is passed here.
Result<std::unique_ptr<ServerConnection>> connect(const QString &text)
{
    auto url = ServerUrl::parse(text);
    if (!url)
        return Result<std::unique_ptr<ServerConnection>>::failure(url.error());
    return ServerConnection::open(url.value(), QString());
}

} // namespace

int commands::server(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString usage =
        Tr::tr("Usage: sabc server init --server URL\n"
               "       sabc server add-user NAME --role director|secretary|treasurer|admin|reader "
               "--server URL [--password-stdin]");
    if (args.isEmpty()) {
        err << usage << '\n';
        return 2;
    }
    const QString action = args.first();
    QString serverText;
    QString role;
    QString name;
    bool passwordStdin = false;
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--server") && i + 1 < args.size())
            serverText = args.at(++i);
        else if (a.startsWith(QLatin1String("--server=")))
            serverText = a.mid(9);
        else if (a == QLatin1String("--role") && i + 1 < args.size())
            role = args.at(++i);
        else if (a.startsWith(QLatin1String("--role=")))
            role = a.mid(7);
        else if (a == QLatin1String("--password-stdin"))
            passwordStdin = true;
        else if (!a.startsWith(u'-') && name.isEmpty() && action == QLatin1String("add-user"))
            name = a;
        else {
            err << Tr::tr("sabc server: unexpected argument \"%1\".").arg(a) << '\n'
                << usage << '\n';
            return 2;
        }
    }
    if (serverText.isEmpty()) {
        err << Tr::tr("sabc server: say which server with --server URL.") << '\n' << usage << '\n';
        return 2;
    }

    if (action == QLatin1String("init")) {
        auto server = connect(serverText);
        if (!server) {
            err << Tr::tr("Could not connect to the server: %1").arg(server.error()) << '\n';
            return 1;
        }
        auto before = ServerSchema::migrate(*server.value());
        if (!before) {
            err << before.error() << '\n';
            return 1;
        }
        if (before.value() == ServerSchema::latestVersion())
            out << Tr::tr("The server was already set up (version %1); nothing changed.")
                       .arg(ServerSchema::latestVersion())
                << '\n';
        else
            out << Tr::tr("The server is set up for the club (version %1).")
                       .arg(ServerSchema::latestVersion())
                << '\n';
        return 0;
    }

    if (action == QLatin1String("add-user")) {
        if (name.isEmpty() || role.isEmpty()) {
            err << Tr::tr("sabc server add-user: give the login NAME and its --role.") << '\n'
                << usage << '\n';
            return 2;
        }
        if (!ServerSchema::loginRoleNames().contains(role)) {
            err << Tr::tr("\"%1\" is not a role; use one of %2.")
                       .arg(role, ServerSchema::loginRoleNames().join(QStringLiteral(", ")))
                << '\n';
            return 2;
        }
        QString password;
        if (passwordStdin) {
            password = readLine(true);
        } else {
#ifdef Q_OS_UNIX
            if (!isatty(STDIN_FILENO)) {
                err << Tr::tr("sabc server add-user: no terminal to ask for the password; use "
                              "--password-stdin.")
                    << '\n';
                return 2;
            }
#endif
            err << Tr::tr("New password for %1: ").arg(name);
            err.flush();
            password = readLine(false);
            err << Tr::tr("Again: ");
            err.flush();
            if (readLine(false) != password) {
                err << Tr::tr("The two passwords differ; nothing was changed.") << '\n';
                return 1;
            }
        }
        if (password.isEmpty()) {
            err << Tr::tr("The password is empty; nothing was changed.") << '\n';
            return 1;
        }
        auto server = connect(serverText);
        if (!server) {
            err << Tr::tr("Could not connect to the server: %1").arg(server.error()) << '\n';
            return 1;
        }
        auto version = ServerSchema::version(*server.value());
        if (!version || version.value() == 0) {
            err << Tr::tr("The server is not set up for the club yet; run sabc server init first.")
                << '\n';
            return 1;
        }
        auto created = ServerSchema::addUser(*server.value(), name, role, password);
        if (!created) {
            err << created.error() << '\n';
            return 1;
        }
        out << (created.value() ? Tr::tr("Created the login \"%1\" (%2).")
                                : Tr::tr("Updated the login \"%1\" (%2)."))
                   .arg(name, role)
            << '\n';
        return 0;
    }
    err << Tr::tr("sabc server: unknown action \"%1\".").arg(action) << '\n' << usage << '\n';
    return 2;
}
