// StandingsModel: one season's Angler-of-the-Year table (rank, angler, points, events, weight,
// points dropped by the best-N rule) over the engine's SeasonStandings, and
// AnglerBreakdownModel: one angler's tournaments of that season. Both show a SeasonView
// (tournaments/seasonview.h), scored by the one engine every page and command uses.
#pragma once

#include "core/result.h"
#include "scoring/seasonstandings.h"
#include "tournaments/seasonview.h"

#include <QAbstractTableModel>
#include <QPointer>

class Store;

class StandingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        RankColumn,
        AnglerColumn,
        PointsColumn,
        EventsColumn,
        WeightColumn,
        DroppedColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role { SortRole = Qt::UserRole, AnglerIdRole };

    explicit StandingsModel(QObject *parent = nullptr);
    void setSeason(const SeasonView &season);
    const SeasonView &season() const { return m_season; }
    QString anglerId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    SeasonView m_season;
};

class AnglerBreakdownModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        TournamentColumn,
        PlaceColumn,
        PointsColumn,
        WeightColumn,
        StatusColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit AnglerBreakdownModel(QObject *parent = nullptr);
    // Shows `anglerId`'s tournaments of `season` (empty id: nothing).
    void setAngler(const SeasonView &season, const QString &anglerId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Line
    {
        QDate date;
        QString tournament;
        int place = 0;
        int points = 0;
        Weight net;
        EntryStatus status = EntryStatus::Fished;
        bool counted = true;
    };
    QList<Line> m_lines;
};
