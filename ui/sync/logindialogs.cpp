#include "ui/sync/logindialogs.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString roleLabel(const QString &role)
{
    if (role == QLatin1String("director"))
        return QCoreApplication::translate("LoginsDialog", "Director");
    if (role == QLatin1String("secretary"))
        return QCoreApplication::translate("LoginsDialog", "Secretary");
    if (role == QLatin1String("treasurer"))
        return QCoreApplication::translate("LoginsDialog", "Treasurer");
    if (role == QLatin1String("admin"))
        return QCoreApplication::translate("LoginsDialog", "Administrator");
    if (role == QLatin1String("reader"))
        return QCoreApplication::translate("LoginsDialog", "Reader (reads the club's views only)");
    return role;
}

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setObjectName(QStringLiteral("error"));
    label->setStyleSheet(QStringLiteral("color: #b00020"));
    label->hide();
    return label;
}

} // namespace

PasswordDialog::PasswordDialog(const QString &title, const QString &intro, bool askCurrent,
                               QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(intro, this);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *form = new QFormLayout;
    if (askCurrent) {
        m_current = new QLineEdit(this);
        m_current->setEchoMode(QLineEdit::Password);
        m_current->setObjectName(QStringLiteral("currentPassword"));
        form->addRow(tr("&Current password:"), m_current);
    }
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("newPassword"));
    m_again = new QLineEdit(this);
    m_again->setEchoMode(QLineEdit::Password);
    m_again->setObjectName(QStringLiteral("repeatPassword"));
    form->addRow(tr("&New password:"), m_password);
    form->addRow(tr("&Repeat it:"), m_again);
    layout->addLayout(form);
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::check);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(420);
}

QString PasswordDialog::current() const
{
    return m_current ? m_current->text() : QString();
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

void PasswordDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void PasswordDialog::check()
{
    if (m_current && m_current->text().isEmpty()) {
        showError(tr("Enter your current password."));
        m_current->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        showError(tr("Enter the new password."));
        m_password->setFocus();
        return;
    }
    if (m_password->text() != m_again->text()) {
        showError(tr("The two new passwords differ; type them again."));
        m_again->clear();
        m_again->setFocus();
        return;
    }
    showError(QString());
    emit submitted();
}

ChangePasswordDialog::ChangePasswordDialog(const ServerUrl &url, QWidget *parent)
    : PasswordDialog(tr("Change Your Server Password"),
                     tr("The new password of %1 on the server. It replaces the one in this "
                        "computer's keychain; sign in with it on your other computers.")
                         .arg(url.user),
                     true, parent),
      m_url(url)
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    connect(this, &PasswordDialog::submitted, this, &ChangePasswordDialog::apply);
}

void ChangePasswordDialog::apply()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto connection = ServerConnection::open(m_url, current());
    Status changed = connection ? ServerSchema::changeOwnPassword(*connection.value(), password())
                                : Status::failure(connection.error());
    QApplication::restoreOverrideCursor();
    if (!changed) {
        showError(tr("The password was not changed: %1").arg(changed.error()));
        return;
    }
    emit this->changed(password());
    accept();
}

NewLoginDialog::NewLoginDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Add a Login"));
    setObjectName(QStringLiteral("newLoginDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("loginName"));
    m_name->setPlaceholderText(tr("e.g. jsmith"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("loginRole"));
    for (const QString &role : ServerSchema::loginRoleNames())
        m_role->addItem(roleLabel(role), role);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("newPassword"));
    m_again = new QLineEdit(this);
    m_again->setEchoMode(QLineEdit::Password);
    m_again->setObjectName(QStringLiteral("repeatPassword"));
    form->addRow(tr("&Login name:"), m_name);
    form->addRow(tr("R&ole:"), m_role);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat it:"), m_again);
    layout->addLayout(form);
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add login"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewLoginDialog::check);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(420);
}

QString NewLoginDialog::name() const
{
    return m_name->text().trimmed();
}

QString NewLoginDialog::role() const
{
    return m_role->currentData().toString();
}

QString NewLoginDialog::password() const
{
    return m_password->text();
}

void NewLoginDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void NewLoginDialog::check()
{
    if (name().isEmpty()) {
        showError(tr("Enter the login name."));
        m_name->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        showError(tr("Enter the new login's password."));
        m_password->setFocus();
        return;
    }
    if (m_password->text() != m_again->text()) {
        showError(tr("The two passwords differ; type them again."));
        m_again->clear();
        m_again->setFocus();
        return;
    }
    showError(QString());
    emit submitted();
}

LoginsDialog::LoginsDialog(std::unique_ptr<ServerConnection> connection, QWidget *parent)
    : QDialog(parent), m_connection(std::move(connection))
{
    setWindowTitle(tr("Club Logins"));
    setObjectName(QStringLiteral("loginsDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Who may sign in to the club's server, and with which role. A "
                                "disabled login can no longer sign in; its records stay."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("logins"));
    m_table->setHorizontalHeaderLabels({tr("Login"), tr("Role"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("status"));
    layout->addWidget(m_status);
    m_add = new QPushButton(tr("&Add login…"), this);
    m_add->setObjectName(QStringLiteral("addLogin"));
    m_toggle = new QPushButton(tr("&Disable"), this);
    m_toggle->setObjectName(QStringLiteral("toggleLogin"));
    m_reset = new QPushButton(tr("&Reset password…"), this);
    m_reset->setObjectName(QStringLiteral("resetPassword"));
    auto *close = new QPushButton(tr("Close"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_toggle);
    buttons->addWidget(m_reset);
    buttons->addStretch();
    buttons->addWidget(close);
    layout->addLayout(buttons);
    // Enter on a row does nothing drastic: no default button.
    for (QPushButton *b : {m_add, m_toggle, m_reset, close}) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }
    connect(m_add, &QPushButton::clicked, this, &LoginsDialog::addLogin);
    connect(m_toggle, &QPushButton::clicked, this, &LoginsDialog::toggleSelected);
    connect(m_reset, &QPushButton::clicked, this, &LoginsDialog::resetSelected);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LoginsDialog::updateButtons);
    resize(560, 380);
    reload();
}

LoginsDialog::~LoginsDialog() = default;

void LoginsDialog::report(const QString &message, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020") : QString());
    m_status->setText(message);
}

bool LoginsDialog::reload()
{
    const QString keep = selectedName();
    auto list = ServerSchema::logins(*m_connection);
    if (!list) {
        report(list.error(), true);
        m_logins.clear();
        m_table->setRowCount(0);
        m_add->setEnabled(false);
        updateButtons();
        return false;
    }
    m_logins = list.value();
    m_table->setRowCount(int(m_logins.size()));
    int select = m_logins.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_logins.size(); ++i) {
        const ServerSchema::Login &l = m_logins.at(i);
        m_table->setItem(i, 0, new QTableWidgetItem(l.name));
        m_table->setItem(i, 1, new QTableWidgetItem(roleLabel(l.role)));
        m_table->setItem(i, 2, new QTableWidgetItem(l.enabled ? tr("May sign in") : tr("Disabled")));
        if (l.name == keep)
            select = i;
    }
    if (select >= 0)
        m_table->selectRow(select);
    m_add->setEnabled(true);
    updateButtons();
    return true;
}

QString LoginsDialog::selectedName() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_logins.size() && m_table->selectionModel()->hasSelection()
               ? m_logins.at(row).name
               : QString();
}

bool LoginsDialog::selectedEnabled() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_logins.size() && m_logins.at(row).enabled;
}

void LoginsDialog::updateButtons()
{
    const bool selected = !selectedName().isEmpty();
    m_toggle->setEnabled(selected);
    m_reset->setEnabled(selected);
    m_toggle->setText(selected && !selectedEnabled() ? tr("&Enable") : tr("&Disable"));
}

void LoginsDialog::addLogin()
{
    auto *dialog = new NewLoginDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewLoginDialog::submitted, this, [this, dialog] {
        auto created = ServerSchema::addUser(*m_connection, dialog->name(), dialog->role(),
                                             dialog->password());
        if (!created) {
            dialog->showError(created.error());
            return;
        }
        const QString name = dialog->name();
        const QString role = roleLabel(dialog->role());
        dialog->accept();
        reload();
        for (int i = 0; i < m_logins.size(); ++i)
            if (m_logins.at(i).name == name)
                m_table->selectRow(i);
        report(created.value() ? tr("Added the login %1 (%2).").arg(name, role)
                               : tr("%1 already was the club's login (%2); its password was "
                                    "changed.")
                                     .arg(name, role),
               false);
    });
    dialog->open();
}

void LoginsDialog::toggleSelected()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    const bool enable = !selectedEnabled();
    if (Status s = ServerSchema::setLoginEnabled(*m_connection, name, enable); !s) {
        report(s.error(), true);
        return;
    }
    reload();
    report(enable ? tr("%1 may sign in again.").arg(name)
                  : tr("%1 can no longer sign in; what they recorded stays.").arg(name),
           false);
}

void LoginsDialog::resetSelected()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    auto *dialog = new PasswordDialog(tr("Reset Password"),
                                      tr("A new password for %1. Tell it to them in person; they "
                                         "can change it on their Sync page.")
                                          .arg(name),
                                      false, this);
    dialog->setObjectName(QStringLiteral("resetPasswordDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PasswordDialog::submitted, this, [this, dialog, name] {
        if (Status s = ServerSchema::resetPassword(*m_connection, name, dialog->password()); !s) {
            dialog->showError(s.error());
            return;
        }
        dialog->accept();
        report(tr("The password of %1 was reset.").arg(name), false);
    });
    dialog->open();
}
