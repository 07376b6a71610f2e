#include "core/weight.h"

#include <QRegularExpression>

namespace {

constexpr int maxTextLength = 32;

// "12", "12.3", "12,34" -> hundredths; digits only, at most two decimals (checked by caller).
int decimalToHundredths(const QString &whole, const QString &fraction)
{
    int value = whole.isEmpty() ? 0 : whole.toInt() * 100;
    if (!fraction.isEmpty())
        value += fraction.size() == 1 ? fraction.toInt() * 10 : fraction.toInt();
    return value;
}

// Ounces (as hundredths of an ounce) to hundredths of a pound, rounded half up.
// 1 oz = 6.25 hundredths of a pound, so h = ozHundredths / 16.
int ounceHundredthsToWeight(int ozHundredths)
{
    return (ozHundredths * 2 + 16) / 32;
}

} // namespace

Result<Weight> Weight::parse(const QString &input)
{
    const QString text = input.trimmed().toLower();
    if (text.isEmpty())
        return Result<Weight>::failure(tr("Enter a weight."));
    if (text.size() > maxTextLength)
        return Result<Weight>::failure(tr("That text is too long to be a weight."));
    if (text.startsWith(u'-') || text.startsWith(u'\x2212'))
        return Result<Weight>::failure(tr("A weight cannot be negative."));

    const QString notAWeight =
        tr("\"%1\" is not a weight. Type pounds like 12.34 or pounds-ounces like 12-5.")
            .arg(input.trimmed());
    static const QRegularExpression tooManyDecimals(QStringLiteral("\\d[.,]\\d{3,}"));
    if (tooManyDecimals.match(text).hasMatch())
        return Result<Weight>::failure(tr("Use at most two decimals (hundredths of a pound)."));

    int hundredths = -1;

    static const QRegularExpression decimal(QStringLiteral("^(\\d{0,4})(?:[.,](\\d{1,2}))?$"));
    static const QRegularExpression poundsDashOunces(
        QStringLiteral("^(\\d{1,4})\\s*-\\s*(\\d{1,3})(?:[.,](\\d{1,2}))?$"));
    static const QRegularExpression poundsAndOunces(QStringLiteral(
        "^(?:(\\d{1,4})\\s*(?:lbs?|pounds?|#))?\\s*(?:(\\d{1,3})(?:[.,](\\d{1,2}))?\\s*"
        "(?:oz|ounces?))?$"));
    static const QRegularExpression decimalPounds(
        QStringLiteral("^(\\d{0,4})(?:[.,](\\d{1,2}))?\\s*(?:lbs?|pounds?|#)$"));

    auto fromPoundsOunces = [&](const QString &lb, const QString &oz,
                                const QString &ozFraction) -> Result<Weight> {
        const int ozHundredths = decimalToHundredths(oz, ozFraction);
        if (ozHundredths >= 1600)
            return Result<Weight>::failure(
                tr("Ounces must be less than 16 (16 ounces make a pound)."));
        const int h = (lb.isEmpty() ? 0 : lb.toInt() * 100) + ounceHundredthsToWeight(ozHundredths);
        return Weight(h);
    };

    if (auto m = decimal.match(text); m.hasMatch() && !(m.captured(1).isEmpty() && m.captured(2).isEmpty())) {
        hundredths = decimalToHundredths(m.captured(1), m.captured(2));
    } else if (auto m = decimalPounds.match(text);
               m.hasMatch() && !(m.captured(1).isEmpty() && m.captured(2).isEmpty())) {
        hundredths = decimalToHundredths(m.captured(1), m.captured(2));
    } else if (auto m = poundsDashOunces.match(text); m.hasMatch()) {
        auto r = fromPoundsOunces(m.captured(1), m.captured(2), m.captured(3));
        if (!r)
            return r;
        hundredths = r->hundredths();
    } else if (auto m = poundsAndOunces.match(text);
               m.hasMatch() && !(m.captured(1).isEmpty() && m.captured(2).isEmpty())) {
        auto r = fromPoundsOunces(m.captured(1), m.captured(2), m.captured(3));
        if (!r)
            return r;
        hundredths = r->hundredths();
    } else {
        return Result<Weight>::failure(notAWeight);
    }

    if (hundredths > maxHundredths)
        return Result<Weight>::failure(
            tr("%1 lb is more than any stringer can weigh.").arg(Weight(hundredths).toString()));
    return Weight(hundredths);
}

QString Weight::toString() const
{
    const int abs = m_hundredths < 0 ? -m_hundredths : m_hundredths;
    return QStringLiteral("%1%2.%3")
        .arg(m_hundredths < 0 ? QStringLiteral("-") : QString())
        .arg(abs / 100)
        .arg(abs % 100, 2, 10, QLatin1Char('0'));
}

QString Weight::toString(const QLocale &locale) const
{
    const int abs = m_hundredths < 0 ? -m_hundredths : m_hundredths;
    return QStringLiteral("%1%2%3%4")
        .arg(m_hundredths < 0 ? locale.negativeSign() : QString())
        .arg(locale.toString(abs / 100))
        .arg(locale.decimalPoint())
        .arg(abs % 100, 2, 10, QLatin1Char('0'));
}
