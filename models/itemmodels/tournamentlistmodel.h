// TournamentListModel: the tournaments of one season as a table (date, name, lake, ramp, format,
// status, entries) for the tournaments page. Read-only; it reloads itself when the store reports
// a change to any table it reads.
#pragma once

#include "core/result.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QPointer>

#include <vector>

class Store;
class StoreWatcher;

class TournamentListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        NameColumn,
        LakeColumn,
        RampColumn,
        FormatColumn,
        StatusColumn,
        EntriesColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum class Status { Planned, InProgress, Completed, Cancelled };
    Q_ENUM(Status)

    enum Role {
        // A raw value to sort by (dates as dates, text case-folded, numbers as numbers).
        SortRole = Qt::UserRole,
        // The tournament's Status, as an int, on every column.
        StatusRole,
        // The tournament's row id, on every column.
        IdRole,
        // The event date as a QDate, on every column.
        DateRole,
    };

    explicit TournamentListModel(Store *store = nullptr, QObject *parent = nullptr);

    void setStore(Store *store);
    Store *store() const;

    // The season shown; 0 (the default) follows the store's current season.
    void setSeason(int season);
    int season() const;

    // The club's date today; a null date (the default) asks the store's club time. A tournament
    // on this date is in progress even before anyone has weighed in.
    void setToday(const QDate &today);
    QDate today() const;

    // Every season that has a tournament, and the current season, newest first.
    QList<int> availableSeasons() const;

    ::Status reload();
    QString lastError() const { return m_lastError; }

    static QString statusText(Status status);
    static QString formatText(const QString &format, bool paper);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString id;
        QDate date;
        QString name;
        QString lake;
        QString ramp;
        QString format;
        bool paper = false;
        QString startTime;
        QString weighInTime;
        Status status = Status::Planned;
        int entries = 0;
    };

    Result<std::vector<Row>> load() const;

    QPointer<Store> m_store;
    int m_season = 0;
    QDate m_today;
    std::vector<Row> m_rows;
    QString m_lastError;
    StoreWatcher *m_watcher = nullptr;
};
