#include "ui/publish/publishdialog.h"

#include "publish/sitewriter.h"
#include "store/store.h"
#include "ui/common/filedialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace {
const char *folderKey = "publish/folder";

QString defaultFolder()
{
    QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (documents.isEmpty())
        documents = QDir::homePath();
    return QDir(documents).filePath(QStringLiteral("club-results"));
}
} // namespace

PublishDialog::PublishDialog(Store *store, QWidget *parent) : QDialog(parent), m_store(store)
{
    setWindowTitle(tr("Publish Results"));
    setObjectName(QStringLiteral("publishDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Writes the club's results as web pages (seasons, standings, awards, each "
           "tournament's results and the calendar) into a folder you can copy to any web host "
           "as it is. Names only: no e-mail, phone, dues or notes."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("publishFolder"));
    m_folder->setText(QSettings().value(QLatin1String(folderKey), defaultFolder()).toString());
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("publishBrowse"));
    connect(browse, &QPushButton::clicked, this, &PublishDialog::browse);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);

    m_seasons = new QListWidget(this);
    m_seasons->setObjectName(QStringLiteral("publishSeasons"));
    m_seasons->setMaximumHeight(fontMetrics().height() * 7);
    if (m_store) {
        auto seasons = SiteWriter::seasons(*m_store);
        for (int s : seasons ? seasons.value() : QList<int>()) {
            auto *item = new QListWidgetItem(QString::number(s), m_seasons);
            item->setData(Qt::UserRole, s);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
    }
    if (m_seasons->count() > 0)
        m_seasons->setCurrentRow(0);
    auto *seasonsLabel = new QLabel(tr("&Seasons:"), this);
    seasonsLabel->setBuddy(m_seasons);
    form->addRow(seasonsLabel, m_seasons);
    layout->addLayout(form);

    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("publishOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_outcome);
    m_files = new QPlainTextEdit(this);
    m_files->setObjectName(QStringLiteral("publishFiles"));
    m_files->setReadOnly(true);
    m_files->setVisible(false);
    layout->addWidget(m_files, 10);
    // (Takes the room while the list of files is hidden, so the form stays together at the top.)
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_publishButton = buttons->addButton(tr("&Publish"), QDialogButtonBox::AcceptRole);
    m_publishButton->setObjectName(QStringLiteral("publishButton"));
    m_publishButton->setDefault(true);
    m_publishButton->setEnabled(m_seasons->count() > 0);
    m_openButton = buttons->addButton(tr("&Open Folder"), QDialogButtonBox::ActionRole);
    m_openButton->setObjectName(QStringLiteral("publishOpenFolder"));
    m_openButton->setEnabled(false);
    // (AcceptRole would close the dialog: the buttons act here instead.)
    disconnect(buttons, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(m_publishButton, &QPushButton::clicked, this, &PublishDialog::publish);
    connect(m_openButton, &QPushButton::clicked, this, &PublishDialog::openFolder);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (m_seasons->count() == 0)
        m_outcome->setText(tr("The club has no tournaments yet: there is nothing to publish."));
    resize(560, 420);
}

QString PublishDialog::folder() const
{
    return m_folder->text().trimmed();
}

void PublishDialog::setFolder(const QString &folder)
{
    m_folder->setText(folder);
}

QList<int> PublishDialog::chosenSeasons() const
{
    QList<int> out;
    for (int i = 0; i < m_seasons->count(); ++i)
        if (m_seasons->item(i)->checkState() == Qt::Checked)
            out.append(m_seasons->item(i)->data(Qt::UserRole).toInt());
    return out;
}

void PublishDialog::chooseSeasons(const QList<int> &seasons)
{
    for (int i = 0; i < m_seasons->count(); ++i) {
        QListWidgetItem *item = m_seasons->item(i);
        item->setCheckState(seasons.contains(item->data(Qt::UserRole).toInt()) ? Qt::Checked
                                                                                : Qt::Unchecked);
    }
}

QString PublishDialog::outcome() const
{
    return m_outcome->text();
}

void PublishDialog::browse()
{
    QFileDialog *dialog = FileDialog::create(this, tr("Folder for the Results Site"), folder(),
                                             QString(), QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &chosen) {
        if (!chosen.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(chosen));
    });
    dialog->open();
}

void PublishDialog::publish()
{
    m_openButton->setEnabled(false);
    m_files->clear();
    m_files->setVisible(false);
    const QList<int> seasons = chosenSeasons();
    if (!m_store)
        return;
    if (seasons.isEmpty()) {
        m_outcome->setText(tr("Tick at least one season to publish."));
        return;
    }
    if (folder().isEmpty()) {
        m_outcome->setText(tr("Choose a folder for the site."));
        m_folder->setFocus();
        return;
    }
    // Every season ticked: the whole site (the index lists them all).
    const bool all = seasons.size() == m_seasons->count();
    auto site = SiteWriter::publish(*m_store, folder(), all ? QList<int>() : seasons);
    if (!site) {
        m_outcome->setText(tr("Nothing was published: %1").arg(site.error()));
        return;
    }
    QSettings().setValue(QLatin1String(folderKey), folder());
    m_written = site->folder;
    m_outcome->setText(tr("Wrote %n file(s) to %1.", nullptr, int(site->files.size()))
                           .arg(QDir::toNativeSeparators(site->folder)));
    m_files->setPlainText(site->files.join(u'\n'));
    m_files->setVisible(true);
    m_openButton->setEnabled(true);
    m_openButton->setFocus();
}

void PublishDialog::openFolder()
{
    if (!m_written.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_written));
}
