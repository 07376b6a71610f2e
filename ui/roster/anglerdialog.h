// AnglerDialog: adds a person to the roster or edits one: name (required), email (checked and
// unique), phone (normalised to (512) 555-1234 as soon as the field is left), member-since year,
// membership of the current season, the club's e-mail they take (at all; results and standings;
// news), notes. Saving pushes an undoable command; a refusal is shown
// in the dialog, which stays open with the text as typed.
#pragma once

#include "commands/command.h"
#include "store/store.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QUndoStack;

struct Angler;

class AnglerDialog : public QDialog
{
    Q_OBJECT
public:
    // An empty `anglerId` adds a new angler.
    // `season`: whose membership the dialog shows and sets (0: the current season).
    AnglerDialog(Store *store, QUndoStack *undoStack, QWidget *parent = nullptr,
                 const QString &anglerId = QString(), int season = 0);

    QString anglerId() const { return m_anglerId; }
    QString errorText() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QSpinBox *memberSinceBox() const { return m_memberSince; }
    QCheckBox *memberBox() const { return m_member; }
    QCheckBox *emailOptInBox() const { return m_emailOptIn; }
    QCheckBox *mailResultsBox() const { return m_mailResults; }
    QCheckBox *mailNewsBox() const { return m_mailNews; }

    // Who shows a later failed undo or redo of the dialog's edit (the roster's actions).
    void setUndoErrorHandler(commands::ErrorHandler handler) { m_onUndoError = std::move(handler); }

    void accept() override;

private:
    void showError(const QString &message);
    // Asks before adding someone with the name and phone of a person on the roster.
    bool confirmNotATwin(const Angler &added);

    QPointer<Store> m_store;
    QUndoStack *m_undoStack;
    commands::ErrorHandler m_onUndoError;
    QString m_anglerId;
    int m_season = 0;
    bool m_wasMember = false;
    bool m_tooLong = false;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QSpinBox *m_memberSince;
    QCheckBox *m_member;
    QCheckBox *m_emailOptIn;
    QCheckBox *m_mailResults;
    QCheckBox *m_mailNews;
    QPlainTextEdit *m_notes;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};
