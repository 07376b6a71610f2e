#include "scoring/paperchart.h"

#include "core/csv.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>

Result<PaperChart> PaperChart::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<PaperChart>::failure(
            tr("Cannot open the paper chart %1: %2").arg(path, file.errorString()));
    return parse(file.readAll());
}

Result<PaperChart> PaperChart::parse(const QByteArray &csv)
{
    CsvReader::Options options;
    options.commentChar = u'#';
    auto table = CsvReader::parseTable(csv, options);
    if (!table)
        return Result<PaperChart>::failure(table.error());
    if (table->header.size() != 9)
        return Result<PaperChart>::failure(
            tr("The paper chart needs an inches column and 8 eighth-inch columns."));
    PaperChart chart;
    int expectedInch = -1;
    for (const CsvRow &row : table->rows) {
        bool ok = false;
        const int inch = row.fields.value(0).trimmed().toInt(&ok);
        if (!ok || row.fields.size() != 9 || (expectedInch >= 0 && inch != expectedInch))
            return Result<PaperChart>::failure(
                tr("Paper chart line %1: expected the inches and 8 weights.").arg(row.line));
        if (expectedInch < 0)
            chart.m_firstEighths = inch * 8;
        expectedInch = inch + 1;
        for (int c = 1; c < 9; ++c) {
            auto w = Weight::parse(row.fields.at(c));
            if (!w)
                return Result<PaperChart>::failure(
                    tr("Paper chart line %1: %2").arg(row.line).arg(w.error()));
            chart.m_weights.append(w.value());
        }
    }
    if (chart.m_weights.isEmpty())
        return Result<PaperChart>::failure(tr("The paper chart has no rows."));
    return chart;
}

const PaperChart &PaperChart::standard()
{
    static const PaperChart chart = [] {
        auto loaded = load(QString::fromLatin1(resourcePath));
        return loaded ? loaded.value() : PaperChart();
    }();
    return chart;
}

Weight PaperChart::weightFor(int lengthEighths, const Ruleset &r) const
{
    const int step = std::max(1, r.paperRoundingEighths);
    const int rounded = lengthEighths - lengthEighths % step;
    if (rounded < r.paperMinimumEighths || rounded < m_firstEighths || m_weights.isEmpty())
        return Weight();
    if (rounded > lastEighths())
        return r.paperOverChartWeight;
    return m_weights.at(rounded - m_firstEighths);
}

PaperChart::Stringer PaperChart::stringer(const QList<int> &lengths, const Ruleset &r) const
{
    Stringer s;
    for (int len : lengths) {
        const Weight w = weightFor(len, r);
        if (!w.isZero())
            s.weights.append(w);
    }
    std::sort(s.weights.begin(), s.weights.end(), std::greater<>());
    if (s.weights.size() > r.fishLimit)
        s.weights.resize(r.fishLimit);
    s.fish = int(s.weights.size());
    for (Weight w : s.weights)
        s.gross += w;
    if (!s.weights.isEmpty())
        s.biggest = s.weights.first();
    return s;
}

Result<int> PaperChart::parseLength(const QString &input)
{
    QString text = input.trimmed().toLower();
    static const QRegularExpression unit(QStringLiteral("\\s*(?:in|inch|inches|\")$"));
    text.remove(unit);
    static const QRegularExpression decimal(QStringLiteral("^(\\d{1,2})(?:[.,](\\d{1,3}))?$"));
    static const QRegularExpression fraction(
        QStringLiteral("^(?:(\\d{1,2})(?:\\s+|\\s*-\\s*))?(\\d)\\s*/\\s*(2|4|8)$"));
    if (auto m = decimal.match(text); m.hasMatch()) {
        int eighths = m.captured(1).toInt() * 8;
        const QString frac = m.captured(2);
        if (!frac.isEmpty()) {
            int scale = 1;
            for (int i = 0; i < frac.size(); ++i)
                scale *= 10;
            eighths += frac.toInt() * 8 / scale;
        }
        return eighths;
    }
    if (auto m = fraction.match(text); m.hasMatch()) {
        const int num = m.captured(2).toInt();
        const int den = m.captured(3).toInt();
        if (num >= den)
            return Result<int>::failure(
                tr("\"%1\": the fraction of an inch must be less than one.").arg(input.trimmed()));
        return m.captured(1).toInt() * 8 + num * (8 / den);
    }
    return Result<int>::failure(
        tr("\"%1\" is not a length. Type inches like 15.5 or 15 3/8.").arg(input.trimmed()));
}
