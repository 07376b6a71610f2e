#include "ui/treasury/treasurypage.h"

#include "core/clubrules.h"
#include "itemmodels/ledgermodel.h"
#include "itemmodels/tournamentmoneymodel.h"
#include "reports/treasuryreport.h"
#include "store/store.h"
#include "ui/common/datatableview.h"
#include "ui/common/filedialog.h"
#include "ui/common/pageheader.h"
#include "ui/common/printpreview.h"
#include "ui/common/searchfield.h"
#include "ui/common/uilog.h"
#include "ui/treasury/ledgerentrydialog.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLegend>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QResizeEvent>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QValueAxis>
#include <QVBoxLayout>

#include <utility>

namespace {

QString reportName(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Treasurer:
        return TreasuryPage::tr("Treasurer's report");
    case ReportKind::Dues:
        return TreasuryPage::tr("Dues status");
    case ReportKind::Roster:
        return TreasuryPage::tr("Roster");
    case ReportKind::Standings:
        return TreasuryPage::tr("Angler of the Year standings");
    case ReportKind::Results:
        return TreasuryPage::tr("Results of the selected tournament");
    }
    return QString();
}

QTableWidgetItem *item(const QString &text, bool number = false, bool bold = false)
{
    auto *i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number)
        i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (bold) {
        QFont f = i->font();
        f.setBold(true);
        i->setFont(f);
    }
    return i;
}

QTableWidget *makeTableWidget(const QStringList &header, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(header.size()), parent);
    t->setHorizontalHeaderLabels(header);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->setTabKeyNavigation(false);
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < header.size(); ++c)
        t->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    return t;
}

} // namespace

TreasuryPage::TreasuryPage(Store *store, QWidget *parent)
    : QWidget(parent), m_money(new TournamentMoneyModel(this)),
      m_ledger(new LedgerModel(nullptr, this)), m_reloadTimer(new QTimer(this))
{
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(0);
    connect(m_reloadTimer, &QTimer::timeout, this, [this] {
        if (std::exchange(m_refillPickers, false)) {
            fillSeasons();
            fillTournaments();
        }
        reload();
    });

    m_header = new PageHeader(tr("Treasury"), this);
    auto *seasonLabel = new QLabel(tr("&Season:"), this);
    m_seasonBox = new QComboBox(this);
    m_seasonBox->setAccessibleName(tr("Season"));
    seasonLabel->setBuddy(m_seasonBox);
    m_header->addControl(seasonLabel);
    m_header->addControl(m_seasonBox);
    m_header->addSpacing(12);
    m_reportButton = new QToolButton(this);
    m_reportButton->setText(tr("Re&ports"));
    m_reportButton->setPopupMode(QToolButton::InstantPopup);
    m_reportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_reportButton);
    for (ReportKind kind : {ReportKind::Treasurer, ReportKind::Dues, ReportKind::Roster,
                            ReportKind::Standings, ReportKind::Results}) {
        QMenu *sub = menu->addMenu(reportName(kind));
        sub->addAction(tr("Print preview…"), this, [this, kind] { previewReport(kind); });
        sub->addAction(tr("Save as PDF…"), this, [this, kind] { saveReport(kind, true); });
        sub->addAction(tr("Save as CSV…"), this, [this, kind] { saveReport(kind, false); });
    }
    m_reportButton->setMenu(menu);
    m_header->addControl(m_reportButton);

    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(createTournamentTab(), tr("&Tournament money"));
    m_tabs->addTab(createLedgerTab(), tr("&Ledger"));
    m_tabs->addTab(createSummaryTab(), tr("Su&mmary"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);

    connect(m_seasonBox, &QComboBox::activated, this, [this] {
        fillTournaments();
        reload();
    });
    connect(m_money, &TournamentMoneyModel::reloaded, this, &TreasuryPage::updateTournamentStatus);
    setStore(store);
}

QWidget *TreasuryPage::createTournamentTab()
{
    auto *tab = new QWidget(this);
    auto *tournamentLabel = new QLabel(tr("Tour&nament:"), tab);
    m_tournamentBox = new QComboBox(tab);
    m_tournamentBox->setMinimumContentsLength(28);
    m_tournamentBox->setAccessibleName(tr("Tournament"));
    tournamentLabel->setBuddy(m_tournamentBox);
    auto *methodLabel = new QLabel(tr("Fees paid &by:"), tab);
    m_methodBox = new QComboBox(tab);
    m_methodBox->setObjectName(QStringLiteral("feeMethod"));
    for (const QString &method : ClubRules::paymentMethods())
        m_methodBox->addItem(ClubRules::methodText(method), method);
    methodLabel->setBuddy(m_methodBox);
    auto *top = new QHBoxLayout;
    top->addWidget(tournamentLabel);
    top->addWidget(m_tournamentBox);
    top->addStretch(1);
    top->addWidget(methodLabel);
    top->addWidget(m_methodBox);

    m_status = new QLabel(tab);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setObjectName(QStringLiteral("balanceStatus"));

    // Fees at the ramp.
    auto *feeBox = new QGroupBox(tr("Entry fees at the ramp"), tab);
    m_fees = new FeeCheckModel(m_money, this);
    m_feeProxy = new QSortFilterProxyModel(this);
    m_feeProxy->setSourceModel(m_fees);
    m_feeProxy->setSortRole(FeeCheckModel::SortRole);
    m_feeProxy->setFilterKeyColumn(FeeCheckModel::AnglerColumn);
    m_feeProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_feeSearch = new SearchField(feeBox);
    m_feeSearch->setPlaceholderText(tr("Find an angler (Down to the list)"));
    m_feeView = new DataTableView(feeBox);
    m_feeView->setModel(m_feeProxy);
    m_feeView->setSortingEnabled(false);
    m_feeView->setAccessibleName(tr("Entry fees"));
    m_feeView->setStretchColumn(FeeCheckModel::AnglerColumn);
    m_feeSearch->setResultsView(m_feeView);
    m_feeSummary = new QLabel(feeBox);
    m_feeSummary->setWordWrap(true); // long in Spanish and at large text sizes
    auto *hint = new QLabel(tr("Space ticks or unticks the selected angler's fee."), feeBox);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto *feeLayout = new QVBoxLayout(feeBox);
    feeLayout->addWidget(m_feeSearch);
    feeLayout->addWidget(m_feeView, 1);
    feeLayout->addWidget(m_feeSummary);
    feeLayout->addWidget(hint);
    connect(m_feeSearch, &QLineEdit::textChanged, m_feeProxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_fees, &FeeCheckModel::failed, this, &TreasuryPage::showError);
    // One key must not take money back: the treasurer confirms and says why.
    m_fees->setReversalCheck([this](const QString &name, Money fee) -> std::optional<QString> {
        bool ok = false;
        const QString reason = QInputDialog::getText(
            this, tr("Take back entry fee"),
            tr("Take back the entry fee of %1 (%2)? A reversing entry is added to the ledger; "
               "nothing is erased. Give the reason:")
                .arg(name, fee.toString()),
            QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return std::nullopt;
        return reason;
    });
    auto *toggle = new QAction(tr("Tick or untick the fee"), m_feeView);
    toggle->setShortcuts(
        {QKeySequence(Qt::Key_Space), QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    toggle->setShortcutContext(Qt::WidgetShortcut);
    connect(toggle, &QAction::triggered, this, &TreasuryPage::toggleSelectedFee);
    m_feeView->addAction(toggle);
    connect(m_feeView, &QTableView::doubleClicked, this, [this] { toggleSelectedFee(); });
    // Every change reloads the list: keep the same angler selected, ready for the next key.
    connect(m_feeProxy, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keptAngler = m_feeView->currentIndex().data(FeeCheckModel::AnglerIdRole).toString();
    });
    connect(m_feeProxy, &QAbstractItemModel::modelReset, this, [this] {
        if (m_keptAngler.isEmpty())
            return;
        for (int r = 0; r < m_feeProxy->rowCount(); ++r) {
            const QModelIndex i = m_feeProxy->index(r, FeeCheckModel::AnglerColumn);
            if (i.data(FeeCheckModel::AnglerIdRole).toString() == m_keptAngler) {
                m_feeView->setCurrentIndex(i);
                m_feeView->scrollTo(i);
                break;
            }
        }
    });

    // Proposed payouts.
    auto *winnerBox = new QGroupBox(tr("Proposed payouts"), tab);
    m_winners = new WinnerModel(m_money, this);
    m_winnerView = new DataTableView(winnerBox);
    m_winnerView->setModel(m_winners);
    m_winnerView->setSortingEnabled(false);
    m_winnerView->setAccessibleName(tr("Proposed payouts"));
    m_winnerView->setStretchColumn(WinnerModel::WinnerColumn);
    m_markPaid = new QPushButton(tr("Mark pa&id"), winnerBox);
    m_markPaid->setToolTip(tr("Record the payout to the selected winner (Ctrl+Return)."));
    m_undoPaid = new QPushButton(tr("&Undo payout…"), winnerBox);
    auto *winnerButtons = new QHBoxLayout;
    winnerButtons->addWidget(m_markPaid);
    winnerButtons->addWidget(m_undoPaid);
    winnerButtons->addStretch(1);
    auto *winnerLayout = new QVBoxLayout(winnerBox);
    winnerLayout->addWidget(m_winnerView, 1);
    winnerLayout->addLayout(winnerButtons);
    connect(m_markPaid, &QPushButton::clicked, this, &TreasuryPage::markSelectedPaid);
    connect(m_winnerView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TreasuryPage::updateActions);
    connect(m_winners, &QAbstractItemModel::modelReset, this, &TreasuryPage::updateActions);
    connect(m_undoPaid, &QPushButton::clicked, this, &TreasuryPage::undoSelectedPayout);
    auto *pay = new QAction(tr("Mark paid"), m_winnerView);
    pay->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::Key_Space)});
    pay->setShortcutContext(Qt::WidgetShortcut);
    connect(pay, &QAction::triggered, this, &TreasuryPage::markSelectedPaid);
    m_winnerView->addAction(pay);
    connect(m_winners, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keptWinnerRow = m_winnerView->currentIndex().row(); });
    connect(m_winners, &QAbstractItemModel::modelReset, this, [this] {
        if (m_keptWinnerRow >= 0 && m_keptWinnerRow < m_winners->rowCount())
            m_winnerView->setCurrentIndex(m_winners->index(m_keptWinnerRow, 0));
    });

    // Does it balance?
    auto *checkBox = new QGroupBox(tr("Does it balance?"), tab);
    m_checks = new MoneyCheckModel(m_money, this);
    m_checkView = new DataTableView(checkBox);
    m_checkView->setModel(m_checks);
    m_checkView->setSortingEnabled(false);
    m_checkView->setAccessibleName(tr("Balance check"));
    m_checkView->setStretchColumn(MoneyCheckModel::LineColumn);
    m_settle = new QPushButton(tr("Move sh&ares to funds"), checkBox);
    m_settle->setToolTip(tr("Move what the engine assigns to the big bass pot, the club fund and "
                            "charity out of the tournament pot."));
    auto *checkLayout = new QVBoxLayout(checkBox);
    checkLayout->addWidget(m_checkView, 1);
    auto *settleRow = new QHBoxLayout;
    settleRow->addWidget(m_settle);
    settleRow->addStretch(1);
    checkLayout->addLayout(settleRow);
    connect(m_settle, &QPushButton::clicked, this, &TreasuryPage::settleFunds);

    auto *right = new QSplitter(Qt::Vertical, tab);
    right->addWidget(winnerBox);
    right->addWidget(checkBox);
    auto *split = m_moneySplit = new QSplitter(Qt::Horizontal, tab);
    split->addWidget(feeBox);
    split->addWidget(right);
    split->setStretchFactor(0, 5);
    split->setStretchFactor(1, 6);

    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);

    connect(m_tournamentBox, &QComboBox::currentIndexChanged, this,
            [this] { m_money->setTournament(m_tournamentBox->currentData().toString()); });
    connect(m_methodBox, &QComboBox::currentIndexChanged, this,
            [this] { m_fees->setMethod(selectedMethod()); });
    return tab;
}

QWidget *TreasuryPage::createLedgerTab()
{
    auto *tab = new QWidget(this);
    m_ledgerProxy = new LedgerFilterProxyModel(this);
    m_ledgerProxy->setSourceModel(m_ledger);
    m_fundFilter = new QComboBox(tab);
    m_fundFilter->setObjectName(QStringLiteral("fundFilter"));
    m_fundFilter->addItem(tr("All funds"), -1);
    for (Fund f : ledger::allFunds())
        m_fundFilter->addItem(ledger::fundText(f), int(f));
    m_kindFilter = new QComboBox(tab);
    m_kindFilter->setObjectName(QStringLiteral("kindFilter"));
    m_kindFilter->addItem(tr("All kinds"), -1);
    for (LedgerKind k : ledger::allKinds())
        m_kindFilter->addItem(ledger::kindText(k), int(k));
    m_ledgerSearch = new SearchField(tab);
    m_ledgerSearch->setPlaceholderText(tr("Search angler, tournament, note"));
    auto *fundLabel = new QLabel(tr("F&und:"), tab);
    fundLabel->setBuddy(m_fundFilter);
    auto *kindLabel = new QLabel(tr("&Kind:"), tab);
    kindLabel->setBuddy(m_kindFilter);
    auto *filters = new QHBoxLayout;
    filters->addWidget(fundLabel);
    filters->addWidget(m_fundFilter);
    filters->addWidget(kindLabel);
    filters->addWidget(m_kindFilter);
    filters->addWidget(m_ledgerSearch, 1);

    m_ledgerView = new DataTableView(tab);
    m_ledgerView->setModel(m_ledgerProxy);
    m_ledgerView->setAccessibleName(tr("Ledger"));
    m_ledgerView->setStretchColumn(LedgerModel::NoteColumn);
    m_ledgerSearch->setResultsView(m_ledgerView);

    auto *newEntry = m_newEntry = new QPushButton(tr("&New entry…"), tab);
    m_reverse = new QPushButton(tr("Reverse entr&y…"), tab);
    m_reverse->setToolTip(tr("Cancel the selected entry with a reversing entry; the ledger is "
                             "never edited."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newEntry);
    buttons->addWidget(m_reverse);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(filters);
    layout->addWidget(m_ledgerView, 1);
    layout->addLayout(buttons);

    connect(m_fundFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int v = m_fundFilter->currentData().toInt();
        m_ledgerProxy->setFund(v < 0 ? std::nullopt : std::optional<Fund>(Fund(v)));
    });
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int v = m_kindFilter->currentData().toInt();
        m_ledgerProxy->setKind(v < 0 ? std::nullopt : std::optional<LedgerKind>(LedgerKind(v)));
    });
    connect(m_ledgerSearch, &QLineEdit::textChanged, m_ledgerProxy,
            &LedgerFilterProxyModel::setSearchText);
    connect(newEntry, &QPushButton::clicked, this, &TreasuryPage::newEntry);
    connect(m_reverse, &QPushButton::clicked, this, &TreasuryPage::reverseSelectedEntry);
    // Only a live entry can be reversed: not one already reversed, nor a reversal itself.
    connect(m_ledgerView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TreasuryPage::updateActions);
    connect(m_ledgerProxy, &QAbstractItemModel::modelReset, this, &TreasuryPage::updateActions);
    connect(m_ledgerProxy, &QAbstractItemModel::layoutChanged, this, &TreasuryPage::updateActions);
    connect(m_ledgerProxy, &QAbstractItemModel::dataChanged, this, &TreasuryPage::updateActions);
    return tab;
}

QWidget *TreasuryPage::createSummaryTab()
{
    auto *tab = new QWidget(this);
    m_funds = makeTableWidget({tr("Fund"), tr("Start of season"), tr("Change"), tr("Now")}, tab);
    m_funds->setAccessibleName(tr("Fund balances"));
    m_summaryTable = makeTableWidget({tr("Season summary"), tr("Amount")}, tab);
    m_summaryTable->setAccessibleName(tr("Season summary"));
    m_chart = new QChartView(tab);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(240);
    auto *left = new QWidget(tab);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Fund balances"), left));
    leftLayout->addWidget(m_funds, 2);
    leftLayout->addWidget(m_summaryTable, 3);
    auto *split = new QSplitter(Qt::Horizontal, tab);
    split->addWidget(left);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(split, 1);
    return tab;
}

void TreasuryPage::setStore(Store *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_money->setStore(store);
    m_ledger->setStore(store);
    if (store)
        connect(store, &Store::changed, this, [this](const QString &table) {
            // A new club, a new season or a new tournament changes the pickers too.
            if (table == QLatin1String("club") || table == QLatin1String("tournaments"))
                m_refillPickers = true;
            if (m_refillPickers || table == QLatin1String("ledger") ||
                table == QLatin1String("entries"))
                m_reloadTimer->start();
        });
    fillSeasons();
    fillTournaments();
    reload();
    updateTournamentStatus();
}

void TreasuryPage::fillSeasons()
{
    const int current = season();
    m_seasonBox->clear();
    if (!m_store || !m_store->hasClub())
        return;
    auto seasons = LedgerStore(m_store).seasons();
    if (!seasons) {
        showError(seasons.error());
        return;
    }
    for (int s : seasons.value())
        m_seasonBox->addItem(QString::number(s), s);
    const int wanted = current > 0 ? current : m_store->currentSeason();
    const int index = m_seasonBox->findData(wanted);
    m_seasonBox->setCurrentIndex(index >= 0 ? index : 0);
}

void TreasuryPage::fillTournaments()
{
    const QString current = m_tournamentBox->currentData().toString();
    QSignalBlocker block(m_tournamentBox);
    m_tournamentBox->clear();
    if (!m_store || season() == 0) {
        m_money->setTournament(QString());
        return;
    }
    auto list = TournamentMoney::tournaments(*m_store, season());
    if (!list) {
        showError(list.error());
        return;
    }
    int pick = -1;
    const QDate today = m_store->clubTime().today();
    for (const TournamentMoney::TournamentRef &t : list.value()) {
        QString label = tr("%1 · %2").arg(QLocale().toString(t.date, QLocale::ShortFormat), t.name);
        if (t.cancelled)
            label = tr("%1 (cancelled)").arg(label);
        m_tournamentBox->addItem(label, t.id);
        if (t.id == current)
            pick = m_tournamentBox->count() - 1;
    }
    if (pick < 0) {
        // The latest tournament on or before today; else the first.
        for (int i = 0; i < list->size(); ++i)
            if (list->at(i).date <= today)
                pick = i;
        if (pick < 0)
            pick = m_tournamentBox->count() > 0 ? 0 : -1;
    }
    m_tournamentBox->setCurrentIndex(pick);
    m_money->setTournament(m_tournamentBox->currentData().toString());
}

void TreasuryPage::showSeason(int season)
{
    const int index = m_seasonBox->findData(season);
    if (index < 0)
        return;
    m_seasonBox->setCurrentIndex(index);
    fillTournaments();
    reload();
}

int TreasuryPage::season() const
{
    return m_seasonBox->currentData().toInt();
}

void TreasuryPage::showTournament(const QString &tournamentId)
{
    const int index = m_tournamentBox->findData(tournamentId);
    if (index >= 0)
        m_tournamentBox->setCurrentIndex(index);
}

QString TreasuryPage::tournamentId() const
{
    return m_tournamentBox->currentData().toString();
}

void TreasuryPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

QString TreasuryPage::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

void TreasuryPage::showError(const QString &message)
{
    qCWarning(lcUi).noquote() << "treasury:" << message;
    m_error->setText(message);
    m_error->show();
}

void TreasuryPage::clearError()
{
    m_error->clear();
    m_error->hide();
}

QString TreasuryPage::selectedMethod() const
{
    return m_methodBox->currentData().toString();
}

void TreasuryPage::reload()
{
    // The ledger and tournament models reload themselves when the store changes; the page only
    // follows the season and redraws the summary.
    if (m_ledger->season() != season())
        m_ledger->setSeason(season());
    if (!m_ledger->errorText().isEmpty())
        showError(m_ledger->errorText());
    updateSummary();
}

void TreasuryPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    shareMoneySplit();
}

void TreasuryPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    QTimer::singleShot(0, this, &TreasuryPage::shareMoneySplit);
}

void TreasuryPage::shareMoneySplit()
{
    // Fees on the left, payouts and the balance check on the right, each given room in
    // proportion to what its columns need: short of room, both lose a little, neither a lot.
    auto needed = [](QTableView *view) {
        int width = 2 * view->frameWidth() + view->verticalScrollBar()->sizeHint().width() + 28;
        for (int c = 0; c < view->model()->columnCount(); ++c)
            if (!view->isColumnHidden(c))
                width += std::max(static_cast<QAbstractItemView *>(view)->sizeHintForColumn(c),
                                  view->horizontalHeader()->sectionSizeHint(c));
        return width;
    };
    const int room = m_moneySplit->width() - m_moneySplit->handleWidth();
    if (room <= 0 || m_moneySplit->isHidden())
        return;
    const int left = needed(m_feeView);
    const int right = std::max(needed(m_winnerView), needed(m_checkView));
    const int leftWidth = int(qint64(room) * left / std::max(1, left + right));
    m_moneySplit->setSizes({leftWidth, room - leftWidth});
}

QTableView *TreasuryPage::checkView() const
{
    return m_checkView;
}

void TreasuryPage::updateActions()
{
    const bool club = m_store && m_store->hasClub();
    const bool winner = m_money->isLoaded() && m_winnerView->currentIndex().isValid();
    m_markPaid->setEnabled(club && winner);
    m_undoPaid->setEnabled(club && winner);
    m_newEntry->setEnabled(club);
    const QModelIndex entry = m_ledgerView->currentIndex();
    m_reverse->setEnabled(club && entry.isValid() &&
                          !entry.data(LedgerModel::ReversedRole).toBool());
    m_reportButton->setEnabled(club);
    m_seasonBox->setEnabled(m_seasonBox->count() > 0);
    m_tournamentBox->setEnabled(m_tournamentBox->count() > 0);
}

void TreasuryPage::updateTournamentStatus()
{
    const TournamentMoneyState &st = m_money->state();
    updateActions();
    if (!m_money->errorText().isEmpty()) {
        showError(m_money->errorText());
        m_status->clear();
        return;
    }
    if (!m_store) {
        m_status->setText(tr("No club file is open. Start one with File > New Club (Ctrl+N), or "
                             "open the club's file with File > Open (Ctrl+O)."));
        m_feeSummary->clear();
        m_settle->setEnabled(false);
        return;
    }
    if (!m_store->hasClub() || m_tournamentBox->count() == 0) {
        m_status->setText(
            m_store->hasClub()
                ? tr("No tournaments this season yet. Add them on the Tournaments page (Ctrl+2); "
                     "their fees and payouts are kept here.")
                : tr("This file has no club yet. Start one with File > New Club (Ctrl+N)."));
        m_feeSummary->clear();
        m_settle->setEnabled(false);
        return;
    }
    if (!m_money->isLoaded()) {
        m_status->setText(tr("Choose a tournament."));
        m_feeSummary->clear();
        m_settle->setEnabled(false);
        return;
    }
    const bool ok = st.balances();
    QTimer::singleShot(0, this, &TreasuryPage::shareMoneySplit);
    m_status->setText(st.statusText());
    m_status->setStyleSheet(ok ? QStringLiteral("QLabel { color: #1b6b2a; font-weight: bold; "
                                                "padding: 4px; }")
                               : QStringLiteral("QLabel { color: #a01818; font-weight: bold; "
                                                "padding: 4px; }"));
    QString fees = tr("%1 of %2 entrants paid").arg(st.feesPaidCount()).arg(st.entrantCount());
    if (st.paidNotEnteredCount() > 0)
        fees += tr(", %n paid and not weighed in", nullptr, st.paidNotEnteredCount());
    m_feeSummary->setText(tr("%1 · %2 recorded · big bass pot %3 (%4 carried in)")
                              .arg(fees, st.feesCheck.recorded.toString(),
                                   st.payouts.bigBassPot.toString(),
                                   st.payouts.carryIn.toString()));
    // Enabled even before the tournament is finalized: pressing it says what to do first.
    m_settle->setEnabled(!st.balances());
    if (!st.completed && !st.cancelled && !st.balances())
        m_status->setText(m_status->text() + QLatin1Char(' ') +
                          tr("The shares move to the funds once %1 is finalized on the Weigh-in "
                             "page.")
                              .arg(st.name));
}

void TreasuryPage::updateSummary()
{
    m_funds->setRowCount(0);
    m_summaryTable->setRowCount(0);
    if (!m_store || season() == 0) {
        m_chart->setChart(new QChart());
        return;
    }
    auto summary = LedgerStore(m_store).seasonSummary(season());
    if (!summary) {
        showError(summary.error());
        return;
    }
    const SeasonMoneySummary &s = summary.value();
    const bool current = season() >= m_store->currentSeason();
    m_funds->setHorizontalHeaderItem(
        3, new QTableWidgetItem(current ? tr("Now") : tr("End of season")));
    for (Fund f : ledger::allFunds()) {
        const int row = m_funds->rowCount();
        m_funds->insertRow(row);
        m_funds->setItem(row, 0, item(ledger::fundText(f)));
        m_funds->setItem(row, 1, item(s.openingBalances[f].toString(), true));
        m_funds->setItem(row, 2, item(s.seasonChange[f].toString(), true));
        m_funds->setItem(row, 3, item(s.closingBalances[f].toString(), true));
    }
    const int total = m_funds->rowCount();
    m_funds->insertRow(total);
    m_funds->setItem(total, 0, item(tr("All funds"), false, true));
    m_funds->setItem(total, 1, item(s.openingBalances.total().toString(), true, true));
    m_funds->setItem(
        total, 2,
        item((s.closingBalances.total() - s.openingBalances.total()).toString(), true, true));
    m_funds->setItem(total, 3, item(s.closingBalances.total().toString(), true, true));

    const auto lines = TreasuryReport::summaryLines(s);
    for (int i = 0; i < lines.size(); ++i) {
        m_summaryTable->insertRow(i);
        const SummaryLine &line = lines.at(i);
        m_summaryTable->setItem(i, 0, item(line.label, false, line.total));
        m_summaryTable->setItem(i, 1, item(line.amount.toString(), true, line.total));
    }
    m_header->setSummary(tr("Season %1 · %n ledger entries", nullptr, s.entryCount).arg(s.season));
    // The summary keeps its labels whole (Spanish "Premios ..." lines differ only at the end);
    // the splitter gives the chart what is left.
    for (QTableWidget *t : {m_summaryTable}) {
        int width = 2 * t->frameWidth() + t->verticalScrollBar()->sizeHint().width() + 4;
        for (int c = 0; c < t->columnCount(); ++c)
            width += std::max(static_cast<QAbstractItemView *>(t)->sizeHintForColumn(c),
                              t->horizontalHeader()->sectionSizeHint(c));
        t->setMinimumWidth(width);
    }

    // Qt Charts plots qreal positions: the cents are turned into dollars for the bar heights
    // only; every amount shown as text comes from Money.
    auto *fees = new QBarSet(tr("Fees received"));
    auto *payouts = new QBarSet(tr("Payouts paid"));
    fees->setColor(QColor(0x2e, 0x6f, 0xb0));
    payouts->setColor(QColor(0xe0, 0x8a, 0x1e));
    QStringList categories;
    qint64 highest = 0;
    for (const TournamentMoneyTotals &t : s.tournaments) {
        categories << QLocale().toString(t.date, QStringLiteral("MMM d"));
        *fees << qreal(t.fees.cents()) / 100;
        *payouts << qreal(t.payouts.cents()) / 100;
        highest = std::max({highest, t.fees.cents(), t.payouts.cents()});
    }
    auto *series = new QBarSeries;
    series->append(fees);
    series->append(payouts);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Fees and payouts by tournament, %1").arg(s.season));
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("$%.0f"));
    y->setRange(0, qreal(std::max<qint64>(highest, 100)) / 100 * 1.1);
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

void TreasuryPage::toggleSelectedFee()
{
    const QModelIndex current = m_feeView->currentIndex();
    if (!current.isValid())
        return;
    const int row = m_feeProxy->mapToSource(current).row();
    const QModelIndex paid = m_fees->index(row, FeeCheckModel::PaidColumn);
    const bool isPaid = paid.data(Qt::CheckStateRole).toInt() == Qt::Checked;
    clearError();
    (void)m_fees->setPaid(row, !isPaid); // a refusal is shown through FeeCheckModel::failed
}

void TreasuryPage::markSelectedPaid()
{
    if (!m_store)
        return;
    const QModelIndex current = m_winnerView->currentIndex();
    if (!current.isValid()) {
        showError(tr("Select the winner to mark paid."));
        return;
    }
    clearError();
    const int row = current.row();
    auto r = TournamentMoney::markPaid(*m_store, m_money->state(), row, selectedMethod());
    if (!r) {
        showError(r.error());
        return;
    }
    // On to the next winner (the reload keeps this row selected).
    m_keptWinnerRow = std::min(row + 1, m_winners->rowCount() - 1);
    m_winnerView->setCurrentIndex(m_winners->index(m_keptWinnerRow, 0));
}

void TreasuryPage::undoSelectedPayout()
{
    if (!m_store)
        return;
    const QModelIndex current = m_winnerView->currentIndex();
    if (!current.isValid()) {
        showError(tr("Select the winner whose payout to take back."));
        return;
    }
    const PayoutLine &line = m_money->state().winners.at(current.row());
    if (QMessageBox::question(this, tr("Undo payout"),
                              tr("Record that the payout to %1 (%2) was taken back? A reversing "
                                 "entry is added; nothing is erased.")
                                  .arg(line.names(), line.description())) != QMessageBox::Yes)
        return;
    clearError();
    if (Status s = TournamentMoney::undoPaid(*m_store, m_money->state(), current.row()); !s)
        showError(s.error());
}

void TreasuryPage::settleFunds()
{
    if (!m_store)
        return;
    clearError();
    auto r = TournamentMoney::settleFunds(*m_store, m_money->state());
    if (!r) {
        showError(r.error());
        return;
    }
    if (r->isEmpty())
        m_status->setText(tr("%1 Nothing more to move to the funds.").arg(m_status->text()));
}

void TreasuryPage::newEntry()
{
    if (!m_store)
        return;
    LedgerEntryDialog dialog(m_store->clubTime().today(), season(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    clearError();
    auto r = LedgerStore(m_store).post(dialog.posting());
    if (!r)
        showError(r.error());
}

void TreasuryPage::reverseSelectedEntry()
{
    if (!m_store)
        return;
    const QModelIndex current = m_ledgerView->currentIndex();
    if (!current.isValid()) {
        showError(tr("Select the ledger entry to reverse."));
        return;
    }
    const QString id = current.data(LedgerModel::IdRole).toString();
    const LedgerEntry *e = nullptr;
    for (const LedgerEntry &candidate : m_ledger->entries())
        if (candidate.id == id)
            e = &candidate;
    if (!e)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Reverse entry"),
        tr("Reverse %1 of %2 (%3)? Give the reason:")
            .arg(ledger::kindText(e->kind), e->amount.toString(),
                 e->anglerName.isEmpty() ? ledger::fundText(e->fund) : e->anglerName),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    clearError();
    auto r = LedgerStore(m_store).reverse(id, reason);
    if (!r)
        showError(r.error());
}

Result<Report> TreasuryPage::buildReport(ReportKind kind) const
{
    if (!m_store)
        return Result<Report>::failure(tr("No club database is open."));
    if (kind == ReportKind::Results && tournamentId().isEmpty())
        return Result<Report>::failure(tr("Choose a tournament first."));
    return ReportBuilders::build(*m_store, kind, season(), tournamentId());
}

void TreasuryPage::previewReport(ReportKind kind)
{
    auto report = buildReport(kind);
    if (!report) {
        showError(report.error());
        return;
    }
    showPrintPreview(report.value(), this);
}

void TreasuryPage::saveReport(ReportKind kind, bool pdf)
{
    auto report = buildReport(kind);
    if (!report) {
        showError(report.error());
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = folder + u'/' + report->baseName() +
                              (pdf ? QStringLiteral(".pdf") : QStringLiteral(".csv"));
    const QString path =
        FileDialog::saveFileName(this, pdf ? tr("Save PDF") : tr("Save CSV"), suggested,
                                     pdf ? tr("PDF files (*.pdf)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const Status s = pdf ? report->writePdf(path) : report->writeCsv(path);
    if (!s) {
        showError(s.error());
        return;
    }
    clearError();
    emit statusMessage(tr("Wrote %1 to %2.")
                           .arg(report->title(),
                                QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
}
