// The calendar's and the places' undoable edits: calendar events (add, change, delete) and lakes
// and ramps (add, change, delete; a lake or ramp in use is refused). A delete leaves a tombstone,
// so undo brings the same record back (and the sync sees one record, deleted then alive). Made
// only through commands/command.h; see commandbase.h for who owns what.
#pragma once

#include "calendar/calendarstore.h"
#include "commands/commandbase.h"
#include "tournaments/lakestore.h"

class AddCalendarEventCommand : public CommandBase
{
    Q_DECLARE_TR_FUNCTIONS(AddCalendarEventCommand)
public:
    AddCalendarEventCommand(Store *store, const CalendarEvent &event);
    QString eventId() const { return m_id; }

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    CalendarEvent m_event;
    QString m_id;
};

class EditCalendarEventCommand : public CommandBase
{
    Q_DECLARE_TR_FUNCTIONS(EditCalendarEventCommand)
public:
    EditCalendarEventCommand(Store *store, const CalendarEvent &before, const CalendarEvent &after);

protected:
    Result<bool> workToBeDone() override;
    Status doRedo() override;
    Status doUndo() override;

private:
    CalendarEvent m_before;
    CalendarEvent m_after;
};

class DeleteCalendarEventCommand : public CommandBase
{
    Q_DECLARE_TR_FUNCTIONS(DeleteCalendarEventCommand)
public:
    DeleteCalendarEventCommand(Store *store, const CalendarEvent &event);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    CalendarEvent m_event;
};

class AddLakeCommand : public CommandBase
{
    Q_DECLARE_TR_FUNCTIONS(AddLakeCommand)
public:
    AddLakeCommand(Store *store, const LakeRecord &lake);
    QString lakeId() const { return m_id; }

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    LakeRecord m_lake;
    QString m_id;
};

class EditLakeCommand : public CommandBase
{
    Q_DECLARE_TR_FUNCTIONS(EditLakeCommand)
public:
    EditLakeCommand(Store *store, const LakeRecord &before, const LakeRecord &after);

protected:
    Result<bool> workToBeDone() override;
    Status doRedo() override;
    Status doUndo() override;

private:
    LakeRecord m_before;
    LakeRecord m_after;
};

class DeleteLakeCommand : public CommandBase
{
    Q_DECLARE_TR_FUNCTIONS(DeleteLakeCommand)
public:
    DeleteLakeCommand(Store *store, const LakeRecord &lake);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    LakeRecord m_lake;
    QStringList m_rampIds;
};

class AddRampCommand : public CommandBase
{
    Q_DECLARE_TR_FUNCTIONS(AddRampCommand)
public:
    AddRampCommand(Store *store, const RampRecord &ramp);
    QString rampId() const { return m_id; }

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    RampRecord m_ramp;
    QString m_id;
};

class EditRampCommand : public CommandBase
{
    Q_DECLARE_TR_FUNCTIONS(EditRampCommand)
public:
    EditRampCommand(Store *store, const RampRecord &before, const RampRecord &after);

protected:
    Result<bool> workToBeDone() override;
    Status doRedo() override;
    Status doUndo() override;

private:
    RampRecord m_before;
    RampRecord m_after;
};

class DeleteRampCommand : public CommandBase
{
    Q_DECLARE_TR_FUNCTIONS(DeleteRampCommand)
public:
    DeleteRampCommand(Store *store, const RampRecord &ramp);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    RampRecord m_ramp;
};
