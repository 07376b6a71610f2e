// CalendarModel: a season's calendar as the Calendar page lists it: the club's tournaments and
// its other events (holidays, other clubs' tournaments, meetings, the banquet, elections) by
// date, with their times, place, notes and whether they were cancelled (a cancelled line stays,
// struck through). Read-only; it reloads when the store reports a change to the calendar, the
// tournaments or the lakes.
#pragma once

#include "calendar/calendarstore.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QPointer>

class Store;
class StoreWatcher;

struct CalendarItem
{
    QString id;
    bool tournament = false;
    QDate date;
    QString kind; // in the user's words
    QString name;
    QTime start;
    QTime end;
    QString place;
    QString notes;
    bool cancelled = false;
};

class CalendarModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DateColumn, KindColumn, NameColumn, TimeColumn, PlaceColumn, NotesColumn,
                  ColumnCount };
    Q_ENUM(Column)
    enum Role { IdRole = Qt::UserRole, TournamentRole, DateRole, CancelledRole };

    explicit CalendarModel(Store *store = nullptr, QObject *parent = nullptr);
    void setStore(Store *store);
    void setSeason(int season);
    int season() const { return m_season; }
    QString error() const { return m_error; }
    const QList<CalendarItem> &items() const { return m_items; }
    // The items on one day.
    QList<CalendarItem> itemsOn(const QDate &date) const;
    // The first row on or after `date` (the last row when none is); -1 when empty.
    int rowFor(const QDate &date) const;
    int tournamentCount() const;
    int eventCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

public slots:
    void reload();

private:
    QPointer<Store> m_store;
    StoreWatcher *m_watcher = nullptr;
    int m_season = 0;
    QList<CalendarItem> m_items;
    QString m_error;
};
