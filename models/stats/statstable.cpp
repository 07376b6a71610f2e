#include "stats/statstable.h"

#include "core/csv.h"
#include "core/weight.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
Weight weightOf(const QVariant &v)
{
    return Weight::fromHundredths(v.toInt());
}
} // namespace

bool StatsTable::isNumeric(int column) const
{
    const Kind k = columns.at(column).kind;
    return k == Kind::Number || k == Kind::Year || k == Kind::Weight;
}

QString StatsTable::displayText(int row, int column, const QLocale &locale) const
{
    const QVariant v = rows.at(row).value(column);
    if (!v.isValid())
        return QString();
    switch (columns.at(column).kind) {
    case Kind::Text:
        return v.toString();
    case Kind::Number:
        return locale.toString(v.toInt());
    case Kind::Year: // 2026, never "2,026"
        return QString::number(v.toInt());
    case Kind::Weight:
        return weightOf(v).toString(locale);
    case Kind::Date:
        return locale.toString(v.toDate(), QLocale::ShortFormat);
    }
    return QString();
}

QString StatsTable::csvText(int row, int column) const
{
    const QVariant v = rows.at(row).value(column);
    if (!v.isValid())
        return QString();
    switch (columns.at(column).kind) {
    case Kind::Text:
        return v.toString();
    case Kind::Number:
    case Kind::Year:
        return QString::number(v.toInt());
    case Kind::Weight:
        return weightOf(v).toString();
    case Kind::Date:
        return v.toDate().toString(Qt::ISODate);
    }
    return QString();
}

QJsonValue StatsTable::jsonValue(int row, int column) const
{
    const QVariant v = rows.at(row).value(column);
    if (!v.isValid())
        return QJsonValue(QJsonValue::Null);
    switch (columns.at(column).kind) {
    case Kind::Text:
        return v.toString();
    case Kind::Number:
    case Kind::Year:
        return v.toInt();
    case Kind::Weight:
        return v.toInt() / 100.0;
    case Kind::Date:
        return v.toDate().toString(Qt::ISODate);
    }
    return QJsonValue(QJsonValue::Null);
}

ReportTable StatsTable::toReportTable() const
{
    ReportTable t;
    t.title = title;
    for (int c = 0; c < columns.size(); ++c) {
        t.header << columns.at(c).title;
        t.csvHeader << columns.at(c).key;
        if (isNumeric(c))
            t.rightAligned << c;
    }
    for (int r = 0; r < rows.size(); ++r) {
        QStringList shown;
        QStringList csv;
        for (int c = 0; c < columns.size(); ++c) {
            shown << displayText(r, c);
            csv << csvText(r, c);
        }
        t.rows << shown;
        t.csvRows << csv;
    }
    return t;
}

QByteArray StatsTable::toCsv(const QList<StatsTable> &tables)
{
    CsvWriter csv;
    for (int i = 0; i < tables.size(); ++i) {
        const StatsTable &t = tables.at(i);
        if (i > 0)
            csv.endRow();
        csv.row({t.key});
        QStringList header;
        for (const Column &c : t.columns)
            header << c.key;
        csv.row(header);
        for (int r = 0; r < t.rows.size(); ++r) {
            QStringList cells;
            for (int c = 0; c < t.columns.size(); ++c)
                cells << t.csvText(r, c);
            csv.row(cells);
        }
    }
    return csv.toUtf8();
}

QByteArray StatsTable::toJson(const QList<StatsTable> &tables, int season)
{
    QJsonObject root;
    root.insert(QStringLiteral("season"),
                season > 0 ? QJsonValue(season) : QJsonValue(QJsonValue::Null));
    for (const StatsTable &t : tables) {
        QJsonArray rows;
        for (int r = 0; r < t.rows.size(); ++r) {
            QJsonObject row;
            for (int c = 0; c < t.columns.size(); ++c)
                row.insert(t.columns.at(c).key, t.jsonValue(r, c));
            rows.append(row);
        }
        root.insert(t.key, rows);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}
