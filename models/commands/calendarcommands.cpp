#include "commands/calendarcommands.h"

#include "store/store.h"

// ---- calendar events ----

AddCalendarEventCommand::AddCalendarEventCommand(Store *store, const CalendarEvent &event)
    : CommandBase(store, tr("Add %1").arg(event.name.simplified())), m_event(event)
{
}

Status AddCalendarEventCommand::doRedo()
{
    if (m_id.isEmpty()) {
        auto id = CalendarStore(*store()).insert(m_event);
        if (!id)
            return Status::failure(id.error());
        m_id = id.value();
        return Status::success();
    }
    return CalendarStore(*store()).restore(m_id);
}

Status AddCalendarEventCommand::doUndo()
{
    return CalendarStore(*store()).remove(m_id);
}

EditCalendarEventCommand::EditCalendarEventCommand(Store *store, const CalendarEvent &before,
                                                   const CalendarEvent &after)
    : CommandBase(store, tr("Change %1").arg(after.name.simplified())), m_before(before),
      m_after(after)
{
}

Result<bool> EditCalendarEventCommand::workToBeDone()
{
    if (const QString p = CalendarStore::problem(m_after); !p.isEmpty())
        return Result<bool>::failure(p);
    CalendarEvent a = m_after, b = m_before;
    a.lakeName.clear();
    b.lakeName.clear();
    a.name = a.name.simplified();
    a.notes = a.notes.trimmed();
    return !(a == b);
}

Status EditCalendarEventCommand::doRedo()
{
    return CalendarStore(*store()).update(m_after);
}

Status EditCalendarEventCommand::doUndo()
{
    return CalendarStore(*store()).update(m_before);
}

DeleteCalendarEventCommand::DeleteCalendarEventCommand(Store *store, const CalendarEvent &event)
    : CommandBase(store, tr("Delete %1").arg(event.name)), m_event(event)
{
}

Status DeleteCalendarEventCommand::doRedo()
{
    return CalendarStore(*store()).remove(m_event.id);
}

Status DeleteCalendarEventCommand::doUndo()
{
    return CalendarStore(*store()).restore(m_event.id);
}

// ---- lakes ----

AddLakeCommand::AddLakeCommand(Store *store, const LakeRecord &lake)
    : CommandBase(store, tr("Add %1").arg(lake.name.simplified())), m_lake(lake)
{
}

Status AddLakeCommand::doRedo()
{
    if (m_id.isEmpty()) {
        auto id = LakeStore(*store()).insertLake(m_lake);
        if (!id)
            return Status::failure(id.error());
        m_id = id.value();
        return Status::success();
    }
    return LakeStore(*store()).restore(QStringLiteral("lakes"), {m_id});
}

Status AddLakeCommand::doUndo()
{
    auto removed = LakeStore(*store()).removeLake(m_id);
    return removed ? Status::success() : Status::failure(removed.error());
}

EditLakeCommand::EditLakeCommand(Store *store, const LakeRecord &before, const LakeRecord &after)
    : CommandBase(store, tr("Change %1").arg(after.name.simplified())), m_before(before),
      m_after(after)
{
}

Result<bool> EditLakeCommand::workToBeDone()
{
    LakeRecord a = m_after;
    a.name = a.name.simplified();
    a.mapUrl = a.mapUrl.trimmed();
    return !(a == m_before);
}

Status EditLakeCommand::doRedo()
{
    return LakeStore(*store()).updateLake(m_after);
}

Status EditLakeCommand::doUndo()
{
    return LakeStore(*store()).updateLake(m_before);
}

DeleteLakeCommand::DeleteLakeCommand(Store *store, const LakeRecord &lake)
    : CommandBase(store, tr("Delete %1").arg(lake.name)), m_lake(lake)
{
}

Status DeleteLakeCommand::doRedo()
{
    auto removed = LakeStore(*store()).removeLake(m_lake.id);
    if (!removed)
        return Status::failure(removed.error());
    m_rampIds = removed.value();
    return Status::success();
}

Status DeleteLakeCommand::doUndo()
{
    return store()->transaction([&]() -> Status {
        LakeStore lakes(*store());
        if (Status s = lakes.restore(QStringLiteral("lakes"), {m_lake.id}); !s)
            return s;
        return lakes.restore(QStringLiteral("ramps"), m_rampIds);
    });
}

// ---- ramps ----

AddRampCommand::AddRampCommand(Store *store, const RampRecord &ramp)
    : CommandBase(store, tr("Add %1").arg(ramp.name.simplified())), m_ramp(ramp)
{
}

Status AddRampCommand::doRedo()
{
    if (m_id.isEmpty()) {
        auto id = LakeStore(*store()).insertRamp(m_ramp);
        if (!id)
            return Status::failure(id.error());
        m_id = id.value();
        return Status::success();
    }
    return LakeStore(*store()).restore(QStringLiteral("ramps"), {m_id});
}

Status AddRampCommand::doUndo()
{
    return LakeStore(*store()).removeRamp(m_id);
}

EditRampCommand::EditRampCommand(Store *store, const RampRecord &before, const RampRecord &after)
    : CommandBase(store, tr("Change %1").arg(after.name.simplified())), m_before(before),
      m_after(after)
{
}

Result<bool> EditRampCommand::workToBeDone()
{
    RampRecord a = m_after;
    a.name = a.name.simplified();
    return !(a == m_before);
}

Status EditRampCommand::doRedo()
{
    return LakeStore(*store()).updateRamp(m_after);
}

Status EditRampCommand::doUndo()
{
    return LakeStore(*store()).updateRamp(m_before);
}

DeleteRampCommand::DeleteRampCommand(Store *store, const RampRecord &ramp)
    : CommandBase(store, tr("Delete %1").arg(ramp.name)), m_ramp(ramp)
{
}

Status DeleteRampCommand::doRedo()
{
    return LakeStore(*store()).removeRamp(m_ramp.id);
}

Status DeleteRampCommand::doUndo()
{
    return LakeStore(*store()).restore(QStringLiteral("ramps"), {m_ramp.id});
}
