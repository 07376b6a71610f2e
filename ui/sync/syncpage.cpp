#include "ui/sync/syncpage.h"

#include "store/store.h"
#include "sync/conflicts.h"
#include "sync/credentials.h"
#include "sync/serverconnection.h"
#include "sync/serverurl.h"
#include "sync/syncengine.h"
#include "sync/syncscheduler.h"
#include "ui/common/pageheader.h"
#include "ui/sync/logindialogs.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

SyncPage::SyncPage(Store *store, QWidget *parent) : QWidget(parent)
{
    m_scheduler = new SyncScheduler(this);
    m_conflicts = new ConflictModel(this);

    m_header = new PageHeader(tr("Sync"), this);
    auto *profileBox = new QGroupBox(tr("Server"), this);
    m_profiles = new QComboBox(profileBox);
    m_name = new QLineEdit(profileBox);
    m_name->setPlaceholderText(tr("Club server"));
    m_url = new QLineEdit(profileBox);
    m_url->setPlaceholderText(tr("postgresql://you@server.example.org:5432/club"));
    m_automatic = new QCheckBox(tr("Sync automatically every 5 minutes and when the network comes back"),
                                profileBox);
    auto *save = new QPushButton(tr("S&ave server"), profileBox);
    auto *remove = new QPushButton(tr("Remove server"), profileBox);
    auto *profileForm = new QFormLayout(profileBox);
    profileForm->addRow(tr("Profi&le:"), m_profiles);
    profileForm->addRow(tr("&Name:"), m_name);
    profileForm->addRow(tr("Ad&dress:"), m_url);
    profileForm->addRow(m_automatic);
    auto *profileButtons = new QHBoxLayout;
    profileButtons->addWidget(save);
    profileButtons->addWidget(remove);
    profileButtons->addStretch();
    profileForm->addRow(profileButtons);

    auto *signInBox = new QGroupBox(tr("Sign in"), this);
    m_password = new QLineEdit(signInBox);
    m_password->setEchoMode(QLineEdit::Password);
    m_signIn = new QPushButton(tr("Sign &in"), signInBox);
    m_forget = new QPushButton(tr("For&get password"), signInBox);
    m_changePassword = new QPushButton(tr("&Change password…"), signInBox);
    m_manageLogins = new QPushButton(tr("Manage logins…"), signInBox);
    m_account = new QLabel(signInBox);
    m_account->setWordWrap(true);
    auto *signInForm = new QFormLayout(signInBox);
    signInForm->addRow(tr("&Password:"), m_password);
    auto *signInButtons = new QHBoxLayout;
    signInButtons->addWidget(m_signIn);
    signInButtons->addWidget(m_forget);
    signInButtons->addStretch();
    signInForm->addRow(signInButtons);
    // The signed-in officer's own password, and the club's logins for its administrator.
    auto *loginButtons = new QHBoxLayout;
    loginButtons->addWidget(m_changePassword);
    loginButtons->addWidget(m_manageLogins);
    loginButtons->addStretch();
    signInForm->addRow(loginButtons);
    signInForm->addRow(m_account);

    auto *syncBox = new QGroupBox(tr("Sync"), this);
    m_syncNow = new QPushButton(tr("&Sync now"), syncBox);
    m_progress = new QProgressBar(syncBox);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_stage = new QLabel(syncBox);
    m_lastResult = new QLabel(tr("Not synced yet."), syncBox);
    m_lastResult->setWordWrap(true);
    m_lastResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *syncLayout = new QVBoxLayout(syncBox);
    // The stage shares the progress bar's row (at a width of its own, so the bar does not jump
    // as the stages change): the page, header included, fits the window's smallest height.
    m_stage->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *syncRow = new QHBoxLayout;
    syncRow->addWidget(m_syncNow);
    syncRow->addWidget(m_progress, 3);
    syncRow->addWidget(m_stage, 2);
    syncLayout->addLayout(syncRow);
    syncLayout->addWidget(m_lastResult);

    auto *conflictBox = new QGroupBox(tr("Conflicts"), this);
    auto *conflictHelp = new QLabel(
        tr("The same weigh-in number was changed on two laptops, or the same angler was weighed in "
           "on two laptops. One is applied for now on every laptop; choose which to keep. A choice "
           "can be undone."),
        conflictBox);
    conflictHelp->setWordWrap(true);
    m_conflictView = new QTableView(conflictBox);
    m_conflictView->setModel(m_conflicts);
    m_conflictView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_conflictView->setSelectionMode(QAbstractItemView::SingleSelection);
    // The record, the values and what is applied are read whole; the field (with a refused
    // record's reason) takes the rest of the width and wraps.
    m_conflictView->verticalHeader()->hide();
    m_conflictView->setWordWrap(true);
    m_conflictView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_conflictView->horizontalHeader()->setStretchLastSection(false);
    for (int c = 0; c < ConflictModel::ColumnCount; ++c)
        m_conflictView->horizontalHeader()->setSectionResizeMode(
            c, c == ConflictModel::Field ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    m_keepMine = new QPushButton(tr("Keep &mine"), conflictBox);
    m_keepTheirs = new QPushButton(tr("Keep &theirs"), conflictBox);
    m_undoChoice = new QPushButton(tr("&Undo last choice"), conflictBox);
    m_undoChoice->setObjectName(QStringLiteral("undoConflictChoice"));
    auto *conflictLayout = new QVBoxLayout(conflictBox);
    conflictLayout->addWidget(conflictHelp);
    conflictLayout->addWidget(m_conflictView);
    auto *conflictButtons = new QHBoxLayout;
    conflictButtons->addWidget(m_keepMine);
    conflictButtons->addWidget(m_keepTheirs);
    conflictButtons->addStretch();
    conflictButtons->addWidget(m_undoChoice);
    conflictLayout->addLayout(conflictButtons);

    m_profiles->setObjectName(QStringLiteral("profiles"));
    m_name->setObjectName(QStringLiteral("profileName"));
    m_url->setObjectName(QStringLiteral("profileUrl"));
    m_password->setObjectName(QStringLiteral("password"));
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_forget->setObjectName(QStringLiteral("forgetPassword"));
    m_changePassword->setObjectName(QStringLiteral("changePassword"));
    m_manageLogins->setObjectName(QStringLiteral("manageLogins"));
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    m_lastResult->setObjectName(QStringLiteral("lastResult"));
    m_account->setObjectName(QStringLiteral("account"));
    m_conflictView->setObjectName(QStringLiteral("conflicts"));
    save->setObjectName(QStringLiteral("saveProfile"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    // The server and the sign-in side by side: the page then fits a 768-pixel-high laptop
    // screen with a partial sync's refusals and the conflicts list both shown whole.
    auto *serverRow = new QHBoxLayout;
    serverRow->addWidget(profileBox, 3);
    serverRow->addWidget(signInBox, 2);
    layout->addLayout(serverRow);
    layout->addWidget(syncBox);
    layout->addWidget(conflictBox, 1);

    connect(m_profiles, &QComboBox::currentIndexChanged, this, &SyncPage::profileChosen);
    connect(save, &QPushButton::clicked, this, &SyncPage::saveProfile);
    connect(remove, &QPushButton::clicked, this, &SyncPage::removeProfile);
    connect(m_automatic, &QCheckBox::toggled, this, [this](bool on) {
        m_scheduler->setAutomatic(on);
        const int i = m_profiles->currentIndex();
        if (i >= 0 && i < m_profileList.size() && m_profileList[i].automatic != on) {
            m_profileList[i].automatic = on;
            ServerProfiles::save(m_profileList);
        }
    });
    connect(m_signIn, &QPushButton::clicked, this, &SyncPage::signIn);
    connect(m_password, &QLineEdit::returnPressed, this, &SyncPage::signIn);
    // Enter in the server's name or address saves it, as the button beside them does.
    connect(m_name, &QLineEdit::returnPressed, this, &SyncPage::saveProfile);
    connect(m_url, &QLineEdit::returnPressed, this, &SyncPage::saveProfile);
    connect(m_forget, &QPushButton::clicked, this, &SyncPage::forgetPassword);
    connect(m_changePassword, &QPushButton::clicked, this, &SyncPage::changePassword);
    connect(m_manageLogins, &QPushButton::clicked, this, &SyncPage::manageLogins);
    connect(m_syncNow, &QPushButton::clicked, this, &SyncPage::syncNow);
    connect(m_keepMine, &QPushButton::clicked, this, [this] { resolveSelected(true); });
    connect(m_keepTheirs, &QPushButton::clicked, this, [this] { resolveSelected(false); });
    connect(m_undoChoice, &QPushButton::clicked, this, &SyncPage::undoLastChoice);
    connect(m_conflictView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SyncPage::updateButtons);
    connect(m_conflicts, &QAbstractItemModel::modelReset, this, &SyncPage::updateSummary);
    connect(m_conflicts, &QAbstractItemModel::rowsInserted, this, &SyncPage::updateSummary);
    connect(m_conflicts, &QAbstractItemModel::rowsRemoved, this, &SyncPage::updateSummary);
    connect(m_scheduler, &SyncScheduler::started, this, &SyncPage::syncStarted);
    connect(m_scheduler, &SyncScheduler::progress, this, &SyncPage::syncProgress);
    connect(m_scheduler, &SyncScheduler::finished, this, &SyncPage::syncFinished);

    setStore(store);
    loadProfiles();
}

SyncPage::~SyncPage() = default;

void SyncPage::setStore(Store *store)
{
    m_store = store;
    m_scheduler->setDatabasePath(store ? store->path() : QString());
    m_conflicts->setStore(store);
    updateButtons();
}

void SyncPage::loadProfiles()
{
    m_profileList = ServerProfiles::load();
    const QString current = ServerProfiles::current();
    QSignalBlocker block(m_profiles);
    m_profiles->clear();
    int chosen = -1;
    for (int i = 0; i < m_profileList.size(); ++i) {
        m_profiles->addItem(m_profileList.at(i).name);
        if (m_profileList.at(i).name == current)
            chosen = i;
    }
    m_profiles->addItem(tr("New server…"));
    if (chosen < 0 && !m_profileList.isEmpty())
        chosen = 0;
    m_profiles->setCurrentIndex(chosen < 0 ? int(m_profileList.size()) : chosen);
    profileChosen(m_profiles->currentIndex());
}

void SyncPage::profileChosen(int index)
{
    m_scheduler->clearServer();
    m_sessionPassword.clear();
    m_password->clear();
    updateSummary();
    if (index < 0 || index >= m_profileList.size()) {
        m_name->clear();
        m_url->clear();
        m_automatic->setChecked(false);
        m_account->setText(tr("Enter the server's name and address, then save it."));
        updateButtons();
        return;
    }
    const ServerProfile &p = m_profileList.at(index);
    ServerProfiles::setCurrent(p.name);
    m_name->setText(p.name);
    m_url->setText(p.url);
    m_automatic->setChecked(p.automatic);
    auto url = ServerUrl::parse(p.url);
    if (!url) {
        m_account->setText(url.error());
        updateButtons();
        return;
    }
    const Credentials::Lookup stored = Credentials::read(Credentials::key(url.value()));
    if (stored.state == Credentials::State::Found) {
        configureScheduler(stored.password);
        m_account->setText(tr("Signed in as %1 (password in the system keychain).").arg(url.value().user));
    } else if (stored.state == Credentials::State::Unavailable) {
        m_account->setText(stored.message);
    } else {
        m_account->setText(tr("Enter the password of %1 and sign in.").arg(url.value().user));
    }
    updateButtons();
}

void SyncPage::configureScheduler(const QString &password)
{
    const int i = m_profiles->currentIndex();
    if (i < 0 || i >= m_profileList.size())
        return;
    auto url = ServerUrl::parse(m_profileList.at(i).url);
    if (!url)
        return;
    m_scheduler->setServer(url.value(), password);
    m_scheduler->setAutomatic(m_automatic->isChecked());
    m_sessionPassword = password;
}

void SyncPage::saveProfile()
{
    const QString name = m_name->text().trimmed();
    auto url = ServerUrl::parse(m_url->text());
    if (name.isEmpty()) {
        m_account->setText(tr("Give the server a name, e.g. Club server."));
        return;
    }
    if (!url) {
        m_account->setText(url.error());
        return;
    }
    ServerProfile p{name, url.value().toString(), m_automatic->isChecked()};
    bool replaced = false;
    for (ServerProfile &existing : m_profileList)
        if (existing.name == name) {
            existing = p;
            replaced = true;
        }
    if (!replaced)
        m_profileList << p;
    ServerProfiles::save(m_profileList);
    ServerProfiles::setCurrent(name);
    loadProfiles();
    m_account->setText(tr("Saved the server \"%1\".").arg(name) + QLatin1Char(' ') + m_account->text());
}

void SyncPage::removeProfile()
{
    const int i = m_profiles->currentIndex();
    if (i < 0 || i >= m_profileList.size())
        return;
    auto url = ServerUrl::parse(m_profileList.at(i).url);
    if (url)
        if (Status s = Credentials::forget(Credentials::key(url.value())); !s)
            qCInfo(lcSync).noquote() << s.error();
    m_profileList.removeAt(i);
    ServerProfiles::save(m_profileList);
    loadProfiles();
}

void SyncPage::signIn()
{
    const int i = m_profiles->currentIndex();
    if (i < 0 || i >= m_profileList.size()) {
        m_account->setText(tr("Save the server first."));
        return;
    }
    auto url = ServerUrl::parse(m_profileList.at(i).url);
    if (!url) {
        m_account->setText(url.error());
        return;
    }
    const QString password = m_password->text();
    m_password->clear();
    if (password.isEmpty()) {
        m_account->setText(tr("Enter the password first."));
        return;
    }
    // Only a login the server accepted is kept: a mistyped password is never stored.
    {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto connection = ServerConnection::open(url.value(), password);
        QApplication::restoreOverrideCursor();
        if (!connection) {
            m_account->setText(tr("Not signed in: %1 The password was not saved.")
                                   .arg(connection.error()));
            updateButtons();
            return;
        }
    }
    if (Status s = Credentials::write(Credentials::key(url.value()), password); !s) {
        m_account->setText(s.error());
        updateButtons();
        return;
    }
    m_account->setText(
        tr("Signed in as %1 (password in the system keychain).").arg(url.value().user));
    configureScheduler(password);
    updateButtons();
    syncNow();
}

void SyncPage::forgetPassword()
{
    const int i = m_profiles->currentIndex();
    if (i < 0 || i >= m_profileList.size())
        return;
    auto url = ServerUrl::parse(m_profileList.at(i).url);
    if (!url)
        return;
    m_scheduler->clearServer();
    m_sessionPassword.clear();
    if (Status s = Credentials::forget(Credentials::key(url.value())); !s)
        m_account->setText(s.error());
    else
        m_account->setText(tr("The password of %1 was removed from this computer.").arg(url.value().user));
    updateButtons();
}

void SyncPage::changePassword()
{
    const int i = m_profiles->currentIndex();
    if (i < 0 || i >= m_profileList.size() || m_sessionPassword.isEmpty()) {
        m_account->setText(tr("Sign in first."));
        return;
    }
    auto url = ServerUrl::parse(m_profileList.at(i).url);
    if (!url) {
        m_account->setText(url.error());
        return;
    }
    auto *dialog = new ChangePasswordDialog(url.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChangePasswordDialog::changed, this, [this, user = url.value().user,
                                                          key = Credentials::key(url.value())](
                                                             const QString &password) {
        configureScheduler(password);
        if (Status s = Credentials::write(key, password); !s) {
            m_account->setText(tr("Your server password was changed; it is kept for this session "
                                  "only: %1")
                                   .arg(s.error()));
            return;
        }
        m_account->setText(tr("The server password of %1 was changed and saved in the system "
                              "keychain.")
                               .arg(user));
    });
    dialog->open();
}

void SyncPage::manageLogins()
{
    const int i = m_profiles->currentIndex();
    if (i < 0 || i >= m_profileList.size() || m_sessionPassword.isEmpty()) {
        m_account->setText(tr("Sign in first."));
        return;
    }
    auto url = ServerUrl::parse(m_profileList.at(i).url);
    if (!url) {
        m_account->setText(url.error());
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto connection = ServerConnection::open(url.value(), m_sessionPassword);
    Result<QList<ServerSchema::Login>> allowed =
        connection ? ServerSchema::logins(*connection.value())
                   : Result<QList<ServerSchema::Login>>::failure(connection.error());
    QApplication::restoreOverrideCursor();
    if (!allowed) {
        m_account->setText(allowed.error());
        return;
    }
    auto *dialog = new LoginsDialog(std::move(connection.value()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void SyncPage::syncNow()
{
    if (!m_store) {
        m_lastResult->setText(tr("Open a club database first."));
        return;
    }
    if (!m_scheduler->hasServer()) {
        m_lastResult->setText(tr("Sign in to a server first."));
        return;
    }
    m_scheduler->syncNow();
}

void SyncPage::syncStarted()
{
    m_progress->setRange(0, 0);
    m_stage->setText(tr("Syncing…"));
    updateButtons();
}

void SyncPage::syncProgress(const QString &stage, int done, int total)
{
    m_stage->setText(stage);
    if (total > 0) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    } else {
        m_progress->setRange(0, 0);
    }
}

void SyncPage::syncFinished(bool ok, const QString &message, const SyncReport &report)
{
    m_progress->setRange(0, 1);
    m_progress->setValue(ok ? 1 : 0);
    m_stage->clear();
    // Club time, as everywhere else in the app (not this laptop's zone).
    const QDateTime now = m_store ? m_store->clubTime().toLocal(QDateTime::currentDateTimeUtc())
                                  : QDateTime::currentDateTime();
    const QString when = QLocale().toString(now, QLocale::ShortFormat);
    if (ok) {
        QString text = report.complete()
                           ? tr("Last sync %1: %2 sent, %3 received, %4 conflicts.")
                           : tr("Last sync %1 was partial: %2 sent, %3 received, %4 conflicts. "
                                "The server refused these changes; they stay on this laptop:");
        text = text.arg(when).arg(report.pushed).arg(report.pulled).arg(report.conflicts);
        // One short line per kind of record the server refused, with its count and why.
        for (auto it = report.refusals.cbegin(); it != report.refusals.cend(); ++it)
            text += QStringLiteral("\n\u2022 ") +
                    tr("%1: %n change(s), %2", nullptr, it->changes)
                        .arg(SyncEngine::tableLabel(it.key()), it->why);
        m_lastResult->setText(text);
    } else {
        m_lastResult->setText(tr("Last sync %1 failed: %2").arg(when, message));
    }
    if (m_store)
        for (const QString &table : report.changedTables)
            emit m_store->changed(table);
    if (Status s = m_conflicts->reload(); !s)
        m_lastResult->setText(m_lastResult->text() + QLatin1Char('\n') + s.error());
    fitResult();
    updateButtons();
}

void SyncPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitResult();
}

void SyncPage::fitResult()
{
    if (m_lastResult->width() > 0)
        m_lastResult->setMinimumHeight(m_lastResult->heightForWidth(m_lastResult->width()));
}

void SyncPage::resolveSelected(bool keepMine)
{
    const QModelIndexList rows = m_conflictView->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_store)
        return;
    const SyncConflict *c = m_conflicts->conflictAt(rows.first().row());
    if (!c)
        return;
    if (Status s = SyncConflicts::resolve(*m_store, c->id, keepMine); !s)
        m_lastResult->setText(s.error());
    if (Status s = m_conflicts->reload(); !s)
        m_lastResult->setText(s.error());
    updateButtons();
}

void SyncPage::undoLastChoice()
{
    if (!m_store)
        return;
    auto last = SyncConflicts::lastSettled(m_store->database());
    if (!last)
        m_lastResult->setText(last.error());
    else if (!last.value().isEmpty())
        if (Status s = SyncConflicts::undo(*m_store, last.value()); !s)
            m_lastResult->setText(s.error());
    if (Status s = m_conflicts->reload(); !s)
        m_lastResult->setText(s.error());
    updateButtons();
}

void SyncPage::updateButtons()
{
    const bool running = m_scheduler->isRunning();
    const bool profile = m_profiles->currentIndex() >= 0 &&
                         m_profiles->currentIndex() < m_profileList.size();
    m_signIn->setEnabled(profile);
    m_forget->setEnabled(profile);
    m_changePassword->setEnabled(profile && !m_sessionPassword.isEmpty());
    m_manageLogins->setEnabled(profile && !m_sessionPassword.isEmpty());
    m_syncNow->setEnabled(!running && m_scheduler->hasServer() && m_store);
    const bool selected = m_conflictView->selectionModel() &&
                          m_conflictView->selectionModel()->hasSelection();
    m_keepMine->setEnabled(selected);
    m_keepTheirs->setEnabled(selected);
    bool undoable = false;
    if (m_store) {
        auto last = SyncConflicts::lastSettled(m_store->database());
        undoable = last.ok() && !last.value().isEmpty();
    }
    m_undoChoice->setEnabled(undoable);
}

void SyncPage::updateSummary()
{
    // The server in use and what is waiting for the user, like the other pages' counts.
    const int index = m_profiles->currentIndex();
    if (index < 0 || index >= m_profileList.size()) {
        m_header->setSummary(tr("No server yet"));
        return;
    }
    const QString server = m_profileList.at(index).name;
    const int conflicts = m_conflicts->rowCount();
    if (conflicts == 0)
        m_header->setSummary(tr("%1 · no conflicts").arg(server));
    else if (conflicts == 1)
        m_header->setSummary(tr("%1 · 1 conflict to resolve").arg(server));
    else
        m_header->setSummary(
            tr("%1 · %2 conflicts to resolve").arg(server, QLocale().toString(conflicts)));
}
