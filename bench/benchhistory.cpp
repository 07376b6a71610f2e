#include "bench/benchhistory.h"

#include <algorithm>
#include <vector>

QString anglerId(int n)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

Entry randomEntry(QRandomGenerator &rng, int angler, bool member)
{
    Entry e;
    e.anglerId = anglerId(angler);
    e.anglerName = QStringLiteral("Angler %1").arg(angler);
    e.member = member;
    const int kind = int(rng.bounded(100));
    if (kind < 3) {
        e.buyIn = true;
        return e;
    }
    if (kind < 12)
        return e; // a zero
    e.fish = 1 + int(rng.bounded(5));
    int gross = 0;
    int big = 0;
    for (int f = 0; f < e.fish; ++f) {
        const int fish = 100 + int(rng.bounded(450));
        gross += fish;
        big = std::max(big, fish);
    }
    e.gross = Weight::fromHundredths(gross);
    e.bigBass = Weight::fromHundredths(big);
    e.dead = rng.bounded(10) == 0 ? 1 : 0;
    e.lateMinutes = rng.bounded(50) == 0 ? int(rng.bounded(20)) : 0;
    e.dq = rng.bounded(100) < 1;
    return e;
}

QList<TournamentInput> randomSeason(QRandomGenerator &rng, int season)
{
    // Each season ~350 active anglers; each tournament draws 60 of them.
    std::vector<int> pool(anglerCount);
    for (int i = 0; i < anglerCount; ++i)
        pool[i] = i;
    std::shuffle(pool.begin(), pool.end(), rng);
    pool.resize(350);
    QList<TournamentInput> tournaments;
    for (int t = 0; t < tournamentsPerSeason; ++t) {
        TournamentInput in;
        in.id = QStringLiteral("%1-%2").arg(season).arg(t);
        in.date = QDate(season, 1 + t / 2, 1 + (t % 2) * 14);
        std::vector<int> drawn = pool;
        for (int i = 0; i < entriesPerTournament; ++i)
            std::swap(drawn[i], drawn[i + int(rng.bounded(int(drawn.size()) - i))]);
        for (int i = 0; i < entriesPerTournament; ++i) {
            Entry e = randomEntry(rng, drawn[i], drawn[i] % 10 != 0);
            e.boatId = QString::number(i / 2);
            in.entries.append(e);
        }
        tournaments.append(in);
    }
    return tournaments;
}

