#include "store/rowreader.h"

#include "store/query.h"
#include "store/storelog.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#ifdef SABC_SQLITE_DIRECT
#include <sqlite3.h>
#endif

#include <atomic>

namespace {

#ifdef SABC_SQLITE_DIRECT
// Whether the SQLite library behind Qt's driver, asked through Qt, is this program's: else the
// handle would be read by another copy of SQLite, and the rows go through Qt SQL. Asked once per
// run (by whichever thread reads first: the leaderboard server reads on its own).
bool sameSqliteAsQt(const QSqlDatabase &db)
{
    enum Answer { Unknown, Same, Other };
    static std::atomic<int> answer = Unknown;
    if (answer != Unknown)
        return answer == Same;
    Query q(db, QStringLiteral("SELECT sqlite_version()"));
    if (!q.exec(RowReader::tr("ask the SQLite version")))
        return false; // logged; asked again next time
    const QString qtSqlite = q.next() ? q.valueAt(0).toString() : QString();
    const QString ours = QString::fromUtf8(sqlite3_libversion());
    if (qtSqlite != ours)
        qCInfo(lcStore).noquote()
            << QStringLiteral("Qt's SQLite driver uses SQLite %1, this program SQLite %2: long "
                              "reads go through Qt SQL")
                   .arg(qtSqlite, ours);
    answer = qtSqlite == ours ? Same : Other;
    return answer == Same;
}
#endif

} // namespace

RowReader::RowReader(const QSqlDatabase &db, std::string_view sql, Path path)
    : m_db(db), m_sql(sql), m_path(path)
{
}

RowReader::~RowReader()
{
#ifdef SABC_SQLITE_DIRECT
    sqlite3_finalize(m_statement); // a no-op on null
#endif
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
    m_query.reset();
#ifdef SABC_SQLITE_DIRECT
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
#endif
    if (!m_db.isOpen() || !m_db.driver())
        return fail(tr("the database is not open"));
    const QVariant handle = m_db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return fail(tr("the database is not an SQLite file"));
#ifdef SABC_SQLITE_DIRECT
    m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    if (m_path == Path::Fastest && m_handle && sameSqliteAsQt(m_db)) {
        if (sqlite3_prepare_v2(m_handle, m_sql.data(), int(m_sql.size()), &m_statement,
                               nullptr) != SQLITE_OK)
            return fail(QString::fromUtf8(sqlite3_errmsg(m_handle)));
        for (qsizetype i = 0; i < m_values.size(); ++i) {
            if (sqlite3_bind_int64(m_statement, int(i + 1), m_values.at(i)) != SQLITE_OK)
                return fail(QString::fromUtf8(sqlite3_errmsg(m_handle)));
        }
        return m_status;
    }
#endif
    return execQt();
}

Status RowReader::execQt()
{
    QSqlQuery &q = m_query.emplace(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QString::fromUtf8(m_sql.data(), qsizetype(m_sql.size()))))
        return fail(q.lastError().text());
    for (const qint64 value : std::as_const(m_values))
        q.addBindValue(value);
    if (!q.exec())
        return fail(q.lastError().text());
    return m_status;
}

bool RowReader::next()
{
    if (!m_status)
        return false;
    if (m_query) {
        m_texts.clear();
        if (m_query->next())
            return true;
        if (m_query->lastError().isValid())
            m_status = Query::failure(m_what, m_query->lastError().text());
        m_query.reset(); // done: the read ends now, not when this reader is destroyed
        return false;
    }
#ifdef SABC_SQLITE_DIRECT
    if (!m_statement)
        return false;
    const int step = sqlite3_step(m_statement);
    if (step == SQLITE_ROW)
        return true;
    if (step != SQLITE_DONE)
        m_status = Query::failure(m_what, QString::fromUtf8(sqlite3_errmsg(m_handle)));
    // Done: the statement lets go of its read at once, not when this reader is destroyed.
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
#endif
    return false;
}

bool RowReader::isNull(int column) const
{
    if (m_query)
        return m_query->isNull(column);
#ifdef SABC_SQLITE_DIRECT
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
#else
    return true;
#endif
}

qint64 RowReader::integer(int column) const
{
    if (m_query)
        return m_query->value(column).toLongLong();
#ifdef SABC_SQLITE_DIRECT
    return sqlite3_column_int64(m_statement, column);
#else
    return 0;
#endif
}

std::string_view RowReader::text(int column) const
{
    if (m_query) {
        if (column < 0)
            return {};
        if (m_texts.size() <= column)
            m_texts.resize(column + 1);
        QByteArray &text = m_texts[column];
        if (text.isNull())
            text = m_query->value(column).toString().toUtf8();
        return {text.constData(), size_t(text.size())};
    }
#ifdef SABC_SQLITE_DIRECT
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!text)
        return {};
    return {text, size_t(sqlite3_column_bytes(m_statement, column))};
#else
    return {};
#endif
}

QString RowReader::string(int column) const
{
    if (m_query)
        return m_query->value(column).toString();
    const std::string_view t = text(column);
    return QString::fromUtf8(t.data(), qsizetype(t.size()));
}
