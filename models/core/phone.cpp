#include "core/phone.h"

QString Phone::digits(const QString &text)
{
    QString result;
    for (const QChar c : text) {
        if (c.isDigit())
            result.append(QChar(u'0' + c.digitValue()));
    }
    return result;
}

Result<QString> Phone::normalise(const QString &typed)
{
    const QString text = typed.simplified();
    if (text.isEmpty())
        return QString();
    if (text.size() > 40)
        return Result<QString>::failure(tr("That phone number is too long."));

    // Only digits and the punctuation people put in phone numbers.
    for (const QChar c : text) {
        if (!c.isDigit() && !QStringLiteral(" ()-.+/").contains(c))
            return Result<QString>::failure(
                tr("\"%1\" is not a phone number: use digits only, like (512) 555-1234.")
                    .arg(text));
    }
    if (text.indexOf(u'+') > 0 || text.count(u'+') > 1)
        return Result<QString>::failure(
            tr("\"%1\" is not a phone number: \"+\" may only start it.").arg(text));

    QString d = digits(text);
    const bool international = text.startsWith(u'+');
    if (international && !d.startsWith(u'1')) {
        if (d.size() < 7 || d.size() > 15)
            return Result<QString>::failure(
                tr("\"%1\" is not a complete international number.").arg(text));
        return text; // kept as typed
    }
    if (d.size() == 11 && d.startsWith(u'1'))
        d.remove(0, 1);
    if (d.size() != 10)
        return Result<QString>::failure(
            tr("\"%1\" has %2 digits; a US phone number has 10 with the area code, like "
               "(512) 555-1234.")
                .arg(text)
                .arg(digits(text).size()));
    // North American numbers: area code and exchange never start with 0 or 1.
    if (d.at(0) == u'0' || d.at(0) == u'1')
        return Result<QString>::failure(
            tr("\"%1\" is not a US phone number: an area code never starts with 0 or 1.")
                .arg(text));
    return QStringLiteral("(%1) %2-%3").arg(d.left(3), d.mid(3, 3), d.mid(6));
}
