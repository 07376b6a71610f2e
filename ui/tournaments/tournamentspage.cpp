#include "ui/tournaments/tournamentspage.h"

#include "itemmodels/tournamentfilterproxymodel.h"
#include "itemmodels/tournamentlistmodel.h"
#include "store/store.h"
#include "ui/common/datatableview.h"
#include "ui/common/pageheader.h"
#include "ui/common/searchfield.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

TournamentsPage::TournamentsPage(TournamentListModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(new TournamentFilterProxyModel(this)),
      m_header(new PageHeader(tr("Tournaments"), this)), m_season(new QComboBox(this)),
      m_search(new SearchField(this)), m_table(new DataTableView(this))
{
    m_proxy->setSourceModel(m_model);

    m_season->setObjectName(QStringLiteral("seasonPicker"));
    m_season->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *seasonLabel = new QLabel(tr("Sea&son:"), this);
    seasonLabel->setBuddy(m_season);

    m_search->setObjectName(QStringLiteral("tournamentSearch"));
    m_search->setPlaceholderText(tr("Search tournaments"));
    m_search->setResultsView(m_table);

    m_header->addControl(seasonLabel);
    m_header->addControl(m_season);
    m_header->addSpacing(8);
    m_header->addControl(m_search);

    m_table->setObjectName(QStringLiteral("tournamentTable"));
    m_table->setModel(m_proxy);
    m_table->setStretchColumn(TournamentListModel::NameColumn);
    m_table->sortByColumn(TournamentListModel::DateColumn, Qt::AscendingOrder);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_table, 1);

    setTabOrder(m_season, m_search);
    setTabOrder(m_search, m_table);
    setFocusProxy(m_search);

    connect(m_season, &QComboBox::currentIndexChanged, this, [this]() {
        if (m_season->currentIndex() >= 0)
            m_model->setSeason(m_season->currentData().toInt());
    });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &TournamentFilterProxyModel::setSearchText);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TournamentsPage::updateSummary);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &TournamentsPage::updateSummary);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TournamentsPage::updateSummary);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TournamentsPage::updateSummary);
    // A new season's first tournament, or a new club, adds seasons to the picker.
    // Queued: the picker may change the model's season, which must not happen inside its reset.
    connect(m_model, &QAbstractItemModel::modelReset, this, &TournamentsPage::refreshSeasons,
            Qt::QueuedConnection);
    showCurrentSeason();
    updateSummary();
}

void TournamentsPage::refreshSeasons()
{
    fillSeasons(m_season->currentIndex() >= 0 ? m_season->currentData().toInt() : 0);
}

void TournamentsPage::showCurrentSeason()
{
    fillSeasons(0);
}

void TournamentsPage::fillSeasons(int wanted)
{
    const QList<int> seasons = m_model->availableSeasons();
    const int current = m_model->store() ? m_model->store()->currentSeason() : 0;
    if (!seasons.contains(wanted))
        wanted = current;

    QList<int> shown;
    for (int i = 0; i < m_season->count(); ++i)
        shown << m_season->itemData(i).toInt();
    if (shown != seasons) {
        const QSignalBlocker blocker(m_season);
        m_season->clear();
        for (int season : seasons) {
            m_season->addItem(season == current ? tr("%1 (this season)").arg(season)
                                                : QString::number(season),
                              season);
        }
    }
    {
        const QSignalBlocker blocker(m_season);
        m_season->setCurrentIndex(m_season->findData(wanted));
    }
    if (wanted > 0 && m_model->season() != wanted)
        m_model->setSeason(wanted);
}

void TournamentsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void TournamentsPage::updateSummary()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    QString text;
    if (shown == total)
        text = total == 1 ? tr("1 tournament") : tr("%1 tournaments").arg(total);
    else
        text = tr("%1 of %2 shown").arg(shown).arg(total);
    if (!m_model->lastError().isEmpty())
        text = m_model->lastError();
    m_header->setSummary(text);
}
