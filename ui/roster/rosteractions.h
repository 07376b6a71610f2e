// RosterActions: the roster's commands as QActions, for the Roster page's toolbar and context
// menu and the main window's menus: Add, Edit, Deactivate/Reactivate, Delete, Officers, Merge,
// Record Payment, Import, Export CSV and Export PDF. It acts on the rows selected in the view it
// is attached to (reading RosterModel::IdRole) and opens the dialogs window-modal, so the
// keyboard stays in the app. Every edit goes onto the window's undo stack.
#pragma once

#include "commands/command.h"
#include "store/store.h"

#include <QObject>
#include <QPointer>
#include <QToolBar>

class QAbstractItemView;
class QAction;

class QUndoStack;
class QWidget;

class RosterActions : public QObject
{
    Q_OBJECT
public:
    RosterActions(Store *store, QUndoStack *undoStack, QWidget *parent);

    // The database the actions work on (the window may open another one).
    // The season the Roster page shows: the angler and officer dialogs open on it.
    void setSeason(int season) { m_season = season; }
    int season() const { return m_season; }
    void setStore(Store *store);
    // The roster table whose selection the actions use.
    void setView(QAbstractItemView *view);
    // Makes the shortcuts work anywhere in `page` and gives `view` a context menu with the
    // actions; sets `view` as the table the actions use.
    void attachTo(QWidget *page, QAbstractItemView *view);
    // A toolbar with the actions, for the top of the roster page.
    QToolBar *createToolBar(QWidget *parent);

    QAction *addAction() const { return m_add; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    QAction *officersAction() const { return m_officers; }
    QAction *mergeAction() const { return m_merge; }
    QAction *paymentAction() const { return m_payment; }
    // The selected angler's career (Ctrl+I): AnglerProfileDialog.
    QAction *profileAction() const { return m_profile; }
    // All of them, in menu order (null entries are separators).
    QList<QAction *> actions() const;

    // The ids of the selected anglers, in row order.
    QStringList selectedIds() const;

public slots:
    void addAngler();
    void editAngler();
    void toggleInactive();
    void deleteAngler();
    void editOfficers();
    void mergeAnglers();
    void recordPayment();
    void showProfile();
    void importRoster();
    void exportCsv();
    void exportPdf();

signals:
    // What an export or import did, for the status bar.
    void message(const QString &text);

private:
    void updateActions();
    void showError(const QString &title, const QString &message);
    // Shows a later failed undo or redo of a roster edit (made here or in a dialog opened here).
    commands::ErrorHandler undoFailures();
    QWidget *parentWidget() const;

    QPointer<Store> m_store;
    int m_season = 0; // the season the Roster shows (0: the current one)
    QUndoStack *m_undoStack;
    QPointer<QAbstractItemView> m_view;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_deactivate;
    QAction *m_delete;
    QAction *m_officers;
    QAction *m_merge;
    QAction *m_payment;
    QAction *m_profile;
    QAction *m_import;
    QAction *m_exportCsv;
    QAction *m_exportPdf;
};
