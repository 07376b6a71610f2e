// TeamBoatsModel: the boats of a weigh-in sheet with their own weigh-in (team format: a boat's
// fish, weight, big bass, dead fish and DQ entered directly). Each edit is an undoable command;
// a value the rules refuse changes nothing and is reported.
#pragma once

#include "itemmodels/weighinmodel.h"

#include <QAbstractTableModel>
#include <QPointer>

class TeamBoatsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        BoatColumn,
        FishColumn,
        WeightColumn,
        BigBassColumn,
        DeadColumn,
        DqColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit TeamBoatsModel(WeighInModel *sheet, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void errorOccurred(const QString &message);

private:
    QString nameOf(const QString &anglerId) const;

    QPointer<WeighInModel> m_sheet;
    int m_rows = 0;
};
