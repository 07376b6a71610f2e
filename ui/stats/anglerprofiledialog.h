// AnglerProfileDialog: one angler's career with the club (AnglerProfile): events, points, places
// 1st-3rd, best stringer, biggest bass, Angler-of-the-Year finishes, a table by year and a chart
// of the average weight per month of the year. Opened from the Roster and the Standings
// (Ctrl+I, the context menu; Enter on the standings table). Reads only.
#pragma once

#include "stats/anglerprofile.h"

#include <QDialog>
#include <QPointer>

class QChartView;
class QLabel;
class QTableView;
class Store;
class StatsTableModel;

class AnglerProfileDialog : public QDialog
{
    Q_OBJECT
public:
    AnglerProfileDialog(Store *store, const QString &anglerId, QWidget *parent = nullptr);

    const AnglerProfile &profile() const { return m_profile; }
    QString errorText() const;
    QTableView *yearsView() const { return m_years; }
    QChartView *chartView() const { return m_chart; }

    // Opens the profile of `anglerId` (window-modal, deleted when closed).
    static AnglerProfileDialog *open(Store *store, const QString &anglerId, QWidget *parent);

private:
    QPointer<Store> m_store;
    AnglerProfile m_profile;
    QLabel *m_error;
    QTableView *m_years;
    StatsTableModel *m_model;
    QChartView *m_chart;
};
