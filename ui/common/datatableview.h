// ui/common/: widgets every page uses: the data table, the page header, the search field, the UI
// log category.
//
// DataTableView: the read-only table every page of the main window shows its data in: sortable,
// whole rows selected, alternating row colours, and columns sized to their content the first
// time data arrives (one chosen column takes the remaining width). A cell cut short shows its
// whole text as a tooltip.
//
// With setFitToWidth(), when the content is wider than the view the widest columns give way
// (never below their heading) so that every column stays on screen without a horizontal scroll
// bar; the columns follow the view's width until the user sizes one by hand.
#pragma once

#include <QList>
#include <QTableView>

class DataTableView : public QTableView
{
    Q_OBJECT
public:
    explicit DataTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

    // The column that takes whatever width the others leave; -1 for none.
    void setStretchColumn(int column);
    // Every column on screen, the widest giving way when the view is too narrow for them all.
    void setFitToWidth(bool fit);
    // Sizes every column to its content (within sensible limits), then fits them to the view.
    void fitColumns();

protected:
    bool viewportEvent(QEvent *event) override;

private:
    void fitColumnsOnce();
    void fitToWidth();
    bool showCutText(QEvent *event);

    int m_stretchColumn = -1;
    bool m_fitToWidth = false;
    bool m_fitted = false;
    bool m_adjusting = false;   // the view itself is sizing columns
    bool m_sizedByUser = false; // a column was sized by hand: its widths are left alone
    QList<int> m_contentWidths; // what each column needs, by logical index
};
