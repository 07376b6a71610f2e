// models/reports/: the printable reports (results, standings, roster, dues, treasurer), built as a
// Report and written by the one PDF/CSV writer (ReportWriter); ReportBuilders makes any of them
// from the store.
//
// Report: a printable document the club hands out (results, standings, roster, dues, the
// treasurer's season report), built once from headings, paragraphs, tables and chart images and
// then written by ReportWriter as PDF (QTextDocument on QPdfWriter, the same document and page
// setup the print preview shows) or as CSV (its tables, formula-neutralised by CsvWriter). Every
// text put in a report is escaped, so a name like "<b>Bob</b>" prints as those characters. Needs a
// QGuiApplication (fonts).
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QPageLayout>
#include <QString>
#include <QStringList>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

struct ReportTable
{
    QString title; // shown above the table; a title row in CSV when several tables
    QStringList header;
    QList<QStringList> rows;
    QList<int> rightAligned; // columns of numbers and money
    QList<int> boldRows;     // totals
    bool inCsv = true;       // written to the CSV export
    bool compact = false;    // smaller type, for long listings (the ledger)
    // When set, the CSV gets these instead (plain numbers such as 25.00 rather than "$25.00").
    QStringList csvHeader;
    QList<QStringList> csvRows;
};

struct ReportBlock
{
    enum class Type { Heading, Paragraph, Note, Table, Image, PageBreak };
    Type type = Type::Paragraph;
    QString text;
    ReportTable table;
    QImage image;
};

class Report
{
    Q_DECLARE_TR_FUNCTIONS(Report)
public:
    Report() = default;
    Report(const QString &title, const QString &subtitle);

    QString title() const { return m_title; }
    QString subtitle() const { return m_subtitle; }
    // A suggested file name without extension: "treasurer-2026".
    QString baseName() const { return m_baseName; }
    void setBaseName(const QString &name) { m_baseName = name; }

    void addHeading(const QString &text);
    void addParagraph(const QString &text);
    // Small muted text (explanations under a table).
    void addNote(const QString &text);
    void addTable(const ReportTable &table);
    // A chart rendered to an image; printed at most the text width wide.
    void addImage(const QImage &image, const QString &caption = QString());
    void addPageBreak();

    // A report another builder already wrote (the weigh-in's results sheet, the roster's
    // export): its HTML (escaped by that builder) and its CSV bytes, printed through the same
    // document, print preview and PDF writer.
    static Report fromHtml(const QString &title, const QString &html, const QByteArray &csv);
    void setLandscape(bool landscape) { m_landscape = landscape; }
    bool landscape() const { return m_landscape; }

    const QList<ReportBlock> &blocks() const { return m_blocks; }
    const QList<QImage> images() const;
    // Every table, in order.
    QList<ReportTable> tables() const;

    // The HTML the document is built from (every text escaped).
    QString toHtml() const;
    // A document with the images as resources, ready to print or preview.
    std::unique_ptr<QTextDocument> toDocument() const;
    // The page setup of the PDF, for a print preview to start from (the user may change it).
    QPageLayout pageLayout() const;
    // Prints the document on a printer or PDF writer (page numbers at the bottom).
    void print(QPagedPaintDevice *device) const;
    // US Letter PDF (ReportWriter).
    Status writePdf(const QString &path) const;

    // The tables marked inCsv; several are separated by an empty line and their title.
    QByteArray toCsv() const;
    Status writeCsv(const QString &path) const;
    // Starts the CSV with a UTF-8 byte-order mark, so that Excel reads accented names right (as
    // the roster's export does).
    void setCsvByteOrderMark(bool on) { m_csvBom = on; }

private:
    QString m_title;
    QString m_subtitle;
    QString m_baseName = QStringLiteral("report");
    QList<ReportBlock> m_blocks;
    QString m_html;   // set by fromHtml()
    QByteArray m_csv; // set by fromHtml()
    bool m_landscape = false;
    bool m_csvBom = false;
};
