// CSV reading and writing for every file the app imports or exports. Reading follows RFC 4180
// (UTF-8 with or without BOM, LF or CRLF, quoted fields with commas, quotes and line breaks) and
// remembers the line each record starts on, so messages can say "line 12". Writing neutralises
// spreadsheet formulas: a cell that starts with = + - @ tab or CR gets a leading ' unless it is a
// plain number, so a name like "=HYPERLINK(...)" never runs in Excel.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class Money;
class Weight;

// One record of a CSV file and the line (1-based) it starts on.
struct CsvRow
{
    int line = 0;
    QStringList fields;
};

// A CSV file with a header row: column names are matched trimmed and case-insensitively.
struct CsvTable
{
    QStringList header;
    int headerLine = 0;
    QList<CsvRow> rows;

    // Index of the column with that name (any case), or -1.
    int column(const QString &name) const;
    bool hasColumn(const QString &name) const { return column(name) >= 0; }
    // The cell of `row` under column `name`, trimmed; empty when the column or cell is missing.
    QString value(const CsvRow &row, const QString &name) const;

    QHash<QString, int> columns; // case-folded trimmed name -> index
};

// How CsvReader treats comment and blank lines.
struct CsvReadOptions
{
    // Lines that start with this character outside a record are comments (0: none).
    QChar commentChar;
    // Records made of one empty field (blank lines) are dropped.
    bool skipBlankLines = true;
};

class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    using Options = CsvReadOptions;

    // Splits UTF-8 bytes into records. Fails on text that is not UTF-8 or a quote left open.
    static Result<QList<CsvRow>> parse(const QByteArray &utf8, const Options &options);
    static Result<QList<CsvRow>> parse(const QByteArray &utf8) { return parse(utf8, Options()); }
    // The first record is the header. Fails on an empty file or repeated column names.
    static Result<CsvTable> parseTable(const QByteArray &utf8, const Options &options = Options());
    // Reads a file (or a Qt resource path) and parses it as a table.
    static Result<CsvTable> readTable(const QString &path, const Options &options = Options());
};

class CsvWriter
{
public:
    // The text of one cell as written: formula-neutralised, then quoted when needed.
    static QString escape(const QString &cell);
    // A cell that would start a formula gets a leading apostrophe; plain numbers stay.
    static QString neutralise(const QString &cell);

    CsvWriter &cell(const QString &text);
    CsvWriter &cell(qint64 number);
    CsvWriter &cell(Weight weight); // two decimals: 12.34
    CsvWriter &cell(Money money);   // plain two decimals: 25.00
    CsvWriter &endRow();
    CsvWriter &row(const QStringList &cells);

    // "\n" unless changed (use "\r\n" for strict RFC 4180 consumers).
    void setLineEnding(const QString &ending) { m_lineEnding = ending; }
    // Start the text with a UTF-8 byte order mark (Excel needs it to read accents).
    void setByteOrderMark(bool on) { m_bom = on; }

    const QString &text() const { return m_text; }
    QByteArray toUtf8() const;

private:
    QString m_text;
    QString m_lineEnding = QStringLiteral("\n");
    bool m_rowStarted = false;
    bool m_bom = false;
};
