// models/webimport/: bringing the club's history in from its former web app (FastAPI +
// PostgreSQL): the web rows as read (WebSnapshot), what the club file remembers of them
// (WebImportStore, the provenance of each imported record) and the mapping that writes them
// through the club's stores (WebImporter). Reading the web database is sync/webimport/'s work.
//
// WebSnapshot: the web app's rows that the import needs, as plain values. Weights and money are
// already exact integers (hundredths of a pound, cents): the reader lets PostgreSQL do the
// decimal arithmetic, so `12.5`, `12.50` and `12` all arrive as 1250 / 1200.
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

namespace web {

struct AnglerRow
{
    int id = 0;
    QString name;
    QString email;
    bool member = false;
    int yearJoined = 0;       // 0: unknown
    QString phone;
    int duesPaidThrough = 0;  // the year of dues_paid_through; 0: never paid
    bool emailOptIn = true;   // email_opt_in (true when the web database has no such column)
    bool notifyNews = true;   // notify_news (likewise)
};

struct OfficerRow
{
    int id = 0;
    int anglerId = 0;
    QString position;
    int year = 0;
};

struct LakeRow
{
    int id = 0;
    QString key;
    QString name;
    QString mapIframe;
};

struct RampRow
{
    int id = 0;
    int lakeId = 0;
    QString name;
    QString mapIframe;
};

struct EventRow
{
    int id = 0;
    QDate date;
    int year = 0;
    QString name;
    QString type; // sabc_tournament, holiday, other_tournament, club_event
    QTime startTime;
    QTime weighInTime;
    QString lakeName;
    QString rampName;
    qint64 entryFeeCents = -1; // -1: none
    bool cancelled = false;
    QString description;
    QString holidayName;
};

struct TournamentRow
{
    int id = 0;
    int eventId = 0; // 0: none
    QString name;
    int lakeId = 0;
    int rampId = 0;
    QString lakeName;
    QString rampName;
    QTime startTime;
    QTime endTime;
    int fishLimit = 5;
    qint64 entryFeeCents = -1; // -1: none
    bool paper = false;
    bool complete = false;
    QString limitType;  // angler or boat
    bool aoyPoints = true; // coalesce(aoy_points, true)
};

struct ResultRow
{
    int id = 0;
    int tournamentId = 0;
    int anglerId = 0;
    int fish = 0;
    int netHundredths = 0;
    int bigBassHundredths = 0;
    int penaltyHundredths = 0;
    int deadFish = 0; // penalty / 0.25, rounded
    bool disqualified = false;
    bool buyIn = false;
    bool wasMember = true;
};

struct TeamRow
{
    int id = 0;
    int tournamentId = 0;
    int angler1Id = 0;
    int angler2Id = 0; // 0: fished alone
    int fish = 0;
    int netHundredths = 0;
    int bigBassHundredths = 0;
};

struct Snapshot
{
    QList<AnglerRow> anglers;
    QList<OfficerRow> officers;
    QList<LakeRow> lakes;
    QList<RampRow> ramps;
    QList<EventRow> events;
    QList<TournamentRow> tournaments;
    QList<ResultRow> results;
    QList<TeamRow> teams;
    int currentSeason = 0; // the web server's current year
};

} // namespace web
