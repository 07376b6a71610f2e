// `sabc calendar --database FILE --season YEAR --output FILE.ics` writes the season's tournaments
// and calendar events as an iCalendar file (RFC 5545) for members' phones. The club file is only
// read. Exit 0 when written, 1 on failure (no club, a file that cannot be written), 2 on bad
// arguments.
#include "app/commands.h"

#include "calendar/icalendar.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace {

// The texts of this file, in the "commands" translation context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(commands)
};

constexpr int exitFailed = 1;
constexpr int exitUsage = 2;

} // namespace

namespace commands {

int calendar(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QString database, seasonText, output;
    QStringList positional;
    const QHash<QString, QString *> options = {{QStringLiteral("database"), &database},
                                               {QStringLiteral("season"), &seasonText},
                                               {QStringLiteral("output"), &output}};
    QString problem = parseOptions(args, options, positional);
    if (problem.isEmpty() && !positional.isEmpty())
        problem = Tr::tr("Unexpected \"%1\".").arg(positional.join(u' '));
    if (problem.isEmpty() && database.isEmpty())
        problem = Tr::tr("Name the club database with --database FILE.");
    if (problem.isEmpty() && seasonText.isEmpty())
        problem = Tr::tr("Name the season with --season YEAR.");
    if (problem.isEmpty() && output.isEmpty())
        problem = Tr::tr("Say where to write the calendar with --output FILE.ics.");
    bool ok = false;
    const int season = seasonText.toInt(&ok);
    if (problem.isEmpty() && (!ok || season < 1900 || season > 2200))
        problem = Tr::tr("\"%1\" is not a season; give a year like 2026.").arg(seasonText);
    if (!problem.isEmpty()) {
        err << Tr::tr("sabc calendar: %1").arg(problem) << '\n'
            << Tr::tr("Usage: sabc calendar --database FILE --season YEAR --output FILE.ics")
            << '\n';
        return exitUsage;
    }
    if (!QFileInfo(database).isFile()) {
        err << Tr::tr("sabc calendar: there is no club database at \"%1\".")
                   .arg(QDir::toNativeSeparators(database))
            << '\n';
        return exitFailed;
    }
    auto opened = Store::openForReading(database);
    if (!opened) {
        err << Tr::tr("sabc calendar: %1").arg(opened.error()) << '\n';
        return exitFailed;
    }
    Store &store = *opened.value();
    if (!store.hasClub()) {
        err << Tr::tr("sabc calendar: \"%1\" holds no club yet.")
                   .arg(QDir::toNativeSeparators(database))
            << '\n';
        return exitFailed;
    }
    auto events = ICalendar::seasonEvents(store, season);
    if (!events) {
        err << Tr::tr("sabc calendar: %1").arg(events.error()) << '\n';
        return exitFailed;
    }
    if (Status s = ICalendar::writeSeason(store, season, output); !s) {
        err << Tr::tr("sabc calendar: %1").arg(s.error()) << '\n';
        return exitFailed;
    }
    out << Tr::tr("wrote %n event(s) of season %1 to %2", nullptr, int(events->size()))
               .arg(season)
               .arg(QDir::toNativeSeparators(output))
        << '\n';
    return 0;
}

} // namespace commands
