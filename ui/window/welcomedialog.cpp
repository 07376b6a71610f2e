#include "ui/window/welcomedialog.h"

#include "ui/common/zoom.h"

#include "core/clubtime.h"
#include "demo/democlub.h"
#include "store/store.h"
#include "ui/common/uilog.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    Zoom::setRelativeFont(label, 1.45, true);
    return label;
}

} // namespace

WelcomeDialog::WelcomeDialog(Store *store, QWidget *parent)
    : QDialog(parent), m_store(store), m_pages(new QStackedWidget(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Welcome to SABC Tournament Manager"));
    setObjectName(QStringLiteral("welcomeDialog"));
    m_pages->addWidget(createChoicesPage());
    m_pages->addWidget(createNewClubPage());

    m_error->setObjectName(QStringLiteral("welcomeError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x3a, 0x2e));
    m_error->setPalette(palette);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->addWidget(m_pages);
    layout->addWidget(m_error);
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    showChoices();
}

QWidget *WelcomeDialog::createChoicesPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading(tr("Welcome"), page));
    // The file name only; the whole path is in the tooltip and the main window's status bar.
    const QString path = m_store ? QDir::toNativeSeparators(m_store->path()) : QString();
    const QString name = QFileInfo(path).fileName();
    auto *intro =
        new QLabel(tr("The club database %1 is still empty. How would you like to start?")
                       .arg(name.isEmpty() ? QString()
                                           : QStringLiteral("<b>%1</b>").arg(name.toHtmlEscaped())),
                   page);
    intro->setToolTip(path);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    layout->addWidget(intro);
    layout->addSpacing(8);

    m_demo = new QCommandLinkButton(
        tr("Open the &demo club"),
        tr("A realistic club of about 60 anglers with last season and this one, to try everything "
           "out. It is saved in this database file."),
        page);
    m_demo->setObjectName(QStringLiteral("openDemoButton"));
    m_newClub = new QCommandLinkButton(
        tr("Start a &new club"),
        tr("Enter your club's name and time zone. The lakes and ramps of Central Texas are "
           "filled in for you."),
        page);
    m_newClub->setObjectName(QStringLiteral("newClubButton"));
    m_openFile = new QCommandLinkButton(
        tr("&Open a database file…"),
        tr("Open a club database that is already on this computer, such as a backup."), page);
    m_openFile->setObjectName(QStringLiteral("openFileButton"));
    for (QCommandLinkButton *button : {m_demo, m_newClub, m_openFile}) {
        button->setAutoDefault(false);
        layout->addWidget(button);
    }
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(page);
    QPushButton *later = buttons->addButton(tr("&Later"), QDialogButtonBox::RejectRole);
    later->setAutoDefault(false);
    layout->addWidget(buttons);

    connect(m_demo, &QAbstractButton::clicked, this, &WelcomeDialog::openDemoClub);
    connect(m_newClub, &QAbstractButton::clicked, this, &WelcomeDialog::showNewClubForm);
    connect(m_openFile, &QAbstractButton::clicked, this, [this]() {
        m_choice = Choice::OpenFile;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    return page;
}

QWidget *WelcomeDialog::createNewClubPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading(tr("Start a new club"), page));
    auto *intro = new QLabel(tr("The time zone decides what \"today\" is and which season a "
                                "tournament belongs to."),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addSpacing(8);

    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("clubNameField"));
    m_name->setPlaceholderText(tr("South Austin Bass Club"));
    m_name->setMaxLength(120);

    m_timeZone = new QComboBox(page);
    m_timeZone->setObjectName(QStringLiteral("timeZoneBox"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id));
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    const QString defaultZone = QString::fromLatin1(ClubTime::defaultZoneId);
    const int defaultIndex = m_timeZone->findText(defaultZone);
    if (defaultIndex >= 0)
        m_timeZone->setCurrentIndex(defaultIndex);
    else
        m_timeZone->setEditText(defaultZone);

    auto *form = new QFormLayout;
    form->addRow(tr("Club &name:"), m_name);
    form->addRow(tr("&Time zone:"), m_timeZone);
    layout->addLayout(form);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(page);
    m_back = buttons->addButton(tr("< &Back"), QDialogButtonBox::ResetRole);
    m_create = buttons->addButton(tr("&Create club"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createClubButton"));
    layout->addWidget(buttons);

    connect(m_back, &QPushButton::clicked, this, &WelcomeDialog::showChoices);
    connect(m_create, &QPushButton::clicked, this, &WelcomeDialog::createClub);
    connect(m_name, &QLineEdit::textChanged, this, &WelcomeDialog::updateCreateButton);
    connect(m_timeZone, &QComboBox::editTextChanged, this, &WelcomeDialog::updateCreateButton);
    updateCreateButton();
    return page;
}

void WelcomeDialog::showNewClubForm()
{
    m_error->hide();
    m_pages->setCurrentIndex(1);
    m_back->setDefault(false);
    m_create->setDefault(true);
    m_name->setFocus(Qt::OtherFocusReason);
}

void WelcomeDialog::showChoices()
{
    m_error->hide();
    m_pages->setCurrentIndex(0);
    m_create->setDefault(false);
    m_demo->setFocus(Qt::OtherFocusReason);
}

QString WelcomeDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void WelcomeDialog::showError(const QString &message)
{
    qCWarning(lcUi).noquote() << message;
    m_error->setText(message);
    m_error->show();
}

void WelcomeDialog::updateCreateButton()
{
    m_create->setEnabled(!m_name->text().trimmed().isEmpty() &&
                         ClubTime::isKnownZone(m_timeZone->currentText().trimmed().toUtf8()));
}

void WelcomeDialog::openDemoClub()
{
    if (!m_store) {
        showError(tr("No club database is open."));
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status created = DemoClub::create(*m_store, m_store->clubTime().today());
    QGuiApplication::restoreOverrideCursor();
    if (!created) {
        showError(tr("The demo club could not be created: %1").arg(created.error()));
        return;
    }
    qCInfo(lcUi) << "created the demo club in" << m_store->path();
    m_choice = Choice::DemoClub;
    accept();
}

void WelcomeDialog::createClub()
{
    if (!m_store) {
        showError(tr("No club database is open."));
        return;
    }
    const Status created =
        m_store->createClub(m_name->text().trimmed(), m_timeZone->currentText().trimmed().toUtf8());
    if (!created) {
        showError(created.error());
        return;
    }
    qCInfo(lcUi) << "created a new club in" << m_store->path();
    m_choice = Choice::NewClub;
    accept();
}
