// PaymentHistoryModel: the dues payments of one angler (and of any record merged into them) as a
// table for the payment dialog, oldest first. Reversed payments and the reversing lines stay
// visible, struck through: the ledger is append-only and the history shows what really happened.
#pragma once

#include "store/store.h"

#include "roster/anglerstore.h"

#include <QAbstractTableModel>
#include <QPointer>

class PaymentHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DateColumn, AmountColumn, MethodColumn, SeasonColumn, NoteColumn, ColumnCount };
    Q_ENUM(Column)

    explicit PaymentHistoryModel(Store *store, QObject *parent = nullptr);

    // Shows the payments of `anglerId` (empty: none) and reloads when the ledger changes.
    Status setAngler(const QString &anglerId);
    Status reload();
    // The sum of the lines shown (payments minus reversals).
    Money total() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QPointer<Store> m_store;
    QString m_angler;
    QList<PaymentLine> m_lines;
};
