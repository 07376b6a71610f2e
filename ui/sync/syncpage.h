// ui/sync/: the Sync page (server profiles, sign-in, sync, conflicts).
//
// SyncPage: the window's page for syncing with the club server. Server profiles (e.g. the club
// server and a practice server), sign in (the password goes to the system keychain; with no
// keychain it is kept in memory for this session only and asked again next time), Forget
// password, Sync now, automatic sync every few minutes and when the network comes back, progress,
// the last result, and the open conflicts with Keep mine / Keep theirs. A signed-in officer
// changes their own server password here; the club's administrator manages its logins (list,
// add, disable, reset) in a dialog opened from here. The title row, like every
// page's, names the server in use and how many conflicts wait for a choice. The sync itself runs
// on a worker thread with its own database connections, so typing is never blocked.
#pragma once

#include "sync/serverprofiles.h"
#include "sync/syncengine.h"

#include <QWidget>

class ConflictModel;
class PageHeader;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class Store;
class SyncScheduler;

class SyncPage : public QWidget
{
    Q_OBJECT
public:
    explicit SyncPage(Store *store, QWidget *parent = nullptr);
    ~SyncPage() override;

    void setStore(Store *store);
    SyncScheduler *scheduler() const { return m_scheduler; }

public slots:
    void syncNow();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // The last result keeps the height its lines need at the page's width (a word-wrapped label
    // is otherwise squeezed by the conflicts list and its last lines cut off).
    void fitResult();
    void loadProfiles();
    void profileChosen(int index);
    void saveProfile();
    void removeProfile();
    void signIn();
    void forgetPassword();
    void changePassword();
    void manageLogins();
    void syncStarted();
    void syncProgress(const QString &stage, int done, int total);
    void syncFinished(bool ok, const QString &message, const SyncReport &report);
    void resolveSelected(bool keepMine);
    // Puts back what the last keep mine / keep theirs replaced and shows the conflict again.
    void undoLastChoice();
    void updateButtons();
    void updateSummary();
    void configureScheduler(const QString &password);

    Store *m_store = nullptr;
    SyncScheduler *m_scheduler = nullptr;
    ConflictModel *m_conflicts = nullptr;
    QList<ServerProfile> m_profileList;

    PageHeader *m_header = nullptr;
    QComboBox *m_profiles = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_url = nullptr;
    QCheckBox *m_automatic = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_forget = nullptr;
    QPushButton *m_changePassword = nullptr;
    QPushButton *m_manageLogins = nullptr;
    // The signed-in login's password for this session (also in the keychain when there is one),
    // for the login dialogs.
    QString m_sessionPassword;
    QPushButton *m_syncNow = nullptr;
    QLabel *m_account = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_stage = nullptr;
    QLabel *m_lastResult = nullptr;
    QTableView *m_conflictView = nullptr;
    QPushButton *m_keepMine = nullptr;
    QPushButton *m_keepTheirs = nullptr;
    QPushButton *m_undoChoice = nullptr;
};
