#include "reports/reportbuilders.h"

#include "itemmodels/rostermodel.h"
#include "itemmodels/standingsmodel.h"
#include "reports/reportchart.h"
#include "reports/resultsreport.h"
#include "reports/rosterreport.h"
#include "reports/treasuryreport.h"
#include "roster/anglerstore.h"
#include "roster/duespolicy.h"
#include "store/store.h"
#include "tournaments/rulesetstore.h"
#include "tournaments/tournamentstore.h"
#include "treasury/ledger.h"
#include "treasury/tournamentmoney.h"

#include <QHash>
#include <QLocale>

namespace {

QString clubName(Store &store)
{
    const QString name = store.club().name;
    return name.isEmpty() ? ReportBuilders::tr("Bass club") : name;
}

QString dateText(const QDate &date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

} // namespace

std::optional<ReportKind> ReportBuilders::kindFromName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("results"))
        return ReportKind::Results;
    if (key == QLatin1String("standings"))
        return ReportKind::Standings;
    if (key == QLatin1String("roster"))
        return ReportKind::Roster;
    if (key == QLatin1String("dues"))
        return ReportKind::Dues;
    if (key == QLatin1String("treasurer"))
        return ReportKind::Treasurer;
    return std::nullopt;
}

QStringList ReportBuilders::kindNames()
{
    return {QStringLiteral("results"), QStringLiteral("standings"), QStringLiteral("roster"),
            QStringLiteral("dues"), QStringLiteral("treasurer")};
}

Result<QString> ReportBuilders::tournamentOn(Store &store, const QDate &date, int season)
{
    using R = Result<QString>;
    if (!date.isValid())
        return R::failure(tr("Give the tournament's date as YYYY-MM-DD."));
    auto id = TournamentStore(store).tournamentOn(date, season);
    if (!id)
        return id;
    if (id->isEmpty())
        return R::failure(tr("There is no tournament on %1.").arg(date.toString(Qt::ISODate)));
    return id;
}

Result<Report> ReportBuilders::results(Store &store, const QString &tournamentId)
{
    // The weigh-in's results sheet, computed by the engine exactly as the leaderboard shows it.
    using R = Result<Report>;
    auto t = TournamentStore(store).tournament(tournamentId);
    if (!t)
        return R::failure(t.error());
    auto entries = TournamentStore(store).entries(tournamentId);
    if (!entries)
        return R::failure(entries.error());
    auto boats = TournamentStore(store).boats(tournamentId);
    if (!boats)
        return R::failure(boats.error());
    auto ruleset = RulesetStore(store).forTournament(t.value());
    if (!ruleset)
        return R::failure(ruleset.error());
    auto carryIn = TournamentStore(store).bigBassCarryIn(t.value());
    if (!carryIn)
        return R::failure(carryIn.error());
    const WeighInStandings standings =
        WeighInStandings::compute(TournamentStore::input(t.value(), entries.value(), boats.value()),
                                  ruleset.value(), carryIn.value());
    const QDateTime printedAt = store.clubTime().toLocal(QDateTime::currentDateTimeUtc());
    return ResultsReport::report(clubName(store), t.value(), standings, printedAt);
}

ReportBuilders::PointsRace ReportBuilders::pointsRace(const SeasonView &season, int leaders)
{
    PointsRace race;
    QList<int> columns; // tournament indexes that count
    for (int i = 0; i < season.tournaments.size(); ++i) {
        const ScoredTournament &t = season.tournaments.at(i);
        if (t.cancelled || t.format != TournamentFormat::Individual || t.result.entries.isEmpty())
            continue;
        columns.append(i);
        race.tournaments.append(QLocale().toString(t.date, QStringLiteral("MMM d")));
    }
    int shown = 0;
    for (const StandingRow &row : season.standings.rows) {
        if (shown >= leaders || row.rank == 0)
            break;
        QList<int> cumulative;
        int total = 0;
        for (int c : std::as_const(columns)) {
            for (const TournamentPoints &tp : row.tournaments)
                if (tp.tournament == c && tp.counted)
                    total += tp.points;
            cumulative.append(total);
        }
        race.anglers.append(row.anglerName);
        race.points.append(cumulative);
        ++shown;
    }
    return race;
}

QImage ReportBuilders::pointsRaceImage(const PointsRace &race, int season)
{
    QList<ChartSeries> series;
    for (int i = 0; i < race.anglers.size(); ++i) {
        ChartSeries s;
        s.name = race.anglers.at(i);
        s.color = ReportChart::color(i);
        for (int v : race.points.at(i))
            s.values.append(v);
        series.append(s);
    }
    return ReportChart::lines(tr("Angler of the Year %1: points race of the leaders").arg(season),
                              race.tournaments, series);
}

Result<Report> ReportBuilders::standings(Store &store, int season)
{
    using R = Result<Report>;
    auto view = SeasonViewLoader::load(store, season);
    if (!view)
        return R::failure(view.error());
    Report report(tr("Angler of the Year %1").arg(season), clubName(store));
    report.setBaseName(QStringLiteral("standings-%1").arg(season));
    if (view->teamSeason())
        report.addParagraph(tr("This season is fished as teams: there are no points and no "
                               "Angler of the Year; the team awards are below."));
    ReportTable table;
    table.title = tr("Standings");
    table.header = {tr("Rank"),       tr("Angler"), tr("Points"),
                    tr("All points"), tr("Events"), tr("Total weight")};
    table.rightAligned = {0, 2, 3, 4, 5};
    for (const StandingRow &r : view->standings.rows)
        table.rows.append({r.rank > 0 ? QString::number(r.rank) : QStringLiteral("–"), r.anglerName,
                           QString::number(r.points), QString::number(r.totalPoints),
                           QString::number(r.events), r.netWeight.toString()});
    report.addTable(table);
    if (view->ruleset.bestN > 0 || view->ruleset.minimumEvents > 0)
        report.addNote(tr("Best %1 tournaments count; at least %2 events to be ranked.")
                           .arg(view->ruleset.bestN)
                           .arg(view->ruleset.minimumEvents));

    ReportTable awards;
    awards.title = tr("Awards");
    awards.header = {tr("Award"), tr("Winner"), tr("Weight / wins"), tr("Tournament")};
    awards.rightAligned = {2};
    awards.inCsv = false;
    for (const Award &a : view->standings.awards) {
        if (a.winners.isEmpty()) {
            awards.rows.append({Award::title(a.kind), tr("not awarded"), QString(), QString()});
            continue;
        }
        for (const AwardWinner &w : a.winners) {
            const QString tournament = w.tournament >= 0 && w.tournament < view->tournaments.size()
                                           ? view->tournaments.at(w.tournament).name
                                           : QString();
            awards.rows.append({Award::title(a.kind), w.anglerNames.join(tr(" & ")),
                                w.count > 0 ? tr("%n win(s)", nullptr, w.count)
                                            : tr("%1 lb").arg(w.weight.toString()),
                                tournament});
        }
    }
    report.addTable(awards);
    const PointsRace race = pointsRace(view.value());
    if (!race.anglers.isEmpty() && !race.tournaments.isEmpty())
        report.addImage(pointsRaceImage(race, season),
                        tr("Counted points after each tournament, the top %n angler(s).", nullptr,
                           int(race.anglers.size())));
    return report;
}

Result<Report> ReportBuilders::roster(Store &store, int season)
{
    // The roster page's own export: the same model, columns and escaping.
    using R = Result<Report>;
    RosterModel model(&store);
    model.setSeason(season);
    if (Status s = model.reload(); !s)
        return R::failure(s.error());
    ReportHeading heading;
    heading.clubName = clubName(store);
    heading.season = season;
    heading.printedOn = store.clubTime().today();
    return RosterReport::report(&model, heading);
}

Result<Report> ReportBuilders::dues(Store &store, int season)
{
    using R = Result<Report>;
    auto lines = AnglerStore(&store).dues(season);
    if (!lines)
        return R::failure(lines.error());
    const QDate asOf =
        season == store.currentSeason() ? store.clubTime().today() : QDate(season, 12, 31);
    Report report(tr("Dues %1").arg(season), clubName(store));
    report.setBaseName(QStringLiteral("dues-%1").arg(season));
    ReportTable table;
    table.title = tr("Dues status");
    table.header = {tr("Angler"),
                    tr("Member"),
                    tr("Paid through"),
                    tr("Standing"),
                    tr("Paid in %1").arg(season),
                    tr("Last payment")};
    table.rightAligned = {2, 4};
    table.csvHeader = {tr("Angler"),
                       tr("Member"),
                       tr("Paid through"),
                       tr("Standing"),
                       tr("Paid in %1").arg(season),
                       tr("Last payment")};
    Money total;
    int good = 0;
    int overdue = 0;
    for (const DuesLine &line : lines.value()) {
        const bool standing = DuesPolicy::inGoodStanding(line.duesPaidThrough, asOf);
        (standing ? good : overdue) += 1;
        total += line.paid;
        const QString standingText = standing ? tr("good standing") : tr("dues owed");
        const QString through =
            line.duesPaidThrough > 0 ? QString::number(line.duesPaidThrough) : tr("never");
        const QString member = line.member ? tr("yes") : tr("no");
        table.rows.append(
            {line.name, member, through, standingText, line.paid.toString(), line.lastPayment});
        table.csvRows.append({line.name, member, through, standingText, line.paid.toPlainString(),
                              line.lastPayment});
    }
    table.rows.append({tr("Total"), QString(), QString(), QString(), total.toString(), QString()});
    table.boldRows.append(int(table.rows.size()) - 1);
    report.addTable(table);
    report.addNote(tr("%1 in good standing, %2 owing dues, as of %3. Dues collected in %4: %5.")
                       .arg(good)
                       .arg(overdue)
                       .arg(dateText(asOf))
                       .arg(season)
                       .arg(total.toString()));
    return report;
}

Result<Report> ReportBuilders::build(Store &store, ReportKind kind, int season,
                                     const QString &tournamentId)
{
    switch (kind) {
    case ReportKind::Results:
        return results(store, tournamentId);
    case ReportKind::Standings:
        return standings(store, season);
    case ReportKind::Roster:
        return roster(store, season);
    case ReportKind::Dues:
        return dues(store, season);
    case ReportKind::Treasurer:
        return TreasuryReport::build(store, season);
    }
    return Result<Report>::failure(tr("Unknown report."));
}
