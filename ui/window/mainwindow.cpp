#include "ui/window/mainwindow.h"

#include "sync/syncengine.h"
#include "sync/syncscheduler.h"
#include "ui/common/filedialog.h"
#include "ui/live/liveactions.h"
#include "ui/mail/mailactions.h"
#include "ui/calendar/calendarpage.h"
#include "ui/log/logpage.h"
#include "ui/stats/clubdatapage.h"
#include "ui/standings/standingspage.h"
#include "ui/sync/syncpage.h"
#include "ui/publish/publishdialog.h"
#include "ui/sync/webimportdialog.h"

#include "itemmodels/rostermodel.h"
#include "itemmodels/tournamentlistmodel.h"
#include "store/store.h"
#include "ui/common/datatableview.h"
#include "ui/common/uilog.h"
#include "ui/common/zoom.h"
#include "ui/roster/rosteractions.h"
#include "ui/roster/rosterpage.h"
#include "ui/tournaments/tournamentactions.h"
#include "ui/tournaments/tournamentspage.h"
#include "ui/treasury/treasurypage.h"
#include "ui/settings/scaledialog.h"
#include "ui/weighin/entryline.h"
#include "ui/weighin/weighinpage.h"
#include "ui/window/welcomedialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

namespace {

const QString lastFileKey = QStringLiteral("lastFile");
const QString recentFilesKey = QStringLiteral("recentFiles");
const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString pageKey = QStringLiteral("mainWindow/page");
constexpr int maxRecentFiles = 8;

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_undoStack(new QUndoStack(this)),
      m_rosterModel(new RosterModel(nullptr, this)),
      m_tournamentModel(new TournamentListModel(nullptr, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    Zoom::restore(); // the pages are built at the remembered text size
    createPages();
    createActions();
    createMenus();
    createStatusBar();
    restoreSettings();
    updateClubInfo();
}

MainWindow::~MainWindow() = default;

Store *MainWindow::store() const
{
    return m_store.get();
}

WelcomeDialog *MainWindow::welcomeDialog() const
{
    return m_welcome;
}

void MainWindow::createPages()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget#navigation { background: palette(base); padding-top: 8px; outline: 0; }"
        "QListWidget#navigation::item { padding: 8px 14px; border-radius: 4px; margin: 1px 6px; }"
        "QListWidget#navigation::item:selected { background: palette(highlight); "
        "color: palette(highlighted-text); }"));
    Zoom::setRelativeFont(m_navigation, 1.0);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_rosterPage = new RosterPage(m_rosterModel, m_pages);
    // Add, edit, payments, officers, merge, import and export, on the window's undo stack.
    m_rosterActions = new RosterActions(nullptr, m_undoStack, this);
    m_rosterActions->attachTo(m_rosterPage, m_rosterPage->table());
    connect(m_rosterPage, &RosterPage::seasonChanged, m_rosterActions, &RosterActions::setSeason);
    connect(m_rosterActions, &RosterActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    m_rosterPage->setActionsBar(m_rosterActions->createToolBar(m_rosterPage));
    m_tournamentsPage = new TournamentsPage(m_tournamentModel, m_pages);
    m_pages->addWidget(m_rosterPage);
    m_pages->addWidget(m_tournamentsPage);
    m_weighInPage = new WeighInPage(nullptr, m_undoStack, m_pages);
    m_pages->addWidget(m_weighInPage);
    // The scale set up on this laptop is read from the start (a port not there yet is tried
    // again every second; the weigh-in line says so).
    m_scale = new ScaleReader(this);
    m_weighInPage->entryLine()->setScale(m_scale);
    if (const ScaleSettings saved = ScaleSettings::load(); saved.configured())
        if (Status s = m_scale->start(saved); !s)
            qCWarning(lcUi).noquote() << s.error();
    connect(m_weighInPage, &WeighInPage::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    m_tournamentActions = new TournamentActions(nullptr, m_undoStack, this);
    connect(m_tournamentActions, &TournamentActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    // A tournament just made is the one the director means to weigh in.
    connect(m_tournamentActions, &TournamentActions::tournamentCreated, this,
            [this](const QString &id) { (void)m_weighInPage->setTournament(id); });
    // Enter or a double click on a tournament opens its weigh-in sheet.
    connect(m_tournamentsPage->table(), &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) {
                if (m_weighInPage->setTournament(index.data(TournamentListModel::IdRole).toString()))
                    showPage(WeighIn);
            });
    m_standingsPage = new StandingsPage(nullptr, m_pages);
    m_pages->addWidget(m_standingsPage);
    m_treasuryPage = new TreasuryPage(nullptr, m_pages);
    connect(m_treasuryPage, &TreasuryPage::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    m_pages->addWidget(m_treasuryPage);
    m_syncPage = new SyncPage(nullptr, m_pages);
    // The status bar follows the sync, whichever way it was started.
    connect(m_syncPage->scheduler(), &SyncScheduler::started, this, [this] {
        m_syncState = tr("Syncing…");
        m_syncLabel->setText(m_syncState);
    });
    connect(m_syncPage->scheduler(), &SyncScheduler::finished, this,
            [this](bool ok, const QString &, const SyncReport &report) {
                const QString time =
                    QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
                if (!ok)
                    m_syncState = tr("Sync failed");
                else if (!report.complete())
                    m_syncState = tr("Synced %1 in part: the server refused some changes (see "
                                     "the Sync page)")
                                      .arg(time);
                else
                    m_syncState = tr("Synced %1 (pushed %2, pulled %3)")
                                      .arg(time)
                                      .arg(report.pushed)
                                      .arg(report.pulled);
                m_syncLabel->setText(m_syncState);
            });
    m_pages->addWidget(m_syncPage);
    m_logPage = new LogPage(nullptr, m_pages);
    m_pages->addWidget(m_logPage);
    m_calendarPage = new CalendarPage(nullptr, m_undoStack, m_pages);
    m_pages->addWidget(m_calendarPage);
    connect(m_calendarPage, &CalendarPage::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    // Enter on a tournament in the calendar opens it, as on the Tournaments page.
    connect(m_calendarPage, &CalendarPage::tournamentActivated, this,
            [this](const QString &id) { m_tournamentActions->editTournament(id); });
    m_clubDataPage = new ClubDataPage(nullptr, m_pages);
    m_pages->addWidget(m_clubDataPage);
    for (int i = 0; i < m_pages->count(); ++i)
        m_pages->widget(i)->layout()->setContentsMargins(10, 10, 10, 6);

    const QStringList names = {tr("Roster"),    tr("Tournaments"), tr("Weigh-in"),
                               tr("Standings"), tr("Treasury"),    tr("Sync"), tr("Log"),
                               tr("Calendar"), tr("Club Data")};
    for (int i = 0; i < names.size(); ++i) {
        auto *item = new QListWidgetItem(names.at(i), m_navigation);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(names.at(i)).arg(i + 1));
    }
    fitNavigation();

    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(separator);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_pages->count()) {
            m_pages->setCurrentIndex(row);
            qCDebug(lcUi) << "page" << Page(row);
        }
    });
    setTabOrder(m_navigation, m_rosterPage);
}

void MainWindow::fitNavigation()
{
    int widest = 0;
    for (int i = 0; i < m_navigation->count(); ++i)
        widest = std::max(widest, m_navigation->fontMetrics().horizontalAdvance(
                                      m_navigation->item(i)->text()));
    m_navigation->setFixedWidth(widest + 64);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // The text size changed (View > Zoom, or the settings at start): the list of pages keeps its
    // names whole once its own font has followed.
    if (event->type() == QEvent::FontChange && m_navigation)
        QTimer::singleShot(0, this, &MainWindow::fitNavigation);
}

void MainWindow::setZoom(int percent)
{
    Zoom::setPercent(percent);
    fitNavigation();
    statusBar()->showMessage(tr("Text size %1%").arg(Zoom::percent()), 4000);
}

void MainWindow::setHighContrast(bool on)
{
    Zoom::setHighContrast(on);
    m_highContrastAction->setChecked(on);
}

void MainWindow::createActions()
{
    m_newClubAction = new QAction(tr("&New Club…"), this);
    m_newClubAction->setShortcut(QKeySequence::New);
    m_newClubAction->setStatusTip(tr("Start a new club in a new database file"));
    connect(m_newClubAction, &QAction::triggered, this, &MainWindow::newClub);

    m_openAction = new QAction(tr("&Open…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open another club database file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openFile);

    m_backUpAction = new QAction(tr("&Back Up To…"), this);
    m_backUpAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_backUpAction->setStatusTip(tr("Save a complete copy of the club database"));
    connect(m_backUpAction, &QAction::triggered, this, &MainWindow::backUp);
    m_webImportAction = new QAction(tr("Import from the Club &Web Site…"), this);
    m_webImportAction->setObjectName(QStringLiteral("webImportAction"));
    m_webImportAction->setStatusTip(
        tr("Bring the club's history in from the web app's PostgreSQL database"));
    connect(m_webImportAction, &QAction::triggered, this, &MainWindow::importFromWebSite);
    m_publishAction = new QAction(tr("&Publish Results…"), this);
    m_publishAction->setObjectName(QStringLiteral("publishAction"));
    m_publishAction->setStatusTip(
        tr("Write the club's results as web pages to copy to any web host"));
    connect(m_publishAction, &QAction::triggered, this, &MainWindow::publishResults);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    QList<QKeySequence> redoKeys = {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo)) {
        if (!redoKeys.contains(key))
            redoKeys << key;
    }
    m_redoAction->setShortcuts(redoKeys);

    m_findAction = new QAction(tr("&Find"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setStatusTip(tr("Search the table of this page"));
    connect(m_findAction, &QAction::triggered, this, [this]() {
        if (currentPage() == Roster)
            m_rosterPage->focusSearch();
        else if (currentPage() == Tournaments)
            m_tournamentsPage->focusSearch();
        else if (currentPage() == Log)
            m_logPage->focusSearch();
    });

    const QStringList names = {tr("&Roster"),    tr("&Tournaments"), tr("&Weigh-in"),
                               tr("&Standings"), tr("Tr&easury"),    tr("S&ync"), tr("Lo&g"),
                               tr("&Calendar"), tr("Clu&b Data")};
    for (int i = 0; i < PageCount; ++i) {
        auto *action = new QAction(names.at(i), this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setCheckable(true);
        action->setData(i);
        connect(action, &QAction::triggered, this, [this, i]() { showPage(Page(i)); });
        m_pageActions << action;
    }
    connect(m_pages, &QStackedWidget::currentChanged, this, [this](int index) {
        for (int i = 0; i < m_pageActions.size(); ++i)
            m_pageActions.at(i)->setChecked(i == index);
        if (m_navigation->currentRow() != index)
            m_navigation->setCurrentRow(index);
    });

    m_zoomInAction = new QAction(tr("Zoom &In"), this);
    m_zoomInAction->setObjectName(QStringLiteral("zoomInAction"));
    m_zoomInAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Equal),
                                  QKeySequence(Qt::CTRL | Qt::Key_Plus)});
    m_zoomInAction->setStatusTip(tr("Larger text on every page"));
    connect(m_zoomInAction, &QAction::triggered, this,
            [this] { setZoom(Zoom::nextStep(Zoom::percent(), +1)); });
    m_zoomOutAction = new QAction(tr("Zoom &Out"), this);
    m_zoomOutAction->setObjectName(QStringLiteral("zoomOutAction"));
    m_zoomOutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    m_zoomOutAction->setStatusTip(tr("Smaller text on every page"));
    connect(m_zoomOutAction, &QAction::triggered, this,
            [this] { setZoom(Zoom::nextStep(Zoom::percent(), -1)); });
    m_zoomResetAction = new QAction(tr("&Actual Size"), this);
    m_zoomResetAction->setObjectName(QStringLiteral("zoomResetAction"));
    m_zoomResetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_zoomResetAction, &QAction::triggered, this, [this] { setZoom(100); });
    m_highContrastAction = new QAction(tr("&High Contrast"), this);
    m_highContrastAction->setObjectName(QStringLiteral("highContrastAction"));
    m_highContrastAction->setCheckable(true);
    m_highContrastAction->setChecked(Zoom::highContrast());
    m_highContrastAction->setStatusTip(tr("Black on white with strong colours, for sunlight"));
    connect(m_highContrastAction, &QAction::toggled, this, &MainWindow::setHighContrast);

    m_aboutAction = new QAction(tr("&About SABC Tournament Manager"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    // Shortcuts work wherever the focus is in the window, including the dialogs' parents.
    addActions({m_newClubAction, m_openAction, m_backUpAction, m_quitAction, m_undoAction,
                m_redoAction, m_findAction, m_zoomInAction, m_zoomOutAction, m_zoomResetAction});
    addActions(m_pageActions);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newClubAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    file->addSeparator();
    file->addAction(m_webImportAction);
    file->addAction(m_publishAction);
    file->addAction(m_backUpAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_findAction);

    QMenu *roster = menuBar()->addMenu(tr("&Roster"));
    roster->setObjectName(QStringLiteral("rosterMenu"));
    for (QAction *action : m_rosterActions->actions()) {
        if (action)
            roster->addAction(action);
        else
            roster->addSeparator();
    }

    QMenu *tournament = menuBar()->addMenu(tr("T&ournament"));
    tournament->setObjectName(QStringLiteral("tournamentMenu"));
    auto selectedTournament = [this]() {
        return m_tournamentsPage->table()->currentIndex().data(TournamentListModel::IdRole).toString();
    };
    auto shownSeason = [this]() {
        return m_tournamentModel->season() > 0 ? m_tournamentModel->season()
                                               : (m_store ? m_store->currentSeason() : 0);
    };
    tournament->addAction(tr("&New Tournament…"), this, [this, shownSeason] {
        m_tournamentActions->newTournament(shownSeason());
    });
    tournament->addAction(tr("&Edit Tournament…"), this, [this, selectedTournament] {
        if (!selectedTournament().isEmpty())
            m_tournamentActions->editTournament(selectedTournament());
    });
    tournament->addAction(tr("&Delete Tournament"), this, [this, selectedTournament] {
        if (!selectedTournament().isEmpty())
            (void)m_tournamentActions->deleteTournament(selectedTournament());
    });
    tournament->addSeparator();
    tournament->addAction(tr("Create &Season Schedule…"), this, [this, shownSeason] {
        m_tournamentActions->createSeasonSchedule(shownSeason());
    });
    tournament->addAction(tr("Season &Rules…"), this, [this, shownSeason] {
        m_tournamentActions->editSeasonRules(shownSeason());
    })->setObjectName(QStringLiteral("seasonRulesAction"));
    tournament->addAction(tr("&Lakes and Ramps…"), this, [this] {
        m_tournamentActions->editLakes();
    })->setObjectName(QStringLiteral("lakesAction"));
    tournament->addSeparator();
    tournament->addAction(tr("&Weigh-in Sheet"), this, [this, selectedTournament] {
        if (!selectedTournament().isEmpty())
            (void)m_weighInPage->setTournament(selectedTournament());
        showPage(WeighIn);
    });

    // The leaderboard for the crowd: phones (Weigh-in menu) and a big screen (View menu).
    auto *live = new LiveActions([this] { return m_store.get(); }, this);
    QMenu *weighIn = menuBar()->addMenu(tr("&Weigh-in"));
    weighIn->setObjectName(QStringLiteral("weighInMenu"));
    weighIn->addAction(live->shareAction());
    // The member flag of the selected entry (Ctrl+Shift+M on the sheet; the key stays the
    // sheet's own, so it is only shown here).
    QAction *memberFlag =
        weighIn->addAction(tr("Correct the &Member Flag…") + QStringLiteral("\tCtrl+Shift+M"));
    memberFlag->setObjectName(QStringLiteral("correctMemberFlagAction"));
    memberFlag->setStatusTip(tr("Switch the selected entry between member and guest, recorded in "
                                "the tournament's log"));
    connect(memberFlag, &QAction::triggered, this, [this] {
        showPage(WeighIn);
        m_weighInPage->toggleMemberOfCurrent();
    });
    // This laptop's scale: its port and protocol, and a test of the live reading.
    QAction *scale = weighIn->addAction(tr("Sc&ale…"));
    scale->setObjectName(QStringLiteral("scaleAction"));
    scale->setStatusTip(tr("Connect the scale: its port, speed and protocol, with a test of the "
                           "live reading"));
    connect(scale, &QAction::triggered, this, [this] {
        auto *dialog = new ScaleDialog(m_scale, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    // The club's e-mail to the members (#16).
    m_mailActions = new MailActions([this] { return m_store.get(); }, this);
    connect(m_mailActions, &MailActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    QMenu *mail = menuBar()->addMenu(tr("Mailbo&x"));
    mail->setObjectName(QStringLiteral("mailMenu"));
    for (QAction *action : m_mailActions->actions()) {
        if (action)
            mail->addAction(action);
        else
            mail->addSeparator();
    }

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_pageActions);
    view->addSeparator();
    view->addAction(m_zoomInAction);
    view->addAction(m_zoomOutAction);
    view->addAction(m_zoomResetAction);
    view->addAction(m_highContrastAction);
    view->addSeparator();
    view->addAction(live->displayAction());
    view->addSeparator();
    QMenu *language = view->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto *languages = new QActionGroup(language);
    const QString chosen = QSettings().value(QStringLiteral("language")).toString();
    const QList<QPair<QString, QString>> choices = {{QString(), tr("&System language")},
                                                    {QStringLiteral("en"), tr("&English")},
                                                    {QStringLiteral("es"), tr("E&spañol")}};
    for (const auto &[code, label] : choices) {
        QAction *action = language->addAction(label);
        action->setCheckable(true);
        action->setChecked(code == chosen);
        action->setData(code);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] {
            QSettings().setValue(QStringLiteral("language"), code);
            statusBar()->showMessage(
                tr("The new language is used the next time the app starts."), 8000);
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::createStatusBar()
{
    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(QStringLiteral("statusFile"));
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_seasonLabel = new QLabel(this);
    m_seasonLabel->setObjectName(QStringLiteral("statusSeason"));
    m_syncLabel = new QLabel(this);
    m_syncLabel->setObjectName(QStringLiteral("statusSync"));
    statusBar()->addWidget(m_fileLabel, 1);
    statusBar()->addPermanentWidget(m_seasonLabel);
    statusBar()->addPermanentWidget(m_syncLabel);
}

QSize MainWindow::defaultSize()
{
    return {1180, 760};
}

QSize MainWindow::firstRunSize(const QSize &available)
{
    // A laptop screen is used whole: at 1366x768 anything less cuts the leaderboard.
    if (available.width() <= 1600 || available.height() <= 900)
        return available;
    return QSize(std::min(1500, available.width() * 9 / 10),
                 std::min(940, available.height() * 9 / 10));
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray())) {
        if (const QScreen *screen = QGuiApplication::primaryScreen()) {
            resize(firstRunSize(screen->availableSize()));
            move(screen->availableGeometry().topLeft());
        } else {
            resize(defaultSize());
        }
    }
    const int page = settings.value(pageKey, int(Roster)).toInt();
    showPage(page >= 0 && page < PageCount ? Page(page) : Roster);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(pageKey, int(currentPage()));
    QMainWindow::closeEvent(event);
}

void MainWindow::showPage(Page page)
{
    if (page < 0 || page >= PageCount)
        return;
    m_navigation->setCurrentRow(page);
    m_pages->setCurrentIndex(page);
    if (page == Roster)
        m_rosterPage->focusSearch();
    else if (page == Tournaments)
        m_tournamentsPage->focusSearch();
    else if (page == WeighIn)
        m_weighInPage->setFocus(Qt::ShortcutFocusReason);
    else if (page == Log)
        m_logPage->focusSearch();
    else if (page == Calendar)
        m_calendarPage->focusCalendar();
    else
        m_navigation->setFocus(Qt::ShortcutFocusReason);
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

QWidget *MainWindow::page(Page page) const
{
    return m_pages->widget(page);
}

bool MainWindow::openDatabase(const QString &path)
{
    qCInfo(lcUi).noquote() << "opening" << path;
    auto opened = Store::open(path);
    if (!opened) {
        qCWarning(lcUi).noquote() << "could not open" << path << ":" << opened.error();
        showError(tr("Could not open the club database"), opened.error());
        return false;
    }
    if (m_welcome)
        m_welcome->reject();

    std::unique_ptr<Store> store = std::move(opened).value();
    connect(store.get(), &Store::changed, this, &MainWindow::onStoreChanged);
    // The models move to the new store before the old one closes.
    m_rosterModel->setStore(store.get());
    m_rosterActions->setStore(store.get());
    m_tournamentModel->setSeason(0);
    m_tournamentModel->setStore(store.get());
    m_standingsPage->setStore(store.get());
    m_syncPage->setStore(store.get());
    m_logPage->setStore(store.get());
    m_calendarPage->setStore(store.get());
    m_clubDataPage->setStore(store.get());
    m_syncState.clear();
    m_treasuryPage->setStore(store.get());
    m_weighInPage->setStore(store.get());
    m_tournamentActions->setStore(store.get());
    m_undoStack->clear();
    m_store = std::move(store);
    // What `sabc` on the command line (or another program) writes to this file shows too.
    m_store->watchOtherWriters(2000);

    rememberFile(m_store->path());
    m_tournamentsPage->showCurrentSeason();
    updateClubInfo();
    if (!m_store->hasClub())
        showWelcome(false);
    return true;
}

void MainWindow::showWelcome(bool newClubForm)
{
    if (!m_welcome) {
        m_welcome = new WelcomeDialog(m_store.get(), this);
        m_welcome->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_welcome, &QDialog::finished, this, &MainWindow::onWelcomeFinished);
    }
    if (newClubForm)
        m_welcome->showNewClubForm();
    else
        m_welcome->showChoices();
    // Not exec(): the window stays responsive to the event loop (and to tests).
    m_welcome->open();
    m_welcome->raise();
}

void MainWindow::onWelcomeFinished()
{
    const auto *dialog = qobject_cast<WelcomeDialog *>(sender());
    if (!dialog)
        return;
    switch (dialog->choice()) {
    case WelcomeDialog::Choice::DemoClub:
    case WelcomeDialog::Choice::NewClub:
        updateClubInfo();
        m_tournamentsPage->showCurrentSeason();
        m_weighInPage->setStore(m_store.get()); // the new club's tournaments
        m_clubDataPage->setStore(m_store.get());
        showPage(Roster);
        statusBar()->showMessage(dialog->choice() == WelcomeDialog::Choice::DemoClub
                                     ? tr("The demo club is ready.")
                                     : tr("Your club is ready."),
                                 6000);
        break;
    case WelcomeDialog::Choice::OpenFile:
        QTimer::singleShot(0, this, &MainWindow::openFile);
        break;
    case WelcomeDialog::Choice::None:
        break;
    }
}

void MainWindow::newClub()
{
    if (m_store && !m_store->hasClub()) {
        showWelcome(true);
        return;
    }
    QString path = FileDialog::saveFileName(
        this, tr("New Club Database"),
        QDir(fileDialogFolder()).filePath(QStringLiteral("new-club.sqlite")),
        tr("Club databases (*.sqlite);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    const QFileInfo info(path);
    if (info.exists() && info.size() > 0) {
        showError(
            tr("Could not start a new club"),
            tr("\"%1\" already exists. To work on it, use File ▸ Open.").arg(nativePath(path)));
        return;
    }
    if (openDatabase(path) && m_welcome)
        m_welcome->showNewClubForm();
}

void MainWindow::openFile()
{
    const QString path =
        FileDialog::openFileName(this, tr("Open Club Database"), fileDialogFolder(),
                                 tr("Club databases (*.sqlite *.sabc *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::backUp()
{
    if (!m_store)
        return;
    const QString suggested = QStringLiteral("%1-backup-%2.sqlite")
                                  .arg(QFileInfo(m_store->path()).completeBaseName(),
                                       m_store->clubTime().today().toString(Qt::ISODate));
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = FileDialog::saveFileName(
        this, tr("Back Up Club Database"),
        QDir(documents.isEmpty() ? fileDialogFolder() : documents).filePath(suggested),
        tr("Club databases (*.sqlite);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    const Status saved = m_store->backupTo(path);
    if (!saved) {
        showError(tr("Backup failed"), saved.error());
        return;
    }
    qCInfo(lcUi).noquote() << "backed up to" << path;
    statusBar()->showMessage(tr("Backed up to %1").arg(nativePath(path)), 8000);
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About SABC Tournament Manager"),
        tr("<h3>SABC Tournament Manager %1</h3>"
           "<p>Tournaments, weigh-ins, standings and money for the South Austin Bass Club and "
           "clubs like it.</p><p>Built with Qt %2.</p>")
            .arg(QStringLiteral(SABC_VERSION), QString::fromLatin1(qVersion())));
}

QStringList MainWindow::recentFiles()
{
    return QSettings().value(recentFilesKey).toStringList();
}

void MainWindow::rememberFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    QSettings settings;
    settings.setValue(recentFilesKey, files);
    settings.setValue(lastFileKey, absolute);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No Recent Files"))->setEnabled(false);
        return;
    }
    for (int i = 0; i < files.size(); ++i) {
        const QString file = files.at(i);
        QString shown = nativePath(file);
        shown.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction *action = m_recentMenu->addAction(
            i < 9 ? QStringLiteral("&%1  %2").arg(i + 1).arg(shown) : shown);
        action->setEnabled(QFileInfo::exists(file));
        connect(action, &QAction::triggered, this, [this, file]() { openDatabase(file); });
    }
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(tr("&Clear List")), &QAction::triggered, this,
            []() { QSettings().remove(recentFilesKey); });
}

void MainWindow::onStoreChanged(const QString &table)
{
    if (table == QLatin1String("club"))
        updateClubInfo();
}

void MainWindow::updateClubInfo()
{
    const QString app = tr("SABC Tournament Manager");
    m_backUpAction->setEnabled(m_store != nullptr);
    m_webImportAction->setEnabled(m_store != nullptr);
    m_publishAction->setEnabled(m_store != nullptr);
    if (!m_store) {
        setWindowTitle(app);
        m_fileLabel->setText(tr("No club database open"));
        m_fileLabel->setToolTip(QString());
        m_seasonLabel->clear();
        m_syncLabel->setText(m_syncState.isEmpty() ? tr("Not synced") : m_syncState);
        return;
    }
    const bool hasClub = m_store->hasClub();
    const QString file = nativePath(m_store->path());
    setWindowTitle(hasClub ? tr("%1 — %2").arg(m_store->club().name, app)
                           : tr("New database — %1").arg(app));
    m_fileLabel->setText(tr("Database: %1").arg(file));
    m_fileLabel->setToolTip(file);
    m_seasonLabel->setText(hasClub ? tr("Season %1").arg(m_store->currentSeason()) : QString());
    m_syncLabel->setText(m_syncState.isEmpty() ? tr("Not synced") : m_syncState);
}

void MainWindow::showError(const QString &title, const QString &message)
{
    // open(), not exec(): the caller goes on (and keeps what was open) while the box is shown.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QString MainWindow::fileDialogFolder() const
{
    if (m_store)
        return QFileInfo(m_store->path()).absolutePath();
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

void MainWindow::publishResults()
{
    if (!m_store)
        return;
    auto *dialog = new PublishDialog(m_store.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::importFromWebSite()
{
    if (!m_store)
        return;
    WebImportDialog dialog(m_store.get(), this);
    dialog.exec();
    const QList<int> seasons = dialog.importedSeasons();
    if (seasons.isEmpty())
        return;
    m_standingsPage->setStore(m_store.get()); // the seasons list gains the imported ones
    showPage(Standings);
    m_standingsPage->showSeason(seasons.last());
    statusBar()->showMessage(tr("Imported from the club web site."), 5000);
}
