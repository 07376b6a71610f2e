// sabc import web: brings the club's history in from its former web app's PostgreSQL database.
#include "app/commands.h"

#include "store/store.h"
#include "sync/credentials.h"
#include "sync/serverurl.h"
#include "sync/webimport/webreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace {
// The texts of this file, in the "commands" translation context; qualified calls (Tr::tr) let
// lupdate file them under the same context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(commands)
};

// A dry run must write nothing, not even the upgrade of an older file: it works on a copy.
Status copyForDryRun(const QString &path, const QString &copy)
{
    if (!QFileInfo::exists(path))
        return Status::success();
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        if (!QFileInfo::exists(path + suffix))
            continue;
        if (!QFile::copy(path + suffix, copy + suffix))
            return Status::failure(
                Tr::tr("sabc import web: could not read %1 for the dry run.").arg(path));
    }
    return Status::success();
}
} // namespace

int commands::importData(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString usage = Tr::tr("Usage: sabc import web --from postgresql://USER@HOST:PORT/DB"
                             "[?sslmode=...] --database FILE [--dry-run]");
    if (args.isEmpty() || args.first() != QLatin1String("web")) {
        err << usage << '\n';
        return 2;
    }
    QString path;
    QString from;
    bool dryRun = false;
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--database") && i + 1 < args.size())
            path = args.at(++i);
        else if (a.startsWith(QLatin1String("--database=")))
            path = a.mid(11);
        else if (a == QLatin1String("--from") && i + 1 < args.size())
            from = args.at(++i);
        else if (a.startsWith(QLatin1String("--from=")))
            from = a.mid(7);
        else if (a == QLatin1String("--dry-run"))
            dryRun = true;
        else {
            err << Tr::tr("sabc import web: unexpected argument \"%1\".").arg(a) << '\n'
                << usage << '\n';
            return 2;
        }
    }
    if (path.isEmpty() || from.isEmpty()) {
        err << usage << '\n';
        return 2;
    }
    auto url = ServerUrl::parse(from);
    if (!url) {
        err << url.error() << '\n';
        return 2;
    }

    QTemporaryDir scratch;
    QString target = path;
    if (dryRun) {
        if (!scratch.isValid()) {
            err << Tr::tr("sabc import web: no room for the dry run's scratch copy.") << '\n';
            return 1;
        }
        target = scratch.filePath(QStringLiteral("club.sqlite"));
        if (Status s = copyForDryRun(path, target); !s) {
            err << s.error() << '\n';
            return 1;
        }
    }
    // For scripts PGPASSWORD or ~/.pgpass (read by libpq when no password is given); otherwise
    // the password stored in the keychain for this address.
    QString password;
    if (qEnvironmentVariableIsEmpty("PGPASSWORD") &&
        !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        const Credentials::Lookup stored = Credentials::read(Credentials::key(url.value()), 5000);
        if (stored.state == Credentials::State::Found)
            password = stored.password;
    }
    // Read the web database before touching the club file: a server that cannot be reached
    // leaves no new file behind.
    auto snapshot = WebReader::read(url.value(), password);
    if (!snapshot) {
        err << Tr::tr("sabc import web: %1").arg(snapshot.error()) << '\n';
        return 1;
    }
    const bool existed = QFileInfo::exists(target);
    auto store = Store::open(target);
    if (!store) {
        err << Tr::tr("sabc import web: %1").arg(store.error()) << '\n';
        return 1;
    }
    WebImporter importer(*store.value());
    auto summary = importer.run(snapshot.value(), dryRun);
    if (!summary) {
        const QString file = store.value()->path();
        store.value().reset();
        if (!existed && !dryRun) {
            // A new file that took nothing is not left behind half made.
            QFile::remove(file);
            QFile::remove(file + QStringLiteral("-wal"));
            QFile::remove(file + QStringLiteral("-shm"));
        }
        err << Tr::tr("sabc import web: nothing was imported: %1").arg(summary.error()) << '\n';
        return 1;
    }
    out << summary.value().text();
    return 0;
}
