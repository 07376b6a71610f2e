// `sabc rules show --database FILE --season YEAR` prints a season's rules as JSON, the shape
// `sabc score --ruleset FILE.json` reads; `sabc rules set --database FILE --season YEAR RULES.json`
// validates a JSON file of rules and stores it as the season's (exit 2 naming the setting on bad
// input, nothing changed). Keys left out of RULES.json keep the season's current values.
#include "app/commands.h"

#include "store/store.h"
#include "tournaments/rulesetstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
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

struct RulesOptions
{
    QString action;
    QString database;
    QString season;
    QString file;
};

QString parse(const QStringList &args, RulesOptions &o)
{
    QStringList positional;
    const QHash<QString, QString *> options = {
        {QStringLiteral("database"), &o.database},
        {QStringLiteral("season"), &o.season}};
    if (const QString problem = commands::parseOptions(args, options, positional);
        !problem.isEmpty())
        return problem;
    if (positional.isEmpty())
        return Tr::tr("Say show or set.");
    o.action = positional.takeFirst();
    if (o.action == QLatin1String("show")) {
        if (!positional.isEmpty())
            return Tr::tr("rules show takes no file (got \"%1\").").arg(positional.join(u' '));
    } else if (o.action == QLatin1String("set")) {
        if (positional.size() != 1)
            return Tr::tr("rules set needs one RULES.json file.");
        o.file = positional.first();
    } else {
        return Tr::tr("\"%1\" is not show or set.").arg(o.action);
    }
    if (o.database.isEmpty())
        return Tr::tr("Name the club database with --database FILE.");
    if (o.season.isEmpty())
        return Tr::tr("Name the season with --season YEAR.");
    return QString();
}

} // namespace

namespace commands {

int rules(const QStringList &args, QTextStream &out, QTextStream &err)
{
    RulesOptions o;
    if (const QString problem = parse(args, o); !problem.isEmpty()) {
        err << Tr::tr("sabc rules: %1").arg(problem) << '\n'
            << Tr::tr("Usage: sabc rules show --database FILE --season YEAR\n"
                  "       sabc rules set --database FILE --season YEAR RULES.json")
            << '\n';
        return exitUsage;
    }
    bool ok = false;
    const int season = o.season.toInt(&ok);
    if (!ok || season < 1900 || season > 2200) {
        err << Tr::tr("sabc rules: \"%1\" is not a season; give a year like 2026.").arg(o.season)
            << '\n';
        return exitUsage;
    }
    if (!QFileInfo(o.database).isFile()) {
        err << Tr::tr("sabc rules: there is no club database at \"%1\".")
                   .arg(QDir::toNativeSeparators(o.database))
            << '\n';
        return exitFailed;
    }
    QByteArray json;
    if (o.action == QLatin1String("set")) {
        QFile file(o.file);
        if (!file.open(QIODevice::ReadOnly)) {
            err << Tr::tr("sabc rules: cannot read %1: %2")
                       .arg(QDir::toNativeSeparators(o.file), file.errorString())
                << '\n';
            return exitFailed;
        }
        json = file.readAll();
    }

    auto opened = Store::open(o.database);
    if (!opened) {
        err << Tr::tr("sabc rules: %1").arg(opened.error()) << '\n';
        return exitFailed;
    }
    Store &store = *opened.value();
    if (!store.hasClub()) {
        err << Tr::tr("sabc rules: \"%1\" holds no club yet.")
                   .arg(QDir::toNativeSeparators(o.database))
            << '\n';
        return exitFailed;
    }
    RulesetStore rulesets(store);
    auto current = rulesets.seasonRules(season);
    if (!current) {
        err << Tr::tr("sabc rules: %1").arg(current.error()) << '\n';
        return exitFailed;
    }
    if (o.action == QLatin1String("show")) {
        out << QString::fromUtf8(current->rules.toJson());
        return 0;
    }

    auto parsed = Ruleset::fromJson(json, current->rules);
    if (!parsed) {
        err << Tr::tr("sabc rules: %1: %2").arg(QDir::toNativeSeparators(o.file), parsed.error())
            << '\n';
        return exitFailed;
    }
    auto rescored = rulesets.finalizedTournaments(season);
    if (!rescored) {
        err << Tr::tr("sabc rules: %1").arg(rescored.error()) << '\n';
        return exitFailed;
    }
    if (Status s = rulesets.setForSeason(season, parsed.value()); !s) {
        err << Tr::tr("sabc rules: %1").arg(s.error()) << '\n';
        return exitFailed;
    }
    out << Tr::tr("Stored the rules of season %1 (%2).").arg(season).arg(parsed->name) << '\n';
    if (!rescored->isEmpty())
        out << Tr::tr("Re-scored with them: %1.").arg(rescored->join(QStringLiteral(", "))) << '\n';
    return 0;
}

} // namespace commands
