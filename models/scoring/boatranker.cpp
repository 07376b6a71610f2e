#include "scoring/boatranker.h"

#include <QHash>

#include <algorithm>

QString BoatResult::crewKey() const
{
    QStringList ids = anglerIds;
    ids.sort();
    return ids.join(u'+');
}

QList<BoatResult> BoatRanker::rank(const TournamentResult &result, const Ruleset &ruleset,
                                   const QList<BoatInput> &boatInputs)
{
    QHash<QString, QString> boatOfAngler;
    boatOfAngler.reserve(2 * boatInputs.size());
    QHash<QString, const BoatInput *> teamWeighed;
    for (const BoatInput &b : boatInputs) {
        boatOfAngler.insert(b.boaterId, b.id);
        if (!b.partnerId.isEmpty())
            boatOfAngler.insert(b.partnerId, b.id);
        if (b.teamWeighed)
            teamWeighed.insert(b.id, &b);
    }
    // Keep the order anglers were entered, not the order of places.
    QList<const ScoredEntry *> byInput(result.entries.size(), nullptr);
    for (const ScoredEntry &e : result.entries)
        if (e.index >= 0 && e.index < byInput.size())
            byInput[e.index] = &e;

    QList<BoatResult> boats;
    boats.reserve(boatInputs.size() + 1);
    QHash<QString, int> boatIndex;
    boatIndex.reserve(boatInputs.size() + 1);
    for (const ScoredEntry *e : byInput) {
        if (!e || e->status == EntryStatus::BuyIn)
            continue;
        QString id = boatOfAngler.value(e->anglerId, e->boatId);
        if (id.isEmpty())
            id = QStringLiteral("solo:") + e->anglerId;
        int b = boatIndex.value(id, -1);
        if (b < 0) {
            b = int(boats.size());
            boatIndex.insert(id, b);
            BoatResult boat;
            boat.boatId = id;
            boat.anglerIds.reserve(2); // a boater and a partner, the usual crew
            boat.anglerNames.reserve(2);
            boats.append(std::move(boat));
        }
        BoatResult &boat = boats[b];
        boat.anglerIds.append(e->anglerId);
        boat.anglerNames.append(e->anglerName);
        boat.hasMember = boat.hasMember || e->member;
        if (e->status == EntryStatus::Dq || teamWeighed.contains(id))
            continue;
        boat.ranked = true;
        boat.fish += e->fish;
        boat.weight += e->net;
        boat.bigBass = std::max(boat.bigBass, e->bigBass);
    }

    for (BoatResult &boat : boats) {
        const BoatInput *b = teamWeighed.value(boat.boatId, nullptr);
        if (!b)
            continue;
        Entry asEntry;
        asEntry.gross = b->gross;
        asEntry.dead = b->dead;
        boat.ranked = !b->dq;
        boat.fish = b->dq ? 0 : b->fish;
        boat.weight = b->dq ? Weight() : TournamentScorer::netWeight(asEntry, ruleset);
        boat.bigBass = b->dq ? Weight() : b->bigBass;
    }

    auto ahead = [](const BoatResult &a, const BoatResult &b) {
        if (a.ranked != b.ranked)
            return a.ranked;
        if (a.weight != b.weight)
            return a.weight > b.weight;
        return a.bigBass > b.bigBass;
    };
    std::stable_sort(boats.begin(), boats.end(), ahead);
    for (int i = 0; i < boats.size(); ++i) {
        BoatResult &b = boats[i];
        if (!b.ranked)
            break;
        const bool tiedWithPrevious = i > 0 && !ahead(boats.at(i - 1), b);
        b.place = tiedWithPrevious ? boats.at(i - 1).place : i + 1;
    }
    return boats;
}
