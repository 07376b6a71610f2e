// sabc serve: shares the leaderboard on the local network until stopped, headless.
#include "app/commands.h"

#include "live/leaderboardserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace {
// The texts of this file, in the "commands" translation context; qualified calls (Tr::tr) let
// lupdate file them under the same context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(commands)
};
} // namespace

int commands::serve(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString usage = Tr::tr("Usage: sabc serve --database FILE [--port N] [--listen ADDRESS]");
    LeaderboardServer::Options options;
    QString database;
    QString port;
    QString listen;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        QString *target = nullptr;
        QString name = a;
        QString value;
        bool inlineValue = false;
        if (const qsizetype eq = a.indexOf(u'='); a.startsWith(QLatin1String("--")) && eq > 0) {
            name = a.left(eq);
            value = a.mid(eq + 1);
            inlineValue = true;
        }
        if (name == QLatin1String("--database"))
            target = &database;
        else if (name == QLatin1String("--port"))
            target = &port;
        else if (name == QLatin1String("--listen"))
            target = &listen;
        if (!target) {
            err << Tr::tr("sabc serve: unexpected argument \"%1\".").arg(a) << '\n'
                << usage << '\n';
            return 2;
        }
        if (!inlineValue) {
            if (i + 1 >= args.size()) {
                err << Tr::tr("sabc serve: %1 needs a value.").arg(name) << '\n' << usage << '\n';
                return 2;
            }
            value = args.at(++i);
        }
        *target = value;
    }
    if (database.isEmpty()) {
        err << Tr::tr("sabc serve: give the club database with --database FILE.") << '\n'
            << usage << '\n';
        return 2;
    }
    if (!QFileInfo(database).isFile()) {
        err << Tr::tr("There is no database file %1.").arg(QDir::toNativeSeparators(database))
            << '\n';
        return 2;
    }
    options.databasePath = database;
    if (!port.isEmpty()) {
        bool ok = false;
        const int n = port.toInt(&ok);
        if (!ok || n < 1 || n > 65535) {
            err << Tr::tr("sabc serve: the port must be a number from 1 to 65535, not \"%1\".")
                       .arg(port)
                << '\n';
            return 2;
        }
        options.port = quint16(n);
    }
    if (!listen.isEmpty()) {
        QHostAddress address;
        if (!address.setAddress(listen)) {
            err << Tr::tr("sabc serve: \"%1\" is not an IP address of this computer.").arg(listen)
                << '\n';
            return 2;
        }
        options.address = address;
    }
    LeaderboardServer server(options);
    if (Status s = server.start(); !s) {
        err << s.error() << '\n';
        err.flush();
        return 1;
    }
    out << Tr::tr("Sharing the leaderboard of %1 (read only).")
               .arg(QDir::toNativeSeparators(QFileInfo(database).absoluteFilePath()))
        << '\n'
        << Tr::tr("Phones on the same network can open:") << '\n';
    for (const QString &url : server.urls())
        out << "  " << url << '\n';
    out << Tr::tr("Press Ctrl+C to stop.") << '\n';
    out.flush();
    return QCoreApplication::exec();
}
