// ui/: windows, dialogs and delegates, one folder per page (roster/, tournaments/, weighin/,
// standings/, treasury/, sync/), window/ for the main window and the welcome dialog, common/ for
// widgets the pages share. No SQL: pages talk to models/ (stores, item models, commands) and
// sync/.
//
// MainWindow: the app's one window on one club database: a navigation list of the pages (Roster,
// Tournaments, Weigh-in, Standings, Treasury, Sync), the File/Edit/View/Help menus, and a status
// bar with the database file, season and sync state. It owns the open Store and the window's one
// QUndoStack, and remembers its geometry, the last file and recent files in QSettings.
#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoStack;
class RosterModel;
class RosterActions;
class CalendarPage;
class LogPage;
class MailActions;
class ClubDataPage;
class RosterPage;
class StandingsPage;
class SyncPage;
class Store;
class TournamentListModel;
class TournamentsPage;
class TournamentActions;
class TreasuryPage;
class ScaleReader;
class WeighInPage;
class WelcomeDialog;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page {
        Roster,
        Tournaments,
        WeighIn,
        Standings,
        Treasury,
        Sync,
        Log,
        Calendar,
        ClubData,
        PageCount
    };
    Q_ENUM(Page)

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the club database at `path`. When the file cannot be opened, says why in a message
    // box and keeps the database that was open. An empty database brings up the welcome dialog.
    bool openDatabase(const QString &path);
    Store *store() const;

    QUndoStack *undoStack() const { return m_undoStack; }
    void showPage(Page page);
    Page currentPage() const;
    QWidget *page(Page page) const;
    // The welcome dialog while it is open, otherwise null.
    WelcomeDialog *welcomeDialog() const;

    // Files opened lately, newest first, as remembered in QSettings.
    static QStringList recentFiles();
    // The window's size on first run (no geometry remembered), before fitting it to the screen.
    static QSize defaultSize();
    // The size the window opens at on a first run on a screen of `available` size: the whole
    // screen on a laptop (1366x768: every leaderboard column readable), else a large window.
    static QSize firstRunSize(const QSize &available);

    // The Mail menu's actions (#16), for tests.
    MailActions *mailActions() const { return m_mailActions; }

    // View > Zoom: the text size in percent (remembered), and View > High Contrast.
    void setZoom(int percent);
    void setHighContrast(bool on);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createPages();
    void createActions();
    void createMenus();
    void createStatusBar();
    void restoreSettings();

    void showWelcome(bool newClubForm);
    void onWelcomeFinished();
    void newClub();
    void openFile();
    void backUp();
    // File > Import from the Club Web Site…; afterwards the Standings page shows the seasons.
    void importFromWebSite();
    void publishResults();
    void about();
    void rebuildRecentMenu();
    void rememberFile(const QString &path);
    void onStoreChanged(const QString &table);
    void updateClubInfo();
    void fitNavigation();
    void showError(const QString &title, const QString &message);
    QString fileDialogFolder() const;

    std::unique_ptr<Store> m_store;
    QUndoStack *m_undoStack;
    RosterModel *m_rosterModel;
    TournamentListModel *m_tournamentModel;

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    RosterPage *m_rosterPage = nullptr;
    RosterActions *m_rosterActions = nullptr;
    TournamentsPage *m_tournamentsPage = nullptr;
    StandingsPage *m_standingsPage = nullptr;
    SyncPage *m_syncPage = nullptr;
    LogPage *m_logPage = nullptr;
    CalendarPage *m_calendarPage = nullptr;
    ClubDataPage *m_clubDataPage = nullptr;
    QString m_syncState; // what the status bar says of the last sync of this file
    TreasuryPage *m_treasuryPage = nullptr;
    WeighInPage *m_weighInPage = nullptr;
    ScaleReader *m_scale = nullptr; // this laptop's scale (Weigh-in > Scale…), read at the weigh-in
    TournamentActions *m_tournamentActions = nullptr;
    MailActions *m_mailActions = nullptr;
    QPointer<WelcomeDialog> m_welcome;

    QAction *m_newClubAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_backUpAction = nullptr;
    QAction *m_publishAction = nullptr;
    QAction *m_webImportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomResetAction = nullptr;
    QAction *m_highContrastAction = nullptr;
    QList<QAction *> m_pageActions;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QMenu *m_recentMenu = nullptr;

    QLabel *m_fileLabel = nullptr;
    QLabel *m_seasonLabel = nullptr;
    QLabel *m_syncLabel = nullptr;
};
