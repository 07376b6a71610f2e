#include "tournaments/clublog.h"

#include "core/weight.h"
#include "store/query.h"
#include "store/store.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

// One field's value as the club says it: weights in pounds, yes/no for flags.
QString fieldValue(const QString &key, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return ClubLog::tr("none");
    if (key == QLatin1String("weight") || key == QLatin1String("big_bass"))
        return ClubLog::tr("%1 lb").arg(Weight::fromHundredths(value.toInt()).toString());
    if (key == QLatin1String("buy_in") || key == QLatin1String("dq"))
        return value.toInt() ? ClubLog::tr("yes") : ClubLog::tr("no");
    return QString::number(value.toInt());
}

QString fieldName(const QString &key)
{
    if (key == QLatin1String("fish"))
        return ClubLog::tr("fish");
    if (key == QLatin1String("weight"))
        return ClubLog::tr("weight");
    if (key == QLatin1String("big_bass"))
        return ClubLog::tr("big bass");
    if (key == QLatin1String("dead"))
        return ClubLog::tr("dead fish");
    if (key == QLatin1String("late"))
        return ClubLog::tr("minutes late");
    if (key == QLatin1String("buy_in"))
        return ClubLog::tr("buy-in");
    if (key == QLatin1String("dq"))
        return ClubLog::tr("disqualified");
    return key;
}

// A field's value in a logged row, saying when a weight was read from the scale (version 8 logs
// "weight_from_scale" and "big_bass_from_scale").
QString rowValue(const QJsonObject &row, const QString &key)
{
    const QString value = fieldValue(key, row.value(key));
    if ((key == QLatin1String("weight") || key == QLatin1String("big_bass")) &&
        row.value(key + QLatin1String("_from_scale")).toInt() == 1)
        return ClubLog::tr("%1 from the scale").arg(value);
    return value;
}

QString numbers(const QJsonObject &row)
{
    return ClubLog::tr("%1 fish, %2").arg(row.value(QLatin1String("fish")).toInt())
        .arg(rowValue(row, QStringLiteral("weight")));
}

} // namespace

QString ClubLog::actionText(const QString &action)
{
    if (action == QLatin1String("finalized"))
        return tr("Finalized");
    if (action == QLatin1String("unlocked"))
        return tr("Unlocked");
    if (action == QLatin1String("member_flag"))
        return tr("Member flag corrected");
    if (action == QLatin1String("result_edited"))
        return tr("Finalized results edited");
    return action;
}

QString ClubLog::describeEdit(const QString &json, const QString &angler, const QString &partner)
{
    const QJsonObject edit = QJsonDocument::fromJson(json.toUtf8()).object();
    const bool boat = edit.value(QLatin1String("kind")).toString() == QLatin1String("boat");
    QString who = angler.isEmpty() ? tr("(someone no longer on the roster)") : angler;
    if (boat)
        who = partner.isEmpty() ? tr("Boat of %1").arg(who) : tr("Boat of %1 & %2").arg(who, partner);
    const QJsonObject before = edit.value(QLatin1String("before")).toObject();
    const QJsonObject after = edit.value(QLatin1String("after")).toObject();
    if (before.isEmpty())
        return tr("%1: added (%2)").arg(who, numbers(after));
    if (!before.value(QLatin1String("removed")).toInt() &&
        after.value(QLatin1String("removed")).toInt())
        return tr("%1: removed (was %2)").arg(who, numbers(before));
    QStringList changes;
    for (const char *key : {"fish", "weight", "big_bass", "dead", "late", "buy_in", "dq"}) {
        const QString k = QLatin1String(key);
        if (before.value(k) != after.value(k))
            changes << tr("%1 %2 -> %3")
                           .arg(fieldName(k), rowValue(before, k), rowValue(after, k));
    }
    if (boat && before.value(QLatin1String("partner")) != after.value(QLatin1String("partner")))
        changes << tr("partner changed");
    if (changes.isEmpty())
        changes << tr("no change to the numbers");
    return tr("%1: %2").arg(who, changes.join(QStringLiteral(", ")));
}

Result<QList<ClubLogLine>> ClubLog::read(Store &store, int season)
{
    using R = Result<QList<ClubLogLine>>;
    // Names of the angler (and a boat's partner) an edit is about, when the detail is JSON
    // (a member-flag correction's detail is already words).
    Query q(store.database(),
            QStringLiteral(
                "SELECT l.at, l.actor, l.action, l.detail, t.id AS tid, t.name, t.event_date, "
                "a.full_name AS angler, p.full_name AS partner FROM tournament_log l "
                "JOIN tournaments t ON t.id = l.tournament_id "
                "LEFT JOIN anglers a ON a.id = CASE WHEN json_valid(l.detail) THEN "
                "json_extract(l.detail, '$.angler') END "
                "LEFT JOIN anglers p ON p.id = CASE WHEN json_valid(l.detail) THEN "
                "json_extract(l.detail, '$.after.partner') END "
                "WHERE l.deleted = 0 AND (? = 0 OR t.season = ?) "
                "ORDER BY l.at DESC, l.modified DESC"));
    if (Status s = q.bind(season).bind(season).exec(tr("read the tournament log")); !s)
        return R::failure(s.error());
    QList<ClubLogLine> lines;
    while (q.next()) {
        ClubLogLine line;
        line.at = QDateTime::fromMSecsSinceEpoch(q.value("at").toLongLong(), Qt::UTC);
        line.actor = q.value("actor").toString();
        line.action = q.value("action").toString();
        line.tournamentId = q.value("tid").toString();
        line.tournament = q.value("name").toString();
        line.tournamentDate = QDate::fromString(q.value("event_date").toString(), Qt::ISODate);
        const QString detail = q.value("detail").toString();
        line.detail = line.action == QLatin1String("result_edited")
                          ? describeEdit(detail, q.value("angler").toString(),
                                         q.value("partner").toString())
                          : detail;
        lines << line;
    }
    return lines;
}
