#include "commands/anglercommands.h"

#include "store/store.h"

// --- add

AddAnglerCommand::AddAnglerCommand(Store *store, const Angler &angler, int memberSeason)
    : CommandBase(store, tr("Add %1").arg(angler.fullName.simplified())), m_angler(angler),
      m_memberSeason(memberSeason)
{
}

Status AddAnglerCommand::doRedo()
{
    AnglerStore anglers(store());
    if (m_exists)
        return anglers.undeleteAngler(m_added);
    Result<Angler> valid = anglers.validated(m_angler);
    if (!valid)
        return Status::failure(valid.error());
    DeletedAngler added;
    Status s = store()->transaction([&]() -> Status {
        Result<QString> id = anglers.insertAngler(valid.value());
        if (!id)
            return Status::failure(id.error());
        added.id = id.value();
        if (m_memberSeason > 0) {
            const QDate today = store()->clubTime().today();
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
    AnglerStore anglers(store());
    Result<DeletedAngler> deleted = anglers.deleteAngler(m_added.id);
    if (!deleted)
        return Status::failure(deleted.error());
    m_added = deleted.value();
    return Status::success();
}

// --- edit

EditAnglerCommand::EditAnglerCommand(Store *store, const Angler &edited, int season,
                                     std::optional<bool> memberOfSeason)
    : CommandBase(store, tr("Edit %1").arg(edited.fullName.simplified())), m_new(edited),
      m_season(season), m_member(memberOfSeason)
{
}

Status EditAnglerCommand::switchMembership(bool member)
{
    AnglerStore anglers(store());
    if (member) {
        const QDate today = store()->clubTime().today();
        const QDate joined = today.year() == m_season ? today : QDate(m_season, 1, 1);
        Result<QString> m = anglers.addMembership(m_new.id, m_season, joined);
        return m ? Status::success() : Status::failure(m.error());
    }
    Result<QString> m = anglers.endMembership(m_new.id, m_season);
    return m ? Status::success() : Status::failure(m.error());
}

Result<bool> EditAnglerCommand::workToBeDone()
{
    AnglerStore anglers(store());
    Result<Angler> old = anglers.angler(m_new.id);
    if (!old)
        return Result<bool>::failure(old.error());
    Result<Angler> valid = anglers.validated(m_new);
    if (!valid)
        return Result<bool>::failure(valid.error());
    m_old = old.value();
    m_new = valid.value();
    // Payments move paid-through, not the edit dialog.
    m_new.duesPaidThrough = m_old.duesPaidThrough;
    m_new.inactive = m_old.inactive;
    if (m_member && m_season > 0) {
        Result<bool> was = anglers.isMember(m_new.id, m_season);
        if (!was)
            return Result<bool>::failure(was.error());
        m_wasMember = was.value();
        if (m_season < store()->currentSeason()) {
            auto flags = anglers.entryMemberFlags(m_new.id, m_season);
            if (!flags)
                return Result<bool>::failure(flags.error());
            m_entryFlags = flags.value();
        }
    }
    return !(m_new == m_old) || (m_member && *m_member != m_wasMember);
}

Status EditAnglerCommand::doRedo()
{
    AnglerStore anglers(store());
    return store()->transaction([&]() -> Status {
        if (!(m_new == m_old)) {
            if (Status e = anglers.updateAngler(m_new); !e)
                return e;
        }
        if (m_member && m_season > 0 && *m_member != m_wasMember) {
            if (Status s = switchMembership(*m_member); !s)
                return s;
            QHash<QString, bool> flags = m_entryFlags;
            for (bool &flag : flags)
                flag = *m_member;
            return anglers.setEntryMemberFlags(flags);
        }
        return Status::success();
    });
}

Status EditAnglerCommand::doUndo()
{
    AnglerStore anglers(store());
    return store()->transaction([&]() -> Status {
        if (!(m_new == m_old)) {
            if (Status e = anglers.updateAngler(m_old); !e)
                return e;
        }
        if (m_member && m_season > 0 && *m_member != m_wasMember) {
            if (Status s = switchMembership(m_wasMember); !s)
                return s;
            return anglers.setEntryMemberFlags(m_entryFlags);
        }
        return Status::success();
    });
}

// --- deactivate

SetInactiveCommand::SetInactiveCommand(Store *store, const QString &anglerId, const QString &name,
                                       bool inactive)
    : CommandBase(store, inactive ? tr("Deactivate %1").arg(name) : tr("Reactivate %1").arg(name)),
      m_id(anglerId), m_inactive(inactive)
{
}

Status SetInactiveCommand::doRedo()
{
    return AnglerStore(store()).setInactive(m_id, m_inactive);
}

Status SetInactiveCommand::doUndo()
{
    return AnglerStore(store()).setInactive(m_id, !m_inactive);
}

// --- delete

DeleteAnglerCommand::DeleteAnglerCommand(Store *store, const QString &anglerId, const QString &name)
    : CommandBase(store, tr("Delete %1").arg(name)), m_id(anglerId)
{
}

Status DeleteAnglerCommand::doRedo()
{
    Result<DeletedAngler> deleted = AnglerStore(store()).deleteAngler(m_id);
    if (!deleted)
        return Status::failure(deleted.error());
    m_deleted = deleted.value();
    return Status::success();
}

Status DeleteAnglerCommand::doUndo()
{
    return AnglerStore(store()).undeleteAngler(m_deleted);
}

// --- officers

SetOfficersCommand::SetOfficersCommand(Store *store, int season,
                                       const QHash<QString, QString> &holders)
    : CommandBase(store, tr("Officers %1").arg(season)), m_season(season), m_new(holders)
{
}

Result<bool> SetOfficersCommand::workToBeDone()
{
    Result<QHash<QString, QString>> current = AnglerStore(store()).officers(m_season);
    if (!current)
        return Result<bool>::failure(current.error());
    bool changed = false;
    for (auto it = m_new.cbegin(); it != m_new.cend(); ++it) {
        m_old.insert(it.key(), current->value(it.key()));
        changed = changed || current->value(it.key()) != it.value();
    }
    return changed;
}

Status SetOfficersCommand::doRedo()
{
    return AnglerStore(store()).setOfficers(m_season, m_new);
}

Status SetOfficersCommand::doUndo()
{
    return AnglerStore(store()).setOfficers(m_season, m_old);
}

// --- merge

MergeAnglersCommand::MergeAnglersCommand(Store *store, const QString &survivorId,
                                         const QString &duplicateId, const QString &description)
    : CommandBase(store, description), m_survivor(survivorId), m_duplicate(duplicateId)
{
}

Status MergeAnglersCommand::doRedo()
{
    Result<MergeRecord> record = AnglerMerge::merge(store(), m_survivor, m_duplicate);
    if (!record)
        return Status::failure(record.error());
    m_record = record.value();
    return Status::success();
}

Status MergeAnglersCommand::doUndo()
{
    return AnglerMerge::unmerge(store(), m_record);
}

// --- payment

RecordPaymentCommand::RecordPaymentCommand(Store *store, const QString &anglerId,
                                           const QString &name, const PaymentInput &payment)
    : CommandBase(store, tr("Dues payment of %1 by %2").arg(payment.amount.toString(), name)),
      m_id(anglerId), m_payment(payment)
{
}

Status RecordPaymentCommand::doRedo()
{
    Result<PaymentRecord> record = AnglerStore(store()).recordPayment(m_id, m_payment, m_policy);
    if (!record)
        return Status::failure(record.error());
    m_record = record.value();
    return Status::success();
}

Status RecordPaymentCommand::doUndo()
{
    return AnglerStore(store()).reversePayment(m_record);
}

// --- import

ImportRosterCommand::ImportRosterCommand(Store *store, const ImportPlan &plan)
    : CommandBase(store, tr("Import roster (%1 added, %2 updated)")
                             .arg(plan.count(ImportRow::Action::Add))
                             .arg(plan.count(ImportRow::Action::Update))),
      m_plan(plan)
{
}

Result<bool> ImportRosterCommand::workToBeDone()
{
    if (m_plan.count(ImportRow::Action::Add) + m_plan.count(ImportRow::Action::Update) == 0)
        return Result<bool>::failure(tr("There is nothing to import: every row is already on "
                                        "the roster or has a problem."));
    return true;
}

Status ImportRosterCommand::doRedo()
{
    AnglerStore anglers(store());
    QStringList added;
    QList<Angler> before;
    QStringList memberships;
    QStringList ended;
    const int season = store()->currentSeason();
    const QDate today = store()->clubTime().today();
    // The file's member column: this season's membership as it says.
    auto setMember = [&](const ImportRow &row, const QString &id) -> Status {
        if (!row.memberChanges || !row.member)
            return Status::success();
        Result<QString> changed = *row.member ? anglers.addMembership(id, season, today)
                                              : anglers.endMembership(id, season);
        if (!changed)
            return Status::failure(tr("Line %1: %2").arg(row.line).arg(changed.error()));
        if (!changed->isEmpty())
            (*row.member ? memberships : ended) << changed.value();
        return Status::success();
    };
    Status s = store()->transaction([&]() -> Status {
        qsizetype addedIndex = 0;
        for (const ImportRow &row : std::as_const(m_plan.rows)) {
            if (row.action == ImportRow::Action::Add) {
                if (m_inserted) {
                    // Brought back below; its membership too.
                    if (addedIndex < m_added.size())
                        if (Status m = setMember(row, m_added.at(addedIndex++)); !m)
                            return m;
                    continue;
                }
                Result<Angler> valid = anglers.validated(row.angler);
                if (!valid)
                    return Status::failure(tr("Line %1: %2").arg(row.line).arg(valid.error()));
                Result<QString> id = anglers.insertAngler(valid.value());
                if (!id)
                    return Status::failure(tr("Line %1: %2").arg(row.line).arg(id.error()));
                added << id.value();
                if (Status m = setMember(row, id.value()); !m)
                    return m;
            } else if (row.action == ImportRow::Action::Update) {
                Result<Angler> current = anglers.angler(row.angler.id);
                if (!current)
                    return Status::failure(tr("Line %1: %2").arg(row.line).arg(current.error()));
                Result<Angler> valid = anglers.validated(row.angler);
                if (!valid)
                    return Status::failure(tr("Line %1: %2").arg(row.line).arg(valid.error()));
                before << current.value();
                if (Status e = anglers.updateAngler(valid.value()); !e)
                    return Status::failure(tr("Line %1: %2").arg(row.line).arg(e.error()));
                if (Status m = setMember(row, row.angler.id); !m)
                    return m;
            }
        }
        if (m_inserted) {
            for (const QString &id : std::as_const(m_added)) {
                if (Status e = anglers.restore(QStringLiteral("anglers"), id); !e)
                    return e;
            }
        }
        return Status::success();
    });
    if (!s)
        return s;
    if (!m_inserted)
        m_added = added;
    m_before = before;
    m_memberships = memberships;
    m_endedMemberships = ended;
    m_inserted = true;
    return s;
}

Status ImportRosterCommand::doUndo()
{
    AnglerStore anglers(store());
    return store()->transaction([&]() -> Status {
        for (const Angler &a : std::as_const(m_before)) {
            if (Status e = anglers.updateAngler(a); !e)
                return e;
        }
        for (const QString &id : std::as_const(m_memberships)) {
            if (Status e = store()->remove(QStringLiteral("memberships"), id); !e)
                return e;
        }
        for (const QString &id : std::as_const(m_endedMemberships)) {
            if (Status e = anglers.restore(QStringLiteral("memberships"), id); !e)
                return e;
        }
        for (const QString &id : std::as_const(m_added)) {
            Result<DeletedAngler> d = anglers.deleteAngler(id);
            if (!d)
                return Status::failure(d.error());
        }
        return Status::success();
    });
}
