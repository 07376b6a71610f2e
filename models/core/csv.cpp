#include "core/csv.h"

#include "core/money.h"
#include "core/weight.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>

int CsvTable::column(const QString &name) const
{
    return columns.value(name.trimmed().toCaseFolded(), -1);
}

QString CsvTable::value(const CsvRow &row, const QString &name) const
{
    const int c = column(name);
    if (c < 0 || c >= row.fields.size())
        return QString();
    return row.fields.at(c).trimmed();
}

Result<QList<CsvRow>> CsvReader::parse(const QByteArray &utf8, const Options &options)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(utf8);
    if (decoder.hasError())
        return Result<QList<CsvRow>>::failure(
            tr("The file is not UTF-8 text. Save it from the spreadsheet as \"CSV UTF-8\"."));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    QList<CsvRow> rows;
    CsvRow current;
    QString field;
    int line = 1;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    bool afterClosingQuote = false;
    int quoteLine = 0;
    const qsizetype n = text.size();
    qsizetype i = 0;

    auto startRecord = [&] {
        current = CsvRow();
        current.line = line;
    };
    auto endField = [&] {
        current.fields.append(field);
        field.clear();
        fieldWasQuoted = false;
        afterClosingQuote = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = current.fields.size() == 1 && current.fields.first().isEmpty();
        if (!(blank && options.skipBlankLines))
            rows.append(current);
    };

    bool atRecordStart = true;
    while (i < n) {
        const QChar c = text.at(i);
        if (atRecordStart) {
            atRecordStart = false;
            startRecord();
            if (!options.commentChar.isNull() && c == options.commentChar) {
                while (i < n && text.at(i) != u'\n')
                    ++i;
                ++i;
                ++line;
                atRecordStart = true;
                continue;
            }
        }
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    i += 2;
                    continue;
                }
                inQuotes = false;
                afterClosingQuote = true;
                ++i;
                continue;
            }
            if (c == u'\n')
                ++line;
            field.append(c);
            ++i;
            continue;
        }
        if (c == u',') {
            endField();
            ++i;
            continue;
        }
        if (c == u'\r' || c == u'\n') {
            endRecord();
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            ++i;
            ++line;
            atRecordStart = true;
            continue;
        }
        if (afterClosingQuote) {
            if (c == u' ' || c == u'\t') {
                ++i;
                continue;
            }
            return Result<QList<CsvRow>>::failure(
                tr("Line %1: there is text after a closing quote mark. Put the whole cell in "
                   "quotes and double any quote mark inside it.")
                    .arg(line));
        }
        if (c == u'"' && field.trimmed().isEmpty() && !fieldWasQuoted) {
            field.clear();
            inQuotes = true;
            fieldWasQuoted = true;
            quoteLine = line;
            ++i;
            continue;
        }
        field.append(c);
        ++i;
    }
    if (inQuotes)
        return Result<QList<CsvRow>>::failure(
            tr("Line %1: a quote mark is opened and never closed.").arg(quoteLine));
    if (!atRecordStart)
        endRecord();
    return rows;
}

Result<CsvTable> CsvReader::parseTable(const QByteArray &utf8, const Options &options)
{
    auto rows = parse(utf8, options);
    if (!rows)
        return Result<CsvTable>::failure(rows.error());
    if (rows->isEmpty())
        return Result<CsvTable>::failure(tr("The file is empty: it needs a header row."));
    CsvTable table;
    table.header = rows->first().fields;
    table.headerLine = rows->first().line;
    for (int c = 0; c < table.header.size(); ++c) {
        const QString key = table.header.at(c).trimmed().toCaseFolded();
        if (key.isEmpty())
            continue;
        if (table.columns.contains(key))
            return Result<CsvTable>::failure(tr("Line %1: the column \"%2\" appears twice.")
                                                 .arg(table.headerLine)
                                                 .arg(table.header.at(c).trimmed()));
        table.columns.insert(key, c);
    }
    table.rows = rows.value().mid(1);
    return table;
}

Result<CsvTable> CsvReader::readTable(const QString &path, const Options &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<CsvTable>::failure(tr("Cannot open %1: %2").arg(path, file.errorString()));
    return parseTable(file.readAll(), options);
}

QString CsvWriter::neutralise(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    if (first != u'=' && first != u'+' && first != u'-' && first != u'@' && first != u'\t' &&
        first != u'\r')
        return cell;
    static const QRegularExpression plainNumber(QStringLiteral("^[+-]?\\d+(?:\\.\\d+)?$"));
    if (plainNumber.match(cell).hasMatch())
        return cell;
    return u'\'' + cell;
}

QString CsvWriter::escape(const QString &cell)
{
    QString text = neutralise(cell);
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') ||
        text.contains(u'\r')) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + text + u'"';
    }
    return text;
}

CsvWriter &CsvWriter::cell(const QString &text)
{
    if (m_rowStarted)
        m_text.append(u',');
    m_rowStarted = true;
    m_text.append(escape(text));
    return *this;
}

CsvWriter &CsvWriter::cell(qint64 number)
{
    return cell(QString::number(number));
}

CsvWriter &CsvWriter::cell(Weight weight)
{
    return cell(weight.toString());
}

CsvWriter &CsvWriter::cell(Money money)
{
    return cell(money.toPlainString());
}

CsvWriter &CsvWriter::endRow()
{
    m_text.append(m_lineEnding);
    m_rowStarted = false;
    return *this;
}

CsvWriter &CsvWriter::row(const QStringList &cells)
{
    for (const QString &c : cells)
        cell(c);
    return endRow();
}

QByteArray CsvWriter::toUtf8() const
{
    QByteArray bytes = m_text.toUtf8();
    if (m_bom)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}
