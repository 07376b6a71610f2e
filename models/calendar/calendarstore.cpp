#include "calendar/calendarstore.h"

#include "store/query.h"
#include "store/store.h"

namespace {

const QString selectEvents = QStringLiteral(
    "SELECT e.id, e.event_date, e.kind, e.name, e.start_time, e.end_time, e.lake_id, e.notes, "
    "e.cancelled, l.name AS lake_name FROM calendar_events e LEFT JOIN lakes l ON l.id = "
    "e.lake_id WHERE e.deleted = 0 ");

CalendarEvent readEvent(const Query &q)
{
    CalendarEvent e;
    e.id = q.value("id").toString();
    e.date = QDate::fromString(q.value("event_date").toString(), Qt::ISODate);
    e.kind = CalendarStore::kindFromKey(q.value("kind").toString()).value_or(EventKind::ClubEvent);
    e.name = q.value("name").toString();
    e.startTime = QTime::fromString(q.value("start_time").toString(), QStringLiteral("HH:mm"));
    e.endTime = QTime::fromString(q.value("end_time").toString(), QStringLiteral("HH:mm"));
    e.lakeId = q.value("lake_id").toString();
    e.notes = q.value("notes").toString();
    e.cancelled = q.value("cancelled").toInt() != 0;
    e.lakeName = q.value("lake_name").toString();
    return e;
}

QVariant timeValue(const QTime &t)
{
    return t.isValid() ? QVariant(t.toString(QStringLiteral("HH:mm")))
                       : QVariant(QMetaType(QMetaType::QString));
}

QVariantMap values(const CalendarEvent &e)
{
    return {{QStringLiteral("event_date"), e.date.toString(Qt::ISODate)},
            {QStringLiteral("kind"), CalendarStore::kindKey(e.kind)},
            {QStringLiteral("name"), e.name.simplified()},
            {QStringLiteral("start_time"), timeValue(e.startTime)},
            {QStringLiteral("end_time"), timeValue(e.endTime)},
            {QStringLiteral("lake_id"),
             e.lakeId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(e.lakeId)},
            // (An empty text, never NULL: the column is NOT NULL DEFAULT ''.)
            {QStringLiteral("notes"),
             e.notes.trimmed().isEmpty() ? QStringLiteral("") : e.notes.trimmed()},
            {QStringLiteral("cancelled"), e.cancelled ? 1 : 0}};
}

} // namespace

QList<EventKind> CalendarStore::allKinds()
{
    return {EventKind::Meeting,  EventKind::Banquet,         EventKind::Election,
            EventKind::ClubEvent, EventKind::OtherTournament, EventKind::Holiday};
}

QString CalendarStore::kindKey(EventKind kind)
{
    switch (kind) {
    case EventKind::Holiday:
        return QStringLiteral("holiday");
    case EventKind::OtherTournament:
        return QStringLiteral("other_tournament");
    case EventKind::Meeting:
        return QStringLiteral("meeting");
    case EventKind::Banquet:
        return QStringLiteral("banquet");
    case EventKind::Election:
        return QStringLiteral("election");
    case EventKind::ClubEvent:
        break;
    }
    return QStringLiteral("club_event");
}

std::optional<EventKind> CalendarStore::kindFromKey(const QString &key)
{
    for (EventKind k : allKinds())
        if (kindKey(k) == key)
            return k;
    return std::nullopt;
}

QString CalendarStore::kindLabel(EventKind kind)
{
    switch (kind) {
    case EventKind::Holiday:
        return tr("Holiday");
    case EventKind::OtherTournament:
        return tr("Other club's tournament");
    case EventKind::Meeting:
        return tr("Meeting");
    case EventKind::Banquet:
        return tr("Banquet");
    case EventKind::Election:
        return tr("Election");
    case EventKind::ClubEvent:
        break;
    }
    return tr("Club event");
}

Result<QList<CalendarEvent>> CalendarStore::events(const QDate &from, const QDate &to) const
{
    using R = Result<QList<CalendarEvent>>;
    Query q(m_store.database(),
            selectEvents + QStringLiteral("AND e.event_date BETWEEN ? AND ? "
                                          "ORDER BY e.event_date, coalesce(e.start_time, ''), "
                                          "e.name COLLATE NOCASE"));
    if (Status s = q.bind(from.toString(Qt::ISODate))
                       .bind(to.toString(Qt::ISODate))
                       .exec(tr("read the calendar"));
        !s)
        return R::failure(s.error());
    QList<CalendarEvent> out;
    while (q.next())
        out.append(readEvent(q));
    return out;
}

Result<QList<CalendarEvent>> CalendarStore::season(int season) const
{
    return events(QDate(season, 1, 1), QDate(season, 12, 31));
}

Result<std::optional<CalendarEvent>> CalendarStore::event(const QString &id) const
{
    using R = Result<std::optional<CalendarEvent>>;
    Query q(m_store.database(), selectEvents + QStringLiteral("AND e.id = ?"));
    if (Status s = q.bind(id).exec(tr("read the calendar event")); !s)
        return R::failure(s.error());
    if (!q.next())
        return std::optional<CalendarEvent>();
    return std::optional<CalendarEvent>(readEvent(q));
}

Result<QList<int>> CalendarStore::seasons() const
{
    using R = Result<QList<int>>;
    Query q(m_store.database(),
            QStringLiteral("SELECT DISTINCT CAST(substr(event_date, 1, 4) AS INTEGER) AS season "
                           "FROM calendar_events WHERE deleted = 0 ORDER BY season"));
    if (Status s = q.exec(tr("read the calendar")); !s)
        return R::failure(s.error());
    QList<int> out;
    while (q.next())
        out << q.value("season").toInt();
    return out;
}

QString CalendarStore::problem(const CalendarEvent &e)
{
    if (!e.date.isValid())
        return tr("Enter the event's date.");
    if (e.date.year() < 1900 || e.date.year() > 2200)
        return tr("The date %1 is out of range.").arg(e.date.toString(Qt::ISODate));
    if (e.name.simplified().isEmpty())
        return tr("Enter the event's name.");
    if (e.endTime.isValid() && !e.startTime.isValid())
        return tr("Enter the start time too, or leave the end time empty.");
    if (e.endTime.isValid() && e.endTime < e.startTime)
        return tr("The event ends (%1) before it starts (%2).")
            .arg(e.endTime.toString(QStringLiteral("HH:mm")),
                 e.startTime.toString(QStringLiteral("HH:mm")));
    return QString();
}

Result<QString> CalendarStore::insert(const CalendarEvent &event)
{
    if (const QString p = problem(event); !p.isEmpty())
        return Result<QString>::failure(p);
    QVariantMap row = values(event);
    if (!event.id.isEmpty())
        row.insert(QStringLiteral("id"), event.id);
    return m_store.insert(QStringLiteral("calendar_events"), row);
}

Status CalendarStore::update(const CalendarEvent &event)
{
    if (const QString p = problem(event); !p.isEmpty())
        return Status::failure(p);
    return m_store.update(QStringLiteral("calendar_events"), event.id, values(event));
}

Status CalendarStore::remove(const QString &id)
{
    return m_store.remove(QStringLiteral("calendar_events"), id);
}

Status CalendarStore::restore(const QString &id)
{
    Query q(m_store.database(), QStringLiteral("UPDATE calendar_events SET deleted = 0, "
                                               "modified = ?, origin = ? WHERE id = ? AND "
                                               "deleted = 1"));
    q.bind(m_store.nextStamp()).bind(m_store.deviceId()).bind(id);
    if (Status s = q.exec(tr("bring back the calendar event")); !s)
        return s;
    if (q.rowsAffected() != 1)
        return Status::failure(tr("The deleted event could not be found to bring it back."));
    emit m_store.changed(QStringLiteral("calendar_events"));
    return Status::success();
}
