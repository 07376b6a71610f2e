#include "bench/leaderboard_bench.h"

#include "itemmodels/leaderboardmodel.h"
#include "itemmodels/weighinmodel.h"
#include "store/store.h"
#include "tournaments/tournamentstore.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUndoStack>

#include <algorithm>
#include <vector>

void runLeaderboardBenchmark(QTextStream &out)
{
    QTemporaryDir dir;
    auto opened = Store::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!opened) {
        out << "leaderboard benchmark: " << opened.error() << '\n';
        return;
    }
    Store &store = *opened.value();
    if (Status s = store.createClub(QStringLiteral("Bench Club"), "America/Chicago"); !s) {
        out << "leaderboard benchmark: " << s.error() << '\n';
        return;
    }
    TournamentRecord t;
    t.date = QDate(2026, 5, 24);
    t.season = 2026;
    t.name = QStringLiteral("Bench");
    auto tid = TournamentStore(store).insertTournament(t);
    if (!tid) {
        out << "leaderboard benchmark: " << tid.error() << '\n';
        return;
    }
    Status filled = store.transaction([&]() -> Status {
        for (int i = 0; i < 100; ++i) {
            auto angler =
                store.insert(QStringLiteral("anglers"),
                             {{QStringLiteral("full_name"), QStringLiteral("Angler %1").arg(i)}});
            if (!angler)
                return Status::failure(angler.error());
            EntryRecord e;
            e.tournamentId = tid.value();
            e.anglerId = angler.value();
            e.anglerName = QStringLiteral("Angler %1").arg(i);
            e.wasMember = i % 6 != 0;
            e.fish = i % 11 == 0 ? 0 : 1 + i % 5;
            e.gross = Weight::fromHundredths(e.fish == 0 ? 0 : 150 * e.fish + (i * 37) % 400);
            e.bigBass = Weight::fromHundredths(e.fish == 0 ? 0 : 150 + (i * 13) % 150);
            if (Status s = TournamentStore(store).insertEntry(e); !s)
                return s;
        }
        return Status::success();
    });
    if (!filled) {
        out << "leaderboard benchmark: " << filled.error() << '\n';
        return;
    }
    QUndoStack stack;
    WeighInModel sheet(&store);
    sheet.setUndoStack(&stack);
    if (Status s = sheet.setTournamentId(tid.value()); !s) {
        out << "leaderboard benchmark: " << s.error() << '\n';
        return;
    }
    LeaderboardModel board;
    board.setSheet(&sheet);

    // Commit -> the sheet rereads the row -> the leaderboard is recomputed.
    std::vector<qint64> commit;
    std::vector<qint64> engine;
    for (int i = 0; i < 50; ++i) {
        EntryRecord after = sheet.entryAt(i % 100);
        if (after.fish == 0)
            continue;
        after.gross = Weight::fromHundredths(after.gross.hundredths() + 1);
        QElapsedTimer timer;
        timer.start();
        if (Status s = sheet.changeEntry(i % 100, after); !s) {
            out << "leaderboard benchmark: " << s.error() << '\n';
            return;
        }
        commit.push_back(timer.nsecsElapsed());
        engine.push_back(board.lastComputeMicroseconds() * 1000);
    }
    std::sort(commit.begin(), commit.end());
    std::sort(engine.begin(), engine.end());
    auto ms = [](qint64 ns) { return double(ns) / 1e6; };
    const double median = ms(commit[commit.size() / 2]);
    out << QStringLiteral("weigh-in leaderboard, 100 entries: commit + reread + leaderboard "
                          "median %1 ms, worst %2 ms (leaderboard alone median %3 ms)  "
                          "[target < 16 ms: %4]\n")
               .arg(median, 0, 'f', 2)
               .arg(ms(commit.back()), 0, 'f', 2)
               .arg(ms(engine[engine.size() / 2]), 0, 'f', 3)
               .arg(median < 16 ? QStringLiteral("met") : QStringLiteral("MISSED"));
}
