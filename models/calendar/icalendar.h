// ICalendar: a season's tournaments and calendar events as an iCalendar file (RFC 5545) for
// members' phones: CRLF line ends, lines folded at 75 octets (never inside a UTF-8 character),
// text escaped (\\ ; , and line breaks), one stable UID per record (its id), DTSTAMP, times as
// UTC instants (the club's wall-clock times converted through its time zone), all-day events as
// DATE values, and STATUS:CANCELLED for what was cancelled.
#pragma once

#include "core/clubtime.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

class Store;

struct ICalEvent
{
    QString uid;
    QString summary;
    QString description;
    QString location;
    QString category;
    QDate date;
    QTime start; // invalid: an all-day event
    QTime end;   // invalid: none
    bool cancelled = false;
};

class ICalendar
{
    Q_DECLARE_TR_FUNCTIONS(ICalendar)
public:
    // The season's tournaments and events (deleted ones left out), by date.
    static Result<QList<ICalEvent>> seasonEvents(Store &store, int season);
    // The calendar file. `stampUtc` is the DTSTAMP of every event (when it was written).
    static QByteArray write(const QList<ICalEvent> &events, const ClubTime &clubTime,
                            const QString &calendarName,
                            const QDateTime &stampUtc = QDateTime::currentDateTimeUtc());
    // Writes the season's calendar of the club in `store` to `path`.
    static Status writeSeason(Store &store, int season, const QString &path);

    // Text escaped for a TEXT value: backslash, semicolon, comma, line breaks.
    static QString escapeText(const QString &text);
    // A content line folded at 75 octets, each line ending in CRLF.
    static QByteArray fold(const QByteArray &line);
};
