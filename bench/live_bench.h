// The leaderboard server benchmark: a real club file with 100 entries served on loopback by the
// server on its own thread (as the window runs it); prints requests per second for
// /leaderboard.json from 20 kept-alive clients, and the time from a committed entry to the
// event reaching a client of /events (target: under 2 s). `sabc-bench live` runs it alone.
#pragma once

class QTextStream;

void runLiveBenchmark(QTextStream &out);
