// `sabc publish --database FILE --output DIR [--season YEAR]`: the club's results site, a folder
// of static pages (SiteWriter) to copy to any web host. Exit 0 when written, 1 when it could not
// be (the folder, the file), 2 on bad arguments.
#include "app/commands.h"

#include "publish/sitewriter.h"
#include "store/store.h"

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

constexpr int exitFailed = 1;
constexpr int exitUsage = 2;

} // namespace

namespace commands {

int publish(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString usage =
        Tr::tr("Usage: sabc publish --database FILE --output DIR [--season YEAR]");
    QString database, output, seasonText;
    QStringList positional;
    const QHash<QString, QString *> options = {{QStringLiteral("database"), &database},
                                               {QStringLiteral("output"), &output},
                                               {QStringLiteral("season"), &seasonText}};
    if (const QString problem = commands::parseOptions(args, options, positional);
        !problem.isEmpty()) {
        err << Tr::tr("sabc publish: %1").arg(problem) << '\n' << usage << '\n';
        return exitUsage;
    }
    if (!positional.isEmpty()) {
        err << Tr::tr("sabc publish: unexpected argument \"%1\".").arg(positional.first()) << '\n'
            << usage << '\n';
        return exitUsage;
    }
    if (database.isEmpty()) {
        err << Tr::tr("sabc publish: name the club database with --database FILE.") << '\n'
            << usage << '\n';
        return exitUsage;
    }
    if (output.isEmpty()) {
        err << Tr::tr("sabc publish: say which folder to write the site to with --output DIR.")
            << '\n'
            << usage << '\n';
        return exitUsage;
    }
    QList<int> seasons;
    if (!seasonText.isEmpty()) {
        bool ok = false;
        const int season = seasonText.toInt(&ok);
        if (!ok || season < 1900 || season > 2200) {
            err << Tr::tr("sabc publish: \"%1\" is not a season; give a year like 2026.")
                       .arg(seasonText)
                << '\n';
            return exitUsage;
        }
        seasons.append(season);
    }
    // Publishing reads a club; it never creates an empty database where none was.
    if (!QFileInfo(database).isFile()) {
        err << Tr::tr("sabc publish: there is no club database at \"%1\".")
                   .arg(QDir::toNativeSeparators(database))
            << '\n';
        return exitFailed;
    }
    auto opened = Store::openForReading(database);
    if (!opened) {
        err << Tr::tr("sabc publish: %1").arg(opened.error()) << '\n';
        return exitFailed;
    }
    Store &store = *opened.value();
    if (!store.hasClub()) {
        err << Tr::tr("sabc publish: \"%1\" holds no club yet.")
                   .arg(QDir::toNativeSeparators(database))
            << '\n';
        return exitFailed;
    }
    auto site = SiteWriter::publish(store, output, seasons);
    if (!site) {
        err << Tr::tr("sabc publish: %1").arg(site.error()) << '\n';
        return exitFailed;
    }
    out << Tr::tr("Wrote %n file(s) to %1: ", nullptr, int(site->files.size()))
               .arg(QDir::toNativeSeparators(site->folder))
        << Tr::tr("%n season(s), ", nullptr, int(site->seasons.size()))
        << Tr::tr("%n tournament page(s).", nullptr, site->tournaments) << '\n';
    return 0;
}

} // namespace commands
