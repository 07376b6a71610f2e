// MergeDialog: folds a duplicate record into the record that survives. The two are picked from
// the roster (or preselected from the rows chosen in it); the preview lists exactly what moves
// and any clash, and Merge stays disabled while there is a clash. The merge is one undoable
// command.
#pragma once

#include "store/store.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;
class QUndoStack;

class MergeDialog : public QDialog
{
    Q_OBJECT
public:
    MergeDialog(Store *store, QUndoStack *undoStack, QWidget *parent = nullptr,
                const QString &survivorId = QString(), const QString &duplicateId = QString());

    QComboBox *survivorBox() const { return m_survivor; }
    QComboBox *duplicateBox() const { return m_duplicate; }
    QPushButton *mergeButton() const { return m_merge; }
    QString previewText() const;
    QString errorText() const;

    void accept() override;

private:
    void updatePreview();

    QPointer<Store> m_store;
    QUndoStack *m_undoStack;
    QComboBox *m_survivor;
    QComboBox *m_duplicate;
    QTextBrowser *m_preview;
    QLabel *m_error;
    QPushButton *m_merge;
};
