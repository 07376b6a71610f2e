// models/demo/: the demo club a first run starts with.
//
// DemoClub: fills an empty store with a realistic demo club, for first runs and screenshots:
// about 60 anglers (members, guests, officers, dues paid and overdue), the previous season
// complete and the current season up to today, with zeros, buy-ins, a DQ, dead fish, boats, a
// paper tournament and one tournament in progress. The books of every finished tournament are
// settled (winners paid, shares moved), so each balances to the cent; the one in progress is open.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>

class Store;

class DemoClub
{
    Q_DECLARE_TR_FUNCTIONS(DemoClub)
public:
    // Refuses a store that already holds a club. `today` is the club's local date; `seed` makes
    // the club reproducible.
    static Status create(Store &store, const QDate &today, quint32 seed = 2026);
};
