#include "ui/common/filedialog.h"

#include <QAbstractFileIconProvider>
#include <QCoreApplication>
#include <QFileInfo>
#include <QIcon>
#include <QMimeDatabase>
#include <QPointer>

namespace {

// Icons and type names from the file's name alone: the default provider reads a file's first
// bytes when its name does not settle the type (club.sqlite-wal, club.sqlite-shm).
class NameOnlyIconProvider : public QAbstractFileIconProvider
{
public:
    QIcon icon(IconType type) const override { return QAbstractFileIconProvider::icon(type); }
    QIcon icon(const QFileInfo &info) const override
    {
        if (info.isDir())
            return icon(Folder);
        const QMimeType mime = byName(info);
        return QIcon::fromTheme(mime.iconName(), icon(File));
    }
    QString type(const QFileInfo &info) const override
    {
        if (info.isDir())
            return QCoreApplication::translate("FileDialog", "Folder");
        return byName(info).comment();
    }

private:
    static QMimeType byName(const QFileInfo &info)
    {
        return QMimeDatabase().mimeTypeForFile(info.fileName(), QMimeDatabase::MatchExtension);
    }
};

QAbstractFileIconProvider *nameOnlyIcons()
{
    static NameOnlyIconProvider provider;
    return &provider;
}

QString run(QFileDialog *dialog, QString *selectedFilter)
{
    if (selectedFilter && !selectedFilter->isEmpty())
        dialog->selectNameFilter(*selectedFilter);
    QPointer<QFileDialog> guard(dialog);
    const int result = dialog->exec();
    if (!guard)
        return {};
    QString path;
    if (result == QDialog::Accepted && !dialog->selectedFiles().isEmpty()) {
        path = dialog->selectedFiles().constFirst();
        if (selectedFilter)
            *selectedFilter = dialog->selectedNameFilter();
    }
    delete dialog;
    return path;
}

} // namespace

namespace FileDialog {

QFileDialog *create(QWidget *parent, const QString &caption, const QString &dir,
                    const QString &filter, QFileDialog::AcceptMode mode)
{
    auto *dialog = new QFileDialog(parent, caption, dir, filter);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setIconProvider(nameOnlyIcons());
    dialog->setAcceptMode(mode);
    dialog->setFileMode(mode == QFileDialog::AcceptOpen ? QFileDialog::ExistingFile
                                                        : QFileDialog::AnyFile);
    return dialog;
}

QString openFileName(QWidget *parent, const QString &caption, const QString &dir,
                     const QString &filter, QString *selectedFilter)
{
    return run(create(parent, caption, dir, filter, QFileDialog::AcceptOpen), selectedFilter);
}

QString saveFileName(QWidget *parent, const QString &caption, const QString &dir,
                     const QString &filter, QString *selectedFilter, QFileDialog::Options options)
{
    QFileDialog *dialog = create(parent, caption, dir, filter, QFileDialog::AcceptSave);
    dialog->setOptions(dialog->options() | options);
    return run(dialog, selectedFilter);
}

} // namespace FileDialog
