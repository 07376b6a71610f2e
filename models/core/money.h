// Money: an amount in integer cents. Never a float: payouts must balance to the cent.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <compare>
#include <cstdint>

struct MoneySplit;

class Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)
public:
    constexpr Money() = default;
    static constexpr Money fromCents(qint64 cents) { return Money(cents); }
    static constexpr Money fromDollars(qint64 dollars) { return Money(dollars * 100); }

    // Accepts `25`, `25.5`, `25.50`, `$25.50`, `1,234.56`, `25,50`. Amounts typed by a person
    // are never negative: `-5` is an error (a correction is a reversing ledger entry instead).
    static Result<Money> parse(const QString &text);

    constexpr qint64 cents() const { return m_cents; }
    constexpr bool isZero() const { return m_cents == 0; }

    // "$1,234.56", "-$5.00".
    QString toString() const;
    // Plain number with two decimals and no symbol or grouping, for CSV and JSON: "1234.56".
    QString toPlainString() const;

    // Splits this amount into `parts` equal shares rounded down to the cent; the remainder cents
    // are returned separately so nothing is lost.
    using Split = struct MoneySplit;
    MoneySplit splitEvenly(int parts) const;

    constexpr Money operator+(Money o) const { return Money(m_cents + o.m_cents); }
    constexpr Money operator-(Money o) const { return Money(m_cents - o.m_cents); }
    constexpr Money operator-() const { return Money(-m_cents); }
    constexpr Money operator*(qint64 n) const { return Money(m_cents * n); }
    constexpr Money &operator+=(Money o)
    {
        m_cents += o.m_cents;
        return *this;
    }
    constexpr Money &operator-=(Money o)
    {
        m_cents -= o.m_cents;
        return *this;
    }
    constexpr auto operator<=>(const Money &) const = default;

private:
    constexpr explicit Money(qint64 c) : m_cents(c) {}
    qint64 m_cents = 0;
};

// An even split of an amount: each share, and the cents left over.
struct MoneySplit
{
    Money share;
    Money remainder;
};
