// models/stats/: the club's numbers, computed once for every screen, report and command that
// shows them: a tournament's statistics, the club data tables (lakes, big bass, years,
// participation), an angler's career profile and a lake's history. Glossary:
//   stringer  what one weigh-in unit brought to the scale: an angler (individual format) or a
//             boat (team format: the club ranks, counts and pays boats); a zero has no fish
//   limit     a stringer of the tournament's fish limit
//   angler    an entry that fished (buy-ins left out; a DQ fished)
// Weights are net weights as the scoring engine computes them (dead-fish and late penalties,
// paper chart weights); cancelled tournaments and deleted rows are left out.
//
// ClubHistory: every scored tournament of the club (or of one season), read through SeasonLoader
// and scored by the engine, with its lake, plus each season's Angler-of-the-Year standings. The
// stats classes compute from it and never touch SQL.
#pragma once

#include "core/result.h"
#include "scoring/boatranker.h"
#include "scoring/seasonstandings.h"
#include "scoring/tournamentscorer.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class Store;

struct HistoryTournament
{
    QString id;
    QString name;
    QDate date;
    int season = 0;
    QString lakeId; // empty: no lake recorded
    QString lakeName;
    TournamentFormat format = TournamentFormat::Individual;
    bool paper = false;
    int fishLimit = 5; // the tournament's own, else the season's
    TournamentResult result;
    QList<BoatResult> boats;

    bool byBoat() const { return format == TournamentFormat::Team; }
};

struct HistorySeason
{
    int season = 0;
    bool teamSeason = false; // no Angler of the Year
    SeasonStandings standings; // empty when loaded with Standings::LeftOut
};

struct ClubHistory
{
    QList<HistoryTournament> tournaments; // date order; not cancelled
    QList<HistorySeason> seasons;         // oldest first

    const HistorySeason *season(int year) const;
};

class ClubHistoryLoader
{
    Q_DECLARE_TR_FUNCTIONS(ClubHistoryLoader)
public:
    // Whether each season's Angler-of-the-Year standings are computed: the career profile needs
    // them; the club data and a lake's history, only the tournaments.
    enum class Standings { Computed, LeftOut };

    // Every season (`season` 0) or one season.
    static Result<ClubHistory> load(Store &store, int season = 0,
                                    Standings standings = Standings::Computed);
};
