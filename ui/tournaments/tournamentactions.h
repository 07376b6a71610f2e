// TournamentActions: what the Tournaments page does to the calendar: new, edit, delete (refused
// when the tournament has entries: cancel it instead), create a season schedule. Each change is a
// command on the window's undo stack; errors reach the user in a message box (or the handler).
#pragma once

#include "commands/command.h"
#include "core/result.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QUndoStack>

#include <functional>

class Store;
class QWidget;

class TournamentActions : public QObject
{
    Q_OBJECT
public:
    TournamentActions(Store *store, QUndoStack *undoStack, QWidget *parent);

    void setStore(Store *store);
    // Replaces the message box for errors (tests).
    void setErrorHandler(std::function<void(const QString &)> handler)
    {
        m_onError = std::move(handler);
    }

    // Open a dialog; true when something was saved.
    bool newTournament(int season);
    // The date a new tournament of `season` starts with: the first of the club's usual dates
    // from today on that has no tournament yet.
    QDate suggestedDate(int season) const;
    bool editTournament(const QString &tournamentId);
    // Tournament > Season Rules...: the season's rules, saved as one undoable edit.
    bool editSeasonRules(int season);
    bool createSeasonSchedule(int season);
    // Tournament > Lakes and Ramps…: the dialog, each change undoable on the window's stack.
    void editLakes();
    // No dialog: deletes, or explains why not.
    Status deleteTournament(const QString &tournamentId);

signals:
    void message(const QString &text);
    // A tournament was made with New Tournament: the window shows it.
    void tournamentCreated(const QString &tournamentId);

private:
    void showError(const QString &text);
    // Shows a later failed undo or redo of a calendar edit made here.
    commands::ErrorHandler undoFailures();

    QPointer<Store> m_store;
    QPointer<QUndoStack> m_undoStack;
    QWidget *m_parent;
    std::function<void(const QString &)> m_onError;
};
