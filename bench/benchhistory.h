// The synthetic club history of sabc-bench (1,000 anglers, 25 seasons of 20 tournaments with 60
// entries each: 30,000 entries), the same for every benchmark that uses it.
#pragma once

#include "scoring/entry.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>

inline constexpr int anglerCount = 1000;
inline constexpr int seasonCount = 25;
inline constexpr int tournamentsPerSeason = 20;
inline constexpr int entriesPerTournament = 60;
inline constexpr int firstSeason = 2001;
inline constexpr quint32 historySeed = 20250126;

QString anglerId(int n);
Entry randomEntry(QRandomGenerator &rng, int angler, bool member);
QList<TournamentInput> randomSeason(QRandomGenerator &rng, int season);
