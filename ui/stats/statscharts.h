// ui/stats/: the club's numbers on screen: the Club data page, an angler's profile and the lake
// history beside the tournament dialog's lake choice. The figures come from models/stats/.
//
// StatsCharts: the Qt Charts the stats screens draw (grouped bars, lines), built the same way so
// the pages look alike. Values are plain numbers (pounds as 12.34, counts as 12).
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class QChart;

struct StatsSeries
{
    QString name;
    QList<double> values; // one per category
};

namespace StatsCharts {
// Bars grouped by category, one colour per series; `valueTitle` names the axis ("lb").
QChart *bars(const QString &title, const QStringList &categories,
             const QList<StatsSeries> &series, const QString &valueTitle,
             bool wholeNumbers);
// One line per series over the categories (many categories: only some labels shown).
QChart *lines(const QString &title, const QStringList &categories,
              const QList<StatsSeries> &series, const QString &valueTitle, bool wholeNumbers);
// One line per series over dates (a time axis, so many points stay readable).
QChart *overTime(const QString &title, const QList<QDate> &dates,
                 const QList<StatsSeries> &series, const QString &valueTitle);
} // namespace StatsCharts
