// models/calendar/: the club's calendar besides its tournaments. CalendarStore keeps the events
// (holidays, other clubs' tournaments on a lake, the club's meetings, banquet and elections);
// SeasonPlanner moves the usual tournament dates off days that already hold an event;
// ICalendar writes a season's tournaments and events for members' phones (RFC 5545).
//
// CalendarStore: the calendar_events table. An event has a date, a kind, a name, optional start
// and end times, a lake (for another club's tournament), notes, and a cancelled flag (a
// cancelled event stays on the calendar, shown as cancelled). Deletes are tombstones, so undo
// brings an event back and the delete syncs.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

class Store;

enum class EventKind { Holiday, OtherTournament, Meeting, Banquet, Election, ClubEvent };

struct CalendarEvent
{
    QString id;
    QDate date;
    EventKind kind = EventKind::ClubEvent;
    QString name;
    QTime startTime; // invalid: none (an all-day event)
    QTime endTime;   // invalid: none
    QString lakeId;  // empty: none
    QString notes;
    bool cancelled = false;

    QString lakeName; // filled when read

    bool operator==(const CalendarEvent &) const = default;
};

class CalendarStore
{
    Q_DECLARE_TR_FUNCTIONS(CalendarStore)
public:
    explicit CalendarStore(Store &store) : m_store(store) {}

    // Live events from `from` to `to` (both included), by date and time.
    Result<QList<CalendarEvent>> events(const QDate &from, const QDate &to) const;
    // The live events of a season (its calendar year).
    Result<QList<CalendarEvent>> season(int season) const;
    Result<std::optional<CalendarEvent>> event(const QString &id) const;
    // The seasons that hold events, oldest first.
    Result<QList<int>> seasons() const;

    // Checks an event (date, name, times, lake kind); empty when fine.
    static QString problem(const CalendarEvent &event);
    // A new event (with the id given, when set: undo and redo keep it). Returns its id.
    Result<QString> insert(const CalendarEvent &event);
    Status update(const CalendarEvent &event);
    Status remove(const QString &id);
    // Brings back a deleted event (undo of a delete).
    Status restore(const QString &id);

    static QString kindKey(EventKind kind);
    static std::optional<EventKind> kindFromKey(const QString &key);
    // The kind in the user's words ("Holiday", "Other club's tournament", "Meeting" ...).
    static QString kindLabel(EventKind kind);
    static QList<EventKind> allKinds();

private:
    Store &m_store;
};
