// Undoable edits of the roster: add, edit, deactivate, delete, officers, merge and dues payments.
// Ownership (as in Subsurface's commands/): the window owns one QUndoStack; the stack owns the
// commands; a command owns only the data it needs to undo itself (ids and the values it replaced)
// and talks to the Store it was given, which must outlive the stack.
//
// A command runs once when it is pushed through AnglerCommand::push(): if that first run fails,
// nothing changed, the command is dropped and the error comes back to the caller to show. Undo
// and redo after that can still fail (another window changed the data meanwhile); the failure is
// passed to the error handler (the window shows it) and the command is made obsolete so the stack
// drops it rather than pretend.
#pragma once

#include "roster/anglermerge.h"
#include "roster/anglerstore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

#include <functional>
#include <optional>

class QUndoStack;
class Store;

class AnglerCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AnglerCommand)
public:
    using ErrorHandler = std::function<void(const QString &)>;

    // Runs `command`; on success pushes it onto `stack` (which takes it), on failure deletes it
    // and returns why.
    static Status push(QUndoStack *stack, AnglerCommand *command);
    // Who hears about undo/redo failures (default: a warning in the log).
    static void setErrorHandler(ErrorHandler handler);
    // True when push() refused because the edit would change nothing (not an error to show).
    static bool isNothingChanged(const Status &status);

    void redo() final;
    void undo() final;

protected:
    AnglerCommand(Store *store, const QString &text);
    virtual Status doRedo() = 0;
    virtual Status doUndo() = 0;

    QPointer<Store> m_store;

private:
    void fail(const QString &error);
    bool m_pushed = false;
};

class AddAnglerCommand : public AnglerCommand
{
public:
    // `memberSeason`: make the angler a member of that season (0: a guest).
    AddAnglerCommand(Store *store, const Angler &angler, int memberSeason = 0);
    QString anglerId() const { return m_added.id; }

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    Angler m_angler;
    int m_memberSeason = 0;
    DeletedAngler m_added;
    bool m_exists = false;
};

class EditAnglerCommand : public AnglerCommand
{
public:
    // `memberOfSeason`: when set, the angler's membership of `season` is switched to it.
    EditAnglerCommand(Store *store, const Angler &edited, int season = 0,
                      std::optional<bool> memberOfSeason = std::nullopt);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    Status switchMembership(bool member);
    Angler m_new;
    Angler m_old;
    int m_season = 0;
    std::optional<bool> m_member;
    bool m_wasMember = false;
    bool m_first = true;
};

class SetInactiveCommand : public AnglerCommand
{
public:
    SetInactiveCommand(Store *store, const QString &anglerId, const QString &name, bool inactive);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    QString m_id;
    bool m_inactive;
};

class DeleteAnglerCommand : public AnglerCommand
{
public:
    DeleteAnglerCommand(Store *store, const QString &anglerId, const QString &name);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    QString m_id;
    DeletedAngler m_deleted;
};

class SetOfficersCommand : public AnglerCommand
{
public:
    // `holders`: post -> angler id (empty: vacant) for the posts to set.
    SetOfficersCommand(Store *store, int season, const QHash<QString, QString> &holders);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    int m_season;
    QHash<QString, QString> m_new;
    QHash<QString, QString> m_old;
    bool m_first = true;
};

class MergeAnglersCommand : public AnglerCommand
{
public:
    MergeAnglersCommand(Store *store, const QString &survivorId, const QString &duplicateId,
                        const QString &description);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    QString m_survivor;
    QString m_duplicate;
    MergeRecord m_record;
};

class RecordPaymentCommand : public AnglerCommand
{
public:
    RecordPaymentCommand(Store *store, const QString &anglerId, const QString &name,
                         const PaymentInput &payment, const DuesPolicy &policy = DuesPolicy());
    const PaymentRecord &record() const { return m_record; }

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    QString m_id;
    PaymentInput m_payment;
    DuesPolicy m_policy;
    PaymentRecord m_record;
};
