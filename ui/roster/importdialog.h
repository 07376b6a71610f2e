// ImportDialog: imports a roster CSV. Choose a file; the dialog says plainly what is wrong with a
// file it cannot read, lets the user map each column to a field (guessed from the headers), and
// previews what every row will do (add, update, unchanged, skip with its problems by line
// number). Nothing is written until Import is pressed; then all rows go in one undoable command.
#pragma once

#include "commands/command.h"
#include "store/store.h"

#include "roster/rosterimport.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class ImportPreviewModel;
class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QTableView;
class QUndoStack;

class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(Store *store, QUndoStack *undoStack, QWidget *parent = nullptr);

    // Asks for a file and loads it.
    void chooseFile();
    // Loads `path` and shows the mapping and preview, or says why it cannot.
    bool loadFile(const QString &path);

    QString errorText() const;
    QString summaryText() const;
    ImportPreviewModel *preview() const { return m_preview; }
    QPushButton *importButton() const { return m_import; }
    // The field picker of column `column` of the file.
    QComboBox *fieldBox(int column) const { return m_fieldBoxes.value(column); }

    // Who shows a later failed undo or redo of the dialog's edit (the roster's actions).
    void setUndoErrorHandler(commands::ErrorHandler handler) { m_onUndoError = std::move(handler); }

    void accept() override;
    // After a successful import: how many were added and updated, from which file.
    QString resultText() const { return m_result; }

private:
    void rebuildMapping();
    void updatePlan();
    void showError(const QString &message);

    QPointer<Store> m_store;
    QUndoStack *m_undoStack;
    commands::ErrorHandler m_onUndoError;
    std::optional<RosterImport> m_source;
    QLabel *m_file;
    QLabel *m_error;
    QLabel *m_summary;
    QWidget *m_mappingBox;
    QGridLayout *m_mapping;
    QList<QComboBox *> m_fieldBoxes;
    ImportPreviewModel *m_preview;
    QTableView *m_table;
    QPushButton *m_import;
    QString m_path;
    QString m_result;
};
