#include "calendar/seasonplanner.h"

#include "calendar/calendarstore.h"
#include "store/storelog.h"
#include "tournaments/tournamentstore.h"

#include <QLocale>

QList<PlannedDate> SeasonPlanner::plan(int season, const QMap<QDate, QString> &busy)
{
    QList<PlannedDate> out;
    for (const QDate &usual : TournamentStore::defaultScheduleDates(season)) {
        PlannedDate p{usual, usual, busy.value(usual)};
        if (busy.contains(usual)) {
            for (int weeks : {1, -1, 2, -2, 3, -3}) {
                const QDate candidate = usual.addDays(7 * weeks);
                if (candidate.month() != usual.month() || busy.contains(candidate))
                    continue;
                p.date = candidate;
                break;
            }
        }
        out.append(p);
    }
    return out;
}

QMap<QDate, QString> SeasonPlanner::busyDays(Store &store, int season)
{
    QMap<QDate, QString> busy;
    auto events = CalendarStore(store).season(season);
    if (!events) {
        qCWarning(lcStore).noquote() << events.error();
        return busy;
    }
    for (const CalendarEvent &e : events.value()) {
        if (e.cancelled)
            continue;
        QString &what = busy[e.date];
        what = what.isEmpty() ? e.name : what + QStringLiteral(", ") + e.name;
    }
    return busy;
}

QStringList SeasonPlanner::describeMoves(const QList<PlannedDate> &plan)
{
    QStringList lines;
    const QLocale locale;
    const QString format = QStringLiteral("MMMM d");
    for (const PlannedDate &p : plan) {
        if (p.moved())
            lines << tr("%1 holds %2: moved to %3.")
                         .arg(locale.toString(p.usual, format), p.busyWith,
                              locale.toString(p.date, format));
        else if (p.stuck())
            lines << tr("%1 holds %2 and the month has no free Sunday: check that date.")
                         .arg(locale.toString(p.usual, format), p.busyWith);
    }
    return lines;
}
