// CommandBase: the one base of every undoable edit of the club's data (models/commands/), as
// Subsurface's commands/command_base.h. Who owns what: the window owns one QUndoStack; the stack
// owns the commands pushed onto it; a command keeps only a guarded pointer to the Store it was
// made for and the data it needs to undo itself (ids and the values it replaced), never a model
// or a widget. The UI never sees these classes: it calls the functions in commands/command.h.
//
// Life of a command: firstRun() asks workToBeDone() (which may read the store), then makes the
// edit; only when that succeeds does the command go onto the stack (whose push() calls redo(),
// which then does nothing), so a refused edit changes nothing and leaves the stack as it was.
// Later undo and redo can still fail (another window or a sync changed the data meanwhile): the
// failure goes to the error handler the command was made with (the window shows it) and the
// command makes itself obsolete, so the stack drops it rather than pretend.
#pragma once

#include "commands/command.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

class Store;

class CommandBase : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(CommandBase)
public:
    // Makes the edit for the first time; `onError` hears about later failed undos and redos.
    commands::EditStatus firstRun(commands::ErrorHandler onError);

    void redo() final;
    void undo() final;

protected:
    CommandBase(Store *store, const QString &text);

    // Whether the edit would change anything, decided before it first runs (reading the store,
    // keeping what undo will need). False: nothing to do, not an error; a failure: refused.
    virtual Result<bool> workToBeDone() { return true; }
    virtual Status doRedo() = 0;
    virtual Status doUndo() = 0;

    Store *store() const { return m_store.data(); }

private:
    void fail(const QString &message);

    QPointer<Store> m_store;
    commands::ErrorHandler m_onError;
    bool m_skipNextRedo = false; // firstRun() made the edit; the stack's push() calls redo()
};
