// Undoable edits of the season calendar: create tournaments (one, or a whole season schedule at
// once), change one, delete one (refused when it has entries). Finalize and unlock are not on the
// undo stack: they are deliberate, confirmed acts recorded in the tournament's log.
#pragma once

#include "commands/entrycommands.h"
#include "tournaments/tournamentstore.h"

class CreateTournamentsCommand : public StoreCommand
{
public:
    CreateTournamentsCommand(Store *store, const QList<TournamentRecord> &tournaments);
    const QStringList &ids() const { return m_ids; }

protected:
    Status apply() override;
    Status revert() override;

private:
    QList<TournamentRecord> m_tournaments;
    QStringList m_ids;
};

class EditTournamentCommand : public StoreCommand
{
public:
    EditTournamentCommand(Store *store, const TournamentRecord &before,
                          const TournamentRecord &after);

protected:
    Status apply() override;
    Status revert() override;

private:
    TournamentRecord m_before;
    TournamentRecord m_after;
};

class DeleteTournamentCommand : public StoreCommand
{
public:
    DeleteTournamentCommand(Store *store, const TournamentRecord &tournament);

protected:
    Status apply() override;
    Status revert() override;

private:
    TournamentRecord m_tournament;
    QStringList m_boatIds;
};
