#include "ui/weighin/weighinpage.h"

#include "itemmodels/leaderboardmodel.h"
#include "itemmodels/teamboatsmodel.h"
#include "itemmodels/weighinmodel.h"
#include "reports/resultsreport.h"
#include "stats/tournamentstats.h"
#include "store/store.h"
#include "ui/common/filedialog.h"
#include "ui/common/printpreview.h"
#include "ui/common/zoom.h"
#include "ui/weighin/entryline.h"
#include "ui/weighin/sheetdelegate.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
const QString actorKey = QStringLiteral("weighIn/actor");

QTableView *makeTable(QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    view->setWordWrap(false);
    return view;
}
} // namespace

WeighInPage::WeighInPage(Store *store, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_undoStack(undoStack), m_sheet(new WeighInModel(nullptr, this)),
      m_leaderboard(new LeaderboardModel(this)),
      m_boats(new BoatStandingsModel(m_leaderboard, this)),
      m_delegate(new SheetDelegate(m_sheet, this))
{
    setObjectName(QStringLiteral("weighInPage"));
    m_sheet->setUndoStack(undoStack);
    m_leaderboard->setSheet(m_sheet);

    m_title = new QLabel(tr("Weigh-in"), this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    Zoom::setRelativeFont(m_title, 1.4, true);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("pageHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::RichText);
    Zoom::setRelativeFont(m_hint, 1.15);
    m_hint->hide();
    m_tournamentBox = new QComboBox(this);
    m_tournamentBox->setObjectName(QStringLiteral("tournamentBox"));
    m_tournamentBox->setMinimumContentsLength(16);
    m_tournamentBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("stateLabel"));
    m_finalize = new QPushButton(tr("Finalize…"), this);
    m_finalize->setObjectName(QStringLiteral("finalizeButton"));
    m_finalize->setToolTip(tr("Lock the results, or unlock them (Ctrl+Shift+F)"));
    m_print = new QPushButton(tr("Print…"), this);
    m_print->setToolTip(tr("Print preview of the results sheet (Ctrl+P)"));
    m_print->setShortcut(QKeySequence::Print);
    m_pdf = new QPushButton(tr("PDF…"), this);
    m_pdf->setToolTip(tr("Save the results sheet as a PDF file"));
    m_csv = new QPushButton(tr("CSV…"), this);
    m_csv->setToolTip(tr("Export the results, or the weigh-in sheet for sabc score, as CSV"));

    // The title names the tournament on a row of its own, so a long name never pushes the
    // buttons off a laptop screen; the tournament list and the buttons are the row below.
    auto *top = new QVBoxLayout;
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_state);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_tournamentBox, 1);
    buttonRow->addWidget(m_finalize);
    buttonRow->addWidget(m_print);
    buttonRow->addWidget(m_pdf);
    buttonRow->addWidget(m_csv);
    top->addLayout(titleRow);
    top->addLayout(buttonRow);
    m_title->setMinimumWidth(0);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("pageError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
    m_error->hide();

    m_entryLine = new EntryLine(m_sheet, undoStack, this);
    m_sheetView = makeTable(this, QStringLiteral("sheetView"));
    m_sheetView->setModel(m_sheet);
    m_sheetView->setItemDelegate(m_delegate);
    m_sheetView->setEditTriggers(QAbstractItemView::DoubleClicked |
                                 QAbstractItemView::EditKeyPressed |
                                 QAbstractItemView::AnyKeyPressed);
    m_sheetView->horizontalHeader()->setSectionResizeMode(WeighInModel::AnglerColumn,
                                                          QHeaderView::Stretch);

    m_leaderboardView = makeTable(this, QStringLiteral("leaderboardView"));
    m_leaderboardView->setModel(m_leaderboard);
    m_leaderboardView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_leaderboardView->verticalHeader()->hide();
    m_leaderboardView->horizontalHeader()->setSectionResizeMode(LeaderboardModel::AnglerColumn,
                                                                QHeaderView::Stretch);
    m_boatView = makeTable(this, QStringLiteral("boatView"));
    m_boatView->setModel(m_boats);
    m_boatView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_boatView->verticalHeader()->hide();
    m_boatView->horizontalHeader()->setSectionResizeMode(BoatStandingsModel::BoatColumn,
                                                         QHeaderView::Stretch);
    // The tournament's numbers, updated with every bag weighed.
    m_statistics = new QLabel(this);
    m_statistics->setObjectName(QStringLiteral("tournamentStatistics"));
    m_statistics->setWordWrap(true);
    m_statistics->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("leaderboardSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Team format: boats are weighed as one; their weights are entered here.
    m_teamBoats = new TeamBoatsModel(m_sheet, this);
    m_teamBoatView = makeTable(this, QStringLiteral("teamBoatView"));
    m_teamBoatView->setModel(m_teamBoats);
    m_teamBoatView->setItemDelegate(new QStyledItemDelegate(m_teamBoatView));
    m_teamBoatView->horizontalHeader()->setSectionResizeMode(TeamBoatsModel::BoatColumn,
                                                             QHeaderView::Stretch);
    m_teamBoatBox = new QWidget(this);
    auto *teamLayout = new QVBoxLayout(m_teamBoatBox);
    teamLayout->setContentsMargins(0, 0, 0, 0);
    teamLayout->addWidget(new QLabel(
        tr("<b>Boat weights</b> (team format: each line above weighs in one boat; correct a "
           "boat's fish and weight here)"),
        m_teamBoatBox));
    teamLayout->addWidget(m_teamBoatView);
    connect(m_teamBoats, &TeamBoatsModel::errorOccurred, this, &WeighInPage::showError);
    connect(m_teamBoats, &TeamBoatsModel::message, this, &WeighInPage::statusMessage);
    // A row's numbers are checked together when the row is left (not cell by cell).
    connect(m_teamBoatView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current, const QModelIndex &previous) {
                if (previous.isValid() && previous.row() != current.row())
                    if (Status s = m_teamBoats->leaveRow(previous.row()); !s)
                        showError(s.error());
            });
    connect(m_sheetView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current, const QModelIndex &previous) {
                if (previous.isValid() && previous.row() != current.row())
                    if (Status s = m_sheet->leaveRow(previous.row()); !s)
                        showError(s.error());
            });

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_entryLine);
    leftLayout->addWidget(m_teamBoatBox, 2); // team format: the boats come first
    leftLayout->addWidget(m_sheetView, 2);
    m_leftLayout = leftLayout;
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("<b>Leaderboard</b>"), right));
    rightLayout->addWidget(m_leaderboardView, 3);
    m_boatsLabel = new QLabel(tr("<b>Boats</b>"), right);
    rightLayout->addWidget(m_boatsLabel);
    rightLayout->addWidget(m_boatView, 1);
    rightLayout->addWidget(m_statistics);
    rightLayout->addWidget(m_summary);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({820, 620}); // the leaderboard shows every column
    splitter->setChildrenCollapsible(false);
    m_state->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_splitter = splitter;
    m_splitter->setObjectName(QStringLiteral("weighInSplitter"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_hint);
    layout->addWidget(splitter, 1);

    connect(m_tournamentBox, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        if (Status s = setTournament(m_tournamentBox->currentData().toString()); !s)
            showError(s.error());
    });
    connect(m_finalize, &QPushButton::clicked, this, &WeighInPage::finalizeOrUnlock);
    connect(m_print, &QPushButton::clicked, this, &WeighInPage::printPreview);
    connect(m_pdf, &QPushButton::clicked, this, &WeighInPage::savePdf);
    connect(m_csv, &QPushButton::clicked, this, &WeighInPage::saveCsv);
    connect(m_sheet, &WeighInModel::errorOccurred, this, &WeighInPage::showError);
    connect(m_delegate, &SheetDelegate::error, this, &WeighInPage::showError);
    connect(m_delegate, &SheetDelegate::message, this, [this](const QString &text) {
        m_error->hide();
        emit statusMessage(text);
    });
    connect(m_entryLine, &EntryLine::message, this, [this](const QString &text) {
        m_error->hide();
        emit statusMessage(text);
    });
    connect(m_entryLine, &EntryLine::committed, this, [this](const QString &entryId) {
        const int row = m_sheet->rowOfEntry(entryId);
        if (row >= 0)
            m_sheetView->scrollTo(m_sheet->index(row, 0));
    });
    connect(m_leaderboard, &LeaderboardModel::recomputed, this, &WeighInPage::updateSummary);
    connect(m_leaderboard, &LeaderboardModel::recomputed, this, [this] {
        for (QTableView *view : {m_leaderboardView, m_boatView}) {
            const int stretch = view == m_boatView ? int(BoatStandingsModel::BoatColumn)
                                                   : int(LeaderboardModel::AnglerColumn);
            view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
            view->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
        }
    });
    connect(m_sheet, &WeighInModel::sheetChanged, this, &WeighInPage::updateState);
    connect(m_leaderboard, &LeaderboardModel::recomputed, this, [this] { fitLayout(false); });

    // A shortcut of its own: the button's text (Finalize/Unlock) would reset a button shortcut.
    auto *finalizeKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), this);
    finalizeKey->setObjectName(QStringLiteral("finalizeShortcut"));
    finalizeKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(finalizeKey, &QShortcut::activated, this, [this] {
        if (m_finalize->isEnabled())
            finalizeOrUnlock();
    });
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_sheetView);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &WeighInPage::deleteSelectedRows);
    auto *buyInKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_B), m_sheetView);
    buyInKey->setContext(Qt::WidgetShortcut);
    connect(buyInKey, &QShortcut::activated, this,
            [this] { toggleOnTable(WeighInModel::BuyInColumn); });
    auto *memberKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), m_sheetView);
    memberKey->setContext(Qt::WidgetShortcut);
    connect(memberKey, &QShortcut::activated, this, &WeighInPage::toggleMemberOfCurrent);
    auto *dqKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_D), m_sheetView);
    dqKey->setContext(Qt::WidgetShortcut);
    connect(dqKey, &QShortcut::activated, this, [this] { toggleOnTable(WeighInModel::DqColumn); });
    // From the sheet, Escape goes back to the entry line for the next angler.
    auto *backKey = new QShortcut(QKeySequence(Qt::Key_Escape), m_sheetView);
    backKey->setContext(Qt::WidgetShortcut);
    connect(backKey, &QShortcut::activated, m_entryLine, &EntryLine::focusAngler);

    setFocusProxy(m_entryLine->anglerEdit()); // showing the page puts the cursor on the name
    setStore(store);
}

WeighInPage::~WeighInPage() = default;

void WeighInPage::setConfirmHandler(std::function<bool(const QString &)> confirm)
{
    m_confirm = confirm;
    m_entryLine->setConfirmHandler(confirm);
    m_delegate->setConfirmHandler(confirm);
}

void WeighInPage::setStore(Store *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_sheet->setStore(store);
    if (m_store)
        connect(m_store, &Store::changed, this, [this](const QString &table) {
            if (table == QLatin1String("tournaments"))
                fillTournaments();
            else if (table == QLatin1String("anglers") || table == QLatin1String("memberships"))
                m_entryLine->refreshRoster();
        });
    fillTournaments();
    const QString wanted = defaultTournamentId();
    if (Status s = setTournament(wanted); !s)
        showError(s.error());
}

QString WeighInPage::tournamentId() const
{
    return m_sheet->tournamentId();
}

QString WeighInPage::defaultTournamentId() const
{
    if (!m_store || !m_store->hasClub())
        return {};
    auto list = TournamentStore(*m_store).tournaments(m_store->currentSeason());
    if (!list || list->isEmpty())
        return {};
    const QDate today = m_store->clubTime().today();
    QString best;
    for (const TournamentRecord &t : list.value()) {
        if (t.cancelled)
            continue;
        if (t.date == today)
            return t.id;
        if (t.date <= today && !t.completed)
            best = t.id;
    }
    if (!best.isEmpty())
        return best;
    for (const TournamentRecord &t : list.value())
        if (!t.cancelled && !t.completed)
            return t.id;
    return list->last().id;
}

void WeighInPage::fillTournaments()
{
    m_filling = true;
    const QString current = m_sheet->tournamentId();
    m_tournamentBox->clear();
    if (m_store && m_store->hasClub()) {
        const int season = m_sheet->tournament().season > 0 ? m_sheet->tournament().season
                                                            : m_store->currentSeason();
        auto list = TournamentStore(*m_store).tournaments(season);
        if (!list)
            showError(list.error());
        else
            for (const TournamentRecord &t : list.value()) {
                QString text =
                    tr("%1 — %2").arg(QLocale().toString(t.date, QLocale::ShortFormat), t.name);
                if (t.cancelled)
                    text += tr(" (cancelled)");
                else if (t.completed)
                    text += tr(" (final)");
                m_tournamentBox->addItem(text, t.id);
            }
    }
    m_tournamentBox->setCurrentIndex(m_tournamentBox->findData(current));
    m_filling = false;
    updateState();
}

Status WeighInPage::setTournament(const QString &tournamentId)
{
    m_error->hide();
    Status s = m_sheet->setTournamentId(tournamentId);
    if (m_tournamentBox->findData(tournamentId) < 0)
        fillTournaments();
    m_filling = true;
    m_tournamentBox->setCurrentIndex(m_tournamentBox->findData(tournamentId));
    m_filling = false;
    const bool paper = m_sheet->isPaper();
    const bool team = m_sheet->isTeam();
    m_teamBoatBox->setVisible(team);
    // Team format: the boat has the numbers; the anglers' rows only say who fished with whom.
    for (int c : {WeighInModel::FishColumn, WeighInModel::WeightColumn,
                  WeighInModel::BigBassColumn, WeighInModel::DeadColumn, WeighInModel::LateColumn,
                  WeighInModel::BuyInColumn, WeighInModel::DqColumn, WeighInModel::NetColumn})
        m_sheetView->setColumnHidden(c, team);
    m_leftLayout->setStretchFactor(m_sheetView, team ? 1 : 2);
    m_leftLayout->setStretchFactor(m_teamBoatBox, team ? 2 : 1);
    m_boatView->setVisible(!team);
    m_boatsLabel->setVisible(!team);
    m_leaderboardView->setColumnHidden(LeaderboardModel::PointsColumn, team); // no points
    m_sheetView->setColumnHidden(WeighInModel::LengthsColumn, !paper || team);
    m_sheetView->resizeColumnsToContents();
    m_sheetView->horizontalHeader()->setSectionResizeMode(WeighInModel::AnglerColumn,
                                                          QHeaderView::Stretch);
    m_leaderboardView->resizeColumnsToContents();
    m_leaderboardView->horizontalHeader()->setSectionResizeMode(LeaderboardModel::AnglerColumn,
                                                                QHeaderView::Stretch);
    updateState();
    fitLayout(true);
    m_entryLine->focusAngler();
    emit tournamentChanged(tournamentId);
    return s;
}

void WeighInPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitLayout(true);
}

void WeighInPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        QTimer::singleShot(0, this, [this] { fitLayout(true); });
}

void WeighInPage::fitLayout(bool resize)
{
    auto needed = [](QTableView *view) {
        int width = view->verticalHeader()->isVisible() ? view->verticalHeader()->sizeHint().width()
                                                        : 0;
        for (int c = 0; c < view->model()->columnCount(); ++c)
            if (!view->isColumnHidden(c))
                width += std::max(static_cast<QAbstractItemView *>(view)->sizeHintForColumn(c),
                                  view->horizontalHeader()->sectionSizeHint(c));
        return width + 2 * view->frameWidth() + view->verticalScrollBar()->sizeHint().width() + 2;
    };
    const int left = std::max(needed(m_sheetView), m_entryLine->minimumSizeHint().width());
    const int right = needed(m_leaderboardView);
    const int room = m_splitter->width() - m_splitter->handleWidth();
    const Qt::Orientation wanted =
        left + right <= room ? Qt::Horizontal : Qt::Vertical;
    if (wanted == m_splitter->orientation() && !resize)
        return;
    m_splitter->setOrientation(wanted);
    if (wanted == Qt::Horizontal) {
        const int extra = room - left - right;
        m_splitter->setSizes({left + extra / 2, right + extra - extra / 2});
    } else {
        const int height = m_splitter->height() - m_splitter->handleWidth();
        m_splitter->setSizes({height * 9 / 20, height - height * 9 / 20});
    }
}

void WeighInPage::updateState()
{
    const bool has = !m_sheet->tournamentId().isEmpty();
    const TournamentRecord &t = m_sheet->tournament();
    m_finalize->setEnabled(has && !t.cancelled);
    m_print->setEnabled(has);
    m_pdf->setEnabled(has);
    m_csv->setEnabled(has);
    m_entryLine->setEnabled(has && !t.completed && !t.cancelled);
    m_finalize->setText(t.completed ? tr("Unlock…") : tr("Finalize…"));
    // The Scale column takes room only when a weight on this sheet came from the scale.
    bool fromScale = false;
    for (const EntryRecord &e : m_sheet->entries())
        fromScale = fromScale || e.grossFromScale || e.bigBassFromScale;
    m_sheetView->setColumnHidden(WeighInModel::ScaleColumn, m_sheet->isTeam() || !fromScale);
    // The title names the sheet being typed into, so no one weighs in on last month's.
    m_title->setText(has ? tr("Weigh-in: %1, %2")
                               .arg(t.name, QLocale().toString(t.date, QLocale::ShortFormat))
                         : tr("Weigh-in"));
    // Before there is anything to weigh in, say what to do instead of showing empty tables.
    QString hint;
    if (!m_store)
        hint = tr("No club file is open. Start one with File > New Club (Ctrl+N), or open the "
                  "club's file with File > Open (Ctrl+O).");
    else if (!m_store->hasClub())
        hint = tr("This file has no club yet. Start one with File > New Club (Ctrl+N).");
    else if (m_tournamentBox->count() == 0)
        hint = tr("No tournaments yet. Add one with Tournament > New Tournament, or the whole "
                  "season with Tournament > Create Season Schedule; then come back here "
                  "(Ctrl+3).");
    else if (!has)
        hint = tr("Choose the tournament to weigh in from the list above.");
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    m_splitter->setVisible(hint.isEmpty());
    m_tournamentBox->setEnabled(m_tournamentBox->count() > 0);
    if (!has)
        m_state->setText(m_store ? tr("No tournament chosen.") : tr("No club file is open."));
    else if (t.cancelled)
        m_state->setText(tr("Cancelled"));
    else if (t.completed)
        m_state->setText(tr("Final — locked by %1").arg(t.finalizedBy));
    else
        m_state->setText(m_sheet->isTeam()
                             ? tr("%n boats weighed in", nullptr, int(m_sheet->boats().size()))
                             : tr("%n anglers weighed in", nullptr,
                                  int(m_sheet->entries().size())));
}

void WeighInPage::updateSummary()
{
    const WeighInStandings &s = m_leaderboard->standings();
    if (m_sheet->tournamentId().isEmpty()) {
        m_summary->clear();
        m_statistics->clear();
        return;
    }
    const TournamentStats stats =
        TournamentStats::compute(s.result, s.boats,
                                 s.byBoat ? TournamentFormat::Team : TournamentFormat::Individual,
                                 s.ruleset.fishLimit);
    m_statistics->setText(
        tr("<b>Statistics:</b> %1").arg(stats.summaryText().toHtmlEscaped()));
    const TournamentPayouts &p = s.payouts;
    QStringList lines;
    const QString leader = s.bigBassLeaderText();
    lines.append(leader.isEmpty() ? tr("<b>Big bass:</b> no eligible fish over %1 lb yet")
                                        .arg(s.ruleset.bigBassThreshold.toString(QLocale()))
                                  : tr("<b>Big bass:</b> %1").arg(leader.toHtmlEscaped()));
    lines.append(tr("<b>Big bass pot:</b> %1 (carried in %2)")
                     .arg(p.bigBassPot.toString(), p.carryIn.toString()));
    QStringList places;
    for (const PlacePayout &pp : p.places)
        places.append(tr("%1. %2").arg(pp.place).arg(pp.amount.toString()));
    lines.append(tr("<b>Place money:</b> %1 of %2")
                     .arg(places.isEmpty() ? tr("none yet") : places.join(QStringLiteral(", ")),
                          p.placePot.toString()));
    lines.append(tr("<b>Collected:</b> %1 · club %2 · charity %3 · carries out %4")
                     .arg(p.collected.toString(), p.clubFund().toString(), p.charity.toString(),
                          p.carryOut.toString()));
    if (!s.issues.isEmpty() && EntryValidator::hasErrors(s.issues))
        lines.append(tr("<span style=\"color:#b71c1c\">The sheet has problems: %1</span>")
                         .arg(s.issues.first().message.toHtmlEscaped()));
    m_summary->setText(lines.join(QStringLiteral("<br/>")));
}

void WeighInPage::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString WeighInPage::confirmWithActor(const QString &title, const QString &question)
{
    QSettings settings;
    QString actor = settings.value(actorKey).toString();
    if (m_confirm) { // scripted: the question is answered, the remembered name used
        if (!m_confirm(question))
            return {};
        if (actor.isEmpty())
            actor = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
        return actor.isEmpty() ? tr("weighmaster") : actor;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(title);
    auto *text = new QLabel(question, &dialog);
    text->setWordWrap(true);
    auto *name = new QLineEdit(actor, &dialog);
    name->setObjectName(QStringLiteral("actorEdit"));
    auto *nameLabel = new QLabel(tr("Your &name (recorded with the time):"), &dialog);
    nameLabel->setBuddy(name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(title);
    auto updateOk = [buttons, name] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!name->text().simplified().isEmpty());
    };
    updateOk();
    connect(name, &QLineEdit::textChanged, &dialog, updateOk);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(nameLabel);
    layout->addWidget(name);
    layout->addWidget(buttons);
    name->setFocus();
    name->selectAll();
    if (dialog.exec() != QDialog::Accepted)
        return {};
    actor = name->text().simplified();
    if (actor.isEmpty())
        return {};
    settings.setValue(actorKey, actor); // the next finalize or unlock offers it
    return actor;
}

Status WeighInPage::finalizeResults(const QString &actor)
{
    if (!m_store)
        return Status::failure(tr("No club file is open."));
    if (EntryValidator::hasErrors(m_leaderboard->standings().issues))
        return Status::failure(tr("The sheet has problems to fix before finalizing: %1")
                                   .arg(m_leaderboard->standings().issues.first().message));
    Status s = TournamentStore(*m_store).finalize(m_sheet->tournamentId(), actor);
    if (s)
        emit statusMessage(tr("Results of %1 finalized.").arg(m_sheet->tournament().name));
    return s;
}

Status WeighInPage::unlockResults(const QString &actor)
{
    if (!m_store)
        return Status::failure(tr("No club file is open."));
    Status s = TournamentStore(*m_store).unlock(m_sheet->tournamentId(), actor);
    if (s)
        emit statusMessage(
            tr("Results of %1 unlocked by %2.").arg(m_sheet->tournament().name, actor));
    return s;
}

void WeighInPage::finalizeOrUnlock()
{
    const TournamentRecord &t = m_sheet->tournament();
    if (t.id.isEmpty())
        return;
    if (t.completed) {
        const QString actor = confirmWithActor(
            tr("Unlock results"),
            tr("Unlock the results of %1? They were finalized by %2. Unlocking lets "
               "anyone change them again, and is recorded with your name and the time.")
                .arg(t.name, t.finalizedBy));
        if (actor.isEmpty())
            return;
        if (Status s = unlockResults(actor); !s)
            showError(s.error());
        return;
    }
    const QString question =
        m_sheet->isTeam()
            ? tr("Finalize %1 with %n boats? The tournament is marked completed and its "
                 "results are locked.",
                 nullptr, int(m_leaderboard->standings().boats.size()))
                  .arg(t.name)
            : tr("Finalize %1 with %n entries? The tournament is marked completed and its "
                 "results are locked.",
                 nullptr, int(m_sheet->entries().size()))
                  .arg(t.name);
    const QString actor = confirmWithActor(tr("Finalize results"), question);
    if (actor.isEmpty())
        return;
    if (Status s = finalizeResults(actor); !s)
        showError(s.error());
}

Report WeighInPage::resultsReport() const
{
    const QString club = m_store ? m_store->club().name : QString();
    const QDateTime now = m_store ? m_store->clubTime().toLocal(QDateTime::currentDateTimeUtc())
                                  : QDateTime::currentDateTime();
    return ResultsReport::report(club, m_sheet->tournament(), m_leaderboard->standings(), now);
}

QString WeighInPage::resultsHtml() const
{
    return resultsReport().toHtml();
}

Status WeighInPage::exportPdf(const QString &path)
{
    if (m_sheet->tournamentId().isEmpty())
        return Status::failure(tr("Choose a tournament first."));
    return resultsReport().writePdf(path);
}

Status WeighInPage::exportCsv(const QString &path)
{
    if (m_sheet->tournamentId().isEmpty())
        return Status::failure(tr("Choose a tournament first."));
    return resultsReport().writeCsv(path);
}

Status WeighInPage::exportSheetCsv(const QString &path)
{
    if (m_sheet->tournamentId().isEmpty())
        return Status::failure(tr("Choose a tournament first."));
    return ResultsReport::writeSheetCsv(path, m_sheet->entries(), m_sheet->boats());
}

void WeighInPage::printPreview()
{
    if (m_sheet->tournamentId().isEmpty())
        return;
    showPrintPreview(resultsReport(), this);
}

namespace {
QString suggestedName(const TournamentRecord &t, const QString &suffix)
{
    QString base = QStringLiteral("%1 %2").arg(t.date.toString(Qt::ISODate), t.name);
    base.replace(u'/', u'-');
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(base + suffix);
}
} // namespace

void WeighInPage::savePdf()
{
    if (m_sheet->tournamentId().isEmpty())
        return;
    const QString path = FileDialog::saveFileName(
        this, tr("Save results as PDF"),
        suggestedName(m_sheet->tournament(), QStringLiteral(".pdf")), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = exportPdf(path); !s)
        showError(s.error());
    else
        emit statusMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

void WeighInPage::saveCsv()
{
    if (m_sheet->tournamentId().isEmpty())
        return;
    QString filter;
    const QString results = tr("Results (*.csv)");
    const QString sheet = tr("Weigh-in sheet for sabc score (*.csv)");
    const QString path = FileDialog::saveFileName(
        this, tr("Export CSV"), suggestedName(m_sheet->tournament(), QStringLiteral(".csv")),
        results + QStringLiteral(";;") + sheet, &filter);
    if (path.isEmpty())
        return;
    Status s = filter == sheet ? exportSheetCsv(path) : exportCsv(path);
    if (!s)
        showError(s.error());
    else
        emit statusMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

void WeighInPage::deleteSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex &i : m_sheetView->selectionModel()->selectedRows())
        rows.append(i.row());
    if (rows.isEmpty() && m_sheetView->currentIndex().isValid())
        rows.append(m_sheetView->currentIndex().row());
    if (rows.isEmpty())
        return;
    if (Status s = m_sheet->deleteRows(rows); !s)
        showError(s.error());
    else
        emit statusMessage(
            tr("Deleted %n entries. Undo (Ctrl+Z) brings them back.", nullptr, int(rows.size())));
}

Status WeighInPage::correctMemberFlag(const QString &entryId, bool member, const QString &actor)
{
    if (!m_store)
        return Status::failure(tr("No club file is open."));
    Status s = TournamentStore(*m_store).setEntryMember(entryId, member, actor);
    if (s)
        (void)m_sheet->reload();
    return s;
}

void WeighInPage::toggleMemberOfCurrent()
{
    const QModelIndex current = m_sheetView->currentIndex();
    if (!current.isValid() || !m_store)
        return;
    const EntryRecord &e = m_sheet->entryAt(current.row());
    const QString entryId = e.id;
    const bool member = !e.wasMember;
    const QString name = e.anglerName; // the sheet reloads after the change
    const QString question =
        member ? tr("Record %1 as a member at the time of this tournament? The places, points "
                    "and payouts are scored again, and the change is kept in the tournament's "
                    "history with your name.")
                     .arg(name)
               : tr("Record %1 as a guest at the time of this tournament? The places, points "
                    "and payouts are scored again, and the change is kept in the tournament's "
                    "history with your name.")
                     .arg(name);
    const QString actor = confirmWithActor(tr("Correct Member Flag"), question);
    if (actor.isEmpty())
        return;
    if (Status s = correctMemberFlag(entryId, member, actor); !s)
        showError(s.error());
    else
        emit statusMessage(member ? tr("%1 is now recorded as a member at this tournament.")
                                        .arg(name)
                                  : tr("%1 is now recorded as a guest at this tournament.")
                                        .arg(name));
}

void WeighInPage::toggleOnTable(int column)
{
    const QModelIndex current = m_sheetView->currentIndex();
    if (!current.isValid())
        return;
    const QModelIndex cell = m_sheet->index(current.row(), column);
    const bool on = cell.data(Qt::CheckStateRole).toInt() == Qt::Checked;
    m_sheet->setData(cell, on ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
}
