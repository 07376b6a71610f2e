#include "itemmodels/calendarmodel.h"

#include "store/store.h"
#include "store/storewatcher.h"
#include "tournaments/tournamentstore.h"

#include <QFont>
#include <QLocale>
#include <QPalette>

#include <algorithm>

CalendarModel::CalendarModel(Store *store, QObject *parent) : QAbstractTableModel(parent)
{
    m_watcher = new StoreWatcher({QStringLiteral("calendar_events"), QStringLiteral("tournaments"),
                                  QStringLiteral("lakes"), QStringLiteral("ramps")},
                                 this);
    connect(m_watcher, &StoreWatcher::changed, this, &CalendarModel::reload);
    setStore(store);
}

void CalendarModel::setStore(Store *store)
{
    m_store = store;
    m_watcher->setStore(store);
    reload();
}

void CalendarModel::setSeason(int season)
{
    if (season == m_season)
        return;
    m_season = season;
    reload();
}

void CalendarModel::reload()
{
    m_watcher->cancelPending();
    beginResetModel();
    m_items.clear();
    m_error.clear();
    if (m_store && m_season > 0) {
        auto tournaments = TournamentStore(*m_store).tournaments(m_season);
        if (!tournaments) {
            m_error = tournaments.error();
        } else {
            for (const TournamentRecord &t : tournaments.value()) {
                CalendarItem i;
                i.id = t.id;
                i.tournament = true;
                i.date = t.date;
                i.kind = tr("Tournament");
                i.name = t.name;
                i.start = t.startTime;
                i.end = t.weighInTime;
                QStringList place;
                if (!t.lakeName.isEmpty())
                    place << t.lakeName;
                if (!t.rampName.isEmpty())
                    place << t.rampName;
                i.place = place.join(QStringLiteral(", "));
                i.notes = t.notes.simplified();
                i.cancelled = t.cancelled;
                m_items.append(i);
            }
        }
        auto events = CalendarStore(*m_store).season(m_season);
        if (!events) {
            m_error = events.error();
        } else {
            for (const CalendarEvent &e : events.value()) {
                CalendarItem i;
                i.id = e.id;
                i.date = e.date;
                i.kind = CalendarStore::kindLabel(e.kind);
                i.name = e.name;
                i.start = e.startTime;
                i.end = e.endTime;
                i.place = e.lakeName;
                i.notes = e.notes.simplified();
                i.cancelled = e.cancelled;
                m_items.append(i);
            }
        }
        std::stable_sort(m_items.begin(), m_items.end(),
                         [](const CalendarItem &a, const CalendarItem &b) {
                             if (a.date != b.date)
                                 return a.date < b.date;
                             return a.tournament && !b.tournament;
                         });
    }
    endResetModel();
}

QList<CalendarItem> CalendarModel::itemsOn(const QDate &date) const
{
    QList<CalendarItem> out;
    for (const CalendarItem &i : m_items)
        if (i.date == date)
            out << i;
    return out;
}

int CalendarModel::rowFor(const QDate &date) const
{
    for (int row = 0; row < m_items.size(); ++row)
        if (m_items.at(row).date >= date)
            return row;
    return int(m_items.size()) - 1;
}

int CalendarModel::tournamentCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [](const CalendarItem &i) { return i.tournament; }));
}

int CalendarModel::eventCount() const
{
    return int(m_items.size()) - tournamentCount();
}

int CalendarModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int CalendarModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CalendarModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const CalendarItem &i = m_items.at(index.row());
    switch (role) {
    case IdRole:
        return i.id;
    case TournamentRole:
        return i.tournament;
    case DateRole:
        return i.date;
    case CancelledRole:
        return i.cancelled;
    case Qt::FontRole:
        if (i.cancelled) {
            QFont f;
            f.setStrikeOut(index.column() == NameColumn);
            f.setItalic(true);
            return f;
        }
        if (i.tournament && index.column() == NameColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if (i.cancelled)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::ToolTipRole:
        if (i.cancelled)
            return tr("Cancelled");
        return index.column() == NotesColumn ? i.notes : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (Column(index.column())) {
    case DateColumn:
        return locale.toString(i.date, QStringLiteral("ddd MMM d"));
    case KindColumn:
        return i.kind;
    case NameColumn:
        return i.cancelled ? tr("%1 (cancelled)").arg(i.name) : i.name;
    case TimeColumn:
        if (!i.start.isValid())
            return tr("all day");
        // Times as the Tournaments page writes them (24-hour clock).
        if (i.end.isValid())
            return tr("%1–%2").arg(i.start.toString(QStringLiteral("HH:mm")),
                                   i.end.toString(QStringLiteral("HH:mm")));
        return i.start.toString(QStringLiteral("HH:mm"));
    case PlaceColumn:
        return i.place;
    case NotesColumn:
        return i.notes;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CalendarModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case DateColumn:
        return tr("Date");
    case KindColumn:
        return tr("What");
    case NameColumn:
        return tr("Name");
    case TimeColumn:
        return tr("Time");
    case PlaceColumn:
        return tr("Place");
    case NotesColumn:
        return tr("Notes");
    case ColumnCount:
        break;
    }
    return {};
}
