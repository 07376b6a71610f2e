#pragma once

class QTextStream;

// The Club data page on sabc-bench's 25-season history written to a club file: reading and
// computing the tables (ClubHistoryLoader, ClubData) and filling the page (tables and charts),
// the first opening and the median of later ones. Target: under 200 ms. Needs a QApplication.
void runClubDataBenchmark(QTextStream &out);
