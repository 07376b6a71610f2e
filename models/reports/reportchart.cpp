#include "reports/reportchart.h"

#include "core/money.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace {

// A "nice" step for about `ticks` gridlines up to `maximum`.
qint64 niceStep(qint64 maximum, int ticks)
{
    if (maximum <= 0)
        return 1;
    const double raw = double(maximum) / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double residual = raw / magnitude;
    double nice = 10;
    if (residual <= 1)
        nice = 1;
    else if (residual <= 2)
        nice = 2;
    else if (residual <= 5)
        nice = 5;
    return std::max<qint64>(1, qint64(nice * magnitude));
}

QString axisLabel(qint64 value, bool money)
{
    if (!money)
        return QString::number(value);
    // Whole dollars on the axis.
    return Money::fromCents(value).toString().section(u'.', 0, 0);
}

struct Frame
{
    QRect plot;
    qint64 top = 1;
};

// Title, legend and value axis; returns the plot rectangle.
Frame drawFrame(QPainter &p, const QSize &size, const QString &title,
                const QList<ChartSeries> &series, qint64 maximum, bool money)
{
    p.fillRect(QRect(QPoint(0, 0), size), Qt::white);
    QFont titleFont = p.font();
    titleFont.setPixelSize(size.height() / 18);
    titleFont.setBold(true);
    p.setFont(titleFont);
    p.setPen(QColor(0x1d, 0x3d, 0x5c));
    const int titleHeight = QFontMetrics(titleFont).height();
    p.drawText(QRect(0, 8, size.width(), titleHeight), Qt::AlignHCenter, title);

    QFont font = p.font();
    font.setBold(false);
    font.setPixelSize(size.height() / 30);
    p.setFont(font);
    const QFontMetrics fm(font);

    // Legend on one row under the title.
    int legendWidth = 0;
    for (const ChartSeries &s : series)
        legendWidth += fm.height() + 8 + fm.horizontalAdvance(s.name) + 30;
    int x = std::max(10, (size.width() - legendWidth) / 2);
    const int legendY = 16 + titleHeight;
    for (const ChartSeries &s : series) {
        p.fillRect(QRect(x, legendY + 2, fm.height() - 4, fm.height() - 4), s.color);
        x += fm.height() + 4;
        p.setPen(Qt::black);
        p.drawText(QPoint(x, legendY + fm.ascent()), s.name);
        x += fm.horizontalAdvance(s.name) + 30;
    }

    const qint64 step = niceStep(std::max<qint64>(maximum, 1), 5);
    const qint64 top = ((std::max<qint64>(maximum, 1) + step - 1) / step) * step;
    const int labelWidth = fm.horizontalAdvance(axisLabel(top, money)) + 16;
    Frame f;
    f.top = top;
    f.plot = QRect(labelWidth + 10, legendY + fm.height() + 18, size.width() - labelWidth - 30,
                   size.height() - (legendY + fm.height() + 18) - fm.height() * 3 - 10);
    for (qint64 v = 0; v <= top; v += step) {
        const int y = f.plot.bottom() - int(double(v) / double(top) * f.plot.height());
        p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 1));
        p.drawLine(f.plot.left(), y, f.plot.right(), y);
        p.setPen(QColor(0x44, 0x44, 0x44));
        p.drawText(QRect(0, y - fm.height() / 2, labelWidth, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, axisLabel(v, money));
    }
    p.setPen(QPen(QColor(0x55, 0x55, 0x55), 2));
    p.drawLine(f.plot.bottomLeft(), f.plot.bottomRight());
    p.drawLine(f.plot.bottomLeft(), f.plot.topLeft());
    return f;
}

// Category labels under the plot, shortened to fit their slot.
void drawCategories(QPainter &p, const QRect &plot, const QStringList &categories, bool centred)
{
    const QFontMetrics fm(p.font());
    const int n = int(categories.size());
    if (n == 0)
        return;
    p.setPen(QColor(0x33, 0x33, 0x33));
    const double slot =
        centred ? double(plot.width()) / n : double(plot.width()) / std::max(1, n - 1);
    for (int i = 0; i < n; ++i) {
        const double cx = centred ? plot.left() + slot * (i + 0.5) : plot.left() + slot * i;
        const int w = int(std::max(slot, 60.0));
        const QString text = fm.elidedText(categories.at(i), Qt::ElideRight, w - 4);
        p.drawText(QRect(int(cx - w / 2.0), plot.bottom() + 6, w, fm.height() * 2),
                   Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, text);
    }
}

} // namespace

QColor ReportChart::color(int index)
{
    static const QColor palette[] = {QColor(0x2e, 0x6f, 0xb0), QColor(0xe0, 0x8a, 0x1e),
                                     QColor(0x3a, 0x9a, 0x4a), QColor(0xc0, 0x39, 0x2b),
                                     QColor(0x7d, 0x4f, 0xa8), QColor(0x8c, 0x6d, 0x3f),
                                     QColor(0x1f, 0xa3, 0xa3), QColor(0x66, 0x66, 0x66)};
    return palette[index % 8];
}

QImage ReportChart::bars(const QString &title, const QStringList &categories,
                         const QList<ChartSeries> &series, bool moneyAxis, const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    qint64 maximum = 0;
    for (const ChartSeries &s : series)
        for (qint64 v : s.values)
            maximum = std::max(maximum, v);
    const Frame f = drawFrame(p, size, title, series, maximum, moneyAxis);
    const int n = int(categories.size());
    if (n > 0 && !series.isEmpty()) {
        const double slot = double(f.plot.width()) / n;
        const double barWidth = slot * 0.75 / series.size();
        for (int i = 0; i < n; ++i) {
            for (int s = 0; s < series.size(); ++s) {
                const qint64 v = std::max<qint64>(0, series.at(s).values.value(i));
                const double h = double(v) / double(f.top) * f.plot.height();
                const QRectF bar(f.plot.left() + slot * i + slot * 0.125 + barWidth * s,
                                 f.plot.bottom() - h, barWidth - 2, h);
                p.fillRect(bar, series.at(s).color);
            }
        }
    }
    drawCategories(p, f.plot, categories, true);
    return image;
}

QImage ReportChart::lines(const QString &title, const QStringList &categories,
                          const QList<ChartSeries> &series, const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    qint64 maximum = 0;
    for (const ChartSeries &s : series)
        for (qint64 v : s.values)
            maximum = std::max(maximum, v);
    Frame f = drawFrame(p, size, title, series, maximum, false);
    // Keep the first and last category labels inside the picture.
    const int inset = QFontMetrics(p.font()).horizontalAdvance(QStringLiteral("MMM 00")) / 2 + 4;
    f.plot.adjust(inset, 0, -inset, 0);
    const int n = int(categories.size());
    if (n > 0) {
        const double slot = double(f.plot.width()) / std::max(1, n - 1);
        for (const ChartSeries &s : series) {
            QPainterPath path;
            for (int i = 0; i < n && i < s.values.size(); ++i) {
                const QPointF pt(n == 1 ? f.plot.center().x() : f.plot.left() + slot * i,
                                 f.plot.bottom() -
                                     double(s.values.at(i)) / double(f.top) * f.plot.height());
                if (i == 0)
                    path.moveTo(pt);
                else
                    path.lineTo(pt);
            }
            p.setPen(QPen(s.color, 4));
            p.setBrush(Qt::NoBrush);
            p.drawPath(path);
            p.setBrush(s.color);
            for (int i = 0; i < path.elementCount(); ++i)
                p.drawEllipse(QPointF(path.elementAt(i).x, path.elementAt(i).y), 6, 6);
        }
    }
    drawCategories(p, f.plot, categories, false);
    return image;
}
