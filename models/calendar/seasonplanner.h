// SeasonPlanner: the dates of a season's tournaments, the club's usual 4th Sunday of January to
// October, moved off days that already hold something on the calendar (a holiday, the banquet,
// another club's tournament). A busy usual date moves to the next free Sunday of the same month,
// else the one before; when the month has no free Sunday it stays, marked, for the officer to
// decide.
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

class Store;

struct PlannedDate
{
    QDate date;      // where the tournament goes
    QDate usual;     // the club's usual date it stands for
    QString busyWith; // what the usual date holds (empty: it was free)
    bool moved() const { return date != usual; }
    bool stuck() const { return !busyWith.isEmpty() && date == usual; }
};

class SeasonPlanner
{
    Q_DECLARE_TR_FUNCTIONS(SeasonPlanner)
public:
    // `busy`: date -> what it holds.
    static QList<PlannedDate> plan(int season, const QMap<QDate, QString> &busy);
    // The days of the season that hold a calendar event that is not cancelled: date -> its
    // name(s). Empty on failure (the caller plans the usual dates).
    static QMap<QDate, QString> busyDays(Store &store, int season);
    // One line per moved date, in the user's words ("April 26 holds the Banquet: moved to May 3").
    static QStringList describeMoves(const QList<PlannedDate> &plan);
};
