#include "ui/common/datatableview.h"

#include <QGuiApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QScopedValueRollback>
#include <QToolTip>

#include <algorithm>

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
    // A column dragged (or double-clicked) wider or narrower by the user keeps its width.
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        if (!m_adjusting && column != m_stretchColumn &&
            QGuiApplication::mouseButtons() != Qt::NoButton)
            m_sizedByUser = true;
    });
}

void DataTableView::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = this->model())
        disconnect(old, nullptr, this, nullptr);
    QTableView::setModel(model);
    m_fitted = false;
    m_contentWidths.clear();
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

void DataTableView::setFitToWidth(bool fit)
{
    m_fitToWidth = fit;
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
    const QScopedValueRollback<bool> adjusting(m_adjusting, true);
    QHeaderView *header = horizontalHeader();
    m_contentWidths.clear();
    for (int column = 0; column < model()->columnCount(); ++column) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        resizeColumnToContents(column);
        m_contentWidths.append(std::clamp(columnWidth(column) + columnPadding, minimumColumnWidth,
                                          maximumColumnWidth));
    }
    m_sizedByUser = false;
    fitToWidth();
}

void DataTableView::fitToWidth()
{
    const int columns = int(m_contentWidths.size());
    if (!model() || columns != model()->columnCount())
        return;
    const QScopedValueRollback<bool> adjusting(m_adjusting, true);
    QHeaderView *header = horizontalHeader();
    QList<int> widths = m_contentWidths;
    QList<int> floors(columns, 0); // a column never gets narrower than its heading
    int total = 0;
    int widest = 0;
    for (int column = 0; column < columns; ++column) {
        if (header->isSectionHidden(column)) {
            widths[column] = 0;
            continue;
        }
        floors[column] = std::min(widths.at(column),
                                  std::max(minimumColumnWidth, header->sectionSizeHint(column)));
        total += widths.at(column);
        widest = std::max(widest, widths.at(column));
    }
    const int available = viewport()->width();
    if (m_fitToWidth && total > available && available > 0) {
        // Lower one ceiling over the widest columns until everything fits: long e-mail
        // addresses and notes give way first, short columns keep their content whole.
        auto totalUnder = [&](int ceiling) {
            int sum = 0;
            for (int column = 0; column < columns; ++column)
                sum += std::max(floors.at(column), std::min(widths.at(column), ceiling));
            return sum;
        };
        int low = 0;
        int high = widest;
        while (low < high) {
            const int ceiling = (low + high + 1) / 2;
            if (totalUnder(ceiling) <= available)
                low = ceiling;
            else
                high = ceiling - 1;
        }
        for (int column = 0; column < columns; ++column)
            widths[column] = std::max(floors.at(column), std::min(widths.at(column), low));
    }
    for (int column = 0; column < columns; ++column) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        if (!header->isSectionHidden(column))
            setColumnWidth(column, widths.at(column));
    }
    if (m_stretchColumn >= 0 && m_stretchColumn < columns)
        header->setSectionResizeMode(m_stretchColumn, QHeaderView::Stretch);
}

bool DataTableView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Resize && m_fitToWidth && m_fitted && !m_sizedByUser &&
        !m_adjusting) {
        const bool handled = QTableView::viewportEvent(event);
        fitToWidth();
        return handled;
    }
    if (event->type() == QEvent::ToolTip && showCutText(event))
        return true;
    return QTableView::viewportEvent(event);
}

bool DataTableView::showCutText(QEvent *event)
{
    auto *help = static_cast<QHelpEvent *>(event);
    const QModelIndex index = indexAt(help->pos());
    if (!index.isValid() || index.data(Qt::ToolTipRole).isValid())
        return false;
    const QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty())
        return false;
    const QVariant font = index.data(Qt::FontRole);
    const QFontMetrics metrics(font.isValid() ? font.value<QFont>() : this->font());
    const QRect cell = visualRect(index);
    // The item delegate keeps a small margin on each side of the text.
    const int margin = style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1;
    if (metrics.horizontalAdvance(text) <= cell.width() - 2 * margin)
        return false;
    QToolTip::showText(help->globalPos(), text, viewport(), cell);
    return true;
}
