// The weigh-in sheet's undoable edits: add, change and delete entries (with their paper fish),
// pair, change and split boats, and add walk-up guests. Each step writes through TournamentStore
// in one committed transaction. Made only through commands/command.h; see commandbase.h for who
// owns what.
#pragma once

#include "commands/commandbase.h"
#include "tournaments/tournamentstore.h"

class AddEntryCommand : public CommandBase
{
    Q_DECLARE_TR_FUNCTIONS(AddEntryCommand)
public:
    AddEntryCommand(Store *store, const EntryRecord &entry);
    // The entry's id once the command ran.
    QString entryId() const { return m_entry.id; }

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    EntryRecord m_entry;
};

class EditEntryCommand : public CommandBase
{
    Q_DECLARE_TR_FUNCTIONS(EditEntryCommand)
public:
    EditEntryCommand(Store *store, const EntryRecord &before, const EntryRecord &after);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    EntryRecord m_before;
    EntryRecord m_after;
};

class DeleteEntriesCommand : public CommandBase
{
    Q_DECLARE_TR_FUNCTIONS(DeleteEntriesCommand)
public:
    DeleteEntriesCommand(Store *store, const QList<EntryRecord> &entries);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    QList<EntryRecord> m_entries;
};

class AddBoatCommand : public CommandBase
{
    Q_DECLARE_TR_FUNCTIONS(AddBoatCommand)
public:
    AddBoatCommand(Store *store, const BoatRecord &boat);
    // The boat as stored (with its id once the command ran).
    BoatRecord boat() const { return m_boat; }

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    BoatRecord m_boat;
};

// Team format: a boat weighed in at once (its anglers' entries and the boat), one step.
class AddTeamBoatCommand : public CommandBase
{
    Q_DECLARE_TR_FUNCTIONS(AddTeamBoatCommand)
public:
    AddTeamBoatCommand(Store *store, const QList<EntryRecord> &entries, const BoatRecord &boat);
    BoatRecord boat() const { return m_boat; }

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    QList<EntryRecord> m_entries;
    BoatRecord m_boat;
};

class EditBoatCommand : public CommandBase
{
    Q_DECLARE_TR_FUNCTIONS(EditBoatCommand)
public:
    EditBoatCommand(Store *store, const BoatRecord &before, const BoatRecord &after);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    BoatRecord m_before;
    BoatRecord m_after;
};

class DeleteBoatCommand : public CommandBase
{
    Q_DECLARE_TR_FUNCTIONS(DeleteBoatCommand)
public:
    DeleteBoatCommand(Store *store, const BoatRecord &boat);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    BoatRecord m_boat;
};

// A walk-up guest added to the roster from the weigh-in sheet.
class AddGuestCommand : public CommandBase
{
    Q_DECLARE_TR_FUNCTIONS(AddGuestCommand)
public:
    AddGuestCommand(Store *store, const QString &name, const QString &phone);
    QString anglerId() const { return m_id; }

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    QString m_name;
    QString m_phone;
    QString m_id;
};
