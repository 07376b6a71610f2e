#include "sync/conflicts.h"

#include "store/query.h"
#include "store/store.h"
#include "sync/syncengine.h"
#include "sync/synclog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

// The texts of this file, in the "SyncConflicts" translation context; qualified calls (Tr::tr) let
// lupdate file them under the same context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SyncConflicts)
};

QJsonValue unwrap(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array().at(0);
}

} // namespace

namespace SyncConflicts {

Result<QList<SyncConflict>> open(const QSqlDatabase &db)
{
    Query q(db, QStringLiteral("SELECT id, kind, tbl, row_id, field, mine, theirs, mine_won, "
                               "detected_at FROM sync_conflicts WHERE resolved = 0 "
                               "ORDER BY detected_at DESC, id"));
    if (Status s = q.exec(Tr::tr("read the sync conflicts")); !s)
        return Result<QList<SyncConflict>>::failure(s.error());
    QList<SyncConflict> list;
    while (q.next()) {
        SyncConflict c;
        c.id = q.value("id").toString();
        c.kind = q.value("kind").toString();
        c.table = q.value("tbl").toString();
        c.rowId = q.value("row_id").toString();
        c.field = q.value("field").toString();
        if (c.kind == QLatin1String("value")) {
            c.mine = unwrap(q.value("mine").toString());
            c.theirs = unwrap(q.value("theirs").toString());
        } else {
            c.mine = q.value("mine").toString();
            c.theirs = q.value("theirs").toString();
        }
        c.mineWon = q.value("mine_won").toInt() != 0;
        c.detectedAt = q.value("detected_at").toLongLong();
        list << c;
    }
    return list;
}

Status resolve(Store &store, const QString &conflictId, bool keepMine)
{
    Query q(store.database(), QStringLiteral("SELECT kind, tbl, row_id, field, mine, theirs "
                                             "FROM sync_conflicts WHERE id = ? AND resolved = 0"));
    if (Status s = q.bind(conflictId).exec(Tr::tr("read the conflict")); !s)
        return s;
    if (!q.next())
        return Status::failure(Tr::tr("This conflict was already settled."));
    const QString kind = q.value("kind").toString();
    const QString table = q.value("tbl").toString();
    const QString rowId = q.value("row_id").toString();
    const QString field = q.value("field").toString();
    const QJsonValue value = unwrap(q.value(keepMine ? "mine" : "theirs").toString());
    q.statement().finish();
    return store.transaction([&]() -> Status {
        if (kind == QLatin1String("value")) {
            QVariant v;
            if (value.isDouble())
                v = value.toVariant();
            else if (value.isString())
                v = value.toString();
            else if (value.isBool())
                v = value.toBool() ? 1 : 0;
            // Written again even when it is already the value here, with a new stamp, so it wins
            // on every laptop.
            if (Status s = store.update(table, rowId, {{field, v}}); !s)
                qCInfo(lcSync).noquote() << "conflict on a record deleted since:" << s.error();
        }
        return Query(store.database(),
                     QStringLiteral("UPDATE sync_conflicts SET resolved = 1 WHERE id = ?"))
            .bind(conflictId)
            .exec(Tr::tr("close the conflict"));
    });
}

} // namespace SyncConflicts

ConflictModel::ConflictModel(QObject *parent) : QAbstractTableModel(parent) {}

void ConflictModel::setStore(Store *store)
{
    m_store = store;
    if (Status s = reload(); !s)
        qCWarning(lcSync).noquote() << s.error();
}

Status ConflictModel::reload()
{
    beginResetModel();
    m_rows.clear();
    Status result;
    if (m_store) {
        auto list = SyncConflicts::open(m_store->database());
        if (list)
            m_rows = list.value();
        else
            result = Status::failure(list.error());
    }
    endResetModel();
    return result;
}

QString ConflictModel::shown(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return Tr::tr("(empty)");
    if (v.isDouble())
        return QString::number(v.toInteger(qint64(v.toDouble())));
    if (v.isBool())
        return v.toBool() ? Tr::tr("yes") : Tr::tr("no");
    return v.toString();
}

const SyncConflict *ConflictModel::conflictAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ConflictModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || role != Qt::DisplayRole)
        return {};
    const SyncConflict &c = m_rows.at(index.row());
    const bool rejected = c.kind == QLatin1String("rejected");
    switch (index.column()) {
    case Record:
        return SyncEngine::tableLabel(c.table) + QLatin1Char(' ') + c.rowId.left(8);
    case Field:
        return rejected ? Tr::tr("could not be taken in") : c.field;
    case Mine:
        return rejected ? c.mine.toString() : shown(c.mine);
    case Theirs:
        return rejected ? Tr::tr("(server's record)") : shown(c.theirs);
    case Applied:
        return rejected ? QString() : (c.mineWon ? Tr::tr("mine") : Tr::tr("theirs"));
    default:
        return {};
    }
}

QVariant ConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Record:
        return Tr::tr("Record");
    case Field:
        return Tr::tr("Field");
    case Mine:
        return Tr::tr("Mine");
    case Theirs:
        return Tr::tr("Theirs");
    case Applied:
        return Tr::tr("Applied now");
    default:
        return {};
    }
}
