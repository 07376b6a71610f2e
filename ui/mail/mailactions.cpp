#include "ui/mail/mailactions.h"

#include "mail/mailstore.h"
#include "mail/smtpclient.h"
#include "store/store.h"
#include "sync/credentials.h"
#include "ui/mail/composemaildialog.h"
#include "ui/mail/mailsettingsdialog.h"
#include "ui/mail/outboxdialog.h"

#include <QAction>
#include <QTimer>
#include <QWidget>

MailActions::MailActions(std::function<Store *()> store, QWidget *window)
    : QObject(window), m_store(std::move(store)), m_window(window),
      m_settings(new QAction(tr("Club E-mail &Settings…"), this)),
      m_compose(new QAction(tr("&Write to the Members…"), this)),
      m_outbox(new QAction(tr("&Outbox and Sent…"), this)), m_timer(new QTimer(this))
{
    m_settings->setObjectName(QStringLiteral("mailSettingsAction"));
    m_compose->setObjectName(QStringLiteral("mailComposeAction"));
    m_outbox->setObjectName(QStringLiteral("mailOutboxAction"));
    m_settings->setStatusTip(tr("The club's mail server, From and Reply-To; a test message"));
    m_compose->setStatusTip(
        tr("E-mail a tournament's results, the season standings or news to the members"));
    m_outbox->setStatusTip(tr("Messages waiting to go, sent, or failed, with the server's answer"));
    connect(m_settings, &QAction::triggered, this, &MailActions::showSettings);
    connect(m_compose, &QAction::triggered, this, &MailActions::compose);
    connect(m_outbox, &QAction::triggered, this, &MailActions::showOutbox);
    // A message written offline goes when the server can be reached: try every minute while
    // something waits.
    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, [this] { (void)sendWaiting(); });
    m_timer->start();
}

QList<QAction *> MailActions::actions() const
{
    return {m_compose, m_outbox, nullptr, m_settings};
}

MailSettingsDialog *MailActions::settingsDialog() const
{
    return m_settingsDialog;
}

ComposeMailDialog *MailActions::composeDialog() const
{
    return m_composeDialog;
}

OutboxDialog *MailActions::outboxDialog() const
{
    return m_outboxDialog;
}

void MailActions::showSettings()
{
    Store *store = m_store();
    if (!store)
        return;
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    m_settingsDialog = new MailSettingsDialog(store, m_window);
    m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_settingsDialog, &QDialog::accepted, this, [this] {
        emit message(tr("Club e-mail settings saved."));
        (void)sendWaiting();
    });
    m_settingsDialog->open();
}

void MailActions::compose()
{
    Store *store = m_store();
    if (!store)
        return;
    if (m_composeDialog) {
        m_composeDialog->raise();
        m_composeDialog->activateWindow();
        return;
    }
    m_composeDialog = new ComposeMailDialog(store, m_window);
    m_composeDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_composeDialog, &QDialog::accepted, this, [this] {
        emit outboxChanged();
        emit message(tr("The message is in the outbox."));
        // Later, once the dialog is gone: the send waits on the server.
        QTimer::singleShot(0, this, [this] {
            const SendReport r = sendWaiting();
            if (!r.error.isEmpty())
                emit message(tr("The message waits in the outbox: %1").arg(r.error));
            else if (r.messages > 0)
                emit message(tr("Sent to %n recipient(s).", nullptr, r.recipients));
        });
    });
    m_composeDialog->open();
}

void MailActions::showOutbox()
{
    Store *store = m_store();
    if (!store)
        return;
    if (m_outboxDialog) {
        m_outboxDialog->refresh();
        m_outboxDialog->raise();
        m_outboxDialog->activateWindow();
        return;
    }
    m_outboxDialog = new OutboxDialog(store, this, m_window);
    m_outboxDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_outboxDialog->open();
}

SendReport MailActions::sendWaiting()
{
    Store *store = m_store();
    if (!store || m_sending)
        return {};
    MailStore mails(store);
    auto waiting = mails.hasWaiting();
    if (!waiting || !waiting.value())
        return {};
    auto settings = mails.settings();
    SendReport report;
    if (!settings || !settings->complete()) {
        report.error = settings ? tr("the club's e-mail is not set up (Mailbox > Club E-mail "
                                     "Settings)")
                                : settings.error();
        return report;
    }
    SmtpServer server;
    server.host = settings->host;
    server.port = settings->port;
    server.security =
        SmtpServer::securityFromName(settings->security).value_or(SmtpServer::Security::StartTls);
    server.user = settings->user;
    QString password;
    if (!server.user.isEmpty()) {
        const Credentials::Lookup stored = Credentials::read(server.keychainKey());
        if (stored.state != Credentials::State::Found) {
            report.error = stored.state == Credentials::State::Unavailable
                               ? stored.message
                               : tr("no password is stored for %1; type it in Mailbox > Club "
                                    "E-mail Settings")
                                     .arg(server.user);
            return report;
        }
        password = stored.password;
    }
    m_sending = true;
    report = MailSender::send(*store, server, password, QString(), 30000);
    m_sending = false;
    emit outboxChanged();
    return report;
}
