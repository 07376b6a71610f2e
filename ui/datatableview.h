// DataTableView: the read-only table every page of the main window shows its data in: sortable,
// whole rows selected, alternating row colours, and columns sized to their content the first
// time data arrives (one chosen column takes the remaining width).
#pragma once

#include <QTableView>

class DataTableView : public QTableView
{
    Q_OBJECT
public:
    explicit DataTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

    // The column that takes whatever width the others leave; -1 for none.
    void setStretchColumn(int column);
    // Sizes every column to its content (within sensible limits).
    void fitColumns();

private:
    void fitColumnsOnce();

    int m_stretchColumn = -1;
    bool m_fitted = false;
};
