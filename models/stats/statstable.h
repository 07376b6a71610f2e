// StatsTable: one table of figures (the club data's per-lake statistics, the top ten big bass,
// ...) in one shape for every place that shows it: the Club data page's tables (StatsTableModel),
// the printed report (a ReportTable), `sabc stats` as CSV (one section per table) and JSON.
// Values are plain: weights in hundredths, dates as QDate, counts as int; an invalid QVariant is
// "none" (empty in CSV and on screen, null in JSON).
#pragma once

#include "reports/report.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QString>
#include <QVariant>

struct StatsTable
{
    enum class Kind { Text, Number, Year, Weight, Date };
    struct Column
    {
        QString key;   // the CSV header and JSON name: "big_bass"
        QString title; // translated, shown and printed
        Kind kind = Kind::Text;
    };

    QString key; // "lakes": the CSV section's name and the JSON member
    QString title;
    QList<Column> columns;
    QList<QVariantList> rows;

    // What the page and the report show: "12.34" in the locale, dates short.
    QString displayText(int row, int column, const QLocale &locale = QLocale()) const;
    // CSV: "12.34" (pounds), ISO dates, plain integers.
    QString csvText(int row, int column) const;
    // JSON: numbers (weights in pounds, two decimals), ISO dates, strings, null.
    QJsonValue jsonValue(int row, int column) const;
    bool isNumeric(int column) const;

    ReportTable toReportTable() const;

    // Each table as a section: its key alone on a line, the header, the rows; an empty line
    // between sections.
    static QByteArray toCsv(const QList<StatsTable> &tables);
    // {"season": YEAR|null, "<key>": [{column: value, ...}, ...], ...}
    static QByteArray toJson(const QList<StatsTable> &tables, int season);
};
