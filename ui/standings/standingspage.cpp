#include "ui/standings/standingspage.h"

#include "store/store.h"
#include "store/storewatcher.h"
#include "ui/stats/anglerprofiledialog.h"

#include <QAction>
#include <QLocale>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLoggingCategory>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QCategoryAxis>

Q_LOGGING_CATEGORY(lcStandings, "sabc.ui.standings")

namespace {
constexpr int chartedAnglers = 5;

QTableView *makeTable(QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}
} // namespace

StandingsPage::StandingsPage(Store *store, QWidget *parent)
    : QWidget(parent), m_model(new StandingsModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_breakdown(new AnglerBreakdownModel(this)),
      m_watcher(new StoreWatcher({QStringLiteral("entries"), QStringLiteral("tournaments"),
                                  QStringLiteral("anglers"), QStringLiteral("boats"),
                                  QStringLiteral("paper_fish"), QStringLiteral("rulesets")},
                                 this))
{
    connect(m_watcher, &StoreWatcher::changed, this, &StandingsPage::reload);

    auto *seasonLabel = new QLabel(tr("&Season:"), this);
    m_seasonBox = new QComboBox(this);
    seasonLabel->setBuddy(m_seasonBox);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("standingsSummary"));
    m_summary->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();

    m_provisional = new QLabel(this);
    m_provisional->setObjectName(QStringLiteral("provisionalLabel"));
    m_provisional->setWordWrap(true);
    m_provisional->setStyleSheet(
        QStringLiteral("background: #fff3cd; color: #5d4200; padding: 4px;"));
    m_provisional->hide();
    m_leaveOut = new QCheckBox(tr("&Leave out tournaments not yet finalized"), this);
    m_leaveOut->setObjectName(QStringLiteral("leaveOutProvisionalBox"));
    m_leaveOut->hide();
    connect(m_leaveOut, &QCheckBox::toggled, this, [this] { reload(); });

    auto *top = new QHBoxLayout;
    top->addWidget(seasonLabel);
    top->addWidget(m_seasonBox);
    top->addSpacing(16);
    top->addWidget(m_summary, 1);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(StandingsModel::SortRole);
    m_table = makeTable(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(StandingsModel::RankColumn, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(StandingsModel::AnglerColumn,
                                                      QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Angler of the Year standings"));
    // The selected angler's career: Ctrl+I, Enter or a double click, or the context menu.
    m_profileAction = new QAction(tr("&View Profile..."), this);
    m_profileAction->setObjectName(QStringLiteral("standingsProfile"));
    m_profileAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_profileAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_profileAction, &QAction::triggered, this, &StandingsPage::showProfile);
    addAction(m_profileAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_profileAction);
    connect(m_table, &QAbstractItemView::activated, this, &StandingsPage::showProfile);

    auto *awardsBox = new QGroupBox(tr("Awards"), this);
    m_awards = new QLabel(awardsBox);
    m_awards->setTextFormat(Qt::RichText);
    m_awards->setWordWrap(true);
    m_awards->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *awardsLayout = new QVBoxLayout(awardsBox);
    awardsLayout->addWidget(m_awards);

    auto *breakdownBox = new QGroupBox(tr("Tournaments of the selected angler"), this);
    m_breakdownTitle = new QLabel(breakdownBox);
    m_breakdownTable = makeTable(breakdownBox);
    m_breakdownTable->setModel(m_breakdown);
    m_breakdownTable->horizontalHeader()->setSectionResizeMode(
        AnglerBreakdownModel::TournamentColumn, QHeaderView::Stretch);
    auto *breakdownLayout = new QVBoxLayout(breakdownBox);
    breakdownLayout->addWidget(m_breakdownTitle);
    breakdownLayout->addWidget(m_breakdownTable);

    m_chart = new QChartView(this);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(awardsBox);
    rightLayout->addWidget(breakdownBox, 1);

    auto *upper = new QSplitter(Qt::Horizontal, this);
    upper->addWidget(m_table);
    upper->addWidget(right);
    upper->setStretchFactor(0, 3);
    upper->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(upper);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    auto *provisional = new QHBoxLayout;
    provisional->addWidget(m_provisional, 1);
    provisional->addWidget(m_leaveOut);
    layout->addLayout(provisional);
    layout->addWidget(split, 1);

    connect(m_seasonBox, &QComboBox::activated, this, [this] { reload(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                selectAngler(current.isValid()
                                 ? current.data(StandingsModel::AnglerIdRole).toString()
                                 : QString());
            });

    setStore(store);
}

void StandingsPage::setStore(Store *store)
{
    m_store = store;
    m_watcher->setStore(store);
    fillSeasons();
    reload();
}

int StandingsPage::season() const
{
    return m_seasonBox->currentData().toInt();
}

QString StandingsPage::provisionalText() const
{
    return m_provisional->isVisible() ? m_provisional->text() : QString();
}

QString StandingsPage::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void StandingsPage::showSeason(int season)
{
    const int index = m_seasonBox->findData(season);
    if (index < 0)
        return;
    m_seasonBox->setCurrentIndex(index);
    reload();
}

void StandingsPage::fillSeasons()
{
    const int previous = season();
    m_seasonBox->clear();
    if (!m_store)
        return;
    auto seasons = SeasonViewLoader::seasons(*m_store);
    if (!seasons) {
        m_error->setText(seasons.error());
        m_error->show();
        return;
    }
    for (int s : seasons.value())
        m_seasonBox->addItem(QString::number(s), s);
    const int index = m_seasonBox->findData(previous ? previous : m_store->currentSeason());
    m_seasonBox->setCurrentIndex(index >= 0 ? index : 0);
}

void StandingsPage::reload()
{
    m_error->hide();
    if (!m_store || m_seasonBox->count() == 0) {
        m_model->setSeason({});
        m_breakdown->setAngler({}, {});
        m_provisional->hide();
        m_leaveOut->hide();
        // Say what to do before there is anything to rank.
        m_summary->setText(
            !m_store ? tr("No club file is open. Start one with File > New Club (Ctrl+N), or open "
                          "the club's file with File > Open (Ctrl+O).")
                     : tr("No standings yet: they appear here after the first weigh-in (Ctrl+3)."));
        updateAwards();
        updateChart();
        return;
    }
    auto view = SeasonViewLoader::load(*m_store, season(), m_leaveOut->isChecked());
    if (!view) {
        qCWarning(lcStandings).noquote() << view.error();
        m_error->setText(tr("The standings could not be computed: %1").arg(view.error()));
        m_error->show();
        return;
    }
    const QString keep = m_selectedAngler;
    m_model->setSeason(view.value());
    const SeasonView &s = m_model->season();
    int counted = 0;
    for (const ScoredTournament &t : s.tournaments)
        // A team tournament counts for no angler's Angler of the Year: not a tournament fished.
        if (!t.cancelled && !t.result.entries.isEmpty() && t.format != TournamentFormat::Team)
            ++counted;
    QString summary =
        s.teamSeason()
            ? tr("Team season %1: boats are ranked by weight; no points or Angler of the Year.")
                  .arg(s.season)
            : tr("Angler of the Year %1 · tournaments fished: %n", nullptr, counted).arg(s.season);
    if (!s.teamSeason() && s.ruleset.bestN > 0)
        summary += tr(" · best %n count", nullptr, s.ruleset.bestN);
    if (!s.teamSeason() && s.ruleset.minimumEvents > 0)
        summary += tr(" · at least %n events to rank", nullptr, s.ruleset.minimumEvents);
    m_summary->setText(summary);
    QStringList open;
    const QLocale locale;
    for (const ProvisionalTournament &p : s.provisional)
        open << tr("%1 (%2, %n entries)", nullptr, p.entries)
                    .arg(p.name, locale.toString(p.date, QLocale::ShortFormat));
    if (s.provisional.isEmpty())
        m_provisional->clear();
    else if (s.provisionalLeftOut)
        m_provisional->setText(tr("Without %1: not finalized yet, left out of these standings.")
                                   .arg(open.join(QStringLiteral(", "))));
    else
        m_provisional->setText(tr("Provisional: these standings include %1, not finalized yet; "
                                  "places and points can still change.")
                                   .arg(open.join(QStringLiteral(", "))));
    m_provisional->setVisible(!s.provisional.isEmpty());
    m_leaveOut->setVisible(!s.provisional.isEmpty());
    m_table->setVisible(!s.teamSeason());
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(StandingsModel::AnglerColumn,
                                                      QHeaderView::Stretch);

    // Keep the selected angler, or select the leader.
    int row = 0;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        if (m_proxy->index(r, 0).data(StandingsModel::AnglerIdRole).toString() == keep)
            row = r;
    if (m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(row, StandingsModel::AnglerColumn));
    else
        selectAngler({});
    updateAwards();
    updateChart();
}

void StandingsPage::showProfile()
{
    if (!m_store || m_selectedAngler.isEmpty())
        return;
    AnglerProfileDialog::open(m_store, m_selectedAngler, this);
}

void StandingsPage::selectAngler(const QString &anglerId)
{
    m_selectedAngler = anglerId;
    m_breakdown->setAngler(m_model->season(), anglerId);
    const StandingRow *row = m_model->season().standings.row(anglerId);
    m_breakdownTitle->setText(row ? tr("%1: %2 points, events fished: %n", nullptr, row->events)
                                        .arg(row->anglerName.toHtmlEscaped())
                                        .arg(row->points)
                                  : tr("Select an angler in the table."));
    m_breakdownTable->resizeColumnsToContents();
    m_breakdownTable->horizontalHeader()->setSectionResizeMode(
        AnglerBreakdownModel::TournamentColumn, QHeaderView::Stretch);
}

void StandingsPage::updateAwards()
{
    const SeasonView &s = m_model->season();
    QStringList lines;
    for (const Award &award : s.standings.awards) {
        QString winners;
        if (award.winners.isEmpty()) {
            winners = tr("not awarded");
        } else {
            QStringList names;
            for (const AwardWinner &w : award.winners) {
                QString text = w.anglerNames.join(QStringLiteral(" & ")).toHtmlEscaped();
                if (award.kind == AwardKind::MostWins)
                    text += QStringLiteral(" (") + tr("wins: %n", nullptr, w.count) + u')';
                else
                    text += QStringLiteral(" (%1 lb").arg(w.weight.toString(QLocale())) +
                            (w.tournament >= 0 && w.tournament < s.tournaments.size()
                                 ? QStringLiteral(", ") +
                                       s.tournaments.at(w.tournament).name.toHtmlEscaped()
                                 : QString()) +
                            u')';
                names << text;
            }
            winners = names.join(QStringLiteral("; "));
        }
        lines << QStringLiteral("<b>%1:</b> %2").arg(Award::title(award.kind).toHtmlEscaped(),
                                                     winners);
    }
    m_awards->setText(lines.isEmpty() ? tr("No awards yet this season.")
                                      : lines.join(QStringLiteral("<br>")));
}

void StandingsPage::updateChart()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Points race"));
    chart->legend()->setAlignment(Qt::AlignRight);
    const SeasonView &s = m_model->season();
    QList<int> fished; // tournament indexes with results, in season order
    for (int t = 0; t < s.tournaments.size(); ++t)
        if (!s.tournaments.at(t).cancelled && !s.tournaments.at(t).result.entries.isEmpty())
            fished.append(t);

    if (!s.teamSeason() && !fished.isEmpty()) {
        auto *axisX = new QCategoryAxis;
        axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        for (int i = 0; i < fished.size(); ++i)
            axisX->append(QLocale().toString(s.tournaments.at(fished.at(i)).date, QStringLiteral("MMM")) +
                              QString(i, QChar(0x200B)), // labels must be unique; invisible
                          i);
        axisX->setRange(0, std::max<qsizetype>(1, fished.size() - 1));
        auto *axisY = new QValueAxis;
        axisY->setLabelFormat(QStringLiteral("%d"));
        axisY->setTitleText(tr("Points"));
        chart->addAxis(axisX, Qt::AlignBottom);
        chart->addAxis(axisY, Qt::AlignLeft);
        int maxPoints = 0;
        int charted = 0;
        for (const StandingRow &row : s.standings.rows) {
            if (charted == chartedAnglers || row.rank == 0)
                break;
            auto *series = new QLineSeries;
            series->setName(row.anglerName);
            int total = 0;
            for (int i = 0; i < fished.size(); ++i) {
                for (const TournamentPoints &tp : row.tournaments)
                    if (tp.tournament == fished.at(i) && tp.counted)
                        total += tp.points;
                series->append(i, total);
            }
            maxPoints = std::max(maxPoints, total);
            chart->addSeries(series);
            series->attachAxis(axisX);
            series->attachAxis(axisY);
            ++charted;
        }
        axisY->setRange(0, std::max(100, (maxPoints / 100 + 1) * 100));
    }
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    if (old)
        old->deleteLater();
}
