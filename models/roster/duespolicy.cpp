#include "roster/duespolicy.h"

DuesPolicy::Outcome DuesPolicy::apply(int paidThrough, const QDate &date, Money amount) const
{
    Outcome out;
    out.paidThrough = paidThrough;
    if (seasonDues.cents() <= 0 || amount.cents() <= 0 || !date.isValid()) {
        out.leftOver = amount;
        return out;
    }
    out.seasons = int(amount.cents() / seasonDues.cents());
    out.leftOver = Money::fromCents(amount.cents() % seasonDues.cents());
    if (out.seasons == 0)
        return out;

    const int season = date.year();
    int first = season;
    int last = 0;
    if (paidThrough >= season) {
        // Paying ahead: the next unpaid seasons.
        first = paidThrough + 1;
        last = paidThrough + out.seasons;
    } else {
        const bool joining = paidThrough < season - 1;
        const bool lateInYear = date.month() >= lateJoinMonth;
        last = season + out.seasons - 1 + (joining && lateInYear ? 1 : 0);
    }
    for (int s = first; s <= last; ++s)
        out.seasonsCovered << s;
    out.paidThrough = last;
    return out;
}
