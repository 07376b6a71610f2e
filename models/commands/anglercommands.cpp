#include "commands/anglercommands.h"

#include "store/store.h"

#include <QDebug>
#include <QUndoStack>

namespace {
AnglerCommand::ErrorHandler &errorHandler()
{
    static AnglerCommand::ErrorHandler handler;
    return handler;
}
} // namespace

AnglerCommand::AnglerCommand(Store *store, const QString &text) : m_store(store)
{
    setText(text);
}

Status AnglerCommand::push(QUndoStack *stack, AnglerCommand *command)
{
    if (!command)
        return Status::failure(QStringLiteral("internal error: no command"));
    Status s =
        command->m_store ? command->doRedo() : Status::failure(tr("The club database is closed."));
    if (!s) {
        delete command;
        return s;
    }
    command->m_pushed = true;
    if (stack)
        stack->push(command); // calls redo(), which skips the run that already happened
    else
        delete command;
    return Status::success();
}

void AnglerCommand::setErrorHandler(ErrorHandler handler)
{
    errorHandler() = std::move(handler);
}

bool AnglerCommand::isNothingChanged(const Status &status)
{
    return !status && status.error() == tr("Nothing was changed.");
}

void AnglerCommand::fail(const QString &error)
{
    setObsolete(true);
    if (errorHandler())
        errorHandler()(error);
    else
        qWarning().noquote() << "undo/redo failed:" << error;
}

void AnglerCommand::redo()
{
    if (m_pushed) {
        m_pushed = false; // the run in push() was the first redo
        return;
    }
    Status s = m_store ? doRedo() : Status::failure(tr("The club database is closed."));
    if (!s)
        fail(tr("Could not redo \"%1\": %2").arg(text(), s.error()));
}

void AnglerCommand::undo()
{
    Status s = m_store ? doUndo() : Status::failure(tr("The club database is closed."));
    if (!s)
        fail(tr("Could not undo \"%1\": %2").arg(text(), s.error()));
}

// --- add

AddAnglerCommand::AddAnglerCommand(Store *store, const Angler &angler, int memberSeason)
    : AnglerCommand(store, tr("Add %1").arg(angler.fullName.simplified())), m_angler(angler),
      m_memberSeason(memberSeason)
{
}

Status AddAnglerCommand::doRedo()
{
    AnglerStore anglers(m_store);
    if (m_exists)
        return anglers.undeleteAngler(m_added);
    Result<Angler> valid = anglers.validated(m_angler);
    if (!valid)
        return Status::failure(valid.error());
    DeletedAngler added;
    Status s = m_store->transaction([&]() -> Status {
        Result<QString> id = anglers.insertAngler(valid.value());
        if (!id)
            return Status::failure(id.error());
        added.id = id.value();
        if (m_memberSeason > 0) {
            const QDate today = m_store->clubTime().today();
            const QDate joined =
                today.year() == m_memberSeason ? today : QDate(m_memberSeason, 1, 1);
            Result<QString> m = anglers.addMembership(added.id, m_memberSeason, joined);
            if (!m)
                return Status::failure(m.error());
            if (!m->isEmpty())
                added.memberships << m.value();
        }
        return Status::success();
    });
    if (!s)
        return s;
    m_added = added;
    m_exists = true;
    return s;
}

Status AddAnglerCommand::doUndo()
{
    AnglerStore anglers(m_store);
    Result<DeletedAngler> deleted = anglers.deleteAngler(m_added.id);
    if (!deleted)
        return Status::failure(deleted.error());
    m_added = deleted.value();
    return Status::success();
}

// --- edit

EditAnglerCommand::EditAnglerCommand(Store *store, const Angler &edited, int season,
                                     std::optional<bool> memberOfSeason)
    : AnglerCommand(store, tr("Edit %1").arg(edited.fullName.simplified())), m_new(edited),
      m_season(season), m_member(memberOfSeason)
{
}

Status EditAnglerCommand::switchMembership(bool member)
{
    AnglerStore anglers(m_store);
    if (member) {
        const QDate today = m_store->clubTime().today();
        const QDate joined = today.year() == m_season ? today : QDate(m_season, 1, 1);
        Result<QString> m = anglers.addMembership(m_new.id, m_season, joined);
        return m ? Status::success() : Status::failure(m.error());
    }
    Result<QString> m = anglers.endMembership(m_new.id, m_season);
    return m ? Status::success() : Status::failure(m.error());
}

Status EditAnglerCommand::doRedo()
{
    AnglerStore anglers(m_store);
    if (m_first) {
        Result<Angler> old = anglers.angler(m_new.id);
        if (!old)
            return Status::failure(old.error());
        Result<Angler> valid = anglers.validated(m_new);
        if (!valid)
            return Status::failure(valid.error());
        m_old = old.value();
        m_new = valid.value();
        // Payments move paid-through, not the edit dialog.
        m_new.duesPaidThrough = m_old.duesPaidThrough;
        m_new.inactive = m_old.inactive;
        if (m_member && m_season > 0) {
            Result<bool> was = anglers.isMember(m_new.id, m_season);
            if (!was)
                return Status::failure(was.error());
            m_wasMember = was.value();
        }
        if (m_new == m_old && (!m_member || *m_member == m_wasMember))
            return Status::failure(tr("Nothing was changed."));
    }
    Status s = m_store->transaction([&]() -> Status {
        if (!(m_new == m_old)) {
            if (Status e = anglers.updateAngler(m_new); !e)
                return e;
        }
        if (m_member && m_season > 0 && *m_member != m_wasMember)
            return switchMembership(*m_member);
        return Status::success();
    });
    if (s)
        m_first = false;
    return s;
}

Status EditAnglerCommand::doUndo()
{
    AnglerStore anglers(m_store);
    return m_store->transaction([&]() -> Status {
        if (!(m_new == m_old)) {
            if (Status e = anglers.updateAngler(m_old); !e)
                return e;
        }
        if (m_member && m_season > 0 && *m_member != m_wasMember)
            return switchMembership(m_wasMember);
        return Status::success();
    });
}

// --- deactivate

SetInactiveCommand::SetInactiveCommand(Store *store, const QString &anglerId, const QString &name,
                                       bool inactive)
    : AnglerCommand(store,
                    inactive ? tr("Deactivate %1").arg(name) : tr("Reactivate %1").arg(name)),
      m_id(anglerId), m_inactive(inactive)
{
}

Status SetInactiveCommand::doRedo()
{
    return AnglerStore(m_store).setInactive(m_id, m_inactive);
}

Status SetInactiveCommand::doUndo()
{
    return AnglerStore(m_store).setInactive(m_id, !m_inactive);
}

// --- delete

DeleteAnglerCommand::DeleteAnglerCommand(Store *store, const QString &anglerId, const QString &name)
    : AnglerCommand(store, tr("Delete %1").arg(name)), m_id(anglerId)
{
}

Status DeleteAnglerCommand::doRedo()
{
    Result<DeletedAngler> deleted = AnglerStore(m_store).deleteAngler(m_id);
    if (!deleted)
        return Status::failure(deleted.error());
    m_deleted = deleted.value();
    return Status::success();
}

Status DeleteAnglerCommand::doUndo()
{
    return AnglerStore(m_store).undeleteAngler(m_deleted);
}

// --- officers

SetOfficersCommand::SetOfficersCommand(Store *store, int season,
                                       const QHash<QString, QString> &holders)
    : AnglerCommand(store, tr("Officers %1").arg(season)), m_season(season), m_new(holders)
{
}

Status SetOfficersCommand::doRedo()
{
    AnglerStore anglers(m_store);
    if (m_first) {
        Result<QHash<QString, QString>> current = anglers.officers(m_season);
        if (!current)
            return Status::failure(current.error());
        bool changed = false;
        for (auto it = m_new.cbegin(); it != m_new.cend(); ++it) {
            m_old.insert(it.key(), current->value(it.key()));
            changed = changed || current->value(it.key()) != it.value();
        }
        if (!changed)
            return Status::failure(tr("Nothing was changed."));
    }
    Status s = anglers.setOfficers(m_season, m_new);
    if (s)
        m_first = false;
    return s;
}

Status SetOfficersCommand::doUndo()
{
    return AnglerStore(m_store).setOfficers(m_season, m_old);
}

// --- merge

MergeAnglersCommand::MergeAnglersCommand(Store *store, const QString &survivorId,
                                         const QString &duplicateId, const QString &description)
    : AnglerCommand(store, description), m_survivor(survivorId), m_duplicate(duplicateId)
{
}

Status MergeAnglersCommand::doRedo()
{
    Result<MergeRecord> record = AnglerMerge::merge(m_store, m_survivor, m_duplicate);
    if (!record)
        return Status::failure(record.error());
    m_record = record.value();
    return Status::success();
}

Status MergeAnglersCommand::doUndo()
{
    return AnglerMerge::unmerge(m_store, m_record);
}

// --- payment

RecordPaymentCommand::RecordPaymentCommand(Store *store, const QString &anglerId,
                                           const QString &name, const PaymentInput &payment,
                                           const DuesPolicy &policy)
    : AnglerCommand(store, tr("Dues payment of %1 by %2").arg(payment.amount.toString(), name)),
      m_id(anglerId), m_payment(payment), m_policy(policy)
{
}

Status RecordPaymentCommand::doRedo()
{
    Result<PaymentRecord> record = AnglerStore(m_store).recordPayment(m_id, m_payment, m_policy);
    if (!record)
        return Status::failure(record.error());
    m_record = record.value();
    return Status::success();
}

Status RecordPaymentCommand::doUndo()
{
    return AnglerStore(m_store).reversePayment(m_record);
}
