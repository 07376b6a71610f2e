#include "sync/rowformat.h"

#include <QJsonDocument>

namespace Sync {

QJsonValue toJson(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
        return QJsonValue(value.toDouble());
    case QMetaType::QByteArray:
        return QJsonValue(QString::fromLatin1(value.toByteArray().toBase64()));
    default:
        return QJsonValue(value.toString());
    }
}

QVariant toVariant(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? 1 : 0;
    case QJsonValue::Double:
        return value.toVariant(); // qlonglong for integers, double otherwise
    case QJsonValue::String:
        return value.toString();
    default:
        return QVariant();
    }
}

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString jsonList(const QStringList &names)
{
    return compact(QJsonArray::fromStringList(names));
}

qint64 stampOf(const QJsonValue &stamp)
{
    return stamp.isString() ? stamp.toString().toLongLong() : stamp.toInteger();
}

QString copyTextSql(const QString &column)
{
    return QStringLiteral("coalesce(replace(replace(replace(replace(%1, '\\', '\\\\'), "
                          "char(9), '\\t'), char(10), '\\n'), char(13), '\\r'), '\\N')")
        .arg(column);
}

void appendCopyField(QByteArray &line, const QString &value)
{
    if (value.isNull()) {
        line += "\\N";
        return;
    }
    for (const char c : value.toUtf8()) {
        switch (c) {
        case '\\':
            line += "\\\\";
            break;
        case '\t':
            line += "\\t";
            break;
        case '\n':
            line += "\\n";
            break;
        case '\r':
            line += "\\r";
            break;
        default:
            line += c;
        }
    }
}

} // namespace Sync
