#include "reports/reportwriter.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QStorageInfo>
#include <QTextDocument>

#include <cerrno>

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// Why `file` could not be opened for writing: the system's own words ("Permission denied") do
// not tell an officer which folder to pick instead.
QString openProblem(const QString &path, const QSaveFile &file)
{
    const QFileInfo target(path);
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir())
        return ReportWriter::tr("Could not write \"%1\": the folder \"%2\" does not exist. "
                                "Choose another folder.")
            .arg(shown(path), QDir::toNativeSeparators(folder.absoluteFilePath()));
    if (!folder.isWritable())
        return ReportWriter::tr("Could not write \"%1\": this computer does not let you save in "
                                "the folder \"%2\". Choose another folder, such as Documents.")
            .arg(shown(path), QDir::toNativeSeparators(folder.absoluteFilePath()));
    if (target.exists() && !target.isWritable())
        return ReportWriter::tr("Could not replace \"%1\": the file is read-only. Save it under "
                                "another name.")
            .arg(shown(path));
    return ReportWriter::tr("Could not write \"%1\": %2").arg(shown(path), file.errorString());
}

// Why writing or committing `file` failed after it opened; `needed` is about what it was to hold.
QString writeProblem(const QString &path, const QSaveFile &file, qint64 needed)
{
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    const bool full =
        file.errorString() == qt_error_string(ENOSPC) ||
        (storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < needed);
    if (full)
        return ReportWriter::tr("Could not write \"%1\": the disk is full. Free some space, or "
                                "save it on another disk.")
            .arg(shown(path));
    // The new file is complete; only putting it in the old one's place failed (Windows keeps a
    // file open in Excel or a PDF viewer locked).
    if (file.error() == QFileDevice::RenameError && QFileInfo::exists(path))
        return ReportWriter::tr("Could not replace \"%1\": is it open in another program? Close "
                                "it there, or save under another name.")
            .arg(shown(path));
    return ReportWriter::tr("Could not write \"%1\": %2").arg(shown(path), file.errorString());
}

} // namespace

QPageLayout ReportWriter::pageLayout(QPageLayout::Orientation orientation)
{
    return QPageLayout(QPageSize(QPageSize::Letter), orientation, QMarginsF(0, 0, 0, 0),
                       QPageLayout::Millimeter);
}

Status ReportWriter::canWritePdf()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Status::failure(tr("PDF reports need the graphics libraries, which this command "
                                  "was started without. Use --format csv, or update the app."));
    return Status::success();
}

Status ReportWriter::writePdf(const QString &path, const QTextDocument &document,
                              QPageLayout::Orientation orientation)
{
    if (Status s = canWritePdf(); !s)
        return s;
    // The PDF is made in memory and written in one piece: QPdfWriter ignores a short write, so
    // written straight into the file a full disk gave a cut-off PDF that said it was saved.
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(document.metaInformation(QTextDocument::DocumentTitle));
        writer.setCreator(QStringLiteral("SABC Tournament Manager"));
        writer.setResolution(300);
        writer.setPageLayout(pageLayout(orientation));
        document.print(&writer);
    }
    return save(path, pdf);
}

Status ReportWriter::writeCsv(const QString &path, const QByteArray &csv)
{
    return save(path, csv);
}

Status ReportWriter::save(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(openProblem(path, file));
    // A short write sets no error, and commit() does not notice a failed flush of its buffer
    // (QTBUG-75077): either left a cut-off file that said it was saved. So check both here.
    if (file.write(bytes) != bytes.size() || !file.flush() || !file.commit())
        return Status::failure(writeProblem(path, file, bytes.size()));
    return Status::success();
}
