// models/itemmodels/: the Qt item and proxy models the windows show (roster, tournaments, weigh-in
// sheet, leaderboard, boats, standings, ledger, tournament money, import preview). They read and
// write only through the stores and the commands; none holds SQL.
//
// RosterModel: the club's anglers as one table for the roster page (name, standing, contact,
// membership, offices and tournaments fished in one season). Read-only; it reloads itself when
// the store reports a change to any table it reads.
#pragma once

#include "core/result.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QStringList>

#include <vector>

class Store;
class StoreWatcher;

class RosterModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        StandingColumn,
        PhoneColumn,
        EmailColumn,
        MemberSinceColumn,
        DuesPaidThroughColumn,
        TournamentsColumn,
        LastFishedColumn,
        OfficesColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    // Ordered as the roster sorts them.
    enum class Standing { GoodStanding, DuesOverdue, Guest, Inactive };
    Q_ENUM(Standing)

    enum Role {
        // A raw value to sort by (text case-folded, numbers as numbers).
        SortRole = Qt::UserRole,
        // The angler's Standing, as an int, on every column.
        StandingRole,
        // The angler's row id, on every column.
        IdRole,
        // True for a guest who fished more tournaments this season than guests may (bylaws: 2;
        // then dues are owed: the roster warns, nothing is blocked).
        OverGuestLimitRole,
    };

    explicit RosterModel(Store *store = nullptr, QObject *parent = nullptr);

    // Shows the anglers of another store (or none); reloads at once.
    void setStore(Store *store);
    Store *store() const;

    // The season whose memberships, offices and tournaments are shown; 0 (the default) follows
    // the store's current season.
    void setSeason(int season);
    int season() const;

    // Reads everything again from the store. Changes reported by the store are picked up
    // automatically (coalesced, on the next turn of the event loop).
    Status reload();
    // Why the last reload failed, or empty.
    QString lastError() const { return m_lastError; }

    static QString standingText(Standing standing);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString id;
        QString name;
        QString phone;
        QString email;
        int memberSince = 0;     // 0: unknown
        int duesPaidThrough = 0; // 0: never paid
        bool member = false;     // has a membership in the season
        Standing standing = Standing::Guest;
        QStringList offices; // translated post names
        int officeRank = 99; // the highest post held, for sorting
        int tournaments = 0;
        int lastFished = 0; // 0: never fished
        bool overGuestLimit = false;
    };

    Result<std::vector<Row>> load() const;

    QPointer<Store> m_store;
    int m_season = 0;
    std::vector<Row> m_rows;
    QString m_lastError;
    StoreWatcher *m_watcher = nullptr;
};
