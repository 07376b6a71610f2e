// sabc-webimport-bench: times `sabc import web` on a synthetic web app history of ten seasons
// (2016-2025; 10 tournaments a season, 30 anglers each: 3,000 results, 1,500 boats, 120 people,
// officers, the lakes) built from ../shared/data/webapp-schema.sql on a PostgreSQL server.
// Prints, per round, reading the web database, writing the club file, and the whole; then the
// re-import (which changes nothing). Target: the whole import under 5 s. A program, not a test.
//   sabc-webimport-bench [postgresql://postgres@127.0.0.1:PORT/postgres?sslmode=disable]
// (default: SABC_TEST_PG_URL). A fresh database is made on that server for the run.
#include "store/store.h"
#include "sync/testing/pgtestdb.h"
#include "sync/webimport/webreader.h"
#include "webimport/webimporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

const char *const historySql[] = {
    "INSERT INTO anglers (id, name, email, member, year_joined, phone, dues_paid_through) "
    "SELECT i, 'Angler ' || i, CASE WHEN i % 10 = 0 THEN 'angler' || i || '@sabc.com' "
    "ELSE 'angler' || i || '@example.com' END, i % 10 <> 0, 2010 + i % 15, "
    "'(512) 555-' || lpad(i::text, 4, '0'), make_date(2025, 12, 31) FROM generate_series(1, 120) i",
    "INSERT INTO anglers (id, name, email, member) VALUES (999, 'Admin User', 'admin@sabc.com', true)",
    "INSERT INTO lakes (id, yaml_key, display_name, google_maps_iframe) VALUES "
    "(1, 'travis', 'Lake Travis', '<iframe src=''https://maps.example/travis''>'), "
    "(2, 'sommerville', 'Lake Sommerville', NULL), (3, 'lbj', 'Lake LBJ', NULL), "
    "(4, 'buchanan', 'Lake Buchanan', NULL), (5, 'belton', 'Lake Belton', NULL)",
    "INSERT INTO ramps (id, lake_id, name) SELECT i, 1 + i % 5, 'ramp number ' || i "
    "FROM generate_series(1, 10) i",
    "INSERT INTO officer_positions (angler_id, position, year) SELECT 1 + (y * 4 + p) % 120, "
    "(ARRAY['President/Secretary', 'Treasurer', 'Weighmaster', 'Assistant Weighmaster'])[p + 1], y "
    "FROM generate_series(2016, 2025) y, generate_series(0, 3) p",
    "INSERT INTO events (id, date, year, name, event_type, start_time, weigh_in_time, entry_fee) "
    "SELECT (y - 2016) * 12 + m, make_date(y, m, 20), y, 'Event ' || y || '-' || m, "
    "CASE WHEN m <= 10 THEN 'sabc_tournament' WHEN m = 11 THEN 'holiday' ELSE 'club_event' END, "
    "'06:30', '15:00', 25 FROM generate_series(2016, 2025) y, generate_series(1, 12) m",
    "INSERT INTO tournaments (id, event_id, name, lake_id, ramp_id, start_time, end_time, "
    "fish_limit, entry_fee, is_paper, complete, limit_type, aoy_points) "
    "SELECT (y - 2016) * 10 + m, (y - 2016) * 12 + m, 'Tournament ' || y || '-' || m, "
    "1 + m % 5, 1 + m % 10, '06:30', '15:00', 5, 25, m = 7, true, 'angler', "
    "CASE WHEN m % 3 = 0 THEN NULL ELSE true END "
    "FROM generate_series(2016, 2025) y, generate_series(1, 10) m",
    // 30 anglers a tournament: weights of every scale, a dead fish now and then.
    "INSERT INTO results (tournament_id, angler_id, num_fish, total_weight, big_bass_weight, "
    "dead_fish_penalty, disqualified, buy_in, was_member) "
    "SELECT t, 1 + (t * 7 + k * 3) % 120, CASE WHEN k % 11 = 0 THEN 0 ELSE 1 + k % 5 END, "
    "CASE WHEN k % 11 = 0 THEN 0 ELSE round((1 + k % 5) * (1.1 + (t * k % 17) / 10.0), "
    "1 + k % 2) END, CASE WHEN k % 11 = 0 THEN 0 ELSE 1.05 + (t + k) % 3 END, "
    "CASE WHEN k % 13 = 0 AND k % 11 <> 0 THEN 0.25 ELSE 0 END, k = 29, false, "
    "(1 + (t * 7 + k * 3) % 120) % 10 <> 0 "
    "FROM generate_series(1, 100) t, generate_series(0, 29) k",
    "INSERT INTO team_results (tournament_id, angler1_id, angler2_id, num_fish, total_weight, "
    "big_bass_weight) SELECT t, 1 + (t * 7 + 2 * b * 3) % 120, 1 + (t * 7 + (2 * b + 1) * 3) % 120, "
    "4, 8 + b, 3 FROM generate_series(1, 100) t, generate_series(0, 14) b",
};

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("sabc.*.info=false"));
    QTextStream out(stdout);
    if (app.arguments().size() > 1)
        qputenv("SABC_TEST_PG_URL", app.arguments().at(1).toUtf8());
    auto url = PgTest::createDatabase(QStringLiteral("webimport_bench"));
    if (!url) {
        out << "sabc-webimport-bench: " << url.error() << '\n';
        return 1;
    }
    {
        auto conn = ServerConnection::open(url.value(), QString());
        if (!conn) {
            out << conn.error() << '\n';
            return 1;
        }
        QFile schema(QStringLiteral(SABC_WEBAPP_SCHEMA));
        if (!schema.open(QIODevice::ReadOnly)) {
            out << "cannot read webapp-schema.sql\n";
            return 1;
        }
        QStringList lines;
        for (const QString &line : QString::fromUtf8(schema.readAll()).split(u'\n'))
            lines << line.section(QStringLiteral("--"), 0, 0);
        QStringList statements = lines.join(u'\n').split(u';');
        for (const char *sql : historySql)
            statements << QString::fromLatin1(sql);
        for (const QString &sql : statements) {
            if (sql.trimmed().isEmpty())
                continue;
            if (Status s = conn.value()->command(sql, QStringLiteral("build the web history")); !s) {
                out << s.error() << '\n';
                return 1;
            }
        }
    }

    constexpr int rounds = 3;
    QList<double> reads, writes, wholes, again;
    WebImportSummary last;
    for (int round = 1; round <= rounds; ++round) {
        QTemporaryDir dir;
        QElapsedTimer whole;
        whole.start();
        QElapsedTimer t;
        t.start();
        auto snapshot = WebReader::read(url.value(), QString());
        if (!snapshot) {
            out << snapshot.error() << '\n';
            return 1;
        }
        const double read = t.nsecsElapsed() / 1e6;
        auto store = Store::open(dir.filePath(QStringLiteral("club.sqlite")));
        if (!store) {
            out << store.error() << '\n';
            return 1;
        }
        t.restart();
        WebImporter importer(*store.value());
        auto summary = importer.run(snapshot.value(), false);
        if (!summary) {
            out << summary.error() << '\n';
            return 1;
        }
        const double write = t.nsecsElapsed() / 1e6;
        const double all = whole.nsecsElapsed() / 1e6;
        t.restart();
        auto second = WebReader::importInto(*store.value(), url.value(), QString(), false);
        const double rerun = t.nsecsElapsed() / 1e6;
        if (!second || second->created() != 0) {
            out << "the re-import was not a no-op\n";
            return 1;
        }
        last = summary.value();
        reads << read;
        writes << write;
        wholes << all;
        again << rerun;
        out << QStringLiteral("round %1: read %2 ms, write %3 ms, whole import %4 ms; "
                              "re-import %5 ms\n")
                   .arg(round)
                   .arg(read, 0, 'f', 0)
                   .arg(write, 0, 'f', 0)
                   .arg(all, 0, 'f', 0)
                   .arg(rerun, 0, 'f', 0);
        out.flush();
    }
    out << QStringLiteral("imported: %1 people, %2 tournaments, %3 entries, %4 boats, %5 "
                          "memberships\n")
               .arg(last.people)
               .arg(last.tournaments)
               .arg(last.entries)
               .arg(last.boats)
               .arg(last.memberships);
    out << QStringLiteral("median of %1: read %2 ms, write %3 ms, whole import %4 ms (target: "
                          "under 5000 ms); re-import %5 ms\n")
               .arg(rounds)
               .arg(median(reads), 0, 'f', 0)
               .arg(median(writes), 0, 'f', 0)
               .arg(median(wholes), 0, 'f', 0)
               .arg(median(again), 0, 'f', 0);
    return median(wholes) < 5000 ? 0 : 1;
}
