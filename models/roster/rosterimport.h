// RosterImport: a roster CSV file read for import. Accepts what spreadsheets write (UTF-8 with or
// without BOM, CRLF, quoted fields with commas and line breaks, Excel's semicolon-separated files
// in European locales), refuses what is not a roster (binary, Excel workbooks, other encodings,
// empty, too many rows) with a plain message, maps columns by their header (changeable, for the
// preview) and plans each row: add, update (same email, else exactly the same name) or skip, with
// the problems of each row by line number. Nothing touches the store until the plan is applied
// by commands::importRoster(), which writes every row in one transaction and can be undone.
// A roster exported from the club's former web app (`\copy anglers ... csv header`) reads as is:
// year_joined and dues_paid_through are recognised (a date means its year), its `member` column
// sets the current season's membership, "Admin User" (the web app's setup account) is skipped,
// placeholder addresses (@sabc.com, @saustinbc.com) are dropped, and of two addresses that
// differ only in case the first row keeps it.
#pragma once

#include "core/csv.h"
#include "roster/anglerstore.h"

#include <QAbstractTableModel>
#include <QCoreApplication>

#include <optional>

class Store;

struct ImportRow
{
    enum class Action { Add, Update, Unchanged, Skip };
    int line = 0;
    Action action = Action::Skip;
    Angler angler;     // as it will be written (for updates: merged with the existing record)
    QString matchedBy; // "email" or "name" for updates
    QStringList problems;
    // What was changed on the way in without skipping the row (a placeholder address dropped,
    // an address another row of the file keeps).
    QStringList remarks;
    // A membership column (the web app's `member`): whether the angler is a member in the current
    // season; empty when the file says nothing.
    std::optional<bool> member;
    bool memberChanges = false; // the plan adds or ends the current season's membership
};

struct ImportPlan
{
    QList<ImportRow> rows;
    int count(ImportRow::Action action) const;
    // "Line 7: ..." for every problem, in line order.
    QStringList problems() const;
    // "Line 7: ..." for every remark, in line order.
    QStringList remarks() const;
};

class RosterImport
{
    Q_DECLARE_TR_FUNCTIONS(RosterImport)
public:
    enum class Field {
        Ignore,
        FullName,
        FirstName,
        LastName,
        Email,
        Phone,
        MemberSince,
        DuesPaidThrough,
        Notes,
        Member
    };

    static constexpr int maxRows = 5000;
    static constexpr qint64 maxBytes = 10 * 1024 * 1024;

    static QList<Field> fields();
    static QString fieldText(Field field);
    // The field a header names ("E-mail", "Cell phone", "First Name", ...), or Ignore.
    static Field guessField(const QString &header);

    static Result<RosterImport> fromFile(const QString &path);
    static Result<RosterImport> fromBytes(const QByteArray &bytes);

    const CsvTable &table() const { return m_table; }
    // Semicolon-separated (Excel in many locales) rather than comma.
    bool semicolons() const { return m_semicolons; }
    Field field(int column) const { return m_mapping.value(column, Field::Ignore); }
    void setField(int column, Field field);
    // Why the mapping cannot be used yet (no name column), or empty.
    QString mappingProblem() const;

    // What each row would do against the anglers in `store`. Reads only.
    Result<ImportPlan> plan(Store *store) const;

private:
    CsvTable m_table;
    QList<Field> m_mapping;
    bool m_semicolons = false;
};

// The plan as a table for the import preview: line, action, name, email, phone, problems.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        LineColumn,
        ActionColumn,
        NameColumn,
        EmailColumn,
        PhoneColumn,
        MemberSinceColumn,
        ProblemsColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ImportPreviewModel(QObject *parent = nullptr);
    void setPlan(const ImportPlan &plan);
    const ImportPlan &plan() const { return m_plan; }
    static QString actionText(ImportRow::Action action);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ImportPlan m_plan;
};
