// `sabc report KIND --database FILE --season YEAR --format pdf|csv --output FILE`: the club's
// printable reports without the window, for scripts and for printing at the ramp. KIND is
// results (with --tournament DATE), standings, roster, dues or treasurer.
#include "app/commands.h"

#include "reports/reportbuilders.h"
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

constexpr int exitUsage = 1;
constexpr int exitFailed = 2;

struct ReportOptions
{
    QString kind;
    QString database;
    QString season;
    QString format;
    QString output;
    QString tournament;
};

// `--name value` and `--name=value`; returns an error message or empty.
QString parse(const QStringList &args, ReportOptions &o)
{
    QStringList positional;
    const QHash<QString, QString *> options = {
        {QStringLiteral("database"), &o.database},
        {QStringLiteral("season"), &o.season},
        {QStringLiteral("format"), &o.format},
        {QStringLiteral("output"), &o.output},
        {QStringLiteral("tournament"), &o.tournament}};
    if (const QString problem = commands::parseOptions(args, options, positional);
        !problem.isEmpty())
        return problem;
    if (positional.isEmpty())
        return Tr::tr("Name the report: %1.")
            .arg(ReportBuilders::kindNames().join(QStringLiteral(", ")));
    if (positional.size() > 1)
        return Tr::tr("Only one report at a time (got \"%1\").").arg(positional.join(u' '));
    o.kind = positional.first();
    return QString();
}

} // namespace

namespace commands {

int report(const QStringList &args, QTextStream &out, QTextStream &err)
{
    ReportOptions o;
    if (const QString problem = parse(args, o); !problem.isEmpty()) {
        err << Tr::tr("sabc report: %1").arg(problem) << '\n'
            << Tr::tr("Usage: sabc report results|standings|roster|dues|treasurer --database FILE "
                      "[--season YEAR] [--tournament YYYY-MM-DD] --format pdf|csv --output FILE")
            << '\n';
        return exitUsage;
    }
    const auto kind = ReportBuilders::kindFromName(o.kind);
    if (!kind) {
        err << Tr::tr("sabc report: there is no report \"%1\"; choose one of %2.")
                   .arg(o.kind, ReportBuilders::kindNames().join(QStringLiteral(", ")))
            << '\n';
        return exitUsage;
    }
    const QString format = o.format.trimmed().toLower();
    if (format != QLatin1String("pdf") && format != QLatin1String("csv")) {
        err << (o.format.isEmpty()
                    ? Tr::tr("sabc report: choose --format pdf or --format csv.")
                    : Tr::tr("sabc report: \"%1\" is not a report format; use pdf or csv.")
                          .arg(o.format))
            << '\n';
        return exitUsage;
    }
    if (o.output.isEmpty()) {
        err << Tr::tr("sabc report: say where to write the report with --output FILE.") << '\n';
        return exitUsage;
    }
    if (o.database.isEmpty()) {
        err << Tr::tr("sabc report: name the club database with --database FILE.") << '\n';
        return exitUsage;
    }
    // A report reads a club; it never creates an empty database where none was.
    if (!QFileInfo(o.database).isFile()) {
        err << Tr::tr("sabc report: there is no club database at \"%1\".")
                   .arg(QDir::toNativeSeparators(o.database))
            << '\n';
        return exitFailed;
    }
    int season = 0;
    if (!o.season.isEmpty()) {
        bool ok = false;
        season = o.season.toInt(&ok);
        if (!ok || season < 1900 || season > 2200) {
            err << Tr::tr("sabc report: \"%1\" is not a season; give a year like 2026.")
                       .arg(o.season)
                << '\n';
            return exitUsage;
        }
    }
    QDate tournamentDate;
    if (*kind == ReportKind::Results) {
        tournamentDate = QDate::fromString(o.tournament.trimmed(), Qt::ISODate);
        if (!tournamentDate.isValid()) {
            err << (o.tournament.isEmpty()
                        ? Tr::tr("sabc report: the results report needs --tournament YYYY-MM-DD.")
                        : Tr::tr("sabc report: \"%1\" is not a date; write it as YYYY-MM-DD.")
                              .arg(o.tournament))
                << '\n';
            return exitUsage;
        }
    }

    auto opened = Store::openForReading(o.database);
    if (!opened) {
        err << Tr::tr("sabc report: %1").arg(opened.error()) << '\n';
        return exitFailed;
    }
    Store &store = *opened.value();
    if (!store.hasClub()) {
        err << Tr::tr("sabc report: \"%1\" holds no club yet.")
                   .arg(QDir::toNativeSeparators(o.database))
            << '\n';
        return exitFailed;
    }
    if (season == 0)
        season = store.currentSeason();

    QString tournamentId;
    if (*kind == ReportKind::Results) {
        auto found =
            ReportBuilders::tournamentOn(store, tournamentDate, o.season.isEmpty() ? 0 : season);
        if (!found) {
            err << Tr::tr("sabc report: %1").arg(found.error()) << '\n';
            return exitFailed;
        }
        tournamentId = found.value();
    }
    auto built = ReportBuilders::build(store, *kind, season, tournamentId);
    if (!built) {
        err << Tr::tr("sabc report: %1").arg(built.error()) << '\n';
        return exitFailed;
    }
    const Status written =
        format == QLatin1String("pdf") ? built->writePdf(o.output) : built->writeCsv(o.output);
    if (!written) {
        err << Tr::tr("sabc report: %1").arg(written.error()) << '\n';
        return exitFailed;
    }
    out << Tr::tr("Wrote %1 (%2) to %3.")
               .arg(built->title(), format.toUpper(), QDir::toNativeSeparators(o.output))
        << '\n';
    return 0;
}

} // namespace commands
