#include "store/rowreader.h"

#include "store/query.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace {

// The SQLite library behind Qt's driver, asked through Qt: it must be this program's own, or the
// handle would be read by another copy of SQLite. Asked once per run.
Status sameSqliteAsQt(const QSqlDatabase &db)
{
    static bool checked = false;
    if (checked)
        return Status::success();
    Query q(db, QStringLiteral("SELECT sqlite_version()"));
    if (Status s = q.exec(RowReader::tr("ask the SQLite version")); !s)
        return s;
    const QString qtSqlite = q.next() ? q.valueAt(0).toString() : QString();
    const QString ours = QString::fromUtf8(sqlite3_libversion());
    if (qtSqlite != ours)
        return Status::failure(
            RowReader::tr("Qt's SQLite driver uses SQLite %1, this program SQLite %2. Install a "
                          "Qt SQLite driver built with the system's SQLite.")
                .arg(qtSqlite, ours));
    checked = true;
    return Status::success();
}

} // namespace

RowReader::RowReader(const QSqlDatabase &db, std::string_view sql) : m_db(db), m_sql(sql) {}

RowReader::~RowReader()
{
    sqlite3_finalize(m_statement); // a no-op on null
}

RowReader &RowReader::bind(qint64 value)
{
    m_values.append(value);
    return *this;
}

Status RowReader::fail(const QString &driverMessage)
{
    m_status = Query::failure(m_what, driverMessage);
    return m_status;
}

Status RowReader::exec(const QString &what)
{
    m_what = what;
    m_status = Status::success();
    if (m_statement) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
    if (!m_db.isOpen() || !m_db.driver())
        return fail(tr("the database is not open"));
    const QVariant handle = m_db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return fail(tr("the database is not an SQLite file"));
    m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    if (!m_handle)
        return fail(tr("the database is not open"));
    if (Status s = sameSqliteAsQt(m_db); !s)
        return fail(s.error());
    if (sqlite3_prepare_v2(m_handle, m_sql.data(), int(m_sql.size()), &m_statement, nullptr) !=
        SQLITE_OK)
        return fail(QString::fromUtf8(sqlite3_errmsg(m_handle)));
    for (qsizetype i = 0; i < m_values.size(); ++i) {
        if (sqlite3_bind_int64(m_statement, int(i + 1), m_values.at(i)) != SQLITE_OK)
            return fail(QString::fromUtf8(sqlite3_errmsg(m_handle)));
    }
    return m_status;
}

bool RowReader::next()
{
    if (!m_statement || !m_status)
        return false;
    const int step = sqlite3_step(m_statement);
    if (step == SQLITE_ROW)
        return true;
    if (step != SQLITE_DONE)
        m_status = Query::failure(m_what, QString::fromUtf8(sqlite3_errmsg(m_handle)));
    // Done: the statement lets go of its read at once, not when this reader is destroyed.
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    return false;
}

bool RowReader::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 RowReader::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

std::string_view RowReader::text(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!text)
        return {};
    return {text, size_t(sqlite3_column_bytes(m_statement, column))};
}

QString RowReader::string(int column) const
{
    const std::string_view t = text(column);
    return QString::fromUtf8(t.data(), qsizetype(t.size()));
}
