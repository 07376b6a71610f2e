#include "ui/common/searchfield.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>
#include <QKeyEvent>

SearchField::SearchField(QWidget *parent) : QLineEdit(parent)
{
    setClearButtonEnabled(true);
    setMinimumWidth(fontMetrics().averageCharWidth() * 34);
}

void SearchField::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && !text().isEmpty()) {
        clear();
        event->accept();
        return;
    }
    if ((event->key() == Qt::Key_Down || event->key() == Qt::Key_PageDown) && m_view &&
        m_view->model() && m_view->model()->rowCount() > 0) {
        m_view->setFocus(Qt::TabFocusReason);
        // The row under the cursor is selected too, so the keys that act on the selection (F2,
        // Delete, Space) work at once.
        QModelIndex current = m_view->currentIndex();
        if (!current.isValid())
            current = m_view->model()->index(0, 0);
        QItemSelectionModel *selection = m_view->selectionModel();
        if (selection && !selection->isSelected(current)) {
            QItemSelectionModel::SelectionFlags flags = QItemSelectionModel::ClearAndSelect;
            if (m_view->selectionBehavior() == QAbstractItemView::SelectRows)
                flags |= QItemSelectionModel::Rows;
            selection->setCurrentIndex(current, flags);
        } else {
            m_view->setCurrentIndex(current);
        }
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}
