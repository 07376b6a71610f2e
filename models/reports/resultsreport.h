// ResultsReport: a tournament's results sheet as the club prints and posts it (places, points,
// boats, big bass, the pot with carryover and the proposed payouts), as a Report (print preview,
// PDF, CSV) for the weigh-in page and `sabc report results`; and the weigh-in sheet itself in the
// CSV layout `sabc score` reads, so the printed numbers can be checked against the command line.
#pragma once

#include "core/result.h"
#include "reports/report.h"
#include "tournaments/tournamentstore.h"
#include "tournaments/weighinstandings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class ResultsReport
{
    Q_DECLARE_TR_FUNCTIONS(ResultsReport)
public:
    // The results sheet titled "<tournament> results", with the CSV below, named
    // results-<date>. `printedAt` is the club's local time shown in the footer.
    static Report report(const QString &clubName, const TournamentRecord &tournament,
                         const WeighInStandings &standings, const QDateTime &printedAt);

    // `printedAt` is the club's local time shown in the footer.
    static QString html(const QString &clubName, const TournamentRecord &tournament,
                        const WeighInStandings &standings, const QDateTime &printedAt);
    // One row per entry: place, angler, member, fish, net, big bass, points, status, boat place,
    // place money of the boat, big bass money. Formula-safe (CsvWriter).
    static QByteArray csv(const TournamentRecord &tournament, const WeighInStandings &standings);
    // The weigh-in sheet (angler, fish, weight, member, big_bass, dead, late, buy_in, dq, boat) as
    // `sabc score` reads it.
    static QByteArray sheetCsv(const QList<EntryRecord> &entries, const QList<BoatRecord> &boats);
    static Status writeSheetCsv(const QString &path, const QList<EntryRecord> &entries,
                                const QList<BoatRecord> &boats);
};
