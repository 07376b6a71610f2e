// ClubTime: the club's time zone (default America/Chicago) decides what "today" is and which
// season a moment belongs to. Instants are stored in UTC; dates and times of day are local
// wall-clock values. Right across DST changes.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

class ClubTime
{
public:
    static constexpr const char *defaultZoneId = "America/Chicago";

    explicit ClubTime(const QByteArray &ianaId = defaultZoneId);

    // True when the zone id is a real IANA time zone; an unknown id falls back to the default.
    static bool isKnownZone(const QByteArray &ianaId);

    QTimeZone zone() const { return m_zone; }
    QByteArray zoneId() const { return m_zone.id(); }

    // The club's local date at the given instant (default: now).
    QDate today(const QDateTime &nowUtc = QDateTime::currentDateTimeUtc()) const;
    // The season (calendar year in the club's zone) an instant belongs to.
    int seasonAt(const QDateTime &instantUtc = QDateTime::currentDateTimeUtc()) const;
    // The season a local date belongs to.
    static int seasonOf(const QDate &localDate) { return localDate.year(); }

    // The instant a local wall-clock date and time stand for. A time that does not exist (the
    // spring-forward gap) moves forward by the gap; an ambiguous time (fall back) takes the
    // first (daylight) occurrence.
    QDateTime toUtc(const QDate &date, const QTime &time) const;
    // The club's wall-clock date and time at an instant.
    QDateTime toLocal(const QDateTime &instantUtc) const;

private:
    QTimeZone m_zone;
};
