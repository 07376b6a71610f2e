// How the tournament tables' rows are selected and read, written once for TournamentStore and
// SeasonLoader (which reads a whole season at once). Each select list names every column with
// the alias it is read by; the readers take the current row of a Query by those names.
#pragma once

#include "store/query.h"
#include "tournaments/records.h"

namespace rows {

// "SELECT <tournamentSelect> WHERE t.... ": a tournament with its lake's and ramp's names.
extern const QString tournamentSelect;
TournamentRecord tournament(const Query &q);

// "SELECT <entrySelect> WHERE e....": an entry with its angler's name (no paper fish).
extern const QString entrySelect;
EntryRecord entry(const Query &q);

// A measured fish: columns entry_id, id, length_eighths, weighed_weight.
PaperFishRecord paperFish(const Query &q);

// "SELECT <boatSelect> WHERE b....".
extern const QString boatSelect;
BoatRecord boat(const Query &q);

// A stored weight in hundredths (NULL is zero).
inline Weight weight(const QVariant &v)
{
    return Weight::fromHundredths(v.toInt());
}

} // namespace rows
