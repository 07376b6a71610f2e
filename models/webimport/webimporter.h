// WebImporter: writes the club's history read from its former web app (a web::Snapshot) into a
// club file, through the club's own stores, in one transaction, and says what it did. The
// mapping is the web app's meaning of its rows (../shared/WEBAPP.md):
// - people: "Admin User" is not a person (left out with its results); placeholder addresses
//   (@sabc.com, @saustinbc.com) are not stored; of two addresses differing only in case the
//   older record keeps it; phones normalised; year joined, dues paid through.
// - memberships per season from the results' was_member, and for the current season from the
//   member flag and the dues date;
// - officers: the four posts ("President/Secretary" is the president);
// - lakes matched by key (the web's "sommerville" is our "somerville"), then by name, new ones
//   added; ramps matched by name within their lake, new ones title-cased; the map address (the
//   iframe's src) is remembered with the imported lake or ramp, and becomes the lake's map link
//   when the club file has none for it;
// - the calendar: holidays, other clubs' tournaments (on their lake) and club events (a meeting,
//   the banquet, an election, by their name) become calendar events, cancelled ones kept as
//   cancelled; an event the club file already has on that date under the same name is linked;
// - tournaments: format from coalesce(aoy_points, true), fee and its unit (limit_type), fish
//   limit, paper, times, cancelled; a complete tournament is finalized by "web import"; each
//   imported season without rules gets the bylaws of its year (sabc-2025 before 2026, sabc-2026
//   from 2026); scheduled SABC events without a tournament row become tournaments;
// - entries: gross = net + penalty, dead fish = penalty / 0.25, so the net is the web's; of two
//   rows for one angler in one tournament the later is kept; a boat's anglers without a result
//   row get entries as the web app's views give them (the boater the boat's numbers, the partner
//   none);
// - boats from team results, solo boats included.
// Every record brought in is remembered with its web row (WebImportStore), so a second run adds
// only what the web app added since.
#pragma once

#include "core/result.h"
#include "webimport/websnapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>

class Store;

struct WebImportSummary
{
    Q_DECLARE_TR_FUNCTIONS(WebImportSummary)
public:
    // Records created per kind: people, memberships, officers, lakes, ramps, events, tournaments,
    // entries, boats, season rules.
    int people = 0;
    int peopleMatched = 0; // linked to people already in the club file (same e-mail)
    int memberships = 0;
    int officers = 0;
    int lakes = 0;
    int lakesMatched = 0;
    int ramps = 0;
    int rampsMatched = 0;
    int events = 0;
    int calendarEvents = 0; // holidays, other clubs' tournaments, club events
    int lakeMaps = 0;       // lakes given their map link
    int tournaments = 0;
    int finalized = 0;
    int entries = 0;
    int boats = 0;
    int rulesets = 0;
    // What was left out, one line per reason (reason, count), in the order first met.
    QList<QPair<QString, int>> leftOut;
    // What a person should look at.
    QStringList needsLook;
    // Seasons that have tournaments brought in, oldest first.
    QList<int> seasons;
    bool dryRun = false;

    void leave(const QString &reason, int count = 1);
    int created() const;
    // The summary as printed by `sabc import web` and shown by the import dialog.
    QString text() const;
};

class WebImporter
{
    Q_DECLARE_TR_FUNCTIONS(WebImporter)
public:
    explicit WebImporter(Store &store) : m_store(store) {}

    // Progress: steps done of the total.
    using Progress = std::function<void(int done, int total)>;
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    // Imports the snapshot in one transaction. A dry run does the same work and rolls it back,
    // so its summary is exactly what an import would do. A file without a club gets one named
    // `clubName`. On any failure nothing is written and the message says what went wrong.
    Result<WebImportSummary> run(const web::Snapshot &snapshot, bool dryRun,
                                 const QString &clubName = QString());

    static bool isPlaceholderEmail(const QString &email);
    static QString mapAddress(const QString &iframe);
    static QString titleCase(const QString &name);
    // The club's post for a web officer position; empty when there is none.
    static QString post(const QString &position);

private:
    Status import(const web::Snapshot &snapshot, WebImportSummary &summary,
                  const QString &clubName);

    Store &m_store;
    Progress m_progress;
};
