#include "reports/report.h"

#include "core/csv.h"
#include "reports/reportwriter.h"

#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextOption>
#include <QTextTable>
#include <QUrl>

#include <algorithm>

namespace {

QString imageName(int index)
{
    return QStringLiteral("sabc-chart-%1.png").arg(index);
}

const char *const styleSheet =
    "body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; color: #1a1a1a; }"
    "h1 { font-size: 16pt; margin-bottom: 0px; color: #1d3d5c; }"
    "h2 { font-size: 12pt; margin-top: 14px; margin-bottom: 4px; color: #1d3d5c; }"
    "p.subtitle { font-size: 10pt; color: #555555; margin-top: 2px; }"
    "p.note { font-size: 8pt; color: #666666; }"
    "p.caption { font-size: 8pt; color: #666666; }"
    "table.data { border-color: #9aa7b4; border-style: solid; }"
    "th { background-color: #dfe7ef; font-weight: bold; text-align: left; padding: 3px; }"
    "td { padding: 2px 4px; }"
    "td.num, th.num { text-align: right; }"
    "tr.bold td { font-weight: bold; }"
    "table.compact { font-size: 7pt; }";

// Column widths in percent of the text width, measured with the report's font: every column
// gets room for its short cells (amounts, dates, phone numbers never break) and its longest word
// up to 14 characters; what is left goes to the columns whose text would still wrap.
QList<int> columnPercents(const ReportTable &t)
{
    // Widths in points: a 72 dpi device.
    QImage device(1, 1, QImage::Format_RGB32);
    device.setDotsPerMeterX(2835);
    device.setDotsPerMeterY(2835);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(t.compact ? 7 : 9);
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF fm(font, &device);
    const QFontMetricsF fmBold(bold, &device);
    // Letter, 2 cm margins (QTextDocument::print), in points.
    // (what QTextDocument::print() leaves for the table once its margins and the table borders
    // are taken off, measured on the printed page)
    const qreal available = 430;
    const qreal padding = t.compact ? 10 : 14;
    const qreal wrapCap = fm.horizontalAdvance(QStringLiteral("MMMMMMMMMMMM"));
    const qreal naturalCap = fm.horizontalAdvance(QString(30, u'n'));
    const int n = int(t.header.size());
    QList<qreal> minimum(n, 0);
    QList<qreal> natural(n, 0);
    for (int c = 0; c < n; ++c) {
        for (const QString &word : t.header.at(c).split(u' '))
            minimum[c] = std::max(minimum[c], fmBold.horizontalAdvance(word));
        natural[c] =
            std::max(minimum[c], std::min(fmBold.horizontalAdvance(t.header.at(c)), naturalCap));
        for (const QStringList &row : t.rows) {
            const QString v = row.value(c);
            const qreal w = fm.horizontalAdvance(v);
            if (v.size() <= 16) {
                minimum[c] = std::max(minimum[c], w);
            } else {
                qreal longest = 0;
                for (const QString &word : v.split(u' '))
                    longest = std::max(longest, fm.horizontalAdvance(word));
                minimum[c] = std::max(minimum[c], std::min(longest, wrapCap));
            }
            natural[c] = std::max(natural[c], std::min(w, naturalCap));
        }
        minimum[c] += padding;
        natural[c] = std::max(natural[c] + padding, minimum[c]);
    }
    qreal sumMin = 0;
    qreal flex = 0;
    for (int c = 0; c < n; ++c) {
        sumMin += minimum.at(c);
        flex += natural.at(c) - minimum.at(c);
    }
    QList<int> percents;
    const qreal extra = std::max<qreal>(0, available - sumMin);
    const qreal total = std::max(available, sumMin);
    for (int c = 0; c < n; ++c) {
        const qreal share = flex > 0 ? extra * (natural.at(c) - minimum.at(c)) / flex : extra / n;
        percents.append(std::max(1, int((minimum.at(c) + share) * 100 / total)));
    }
    return percents;
}

} // namespace

Report::Report(const QString &title, const QString &subtitle) : m_title(title), m_subtitle(subtitle)
{
}

void Report::addHeading(const QString &text)
{
    ReportBlock b;
    b.type = ReportBlock::Type::Heading;
    b.text = text;
    m_blocks.append(b);
}

void Report::addParagraph(const QString &text)
{
    ReportBlock b;
    b.type = ReportBlock::Type::Paragraph;
    b.text = text;
    m_blocks.append(b);
}

void Report::addNote(const QString &text)
{
    ReportBlock b;
    b.type = ReportBlock::Type::Note;
    b.text = text;
    m_blocks.append(b);
}

void Report::addTable(const ReportTable &table)
{
    ReportBlock b;
    b.type = ReportBlock::Type::Table;
    b.table = table;
    m_blocks.append(b);
}

void Report::addImage(const QImage &image, const QString &caption)
{
    ReportBlock b;
    b.type = ReportBlock::Type::Image;
    b.image = image;
    b.text = caption;
    m_blocks.append(b);
}

void Report::addPageBreak()
{
    ReportBlock b;
    b.type = ReportBlock::Type::PageBreak;
    m_blocks.append(b);
}

const QList<QImage> Report::images() const
{
    QList<QImage> list;
    for (const ReportBlock &b : m_blocks)
        if (b.type == ReportBlock::Type::Image)
            list.append(b.image);
    return list;
}

QList<ReportTable> Report::tables() const
{
    QList<ReportTable> list;
    for (const ReportBlock &b : m_blocks)
        if (b.type == ReportBlock::Type::Table)
            list.append(b.table);
    return list;
}

Report Report::fromHtml(const QString &title, const QString &html, const QByteArray &csv)
{
    Report r(title, QString());
    r.m_html = html;
    r.m_csv = csv;
    return r;
}

QString Report::toHtml() const
{
    if (!m_html.isEmpty())
        return m_html;
    auto esc = [](const QString &text) { return text.toHtmlEscaped(); };
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                                  "<body>")
                       .arg(esc(m_title));
    html += QStringLiteral("<h1>%1</h1>").arg(esc(m_title));
    if (!m_subtitle.isEmpty())
        html += QStringLiteral("<p class=\"subtitle\">%1</p>").arg(esc(m_subtitle));
    int imageIndex = 0;
    for (const ReportBlock &b : m_blocks) {
        switch (b.type) {
        case ReportBlock::Type::Heading:
            html += QStringLiteral("<h2>%1</h2>").arg(esc(b.text));
            break;
        case ReportBlock::Type::Paragraph:
            html += QStringLiteral("<p>%1</p>").arg(esc(b.text));
            break;
        case ReportBlock::Type::Note:
            html += QStringLiteral("<p class=\"note\">%1</p>").arg(esc(b.text));
            break;
        case ReportBlock::Type::PageBreak:
            html += QStringLiteral("<p style=\"page-break-after: always;\"></p>");
            break;
        case ReportBlock::Type::Image: {
            // Printed 6.5 in wide at most (the text width of a Letter page with margins).
            const int width = std::min(b.image.width(), 620);
            html += QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"%2\"></p>")
                        .arg(imageName(imageIndex++))
                        .arg(width);
            if (!b.text.isEmpty())
                html +=
                    QStringLiteral("<p class=\"caption\" align=\"center\">%1</p>").arg(esc(b.text));
            break;
        }
        case ReportBlock::Type::Table: {
            const ReportTable &t = b.table;
            if (!t.title.isEmpty())
                html += QStringLiteral("<h2>%1</h2>").arg(esc(t.title));
            html += QStringLiteral("<table class=\"data%1\" width=\"100%\" border=\"1\" "
                                   "cellspacing=\"0\" cellpadding=\"%2\">")
                        .arg(t.compact ? QStringLiteral(" compact") : QString())
                        .arg(t.compact ? 1 : 3);
            html += QStringLiteral("<thead><tr>");
            const QList<int> widths = columnPercents(t);
            for (int c = 0; c < t.header.size(); ++c)
                html +=
                    QStringLiteral("<th width=\"%1%\"%2%3>%4</th>")
                        .arg(widths.value(c))
                        .arg(t.rightAligned.contains(c)
                                 ? QStringLiteral(" class=\"num\" align=\"right\"")
                                 : QString(),
                             t.header.at(c).size() <= 12 ? QStringLiteral(" nowrap") : QString(),
                             esc(t.header.at(c)));
            html += QStringLiteral("</tr></thead>");
            for (int r = 0; r < t.rows.size(); ++r) {
                const bool bold = t.boldRows.contains(r);
                html += bold ? QStringLiteral("<tr class=\"bold\">") : QStringLiteral("<tr>");
                const QStringList &row = t.rows.at(r);
                for (int c = 0; c < t.header.size(); ++c) {
                    QString cell = esc(row.value(c));
                    if (t.compact)
                        cell =
                            QStringLiteral("<span style=\"font-size: 7pt;\">%1</span>").arg(cell);
                    if (bold)
                        cell = QStringLiteral("<b>%1</b>").arg(cell);
                    // Short cells (amounts, dates, phone numbers) never break in two.
                    html +=
                        QStringLiteral("<td%1%2>%3</td>")
                            .arg(t.rightAligned.contains(c)
                                     ? QStringLiteral(" class=\"num\" align=\"right\"")
                                     : QString(),
                                 row.value(c).size() <= 16 ? QStringLiteral(" nowrap") : QString(),
                                 cell);
                }
                html += QStringLiteral("</tr>");
            }
            if (t.rows.isEmpty())
                html += QStringLiteral("<tr><td colspan=\"%1\"><i>%2</i></td></tr>")
                            .arg(std::max<qsizetype>(1, t.header.size()))
                            .arg(esc(tr("Nothing to show.")));
            html += QStringLiteral("</table>");
            break;
        }
        }
    }
    html += QStringLiteral("<p class=\"note\">%1</p>")
                .arg(esc(tr("Printed %1 by SABC Tournament Manager %2.")
                             .arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat),
                                  QStringLiteral(SABC_VERSION))));
    html += QStringLiteral("</body></html>");
    return html;
}

std::unique_ptr<QTextDocument> Report::toDocument() const
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultStyleSheet(QString::fromLatin1(styleSheet));
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    doc->setDefaultFont(font);
    // A long word (a pasted URL as a name) wraps inside its cell instead of running over.
    QTextOption option = doc->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc->setDefaultTextOption(option);
    int imageIndex = 0;
    for (const ReportBlock &b : m_blocks)
        if (b.type == ReportBlock::Type::Image)
            doc->addResource(QTextDocument::ImageResource, QUrl(imageName(imageIndex++)),
                             QVariant(b.image));
    doc->setHtml(toHtml());
    // A table row is never split between two pages: the lines of each cell are kept together,
    // and the table layout moves the whole row to the next page when a cell does not fit.
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        QTextCursor cursor(block);
        if (!cursor.currentTable())
            continue;
        QTextBlockFormat format = block.blockFormat();
        format.setNonBreakableLines(true);
        cursor.setBlockFormat(format);
    }
    doc->setMetaInformation(QTextDocument::DocumentTitle, m_title);
    return doc;
}

void Report::print(QPagedPaintDevice *device) const
{
    auto doc = toDocument();
    doc->print(device);
}

QPageLayout Report::pageLayout() const
{
    return ReportWriter::pageLayout(m_landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
}

Status Report::writePdf(const QString &path) const
{
    // Building the document needs the fonts of a QGuiApplication.
    if (Status s = ReportWriter::canWritePdf(); !s)
        return s;
    return ReportWriter::writePdf(path, *toDocument(), pageLayout().orientation());
}

QByteArray Report::toCsv() const
{
    if (!m_html.isEmpty())
        return m_csv;
    CsvWriter csv;
    csv.setByteOrderMark(m_csvBom);
    QList<ReportTable> list;
    for (const ReportTable &t : tables())
        if (t.inCsv)
            list.append(t);
    for (int i = 0; i < list.size(); ++i) {
        const ReportTable &t = list.at(i);
        if (list.size() > 1) {
            if (i > 0)
                csv.endRow();
            csv.row({t.title});
        }
        const bool own = !t.csvHeader.isEmpty();
        csv.row(own ? t.csvHeader : t.header);
        for (const QStringList &row : own ? t.csvRows : t.rows)
            csv.row(row);
    }
    return csv.toUtf8();
}

Status Report::writeCsv(const QString &path) const
{
    return ReportWriter::writeCsv(path, toCsv());
}
