#include "ui/roster/rosterpage.h"

#include "itemmodels/rosterfilterproxymodel.h"
#include "itemmodels/rostermodel.h"
#include "store/store.h"
#include "tournaments/seasonview.h"
#include "ui/common/datatableview.h"
#include "ui/common/pageheader.h"
#include "ui/common/searchfield.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

RosterPage::RosterPage(RosterModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(new RosterFilterProxyModel(this)),
      m_header(new PageHeader(tr("Roster"), this)), m_filter(new QComboBox(this)),
      m_season(new QComboBox(this)),
      m_search(new SearchField(this)), m_table(new DataTableView(this))
{
    m_proxy->setSourceModel(m_model);

    using Filter = RosterFilterProxyModel::Filter;
    for (Filter filter :
         {Filter::All, Filter::Members, Filter::DuesOverdue, Filter::Guests, Filter::Inactive})
        m_filter->addItem(RosterFilterProxyModel::filterText(filter), int(filter));
    m_filter->setObjectName(QStringLiteral("rosterFilter"));
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *filterLabel = new QLabel(tr("&Show:"), this);
    filterLabel->setBuddy(m_filter);

    m_season->setObjectName(QStringLiteral("rosterSeason"));
    m_season->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *seasonLabel = new QLabel(tr("Seaso&n:"), this);
    seasonLabel->setBuddy(m_season);
    m_seasonLabel = seasonLabel;

    m_search->setObjectName(QStringLiteral("rosterSearch"));
    m_search->setPlaceholderText(tr("Search name, phone, email"));
    m_search->setResultsView(m_table);

    m_header->addControl(seasonLabel);
    m_header->addControl(m_season);
    m_header->addSpacing(8);
    m_header->addControl(filterLabel);
    m_header->addControl(m_filter);
    m_header->addSpacing(8);
    m_header->addControl(m_search);

    m_table->setObjectName(QStringLiteral("rosterTable"));
    m_table->setModel(m_proxy);
    m_table->setStretchColumn(RosterModel::OfficesColumn);
    // Every column on screen at the window's default size, in English and in Spanish; long
    // e-mail addresses give way first.
    m_table->setFitToWidth(true);
    // Two rows can be picked at once, for Merge Duplicates.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->sortByColumn(RosterModel::NameColumn, Qt::AscendingOrder);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_table, 1);

    setTabOrder(m_season, m_filter);
    setTabOrder(m_filter, m_search);
    setTabOrder(m_search, m_table);
    setFocusProxy(m_search);

    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this]() { m_proxy->setFilter(Filter(m_filter->currentData().toInt())); });
    connect(m_season, &QComboBox::activated, this,
            [this]() { showSeason(m_season->currentData().toInt()); });
    // A store opened or changed: the seasons it has.
    connect(m_model, &QAbstractItemModel::modelReset, this, &RosterPage::fillSeasons);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &RosterFilterProxyModel::setSearchText);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RosterPage::updateSummary);
    // The roster reloads after every edit: the same people stay selected, the cursor on the same
    // person, ready for the next key.
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, [this]() {
        m_keptSelection.clear();
        m_keptCurrent = m_table->currentIndex().data(RosterModel::IdRole).toString();
        if (QItemSelectionModel *selection = m_table->selectionModel())
            for (const QModelIndex &row : selection->selectedRows(RosterModel::NameColumn))
                m_keptSelection << row.data(RosterModel::IdRole).toString();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this]() {
        QItemSelectionModel *selection = m_table->selectionModel();
        if (!selection || (m_keptSelection.isEmpty() && m_keptCurrent.isEmpty()))
            return;
        QItemSelection rows;
        QModelIndex current;
        for (int r = 0; r < m_proxy->rowCount(); ++r) {
            const QModelIndex i = m_proxy->index(r, RosterModel::NameColumn);
            const QString id = i.data(RosterModel::IdRole).toString();
            if (m_keptSelection.contains(id))
                rows.select(i, i);
            if (id == m_keptCurrent)
                current = i;
        }
        selection->select(rows, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        if (current.isValid()) {
            selection->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
            m_table->scrollTo(current);
        }
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RosterPage::updateSummary);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RosterPage::updateSummary);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &RosterPage::updateSummary);
    updateSummary();
}

void RosterPage::fillSeasons()
{
    const int shown = m_model->season();
    QList<int> seasons;
    if (Store *store = m_model->store()) {
        if (auto list = SeasonViewLoader::seasons(*store))
            seasons = list.value();
        const int current = store->currentSeason();
        if (!seasons.contains(current + 1))
            seasons.prepend(current + 1); // memberships for next season, from October
    }
    if (shown > 0 && !seasons.contains(shown))
        seasons.append(shown);
    std::sort(seasons.begin(), seasons.end(), std::greater<>());
    QList<int> had;
    for (int i = 0; i < m_season->count(); ++i)
        had.append(m_season->itemData(i).toInt());
    if (had == seasons && m_season->currentData().toInt() == shown)
        return;
    const QSignalBlocker block(m_season);
    m_season->clear();
    for (int s : std::as_const(seasons))
        m_season->addItem(QString::number(s), s);
    m_season->setCurrentIndex(std::max(0, m_season->findData(shown)));
}

void RosterPage::showSeason(int season)
{
    Store *store = m_model->store();
    const int current = store ? store->currentSeason() : 0;
    m_model->setSeason(season == current ? 0 : season);
    fillSeasons();
    emit seasonChanged(m_model->season());
}

int RosterPage::season() const
{
    return m_model->season();
}

void RosterPage::setActionsBar(QWidget *bar)
{
    auto *box = qobject_cast<QVBoxLayout *>(layout());
    if (!box)
        return;
    // The season picker goes to the right of the commands: the header row has no room to spare
    // at a large text size on a laptop screen, and a toolbar gives way.
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    if (QLayout *header = m_header->layout()) {
        header->removeWidget(m_seasonLabel);
        header->removeWidget(m_season);
    }
    row->addWidget(bar, 1);
    row->addWidget(m_seasonLabel);
    row->addWidget(m_season);
    box->insertLayout(1, row);
}

void RosterPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void RosterPage::updateSummary()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    QString text;
    if (shown == total)
        text = total == 1 ? tr("1 angler") : tr("%1 anglers").arg(total);
    else
        text = tr("%1 of %2 shown").arg(shown).arg(total);
    if (!m_model->lastError().isEmpty())
        text = m_model->lastError();
    m_header->setSummary(text);
}
