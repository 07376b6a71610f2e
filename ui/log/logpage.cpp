#include "ui/log/logpage.h"

#include "itemmodels/clublogmodel.h"
#include "store/store.h"
#include "tournaments/tournamentstore.h"
#include "ui/common/datatableview.h"
#include "ui/common/pageheader.h"
#include "ui/common/searchfield.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

LogPage::LogPage(Store *store, QWidget *parent) : QWidget(parent)
{
    m_header = new PageHeader(tr("Log"), this);
    m_model = new ClubLogModel(nullptr, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ClubLogModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto *seasonLabel = new QLabel(tr("Sea&son:"), this);
    m_seasonBox = new QComboBox(this);
    m_seasonBox->setObjectName(QStringLiteral("logSeason"));
    seasonLabel->setBuddy(m_seasonBox);
    m_search = new SearchField(this);
    m_search->setObjectName(QStringLiteral("logSearch"));
    m_search->setPlaceholderText(tr("Search: tournament, officer, angler…"));
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    m_table = new DataTableView(this);
    m_table->setObjectName(QStringLiteral("logTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ClubLogModel::WhenColumn, Qt::DescendingOrder);
    m_table->setStretchColumn(ClubLogModel::DetailColumn);
    m_search->setResultsView(m_table);
    auto *help = new QLabel(
        tr("Every finalize and unlock, every correction of a member flag, and every change to the "
           "results of a tournament after it was finalized, with who made it."),
        this);
    help->setWordWrap(true);

    auto *controls = new QHBoxLayout;
    controls->addWidget(seasonLabel);
    controls->addWidget(m_seasonBox);
    controls->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(help);
    layout->addLayout(controls);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateSummary();
    });
    connect(m_seasonBox, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setSeason(m_seasonBox->currentData().toInt());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateSummary();
        m_table->fitColumns();
    });
    setStore(store);
}

void LogPage::setStore(Store *store)
{
    m_store = store;
    fillSeasons();
    m_model->setStore(store);
    m_model->setSeason(m_seasonBox->currentData().toInt());
    updateSummary();
}

void LogPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void LogPage::fillSeasons()
{
    QSignalBlocker block(m_seasonBox);
    m_seasonBox->clear();
    m_seasonBox->addItem(tr("All seasons"), 0);
    if (!m_store)
        return;
    auto seasons = TournamentStore(*m_store).seasons();
    if (!seasons) {
        m_error->setText(seasons.error());
        m_error->show();
        return;
    }
    QList<int> years = seasons.value();
    std::sort(years.begin(), years.end(), std::greater<int>());
    for (int year : std::as_const(years))
        m_seasonBox->addItem(QString::number(year), year);
}

void LogPage::updateSummary()
{
    const QString error = m_model->error();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    m_header->setSummary(shown == all ? tr("%n line(s)", nullptr, all)
                                      : tr("%1 of %n line(s)", nullptr, all).arg(shown));
}
