// MergeDialog: folds a duplicate record into the record that survives. The two are picked from
// the roster (or preselected from the rows chosen in it); the preview lists exactly what moves
// and any clash, and Merge stays disabled while there is a clash. The merge is one undoable
// command.
#pragma once

#include "commands/command.h"
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

    // Who shows a later failed undo or redo of the dialog's edit (the roster's actions).
    void setUndoErrorHandler(commands::ErrorHandler handler) { m_onUndoError = std::move(handler); }

    void accept() override;

private:
    void updatePreview();

    QPointer<Store> m_store;
    QUndoStack *m_undoStack;
    commands::ErrorHandler m_onUndoError;
    QComboBox *m_survivor;
    QComboBox *m_duplicate;
    QTextBrowser *m_preview;
    QLabel *m_error;
    QPushButton *m_merge;
};
