// Weight: a fish or stringer weight in integer hundredths of a pound (12.34 lb == 1234).
// Parses every syntax the club types at the scale (12.34, 12,34, 12-5, 12 lb 5 oz) and never
// turns bad text into a silent zero.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <compare>

class Weight
{
    Q_DECLARE_TR_FUNCTIONS(Weight)
public:
    constexpr Weight() = default;
    static constexpr Weight fromHundredths(int hundredths) { return Weight(hundredths); }

    // The largest weight the app accepts from a person (a whole stringer is far below it).
    static constexpr int maxHundredths = 99999;

    // Accepts `12.34`, `12,34`, `12`, `.5`, `12-5` (pounds-ounces), `12 lb 5 oz`, `12lb`, `5 oz`.
    // Ounces are converted exactly and rounded half up to the hundredth. Leading/trailing spaces
    // are ignored. Empty text, negative numbers, exponents, more than two decimals, 16 ounces or
    // more, and anything else give an error message.
    static Result<Weight> parse(const QString &text);

    constexpr int hundredths() const { return m_hundredths; }
    constexpr bool isZero() const { return m_hundredths == 0; }

    // Two decimals, '.' as separator: "12.34".
    QString toString() const;
    // Two decimals in the given locale ("12,34" in Spanish).
    QString toString(const QLocale &locale) const;

    constexpr Weight operator+(Weight o) const { return Weight(m_hundredths + o.m_hundredths); }
    constexpr Weight operator-(Weight o) const { return Weight(m_hundredths - o.m_hundredths); }
    constexpr Weight operator*(int n) const { return Weight(m_hundredths * n); }
    constexpr Weight &operator+=(Weight o)
    {
        m_hundredths += o.m_hundredths;
        return *this;
    }
    constexpr auto operator<=>(const Weight &) const = default;

private:
    constexpr explicit Weight(int h) : m_hundredths(h) {}
    int m_hundredths = 0;
};
