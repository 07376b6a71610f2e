#include "calendar/icalendar.h"

#include "calendar/calendarstore.h"
#include "store/store.h"
#include "tournaments/tournamentstore.h"

#include <QFile>
#include <QSaveFile>

#include <algorithm>

QString ICalendar::escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\')
            out += QStringLiteral("\\\\");
        else if (c == u';')
            out += QStringLiteral("\\;");
        else if (c == u',')
            out += QStringLiteral("\\,");
        else if (c == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            out += QStringLiteral("\\n");
        } else if (c == u'\n')
            out += QStringLiteral("\\n");
        else if (c.unicode() < 0x20 && c != u'\t')
            continue; // control characters have no place in a TEXT value
        else
            out += c;
    }
    return out;
}

QByteArray ICalendar::fold(const QByteArray &line)
{
    QByteArray out;
    int start = 0;
    int limit = 75; // the first line holds 75 octets; each continuation a space and 74
    while (line.size() - start > limit) {
        int cut = start + limit;
        // Never split a UTF-8 character: step back over continuation bytes (10xxxxxx).
        while (cut > start && (uchar(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        out += line.mid(start, cut - start);
        out += "\r\n ";
        start = cut;
        limit = 74;
    }
    out += line.mid(start);
    out += "\r\n";
    return out;
}

Result<QList<ICalEvent>> ICalendar::seasonEvents(Store &store, int season)
{
    using R = Result<QList<ICalEvent>>;
    QList<ICalEvent> out;
    auto tournaments = TournamentStore(store).tournaments(season);
    if (!tournaments)
        return R::failure(tournaments.error());
    for (const TournamentRecord &t : tournaments.value()) {
        ICalEvent e;
        e.uid = t.id + QStringLiteral("@sabc-tournament");
        e.summary = t.name;
        QStringList place;
        if (!t.lakeName.isEmpty())
            place << t.lakeName;
        if (!t.rampName.isEmpty())
            place << t.rampName;
        e.location = place.join(QStringLiteral(", "));
        QStringList about;
        if (t.weighInTime.isValid())
            about << tr("Weigh-in %1").arg(t.weighInTime.toString(QStringLiteral("HH:mm")));
        if (!t.notes.trimmed().isEmpty())
            about << t.notes.trimmed();
        e.description = about.join(u'\n');
        e.category = tr("Tournament");
        e.date = t.date;
        e.start = t.startTime;
        e.end = t.weighInTime.isValid() && t.startTime.isValid() && t.weighInTime > t.startTime
                    ? t.weighInTime
                    : QTime();
        e.cancelled = t.cancelled;
        out.append(e);
    }
    auto events = CalendarStore(store).season(season);
    if (!events)
        return R::failure(events.error());
    for (const CalendarEvent &c : events.value()) {
        ICalEvent e;
        e.uid = c.id + QStringLiteral("@sabc-event");
        e.summary = c.name;
        e.location = c.lakeName;
        e.description = c.notes.trimmed();
        e.category = CalendarStore::kindLabel(c.kind);
        e.date = c.date;
        e.start = c.startTime;
        e.end = c.endTime;
        e.cancelled = c.cancelled;
        out.append(e);
    }
    std::stable_sort(out.begin(), out.end(), [](const ICalEvent &a, const ICalEvent &b) {
        return a.date < b.date;
    });
    return out;
}

QByteArray ICalendar::write(const QList<ICalEvent> &events, const ClubTime &clubTime,
                            const QString &calendarName, const QDateTime &stampUtc)
{
    const QString utcFormat = QStringLiteral("yyyyMMdd'T'HHmmss'Z'");
    auto utc = [&](const QDate &date, const QTime &time) {
        return clubTime.toUtc(date, time).toUTC().toString(utcFormat);
    };
    QByteArray out;
    auto line = [&out](const QString &text) { out += fold(text.toUtf8()); };
    line(QStringLiteral("BEGIN:VCALENDAR"));
    line(QStringLiteral("VERSION:2.0"));
    line(QStringLiteral("PRODID:-//SABC//SABC Tournament Manager//EN"));
    line(QStringLiteral("CALSCALE:GREGORIAN"));
    line(QStringLiteral("METHOD:PUBLISH"));
    line(QStringLiteral("X-WR-CALNAME:") + escapeText(calendarName));
    line(QStringLiteral("X-WR-TIMEZONE:") + QString::fromUtf8(clubTime.zoneId()));
    const QString stamp = stampUtc.toUTC().toString(utcFormat);
    for (const ICalEvent &e : events) {
        if (!e.date.isValid())
            continue;
        line(QStringLiteral("BEGIN:VEVENT"));
        line(QStringLiteral("UID:") + e.uid);
        line(QStringLiteral("DTSTAMP:") + stamp);
        if (e.start.isValid()) {
            line(QStringLiteral("DTSTART:") + utc(e.date, e.start));
            if (e.end.isValid() && e.end > e.start)
                line(QStringLiteral("DTEND:") + utc(e.date, e.end));
        } else {
            line(QStringLiteral("DTSTART;VALUE=DATE:") + e.date.toString(QStringLiteral("yyyyMMdd")));
            line(QStringLiteral("DTEND;VALUE=DATE:") +
                 e.date.addDays(1).toString(QStringLiteral("yyyyMMdd")));
        }
        line(QStringLiteral("SUMMARY:") + escapeText(e.summary));
        if (!e.location.isEmpty())
            line(QStringLiteral("LOCATION:") + escapeText(e.location));
        if (!e.description.isEmpty())
            line(QStringLiteral("DESCRIPTION:") + escapeText(e.description));
        if (!e.category.isEmpty())
            line(QStringLiteral("CATEGORIES:") + escapeText(e.category));
        line(QStringLiteral("STATUS:") +
             (e.cancelled ? QStringLiteral("CANCELLED") : QStringLiteral("CONFIRMED")));
        line(QStringLiteral("TRANSP:") +
             (e.start.isValid() ? QStringLiteral("OPAQUE") : QStringLiteral("TRANSPARENT")));
        line(QStringLiteral("END:VEVENT"));
    }
    line(QStringLiteral("END:VCALENDAR"));
    return out;
}

Status ICalendar::writeSeason(Store &store, int season, const QString &path)
{
    auto events = seasonEvents(store, season);
    if (!events)
        return Status::failure(events.error());
    const ClubInfo club = store.club();
    const QByteArray text =
        write(events.value(), store.clubTime(),
              tr("%1 %2").arg(club.name.isEmpty() ? tr("Club") : club.name).arg(season));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(
            tr("Could not write the calendar \"%1\": %2").arg(path, file.errorString()));
    if (file.write(text) != text.size() || !file.commit())
        return Status::failure(
            tr("Could not write the calendar \"%1\": %2").arg(path, file.errorString()));
    return Status::success();
}
