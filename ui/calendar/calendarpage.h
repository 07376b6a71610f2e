// CalendarPage: the club's season at a glance: a month view (days with a tournament in bold, days
// with another event marked, cancelled ones struck through) beside the list of the season's
// tournaments and events. Keyboard first: arrows move by day, Page Up/Page Down by month, Enter
// opens the day's event (or tournament; an empty day starts a new event), Insert or Ctrl+N adds
// an event on the chosen day, Delete deletes the chosen event (undoable). Export .ics… writes the
// season for members' phones.
#pragma once

#include "commands/command.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

class CalendarModel;
class DataTableView;
class PageHeader;
class QCalendarWidget;
class QLabel;
class QPushButton;
class QSpinBox;
class QUndoStack;
class Store;

class CalendarPage : public QWidget
{
    Q_OBJECT
public:
    CalendarPage(Store *store, QUndoStack *undoStack, QWidget *parent = nullptr);

    void setStore(Store *store);
    // Shows `season` (its first month holding something, or today's month in the current one).
    void setSeason(int season);
    int season() const;
    void focusCalendar();

    QCalendarWidget *monthView() const { return m_month; }
    DataTableView *table() const { return m_table; }
    CalendarModel *model() const { return m_model; }
    QSpinBox *seasonBox() const { return m_season; }
    QLabel *dayLabel() const { return m_day; }
    QDate selectedDate() const;
    void setSelectedDate(const QDate &date);

    // The actions, also reached by the keys above (tests call them directly).
    // Opens the new-event dialog on the chosen day.
    void addEvent();
    // Opens the chosen item: an event's dialog, a tournament's (through tournamentActivated).
    void openSelected();
    // Deletes the chosen event; a tournament is deleted on the Tournaments page.
    Status deleteSelected();
    // Writes the shown season to `path` (an .ics file).
    Status exportCalendar(const QString &path);
    // The last event dialog opened (tests), or null.
    QWidget *lastDialog() const { return m_lastDialog; }
    void setErrorHandler(std::function<void(const QString &)> handler)
    {
        m_onError = std::move(handler);
    }

signals:
    // Enter on a tournament: the window opens it.
    void tournamentActivated(const QString &tournamentId);
    void statusMessage(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload();
    void markDays();
    void updateDay();
    void selectRowOf(const QDate &date);
    // The event or tournament the keys act on: the list's current line when it is on the chosen
    // day, else the day's first.
    int currentRow() const;
    void exportWithDialog();
    void showError(const QString &text);

    QPointer<Store> m_store;
    QUndoStack *m_undoStack;
    CalendarModel *m_model;
    PageHeader *m_header;
    QSpinBox *m_season;
    QCalendarWidget *m_month;
    QLabel *m_day;
    QLabel *m_error;
    DataTableView *m_table;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QPushButton *m_deleteButton;
    QPushButton *m_exportButton;
    QPointer<QWidget> m_lastDialog;
    QList<QDate> m_marked;
    std::function<void(const QString &)> m_onError;
    bool m_syncing = false;
};
