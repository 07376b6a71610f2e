// ReportBuilders: the club's printable reports built from the database through the same engine
// and stores every page uses: a tournament's results (with its payouts), the season's Angler-of-
// the-Year standings and awards (with the points race chart), the roster and the dues status.
// The treasurer's report is TreasuryReport. Each gives a Report, written as PDF or CSV.
#pragma once

#include "core/result.h"
#include "reports/report.h"

#include <QCoreApplication>
#include <QDate>

class Store;
struct SeasonView;

// Which report a command line or a menu asks for.
enum class ReportKind { Results, Standings, Roster, Dues, Treasurer };

class ReportBuilders
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilders)
public:
    static std::optional<ReportKind> kindFromName(const QString &name);
    static QStringList kindNames();

    // A tournament's results: places, weights, points, and the proposed and paid payouts.
    static Result<Report> results(Store &store, const QString &tournamentId);
    // The tournament of the club on a date (and in `season` when not 0).
    static Result<QString> tournamentOn(Store &store, const QDate &date, int season = 0);
    static Result<Report> standings(Store &store, int season);
    static Result<Report> roster(Store &store, int season);
    static Result<Report> dues(Store &store, int season);
    // Any kind but Results (which needs a tournament).
    static Result<Report> build(Store &store, ReportKind kind, int season,
                                const QString &tournamentId = QString());

    // The AoY points race of the leaders (cumulative counted points after each tournament).
    struct PointsRace
    {
        QStringList tournaments;
        QStringList anglers;
        QList<QList<int>> points; // per angler, per tournament
    };
    static PointsRace pointsRace(const SeasonView &season, int leaders = 5);
    // Rendered for a PDF (QPainter on QImage).
    static QImage pointsRaceImage(const PointsRace &race, int season);
};
