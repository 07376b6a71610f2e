// TournamentDialog: a new or changed tournament: date, name, lake and ramp (from the club's
// lakes, or a new lake added inline), start and weigh-in times, format, ruleset, fish limit,
// entry fee and its unit, paper flag (defaults from the lake), cancelled. Bad input is refused in
// plain words on the dialog; nothing is saved by the dialog itself (the caller pushes a command).
#pragma once

#include "tournaments/lakestore.h"
#include "tournaments/tournamentstore.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimeEdit;
class QUndoStack;
class LakeHistoryWidget;
class Store;

class TournamentDialog : public QDialog
{
    Q_OBJECT
public:
    TournamentDialog(Store *store, const TournamentRecord &tournament, QWidget *parent = nullptr);

    // The tournament as entered, or why it cannot be saved.
    Result<TournamentRecord> record() const;

    // Adds a lake (and, when given, its first ramp) to the club's list and picks it.
    Status addLake(const QString &name, bool paper, const QString &ramp = QString());
    // The window's undo stack: shows "Lakes and Ramps…", which edits the club's lakes and ramps
    // (each change its own undo step) without leaving this dialog.
    void setUndoStack(QUndoStack *undoStack);
    // Opens the Lakes and Ramps dialog on the chosen lake, then lists the lakes and ramps again.
    void editLakes();
    QPushButton *lakesButton() const { return m_lakesButton; }

    void accept() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *lakeBox() const { return m_lake; }
    QComboBox *rampBox() const { return m_ramp; }
    QComboBox *formatBox() const { return m_format; }
    QSpinBox *fishLimitBox() const { return m_fishLimit; }
    QLineEdit *feeEdit() const { return m_fee; }
    QCheckBox *paperBox() const { return m_paper; }
    QLabel *errorLabel() const { return m_error; }
    LakeHistoryWidget *lakeHistory() const { return m_lakeHistory; }

private:
    void fillLakes(const QString &selectLakeId);
    void fillRamps(const QString &selectRampId);
    // What the club knows of the chosen lake, and of the date's month in earlier years.
    void showLakeHistory();

    QPointer<Store> m_store;
    QUndoStack *m_undoStack = nullptr;
    QPushButton *m_lakesButton = nullptr;
    TournamentRecord m_original;
    QList<LakeRecord> m_lakes;

    QDateEdit *m_date;
    QLineEdit *m_name;
    QComboBox *m_lake;
    QComboBox *m_ramp;
    QLineEdit *m_newLake;
    QLineEdit *m_newRamp;
    QCheckBox *m_newLakePaper;
    int m_dateSectionAtDigit = -1; // the date's section when the last digit was typed
    QTimeEdit *m_start;
    QTimeEdit *m_weighIn;
    QComboBox *m_format;
    QComboBox *m_ruleset;
    QSpinBox *m_fishLimit;
    QLineEdit *m_fee;
    QComboBox *m_feeUnit;
    QCheckBox *m_paper;
    QCheckBox *m_cancelled;
    QLabel *m_error;
    LakeHistoryWidget *m_lakeHistory;
};
