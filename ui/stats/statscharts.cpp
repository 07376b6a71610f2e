#include "ui/stats/statscharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

QValueAxis *valueAxis(const QString &title, double top, bool wholeNumbers)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setLabelFormat(wholeNumbers ? QStringLiteral("%d") : QStringLiteral("%.0f"));
    axis->setRange(0, top > 0 ? top * 1.1 : 1);
    axis->applyNiceNumbers();
    return axis;
}

QChart *newChart(const QString &title, bool legend)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setVisible(legend);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 20, 4)); // room for the last axis label
    return chart;
}

} // namespace

QChart *StatsCharts::bars(const QString &title, const QStringList &categories,
                          const QList<StatsSeries> &series, const QString &valueTitle,
                          bool wholeNumbers)
{
    QChart *chart = newChart(title, series.size() > 1);
    auto *bars = new QBarSeries;
    double top = 0;
    for (const StatsSeries &s : series) {
        auto *set = new QBarSet(s.name);
        for (double v : s.values) {
            set->append(v);
            top = std::max(top, v);
        }
        bars->append(set);
    }
    chart->addSeries(bars);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    QValueAxis *y = valueAxis(valueTitle, top, wholeNumbers);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(y);
    return chart;
}

QChart *StatsCharts::lines(const QString &title, const QStringList &categories,
                           const QList<StatsSeries> &series, const QString &valueTitle,
                           bool wholeNumbers)
{
    QChart *chart = newChart(title, series.size() > 1);
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // At most about a dozen labels, whatever the number of points; labels must be unique.
    const int step = std::max<int>(1, int(std::ceil(categories.size() / 12.0)));
    for (int i = 0; i < categories.size(); i += step)
        x->append(categories.at(i) + QString(i, QChar(0x200B)), i);
    x->setRange(0, std::max<qsizetype>(1, categories.size() - 1));
    chart->addAxis(x, Qt::AlignBottom);
    double top = 0;
    QList<QLineSeries *> made;
    for (const StatsSeries &s : series) {
        auto *line = new QLineSeries;
        line->setName(s.name);
        QList<QPointF> points;
        points.reserve(s.values.size());
        for (int i = 0; i < s.values.size(); ++i) {
            points.append(QPointF(i, s.values.at(i)));
            top = std::max(top, s.values.at(i));
        }
        line->replace(points);
        line->setPointsVisible(s.values.size() <= 40);
        chart->addSeries(line);
        line->attachAxis(x);
        made.append(line);
    }
    QValueAxis *y = valueAxis(valueTitle, top, wholeNumbers);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *line : made)
        line->attachAxis(y);
    return chart;
}

QChart *StatsCharts::overTime(const QString &title, const QList<QDate> &dates,
                              const QList<StatsSeries> &series, const QString &valueTitle)
{
    QChart *chart = newChart(title, series.size() > 1);
    auto *x = new QDateTimeAxis;
    // Short labels, few ticks: the chart sits beside a table on a 1366-pixel screen.
    x->setFormat(QStringLiteral("MM/yy"));
    x->setTickCount(std::clamp<int>(int(dates.size()), 2, 5));
    if (!dates.isEmpty())
        x->setRange(dates.first().startOfDay(), dates.last().startOfDay());
    chart->addAxis(x, Qt::AlignBottom);
    double top = 0;
    QList<QLineSeries *> made;
    for (const StatsSeries &s : series) {
        auto *line = new QLineSeries;
        line->setName(s.name);
        QList<QPointF> points;
        points.reserve(s.values.size());
        for (int i = 0; i < s.values.size() && i < dates.size(); ++i) {
            points.append(QPointF(qreal(dates.at(i).startOfDay().toMSecsSinceEpoch()),
                                  s.values.at(i)));
            top = std::max(top, s.values.at(i));
        }
        line->replace(points);
        line->setPointsVisible(s.values.size() <= 40);
        chart->addSeries(line);
        line->attachAxis(x);
        made.append(line);
    }
    QValueAxis *y = valueAxis(valueTitle, top, true);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *line : made)
        line->attachAxis(y);
    return chart;
}
