// models/tournaments/: the tournament part of the club: tournaments, weigh-in entries with their
// measured fish, boats, the finalize log (TournamentStore), lakes and ramps (LakeStore), rulesets
// (RulesetStore), and a season read whole for the scoring engine (SeasonLoader, SeasonView).
//
// TournamentStore: reads and writes one club's tournaments, weigh-in entries (with paper fish),
// boats, and the finalize/unlock log. Prepared statements with bound values;
// deleted rows (tombstones) are always left out; every multi-row change is one transaction, and
// changes to a finalized tournament's results are refused. The weigh-in sheet, its undo commands
// and the crash test all write through these functions, so what the test proves is what the
// director gets.
#pragma once

#include "core/result.h"
#include "tournaments/records.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QVariantMap>

#include <optional>

class Store;

class TournamentStore
{
    Q_DECLARE_TR_FUNCTIONS(TournamentStore)
public:
    explicit TournamentStore(Store &store) : m_store(store) {}

    // Tournaments.
    Result<TournamentRecord> tournament(const QString &id);
    Result<QList<TournamentRecord>> tournaments(int season);
    // Seasons that have tournaments, newest first.
    Result<QList<int>> seasons();
    // Live entries per tournament of a season (tournaments without entries are left out).
    Result<QHash<QString, int>> entryCounts(int season);
    // The tournament held on `date` (in `season`, or any season when 0); empty when none is.
    Result<QString> tournamentOn(const QDate &date, int season = 0);
    Result<QString> insertTournament(const TournamentRecord &t);
    // Several at once (a season schedule): all or none.
    Result<QStringList> insertTournaments(const QList<TournamentRecord> &list);
    Status updateTournament(const TournamentRecord &t);
    // Refused when the tournament has entries (cancel it instead). Its boats go with it; their
    // ids are returned so an undo can bring them back.
    Result<QStringList> removeTournament(const QString &id);
    Result<int> entryCount(const QString &tournamentId);
    // The dates of the club's default schedule: the 4th Sunday of January to October.
    static QList<QDate> defaultScheduleDates(int season);

    // Finalize marks the tournament completed and locks its results; unlock opens them again.
    // Both are logged with who and when.
    Status finalize(const QString &tournamentId, const QString &actor);
    Status unlock(const QString &tournamentId, const QString &actor);
    Result<QList<TournamentLogRecord>> log(const QString &tournamentId);
    // Corrects the member flag (membership at tournament time) of an entry, even of finalized
    // results, and records it in the tournament's log with who and when. The same flag: nothing.
    Status setEntryMember(const QString &entryId, bool member, const QString &actor);

    // The engine's view of the tournament with the given entries and boats.
    static TournamentInput input(const TournamentRecord &t, const QList<EntryRecord> &entries,
                                 const QList<BoatRecord> &boats);
    // The big bass pot carried into this tournament from every earlier one (any season).
    Result<Money> bigBassCarryIn(const TournamentRecord &t);

    // Entries.
    Result<QList<EntryRecord>> entries(const QString &tournamentId);
    Result<EntryRecord> entry(const QString &id);
    // Inserts the entry and its paper fish in one transaction; fills in the new ids.
    Status insertEntry(EntryRecord &e);
    // Rewrites the entry; paper fish no longer listed are deleted, new ones inserted (ids filled).
    // Several entries of one tournament at once (an import): all or none; fills in the new ids.
    // The tournament must be unlocked; an angler already on the sheet is refused.
    Status insertEntries(QList<EntryRecord> &list);
    Status updateEntry(EntryRecord &e);
    Status removeEntry(const EntryRecord &e);
    // Brings back a deleted entry and the paper fish listed in `e`.
    Status restoreEntry(const EntryRecord &e);

    // Boats.
    Result<QList<BoatRecord>> boats(const QString &tournamentId);
    Status insertBoat(BoatRecord &b);
    // Several boats of one tournament at once (an import): all or none; fills in the new ids.
    // An angler already in a boat is refused.
    Status insertBoats(QList<BoatRecord> &list);
    Status updateBoat(const BoatRecord &b);
    Status removeBoat(const BoatRecord &b);
    Status restoreBoat(const BoatRecord &b);
    // A team boat weighed in at once: its anglers' entries and the boat with its own weigh-in,
    // in one transaction (all or nothing); fills in the new ids. Remove and restore the same.
    Status insertTeamBoat(QList<EntryRecord> &entries, BoatRecord &boat);
    Status removeTeamBoat(const QList<EntryRecord> &entries, const BoatRecord &boat);
    Status restoreTeamBoat(const QList<EntryRecord> &entries, const BoatRecord &boat);

    // Whether the tournament's results are locked (finalized). An error when it is.
    Status ensureUnlocked(const QString &tournamentId);

    // Brings back deleted rows (undo of a delete) of tournaments, entries, paper_fish, boats or
    // anglers, restamped so the restore syncs too.
    Status restoreRows(const QString &table, const QStringList &ids);

private:
    Store &m_store;

    static QVariantMap entryValues(const EntryRecord &e);
    static QVariantMap boatValues(const BoatRecord &b);
    static QString friendly(const QString &error, const EntryRecord &e);
};
