// sabc-sync-bench: sync throughput against a PostgreSQL server. Builds a synthetic club history
// of 30,000 weigh-in entries (1,000 anglers, 25 seasons of 10 tournaments of 120 anglers), pushes
// it from one laptop into an empty server, pulls it into an empty laptop, then times the sync of
// one edit. Prints figures; asserts nothing.
//   sabc-sync-bench [postgresql://postgres@127.0.0.1:PORT/postgres?sslmode=disable]
// (default: SABC_TEST_PG_URL). A fresh database is created on that server for the run.
// SABC_SYNC_BENCH_KEEP=1 keeps the two laptops' files (in the temporary folder) for a look.
#include "serverconnection.h"
#include "serverschema.h"
#include "store.h"
#include "syncengine.h"
#include "testing/pgtestdb.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QDateTime>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

constexpr int anglerCount = 1000;
constexpr int seasons = 25;
constexpr int tournamentsPerSeason = 10;
constexpr int entriesPerTournament = 120;

Status buildHistory(Store &store, int *rows)
{
    QRandomGenerator rng(2026);
    if (Status s = store.createClub(QStringLiteral("Synthetic Bass Club"), "America/Chicago"); !s)
        return s;
    return store.transaction([&]() -> Status {
        QStringList anglers;
        for (int i = 0; i < anglerCount; ++i) {
            auto a = store.insert(QStringLiteral("anglers"),
                                  {{QStringLiteral("full_name"), QStringLiteral("Angler %1").arg(i)},
                                   {QStringLiteral("member_since"), 2000 + int(rng.bounded(25))}});
            if (!a)
                return Status::failure(a.error());
            anglers << a.value();
            ++*rows;
        }
        for (int season = 2000; season < 2000 + seasons; ++season) {
            for (int t = 0; t < tournamentsPerSeason; ++t) {
                auto tournament = store.insert(
                    QStringLiteral("tournaments"),
                    {{QStringLiteral("season"), season},
                     {QStringLiteral("event_date"),
                      QStringLiteral("%1-%2-20").arg(season).arg(t + 1, 2, 10, QLatin1Char('0'))},
                     {QStringLiteral("name"), QStringLiteral("Event %1-%2").arg(season).arg(t + 1)}});
                if (!tournament)
                    return Status::failure(tournament.error());
                ++*rows;
                const int first = int(rng.bounded(anglerCount));
                for (int e = 0; e < entriesPerTournament; ++e) {
                    const int fish = int(rng.bounded(6));
                    const int gross = fish == 0 ? 0 : fish * int(rng.bounded(80, 400));
                    auto entry = store.insert(
                        QStringLiteral("entries"),
                        {{QStringLiteral("tournament_id"), tournament.value()},
                         {QStringLiteral("angler_id"), anglers.at((first + e) % anglerCount)},
                         {QStringLiteral("fish"), fish},
                         {QStringLiteral("gross_weight"), gross},
                         {QStringLiteral("big_bass"), fish == 0 ? 0 : gross / fish + 50},
                         {QStringLiteral("was_member"), int(rng.bounded(2))},
                         {QStringLiteral("entered_at"), QDateTime::currentMSecsSinceEpoch()}});
                    if (!entry)
                        return Status::failure(entry.error());
                    ++*rows;
                }
            }
        }
        return Status::success();
    });
}

double perSecond(int rows, qint64 ms)
{
    return ms > 0 ? rows * 1000.0 / double(ms) : 0.0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("sabc.*.info=false"));
    QTextStream out(stdout);
    if (argc > 1)
        qputenv("SABC_TEST_PG_URL", QByteArray(argv[1]));
    auto server = PgTest::createDatabase(QStringLiteral("sync_bench"));
    if (!server) {
        out << "sabc-sync-bench: " << server.error() << '\n';
        return 1;
    }
    {
        auto conn = ServerConnection::open(server.value(), QString());
        if (!conn || !ServerSchema::migrate(*conn.value())) {
            out << "sabc-sync-bench: could not set up the server\n";
            return 1;
        }
    }
    QTemporaryDir dir;
    dir.setAutoRemove(qEnvironmentVariableIsEmpty("SABC_SYNC_BENCH_KEEP"));
    const QString laptopA = dir.filePath(QStringLiteral("a.sqlite"));
    const QString laptopB = dir.filePath(QStringLiteral("b.sqlite"));
    int rows = 0;
    QString entryId;
    {
        auto store = Store::open(laptopA);
        if (!store) {
            out << store.error() << '\n';
            return 1;
        }
        QElapsedTimer t;
        t.start();
        if (Status s = buildHistory(*store.value(), &rows); !s) {
            out << "sabc-sync-bench: " << s.error() << '\n';
            return 1;
        }
        out << QStringLiteral("synthetic history: %1 rows (%2 entries) written locally in %3 ms\n")
                   .arg(rows)
                   .arg(seasons * tournamentsPerSeason * entriesPerTournament)
                   .arg(t.elapsed());
    }
    auto syncOnce = [&](const QString &path, QElapsedTimer *total) {
        total->start();
        SyncEngine engine(path, server.value(), QString());
        if (qEnvironmentVariableIsSet("SABC_SYNC_BENCH_BATCH"))
            engine.setBatchSize(qEnvironmentVariableIntValue("SABC_SYNC_BENCH_BATCH"));
        return engine.run();
    };
    QElapsedTimer total;
    auto push = syncOnce(laptopA, &total);
    const qint64 pushTotal = total.elapsed();
    if (!push) {
        out << "push failed: " << push.error() << '\n';
        return 1;
    }
    out << QStringLiteral("push into an empty server: %1 rows in %2 ms = %3 rows/s "
                          "(whole run with the echo pull: %4 ms)\n")
               .arg(push.value().pushed)
               .arg(push.value().pushMs)
               .arg(perSecond(push.value().pushed, push.value().pushMs), 0, 'f', 0)
               .arg(pushTotal);
    {
        auto store = Store::open(laptopB); // the empty laptop
        if (!store)
            return 1;
    }
    auto pull = syncOnce(laptopB, &total);
    const qint64 pullTotal = total.elapsed();
    if (!pull) {
        out << "pull failed: " << pull.error() << '\n';
        return 1;
    }
    out << QStringLiteral("initial pull into an empty laptop: %1 rows in %2 ms = %3 rows/s "
                          "(whole run: %4 ms)\n")
               .arg(pull.value().pulled)
               .arg(pull.value().pullMs)
               .arg(perSecond(pull.value().pulled, pull.value().pullMs), 0, 'f', 0)
               .arg(pullTotal);

    {
        auto store = Store::open(laptopA);
        QSqlQuery q(store.value()->database());
        if (q.exec(QStringLiteral("SELECT id FROM entries LIMIT 1")) && q.next())
            entryId = q.value(0).toString();
        q.finish();
        if (Status s = store.value()->update(QStringLiteral("entries"), entryId,
                                             {{QStringLiteral("gross_weight"), 1234}});
            !s)
            return 1;
    }
    auto edit = syncOnce(laptopA, &total);
    const qint64 editMs = total.elapsed();
    auto receive = syncOnce(laptopB, &total);
    const qint64 receiveMs = total.elapsed();
    if (!edit || !receive)
        return 1;
    out << QStringLiteral("incremental sync of one edit: sender %1 ms (%2), receiver %3 ms (%4)\n")
               .arg(editMs)
               .arg(edit.value().summary())
               .arg(receiveMs)
               .arg(receive.value().summary());
    return 0;
}
