// `sabc score` and `sabc standings`: the scoring engine on the command line, for the treasurer
// and for scripts. Results go to `out`; messages, warnings and errors to `err`.
#include "app/commands.h"

#include "core/csv.h"
#include "scoring/ruleset.h"
#include "scoring/seasonscorer.h"
#include "scoring/tournamentscorer.h"
#include "scoring/weighinsheet.h"
#include "store/store.h"
#include "tournaments/seasonloader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// The texts of this file, in the "commands" translation context; qualified calls (Tr::tr) let
// lupdate file them under the same context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(commands)
};

enum class OutputFormat { Table, Csv, Json };

constexpr int exitUsage = 1;
constexpr int exitInvalidSheet = 2;

struct Options
{
    QStringList positional;
    QString ruleset;
    QString dqPolicy;
    QString format;
    QString database;
    QString season;
    bool standings = false;
};

// Splits `--name value` and `--name=value`; returns an error message or empty.
QString parseOptions(const QStringList &args, const QStringList &valued, const QStringList &flags,
                     Options &o)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (!arg.startsWith(QLatin1String("--")) || arg == QLatin1String("--")) {
            o.positional.append(arg);
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        bool hasValue = false;
        if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
            value = name.mid(eq + 1);
            name.truncate(eq);
            hasValue = true;
        }
        if (flags.contains(name)) {
            if (name == QLatin1String("standings"))
                o.standings = true;
            continue;
        }
        if (!valued.contains(name))
            return Tr::tr("Unknown option --%1.").arg(name);
        if (!hasValue) {
            if (i + 1 >= args.size())
                return Tr::tr("The option --%1 needs a value.").arg(name);
            value = args.at(++i);
        }
        if (name == QLatin1String("ruleset"))
            o.ruleset = value;
        else if (name == QLatin1String("dq-policy"))
            o.dqPolicy = value;
        else if (name == QLatin1String("format"))
            o.format = value;
        else if (name == QLatin1String("database"))
            o.database = value;
        else if (name == QLatin1String("season"))
            o.season = value;
    }
    return QString();
}

std::optional<OutputFormat> outputFormat(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key.isEmpty() || key == QLatin1String("table"))
        return OutputFormat::Table;
    if (key == QLatin1String("csv"))
        return OutputFormat::Csv;
    if (key == QLatin1String("json"))
        return OutputFormat::Json;
    return std::nullopt;
}

Result<Ruleset> loadRuleset(const QString &nameOrFile)
{
    if (nameOrFile.isEmpty())
        return Ruleset::sabc2025();
    if (nameOrFile.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ||
        QFileInfo(nameOrFile).isFile()) {
        QFile file(nameOrFile);
        if (!file.open(QIODevice::ReadOnly))
            return Result<Ruleset>::failure(
                Tr::tr("Cannot open the ruleset file %1: %2").arg(nameOrFile, file.errorString()));
        auto r = Ruleset::fromJson(file.readAll());
        if (!r)
            return Result<Ruleset>::failure(Tr::tr("%1: %2").arg(nameOrFile, r.error()));
        return r;
    }
    return Ruleset::builtIn(nameOrFile);
}

// A plain-text table: columns padded to their widest cell, numbers right-aligned.
QString textTable(const QStringList &header, const QList<QStringList> &rows,
                  const QList<bool> &rightAligned)
{
    QList<qsizetype> width(header.size(), 0);
    for (qsizetype c = 0; c < header.size(); ++c)
        width[c] = header.at(c).size();
    for (const QStringList &row : rows)
        for (qsizetype c = 0; c < row.size() && c < width.size(); ++c)
            width[c] = std::max(width.at(c), row.at(c).size());
    auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (c > 0)
                text += QStringLiteral("  ");
            const bool right = rightAligned.value(c);
            text += right ? cells.at(c).rightJustified(width.at(c))
                          : cells.at(c).leftJustified(width.at(c));
        }
        while (text.endsWith(u' '))
            text.chop(1);
        return text + u'\n';
    };
    QString text = line(header);
    for (const QStringList &row : rows)
        text += line(row);
    return text;
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

QString writeTournament(const TournamentResult &result, const Ruleset &ruleset, OutputFormat format)
{
    if (format == OutputFormat::Json) {
        QJsonArray entries;
        for (const ScoredEntry &e : result.entries) {
            QJsonObject o;
            o.insert(QStringLiteral("place"), e.place > 0 ? QJsonValue(e.place) : QJsonValue());
            o.insert(QStringLiteral("angler"), e.anglerName);
            o.insert(QStringLiteral("member"), e.member);
            o.insert(QStringLiteral("fish"), e.fish);
            o.insert(QStringLiteral("net_weight"), e.net.toString());
            o.insert(QStringLiteral("big_bass"), e.bigBass.toString());
            o.insert(QStringLiteral("points"), e.points);
            o.insert(QStringLiteral("status"), e.statusText());
            entries.append(o);
        }
        QJsonObject root;
        root.insert(QStringLiteral("ruleset"), ruleset.name);
        root.insert(QStringLiteral("dq_policy"), Ruleset::dqPolicyName(ruleset.dqPolicy));
        root.insert(QStringLiteral("entries"), entries);
        return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    }
    QList<QStringList> rows;
    for (const ScoredEntry &e : result.entries)
        rows.append({e.place > 0 ? QString::number(e.place) : QString(), e.anglerName,
                     yesNo(e.member), QString::number(e.fish), e.net.toString(),
                     e.bigBass.toString(), QString::number(e.points), e.statusText()});
    if (format == OutputFormat::Csv) {
        CsvWriter csv;
        csv.row({QStringLiteral("place"), QStringLiteral("angler"), QStringLiteral("member"),
                 QStringLiteral("fish"), QStringLiteral("net_weight"), QStringLiteral("big_bass"),
                 QStringLiteral("points"), QStringLiteral("status")});
        for (const QStringList &row : rows)
            csv.row(row);
        return csv.text();
    }
    // The table is for people: yes/no and the status in their language (CSV and JSON keep the
    // words scripts read).
    for (QStringList &row : rows) {
        row[2] = row.at(2) == QLatin1String("yes") ? Tr::tr("yes") : Tr::tr("no");
        if (row.at(7) == QLatin1String("zero"))
            row[7] = Tr::tr("zero");
        else if (row.at(7) == QLatin1String("buy-in"))
            row[7] = Tr::tr("buy-in");
        else if (row.at(7) == QLatin1String("dq"))
            row[7] = Tr::tr("dq");
    }
    return textTable({Tr::tr("Place"), Tr::tr("Angler"), Tr::tr("Member"), Tr::tr("Fish"),
                      Tr::tr("Net weight"), Tr::tr("Big bass"), Tr::tr("Points"), Tr::tr("Status")},
                     rows, {true, false, false, true, true, true, true, false});
}

QString writeStandings(const SeasonStandings &standings, OutputFormat format)
{
    if (format == OutputFormat::Json) {
        QJsonArray rows;
        for (const StandingRow &r : standings.rows) {
            QJsonObject o;
            o.insert(QStringLiteral("rank"), r.rank > 0 ? QJsonValue(r.rank) : QJsonValue());
            o.insert(QStringLiteral("angler"), r.anglerName);
            o.insert(QStringLiteral("points"), r.points);
            o.insert(QStringLiteral("net_weight"), r.netWeight.toString());
            o.insert(QStringLiteral("events"), r.events);
            rows.append(o);
        }
        QJsonArray awards;
        for (const Award &a : standings.awards) {
            QJsonArray winners;
            for (const AwardWinner &w : a.winners) {
                QJsonObject o;
                o.insert(QStringLiteral("anglers"), QJsonArray::fromStringList(w.anglerNames));
                if (a.kind == AwardKind::MostWins)
                    o.insert(QStringLiteral("wins"), w.count);
                else
                    o.insert(QStringLiteral("weight"), w.weight.toString());
                winners.append(o);
            }
            QJsonObject o;
            o.insert(QStringLiteral("award"), Award::title(a.kind));
            o.insert(QStringLiteral("winners"), winners);
            awards.append(o);
        }
        QJsonObject root;
        root.insert(QStringLiteral("standings"), rows);
        root.insert(QStringLiteral("awards"), awards);
        return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    }
    QList<QStringList> rows;
    for (const StandingRow &r : standings.rows)
        rows.append({r.rank > 0 ? QString::number(r.rank) : QString(), r.anglerName,
                     QString::number(r.points), r.netWeight.toString(), QString::number(r.events)});
    if (format == OutputFormat::Csv) {
        CsvWriter csv;
        csv.row({QStringLiteral("rank"), QStringLiteral("angler"), QStringLiteral("points"),
                 QStringLiteral("net_weight"), QStringLiteral("events")});
        for (const QStringList &row : rows)
            csv.row(row);
        return csv.text();
    }
    QString text = textTable({Tr::tr("Rank"), Tr::tr("Angler"), Tr::tr("Points"),
                              Tr::tr("Net weight"), Tr::tr("Events")},
                             rows, {true, false, true, true, true});
    for (const Award &a : standings.awards) {
        QStringList winners;
        for (const AwardWinner &w : a.winners)
            winners.append(
                a.kind == AwardKind::MostWins
                    ? Tr::tr("%1 (%2 wins)")
                          .arg(w.anglerNames.join(QStringLiteral(" & ")))
                          .arg(w.count)
                    : Tr::tr("%1 (%2 lb)")
                          .arg(w.anglerNames.join(QStringLiteral(" & ")), w.weight.toString()));
        text +=
            Tr::tr("%1: %2\n")
                .arg(Award::title(a.kind), winners.isEmpty() ? Tr::tr("not awarded")
                                                             : winners.join(QStringLiteral(", ")));
    }
    return text;
}

// Prints the sheet's warnings and errors; returns false when it has errors.
bool reportIssues(const QString &path, const WeighInSheet::Parsed &sheet, QTextStream &err)
{
    for (const EntryIssue &issue : sheet.issues) {
        const QString where =
            issue.line > 0 ? Tr::tr("%1 line %2").arg(path).arg(issue.line) : path;
        if (issue.severity == EntryIssue::Severity::Error)
            err << Tr::tr("%1: error: %2").arg(where, issue.message) << '\n';
        else
            err << Tr::tr("%1: warning: %2").arg(where, issue.message) << '\n';
    }
    return sheet.ok();
}

} // namespace

int commands::score(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Options o;
    const QString usage = Tr::tr("Usage: sabc score SHEET.csv [--ruleset NAME|FILE.json] "
                                 "[--dq-policy no_points|offset] [--format csv|json|table]\n"
                                 "       sabc score --standings S1.csv S2.csv ... [same options]");
    if (const QString problem = parseOptions(
            args,
            {QStringLiteral("ruleset"), QStringLiteral("dq-policy"), QStringLiteral("format")},
            {QStringLiteral("standings")}, o);
        !problem.isEmpty()) {
        err << problem << '\n' << usage << '\n';
        return exitUsage;
    }
    if (o.positional.isEmpty() || (!o.standings && o.positional.size() > 1)) {
        err << (o.positional.isEmpty() ? Tr::tr("Name the weigh-in sheet to score.")
                                       : Tr::tr("Score one sheet at a time, or use --standings."))
            << '\n'
            << usage << '\n';
        return exitUsage;
    }
    const auto format = outputFormat(o.format);
    if (!format) {
        err << Tr::tr("Unknown format \"%1\": use csv, json or table.").arg(o.format) << '\n';
        return exitUsage;
    }
    auto ruleset = loadRuleset(o.ruleset);
    if (!ruleset) {
        err << ruleset.error() << '\n';
        return exitUsage;
    }
    Ruleset rules = ruleset.value();
    if (!o.dqPolicy.isEmpty()) {
        const auto policy = Ruleset::dqPolicyFromName(o.dqPolicy);
        if (!policy) {
            err << Tr::tr("Unknown DQ policy \"%1\": use no_points or offset.").arg(o.dqPolicy)
                << '\n';
            return exitUsage;
        }
        rules.dqPolicy = *policy;
    }

    // Read and check every sheet before printing anything.
    QList<TournamentInput> tournaments;
    bool allValid = true;
    for (const QString &path : std::as_const(o.positional)) {
        const WeighInSheet::Parsed sheet = WeighInSheet::read(path, rules);
        allValid = reportIssues(path, sheet, err) && allValid;
        TournamentInput t;
        t.id = path;
        t.name = QFileInfo(path).completeBaseName();
        t.format = rules.format;
        t.entries = sheet.entries;
        tournaments.append(t);
    }
    if (!allValid) {
        err.flush();
        return exitInvalidSheet;
    }

    if (o.standings) {
        SeasonScorer season(rules, tournaments);
        out << writeStandings(season.standings(), *format);
    } else {
        out << writeTournament(TournamentScorer::score(tournaments.first(), rules), rules, *format);
    }
    out.flush();
    return 0;
}

int commands::standings(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Options o;
    const QString usage =
        Tr::tr("Usage: sabc standings [--database FILE] [--season YEAR] [--format csv|json|table]");
    if (const QString problem = parseOptions(
            args, {QStringLiteral("database"), QStringLiteral("season"), QStringLiteral("format")},
            {}, o);
        !problem.isEmpty()) {
        err << problem << '\n' << usage << '\n';
        return exitUsage;
    }
    // Without --database: the app's own club database; without --season: the club's season today.
    if (o.database.isEmpty())
        o.database = Store::defaultPath();
    bool seasonOk = o.season.isEmpty();
    int season = o.season.toInt(&seasonOk);
    if (o.season.isEmpty())
        seasonOk = true;
    if (!seasonOk || !o.positional.isEmpty()) {
        err << usage << '\n';
        return exitUsage;
    }
    const auto format = outputFormat(o.format);
    if (!format) {
        err << Tr::tr("Unknown format \"%1\": use csv, json or table.").arg(o.format) << '\n';
        return exitUsage;
    }
    if (!QFileInfo(o.database).isFile()) {
        err << Tr::tr("There is no database file %1.").arg(o.database) << '\n';
        return exitUsage;
    }
    auto store = Store::openForReading(o.database);
    if (!store) {
        err << store.error() << '\n';
        return exitUsage;
    }
    if (o.season.isEmpty())
        season = store.value()->currentSeason();
    auto loaded = SeasonLoader::load(store.value()->database(), season);
    if (!loaded) {
        err << loaded.error() << '\n';
        return exitUsage;
    }
    SeasonScorer scorer(loaded->ruleset, loaded->tournaments);
    out << writeStandings(scorer.standings(), *format);
    out.flush();
    return 0;
}
