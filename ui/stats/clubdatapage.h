// ClubDataPage: the club's numbers over every season or one: per-lake statistics, the top ten big
// bass, limits and zeros by year, members and guests by year, average 1st/2nd/3rd winning weights
// by year and by lake, participation per tournament; one tab per table with a chart beside the
// tables people would rather look at. Print… (Ctrl+P) previews the same tables and charts as a
// report. Computed when the page is shown after the club's data changed (ClubData).
#pragma once

#include "stats/clubdata.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class Store;
class StatsTableModel;
class StoreWatcher;

class ClubDataPage : public QWidget
{
    Q_OBJECT
public:
    explicit ClubDataPage(Store *store = nullptr, QWidget *parent = nullptr);

    void setStore(Store *store);
    // 0: every season.
    void showSeason(int season);
    int season() const;

    const ClubData &data() const { return m_data; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *table(int index) const { return m_views.value(index); }
    StatsTableModel *model(int index) const { return m_models.value(index); }
    QString errorText() const;
    // How long the last reload took: reading and computing, and filling the tables and charts.
    qint64 computeMicroseconds() const { return m_computeUs; }
    qint64 fillMicroseconds() const { return m_fillUs; }
    Report report() const;

public slots:
    // Reads the club again and fills the page now.
    void reload();
    void printPreview();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillSeasons();
    void fill();
    void setChart(int tab, QChart *chart);
    // Column widths and the chart of a tab, made when it is first shown after a reload.
    void prepareTab(int tab);
    QChart *makeChart(int tab) const;

    QPointer<Store> m_store;
    StoreWatcher *m_watcher;
    bool m_stale = true;
    ClubData m_data;
    QComboBox *m_seasonBox;
    QLabel *m_summary;
    QLabel *m_error;
    QPushButton *m_print;
    QTabWidget *m_tabs;
    QList<StatsTableModel *> m_models;
    QList<QTableView *> m_views;
    QList<QChartView *> m_charts; // null where a tab has no chart
    QList<bool> m_ready;          // per tab: widths and chart made for the data shown
    qint64 m_computeUs = 0;
    qint64 m_fillUs = 0;
};
