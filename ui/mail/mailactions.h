// MailActions: the window's Mail menu (club e-mail to the members, #16): Club E-mail Settings…,
// Write to the Members… (a tournament's results, the season standings or a news post, put in the
// outbox), Outbox and Sent… . It also sends what waits in the outbox: right after a message is
// written, when asked (Send Now), and every minute while something waits (a message written at
// the ramp goes once the laptop is back online). Sending runs in the GUI thread; the SMTP client
// waits in a local event loop, so the window keeps painting; one send at a time.
#pragma once

#include "mail/mailsender.h"

#include <QObject>
#include <QPointer>

#include <functional>

class ComposeMailDialog;
class MailSettingsDialog;
class OutboxDialog;
class QAction;
class QTimer;
class QWidget;
class Store;

class MailActions : public QObject
{
    Q_OBJECT
public:
    MailActions(std::function<Store *()> store, QWidget *window);

    QList<QAction *> actions() const;
    QAction *settingsAction() const { return m_settings; }
    QAction *composeAction() const { return m_compose; }
    QAction *outboxAction() const { return m_outbox; }

    void showSettings();
    void compose();
    void showOutbox();
    MailSettingsDialog *settingsDialog() const;
    ComposeMailDialog *composeDialog() const;
    OutboxDialog *outboxDialog() const;

    // Sends what waits in the outbox, if the club's mail is set up. Returns what happened (an
    // empty report when nothing waited or a send is already running).
    SendReport sendWaiting();

signals:
    // A sentence for the status bar.
    void message(const QString &text);
    void outboxChanged();

private:
    std::function<Store *()> m_store;
    QWidget *m_window;
    QAction *m_settings;
    QAction *m_compose;
    QAction *m_outbox;
    QTimer *m_timer;
    bool m_sending = false;
    QPointer<MailSettingsDialog> m_settingsDialog;
    QPointer<ComposeMailDialog> m_composeDialog;
    QPointer<OutboxDialog> m_outboxDialog;
};
