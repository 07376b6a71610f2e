#include "ui/stats/clubdatapage.h"

#include "itemmodels/statstablemodel.h"
#include "stats/clubhistory.h"
#include "store/store.h"
#include "store/storewatcher.h"
#include "tournaments/seasonview.h"
#include "ui/common/printpreview.h"
#include "ui/stats/statscharts.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcClubData, "sabc.ui.clubdata")

namespace {

// The tabs, in the order of ClubData::tables().
enum Tab {
    LakesTab,
    BigBassTab,
    LimitsTab,
    PeopleTab,
    ByYearTab,
    ByLakeTab,
    ParticipationTab,
    TabCount
};

double pounds(Weight w)
{
    return w.hundredths() / 100.0;
}

} // namespace

ClubDataPage::ClubDataPage(Store *store, QWidget *parent)
    : QWidget(parent),
      m_watcher(new StoreWatcher({QStringLiteral("entries"), QStringLiteral("tournaments"),
                                  QStringLiteral("anglers"), QStringLiteral("boats"),
                                  QStringLiteral("paper_fish"), QStringLiteral("rulesets"),
                                  QStringLiteral("lakes")},
                                 this))
{
    setObjectName(QStringLiteral("clubDataPage"));
    connect(m_watcher, &StoreWatcher::changed, this, [this] {
        m_stale = true;
        if (isVisible())
            reload();
    });

    auto *seasonLabel = new QLabel(tr("&Season:"), this);
    m_seasonBox = new QComboBox(this);
    m_seasonBox->setObjectName(QStringLiteral("clubDataSeason"));
    seasonLabel->setBuddy(m_seasonBox);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("clubDataSummary"));
    m_summary->setWordWrap(true);
    m_print = new QPushButton(tr("Pr&int…"), this);
    m_print->setObjectName(QStringLiteral("clubDataPrint"));
    m_print->setShortcut(QKeySequence::Print);
    m_print->setToolTip(tr("Print preview of the club data (Ctrl+P)"));
    connect(m_print, &QPushButton::clicked, this, &ClubDataPage::printPreview);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(seasonLabel);
    top->addWidget(m_seasonBox);
    top->addSpacing(16);
    top->addWidget(m_summary, 1);
    top->addWidget(m_print);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("clubDataTabs"));
    const QStringList titles = {tr("&Lakes"),
                                tr("&Big Bass"),
                                tr("Limits and &Zeros"),
                                tr("Members and &Guests"),
                                tr("Winning Weights by &Year"),
                                tr("Winning Weights by La&ke"),
                                tr("&Participation")};
    const QList<bool> charted = {false, false, true, true, true, true, true};
    for (int i = 0; i < TabCount; ++i) {
        auto *model = new StatsTableModel(this);
        auto *proxy = new QSortFilterProxyModel(this);
        proxy->setSourceModel(model);
        proxy->setSortRole(StatsTableModel::SortRole);
        auto *view = new QTableView(this);
        view->setModel(proxy);
        view->setSortingEnabled(true);
        view->sortByColumn(-1, Qt::AscendingOrder); // the tables' own order until a click
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setAlternatingRowColors(true);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setHighlightSections(false);
        view->setAccessibleName(QString(titles.at(i)).remove(u'&'));
        m_models.append(model);
        m_views.append(view);
        QWidget *content = view;
        QChartView *chart = nullptr;
        if (charted.at(i)) {
            chart = new QChartView(this);
            chart->setRenderHint(QPainter::Antialiasing);
            chart->setFocusPolicy(Qt::NoFocus);
            auto *split = new QSplitter(Qt::Horizontal, this);
            split->addWidget(view);
            split->addWidget(chart);
            split->setStretchFactor(0, 2);
            split->setStretchFactor(1, 3);
            content = split;
        }
        m_charts.append(chart);
        m_tabs->addTab(content, titles.at(i));
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);

    connect(m_seasonBox, &QComboBox::activated, this, [this] { reload(); });
    connect(m_tabs, &QTabWidget::currentChanged, this, &ClubDataPage::prepareTab);
    setStore(store);
}

void ClubDataPage::setStore(Store *store)
{
    m_store = store;
    m_watcher->setStore(store);
    m_stale = true;
    fillSeasons();
    if (isVisible())
        reload();
}

int ClubDataPage::season() const
{
    return m_seasonBox->currentData().toInt();
}

void ClubDataPage::showSeason(int season)
{
    const int index = m_seasonBox->findData(season);
    if (index >= 0)
        m_seasonBox->setCurrentIndex(index);
    reload();
}

QString ClubDataPage::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void ClubDataPage::fillSeasons()
{
    const int previous = season();
    m_seasonBox->clear();
    m_seasonBox->addItem(tr("Every season"), 0);
    if (!m_store)
        return;
    auto seasons = SeasonViewLoader::seasons(*m_store);
    if (seasons)
        for (int s : seasons.value())
            m_seasonBox->addItem(QString::number(s), s);
    m_seasonBox->setCurrentIndex(std::max(0, m_seasonBox->findData(previous)));
}

void ClubDataPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void ClubDataPage::reload()
{
    m_stale = false;
    m_watcher->cancelPending();
    m_error->hide();
    QElapsedTimer timer;
    timer.start();
    if (!m_store) {
        m_data = ClubData();
    } else {
        if (m_seasonBox->count() <= 1)
            fillSeasons();
        auto history = ClubHistoryLoader::load(*m_store, season(),
                                                 ClubHistoryLoader::Standings::LeftOut);
        if (!history) {
            qCWarning(lcClubData).noquote() << history.error();
            m_error->setText(tr("The club data could not be read: %1").arg(history.error()));
            m_error->show();
            m_data = ClubData();
        } else {
            m_data = ClubData::compute(history.value(), season());
        }
    }
    m_computeUs = timer.nsecsElapsed() / 1000;
    timer.restart();
    fill();
    m_fillUs = timer.nsecsElapsed() / 1000;
    qCDebug(lcClubData) << "club data: computed in" << m_computeUs << "us, filled in" << m_fillUs
                        << "us";
}

void ClubDataPage::setChart(int tab, QChart *chart)
{
    QChartView *view = m_charts.value(tab);
    if (!view || !chart) {
        delete chart;
        return;
    }
    QChart *old = view->chart();
    view->setChart(chart);
    if (old)
        old->deleteLater();
}

void ClubDataPage::fill()
{
    const QList<StatsTable> tables = m_data.tables();
    for (int i = 0; i < TabCount && i < tables.size(); ++i)
        m_models.at(i)->setTable(tables.at(i));
    // Column widths and charts are made for the tab shown, the others when they are opened.
    m_ready.fill(false, TabCount);
    int tournaments = 0;
    int anglers = 0;
    for (const ParticipationRow &p : m_data.participation) {
        ++tournaments;
        anglers += p.anglers;
    }
    if (!m_store)
        m_summary->setText(tr("No club file is open."));
    else if (tournaments == 0)
        m_summary->setText(tr("No tournament has been weighed in yet: the numbers appear here "
                              "after the first weigh-in (Ctrl+3)."));
    else
        m_summary->setText(tr("%n tournaments fished, ", nullptr, tournaments) +
                           tr("%n anglers weighed in; net weights as scored, cancelled "
                              "tournaments left out.",
                              nullptr, anglers));
    prepareTab(m_tabs->currentIndex());
}

void ClubDataPage::prepareTab(int tab)
{
    if (tab < 0 || tab >= TabCount || m_ready.value(tab))
        return;
    m_ready[tab] = true;
    m_views.at(tab)->resizeColumnsToContents();
    if (m_charts.at(tab))
        setChart(tab, makeChart(tab));
}

QChart *ClubDataPage::makeChart(int tab) const
{
    const QString lb = tr("lb");
    QStringList years;
    for (const YearStats &y : m_data.years)
        years << QString::number(y.season);
    switch (tab) {
    case LimitsTab: {
        StatsSeries limits{tr("Limits"), {}};
        StatsSeries zeros{tr("Zeros"), {}};
        for (const YearStats &y : m_data.years) {
            limits.values << y.limits;
            zeros.values << y.zeros;
        }
        return StatsCharts::bars(tr("Limits and zeros by year"), years, {limits, zeros},
                                 tr("Stringers"), true);
    }
    case PeopleTab: {
        StatsSeries members{tr("Members"), {}};
        StatsSeries guests{tr("Guests"), {}};
        for (const YearStats &y : m_data.years) {
            members.values << y.memberAnglers;
            guests.values << y.guestAnglers;
        }
        return StatsCharts::bars(tr("Members and guests by year"), years, {members, guests},
                                 tr("Anglers"), true);
    }
    case ByYearTab: {
        QList<StatsSeries> places{StatsSeries{tr("1st"), {}}, StatsSeries{tr("2nd"), {}},
                                  StatsSeries{tr("3rd"), {}}};
        for (const YearStats &y : m_data.years)
            for (int p = 0; p < 3; ++p)
                places[p].values << pounds(y.averagePlace(p));
        const QString title = tr("Average winning weights by year");
        return years.size() > 1 ? StatsCharts::lines(title, years, places, lb, false)
                                : StatsCharts::bars(title, years, places, lb, false);
    }
    case ByLakeTab: {
        QStringList lakes;
        QList<StatsSeries> places{StatsSeries{tr("1st"), {}}, StatsSeries{tr("2nd"), {}},
                                  StatsSeries{tr("3rd"), {}}};
        for (const LakeStats &l : m_data.lakes) {
            lakes << l.lake;
            for (int p = 0; p < 3; ++p)
                places[p].values << pounds(l.averagePlace(p));
        }
        return StatsCharts::bars(tr("Average winning weights by lake"), lakes, places, lb,
                                 false);
    }
    case ParticipationTab: {
        QList<QDate> dates;
        StatsSeries anglers{tr("Anglers"), {}};
        StatsSeries boats{tr("Boats"), {}};
        for (const ParticipationRow &p : m_data.participation) {
            dates << p.date;
            anglers.values << p.anglers;
            boats.values << p.boats;
        }
        return StatsCharts::overTime(tr("Participation per tournament"), dates,
                                     {anglers, boats}, tr("Anglers"));
    }
    default:
        return nullptr;
    }
}

Report ClubDataPage::report() const
{
    return m_data.report(m_store ? m_store->club().name : QString());
}

void ClubDataPage::printPreview()
{
    if (m_stale)
        reload();
    showPrintPreview(report(), this);
}
