// Officer logins from the Sync page: an officer changes their own server password
// (ChangePasswordDialog); the club's administrator lists, adds, disables, enables and resets the
// club's logins (LoginsDialog, with NewLoginDialog and the reset asked in a password dialog). The
// server decides who may: a login without the admin role is told so.
#pragma once

#include "sync/serverconnection.h"
#include "sync/serverschema.h"
#include "sync/serverurl.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// A new password typed twice (and, for one's own, the current one first).
class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    PasswordDialog(const QString &title, const QString &intro, bool askCurrent, QWidget *parent);

    QString current() const;
    QString password() const;
    // Shows why the last attempt failed; the dialog stays open.
    void showError(const QString &message);

signals:
    // OK with two equal, non-empty new passwords.
    void submitted();

private:
    void check();

    QLineEdit *m_current = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_again = nullptr;
    QLabel *m_error = nullptr;
};

// The signed-in officer's own password on the server.
class ChangePasswordDialog : public PasswordDialog
{
    Q_OBJECT
public:
    ChangePasswordDialog(const ServerUrl &url, QWidget *parent);

signals:
    // The server took the new password.
    void changed(const QString &password);

private:
    void apply();

    ServerUrl m_url;
};

// A new login: name, role, password twice.
class NewLoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewLoginDialog(QWidget *parent);

    QString name() const;
    QString role() const;
    QString password() const;
    void showError(const QString &message);

signals:
    void submitted();

private:
    void check();

    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_again = nullptr;
    QLabel *m_error = nullptr;
};

// The club's logins, for its administrator.
class LoginsDialog : public QDialog
{
    Q_OBJECT
public:
    // `connection`: signed in as the administrator (or the server's owner).
    LoginsDialog(std::unique_ptr<ServerConnection> connection, QWidget *parent);
    ~LoginsDialog() override;

    // Reads the list again; false (with the reason shown) when the server refused.
    bool reload();

private:
    void addLogin();
    void toggleSelected();
    void resetSelected();
    void updateButtons();
    QString selectedName() const;
    bool selectedEnabled() const;
    void report(const QString &message, bool error);

    std::unique_ptr<ServerConnection> m_connection;
    QList<ServerSchema::Login> m_logins;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_toggle = nullptr;
    QPushButton *m_reset = nullptr;
    QLabel *m_status = nullptr;
};
