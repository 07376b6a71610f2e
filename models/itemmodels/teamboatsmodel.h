// TeamBoatsModel: the boats of a weigh-in sheet with their own weigh-in (team format: a boat's
// fish, weight, big bass, dead fish and DQ entered directly). Each edit is an undoable command;
// a value the rules refuse changes nothing and is reported; a row's numbers are saved together.
#pragma once

#include "itemmodels/weighinmodel.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <optional>

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

    // A boat's numbers go together, as in the sheet: an edit that leaves the row inconsistent
    // ("4 fish but no weight") is held as the row's draft (shown, not saved) until it adds up;
    // leaving the row then puts it back and says why.
    bool hasDraft(int row) const;
    Status leaveRow(int row);

signals:
    void errorOccurred(const QString &message);
    // A draft is waiting for the rest of its row.
    void message(const QString &text);

private:
    QString nameOf(const QString &anglerId) const;
    // Errors between the boat's numbers (which the rest of the row can fix), or empty.
    QString rowProblem(const BoatRecord &b) const;

    QPointer<WeighInModel> m_sheet;
    int m_rows = 0;
    std::optional<BoatRecord> m_draft;
    QString m_draftProblem;
};
