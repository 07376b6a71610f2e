#include "roster/rosterimport.h"

#include "core/clubrules.h"
#include "core/phone.h"
#include "store/store.h"

#include <QColor>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace {

// Excel writes ';'-separated files where ',' is the decimal mark. Rewrites such text as
// ','-separated CSV (quoting cells that contain commas) so one reader handles both; line breaks
// stay where they were, so line numbers stay right.
QByteArray semicolonsToCommas(const QByteArray &in)
{
    QByteArray out;
    out.reserve(in.size() + in.size() / 8);
    QByteArray cell;
    bool quoted = false; // the cell started with a quote
    bool inQuotes = false;
    const auto flush = [&]() {
        if (!quoted && cell.contains(',')) {
            cell.replace("\"", "\"\"");
            out += '"' + cell + '"';
        } else {
            out += cell;
        }
        cell.clear();
        quoted = false;
    };
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (inQuotes) {
            cell += c;
            if (c == '"') {
                if (i + 1 < in.size() && in.at(i + 1) == '"') {
                    cell += '"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            }
            continue;
        }
        if (c == '"' && cell.trimmed().isEmpty()) {
            cell += c;
            quoted = true;
            inQuotes = true;
        } else if (c == ';') {
            flush();
            out += ',';
        } else if (c == '\r' || c == '\n') {
            flush();
            out += c;
        } else {
            cell += c;
        }
    }
    flush();
    return out;
}

// Counts ';' and ',' outside quotes on the first record (the header).
bool headerUsesSemicolons(const QByteArray &bytes)
{
    int commas = 0;
    int semicolons = 0;
    bool inQuotes = false;
    for (const char c : bytes) {
        if (c == '"')
            inQuotes = !inQuotes;
        else if (!inQuotes && (c == '\n' || c == '\r'))
            break;
        else if (!inQuotes && c == ',')
            ++commas;
        else if (!inQuotes && c == ';')
            ++semicolons;
    }
    return semicolons > commas;
}

QString key(const QString &text)
{
    return text.simplified().toCaseFolded();
}

} // namespace

int ImportPlan::count(ImportRow::Action action) const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [action](const ImportRow &r) { return r.action == action; }));
}

QStringList ImportPlan::problems() const
{
    QStringList all;
    for (const ImportRow &row : rows) {
        for (const QString &p : row.problems)
            all << RosterImport::tr("Line %1: %2").arg(row.line).arg(p);
    }
    return all;
}

QStringList ImportPlan::remarks() const
{
    QStringList all;
    for (const ImportRow &row : rows) {
        for (const QString &r : row.remarks)
            all << RosterImport::tr("Line %1: %2").arg(row.line).arg(r);
    }
    return all;
}

QList<RosterImport::Field> RosterImport::fields()
{
    return {Field::Ignore,      Field::FullName,        Field::FirstName,
            Field::LastName,    Field::Email,           Field::Phone,
            Field::MemberSince, Field::DuesPaidThrough, Field::Notes,
            Field::Member};
}

QString RosterImport::fieldText(Field field)
{
    switch (field) {
    case Field::Ignore:
        return tr("(not imported)");
    case Field::FullName:
        return tr("Full name");
    case Field::FirstName:
        return tr("First name");
    case Field::LastName:
        return tr("Last name");
    case Field::Email:
        return tr("Email");
    case Field::Phone:
        return tr("Phone");
    case Field::MemberSince:
        return tr("Member since");
    case Field::DuesPaidThrough:
        return tr("Dues paid through");
    case Field::Notes:
        return tr("Notes");
    case Field::Member:
        return tr("Member this season (yes/no)");
    }
    return {};
}

RosterImport::Field RosterImport::guessField(const QString &header)
{
    QString h = header.simplified().toCaseFolded();
    h.remove(u'-').remove(u'_').remove(u'.').remove(u':');
    h = h.simplified();
    static const QHash<QString, Field> names = {
        {QStringLiteral("name"), Field::FullName},
        {QStringLiteral("full name"), Field::FullName},
        {QStringLiteral("fullname"), Field::FullName},
        {QStringLiteral("angler"), Field::FullName},
        {QStringLiteral("angler name"), Field::FullName},
        {QStringLiteral("member"), Field::FullName},
        {QStringLiteral("member name"), Field::FullName},
        {QStringLiteral("first name"), Field::FirstName},
        {QStringLiteral("firstname"), Field::FirstName},
        {QStringLiteral("first"), Field::FirstName},
        {QStringLiteral("given name"), Field::FirstName},
        {QStringLiteral("last name"), Field::LastName},
        {QStringLiteral("lastname"), Field::LastName},
        {QStringLiteral("last"), Field::LastName},
        {QStringLiteral("surname"), Field::LastName},
        {QStringLiteral("family name"), Field::LastName},
        {QStringLiteral("email"), Field::Email},
        {QStringLiteral("email address"), Field::Email},
        {QStringLiteral("mail"), Field::Email},
        {QStringLiteral("phone"), Field::Phone},
        {QStringLiteral("phone number"), Field::Phone},
        {QStringLiteral("cell"), Field::Phone},
        {QStringLiteral("cell phone"), Field::Phone},
        {QStringLiteral("mobile"), Field::Phone},
        {QStringLiteral("telephone"), Field::Phone},
        {QStringLiteral("member since"), Field::MemberSince},
        {QStringLiteral("joined"), Field::MemberSince},
        {QStringLiteral("year joined"), Field::MemberSince},
        {QStringLiteral("yearjoined"), Field::MemberSince},
        {QStringLiteral("duespaidthrough"), Field::DuesPaidThrough},
        {QStringLiteral("dues paid through"), Field::DuesPaidThrough},
        {QStringLiteral("paid through"), Field::DuesPaidThrough},
        {QStringLiteral("dues through"), Field::DuesPaidThrough},
        {QStringLiteral("notes"), Field::Notes},
        {QStringLiteral("note"), Field::Notes},
        {QStringLiteral("comments"), Field::Notes},
    };
    return names.value(h, Field::Ignore);
}

Result<RosterImport> RosterImport::fromFile(const QString &path)
{
    using R = Result<RosterImport>;
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("Could not open \"%1\": %2").arg(shown, file.errorString()));
    if (file.size() > maxBytes)
        return R::failure(tr("\"%1\" is %2 MB; a roster file is far smaller. Check that this is "
                             "the right file.")
                              .arg(shown)
                              .arg(file.size() / (1024 * 1024)));
    return fromBytes(file.read(maxBytes + 1));
}

Result<RosterImport> RosterImport::fromBytes(const QByteArray &input)
{
    using R = Result<RosterImport>;
    if (input.size() > maxBytes)
        return R::failure(tr("The file is too large to be a roster (more than %1 MB).")
                              .arg(maxBytes / (1024 * 1024)));
    if (input.trimmed().isEmpty() || input == QByteArray("\xEF\xBB\xBF"))
        return R::failure(tr("The file is empty. Export the roster from the spreadsheet again."));
    if (input.startsWith("PK\x03\x04"))
        return R::failure(tr("This is an Excel or OpenDocument workbook, not a CSV file. In the "
                             "spreadsheet choose File > Save As (or Download) > \"CSV UTF-8\"."));
    if (input.startsWith("\xD0\xCF\x11\xE0"))
        return R::failure(tr("This is an old Excel workbook (.xls), not a CSV file. In Excel "
                             "choose File > Save As > \"CSV UTF-8\"."));
    if (input.startsWith("\xFF\xFE") || input.startsWith("\xFE\xFF"))
        return R::failure(tr("This file is saved as UTF-16 (\"Unicode text\"). Save it as "
                             "\"CSV UTF-8\" instead."));
    if (input.left(64 * 1024).contains('\0'))
        return R::failure(tr("This is not a text file (it contains binary data). Choose a CSV "
                             "file saved from a spreadsheet."));

    RosterImport import;
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    import.m_semicolons = headerUsesSemicolons(bytes);
    if (import.m_semicolons)
        bytes = semicolonsToCommas(bytes);
    Result<CsvTable> table = CsvReader::parseTable(bytes);
    if (!table) {
        // The reader's message says what to do (save as CSV UTF-8, close a quote).
        return R::failure(table.error());
    }
    if (table->rows.isEmpty())
        return R::failure(tr("The file has a header row but no anglers under it."));
    if (table->rows.size() > maxRows)
        return R::failure(tr("The file has %1 rows; a club roster has at most %2. Check that "
                             "this is the right file, or split it.")
                              .arg(QLocale().toString(table->rows.size()))
                              .arg(QLocale().toString(maxRows)));
    import.m_table = table.value();
    bool named = false; // a name column other than "member"
    for (const QString &h : std::as_const(import.m_table.header))
        named = named || (guessField(h) == Field::FullName &&
                          h.simplified().compare(QLatin1String("member"), Qt::CaseInsensitive) != 0);
    for (const QString &h : std::as_const(import.m_table.header)) {
        Field f = guessField(h);
        // The web app's export has "name" and a yes/no "member" column.
        if (named && h.simplified().compare(QLatin1String("member"), Qt::CaseInsensitive) == 0)
            f = Field::Member;
        // One column per field: a second "Name" column is left out.
        if (f != Field::Ignore && import.m_mapping.contains(f))
            f = Field::Ignore;
        import.m_mapping << f;
    }
    return import;
}

void RosterImport::setField(int column, Field field)
{
    if (column < 0 || column >= m_mapping.size())
        return;
    if (field != Field::Ignore) {
        for (Field &f : m_mapping) {
            if (f == field)
                f = Field::Ignore;
        }
    }
    m_mapping[column] = field;
}

QString RosterImport::mappingProblem() const
{
    if (m_mapping.contains(Field::FullName))
        return QString();
    if (m_mapping.contains(Field::FirstName) || m_mapping.contains(Field::LastName))
        return QString();
    return tr("Choose which column holds the anglers' names.");
}

Result<ImportPlan> RosterImport::plan(Store *store) const
{
    using R = Result<ImportPlan>;
    if (const QString problem = mappingProblem(); !problem.isEmpty())
        return R::failure(problem);
    AnglerStore anglers(store);
    Result<QList<Angler>> existing = anglers.anglers();
    if (!existing)
        return R::failure(existing.error());
    QHash<QString, int> byEmail;
    QHash<QString, QList<int>> byName;
    for (int i = 0; i < existing->size(); ++i) {
        const Angler &a = existing->at(i);
        if (!a.email.isEmpty())
            byEmail.insert(key(a.email), i);
        byName[key(a.fullName)].append(i);
    }
    const int thisSeason = store->currentSeason();

    const auto column = [this](Field f) { return int(m_mapping.indexOf(f)); };
    const auto cell = [](const CsvRow &row, int c) {
        return c >= 0 && c < row.fields.size() ? row.fields.at(c).simplified() : QString();
    };
    const auto year = [&](const QString &text, const QString &what, QStringList &problems) {
        if (text.isEmpty())
            return 0;
        bool ok = false;
        static const QRegularExpression date(
            QStringLiteral("^(\\d{4})-\\d{2}-\\d{2}([ T].*)?$"));
        const QRegularExpressionMatch isDate = date.match(text);
        const int y = isDate.hasMatch() ? isDate.captured(1).toInt(&ok) : text.toInt(&ok);
        if (!ok || y < 1900 || y > thisSeason + 1) {
            problems << tr("%1 \"%2\" is not a year between 1900 and %3.")
                            .arg(what, text)
                            .arg(thisSeason + 1);
            return 0;
        }
        return y;
    };

    ImportPlan plan;
    QHash<QString, int> seenEmail; // key -> line
    QHash<QString, QString> seenEmailText; // key -> the address as first written
    QHash<QString, int> seenName;
    for (const CsvRow &row : m_table.rows) {
        ImportRow out;
        out.line = row.line;
        Angler a;
        QString name = cell(row, column(Field::FullName));
        if (name.isEmpty())
            name = QStringLiteral("%1 %2")
                       .arg(cell(row, column(Field::FirstName)), cell(row, column(Field::LastName)))
                       .simplified();
        a.fullName = name;
        a.email = cell(row, column(Field::Email));
        if (ClubRules::isPlaceholderEmail(a.email)) {
            out.remarks << tr("%1 is a made-up address of the web app; not stored.").arg(a.email);
            a.email.clear();
        }
        // Addresses that differ only in case are two people of the web app (its addresses are
        // case-sensitive): the first row keeps it.
        if (!a.email.isEmpty() && seenEmail.contains(key(a.email)) &&
            seenEmailText.value(key(a.email)) != a.email) {
            out.remarks << tr("%1 differs only in case from the address of line %2, which keeps "
                              "it; this angler comes in without one.")
                               .arg(a.email)
                               .arg(seenEmail.value(key(a.email)));
            a.email.clear();
        }
        if (column(Field::Member) >= 0) {
            const QString m = cell(row, column(Field::Member)).toCaseFolded();
            static const QStringList yes = {QStringLiteral("t"), QStringLiteral("true"),
                                            QStringLiteral("yes"), QStringLiteral("y"),
                                            QStringLiteral("1"), QStringLiteral("x")};
            static const QStringList no = {QStringLiteral("f"), QStringLiteral("false"),
                                           QStringLiteral("no"), QStringLiteral("n"),
                                           QStringLiteral("0")};
            if (yes.contains(m))
                out.member = true;
            else if (no.contains(m))
                out.member = false;
            else if (!m.isEmpty())
                out.problems << tr("Member \"%1\" is neither yes nor no.").arg(m);
        }
        a.notes = column(Field::Notes) >= 0 && column(Field::Notes) < row.fields.size()
                      ? row.fields.at(column(Field::Notes)).trimmed()
                      : QString();
        bool blank = true;
        for (const QString &f : row.fields)
            blank = blank && f.trimmed().isEmpty();
        if (blank)
            continue; // an empty spreadsheet row
        if (a.fullName == ClubRules::webSetupAccount) {
            out.remarks.clear();
            out.problems << tr("%1 is the web app's setup account, not a person; skipped.")
                                .arg(a.fullName);
            out.action = ImportRow::Action::Skip;
            out.angler = a;
            plan.rows << out;
            continue;
        }
        if (a.fullName.isEmpty())
            out.problems << tr("no name; the row is skipped.");
        // Invisible control characters (NUL and the like) are never part of a roster.
        for (const QString &f : row.fields)
            if (Store::controlCharacterAt(f) >= 0) {
                out.problems << tr("a cell holds an invisible control character (such as NUL); "
                                   "the row is skipped.");
                break;
            }
        if (a.fullName.size() > 100)
            out.problems << tr("the name is longer than 100 characters.");
        // A NUL or another control character (often a file saved in the wrong encoding) never
        // comes in: notes may keep line breaks and tabs, nothing else may.
        const auto hasControl = [](const QString &text, bool notes) {
            return std::any_of(text.cbegin(), text.cend(), [notes](QChar c) {
                if (notes && (c == u'\n' || c == u'\t' || c == u'\r'))
                    return false;
                return c.unicode() < 0x20 || c.unicode() == 0x7f;
            });
        };
        if (hasControl(a.fullName, false) || hasControl(a.email, false) ||
            hasControl(a.notes, true))
            out.problems << tr("it holds a control character (such as NUL, often a file saved in "
                               "another encoding); fix the file and import again.");
        Result<QString> phone = Phone::normalise(cell(row, column(Field::Phone)));
        if (phone)
            a.phone = phone.value();
        else
            out.problems << phone.error();
        a.memberSince =
            year(cell(row, column(Field::MemberSince)), tr("Member since"), out.problems);
        a.duesPaidThrough =
            year(cell(row, column(Field::DuesPaidThrough)), tr("Dues paid through"), out.problems);
        if (a.memberSince > thisSeason) {
            out.problems << tr("Member since %1 is in the future.").arg(a.memberSince);
            a.memberSince = 0;
        }

        // Match an existing person: email first, else exactly the same name.
        int match = -1;
        if (!a.email.isEmpty() && byEmail.contains(key(a.email))) {
            match = byEmail.value(key(a.email));
            out.matchedBy = QStringLiteral("email");
        } else if (!a.fullName.isEmpty() && byName.contains(key(a.fullName))) {
            const QList<int> same = byName.value(key(a.fullName));
            if (same.size() > 1) {
                out.problems << tr("%1 anglers on the roster are called %2; add an email to tell "
                                   "them apart.")
                                    .arg(same.size())
                                    .arg(a.fullName);
            } else {
                match = same.first();
                out.matchedBy = QStringLiteral("name");
            }
        }
        if (!a.email.isEmpty()) {
            // Well-formed and not someone else's (the matched person may keep theirs).
            Angler probe;
            probe.id = match >= 0 ? existing->at(match).id : QString();
            probe.fullName = QStringLiteral("x");
            probe.email = a.email;
            if (Result<Angler> checked = anglers.validated(probe); !checked)
                out.problems << checked.error();
        }
        // The same person twice in the file.
        if (!a.email.isEmpty()) {
            seenEmailText.insert(key(a.email), a.email);
            if (seenEmail.contains(key(a.email)))
                out.problems << tr("the same email as line %1.").arg(seenEmail.value(key(a.email)));
            else
                seenEmail.insert(key(a.email), row.line);
        } else if (!a.fullName.isEmpty()) {
            if (seenName.contains(key(a.fullName)))
                out.problems
                    << tr("the same name as line %1.").arg(seenName.value(key(a.fullName)));
            else
                seenName.insert(key(a.fullName), row.line);
        }

        if (!out.problems.isEmpty()) {
            out.action = ImportRow::Action::Skip;
            out.angler = a;
        } else if (match >= 0) {
            // Update: cells left blank in the file keep what the roster has.
            Angler merged = existing->at(match);
            const Angler before = merged;
            if (!a.fullName.isEmpty() && out.matchedBy == QLatin1String("email"))
                merged.fullName = a.fullName;
            if (!a.email.isEmpty())
                merged.email = a.email;
            if (!a.phone.isEmpty())
                merged.phone = a.phone;
            if (a.memberSince > 0)
                merged.memberSince = a.memberSince;
            if (a.duesPaidThrough > 0)
                merged.duesPaidThrough = std::max(a.duesPaidThrough, merged.duesPaidThrough);
            if (!a.notes.isEmpty())
                merged.notes = a.notes;
            out.angler = merged;
            if (out.member) {
                Result<bool> now = anglers.isMember(merged.id, thisSeason);
                if (!now)
                    return R::failure(now.error());
                out.memberChanges = now.value() != *out.member;
            }
            out.action = merged == before && !out.memberChanges ? ImportRow::Action::Unchanged
                                                                : ImportRow::Action::Update;
        } else {
            out.angler = a;
            out.action = ImportRow::Action::Add;
            out.memberChanges = out.member.value_or(false);
        }
        plan.rows << out;
    }
    return plan;
}

// --- preview model

ImportPreviewModel::ImportPreviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportPreviewModel::setPlan(const ImportPlan &plan)
{
    beginResetModel();
    m_plan = plan;
    endResetModel();
}

QString ImportPreviewModel::actionText(ImportRow::Action action)
{
    switch (action) {
    case ImportRow::Action::Add:
        return tr("Add");
    case ImportRow::Action::Update:
        return tr("Update");
    case ImportRow::Action::Unchanged:
        return tr("Unchanged");
    case ImportRow::Action::Skip:
        return tr("Skip");
    }
    return {};
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportRow &row = m_plan.rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case LineColumn:
            return row.line;
        case ActionColumn:
            return actionText(row.action);
        case NameColumn:
            return row.angler.fullName;
        case EmailColumn:
            return row.angler.email;
        case PhoneColumn:
            return row.angler.phone;
        case MemberSinceColumn:
            return row.angler.memberSince > 0 ? QString::number(row.angler.memberSince) : QString();
        case ProblemsColumn:
            return (row.problems + row.remarks).join(QLatin1Char(' '));
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ForegroundRole) {
        if (row.action == ImportRow::Action::Skip)
            return QColor(0xb0, 0x3a, 0x2e);
        if (row.action == ImportRow::Action::Unchanged)
            return QColor(0x80, 0x80, 0x80);
    }
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case LineColumn:
        return tr("Line");
    case ActionColumn:
        return tr("Action");
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Email");
    case PhoneColumn:
        return tr("Phone");
    case MemberSinceColumn:
        return tr("Member since");
    case ProblemsColumn:
        return tr("Problems");
    case ColumnCount:
        break;
    }
    return {};
}
