#include "datatableview.h"

#include <QHeaderView>

namespace {
constexpr int minimumColumnWidth = 56;
constexpr int maximumColumnWidth = 340;
constexpr int columnPadding = 12;
} // namespace

DataTableView::DataTableView(QWidget *parent) : QTableView(parent)
{
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSortingEnabled(true);
    setWordWrap(false);
    setCornerButtonEnabled(false);
    // Tab leaves the table for the next control; the arrow keys move inside it.
    setTabKeyNavigation(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->setVisible(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setMinimumSectionSize(minimumColumnWidth);
}

void DataTableView::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = this->model())
        disconnect(old, nullptr, this, nullptr);
    QTableView::setModel(model);
    m_fitted = false;
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &DataTableView::fitColumnsOnce);
        connect(model, &QAbstractItemModel::rowsInserted, this, &DataTableView::fitColumnsOnce);
        connect(model, &QAbstractItemModel::layoutChanged, this, &DataTableView::fitColumnsOnce);
    }
    fitColumnsOnce();
}

void DataTableView::setStretchColumn(int column)
{
    m_stretchColumn = column;
    fitColumns();
}

void DataTableView::fitColumnsOnce()
{
    // The user's own column widths win once the data has been shown.
    if (m_fitted || !model() || model()->rowCount() == 0)
        return;
    m_fitted = true;
    fitColumns();
}

void DataTableView::fitColumns()
{
    if (!model())
        return;
    QHeaderView *header = horizontalHeader();
    for (int column = 0; column < model()->columnCount(); ++column) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        resizeColumnToContents(column);
        setColumnWidth(column, std::clamp(columnWidth(column) + columnPadding, minimumColumnWidth,
                                          maximumColumnWidth));
    }
    if (m_stretchColumn >= 0 && m_stretchColumn < model()->columnCount())
        header->setSectionResizeMode(m_stretchColumn, QHeaderView::Stretch);
}
