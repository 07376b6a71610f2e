// sabc sync: one sync of a club database with the club's server, headless.
#include "app/commands.h"

#include "store/store.h"
#include "sync/credentials.h"
#include "sync/serverurl.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QDir>

namespace {
// The texts of this file, in the "commands" translation context; qualified calls (Tr::tr) let
// lupdate file them under the same context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(commands)
};
} // namespace

int commands::sync(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString usage = Tr::tr("Usage: sabc sync --database FILE --server URL");
    QString path;
    QString serverText;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--database") && i + 1 < args.size())
            path = args.at(++i);
        else if (a.startsWith(QLatin1String("--database=")))
            path = a.mid(11);
        else if (a == QLatin1String("--server") && i + 1 < args.size())
            serverText = args.at(++i);
        else if (a.startsWith(QLatin1String("--server=")))
            serverText = a.mid(9);
        else {
            err << Tr::tr("sabc sync: unexpected argument \"%1\".").arg(a) << '\n' << usage << '\n';
            return 2;
        }
    }
    if (path.isEmpty() || serverText.isEmpty()) {
        err << usage << '\n';
        return 2;
    }
    auto url = ServerUrl::parse(serverText);
    if (!url) {
        err << url.error() << '\n';
        return 2;
    }
    {
        // Creates a missing file as an empty club database (filled by the pull) and brings an
        // older one up to date.
        auto store = Store::open(path);
        if (!store) {
            err << store.error() << '\n';
            return 1;
        }
        path = store.value()->path();
    }
    // For scripts PGPASSWORD or ~/.pgpass (read by libpq when no password is given); otherwise
    // the password stored by the Sync page in the keychain.
    QString password;
    if (qEnvironmentVariableIsEmpty("PGPASSWORD") &&
        !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        const Credentials::Lookup stored = Credentials::read(Credentials::key(url.value()), 5000);
        if (stored.state == Credentials::State::Found)
            password = stored.password;
    }
    SyncEngine engine(path, url.value(), password);
    auto report = engine.run();
    if (!report) {
        err << Tr::tr("sabc sync: %1").arg(report.error()) << '\n';
        return 1;
    }
    out << report.value().summary() << '\n';
    for (const QString &r : report.value().refused)
        err << r << '\n';
    return report.value().complete() ? 0 : 3;
}
