// The roster's undoable edits: add, edit, deactivate, delete, officers, merge, dues payments and
// a roster import. Made only through commands/command.h; see commandbase.h for who owns what.
#pragma once

#include "commands/commandbase.h"
#include "roster/anglermerge.h"
#include "roster/anglerstore.h"
#include "roster/rosterimport.h"

#include <QHash>

#include <optional>

class AddAnglerCommand : public CommandBase
{
    Q_DECLARE_TR_FUNCTIONS(AddAnglerCommand)
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

class EditAnglerCommand : public CommandBase
{
    Q_DECLARE_TR_FUNCTIONS(EditAnglerCommand)
public:
    // `memberOfSeason`: when set, the angler's membership of `season` is switched to it.
    EditAnglerCommand(Store *store, const Angler &edited, int season = 0,
                      std::optional<bool> memberOfSeason = std::nullopt);

protected:
    Result<bool> workToBeDone() override;
    Status doRedo() override;
    Status doUndo() override;

private:
    Status switchMembership(bool member);
    Angler m_new;
    Angler m_old;
    int m_season = 0;
    std::optional<bool> m_member;
    bool m_wasMember = false;
    // A past season's membership also corrects the member flag of the angler's entries of that
    // season (their was_member before, for undo).
    QHash<QString, bool> m_entryFlags;
};

class SetInactiveCommand : public CommandBase
{
    Q_DECLARE_TR_FUNCTIONS(SetInactiveCommand)
public:
    SetInactiveCommand(Store *store, const QString &anglerId, const QString &name, bool inactive);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    QString m_id;
    bool m_inactive;
};

class DeleteAnglerCommand : public CommandBase
{
    Q_DECLARE_TR_FUNCTIONS(DeleteAnglerCommand)
public:
    DeleteAnglerCommand(Store *store, const QString &anglerId, const QString &name);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    QString m_id;
    DeletedAngler m_deleted;
};

class SetOfficersCommand : public CommandBase
{
    Q_DECLARE_TR_FUNCTIONS(SetOfficersCommand)
public:
    // `holders`: post -> angler id (empty: vacant) for the posts to set.
    SetOfficersCommand(Store *store, int season, const QHash<QString, QString> &holders);

protected:
    Result<bool> workToBeDone() override;
    Status doRedo() override;
    Status doUndo() override;

private:
    int m_season;
    QHash<QString, QString> m_new;
    QHash<QString, QString> m_old;
};

class MergeAnglersCommand : public CommandBase
{
    Q_DECLARE_TR_FUNCTIONS(MergeAnglersCommand)
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

class RecordPaymentCommand : public CommandBase
{
    Q_DECLARE_TR_FUNCTIONS(RecordPaymentCommand)
public:
    RecordPaymentCommand(Store *store, const QString &anglerId, const QString &name,
                         const PaymentInput &payment);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    QString m_id;
    PaymentInput m_payment;
    DuesPolicy m_policy;
    PaymentRecord m_record;
};

// Applies an import plan in one transaction; undo removes the added anglers and puts the updated
// ones back as they were.
class ImportRosterCommand : public CommandBase
{
    Q_DECLARE_TR_FUNCTIONS(ImportRosterCommand)
public:
    ImportRosterCommand(Store *store, const ImportPlan &plan);

protected:
    Result<bool> workToBeDone() override;
    Status doRedo() override;
    Status doUndo() override;

private:
    ImportPlan m_plan;
    QStringList m_added;
    QList<Angler> m_before;
    QStringList m_memberships;      // memberships of the current season the import added
    QStringList m_endedMemberships; // and those it ended (the file's member column said no)
    bool m_inserted = false; // the first run inserted the added anglers; redo brings them back
};
