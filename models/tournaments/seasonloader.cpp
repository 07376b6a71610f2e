#include "tournaments/seasonloader.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// Prepares and runs `sql` with the season bound; a message naming `what` on failure.
Status run(QSqlQuery &query, const QString &sql, int season, const QString &what)
{
    if (!query.prepare(sql))
        return Status::failure(SeasonLoader::tr("Could not read %1 from the database: %2")
                                   .arg(what, query.lastError().text()));
    query.bindValue(QStringLiteral(":season"), season);
    if (!query.exec())
        return Status::failure(SeasonLoader::tr("Could not read %1 from the database: %2")
                                   .arg(what, query.lastError().text()));
    return Status::success();
}

Weight hundredths(const QVariant &v)
{
    return Weight::fromHundredths(v.toInt());
}

} // namespace

Result<Ruleset> SeasonLoader::loadRuleset(const QSqlDatabase &db, int season)
{
    QSqlQuery q(db);
    if (Status s = run(q,
                       QStringLiteral("SELECT name, settings FROM rulesets "
                                      "WHERE season = :season AND deleted = 0 LIMIT 1"),
                       season, tr("the season's ruleset"));
        !s)
        return Result<Ruleset>::failure(s.error());
    if (!q.next())
        return Ruleset::sabc2025();
    const QString name = q.value(0).toString();
    const QByteArray settings = q.value(1).toString().toUtf8();
    Ruleset defaults = Ruleset::sabc2025();
    if (auto builtIn = Ruleset::builtIn(name))
        defaults = builtIn.value();
    defaults.name = name;
    auto r =
        Ruleset::fromJson(settings.trimmed().isEmpty() ? QByteArray("{}") : settings, defaults);
    if (!r)
        return Result<Ruleset>::failure(
            tr("The ruleset of season %1 cannot be used: %2").arg(season).arg(r.error()));
    return r;
}

Result<LoadedSeason> SeasonLoader::load(const QSqlDatabase &db, int season)
{
    if (!db.isOpen())
        return Result<LoadedSeason>::failure(tr("The database is not open."));
    LoadedSeason loaded;
    loaded.season = season;
    auto ruleset = loadRuleset(db, season);
    if (!ruleset)
        return Result<LoadedSeason>::failure(ruleset.error());
    loaded.ruleset = ruleset.value();

    QHash<QString, qsizetype> tournamentIndex;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (Status s = run(
                q,
                QStringLiteral("SELECT id, name, event_date, format, fish_limit, paper, cancelled "
                               "FROM tournaments WHERE season = :season AND deleted = 0 "
                               "ORDER BY event_date, id"),
                season, tr("the season's tournaments"));
            !s)
            return Result<LoadedSeason>::failure(s.error());
        while (q.next()) {
            TournamentInput t;
            t.id = q.value(0).toString();
            t.name = q.value(1).toString();
            t.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
            t.format = q.value(3).toString() == QLatin1String("team")
                           ? TournamentFormat::Team
                           : TournamentFormat::Individual;
            t.fishLimit = q.value(4).toInt();
            t.paper = q.value(5).toInt() != 0;
            t.cancelled = q.value(6).toInt() != 0;
            tournamentIndex.insert(t.id, loaded.tournaments.size());
            loaded.tournaments.append(t);
        }
    }

    struct EntryRef
    {
        qsizetype tournament;
        qsizetype entry;
    };
    QHash<QString, EntryRef> entryIndex;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (Status s =
                run(q,
                    QStringLiteral(
                        "SELECT e.id, e.tournament_id, e.angler_id, a.full_name, e.fish, "
                        "e.gross_weight, e.big_bass, e.dead, e.minutes_late, e.buy_in, e.dq, "
                        "e.was_member, e.manual_order "
                        "FROM entries e JOIN tournaments t ON t.id = e.tournament_id "
                        "LEFT JOIN anglers a ON a.id = e.angler_id "
                        "WHERE t.season = :season AND t.deleted = 0 AND e.deleted = 0 "
                        "ORDER BY e.entered_at, e.id"),
                    season, tr("the season's weigh-in entries"));
            !s)
            return Result<LoadedSeason>::failure(s.error());
        while (q.next()) {
            const auto t = tournamentIndex.constFind(q.value(1).toString());
            if (t == tournamentIndex.cend())
                continue;
            Entry e;
            e.anglerId = q.value(2).toString();
            e.anglerName = q.value(3).toString();
            e.fish = q.value(4).toInt();
            e.gross = hundredths(q.value(5));
            e.bigBass = hundredths(q.value(6));
            e.dead = q.value(7).toInt();
            e.lateMinutes = q.value(8).toInt();
            e.buyIn = q.value(9).toInt() != 0;
            e.dq = q.value(10).toInt() != 0;
            e.member = q.value(11).toInt() != 0;
            e.manualOrder = q.value(12).isNull() ? 0 : q.value(12).toInt();
            QList<Entry> &entries = loaded.tournaments[*t].entries;
            entryIndex.insert(q.value(0).toString(), {*t, entries.size()});
            entries.append(e);
        }
    }

    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (Status s =
                run(q,
                    QStringLiteral("SELECT p.entry_id, p.length_eighths, p.weighed_weight "
                                   "FROM paper_fish p JOIN entries e ON e.id = p.entry_id "
                                   "JOIN tournaments t ON t.id = e.tournament_id "
                                   "WHERE t.season = :season AND p.deleted = 0 AND e.deleted = 0 "
                                   "AND t.deleted = 0 ORDER BY p.entry_id, p.id"),
                    season, tr("the paper tournaments' fish"));
            !s)
            return Result<LoadedSeason>::failure(s.error());
        while (q.next()) {
            const auto ref = entryIndex.constFind(q.value(0).toString());
            if (ref == entryIndex.cend())
                continue;
            Entry &e = loaded.tournaments[ref->tournament].entries[ref->entry];
            e.fishLengths.append(q.value(1).toInt());
            if (!q.value(2).isNull()) // a weighed fish is the big bass over the chart's
                e.bigBass = std::max(e.bigBass, hundredths(q.value(2)));
        }
    }

    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (Status s =
                run(q,
                    QStringLiteral("SELECT b.id, b.tournament_id, b.boater_id, b.partner_id, "
                                   "b.team_fish, b.team_weight, b.team_big_bass, b.team_dead, "
                                   "b.team_dq FROM boats b JOIN tournaments t ON t.id = "
                                   "b.tournament_id WHERE t.season = :season AND b.deleted = 0 "
                                   "AND t.deleted = 0 ORDER BY b.id"),
                    season, tr("the season's boats"));
            !s)
            return Result<LoadedSeason>::failure(s.error());
        while (q.next()) {
            const auto t = tournamentIndex.constFind(q.value(1).toString());
            if (t == tournamentIndex.cend())
                continue;
            BoatInput b;
            b.id = q.value(0).toString();
            b.boaterId = q.value(2).toString();
            b.partnerId = q.value(3).toString();
            b.teamWeighed = !q.value(5).isNull();
            b.fish = q.value(4).toInt();
            b.gross = hundredths(q.value(5));
            b.bigBass = hundredths(q.value(6));
            b.dead = q.value(7).toInt();
            b.dq = q.value(8).toInt() != 0;
            loaded.tournaments[*t].boats.append(b);
        }
    }
    return loaded;
}
