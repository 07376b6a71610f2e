#include "commands/command.h"

#include "commands/anglercommands.h"
#include "commands/calendarcommands.h"
#include "commands/entrycommands.h"
#include "commands/tournamentcommands.h"

#include <QUndoStack>

#include <functional>
#include <memory>
#include <type_traits>

namespace {

// Makes the edit and, when it changed something, gives the command to `stack`, which owns it
// from then on.
commands::EditStatus push(QUndoStack *stack, std::unique_ptr<CommandBase> command,
                          commands::ErrorHandler onError)
{
    commands::EditStatus s = command->firstRun(std::move(onError));
    if (s && stack)
        stack->push(command.release());
    return s;
}

// The same for an edit whose caller needs what it made (an id, a record): `made` reads it from
// the command once it ran.
template <typename C, typename Read>
auto push(QUndoStack *stack, std::unique_ptr<C> command, commands::ErrorHandler onError, Read made)
    -> Result<std::decay_t<std::invoke_result_t<Read, const C &>>>
{
    using T = std::decay_t<std::invoke_result_t<Read, const C &>>;
    Status s = command->firstRun(std::move(onError));
    if (!s)
        return Result<T>::failure(s.error());
    T value = std::invoke(made, std::as_const(*command));
    if (stack)
        stack->push(command.release());
    return value;
}

} // namespace

namespace commands {

// --- roster

Result<QString> addAngler(QUndoStack *stack, Store *store, const Angler &angler, int memberSeason,
                          ErrorHandler onError)
{
    return push(stack, std::make_unique<AddAnglerCommand>(store, angler, memberSeason),
                std::move(onError), &AddAnglerCommand::anglerId);
}

EditStatus editAngler(QUndoStack *stack, Store *store, const Angler &edited, int season,
                      std::optional<bool> memberOfSeason, ErrorHandler onError)
{
    return push(stack, std::make_unique<EditAnglerCommand>(store, edited, season, memberOfSeason),
                std::move(onError));
}

Status setInactive(QUndoStack *stack, Store *store, const QString &anglerId, const QString &name,
                   bool inactive, ErrorHandler onError)
{
    return push(stack, std::make_unique<SetInactiveCommand>(store, anglerId, name, inactive),
                std::move(onError));
}

Status deleteAngler(QUndoStack *stack, Store *store, const QString &anglerId, const QString &name,
                    ErrorHandler onError)
{
    return push(stack, std::make_unique<DeleteAnglerCommand>(store, anglerId, name),
                std::move(onError));
}

EditStatus setOfficers(QUndoStack *stack, Store *store, int season,
                       const QHash<QString, QString> &holders, ErrorHandler onError)
{
    return push(stack, std::make_unique<SetOfficersCommand>(store, season, holders),
                std::move(onError));
}

Status mergeAnglers(QUndoStack *stack, Store *store, const QString &survivorId,
                    const QString &duplicateId, const QString &description, ErrorHandler onError)
{
    return push(stack,
                std::make_unique<MergeAnglersCommand>(store, survivorId, duplicateId, description),
                std::move(onError));
}

Status recordPayment(QUndoStack *stack, Store *store, const QString &anglerId, const QString &name,
                     const PaymentInput &payment, ErrorHandler onError)
{
    return push(stack, std::make_unique<RecordPaymentCommand>(store, anglerId, name, payment),
                std::move(onError));
}

Status importRoster(QUndoStack *stack, Store *store, const ImportPlan &plan, ErrorHandler onError)
{
    return push(stack, std::make_unique<ImportRosterCommand>(store, plan), std::move(onError));
}

// --- weigh-in sheet

Result<QString> addEntry(QUndoStack *stack, Store *store, const EntryRecord &entry,
                         ErrorHandler onError)
{
    return push(stack, std::make_unique<AddEntryCommand>(store, entry), std::move(onError),
                &AddEntryCommand::entryId);
}

Status editEntry(QUndoStack *stack, Store *store, const EntryRecord &before,
                 const EntryRecord &after, ErrorHandler onError)
{
    return push(stack, std::make_unique<EditEntryCommand>(store, before, after),
                std::move(onError));
}

Status deleteEntries(QUndoStack *stack, Store *store, const QList<EntryRecord> &entries,
                     ErrorHandler onError)
{
    return push(stack, std::make_unique<DeleteEntriesCommand>(store, entries), std::move(onError));
}

Result<BoatRecord> addBoat(QUndoStack *stack, Store *store, const BoatRecord &boat,
                           ErrorHandler onError)
{
    return push(stack, std::make_unique<AddBoatCommand>(store, boat), std::move(onError),
                &AddBoatCommand::boat);
}

Result<BoatRecord> addTeamBoat(QUndoStack *stack, Store *store, const QList<EntryRecord> &entries,
                               const BoatRecord &boat, ErrorHandler onError)
{
    return push(stack, std::make_unique<AddTeamBoatCommand>(store, entries, boat),
                std::move(onError), &AddTeamBoatCommand::boat);
}

Status editBoat(QUndoStack *stack, Store *store, const BoatRecord &before, const BoatRecord &after,
                ErrorHandler onError)
{
    return push(stack, std::make_unique<EditBoatCommand>(store, before, after), std::move(onError));
}

Status deleteBoat(QUndoStack *stack, Store *store, const BoatRecord &boat, ErrorHandler onError)
{
    return push(stack, std::make_unique<DeleteBoatCommand>(store, boat), std::move(onError));
}

Result<QString> addGuest(QUndoStack *stack, Store *store, const QString &name, const QString &phone,
                         ErrorHandler onError)
{
    return push(stack, std::make_unique<AddGuestCommand>(store, name, phone), std::move(onError),
                &AddGuestCommand::anglerId);
}

// --- season calendar

Status createTournaments(QUndoStack *stack, Store *store,
                         const QList<TournamentRecord> &tournaments, ErrorHandler onError)
{
    return push(stack, std::make_unique<CreateTournamentsCommand>(store, tournaments),
                std::move(onError));
}

Status editTournament(QUndoStack *stack, Store *store, const TournamentRecord &before,
                      const TournamentRecord &after, ErrorHandler onError)
{
    return push(stack, std::make_unique<EditTournamentCommand>(store, before, after),
                std::move(onError));
}

Status deleteTournament(QUndoStack *stack, Store *store, const TournamentRecord &tournament,
                        ErrorHandler onError)
{
    return push(stack, std::make_unique<DeleteTournamentCommand>(store, tournament),
                std::move(onError));
}

EditStatus setSeasonRules(QUndoStack *stack, Store *store, int season, const Ruleset &rules,
                          ErrorHandler onError)
{
    return push(stack, std::make_unique<SetSeasonRulesCommand>(store, season, rules),
                std::move(onError));
}

// --- the club's calendar

Result<QString> addCalendarEvent(QUndoStack *stack, Store *store, const CalendarEvent &event,
                                 ErrorHandler onError)
{
    return push(stack, std::make_unique<AddCalendarEventCommand>(store, event), std::move(onError),
                &AddCalendarEventCommand::eventId);
}

EditStatus editCalendarEvent(QUndoStack *stack, Store *store, const CalendarEvent &before,
                             const CalendarEvent &after, ErrorHandler onError)
{
    return push(stack, std::make_unique<EditCalendarEventCommand>(store, before, after),
                std::move(onError));
}

Status deleteCalendarEvent(QUndoStack *stack, Store *store, const CalendarEvent &event,
                           ErrorHandler onError)
{
    return push(stack, std::make_unique<DeleteCalendarEventCommand>(store, event),
                std::move(onError));
}

// --- lakes and ramps

Result<QString> addLake(QUndoStack *stack, Store *store, const LakeRecord &lake,
                        ErrorHandler onError)
{
    return push(stack, std::make_unique<AddLakeCommand>(store, lake), std::move(onError),
                &AddLakeCommand::lakeId);
}

EditStatus editLake(QUndoStack *stack, Store *store, const LakeRecord &before,
                    const LakeRecord &after, ErrorHandler onError)
{
    return push(stack, std::make_unique<EditLakeCommand>(store, before, after), std::move(onError));
}

Status deleteLake(QUndoStack *stack, Store *store, const LakeRecord &lake, ErrorHandler onError)
{
    return push(stack, std::make_unique<DeleteLakeCommand>(store, lake), std::move(onError));
}

Result<QString> addRamp(QUndoStack *stack, Store *store, const RampRecord &ramp,
                        ErrorHandler onError)
{
    return push(stack, std::make_unique<AddRampCommand>(store, ramp), std::move(onError),
                &AddRampCommand::rampId);
}

EditStatus editRamp(QUndoStack *stack, Store *store, const RampRecord &before,
                    const RampRecord &after, ErrorHandler onError)
{
    return push(stack, std::make_unique<EditRampCommand>(store, before, after), std::move(onError));
}

Status deleteRamp(QUndoStack *stack, Store *store, const RampRecord &ramp, ErrorHandler onError)
{
    return push(stack, std::make_unique<DeleteRampCommand>(store, ramp), std::move(onError));
}

} // namespace commands
