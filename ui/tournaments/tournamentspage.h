// ui/tournaments/: the Tournaments page, the tournament and schedule dialogs and their actions.
//
// TournamentsPage: the main window's list of one season's tournaments (date, place, format,
// status, entries), with a season picker and a search box.
#pragma once

#include <QWidget>

class DataTableView;
class PageHeader;
class QComboBox;
class SearchField;
class TournamentFilterProxyModel;
class TournamentListModel;

class TournamentsPage : public QWidget
{
    Q_OBJECT
public:
    explicit TournamentsPage(TournamentListModel *model, QWidget *parent = nullptr);

    DataTableView *table() const { return m_table; }
    SearchField *searchField() const { return m_search; }
    QComboBox *seasonBox() const { return m_season; }
    TournamentFilterProxyModel *proxy() const { return m_proxy; }

    // Fills the season picker again from the store (after opening a file or creating a club);
    // keeps the chosen season when it still exists, otherwise shows the current season.
    void refreshSeasons();
    // The same, and picks the store's current season.
    void showCurrentSeason();
    void focusSearch();

private:
    void fillSeasons(int wanted);
    void updateSummary();

    TournamentListModel *m_model;
    TournamentFilterProxyModel *m_proxy;
    PageHeader *m_header;
    QComboBox *m_season;
    SearchField *m_search;
    DataTableView *m_table;
};
