#include "scoring/seasonstandings.h"

#include <QHash>

#include <algorithm>

QString Award::title(AwardKind kind)
{
    switch (kind) {
    case AwardKind::HeavyStringer:
        return SeasonStandings::tr("Heavy Stringer of the Year");
    case AwardKind::BigBassOfTheYear:
        return SeasonStandings::tr("Big Bass of the Year");
    case AwardKind::MostWins:
        return SeasonStandings::tr("Most Wins");
    case AwardKind::BigStringer:
        return SeasonStandings::tr("Big Stringer");
    case AwardKind::TeamBigBass:
        return SeasonStandings::tr("Big Bass");
    }
    return QString();
}

const StandingRow *SeasonStandings::row(const QString &anglerId) const
{
    for (const StandingRow &r : rows)
        if (r.anglerId == anglerId)
            return &r;
    return nullptr;
}

const Award *SeasonStandings::award(AwardKind kind) const
{
    for (const Award &a : awards)
        if (a.kind == kind)
            return &a;
    return nullptr;
}

namespace {

// Keeps the heaviest candidates (all of them when equal).
struct Best
{
    Weight weight;
    QList<AwardWinner> winners;
    // Cheap check first: most entries are not candidates and build no AwardWinner.
    bool wants(Weight w) const { return winners.isEmpty() || w >= weight; }
    void offer(Weight w, const AwardWinner &who)
    {
        if (winners.isEmpty() || w > weight) {
            weight = w;
            winners = {who};
        } else if (w == weight) {
            winners.append(who);
        }
    }
};

// Times each angler of a tied group placed ahead of another angler of the group in a tournament
// both fished, summed over the group.
void headToHead(QList<StandingRow> &rows, qsizetype from, qsizetype to)
{
    for (qsizetype a = from; a < to; ++a)
        rows[a].headToHead = 0;
    for (qsizetype a = from; a < to; ++a) {
        for (qsizetype b = a + 1; b < to; ++b) {
            const auto &la = rows.at(a).tournaments;
            const auto &lb = rows.at(b).tournaments;
            qsizetype i = 0, j = 0;
            while (i < la.size() && j < lb.size()) {
                const TournamentPoints &x = la.at(i);
                const TournamentPoints &y = lb.at(j);
                if (x.tournament < y.tournament) {
                    ++i;
                } else if (y.tournament < x.tournament) {
                    ++j;
                } else {
                    if (x.status != EntryStatus::Dq && y.status != EntryStatus::Dq && x.place > 0 &&
                        y.place > 0) {
                        if (x.place < y.place)
                            ++rows[a].headToHead;
                        else if (y.place < x.place)
                            ++rows[b].headToHead;
                    }
                    ++i;
                    ++j;
                }
            }
        }
    }
}

} // namespace

SeasonStandings SeasonStandings::compute(const QList<ScoredTournament> &tournaments,
                                         const Ruleset &r)
{
    SeasonStandings s;
    QHash<QString, qsizetype> index;
    qsizetype entryCount = 0;
    for (const ScoredTournament &st : tournaments)
        entryCount += st.result.entries.size();
    index.reserve(std::min<qsizetype>(entryCount, 4096));
    s.rows.reserve(std::min<qsizetype>(entryCount, 4096));
    QList<StandingRow> &rows = s.rows;
    Best heavy, bigBass, bigStringer, teamBigBass;
    QHash<QString, AwardWinner> wins;
    bool anyIndividual = false, anyTeam = false;

    for (qsizetype t = 0; t < tournaments.size(); ++t) {
        const ScoredTournament &st = tournaments.at(t);
        if (st.cancelled)
            continue;
        if (st.format == TournamentFormat::Team) {
            anyTeam = true;
            for (const BoatResult &b : st.boats) {
                if (!b.ranked)
                    continue;
                const AwardWinner who{b.crewKey(), b.anglerIds, b.anglerNames, b.weight, 0, int(t)};
                if (b.place == 1) {
                    AwardWinner &w = wins[who.id];
                    if (w.id.isEmpty())
                        w = who;
                    ++w.count;
                }
                if (!st.paper && b.weight.hundredths() > 0)
                    bigStringer.offer(b.weight, who);
                if (b.hasMember && b.bigBass > r.bigBassThreshold) {
                    AwardWinner fish = who;
                    fish.weight = b.bigBass;
                    teamBigBass.offer(b.bigBass, fish);
                }
            }
            continue;
        }
        anyIndividual = true;
        for (const ScoredEntry &e : st.result.entries) {
            if (!e.member)
                continue;
            auto it = index.constFind(e.anglerId);
            qsizetype k;
            if (it == index.cend()) {
                k = rows.size();
                index.insert(e.anglerId, k);
                StandingRow row;
                row.anglerId = e.anglerId;
                row.anglerName = e.anglerName;
                row.tournaments.reserve(tournaments.size());
                rows.append(std::move(row));
            } else {
                k = *it;
            }
            StandingRow &row = rows[k];
            row.tournaments.append({int(t), e.points, e.place, e.net, e.status, true});
            row.totalPoints += e.points;
            if (e.countsAsEvent()) {
                ++row.events;
                if (e.status != EntryStatus::BuyIn)
                    row.netWeight += e.net;
            }
            if (e.status == EntryStatus::Fished) {
                if (!st.paper && e.net.hundredths() > 0 && heavy.wants(e.net))
                    heavy.offer(e.net,
                                {e.anglerId, {e.anglerId}, {e.anglerName}, e.net, 0, int(t)});
                if (e.bigBass > r.bigBassThreshold && bigBass.wants(e.bigBass))
                    bigBass.offer(e.bigBass,
                                  {e.anglerId, {e.anglerId}, {e.anglerName}, e.bigBass, 0, int(t)});
            }
        }
    }

    // Best N: the highest scores count, earlier tournaments first among equal scores.
    QList<qsizetype> order;
    for (StandingRow &row : rows) {
        row.qualified = row.events >= r.minimumEvents;
        if (r.bestN <= 0 || row.tournaments.size() <= r.bestN) {
            row.points = row.totalPoints;
            continue;
        }
        order.resize(row.tournaments.size());
        for (qsizetype i = 0; i < order.size(); ++i)
            order[i] = i;
        std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
            return row.tournaments.at(a).points > row.tournaments.at(b).points;
        });
        row.points = 0;
        for (qsizetype i = 0; i < order.size(); ++i) {
            TournamentPoints &tp = row.tournaments[order.at(i)];
            tp.counted = i < r.bestN;
            if (tp.counted)
                row.points += tp.points;
        }
    }

    std::sort(rows.begin(), rows.end(), [](const StandingRow &a, const StandingRow &b) {
        if (a.qualified != b.qualified)
            return a.qualified;
        if (a.points != b.points)
            return a.points > b.points;
        return a.anglerName.compare(b.anglerName, Qt::CaseInsensitive) < 0;
    });
    auto tieOrder = [](const StandingRow &a, const StandingRow &b) {
        if (a.headToHead != b.headToHead)
            return a.headToHead > b.headToHead;
        if (a.netWeight != b.netWeight)
            return a.netWeight > b.netWeight;
        return a.events > b.events;
    };
    for (qsizetype i = 0; i < rows.size() && rows.at(i).qualified;) {
        qsizetype end = i + 1;
        while (end < rows.size() && rows.at(end).qualified &&
               rows.at(end).points == rows.at(i).points)
            ++end;
        if (end - i > 1) {
            headToHead(rows, i, end);
            std::stable_sort(rows.begin() + i, rows.begin() + end, tieOrder);
        }
        for (qsizetype k = i; k < end; ++k) {
            const bool same = k > i && !tieOrder(rows.at(k - 1), rows.at(k));
            rows[k].rank = same ? rows.at(k - 1).rank : int(k + 1);
        }
        i = end;
    }

    if (anyIndividual || !anyTeam) {
        s.awards.append({AwardKind::HeavyStringer, heavy.winners});
        s.awards.append({AwardKind::BigBassOfTheYear, bigBass.winners});
    }
    if (anyTeam) {
        Award most{AwardKind::MostWins, {}};
        int bestCount = 0;
        for (const AwardWinner &w : std::as_const(wins))
            bestCount = std::max(bestCount, w.count);
        for (const AwardWinner &w : std::as_const(wins))
            if (w.count == bestCount && bestCount > 0)
                most.winners.append(w);
        std::sort(most.winners.begin(), most.winners.end(),
                  [](const AwardWinner &a, const AwardWinner &b) { return a.id < b.id; });
        s.awards.append(most);
        s.awards.append({AwardKind::BigStringer, bigStringer.winners});
        s.awards.append({AwardKind::TeamBigBass, teamBigBass.winners});
    }
    return s;
}
