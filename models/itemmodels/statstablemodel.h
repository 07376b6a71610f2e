// StatsTableModel: one StatsTable (models/stats/statstable.h) as a read-only table for a view:
// the Club data page's tables and the angler profile's years. Numbers are right-aligned and sort
// as numbers (SortRole), dates as dates.
#pragma once

#include "stats/statstable.h"

#include <QAbstractTableModel>

class StatsTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit StatsTableModel(QObject *parent = nullptr);

    void setTable(const StatsTable &table);
    const StatsTable &table() const { return m_table; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    StatsTable m_table;
};
