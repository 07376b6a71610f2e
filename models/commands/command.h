// models/commands/: undo. One base command (CommandBase) and every edit the app can undo; the
// windows reach them only through the functions below.
//
// The club's undoable edits, one function per thing a user does (as Subsurface's
// commands/command.h): the UI calls these and never sees a command class. Each function makes
// the edit at once, through the Store, and on success leaves it on `stack` for Edit > Undo (the
// stack owns it; without a stack the edit stays and cannot be undone). A refused edit changes
// nothing, leaves the stack as it was and comes back as the failure to show. Undo and redo can
// fail later (someone else changed the data meanwhile); such a failure goes to `onError` (the
// window shows it; without one it is only logged) and the edit leaves the stack.
#pragma once

#include "calendar/calendarstore.h"
#include "core/result.h"
#include "roster/anglerstore.h"
#include "tournaments/lakestore.h"
#include "tournaments/tournamentstore.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

class QUndoStack;
class Store;
struct ImportPlan;

namespace commands {

// Hears why a later undo or redo failed, in words for the user.
using ErrorHandler = std::function<void(const QString &)>;

// The result of an edit that may turn out to change nothing (an angler saved as they were):
// then it is not ok() but nothingChanged(), which is no error to show.
class [[nodiscard]] EditStatus : public Status
{
public:
    EditStatus(Status status, bool nothingChanged = false)
        : Status(std::move(status)), m_nothingChanged(nothingChanged)
    {
    }
    bool nothingChanged() const { return m_nothingChanged; }

private:
    bool m_nothingChanged;
};

// --- roster

// Adds an angler, a member of `memberSeason` (0: a guest). Returns the new angler's id.
Result<QString> addAngler(QUndoStack *stack, Store *store, const Angler &angler,
                          int memberSeason = 0, ErrorHandler onError = {});
// Saves an edited angler; `memberOfSeason`, when set, switches their membership of `season`.
EditStatus editAngler(QUndoStack *stack, Store *store, const Angler &edited, int season = 0,
                      std::optional<bool> memberOfSeason = std::nullopt, ErrorHandler onError = {});
// Deactivates an angler (or, with `inactive` false, brings them back); `name` names the edit.
Status setInactive(QUndoStack *stack, Store *store, const QString &anglerId, const QString &name,
                   bool inactive, ErrorHandler onError = {});
// Deletes an angler without history (one with history is refused: deactivate instead).
Status deleteAngler(QUndoStack *stack, Store *store, const QString &anglerId, const QString &name,
                    ErrorHandler onError = {});
// Sets the holders of `season`'s posts: post -> angler id (empty: vacant) for the posts to set.
EditStatus setOfficers(QUndoStack *stack, Store *store, int season,
                       const QHash<QString, QString> &holders, ErrorHandler onError = {});
// Folds the duplicate record into the survivor; `description` names the edit.
Status mergeAnglers(QUndoStack *stack, Store *store, const QString &survivorId,
                    const QString &duplicateId, const QString &description,
                    ErrorHandler onError = {});
// Records a dues payment (undo appends a reversing ledger entry).
Status recordPayment(QUndoStack *stack, Store *store, const QString &anglerId, const QString &name,
                     const PaymentInput &payment, ErrorHandler onError = {});
// Applies a roster import plan in one transaction.
Status importRoster(QUndoStack *stack, Store *store, const ImportPlan &plan,
                    ErrorHandler onError = {});

// --- weigh-in sheet

// Adds an entry (with its paper fish). Returns the new entry's id.
Result<QString> addEntry(QUndoStack *stack, Store *store, const EntryRecord &entry,
                         ErrorHandler onError = {});
Status editEntry(QUndoStack *stack, Store *store, const EntryRecord &before,
                 const EntryRecord &after, ErrorHandler onError = {});
Status deleteEntries(QUndoStack *stack, Store *store, const QList<EntryRecord> &entries,
                     ErrorHandler onError = {});
// Pairs a boat. Returns the boat as stored (with its id).
Result<BoatRecord> addBoat(QUndoStack *stack, Store *store, const BoatRecord &boat,
                           ErrorHandler onError = {});
Status editBoat(QUndoStack *stack, Store *store, const BoatRecord &before, const BoatRecord &after,
                ErrorHandler onError = {});
// Team format: weighs a boat in at once, its anglers' entries with it (one step, all or none).
Result<BoatRecord> addTeamBoat(QUndoStack *stack, Store *store, const QList<EntryRecord> &entries,
                               const BoatRecord &boat, ErrorHandler onError = {});
// Splits a boat.
Status deleteBoat(QUndoStack *stack, Store *store, const BoatRecord &boat,
                  ErrorHandler onError = {});
// Adds a walk-up guest to the roster from the weigh-in sheet. Returns the guest's angler id.
Result<QString> addGuest(QUndoStack *stack, Store *store, const QString &name, const QString &phone,
                         ErrorHandler onError = {});

// --- season calendar (finalize and unlock are not undoable: they are recorded in the log)

// Creates one tournament or a whole season schedule; one bad row creates none.
Status createTournaments(QUndoStack *stack, Store *store,
                         const QList<TournamentRecord> &tournaments, ErrorHandler onError = {});
Status editTournament(QUndoStack *stack, Store *store, const TournamentRecord &before,
                      const TournamentRecord &after, ErrorHandler onError = {});
// Deletes a tournament and its boats (refused while it has entries).
Status deleteTournament(QUndoStack *stack, Store *store, const TournamentRecord &tournament,
                        ErrorHandler onError = {});
// Stores a season's rules (Tournament > Season Rules...); every result of the season is scored
// with them from then on. Refused (nothing changed) when they do not add up.
EditStatus setSeasonRules(QUndoStack *stack, Store *store, int season, const Ruleset &rules,
                          ErrorHandler onError = {});

// --- the club's calendar (Calendar page)

// Adds a calendar event. Returns its id.
Result<QString> addCalendarEvent(QUndoStack *stack, Store *store, const CalendarEvent &event,
                                 ErrorHandler onError = {});
EditStatus editCalendarEvent(QUndoStack *stack, Store *store, const CalendarEvent &before,
                             const CalendarEvent &after, ErrorHandler onError = {});
Status deleteCalendarEvent(QUndoStack *stack, Store *store, const CalendarEvent &event,
                           ErrorHandler onError = {});

// --- lakes and ramps (Tournament > Lakes and Ramps...)

// Adds a lake. Returns its id.
Result<QString> addLake(QUndoStack *stack, Store *store, const LakeRecord &lake,
                        ErrorHandler onError = {});
EditStatus editLake(QUndoStack *stack, Store *store, const LakeRecord &before,
                    const LakeRecord &after, ErrorHandler onError = {});
// Deletes a lake and its ramps; refused (naming how many tournaments use it) when in use.
Status deleteLake(QUndoStack *stack, Store *store, const LakeRecord &lake,
                  ErrorHandler onError = {});
Result<QString> addRamp(QUndoStack *stack, Store *store, const RampRecord &ramp,
                        ErrorHandler onError = {});
EditStatus editRamp(QUndoStack *stack, Store *store, const RampRecord &before,
                    const RampRecord &after, ErrorHandler onError = {});
// Deletes a ramp no tournament uses.
Status deleteRamp(QUndoStack *stack, Store *store, const RampRecord &ramp,
                  ErrorHandler onError = {});

} // namespace commands
