// ui/log/: the Log page.
//
// LogPage: the club's audit trail (ClubLogModel) for a season or all of them: finalize, unlock,
// member-flag corrections and every edit of finalized results, with who, when, before and after;
// a search narrows it to a tournament, an officer or an angler.
#pragma once

#include <QPointer>
#include <QWidget>

class ClubLogModel;
class DataTableView;
class PageHeader;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class SearchField;
class Store;

class LogPage : public QWidget
{
    Q_OBJECT
public:
    explicit LogPage(Store *store = nullptr, QWidget *parent = nullptr);

    void setStore(Store *store);
    ClubLogModel *model() const { return m_model; }
    DataTableView *table() const { return m_table; }
    SearchField *searchField() const { return m_search; }
    void focusSearch();

private:
    void fillSeasons();
    void updateSummary();

    QPointer<Store> m_store;
    PageHeader *m_header = nullptr;
    QComboBox *m_seasonBox = nullptr;
    SearchField *m_search = nullptr;
    QLabel *m_error = nullptr;
    DataTableView *m_table = nullptr;
    ClubLogModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
};
