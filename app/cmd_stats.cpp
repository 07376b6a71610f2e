// `sabc stats --database FILE [--season YEAR] --format csv|json`: the club data tables (per-lake
// statistics, top ten big bass, limits and zeros, members and guests, winning weights by year and
// by lake, participation per tournament) as the Club data page shows them: one CSV section per
// table (its name on a line of its own, the header, the rows; an empty line between), or one
// JSON object with a member per table. Weights in pounds with two decimals, dates YYYY-MM-DD.
#include "app/commands.h"

#include "stats/clubdata.h"
#include "stats/clubhistory.h"
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

// As sabc report: 1 for a mistake on the command line, 2 when the club cannot be read.
constexpr int exitUsage = 1;
constexpr int exitFailed = 2;

} // namespace

namespace commands {

int stats(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QString database;
    QString seasonText;
    QString format;
    QStringList positional;
    const QString usage =
        Tr::tr("Usage: sabc stats --database FILE [--season YEAR] --format csv|json");
    if (const QString problem = parseOptions(args,
                                             {{QStringLiteral("database"), &database},
                                              {QStringLiteral("season"), &seasonText},
                                              {QStringLiteral("format"), &format}},
                                             positional);
        !problem.isEmpty() || !positional.isEmpty()) {
        err << Tr::tr("sabc stats: %1")
                   .arg(problem.isEmpty()
                            ? Tr::tr("unexpected \"%1\".").arg(positional.join(u' '))
                            : problem)
            << '\n'
            << usage << '\n';
        return exitUsage;
    }
    format = format.trimmed().toLower();
    if (format != QLatin1String("csv") && format != QLatin1String("json")) {
        err << (format.isEmpty()
                    ? Tr::tr("sabc stats: choose --format csv or --format json.")
                    : Tr::tr("sabc stats: \"%1\" is not a format; use csv or json.").arg(format))
            << '\n';
        return exitUsage;
    }
    if (database.isEmpty()) {
        err << Tr::tr("sabc stats: name the club database with --database FILE.") << '\n';
        return exitUsage;
    }
    int season = 0;
    if (!seasonText.isEmpty()) {
        bool ok = false;
        season = seasonText.toInt(&ok);
        if (!ok || season < 1900 || season > 2200) {
            err << Tr::tr("sabc stats: \"%1\" is not a season; give a year like 2026.")
                       .arg(seasonText)
                << '\n';
            return exitUsage;
        }
    }
    // Statistics read a club; they never create an empty database where none was.
    if (!QFileInfo(database).isFile()) {
        err << Tr::tr("sabc stats: there is no club database at \"%1\".")
                   .arg(QDir::toNativeSeparators(database))
            << '\n';
        return exitFailed;
    }
    auto opened = Store::openForReading(database);
    if (!opened) {
        err << Tr::tr("sabc stats: %1").arg(opened.error()) << '\n';
        return exitFailed;
    }
    Store &store = *opened.value();
    if (!store.hasClub()) {
        err << Tr::tr("sabc stats: \"%1\" holds no club yet.")
                   .arg(QDir::toNativeSeparators(database))
            << '\n';
        return exitFailed;
    }
    auto history = ClubHistoryLoader::load(store, season, ClubHistoryLoader::Standings::LeftOut);
    if (!history) {
        err << Tr::tr("sabc stats: %1").arg(history.error()) << '\n';
        return exitFailed;
    }
    const QList<StatsTable> tables = ClubData::compute(history.value(), season).tables();
    const QByteArray text = format == QLatin1String("csv") ? StatsTable::toCsv(tables)
                                                           : StatsTable::toJson(tables, season);
    out << QString::fromUtf8(text);
    out.flush();
    return 0;
}

} // namespace commands
