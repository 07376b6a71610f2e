// models/live/: the leaderboard shared at the ramp, offline: LiveBoard (what is shown: the
// tournament of the day with its places, boats, big bass, payouts once finalized, and the season
// standings, read from the club file), the HTTP server that phones open (LeaderboardServer, its
// request parser HttpRequest, and LiveServerHost that runs it on a thread of its own for the
// window). Qt Core, Sql and Network only: no widgets. It only ever reads the club file.
//
// LiveBoard: one read of what the leaderboard shows. Plain values and their JSON; names only,
// never contact data, dues or notes.
#pragma once

#include "core/result.h"
#include "scoring/seasonstandings.h"
#include "tournaments/records.h"
#include "tournaments/weighinstandings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>

class Store;

struct LiveBoard
{
    Q_DECLARE_TR_FUNCTIONS(LiveBoard)
public:
    bool hasTournament = false;
    TournamentRecord tournament;
    WeighInStandings standings;
    int season = 0;
    SeasonStandings seasonStandings;

    // Today's tournament in the club's time zone, else the latest one not finalized that was held
    // by today, else the latest finalized one (the last results), else the next one to come.
    // With a valid `date`, the tournament held that day (none: hasTournament false). Fails only
    // when the file cannot be read.
    static Result<LiveBoard> load(Store &store, const QDate &date = {});
    // The id of the tournament load() would show.
    static Result<QString> pickTournament(Store &store, const QDate &date = {});

    // {"tournament": {...}, "places": [...], "boats": [...], "big_bass": {...}, "payouts": ...}
    QJsonObject leaderboardJson() const;
    // {"season": N, "standings": [{"rank", "angler", "points", "events", "net_weight"}, ...]}
    QJsonObject standingsJson() const;

    // "Finalized", "Weigh-in", "Scheduled" or "Cancelled".
    QString stateText() const;
    // The big bass of the day: the heaviest fish of an angler not disqualified ("" when none).
    QStringList bigBassAnglers() const;
    Weight bigBassWeight() const;
};
