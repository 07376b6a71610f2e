// ui/roster/: the Roster page and its dialogs (angler, officers, payment, merge, import) and
// actions.
//
// RosterPage: the main window's roster: every angler of the club in a sortable table, narrowed by
// kind (members, guests, ...) and by a search on name, phone or email.
#pragma once

#include <QStringList>
#include <QWidget>

class DataTableView;
class PageHeader;
class QComboBox;
class RosterFilterProxyModel;
class RosterModel;
class SearchField;

class RosterPage : public QWidget
{
    Q_OBJECT
public:
    explicit RosterPage(RosterModel *model, QWidget *parent = nullptr);

    DataTableView *table() const { return m_table; }
    SearchField *searchField() const { return m_search; }
    QComboBox *filterBox() const { return m_filter; }
    RosterFilterProxyModel *proxy() const { return m_proxy; }
    // The season shown (memberships, dues standing, offices, tournaments fished); any past
    // season can be picked. 0: the current season.
    QComboBox *seasonBox() const { return m_season; }
    void showSeason(int season);
    int season() const;

    // Puts the keyboard in the search box, ready to type.
    void focusSearch();
    // Shows the roster's commands (a toolbar) between the header and the table.
    void setActionsBar(QWidget *bar);

signals:
    void seasonChanged(int season);

private:
    void updateSummary();
    void fillSeasons();

    RosterModel *m_model;
    RosterFilterProxyModel *m_proxy;
    PageHeader *m_header;
    QComboBox *m_filter;
    QComboBox *m_season;
    QWidget *m_seasonLabel;
    SearchField *m_search;
    DataTableView *m_table;
    QStringList m_keptSelection; // ids selected before a reload
    QString m_keptCurrent;
};
