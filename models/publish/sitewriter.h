// models/publish/: the club's results site, a folder of static pages (plain HTML5 and one CSS
// file, no script) that can be copied to any web host as it is.
//
// SiteWriter: builds the pages from the same engine and stores the reports use (SeasonView for the
// Angler-of-the-Year standings and awards, WeighInStandings for each tournament's places, boats
// and big bass) and writes them:
//   index.html                 the seasons
//   style.css                  the one style sheet (readable on a phone: tables scroll sideways,
//                              less important columns fold away on a narrow screen)
//   YEAR/index.html            the season's standings, awards and tournaments
//   YEAR/calendar.html         the season's calendar (date, lake, ramp, times)
//   YEAR/YYYY-MM-DD.html       a tournament's results, boats and big bass
// Names only: no e-mail, phone, dues, money or notes. Every text is escaped; every link is
// relative, so the folder works from anywhere. Each file is written whole or not at all
// (QSaveFile); pages of a season's tournaments that no longer exist are removed.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

class Store;

// One line of a season's calendar.
struct SiteCalendarItem
{
    QDate date;
    QString title;
    QString lake;
    QString ramp;
    QTime start;
    QTime end;    // the weigh-in of a tournament
    QString link; // the page of the item, relative to the season folder ("" when none)
    QString note; // "Cancelled", "Results", ...
};

struct PublishedSite
{
    QString folder;      // where the site was written
    QStringList files;   // written, relative to the folder, in writing order
    QList<int> seasons;  // the seasons written
    int tournaments = 0; // tournament pages written
};

class SiteWriter
{
    Q_DECLARE_TR_FUNCTIONS(SiteWriter)
public:
    // Writes the site into `folder` (created when missing). `seasons` empty: every season of the
    // club; otherwise only those seasons' pages (and the index, which links the seasons already
    // in the folder). Fails with a message naming the folder or file that could not be written.
    static Result<PublishedSite> publish(Store &store, const QString &folder,
                                         const QList<int> &seasons = {});

    // The seasons a site can hold: every season with tournaments, newest first.
    static Result<QList<int>> seasons(Store &store);

    // A season's calendar in date order: its tournaments, and the place where the club's other
    // events join them.
    static Result<QList<SiteCalendarItem>> calendar(Store &store, int season);

    // The page name of each tournament of a season (id -> "YYYY-MM-DD.html"; a second tournament
    // on one day gets "YYYY-MM-DD-2.html").
    static Result<QHash<QString, QString>> tournamentPages(Store &store, int season);

    static QString styleSheet();
};
