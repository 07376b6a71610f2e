#include "sync/webimport/webreader.h"

#include "store/store.h"
#include "sync/serverconnection.h"

namespace {

int toInt(const PgRows &rows, int row, int column)
{
    return column < 0 ? 0 : rows.value(row, column).toInt();
}

qint64 toLong(const PgRows &rows, int row, int column, qint64 none)
{
    if (column < 0)
        return none;
    const QByteArrayView v = rows.value(row, column);
    return v.isEmpty() ? none : v.toLongLong();
}

bool toBool(const PgRows &rows, int row, int column, bool none)
{
    if (column < 0)
        return none;
    const QByteArrayView v = rows.value(row, column);
    return v.isEmpty() ? none : v == "t";
}

QTime toTime(const PgRows &rows, int row, int column)
{
    if (column < 0)
        return QTime();
    const QString text = rows.text(row, column);
    return text.isEmpty() ? QTime() : QTime::fromString(text.left(5), QStringLiteral("HH:mm"));
}

} // namespace

Result<web::Snapshot> WebReader::read(const ServerUrl &url, const QString &password)
{
    using R = Result<web::Snapshot>;
    auto opened = ServerConnection::open(url, password);
    if (!opened)
        return R::failure(opened.error());
    ServerConnection &c = *opened.value();
    if (Status s = c.command(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"),
                             tr("start reading the web app's database"));
        !s)
        return R::failure(s.error());

    web::Snapshot snap;
    auto fetch = [&](const char *sql, const QString &what) {
        return c.fetch(QString::fromLatin1(sql), {}, what);
    };

    auto year = fetch("SELECT extract(year FROM current_date)::int AS y", tr("read the date"));
    if (!year)
        return R::failure(year.error());
    snap.currentSeason = toInt(year.value(), 0, 0);

    // email_opt_in and notify_news through the row's JSON: a web database from before those
    // columns reads as NULL there (opted in, as the web app's default).
    auto anglers = fetch("SELECT id, name, coalesce(email, '') AS email, "
                         "coalesce(member, false) AS member, year_joined, "
                         "coalesce(phone, '') AS phone, "
                         "extract(year FROM dues_paid_through)::int AS dues, "
                         "(to_jsonb(a) ->> 'email_opt_in')::boolean AS email_opt_in, "
                         "(to_jsonb(a) ->> 'notify_news')::boolean AS notify_news "
                         "FROM anglers a ORDER BY id",
                         tr("read the people"));
    if (!anglers)
        return R::failure(anglers.error());
    {
        const PgRows &r = anglers.value();
        const int id = r.column("id"), name = r.column("name"), email = r.column("email"),
                  member = r.column("member"), joined = r.column("year_joined"),
                  phone = r.column("phone"), dues = r.column("dues"),
                  optIn = r.column("email_opt_in"), news = r.column("notify_news");
        for (int i = 0; i < r.size(); ++i)
            snap.anglers.append({toInt(r, i, id), r.text(i, name), r.text(i, email),
                                 toBool(r, i, member, false), toInt(r, i, joined),
                                 r.text(i, phone), toInt(r, i, dues),
                                 toBool(r, i, optIn, true), toBool(r, i, news, true)});
    }

    auto officers = fetch("SELECT id, coalesce(angler_id, 0) AS angler_id, position, year "
                          "FROM officer_positions ORDER BY year, id",
                          tr("read the officers"));
    if (!officers)
        return R::failure(officers.error());
    {
        const PgRows &r = officers.value();
        const int id = r.column("id"), angler = r.column("angler_id"), pos = r.column("position"),
                  y = r.column("year");
        for (int i = 0; i < r.size(); ++i)
            snap.officers.append(
                {toInt(r, i, id), toInt(r, i, angler), r.text(i, pos), toInt(r, i, y)});
    }

    auto lakes = fetch("SELECT id, yaml_key, display_name, coalesce(google_maps_iframe, '') AS map "
                       "FROM lakes ORDER BY id",
                       tr("read the lakes"));
    if (!lakes)
        return R::failure(lakes.error());
    {
        const PgRows &r = lakes.value();
        const int id = r.column("id"), k = r.column("yaml_key"), n = r.column("display_name"),
                  map = r.column("map");
        for (int i = 0; i < r.size(); ++i)
            snap.lakes.append({toInt(r, i, id), r.text(i, k), r.text(i, n), r.text(i, map)});
    }

    auto ramps = fetch("SELECT id, coalesce(lake_id, 0) AS lake_id, name, "
                       "coalesce(google_maps_iframe, '') AS map FROM ramps ORDER BY id",
                       tr("read the ramps"));
    if (!ramps)
        return R::failure(ramps.error());
    {
        const PgRows &r = ramps.value();
        const int id = r.column("id"), lake = r.column("lake_id"), n = r.column("name"),
                  map = r.column("map");
        for (int i = 0; i < r.size(); ++i)
            snap.ramps.append({toInt(r, i, id), toInt(r, i, lake), r.text(i, n), r.text(i, map)});
    }

    auto events = fetch("SELECT id, date::text AS date, year, name, "
                        "coalesce(event_type, 'sabc_tournament') AS event_type, "
                        "start_time::text AS start_time, weigh_in_time::text AS weigh_in_time, "
                        "coalesce(lake_name, '') AS lake_name, coalesce(ramp_name, '') AS ramp_name, "
                        "round(entry_fee * 100)::bigint AS fee, "
                        "coalesce(is_cancelled, false) AS cancelled, "
                        "coalesce(description, '') AS description, "
                        "coalesce(holiday_name, '') AS holiday_name FROM events ORDER BY date",
                        tr("read the calendar"));
    if (!events)
        return R::failure(events.error());
    {
        const PgRows &r = events.value();
        const int id = r.column("id"), date = r.column("date"), y = r.column("year"),
                  n = r.column("name"), type = r.column("event_type"),
                  start = r.column("start_time"), weigh = r.column("weigh_in_time"),
                  lake = r.column("lake_name"), ramp = r.column("ramp_name"),
                  fee = r.column("fee"), cancelled = r.column("cancelled"),
                  description = r.column("description"), holiday = r.column("holiday_name");
        for (int i = 0; i < r.size(); ++i) {
            web::EventRow e;
            e.id = toInt(r, i, id);
            e.date = QDate::fromString(r.text(i, date), Qt::ISODate);
            e.year = toInt(r, i, y);
            e.name = r.text(i, n);
            e.type = r.text(i, type);
            e.startTime = toTime(r, i, start);
            e.weighInTime = toTime(r, i, weigh);
            e.lakeName = r.text(i, lake);
            e.rampName = r.text(i, ramp);
            e.entryFeeCents = toLong(r, i, fee, -1);
            e.cancelled = toBool(r, i, cancelled, false);
            e.description = r.text(i, description);
            e.holidayName = r.text(i, holiday);
            snap.events.append(e);
        }
    }

    auto tournaments = fetch(
        "SELECT id, coalesce(event_id, 0) AS event_id, name, coalesce(lake_id, 0) AS lake_id, "
        "coalesce(ramp_id, 0) AS ramp_id, coalesce(lake_name, '') AS lake_name, "
        "coalesce(ramp_name, '') AS ramp_name, start_time::text AS start_time, "
        "end_time::text AS end_time, coalesce(fish_limit, 5) AS fish_limit, "
        "round(entry_fee * 100)::bigint AS fee, coalesce(is_paper, false) AS paper, "
        "coalesce(complete, false) AS complete, coalesce(limit_type, 'angler') AS limit_type, "
        "coalesce(aoy_points, true) AS aoy_points FROM tournaments ORDER BY id",
        tr("read the tournaments"));
    if (!tournaments)
        return R::failure(tournaments.error());
    {
        const PgRows &r = tournaments.value();
        const int id = r.column("id"), event = r.column("event_id"), n = r.column("name"),
                  lake = r.column("lake_id"), ramp = r.column("ramp_id"),
                  lakeName = r.column("lake_name"), rampName = r.column("ramp_name"),
                  start = r.column("start_time"), end = r.column("end_time"),
                  limit = r.column("fish_limit"), fee = r.column("fee"),
                  paper = r.column("paper"), complete = r.column("complete"),
                  limitType = r.column("limit_type"), aoy = r.column("aoy_points");
        for (int i = 0; i < r.size(); ++i) {
            web::TournamentRow t;
            t.id = toInt(r, i, id);
            t.eventId = toInt(r, i, event);
            t.name = r.text(i, n);
            t.lakeId = toInt(r, i, lake);
            t.rampId = toInt(r, i, ramp);
            t.lakeName = r.text(i, lakeName);
            t.rampName = r.text(i, rampName);
            t.startTime = toTime(r, i, start);
            t.endTime = toTime(r, i, end);
            t.fishLimit = toInt(r, i, limit);
            t.entryFeeCents = toLong(r, i, fee, -1);
            t.paper = toBool(r, i, paper, false);
            t.complete = toBool(r, i, complete, false);
            t.limitType = r.text(i, limitType);
            t.aoyPoints = toBool(r, i, aoy, true);
            snap.tournaments.append(t);
        }
    }

    auto results = fetch(
        "SELECT id, tournament_id, angler_id, coalesce(num_fish, 0) AS fish, "
        "round(coalesce(total_weight, 0) * 100)::int AS net, "
        "round(coalesce(big_bass_weight, 0) * 100)::int AS big_bass, "
        "round(coalesce(dead_fish_penalty, 0) * 100)::int AS penalty, "
        "round(coalesce(dead_fish_penalty, 0) / 0.25)::int AS dead, "
        "coalesce(disqualified, false) AS dq, coalesce(buy_in, false) AS buy_in, "
        "coalesce(was_member, true) AS was_member FROM results ORDER BY id",
        tr("read the results"));
    if (!results)
        return R::failure(results.error());
    {
        const PgRows &r = results.value();
        const int id = r.column("id"), t = r.column("tournament_id"), a = r.column("angler_id"),
                  fish = r.column("fish"), net = r.column("net"), bb = r.column("big_bass"),
                  penalty = r.column("penalty"), dead = r.column("dead"), dq = r.column("dq"),
                  buyIn = r.column("buy_in"), member = r.column("was_member");
        snap.results.reserve(r.size());
        for (int i = 0; i < r.size(); ++i)
            snap.results.append({toInt(r, i, id), toInt(r, i, t), toInt(r, i, a),
                                 toInt(r, i, fish), toInt(r, i, net), toInt(r, i, bb),
                                 toInt(r, i, penalty), toInt(r, i, dead), toBool(r, i, dq, false),
                                 toBool(r, i, buyIn, false), toBool(r, i, member, true)});
    }

    auto teams = fetch("SELECT id, tournament_id, angler1_id, coalesce(angler2_id, 0) AS angler2_id, "
                       "coalesce(num_fish, 0) AS fish, "
                       "round(coalesce(total_weight, 0) * 100)::int AS net, "
                       "round(coalesce(big_bass_weight, 0) * 100)::int AS big_bass "
                       "FROM team_results ORDER BY id",
                       tr("read the boats"));
    if (!teams)
        return R::failure(teams.error());
    {
        const PgRows &r = teams.value();
        const int id = r.column("id"), t = r.column("tournament_id"), a1 = r.column("angler1_id"),
                  a2 = r.column("angler2_id"), fish = r.column("fish"), net = r.column("net"),
                  bb = r.column("big_bass");
        for (int i = 0; i < r.size(); ++i)
            snap.teams.append({toInt(r, i, id), toInt(r, i, t), toInt(r, i, a1), toInt(r, i, a2),
                               toInt(r, i, fish), toInt(r, i, net), toInt(r, i, bb)});
    }
    // Only read: end the transaction without keeping anything.
    if (Status s = c.command(QStringLiteral("ROLLBACK"), tr("finish reading")); !s)
        return R::failure(s.error());
    return snap;
}

Result<WebImportSummary> WebReader::importInto(Store &store, const ServerUrl &url,
                                               const QString &password, bool dryRun,
                                               const WebImporter::Progress &progress)
{
    auto snapshot = read(url, password);
    if (!snapshot)
        return Result<WebImportSummary>::failure(snapshot.error());
    WebImporter importer(store);
    importer.setProgress(progress);
    return importer.run(snapshot.value(), dryRun);
}
