// OutboxDialog: Mailbox > Outbox and Sent…: every message written on this laptop, newest first:
// when, what, to how many, and how it stands (waiting, being sent, sent, failed with the server's
// answer). Send Now tries the waiting ones; Retry puts a failed message (or one that may have
// gone when the app stopped) back in the outbox; Cancel keeps a waiting one from going.
#pragma once

#include <QDialog>
#include <QPointer>

class MailActions;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class Store;

class OutboxDialog : public QDialog
{
    Q_OBJECT
public:
    OutboxDialog(Store *store, MailActions *actions, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QPlainTextEdit *details() const { return m_details; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *cancelButton() const { return m_cancel; }

    void refresh();
    void retrySelected();
    void cancelSelected();

private:
    QString selectedId() const;
    void showDetails();

    QPointer<Store> m_store;
    MailActions *m_actions;
    QTreeWidget *m_list;
    QPlainTextEdit *m_details;
    QLabel *m_status;
    QPushButton *m_send;
    QPushButton *m_retry;
    QPushButton *m_cancel;
};
