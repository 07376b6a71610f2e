// OfficersDialog: who holds the club's four posts in a season (one holder per post; one person
// may hold several). Saving pushes one undoable command for all the posts changed.
#pragma once

#include "commands/command.h"
#include "store/store.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QComboBox;
class QLabel;
class QSpinBox;
class QUndoStack;

class OfficersDialog : public QDialog
{
    Q_OBJECT
public:
    // Opens on `season` (0: the current one); any season can be picked.
    OfficersDialog(Store *store, QUndoStack *undoStack, QWidget *parent = nullptr, int season = 0);

    QSpinBox *seasonBox() const { return m_season; }
    // The picker of a post ("president", "treasurer", ...).
    QComboBox *postBox(const QString &post) const { return m_boxes.value(post); }
    QString errorText() const;

    // Who shows a later failed undo or redo of the dialog's edit (the roster's actions).
    void setUndoErrorHandler(commands::ErrorHandler handler) { m_onUndoError = std::move(handler); }

    void accept() override;

    // What looks wrong with the chosen officers (a guest in a post, one person in two posts);
    // saving asks first when there is anything.
    QStringList warnings() const;

private:
    void load();

    QPointer<Store> m_store;
    QUndoStack *m_undoStack;
    commands::ErrorHandler m_onUndoError;
    QSpinBox *m_season;
    QHash<QString, QComboBox *> m_boxes;
    QLabel *m_error;
};
