// The season calendar's undoable edits: create tournaments (one, or a whole season schedule at
// once), change one, delete one (refused when it has entries). Finalize and unlock are not on the
// undo stack: they are deliberate, confirmed acts recorded in the tournament's log. Made only
// through commands/command.h; see commandbase.h for who owns what.
#pragma once

#include "commands/commandbase.h"
#include "tournaments/tournamentstore.h"

#include <optional>

class CreateTournamentsCommand : public CommandBase
{
    Q_DECLARE_TR_FUNCTIONS(CreateTournamentsCommand)
public:
    CreateTournamentsCommand(Store *store, const QList<TournamentRecord> &tournaments);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    QList<TournamentRecord> m_tournaments;
    QStringList m_ids;
};

class EditTournamentCommand : public CommandBase
{
    Q_DECLARE_TR_FUNCTIONS(EditTournamentCommand)
public:
    EditTournamentCommand(Store *store, const TournamentRecord &before,
                          const TournamentRecord &after);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    TournamentRecord m_before;
    TournamentRecord m_after;
};

class DeleteTournamentCommand : public CommandBase
{
    Q_DECLARE_TR_FUNCTIONS(DeleteTournamentCommand)
public:
    DeleteTournamentCommand(Store *store, const TournamentRecord &tournament);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    TournamentRecord m_tournament;
    QStringList m_boatIds;
};

// A season's rules set from the Season Rules dialog; undo puts back the rules it replaced (or,
// when the season had none of its own, takes them away so it copies the previous season again).
class SetSeasonRulesCommand : public CommandBase
{
    Q_DECLARE_TR_FUNCTIONS(SetSeasonRulesCommand)
public:
    SetSeasonRulesCommand(Store *store, int season, const Ruleset &rules);

protected:
    Result<bool> workToBeDone() override;
    Status doRedo() override;
    Status doUndo() override;

private:
    int m_season;
    Ruleset m_after;
    std::optional<Ruleset> m_before; // the season's own rules before; none: it had none
};
