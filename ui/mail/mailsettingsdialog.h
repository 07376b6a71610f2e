// MailSettingsDialog: Mailbox > Club E-mail Settings…: the club's mail account on this laptop (SMTP
// server, port, security, user, From, Reply-To, recipients per message), kept in the club file
// (MailStore; this laptop's own, not synced); the password only in the system keychain
// (sync/credentials.h, under "smtp:user@host:port"). "Send a Test to Me" sends one message to
// the From address at once (not through the outbox) and shows the server's answers word for
// word.
#pragma once

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class Store;
struct MailSettings;

class MailSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    MailSettingsDialog(Store *store, QWidget *parent = nullptr);

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portBox() const { return m_port; }
    QComboBox *securityBox() const { return m_security; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *fromEdit() const { return m_from; }
    QLineEdit *replyToEdit() const { return m_replyTo; }
    QPushButton *testButton() const { return m_test; }
    QPlainTextEdit *answerView() const { return m_answer; }
    QString errorText() const;

    void accept() override;
    // Sends the test message and shows what the server answered.
    void sendTest();

private:
    MailSettings settings() const;
    void showError(const QString &message);
    QString password(const MailSettings &settings, QString *problem) const;

    QPointer<Store> m_store;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_security;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_from;
    QLineEdit *m_replyTo;
    QSpinBox *m_batch;
    QPushButton *m_test;
    QPlainTextEdit *m_answer;
    QLabel *m_error;
};
