// ui/standings/: the Standings page (Angler of the Year, awards, the points race).
//
// StandingsPage: the season's Angler-of-the-Year table with best-N drops, the season's awards,
// the selected angler's tournaments, and a chart of the points race of the leaders.
#pragma once

#include "itemmodels/standingsmodel.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QChartView;
class QCheckBox;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class StoreWatcher;
class Store;

class StandingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit StandingsPage(Store *store = nullptr, QWidget *parent = nullptr);

    void setStore(Store *store);
    // Shows a season (its number, e.g. 2026); refused silently when the store has none.
    void showSeason(int season);
    int season() const;

    StandingsModel *standingsModel() const { return m_model; }
    AnglerBreakdownModel *breakdownModel() const { return m_breakdown; }
    QTableView *standingsView() const { return m_table; }
    QString errorText() const;
    // "Provisional: ..." while the standings count a tournament not yet finalized (empty else).
    QString provisionalText() const;
    QCheckBox *leaveOutProvisionalBox() const { return m_leaveOut; }

    // The selected angler's career (Ctrl+I, Enter, the context menu).
    QAction *profileAction() const { return m_profileAction; }

public slots:
    void reload();
    void showProfile();

private:
    void fillSeasons();
    void selectAngler(const QString &anglerId);
    void updateAwards();
    void updateChart();

    QPointer<Store> m_store;
    QComboBox *m_seasonBox = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_provisional = nullptr;
    QCheckBox *m_leaveOut = nullptr;
    QTableView *m_table = nullptr;
    QTableView *m_breakdownTable = nullptr;
    QLabel *m_breakdownTitle = nullptr;
    QLabel *m_awards = nullptr;
    QChartView *m_chart = nullptr;
    StandingsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    AnglerBreakdownModel *m_breakdown = nullptr;
    StoreWatcher *m_watcher = nullptr;
    QString m_selectedAngler;
    QAction *m_profileAction = nullptr;
};
