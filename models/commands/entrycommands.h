// Undoable edits of a weigh-in sheet: add, change and delete entries (with their paper fish),
// boats and walk-up guests. Every command writes through TournamentStore, so each step is one
// committed transaction. The QUndoStack of the window owns the commands; a command keeps only a
// guarded pointer to the store. A command whose first redo fails is dropped from the stack (it
// changed nothing) and its error is returned by StoreCommand::push(); a later undo or redo that
// fails is reported through the error handler and the command is dropped.
#pragma once

#include "core/result.h"
#include "tournaments/tournamentstore.h"

#include <QPointer>
#include <QUndoCommand>

#include <functional>

class QUndoStack;
class Store;

class StoreCommand : public QUndoCommand
{
public:
    using ErrorHandler = std::function<void(const QString &)>;

    explicit StoreCommand(Store *store, const QString &text = QString());

    // Where failures of later undo/redo steps go (a message box, a status line).
    void setErrorHandler(ErrorHandler handler) { m_onError = std::move(handler); }

    // Runs the command's first redo through `stack` (or, without a stack, runs it and discards
    // it). On failure nothing changed, the command is deleted and the error is returned.
    static Status push(QUndoStack *stack, StoreCommand *command);

    void redo() final;
    void undo() final;

protected:
    virtual Status apply() = 0;  // redo
    virtual Status revert() = 0; // undo
    Store *store() const { return m_store.data(); }
    bool firstRun() const { return m_firstRun; }

private:
    void fail(const QString &error);

    QPointer<Store> m_store;
    ErrorHandler m_onError;
    QString *m_firstError = nullptr;
    bool m_firstRun = true;
};

class AddEntryCommand : public StoreCommand
{
public:
    AddEntryCommand(Store *store, const EntryRecord &entry);
    // The entry as stored (its id once the command ran).
    const EntryRecord &entry() const { return m_entry; }

protected:
    Status apply() override;
    Status revert() override;

private:
    EntryRecord m_entry;
};

class EditEntryCommand : public StoreCommand
{
public:
    EditEntryCommand(Store *store, const EntryRecord &before, const EntryRecord &after,
                     const QString &text = QString());

protected:
    Status apply() override;
    Status revert() override;

private:
    EntryRecord m_before;
    EntryRecord m_after;
};

class DeleteEntriesCommand : public StoreCommand
{
public:
    DeleteEntriesCommand(Store *store, const QList<EntryRecord> &entries);

protected:
    Status apply() override;
    Status revert() override;

private:
    QList<EntryRecord> m_entries;
};

class AddBoatCommand : public StoreCommand
{
public:
    AddBoatCommand(Store *store, const BoatRecord &boat);
    const BoatRecord &boat() const { return m_boat; }

protected:
    Status apply() override;
    Status revert() override;

private:
    BoatRecord m_boat;
};

class EditBoatCommand : public StoreCommand
{
public:
    EditBoatCommand(Store *store, const BoatRecord &before, const BoatRecord &after);

protected:
    Status apply() override;
    Status revert() override;

private:
    BoatRecord m_before;
    BoatRecord m_after;
};

class DeleteBoatCommand : public StoreCommand
{
public:
    DeleteBoatCommand(Store *store, const BoatRecord &boat);

protected:
    Status apply() override;
    Status revert() override;

private:
    BoatRecord m_boat;
};

// A walk-up guest added to the roster from the weigh-in sheet.
class AddGuestCommand : public StoreCommand
{
public:
    AddGuestCommand(Store *store, const QString &name, const QString &phone);
    QString anglerId() const { return m_id; }

protected:
    Status apply() override;
    Status revert() override;

private:
    QString m_name;
    QString m_phone;
    QString m_id;
};
