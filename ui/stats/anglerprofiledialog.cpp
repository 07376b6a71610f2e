#include "ui/stats/anglerprofiledialog.h"

#include "itemmodels/statstablemodel.h"
#include "roster/anglerstore.h"
#include "stats/clubhistory.h"
#include "store/store.h"
#include "ui/stats/statscharts.h"

#include <QChart>
#include <QChartView>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

AnglerProfileDialog::AnglerProfileDialog(Store *store, const QString &anglerId, QWidget *parent)
    : QDialog(parent), m_store(store), m_model(new StatsTableModel(this))
{
    setObjectName(QStringLiteral("anglerProfileDialog"));
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    if (store) {
        auto history = ClubHistoryLoader::load(*store);
        if (history)
            m_profile = AnglerProfile::compute(history.value(), anglerId);
        else {
            m_error->setText(tr("The angler's history could not be read: %1").arg(history.error()));
            m_error->show();
        }
    }
    if (m_profile.name.isEmpty() && store) {
        // Never fished: the roster's name.
        auto angler = AnglerStore(store).angler(anglerId);
        if (angler)
            m_profile.name = angler->fullName;
    }
    setWindowTitle(tr("%1 — angler profile").arg(m_profile.name));

    const QLocale locale;
    auto weightAt = [&](Weight w, const QString &tournament, const QDate &date) {
        return w.isZero() ? tr("none yet")
                          : tr("%1 lb (%2, %3)")
                                .arg(w.toString(locale), tournament,
                                     locale.toString(date, QLocale::ShortFormat));
    };
    auto *title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(m_profile.name.toHtmlEscaped()),
                             this);
    auto *form = new QFormLayout;
    auto addRow = [&](const QString &label, const QString &value, const QString &name) {
        auto *text = new QLabel(value, this);
        text->setObjectName(name);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setWordWrap(true);
        form->addRow(label, text);
    };
    QStringList seasons;
    for (const ProfileYear &y : m_profile.years)
        seasons << QString::number(y.season);
    addRow(tr("Events"),
           m_profile.years.isEmpty()
               ? tr("none yet")
               : tr("%1 in %n seasons", nullptr, int(m_profile.years.size()))
                     .arg(m_profile.events),
           QStringLiteral("profileEvents"));
    addRow(tr("Points"), locale.toString(m_profile.points), QStringLiteral("profilePoints"));
    addRow(tr("Places"),
           tr("1st: %1 · 2nd: %2 · 3rd: %3")
               .arg(m_profile.places[0])
               .arg(m_profile.places[1])
               .arg(m_profile.places[2]),
           QStringLiteral("profilePlaces"));
    addRow(tr("Best stringer"),
           weightAt(m_profile.bestStringer, m_profile.bestStringerTournament,
                    m_profile.bestStringerDate),
           QStringLiteral("profileBestStringer"));
    addRow(tr("Biggest bass"),
           weightAt(m_profile.biggestBass, m_profile.biggestBassTournament,
                    m_profile.biggestBassDate),
           QStringLiteral("profileBiggestBass"));
    const QString finishes = m_profile.aoyFinishesText();
    addRow(tr("Angler of the Year"), finishes.isEmpty() ? tr("not ranked yet") : finishes,
           QStringLiteral("profileAoy"));

    const QList<StatsTable> tables = m_profile.tables();
    m_model->setTable(tables.value(0));
    m_years = new QTableView(this);
    m_years->setObjectName(QStringLiteral("profileYears"));
    m_years->setModel(m_model);
    m_years->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_years->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_years->setAlternatingRowColors(true);
    m_years->verticalHeader()->hide();
    m_years->setAccessibleName(tr("By year"));
    m_years->resizeColumnsToContents();
    m_years->horizontalHeader()->setStretchLastSection(true);

    QStringList months;
    StatsSeries average{tr("Average weight"), {}};
    for (int m = 0; m < 12; ++m) {
        months << locale.standaloneMonthName(m + 1, QLocale::ShortFormat);
        average.values << m_profile.monthAverage(m).hundredths() / 100.0;
    }
    m_chart = new QChartView(this);
    m_chart->setObjectName(QStringLiteral("profileChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setFocusPolicy(Qt::NoFocus);
    m_chart->setMinimumHeight(220);
    m_chart->setChart(StatsCharts::bars(tr("Average weight per month"), months, {average},
                                        tr("lb"), false));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *upper = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(title);
    left->addLayout(form);
    left->addStretch(1);
    upper->addLayout(left, 2);
    upper->addWidget(m_years, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(upper, 1);
    layout->addWidget(m_chart, 1);
    layout->addWidget(buttons);
    resize(980, 640);
}

QString AnglerProfileDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

AnglerProfileDialog *AnglerProfileDialog::open(Store *store, const QString &anglerId,
                                               QWidget *parent)
{
    auto *dialog = new AnglerProfileDialog(store, anglerId, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->QDialog::open();
    return dialog;
}
