#include "core/money.h"

#include <QRegularExpression>

Result<Money> Money::parse(const QString &input)
{
    QString text = input.trimmed();
    if (text.isEmpty())
        return Result<Money>::failure(tr("Enter an amount."));
    if (text.size() > 20)
        return Result<Money>::failure(tr("That text is too long to be an amount of money."));
    if (text.startsWith(u'-') || text.startsWith(u'\x2212') || text.startsWith(QLatin1String("$-")))
        return Result<Money>::failure(
            tr("An amount cannot be negative; record a correction instead."));
    if (text.startsWith(u'$'))
        text = text.mid(1).trimmed();

    // 1,234.56 (grouped, '.' decimal) | 1234.56 | 1234,56 (',' decimal, no grouping)
    static const QRegularExpression grouped(
        QStringLiteral("^(\\d{1,3}(?:,\\d{3})+)(?:\\.(\\d{1,2}))?$"));
    static const QRegularExpression plain(QStringLiteral("^(\\d{0,9})(?:[.,](\\d{1,2}))?$"));

    QString whole;
    QString fraction;
    if (auto m = grouped.match(text); m.hasMatch()) {
        whole = m.captured(1).remove(u',');
        fraction = m.captured(2);
    } else if (auto m = plain.match(text);
               m.hasMatch() && !(m.captured(1).isEmpty() && m.captured(2).isEmpty())) {
        whole = m.captured(1);
        fraction = m.captured(2);
    } else {
        return Result<Money>::failure(
            tr("\"%1\" is not an amount of money. Type dollars and cents like 25.00.")
                .arg(input.trimmed()));
    }
    if (whole.size() > 9)
        return Result<Money>::failure(tr("That amount is too large."));
    qint64 cents = whole.isEmpty() ? 0 : whole.toLongLong() * 100;
    if (!fraction.isEmpty())
        cents += fraction.size() == 1 ? fraction.toInt() * 10 : fraction.toInt();
    return Money(cents);
}

QString Money::toString() const
{
    const qint64 abs = m_cents < 0 ? -m_cents : m_cents;
    QString whole = QString::number(abs / 100);
    for (int i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, u',');
    return QStringLiteral("%1$%2.%3")
        .arg(m_cents < 0 ? QStringLiteral("-") : QString(), whole)
        .arg(abs % 100, 2, 10, QLatin1Char('0'));
}

QString Money::toPlainString() const
{
    const qint64 abs = m_cents < 0 ? -m_cents : m_cents;
    return QStringLiteral("%1%2.%3")
        .arg(m_cents < 0 ? QStringLiteral("-") : QString())
        .arg(abs / 100)
        .arg(abs % 100, 2, 10, QLatin1Char('0'));
}

MoneySplit Money::splitEvenly(int parts) const
{
    if (parts <= 0)
        return {Money(), *this};
    const qint64 share = m_cents / parts;
    return {Money(share), Money(m_cents - share * parts)};
}
