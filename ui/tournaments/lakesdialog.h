// LakesDialog (Tournament > Lakes and Ramps…): the club's lakes and their ramps. Add, rename and
// edit a lake (its paper flag and map link, which opens in the browser), add, rename and place a
// ramp (latitude and longitude; Show Ramp on Map opens it), and delete a lake or ramp that no
// tournament uses (one in use is refused, saying how many tournaments use it). Every change is
// its own step on the window's undo stack (Undo in the dialog, or Edit > Undo later) and syncs.
#pragma once

#include "commands/command.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QUndoStack;
class Store;

class LakesDialog : public QDialog
{
    Q_OBJECT
public:
    LakesDialog(Store *store, QUndoStack *undoStack, QWidget *parent = nullptr);

    QListWidget *lakeList() const { return m_lakes; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *mapEdit() const { return m_map; }
    QCheckBox *paperBox() const { return m_paper; }
    QTableWidget *rampTable() const { return m_ramps; }
    QLabel *messageLabel() const { return m_message; }
    QString currentLakeId() const;
    void selectLake(const QString &lakeId);

    // What the buttons do (tests call them).
    Status addLake(const QString &name);
    Status saveLake();
    Status deleteLake();
    Status addRamp(const QString &name);
    // Saves the ramp on `row` as the table has it.
    Status saveRamp(int row);
    Status deleteRamp();
    // The address Open Map would open (the lake's map link), or empty.
    QString lakeMapUrl() const;
    QString rampMapUrl() const;

private:
    void reload(const QString &selectLakeId);
    void showLake();
    void showMessage(const QString &text, bool error);
    void openUrl(const QString &url);

    QPointer<Store> m_store;
    QUndoStack *m_undoStack;
    commands::ErrorHandler m_onUndoError;
    QListWidget *m_lakes;
    QLineEdit *m_name;
    QLineEdit *m_map;
    QCheckBox *m_paper;
    QPushButton *m_openMap;
    QTableWidget *m_ramps;
    QPushButton *m_showRamp;
    QLabel *m_message;
    bool m_filling = false;
};
