#include "store/query.h"

#include "store/storelog.h"

#include <QSqlError>
#include <QSqlRecord>

Query::Query(const QSqlDatabase &db, const QString &sql) : m_query(db)
{
    m_prepared = m_query.prepare(sql);
    if (!m_prepared)
        m_prepareError = m_query.lastError().text();
}

Query &Query::bind(const QVariant &value)
{
    m_query.addBindValue(value);
    return *this;
}

Query &Query::bind(const QString &placeholder, const QVariant &value)
{
    m_query.bindValue(placeholder, value);
    return *this;
}

Status Query::exec(const QString &what)
{
    m_columns.clear();
    if (!m_prepared)
        return failure(what, m_prepareError);
    if (!m_query.exec())
        return failure(what, m_query.lastError().text());
    return Status::success();
}

Status Query::failure(const QString &what, const QString &driverMessage)
{
    const QString message = tr("Could not %1: %2").arg(what, driverMessage);
    qCWarning(lcStore).noquote() << message;
    return Status::failure(message);
}

int Query::columnIndex(const QString &column) const
{
    if (m_columns.isEmpty()) {
        const QSqlRecord record = m_query.record();
        for (int i = 0; i < record.count(); ++i) {
            const QString name = record.fieldName(i).toLower();
            if (!m_columns.contains(name)) // the first of a name wins, as in QSqlRecord
                m_columns.insert(name, i);
        }
    }
    // Names are usually written in lower case already: no lowered copy for those.
    if (const auto found = m_columns.constFind(column); found != m_columns.cend())
        return found.value();
    // An unknown name gives -1, which QSqlQuery answers with an invalid value (and a warning).
    return m_columns.value(column.toLower(), -1);
}
