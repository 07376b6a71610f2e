// ReportWriter: the one way a report leaves the program, as PDF or as CSV. A PDF is the report's
// QTextDocument printed on US Letter at 300 dpi with no page margins of its own, so that
// QTextDocument::print() gives every report the same 2 cm margins and page numbers; the print
// preview starts from the same page setup (pageLayout()), so what is previewed is what the PDF
// holds. CSV is written byte for byte as the report built it: UTF-8 from CsvWriter, with a byte
// order mark and CRLF for the roster (opened in Excel) and without for the others (read by
// scripts and `sabc score`), as the command line has always written them.
// Files go through QSaveFile: a failure never leaves half a file nor spoils the one already there,
// and it is told in the same words for every report (the folder is missing or may not be written,
// the disk is full, the file is open in another program).
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

class QTextDocument;

class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
public:
    // US Letter without margins (QTextDocument::print() adds its own and the page numbers).
    static QPageLayout pageLayout(QPageLayout::Orientation orientation);

    // Fails, saying why, when the program runs without a QGuiApplication (fonts, QTextDocument).
    static Status canWritePdf();
    // The document as PDF, titled with its DocumentTitle. Needs a QGuiApplication (fonts).
    static Status writePdf(const QString &path, const QTextDocument &document,
                           QPageLayout::Orientation orientation);
    static Status writeCsv(const QString &path, const QByteArray &csv);

private:
    // Replaces the file at `path` with `bytes` all at once, or leaves it as it was.
    static Status save(const QString &path, const QByteArray &bytes);
};
