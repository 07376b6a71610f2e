#include "reports/rosterreport.h"

#include "core/csv.h"
#include "itemmodels/rostermodel.h"

#include <QAbstractItemModel>
#include <QLocale>

QStringList RosterReport::header(const QAbstractItemModel *model)
{
    QStringList cells;
    for (int c = 0; c < model->columnCount(); ++c)
        cells << model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    return cells;
}

QList<QStringList> RosterReport::rows(const QAbstractItemModel *model)
{
    QList<QStringList> all;
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model->columnCount(); ++c)
            cells << model->index(r, c).data(Qt::DisplayRole).toString();
        all << cells;
    }
    return all;
}

QByteArray RosterReport::toCsv(const QAbstractItemModel *model)
{
    CsvWriter writer;
    writer.setByteOrderMark(true);
    writer.setLineEnding(QStringLiteral("\r\n"));
    writer.row(header(model));
    for (const QStringList &cells : rows(model))
        writer.row(cells);
    return writer.toUtf8();
}

QString RosterReport::toHtml(const QAbstractItemModel *model, const ReportHeading &heading)
{
    const auto esc = [](const QString &text) { return text.toHtmlEscaped(); };
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"><style>"
                                  "body { font-family: sans-serif; font-size: 9pt; }"
                                  "h1 { font-size: 15pt; margin-bottom: 0; }"
                                  "p.sub { color: #555; margin-top: 2px; }"
                                  "table { border-collapse: collapse; }"
                                  "th { background: #e8eef4; text-align: left; padding: 3px 6px; "
                                  "     border-bottom: 1px solid #888; }"
                                  "td { padding: 3px 6px; border-bottom: 1px solid #ddd; }"
                                  "</style></head><body>");
    html += QStringLiteral("<h1>%1</h1>")
                .arg(esc(tr("%1 Roster, %2").arg(heading.clubName).arg(heading.season)));
    const QList<QStringList> all = rows(model);
    html += QStringLiteral("<p class=\"sub\">%1</p>")
                .arg(esc((all.size() == 1 ? tr("1 angler, printed %1")
                                          : tr("%1 anglers, printed %2").arg(all.size()))
                             .arg(QLocale().toString(heading.printedOn, QLocale::LongFormat))));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\"><thead><tr>");
    // Width per RosterModel column, in percent, so emails and offices are not squeezed; short
    // values never wrap.
    const auto width = [](int column) {
        switch (column) {
        case RosterModel::NameColumn:
            return 16;
        case RosterModel::StandingColumn:
            return 12;
        case RosterModel::PhoneColumn:
            return 12;
        case RosterModel::EmailColumn:
            return 20;
        case RosterModel::OfficesColumn:
            return 18;
        case RosterModel::TournamentsColumn:
            return 8;
        default:
            return 7;
        }
    };
    const auto wraps = [](int column) {
        return column == RosterModel::NameColumn || column == RosterModel::OfficesColumn;
    };
    const QStringList headers = header(model);
    for (int c = 0; c < headers.size(); ++c)
        html += QStringLiteral("<th width=\"%1%\">%2</th>").arg(width(c)).arg(esc(headers.at(c)));
    html += QStringLiteral("</tr></thead><tbody>");
    int i = 0;
    for (const QStringList &cells : all) {
        html += (i++ % 2) ? QStringLiteral("<tr style=\"background:#f6f8fa\">")
                          : QStringLiteral("<tr>");
        for (int c = 0; c < cells.size(); ++c)
            html += wraps(c) ? QStringLiteral("<td>%1</td>").arg(esc(cells.at(c)))
                             : QStringLiteral("<td style=\"white-space: nowrap\">%1</td>")
                                   .arg(esc(cells.at(c)));
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</tbody></table></body></html>");
    return html;
}

Report RosterReport::report(const QAbstractItemModel *model, const ReportHeading &heading)
{
    Report report =
        Report::fromHtml(tr("Roster %1").arg(heading.season), toHtml(model, heading), toCsv(model));
    report.setBaseName(QStringLiteral("roster-%1").arg(heading.season));
    report.setLandscape(true);
    return report;
}
