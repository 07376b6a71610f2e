// ClubData: the club data page's tables, computed from the club's history (every season, or
// one): per-lake statistics, the top ten big bass of all time, limits and zeros by year, members
// and guests by year, average 1st/2nd/3rd winning weights by year and by lake, participation per
// tournament. LakeHistory: what the tournament dialog shows beside the lake choice. Pure code
// over a ClubHistory (see clubhistory.h for the words used).
#pragma once

#include "stats/clubhistory.h"
#include "stats/statstable.h"
#include "stats/tournamentstats.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <array>

struct LakeStats
{
    QString lakeId;
    QString lake;
    int tournaments = 0;
    QDate lastFished;
    int anglers = 0;
    int weighedAnglers = 0;
    int stringers = 0;
    int limits = 0;
    int zeros = 0;
    Weight total;
    Weight heaviest;
    QString heaviestName;
    Weight bigBass;
    QString bigBassName;
    QDate bigBassDate;
    std::array<Weight, 3> placeTotal{};
    std::array<int, 3> placeCount{};

    // total / anglers who weighed in (a boat's weight is shared by the anglers in it).
    Weight averagePerAngler() const { return TournamentStats::averageOf(total, weighedAnglers); }
    Weight averagePlace(int place) const
    {
        return TournamentStats::averageOf(placeTotal.at(place), placeCount.at(place));
    }
    void add(const HistoryTournament &t, const TournamentStats &s);
};

struct BigBassRecord
{
    Weight weight;
    QString name;
    QString tournament;
    QDate date;
    QString lake;
};

struct YearStats
{
    int season = 0;
    int tournaments = 0;
    int stringers = 0;
    int limits = 0;
    int zeros = 0;
    int memberAnglers = 0; // distinct anglers who fished as members that season
    int guestAnglers = 0;  // distinct anglers who fished only as guests that season
    int memberEntries = 0;
    int guestEntries = 0;
    std::array<Weight, 3> placeTotal{};
    std::array<int, 3> placeCount{};

    Weight averagePlace(int place) const
    {
        return TournamentStats::averageOf(placeTotal.at(place), placeCount.at(place));
    }
};

struct ParticipationRow
{
    QDate date;
    QString tournament;
    QString lake;
    bool byBoat = false;
    int anglers = 0;
    int boats = 0;
    int members = 0;
    int guests = 0;
};

struct ClubData
{
    Q_DECLARE_TR_FUNCTIONS(ClubData)
public:
    int season = 0; // 0: every season
    QList<LakeStats> lakes; // most fished first, then by name
    QList<BigBassRecord> bigBass; // the ten largest, heaviest first (earlier first among equals)
    QList<YearStats> years;       // oldest first
    QList<ParticipationRow> participation; // date order

    static constexpr int bigBassCount = 10;
    static ClubData compute(const ClubHistory &history, int season = 0);

    // The tables, in the order the page, the report and `sabc stats` give them: lakes,
    // big_bass, limits_zeros, members_guests, winning_weights_by_year, winning_weights_by_lake,
    // participation.
    QList<StatsTable> tables() const;
    // The printable report, with charts.
    Report report(const QString &clubName) const;
};

struct SameMonthRow
{
    int year = 0;
    bool held = false; // false: no tournament that month
    QDate date;
    QString tournament;
    QString lake;
    int anglers = 0;
    int limits = 0;
    int zeros = 0;
    QList<Weight> top; // at most three, heaviest first
};

struct LakeHistory
{
    Q_DECLARE_TR_FUNCTIONS(LakeHistory)
public:
    LakeStats lake; // tournaments before `date` (every one when `date` is invalid)
    QList<SameMonthRow> sameMonth; // the previous four years, latest first
    static constexpr int yearsBack = 4;

    // `tournamentId`: the tournament being edited, left out of its own history.
    static LakeHistory compute(const ClubHistory &history, const QString &lakeId,
                               const QDate &date, const QString &tournamentId = QString());
};
