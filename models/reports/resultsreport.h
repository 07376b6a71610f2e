// ResultsReport: a tournament's results sheet as the club prints and posts it (places, points,
// boats, big bass, the pot with carryover and the proposed payouts), as HTML for a QTextDocument
// (print preview, PDF) and as CSV; and the weigh-in sheet itself in the CSV layout `sabc score`
// reads, so the printed numbers can be checked against the command line.
#pragma once

#include "itemmodels/leaderboardmodel.h"
#include "tournaments/tournamentstore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class ResultsReport
{
    Q_DECLARE_TR_FUNCTIONS(ResultsReport)
public:
    // `printedAt` is the club's local time shown in the footer.
    static QString html(const QString &clubName, const TournamentRecord &tournament,
                        const WeighInStandings &standings, const QDateTime &printedAt);
    // One row per entry: place, angler, member, fish, net, big bass, points, status, boat place,
    // place money of the boat, big bass money. Formula-safe (CsvWriter).
    static QByteArray csv(const TournamentRecord &tournament, const WeighInStandings &standings);
    // The weigh-in sheet (angler, fish, weight, member, big_bass, dead, late, buy_in, dq, boat) as
    // `sabc score` reads it.
    static QByteArray sheetCsv(const QList<EntryRecord> &entries, const QList<BoatRecord> &boats);
};
