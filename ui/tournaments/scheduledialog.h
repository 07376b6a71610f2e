// ScheduleDialog: a season's tournaments at once: the 4th Sunday of January to October, each date
// and name editable (and each one can be left out) before anything is saved. A usual date that
// already holds a calendar event (a holiday, the banquet, another club's tournament) moves to a
// free Sunday of its month, and the dialog says which dates it moved (SeasonPlanner).
#pragma once

#include "tournaments/tournamentstore.h"

#include <QDialog>

class QLabel;
class Store;
class QSpinBox;
class QTableWidget;

class ScheduleDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ScheduleDialog(int season, QWidget *parent = nullptr);
    // With the club's store, every tournament starts from the season's rules (format, fish
    // limit, entry fee and its unit), as the dialog says above the table.
    ScheduleDialog(Store *store, int season, QWidget *parent = nullptr);

    // The tournaments to create, or why the table cannot be saved (a bad date, an empty name,
    // a date outside the season, the same date twice).
    Result<QList<TournamentRecord>> tournaments() const;
    void accept() override;

    QTableWidget *table() const { return m_table; }
    QSpinBox *seasonBox() const { return m_season; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *rulesLabel() const { return m_rules; }
    // What the calendar moved ("April 26 holds the Banquet: moved to May 3."), empty when nothing.
    QLabel *movesLabel() const { return m_moves; }

private:
    void fill();

    Store *m_store = nullptr;
    QSpinBox *m_season;
    QTableWidget *m_table;
    QLabel *m_rules;
    QLabel *m_moves;
    QLabel *m_error;
};
