// ui/calendar/: the Calendar page and its event dialog.
//
// EventDialog: one calendar event, new or changed: date, what it is (meeting, banquet, election,
// another club event, another club's tournament with its lake, a holiday), name, start and end
// times (empty: all day), notes, cancelled. Saves through the undoable commands; a refused edit
// says why in the dialog and changes nothing.
#pragma once

#include "calendar/calendarstore.h"
#include "commands/command.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QUndoStack;
class Store;

class EventDialog : public QDialog
{
    Q_OBJECT
public:
    // `event` with an empty id adds a new event (its date and kind start the form).
    EventDialog(Store *store, QUndoStack *undoStack, const CalendarEvent &event,
                QWidget *parent = nullptr);

    // The event as the form has it, or why it cannot be saved.
    Result<CalendarEvent> event() const;
    QString savedId() const { return m_savedId; }
    QString errorText() const;
    void setUndoErrorHandler(commands::ErrorHandler handler) { m_onUndoError = std::move(handler); }

    QDateEdit *dateEdit() const { return m_date; }
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *startEdit() const { return m_start; }
    QLineEdit *endEdit() const { return m_end; }
    QComboBox *lakeBox() const { return m_lake; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QCheckBox *cancelledBox() const { return m_cancelled; }

    void accept() override;

private:
    void updateLakeRow();

    QPointer<Store> m_store;
    QUndoStack *m_undoStack;
    commands::ErrorHandler m_onUndoError;
    CalendarEvent m_before;
    QString m_savedId;
    QDateEdit *m_date;
    QComboBox *m_kind;
    QLineEdit *m_name;
    QLineEdit *m_start;
    QLineEdit *m_end;
    QComboBox *m_lake;
    QLabel *m_lakeLabel;
    QPlainTextEdit *m_notes;
    QCheckBox *m_cancelled;
    QLabel *m_error;
};
