#include "ui/common/zoom.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHash>
#include <QHeaderView>
#include <QPalette>
#include <QSettings>
#include <QTableView>
#include <QWidget>

#include <optional>

namespace {
const QString zoomKey = QStringLiteral("view/zoom");
const QString contrastKey = QStringLiteral("view/highContrast");
const char *factorProperty = "sabcFontFactor";
const char *boldProperty = "sabcFontBold";

// Classes the platform theme may give a font of their own, which the application font does not
// reach: each is scaled from its own size.
const char *const fontClasses[] = {
    "QAbstractButton", "QPushButton",  "QToolButton",    "QCheckBox",         "QRadioButton",
    "QComboBox",       "QLineEdit",    "QTextEdit",      "QPlainTextEdit",    "QAbstractSpinBox",
    "QLabel",          "QGroupBox",    "QTabBar",        "QAbstractItemView", "QListView",
    "QTableView",      "QTreeView",    "QHeaderView",    "QMenu",             "QMenuBar",
    "QMessageBox",     "QStatusBar",   "QTipLabel",      "QDockWidget",       "QMdiSubWindow"};

struct State
{
    std::optional<QFont> baseFont;
    QHash<QByteArray, QFont> baseClassFonts;
    std::optional<QPalette> basePalette;
    int percent = 100;
    bool highContrast = false;
};

State &state()
{
    static State s;
    return s;
}

QFont baseFont()
{
    State &s = state();
    if (!s.baseFont) {
        s.baseFont = QApplication::font();
        for (const char *name : fontClasses)
            s.baseClassFonts.insert(name, QApplication::font(name));
    }
    return *s.baseFont;
}

QFont scaled(double factor, QFont font = baseFont())
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(qRound(font.pixelSize() * factor));
    return font;
}

void applyRelative(QWidget *widget)
{
    const double factor = widget->property(factorProperty).toDouble();
    QFont font = scaled(factor * state().percent / 100.0);
    font.setBold(widget->property(boldProperty).toBool());
    widget->setFont(font);
}

void relayTables()
{
    for (QWidget *w : QApplication::allWidgets()) {
        if (w->property(factorProperty).isValid())
            applyRelative(w);
        if (auto *view = qobject_cast<QTableView *>(w)) {
            const int rowHeight = view->fontMetrics().height() + 8;
            view->verticalHeader()->setMinimumSectionSize(std::min(rowHeight, 12));
            view->verticalHeader()->setDefaultSectionSize(rowHeight);
            QHeaderView *header = view->horizontalHeader();
            for (int c = 0; c < header->count(); ++c)
                if (header->sectionResizeMode(c) == QHeaderView::Interactive &&
                    !view->isColumnHidden(c))
                    view->resizeColumnToContents(c);
        }
    }
}
} // namespace

namespace Zoom {

QList<int> steps()
{
    return {80, 90, 100, 110, 125, 150, 175, 200};
}

int percent()
{
    return state().percent;
}

int nextStep(int percent, int direction)
{
    const QList<int> all = steps();
    if (direction > 0) {
        for (int s : all)
            if (s > percent)
                return s;
        return all.last();
    }
    for (auto it = all.crbegin(); it != all.crend(); ++it)
        if (*it < percent)
            return *it;
    return all.first();
}

void setPercent(int percent)
{
    percent = std::clamp(percent, steps().first(), steps().last());
    baseFont(); // taken before the first change
    state().percent = percent;
    QApplication::setFont(scaled(percent / 100.0));
    for (auto it = state().baseClassFonts.cbegin(); it != state().baseClassFonts.cend(); ++it)
        QApplication::setFont(scaled(percent / 100.0, it.value()), it.key().constData());
    QSettings().setValue(zoomKey, percent);
    relayTables();
}

void setRelativeFont(QWidget *widget, double factor, bool bold)
{
    widget->setProperty(factorProperty, factor);
    widget->setProperty(boldProperty, bold);
    applyRelative(widget);
}

bool highContrast()
{
    return state().highContrast;
}

void setHighContrast(bool on)
{
    State &s = state();
    if (!s.basePalette)
        s.basePalette = QApplication::palette();
    s.highContrast = on;
    QSettings().setValue(contrastKey, on);
    if (!on) {
        QApplication::setPalette(*s.basePalette);
        return;
    }
    QPalette p = *s.basePalette;
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    for (QPalette::ColorGroup g : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(g, QPalette::Window, white);
        p.setColor(g, QPalette::WindowText, black);
        p.setColor(g, QPalette::Base, white);
        p.setColor(g, QPalette::AlternateBase, QColor(0xd0, 0xd8, 0xe8));
        p.setColor(g, QPalette::Text, black);
        p.setColor(g, QPalette::PlaceholderText, QColor(0x30, 0x30, 0x30));
        p.setColor(g, QPalette::Button, QColor(0xe8, 0xe8, 0xe8));
        p.setColor(g, QPalette::ButtonText, black);
        p.setColor(g, QPalette::Highlight, QColor(0x00, 0x2b, 0x80));
        p.setColor(g, QPalette::HighlightedText, white);
        p.setColor(g, QPalette::ToolTipBase, white);
        p.setColor(g, QPalette::ToolTipText, black);
        p.setColor(g, QPalette::Mid, QColor(0x40, 0x40, 0x40));
        p.setColor(g, QPalette::Dark, QColor(0x20, 0x20, 0x20));
    }
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x55, 0x55, 0x55));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x55, 0x55, 0x55));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x55, 0x55, 0x55));
    QApplication::setPalette(p);
}

void restore()
{
    QSettings settings;
    const int percent = settings.value(zoomKey, 100).toInt();
    if (percent != state().percent)
        setPercent(percent);
    const bool contrast = settings.value(contrastKey, false).toBool();
    if (contrast != state().highContrast)
        setHighContrast(contrast);
}

} // namespace Zoom
