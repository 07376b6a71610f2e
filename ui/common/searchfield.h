// SearchField: the search box above a table. Filters as you type, Escape clears it, and the
// Down key moves into the table it searches, so a user never needs the mouse to find a row.
#pragma once

#include <QLineEdit>

class QAbstractItemView;

class SearchField : public QLineEdit
{
    Q_OBJECT
public:
    explicit SearchField(QWidget *parent = nullptr);

    // The table Down moves to.
    void setResultsView(QAbstractItemView *view) { m_view = view; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QAbstractItemView *m_view = nullptr;
};
