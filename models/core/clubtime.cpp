#include "core/clubtime.h"

ClubTime::ClubTime(const QByteArray &ianaId)
    : m_zone(isKnownZone(ianaId) ? QTimeZone(ianaId) : QTimeZone(QByteArray(defaultZoneId)))
{
}

bool ClubTime::isKnownZone(const QByteArray &ianaId)
{
    return !ianaId.isEmpty() && QTimeZone::isTimeZoneIdAvailable(ianaId);
}

QDate ClubTime::today(const QDateTime &nowUtc) const
{
    return nowUtc.toTimeZone(m_zone).date();
}

int ClubTime::seasonAt(const QDateTime &instantUtc) const
{
    return seasonOf(today(instantUtc));
}

QDateTime ClubTime::toUtc(const QDate &date, const QTime &time) const
{
    // Walk from the standard offset: compute the instant for "local time minus the offset in
    // force", then correct once. This handles both gaps and overlaps without relying on how a
    // particular Qt version resolves invalid local times.
    const QDateTime naiveUtc(date, time, Qt::UTC);
    // Offset in force a day before and after brackets the two candidates.
    const int before = m_zone.offsetFromUtc(naiveUtc.addDays(-1));
    const int after = m_zone.offsetFromUtc(naiveUtc.addDays(1));
    // Prefer the earlier offset (daylight in the fall, standard in the spring) if it maps back to
    // the same wall clock; otherwise take the other one.
    for (int offset : {before, after}) {
        const QDateTime candidate = naiveUtc.addSecs(-offset);
        if (candidate.toTimeZone(m_zone).time() == time && candidate.toTimeZone(m_zone).date() == date)
            return candidate;
    }
    // Non-existent local time (spring-forward gap): shift forward by the gap.
    return naiveUtc.addSecs(-before);
}

QDateTime ClubTime::toLocal(const QDateTime &instantUtc) const
{
    return instantUtc.toTimeZone(m_zone);
}
