#include "ui/common/searchfield.h"

#include <QAbstractItemView>
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
        if (!m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_view->model()->index(0, 0));
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}
