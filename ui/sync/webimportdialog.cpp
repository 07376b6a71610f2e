#include "ui/sync/webimportdialog.h"

#include "store/store.h"
#include "sync/credentials.h"
#include "sync/serverurl.h"
#include "sync/webimport/webreader.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace {
const char *const addressKey = "webImport/address";
}

WebImportDialog::WebImportDialog(Store *store, QWidget *parent) : QDialog(parent), m_store(store)
{
    setWindowTitle(tr("Import from the Club Web Site"));
    auto *intro = new QLabel(
        tr("Brings the club's history in from the web app's database: people, officers, lakes, "
           "the calendar, every tournament and result. The web database is only read. Preview "
           "first; the import writes everything in one step, or nothing."),
        this);
    intro->setWordWrap(true);

    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("webImportAddress"));
    m_address->setPlaceholderText(QStringLiteral("postgresql://USER@HOST:5432/DATABASE"));
    m_address->setText(QSettings().value(QLatin1String(addressKey)).toString());
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("webImportPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: the keychain's, PGPASSWORD or ~/.pgpass"));
    auto *form = new QFormLayout;
    form->addRow(tr("Server &address:"), m_address);
    form->addRow(tr("Pass&word:"), m_password);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("webImportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_report = new QPlainTextEdit(this);
    m_report->setObjectName(QStringLiteral("webImportReport"));
    m_report->setReadOnly(true);
    m_report->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_report->setPlaceholderText(tr("Preview shows here what the import would bring in, what it "
                                    "would leave out and why, and what needs a look."));
    m_report->setMinimumSize(720, 380);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("webImportProgress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);

    auto *buttons = new QDialogButtonBox(this);
    m_previewButton = buttons->addButton(tr("&Preview"), QDialogButtonBox::ActionRole);
    m_previewButton->setObjectName(QStringLiteral("webImportPreview"));
    m_previewButton->setDefault(true);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("webImportImport"));
    m_importButton->setEnabled(false);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    connect(m_previewButton, &QPushButton::clicked, this, &WebImportDialog::preview);
    connect(m_importButton, &QPushButton::clicked, this, &WebImportDialog::runImport);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_address, &QLineEdit::textEdited, this, [this] {
        m_importButton->setEnabled(false); // preview the new address first
    });
    // Enter in the fields presses the default button, Preview; the import is its own keystroke.

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_report, 1);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    m_address->setFocus();
}

QString WebImportDialog::reportText() const
{
    return m_report->toPlainText();
}

QString WebImportDialog::errorText() const
{
    return m_status->property("error").toBool() ? m_status->text() : QString();
}

void WebImportDialog::showError(const QString &message)
{
    m_status->setProperty("error", true);
    m_status->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_status->setText(message);
}

bool WebImportDialog::preview()
{
    return run(true);
}

bool WebImportDialog::runImport()
{
    if (m_previewedAddress != m_address->text().trimmed()) {
        showError(tr("Preview this address first."));
        return false;
    }
    return run(false);
}

bool WebImportDialog::run(bool dryRun)
{
    m_status->setProperty("error", false);
    m_status->setStyleSheet(QString());
    if (!m_store) {
        showError(tr("Open a club file first."));
        return false;
    }
    auto url = ServerUrl::parse(m_address->text().trimmed());
    if (!url) {
        showError(url.error());
        m_address->setFocus();
        return false;
    }
    QString password = m_password->text();
    if (password.isEmpty() && qEnvironmentVariableIsEmpty("PGPASSWORD")) {
        const Credentials::Lookup stored = Credentials::read(Credentials::key(url.value()), 5000);
        if (stored.state == Credentials::State::Found)
            password = stored.password;
    }
    m_status->setText(dryRun ? tr("Reading the web app's database…")
                             : tr("Importing… (reading the web app's database)"));
    m_previewButton->setEnabled(false);
    m_importButton->setEnabled(false);
    m_closeButton->setEnabled(false);
    m_progress->setRange(0, 0); // busy while the server answers
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    auto progress = [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    };
    auto summary = WebReader::importInto(*m_store, url.value(), password, dryRun, progress);
    QApplication::restoreOverrideCursor();
    m_previewButton->setEnabled(true);
    m_closeButton->setEnabled(true);
    m_progress->setRange(0, 100);
    if (!summary) {
        m_progress->setValue(0);
        showError(dryRun ? tr("The preview failed: %1").arg(summary.error())
                         : tr("Nothing was imported: %1").arg(summary.error()));
        m_importButton->setEnabled(!dryRun && m_previewedAddress == url.value().toString());
        return false;
    }
    m_progress->setValue(100);
    QSettings().setValue(QLatin1String(addressKey), m_address->text().trimmed());
    m_report->setPlainText(summary->text());
    if (dryRun) {
        m_previewedAddress = m_address->text().trimmed();
        m_importButton->setEnabled(summary->created() > 0);
        m_status->setText(summary->created() > 0
                              ? tr("This is what the import would do. Nothing was written yet.")
                              : tr("Nothing new to import: the club file has everything."));
        m_importButton->setFocus();
        return true;
    }
    m_seasons = summary->seasons;
    m_importButton->setEnabled(false);
    m_status->setText(tr("Imported. The Standings page shows the imported seasons."));
    m_closeButton->setFocus();
    m_closeButton->setText(tr("&Close"));
    return true;
}
