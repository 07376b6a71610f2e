// DuesPolicy: how a dues payment moves the season an angler is paid through (DOMAIN.md, "Dues"):
// dues are a fixed amount per season (SABC: $25), renewed each January; a member who joins in
// October or later is paid through the next season as well. "Joining" means the angler was not
// paid through the previous season (new, or lapsed for more than a year): a member who is merely
// late with this season's dues only pays this season, whatever the month.
#pragma once

#include "core/money.h"

#include <QCoreApplication>
#include <QDate>

class DuesPolicy
{
    Q_DECLARE_TR_FUNCTIONS(DuesPolicy)
public:
    Money seasonDues = Money::fromDollars(25);
    // Joining on or after the first day of this month also covers the next season.
    int lateJoinMonth = 10;

    // What a payment does to an angler's paid-through season.
    struct Outcome
    {
        int seasons = 0;           // whole seasons the amount pays for
        int paidThrough = 0;       // the paid-through season after the payment (0: never paid)
        QList<int> seasonsCovered; // the seasons this payment makes the angler a member of
        Money leftOver;            // what the amount pays beyond whole seasons
    };

    // `paidThrough` is the season paid through before the payment (0: never paid); `date` is the
    // club-local date of the payment.
    Outcome apply(int paidThrough, const QDate &date, Money amount) const;

    // In good standing: paid through the season of `today`.
    static bool inGoodStanding(int paidThrough, const QDate &today)
    {
        return paidThrough > 0 && paidThrough >= today.year();
    }
};
