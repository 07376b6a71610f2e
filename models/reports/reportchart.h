// ReportChart: charts drawn with QPainter on a QImage, for the PDF reports (Qt Charts needs
// widgets, which the models library does not link). Two kinds the club looks at: grouped bars
// (fees and payouts by tournament, in cents) and lines (the Angler-of-the-Year points race).
// Needs a QGuiApplication (fonts).
#pragma once

#include <QColor>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

struct ChartSeries
{
    QString name;
    QColor color;
    QList<qint64> values; // one per category; money in cents when moneyAxis is set
};

class ReportChart
{
public:
    // Bars grouped by category, one colour per series, a legend and a value axis.
    static QImage bars(const QString &title, const QStringList &categories,
                       const QList<ChartSeries> &series, bool moneyAxis,
                       const QSize &size = QSize(1600, 720));
    // One line per series over the categories (cumulative values, e.g. points after each
    // tournament), with markers and a legend.
    static QImage lines(const QString &title, const QStringList &categories,
                        const QList<ChartSeries> &series, const QSize &size = QSize(1600, 760));
    // A palette of distinguishable colours.
    static QColor color(int index);
};
