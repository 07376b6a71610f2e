// AnglerProfile: one angler's career with the club, from the club's history: events, points,
// places 1st-3rd per year, best stringer, biggest bass, Angler-of-the-Year finishes and the
// average weight per month of the year. In team format the boat's place, stringer and big bass
// count for each angler in it. Pure code over a ClubHistory.
#pragma once

#include "stats/clubhistory.h"
#include "stats/statstable.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <array>

struct ProfileYear
{
    int season = 0;
    int events = 0; // buy-ins count, DQs don't (as for the standings)
    int points = 0;
    std::array<int, 3> places{}; // times 1st, 2nd, 3rd
    int aoyRank = 0;             // 0: not ranked (a team season, a guest, too few events)
    int aoyRanked = 0;           // anglers ranked that season
    Weight total;                // net weight weighed
};

struct AnglerProfile
{
    Q_DECLARE_TR_FUNCTIONS(AnglerProfile)
public:
    QString anglerId;
    QString name;
    int events = 0;
    int points = 0;
    std::array<int, 3> places{};
    Weight bestStringer;
    QString bestStringerTournament;
    QDate bestStringerDate;
    Weight biggestBass;
    QString biggestBassTournament;
    QDate biggestBassDate;
    QList<ProfileYear> years; // seasons fished, oldest first
    std::array<Weight, 12> monthTotal{};
    std::array<int, 12> monthWeighIns{}; // stringers weighed in that month of the year

    Weight monthAverage(int month) const; // month 0..11
    // "1st of 24 in 2019, 3rd of 22 in 2021" (empty when never ranked).
    QString aoyFinishesText() const;

    static AnglerProfile compute(const ClubHistory &history, const QString &anglerId);
    // By year (season, events, points, 1st, 2nd, 3rd, AoY) and by month.
    QList<StatsTable> tables() const;
};
