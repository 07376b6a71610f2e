// How a synced row's fields are written: as JSON values (in the outbox, in the base and on the
// server) and as lines of PostgreSQL's COPY text format (a push's rows on their way).
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QVariant>

namespace Sync {

// A local value as JSON: integers and booleans as numbers, blobs as base64 text.
QJsonValue toJson(const QVariant &value);
// A JSON value as a local value: booleans as 0/1, numbers as integers where they are whole.
QVariant toVariant(const QJsonValue &value);
QJsonObject parseObject(const QString &text);
QString compact(const QJsonObject &object);
QString compact(const QJsonArray &array);
// A list of names as a JSON array, for `json_each(?)`.
QString jsonList(const QStringList &names);
// A stamp as either side writes it: text (the server) or a number.
qint64 stampOf(const QJsonValue &stamp);

// SQL giving a text column as one value of a line in COPY text format.
QString copyTextSql(const QString &column);
// Appends one value of a line in COPY text format (a null string is written as none, \N).
void appendCopyField(QByteArray &line, const QString &value);

} // namespace Sync
