// sabc-sync-bench: sync throughput against a PostgreSQL server. Builds a synthetic club history
// of 30,000 weigh-in entries (1,000 anglers, 25 seasons of 10 tournaments of 120 anglers), pushes
// it from one laptop into an empty server, pulls it into an empty laptop, then times the sync of
// one edit. Prints figures; it checks only that each sync moved what it should.
//   sabc-sync-bench [postgresql://postgres@127.0.0.1:PORT/postgres?sslmode=disable]
// (default: SABC_TEST_PG_URL). A fresh database is created on that server for the run.
// Three rounds (SABC_SYNC_BENCH_ROUNDS), each with a fresh server database, and their median.
// SABC_SYNC_BENCH_KEEP=1 keeps the laptops' files (in the temporary folder) for a look;
// SABC_SYNC_BENCH_BATCH sets the rows per round trip.
#include "store/store.h"
#include "sync/serverconnection.h"
#include "sync/serverschema.h"
#include "sync/syncengine.h"
#include "sync/testing/pgtestdb.h"

#include <algorithm>
#include <vector>

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlQuery>
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
            auto a =
                store.insert(QStringLiteral("anglers"),
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
                     {QStringLiteral("name"),
                      QStringLiteral("Event %1-%2").arg(season).arg(t + 1)}});
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

// One round: a fresh server database, a copy of the history's laptop, an empty laptop.
struct Round
{
    int pushed = 0, pulled = 0;
    qint64 pushMs = 0, pushRunMs = 0, pullMs = 0, pullRunMs = 0, editMs = 0, receiveMs = 0;
};

qint64 median(std::vector<qint64> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

Result<SyncReport> syncOnce(const QString &path, const ServerUrl &server, qint64 *ms)
{
    QElapsedTimer total;
    total.start();
    SyncEngine engine(path, server, QString());
    if (qEnvironmentVariableIsSet("SABC_SYNC_BENCH_BATCH"))
        engine.setBatchSize(qEnvironmentVariableIntValue("SABC_SYNC_BENCH_BATCH"));
    auto result = engine.run();
    *ms = total.elapsed();
    return result;
}

// Changes one entry on the laptop at `path`.
Status editOneEntry(const QString &path, int round)
{
    auto store = Store::open(path);
    if (!store)
        return Status::failure(store.error());
    QSqlQuery q(store.value()->database());
    QString entryId;
    if (q.exec(QStringLiteral("SELECT id FROM entries LIMIT 1")) && q.next())
        entryId = q.value(QStringLiteral("id")).toString();
    q.finish();
    return store.value()->update(QStringLiteral("entries"), entryId,
                                 {{QStringLiteral("gross_weight"), 1234 + round}});
}

// One round: a fresh server database, a copy of the history's laptop (A), an empty laptop (B).
// A failure comes back as the line to print.
Result<Round> runRound(int round, const QString &history, const QTemporaryDir &dir)
{
    auto server = PgTest::createDatabase(QStringLiteral("sync_bench"));
    if (!server)
        return Result<Round>::failure(QStringLiteral("sabc-sync-bench: ") + server.error());
    {
        auto conn = ServerConnection::open(server.value(), QString());
        if (!conn || !ServerSchema::migrate(*conn.value()))
            return Result<Round>::failure(
                QStringLiteral("sabc-sync-bench: could not set up the server"));
    }
    const QString laptopA = dir.filePath(QStringLiteral("a%1.sqlite").arg(round));
    const QString laptopB = dir.filePath(QStringLiteral("b%1.sqlite").arg(round));
    if (!QFile::copy(history, laptopA))
        return Result<Round>::failure(
            QStringLiteral("sabc-sync-bench: could not copy the history"));
    Round r;
    auto push = syncOnce(laptopA, server.value(), &r.pushRunMs);
    if (!push)
        return Result<Round>::failure(QStringLiteral("push failed: ") + push.error());
    r.pushed = push.value().pushed;
    r.pushMs = push.value().pushMs;
    if (auto store = Store::open(laptopB); !store) // the empty laptop
        return Result<Round>::failure(QStringLiteral("sabc-sync-bench: ") + store.error());
    auto pull = syncOnce(laptopB, server.value(), &r.pullRunMs);
    if (!pull)
        return Result<Round>::failure(QStringLiteral("pull failed: ") + pull.error());
    r.pulled = pull.value().pulled;
    r.pullMs = pull.value().pullMs;
    if (Status s = editOneEntry(laptopA, round); !s)
        return Result<Round>::failure(QStringLiteral("sabc-sync-bench: ") + s.error());
    auto edit = syncOnce(laptopA, server.value(), &r.editMs);
    auto receive = syncOnce(laptopB, server.value(), &r.receiveMs);
    if (!edit || !receive || edit.value().pushed != 1 || receive.value().pulled != 1)
        return Result<Round>::failure(
            QStringLiteral("sabc-sync-bench: the one-edit sync did not move exactly one row"));
    return r;
}

void printRound(QTextStream &out, int round, const Round &r)
{
    out << QStringLiteral("round %1: push %2 rows in %3 ms = %4 rows/s (first sync %5 ms, with "
                          "the echo pull); pull %6 rows in %7 ms = %8 rows/s (whole run %9 ms); "
                          "one edit: sender %10 ms, receiver %11 ms\n")
               .arg(round)
               .arg(r.pushed)
               .arg(r.pushMs)
               .arg(perSecond(r.pushed, r.pushMs), 0, 'f', 0)
               .arg(r.pushRunMs)
               .arg(r.pulled)
               .arg(r.pullMs)
               .arg(perSecond(r.pulled, r.pullMs), 0, 'f', 0)
               .arg(r.pullRunMs)
               .arg(r.editMs)
               .arg(r.receiveMs);
    out.flush();
}

void printMedians(QTextStream &out, const std::vector<Round> &results)
{
    auto pick = [&](qint64 Round::*field) {
        std::vector<qint64> v;
        for (const Round &r : results)
            v.push_back(r.*field);
        return median(v);
    };
    const int pushed = results.front().pushed;
    const int pulled = results.front().pulled;
    out << QStringLiteral("median of %1: push into an empty server %2 ms = %3 rows/s; initial pull "
                          "into an empty laptop %4 ms = %5 rows/s; one edit: sender %6 ms, "
                          "receiver %7 ms\n")
               .arg(results.size())
               .arg(pick(&Round::pushMs))
               .arg(perSecond(pushed, pick(&Round::pushMs)), 0, 'f', 0)
               .arg(pick(&Round::pullMs))
               .arg(perSecond(pulled, pick(&Round::pullMs)), 0, 'f', 0)
               .arg(pick(&Round::editMs))
               .arg(pick(&Round::receiveMs));
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("sabc.*.debug=false\nsabc.*.info=false"));
    QTextStream out(stdout);
    if (argc > 1)
        qputenv("SABC_TEST_PG_URL", QByteArray(argv[1]));
    const int rounds = std::max(1, qEnvironmentVariableIntValue("SABC_SYNC_BENCH_ROUNDS") > 0
                                       ? qEnvironmentVariableIntValue("SABC_SYNC_BENCH_ROUNDS")
                                       : 3);
    QTemporaryDir dir;
    dir.setAutoRemove(qEnvironmentVariableIsEmpty("SABC_SYNC_BENCH_KEEP"));
    const QString history = dir.filePath(QStringLiteral("history.sqlite"));
    int rows = 0;
    {
        auto store = Store::open(history);
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
    std::vector<Round> results;
    for (int round = 1; round <= rounds; ++round) {
        auto r = runRound(round, history, dir);
        if (!r) {
            out << r.error() << '\n';
            return 1;
        }
        printRound(out, round, r.value());
        results.push_back(r.value());
    }
    printMedians(out, results);
    return 0;
}
