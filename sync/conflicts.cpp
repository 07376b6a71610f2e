#include "sync/conflicts.h"

#include "core/weight.h"
#include "store/query.h"
#include "store/store.h"
#include "sync/syncengine.h"
#include "sync/synclog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

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

QJsonObject object(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

bool identifier(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    return pattern.match(name).hasMatch();
}

// Fields holding a weight in hundredths of a pound, and a length in eighths of an inch.
bool isWeight(const QString &field)
{
    static const QStringList weights = {
        QStringLiteral("gross_weight"), QStringLiteral("big_bass"), QStringLiteral("team_weight"),
        QStringLiteral("team_big_bass"), QStringLiteral("weighed_weight")};
    return weights.contains(field);
}

bool isYesNo(const QString &field)
{
    return field == QLatin1String("buy_in") || field == QLatin1String("dq") ||
           field == QLatin1String("team_dq");
}

QVariant toVariant(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toVariant();
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? 1 : 0;
    return {};
}

// The current values of `fields` of a record, as JSON.
Result<QJsonObject> currentValues(const QSqlDatabase &db, const QString &table, const QString &id,
                                  const QStringList &fields)
{
    using R = Result<QJsonObject>;
    if (!identifier(table) || fields.isEmpty())
        return R::failure(QStringLiteral("internal error: bad conflict record"));
    for (const QString &f : fields)
        if (!identifier(f))
            return R::failure(QStringLiteral("internal error: bad conflict field"));
    Query q(db, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                    .arg(fields.join(QStringLiteral(", ")), table));
    if (Status s = q.bind(id).exec(Tr::tr("read the record of the conflict")); !s)
        return R::failure(s.error());
    QJsonObject values;
    if (q.next())
        for (const QString &f : fields) {
            const QVariant v = q.value(f.toUtf8().constData());
            values.insert(f, v.isNull() ? QJsonValue() : QJsonValue::fromVariant(v));
        }
    return values;
}

QVariantMap toVariants(const QJsonObject &values)
{
    QVariantMap map;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        if (it.key() != QLatin1String("id"))
            map.insert(it.key(), toVariant(it.value()));
    return map;
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
        } else if (c.kind == QLatin1String("duplicate")) {
            c.mine = object(q.value("mine").toString());
            c.theirs = object(q.value("theirs").toString());
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
    const QString chosen = q.value(keepMine ? "mine" : "theirs").toString();
    q.statement().finish();
    return store.transaction([&]() -> Status {
        // What the choice writes, and what it replaces (kept for undo).
        QVariantMap write;
        QJsonObject before;
        if (kind == QLatin1String("value")) {
            write.insert(field, toVariant(unwrap(chosen)));
        } else if (kind == QLatin1String("duplicate")) {
            write = toVariants(object(chosen));
        }
        if (!write.isEmpty()) {
            auto live = currentValues(store.database(), table, rowId, {QStringLiteral("deleted")});
            if (!live)
                return Status::failure(live.error());
            if (live.value().isEmpty() ||
                live.value().value(QStringLiteral("deleted")).toInt() != 0) {
                qCInfo(lcSync).noquote() << "conflict on a record deleted since:" << table << rowId;
            } else {
                auto current = currentValues(store.database(), table, rowId, write.keys());
                if (!current)
                    return Status::failure(current.error());
                before = current.value();
                // Written again even when it is already the value here, with a new stamp, so it
                // wins on every laptop.
                if (Status s = store.update(table, rowId, write); !s)
                    return s;
            }
        }
        Query close(store.database(),
                    QStringLiteral("UPDATE sync_conflicts SET resolved = 1, choice = ?, undo = ?, "
                                   "resolved_at = ? WHERE id = ?"));
        close.bind(keepMine ? QStringLiteral("mine") : QStringLiteral("theirs"));
        close.bind(QString::fromUtf8(QJsonDocument(before).toJson(QJsonDocument::Compact)));
        close.bind(QDateTime::currentMSecsSinceEpoch()).bind(conflictId);
        return close.exec(Tr::tr("close the conflict"));
    });
}

Result<QString> lastSettled(const QSqlDatabase &db)
{
    Query q(db, QStringLiteral("SELECT id FROM sync_conflicts WHERE resolved = 1 AND choice IS NOT "
                               "NULL ORDER BY resolved_at DESC, rowid DESC LIMIT 1"));
    if (Status s = q.exec(Tr::tr("read the sync conflicts")); !s)
        return Result<QString>::failure(s.error());
    return q.next() ? q.value("id").toString() : QString();
}

Status undo(Store &store, const QString &conflictId)
{
    Query q(store.database(),
            QStringLiteral("SELECT tbl, row_id, undo FROM sync_conflicts "
                           "WHERE id = ? AND resolved = 1 AND choice IS NOT NULL"));
    if (Status s = q.bind(conflictId).exec(Tr::tr("read the conflict")); !s)
        return s;
    if (!q.next())
        return Status::failure(Tr::tr("There is no choice of this conflict to undo."));
    const QString table = q.value("tbl").toString();
    const QString rowId = q.value("row_id").toString();
    const QVariantMap before = toVariants(object(q.value("undo").toString()));
    q.statement().finish();
    return store.transaction([&]() -> Status {
        if (!before.isEmpty())
            if (Status s = store.update(table, rowId, before); !s)
                return s;
        return Query(store.database(),
                     QStringLiteral("UPDATE sync_conflicts SET resolved = 0, choice = NULL, "
                                    "undo = NULL, resolved_at = NULL WHERE id = ?"))
            .bind(conflictId)
            .exec(Tr::tr("open the conflict again"));
    });
}

QString recordText(const QSqlDatabase &db, const SyncConflict &c)
{
    // The fields that name the record: from the record here, else from what the server sent.
    QJsonObject fields;
    static const QHash<QString, QStringList> naming = {
        {QStringLiteral("entries"), {QStringLiteral("tournament_id"), QStringLiteral("angler_id")}},
        {QStringLiteral("boats"), {QStringLiteral("tournament_id"), QStringLiteral("boater_id")}},
        {QStringLiteral("paper_fish"), {QStringLiteral("entry_id")}},
        {QStringLiteral("anglers"), {QStringLiteral("full_name")}},
        {QStringLiteral("tournaments"), {QStringLiteral("name"), QStringLiteral("event_date")}},
    };
    const QStringList wanted = naming.value(c.table);
    if (!wanted.isEmpty()) {
        auto here = currentValues(db, c.table, c.rowId, wanted);
        if (here && !here.value().isEmpty())
            fields = here.value();
        else if (c.kind == QLatin1String("rejected"))
            fields = object(c.theirs.toString());
    }
    auto one = [&](const QString &sql, const QString &id, const char *column) {
        Query q(db, sql);
        if (q.bind(id).exec(Tr::tr("read the record of the conflict")) && q.next())
            return q.value(column).toString();
        return QString();
    };
    auto tournament = [&](const QString &id) {
        Query q(db, QStringLiteral("SELECT name, event_date FROM tournaments WHERE id = ?"));
        if (q.bind(id).exec(Tr::tr("read the record of the conflict")) && q.next())
            return Tr::tr("%1 (%2)").arg(q.value("name").toString(), q.value("event_date").toString());
        return QString();
    };
    auto angler = [&](const QString &id) {
        return one(QStringLiteral("SELECT full_name FROM anglers WHERE id = ?"), id, "full_name");
    };
    QString text;
    if (c.table == QLatin1String("entries") && !fields.isEmpty()) {
        text =
            Tr::tr("%1, %2").arg(tournament(fields.value(QStringLiteral("tournament_id")).toString()),
                             angler(fields.value(QStringLiteral("angler_id")).toString()));
    } else if (c.table == QLatin1String("boats") && !fields.isEmpty()) {
        text = Tr::tr("%1, the boat of %2")
                   .arg(tournament(fields.value(QStringLiteral("tournament_id")).toString()),
                        angler(fields.value(QStringLiteral("boater_id")).toString()));
    } else if (c.table == QLatin1String("paper_fish") && !fields.isEmpty()) {
        auto entry = currentValues(db, QStringLiteral("entries"),
                                   fields.value(QStringLiteral("entry_id")).toString(),
                                   {QStringLiteral("tournament_id"), QStringLiteral("angler_id")});
        if (entry && !entry.value().isEmpty())
            text = Tr::tr("%1, a paper fish of %2")
                       .arg(tournament(
                                entry.value().value(QStringLiteral("tournament_id")).toString()),
                            angler(entry.value().value(QStringLiteral("angler_id")).toString()));
    } else if (c.table == QLatin1String("anglers") && !fields.isEmpty()) {
        text = Tr::tr("the angler %1").arg(fields.value(QStringLiteral("full_name")).toString());
    } else if (c.table == QLatin1String("tournaments") && !fields.isEmpty()) {
        text = Tr::tr("the tournament %1 (%2)")
                   .arg(fields.value(QStringLiteral("name")).toString(),
                        fields.value(QStringLiteral("event_date")).toString());
    }
    // Control characters are shown as such, never passed on raw.
    for (QChar &ch : text)
        if (Store::controlCharacterAt(QString(ch)) == 0)
            ch = QChar(0xFFFD);
    if (text.isEmpty() || text.startsWith(QLatin1String(", ")))
        text = SyncEngine::tableLabel(c.table) + QLatin1Char(' ') + c.rowId.left(8);
    return text;
}

QString fieldText(const SyncConflict &c)
{
    if (c.kind == QLatin1String("rejected"))
        return Tr::tr("could not be taken in");
    if (c.kind == QLatin1String("refused"))
        return Tr::tr("refused by the server");
    if (c.kind == QLatin1String("duplicate"))
        return c.table == QLatin1String("boats") ? Tr::tr("boat entered on two laptops")
                                                 : Tr::tr("entered on two laptops");
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("fish"), QT_TRANSLATE_NOOP("SyncConflicts", "Fish")},
        {QStringLiteral("gross_weight"), QT_TRANSLATE_NOOP("SyncConflicts", "Weight")},
        {QStringLiteral("big_bass"), QT_TRANSLATE_NOOP("SyncConflicts", "Big bass")},
        {QStringLiteral("dead"), QT_TRANSLATE_NOOP("SyncConflicts", "Dead fish")},
        {QStringLiteral("minutes_late"), QT_TRANSLATE_NOOP("SyncConflicts", "Minutes late")},
        {QStringLiteral("buy_in"), QT_TRANSLATE_NOOP("SyncConflicts", "Buy-in")},
        {QStringLiteral("dq"), QT_TRANSLATE_NOOP("SyncConflicts", "Disqualified")},
        {QStringLiteral("team_fish"), QT_TRANSLATE_NOOP("SyncConflicts", "Team fish")},
        {QStringLiteral("team_weight"), QT_TRANSLATE_NOOP("SyncConflicts", "Team weight")},
        {QStringLiteral("team_big_bass"), QT_TRANSLATE_NOOP("SyncConflicts", "Team big bass")},
        {QStringLiteral("team_dead"), QT_TRANSLATE_NOOP("SyncConflicts", "Team dead fish")},
        {QStringLiteral("team_dq"), QT_TRANSLATE_NOOP("SyncConflicts", "Team disqualified")},
        {QStringLiteral("length_eighths"), QT_TRANSLATE_NOOP("SyncConflicts", "Length")},
        {QStringLiteral("weighed_weight"), QT_TRANSLATE_NOOP("SyncConflicts", "Weighed weight")},
    };
    const char *label = labels.value(c.field, nullptr);
    return label ? Tr::tr(label) : c.field;
}

QString valueText(const QString &table, const QString &field, const QJsonValue &v)
{
    if (v.isObject()) {
        // A whole entry's numbers, in the order the weigh-in shows them.
        const QJsonObject o = v.toObject();
        QStringList parts;
        const QString fish =
            table == QLatin1String("boats") ? QStringLiteral("team_fish") : QStringLiteral("fish");
        const QString weight = table == QLatin1String("boats") ? QStringLiteral("team_weight")
                                                               : QStringLiteral("gross_weight");
        const QString big = table == QLatin1String("boats") ? QStringLiteral("team_big_bass")
                                                            : QStringLiteral("big_bass");
        const QString dead =
            table == QLatin1String("boats") ? QStringLiteral("team_dead") : QStringLiteral("dead");
        const QString dq =
            table == QLatin1String("boats") ? QStringLiteral("team_dq") : QStringLiteral("dq");
        const int fishCount = o.value(fish).toInt();
        parts << Tr::tr("%n fish", nullptr, fishCount) << valueText(table, weight, o.value(weight));
        if (o.value(big).toInt() > 0)
            parts << Tr::tr("big bass %1").arg(valueText(table, big, o.value(big)));
        if (o.value(dead).toInt() > 0)
            parts << Tr::tr("%n dead", nullptr, o.value(dead).toInt());
        if (o.value(QStringLiteral("minutes_late")).toInt() > 0)
            parts << Tr::tr("%n minute(s) late", nullptr,
                        o.value(QStringLiteral("minutes_late")).toInt());
        if (o.value(QStringLiteral("buy_in")).toInt() > 0)
            parts << Tr::tr("buy-in");
        if (o.value(dq).toInt() > 0)
            parts << Tr::tr("disqualified");
        return parts.join(QStringLiteral(", "));
    }
    if (v.isNull() || v.isUndefined())
        return Tr::tr("(empty)");
    if (v.isBool() || (isYesNo(field) && v.isDouble()))
        return (v.isBool() ? v.toBool() : v.toInt() != 0) ? Tr::tr("yes") : Tr::tr("no");
    if (v.isDouble() && isWeight(field))
        return Tr::tr("%1 lb").arg(Weight::fromHundredths(v.toInt()).toString());
    if (v.isDouble() && field == QLatin1String("length_eighths")) {
        const int eighths = v.toInt();
        const int whole = eighths / 8;
        int part = eighths % 8, over = 8;
        while (part > 0 && part % 2 == 0) {
            part /= 2;
            over /= 2;
        }
        return part == 0 ? Tr::tr("%1 in").arg(whole)
                         : Tr::tr("%1 %2/%3 in").arg(whole).arg(part).arg(over);
    }
    if (v.isDouble())
        return QString::number(v.toInteger(qint64(v.toDouble())));
    return v.toString();
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
        if (list) {
            for (const SyncConflict &c : list.value())
                m_rows << Shown{c, SyncConflicts::recordText(m_store->database(), c)};
        } else {
            result = Status::failure(list.error());
        }
    }
    endResetModel();
    return result;
}

const SyncConflict *ConflictModel::conflictAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).conflict : nullptr;
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
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const SyncConflict &c = m_rows.at(index.row()).conflict;
    if (role == IdRole)
        return c.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const bool rejected = c.kind == QLatin1String("rejected");
    const bool refused = c.kind == QLatin1String("refused");
    switch (index.column()) {
    case Record:
        return m_rows.at(index.row()).record;
    case Field:
        if (refused)
            return Tr::tr("refused by the server: %1").arg(c.mine.toString());
        if (rejected)
            return Tr::tr("could not be taken in: %1").arg(c.mine.toString());
        return SyncConflicts::fieldText(c);
    case Mine:
        if (rejected)
            return Tr::tr("(not here)");
        if (refused)
            return Tr::tr("kept here, not sent");
        return SyncConflicts::valueText(c.table, c.field, c.mine);
    case Theirs:
        if (rejected)
            return Tr::tr("the server's record");
        if (refused)
            return Tr::tr("(not on the server)");
        return SyncConflicts::valueText(c.table, c.field, c.theirs);
    case Applied:
        return rejected || refused ? QString() : (c.mineWon ? Tr::tr("mine") : Tr::tr("theirs"));
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
