#include "ui/mail/mailsettingsdialog.h"

#include "mail/mailcomposer.h"
#include "mail/mailstore.h"
#include "mail/mimemessage.h"
#include "mail/smtpclient.h"
#include "store/store.h"
#include "sync/credentials.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

MailSettingsDialog::MailSettingsDialog(Store *store, QWidget *parent)
    : QDialog(parent), m_store(store), m_host(new QLineEdit(this)), m_port(new QSpinBox(this)),
      m_security(new QComboBox(this)), m_user(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_from(new QLineEdit(this)), m_replyTo(new QLineEdit(this)),
      m_batch(new QSpinBox(this)), m_test(new QPushButton(tr("Send a &Test to Me"), this)),
      m_answer(new QPlainTextEdit(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("mailSettingsDialog"));
    setWindowTitle(tr("Club E-mail Settings"));
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("smtp.example.org"));
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(587);
    m_security->setObjectName(QStringLiteral("security"));
    m_security->addItem(tr("STARTTLS (usually port 587)"), QStringLiteral("starttls"));
    m_security->addItem(tr("TLS (usually port 465)"), QStringLiteral("tls"));
    m_security->addItem(tr("None (only a server on this computer)"), QStringLiteral("none"));
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setPlaceholderText(tr("often the club's address"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("kept in the system keychain"));
    m_from->setObjectName(QStringLiteral("from"));
    m_from->setPlaceholderText(tr("secretary@example.org"));
    m_replyTo->setObjectName(QStringLiteral("replyTo"));
    m_replyTo->setPlaceholderText(tr("empty: replies go to From"));
    m_batch->setObjectName(QStringLiteral("batchSize"));
    m_batch->setRange(1, 1000);
    m_batch->setValue(MailStore::defaultBatchSize);
    m_test->setObjectName(QStringLiteral("sendTest"));
    m_test->setAutoDefault(false);
    m_answer->setObjectName(QStringLiteral("answer"));
    m_answer->setReadOnly(true);
    m_answer->setTabChangesFocus(true);
    m_answer->setPlaceholderText(tr("What the mail server answers to the test appears here."));
    m_answer->setMinimumHeight(m_answer->fontMetrics().lineSpacing() * 7);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Ser&ver:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("S&ecurity:"), m_security);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&Reply-To:"), m_replyTo);
    form->addRow(tr("Recipients per &message:"), m_batch);
    auto *note = new QLabel(
        tr("Members get the club's mail as hidden copies (BCC), this many to a message; the To "
           "line shows the From address only."),
        this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_answer);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &MailSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MailSettingsDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &MailSettingsDialog::sendTest);
    // The usual port follows the security chosen, unless the user typed another.
    connect(m_security, &QComboBox::currentIndexChanged, this, [this] {
        const QString s = m_security->currentData().toString();
        if (m_port->value() == 587 || m_port->value() == 465 || m_port->value() == 25)
            m_port->setValue(s == QLatin1String("tls") ? 465 : s == QLatin1String("none") ? 25 : 587);
    });

    if (m_store) {
        auto stored = MailStore(m_store).settings();
        if (!stored) {
            showError(stored.error());
        } else {
            const MailSettings &s = stored.value();
            m_host->setText(s.host);
            const int index = m_security->findData(s.security);
            m_security->setCurrentIndex(index < 0 ? 0 : index);
            m_port->setValue(s.port);
            m_user->setText(s.user);
            m_from->setText(s.from);
            m_replyTo->setText(s.replyTo);
            m_batch->setValue(s.batchSize);
        }
    }
    setMinimumWidth(520);
    m_host->setFocus();
}

QString MailSettingsDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void MailSettingsDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

MailSettings MailSettingsDialog::settings() const
{
    MailSettings s;
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.security = m_security->currentData().toString();
    s.user = m_user->text().trimmed();
    s.from = m_from->text().trimmed();
    s.replyTo = m_replyTo->text().trimmed();
    s.batchSize = m_batch->value();
    return s;
}

QString MailSettingsDialog::password(const MailSettings &settings, QString *problem) const
{
    if (!m_password->text().isEmpty() || settings.user.isEmpty())
        return m_password->text();
    SmtpServer server;
    server.host = settings.host;
    server.port = settings.port;
    server.user = settings.user;
    const Credentials::Lookup stored = Credentials::read(server.keychainKey());
    if (stored.state == Credentials::State::Found)
        return stored.password;
    if (problem)
        *problem = stored.state == Credentials::State::Unavailable
                       ? stored.message
                       : tr("No password is stored for %1 yet; type it in Password.")
                             .arg(settings.user);
    return QString();
}

void MailSettingsDialog::accept()
{
    if (!m_store) {
        showError(tr("The club database is closed."));
        return;
    }
    const MailSettings s = settings();
    if (Status st = MailStore(m_store).setSettings(s); !st) {
        showError(st.error());
        return;
    }
    if (!m_password->text().isEmpty() && !s.user.isEmpty()) {
        SmtpServer server;
        server.host = s.host;
        server.port = s.port;
        server.user = s.user;
        if (Status st = Credentials::write(server.keychainKey(), m_password->text()); !st) {
            showError(st.error());
            return;
        }
    }
    QDialog::accept();
}

void MailSettingsDialog::sendTest()
{
    showError(QString());
    const MailSettings s = settings();
    if (Status st = MailStore::check(s); !st) {
        showError(st.error());
        return;
    }
    QString problem;
    const QString pass = password(s, &problem);
    if (!problem.isEmpty()) {
        showError(problem);
        m_password->setFocus();
        return;
    }
    SmtpServer server;
    server.host = s.host;
    server.port = s.port;
    server.security = *SmtpServer::securityFromName(s.security);
    server.user = s.user;
    const ComposedMail mail =
        MailComposer::test(s, m_store ? m_store->club().name : QString());
    m_answer->setPlainText(tr("Sending a test to %1…").arg(s.from));
    m_test->setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    SmtpClient client;
    client.setTimeout(30000);
    QString result;
    if (Status o = client.open(server, pass); !o) {
        result = o.error();
    } else {
        const QByteArray message = Mime::withMessageId(
            Mime::build(mail.content), Mime::newMessageId(s.from));
        const SmtpClient::Delivery d = client.send(s.from, {s.from}, message);
        result = d.outcome == SmtpClient::Delivery::Outcome::Accepted
                     ? tr("The server took the test message for %1: %2").arg(s.from, d.answer)
                     : d.answer;
        client.close();
    }
    QApplication::restoreOverrideCursor();
    m_test->setEnabled(true);
    m_answer->setPlainText(result + QStringLiteral("\n\n") + client.transcript());
    m_test->setFocus();
}
