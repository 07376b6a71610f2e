// The weigh-in leaderboard benchmark: a real club file with 100 entries, then one committed
// change after another; prints how long the live leaderboard takes to be up to date after a
// commit (target: under 16 ms, one frame). Called from sabc-bench's main().
#pragma once

class QTextStream;

void runLeaderboardBenchmark(QTextStream &out);
