#include "scoring/boatranker.h"

#include <QHash>

#include <algorithm>
#include <vector>

QString BoatResult::crewKey() const
{
    QStringList ids = anglerIds;
    ids.sort();
    return ids.join(u'+');
}

QList<BoatResult> BoatRanker::rank(const TournamentResult &result, const Ruleset &ruleset,
                                   const QList<BoatInput> &boatInputs)
{
    // Each angler's recorded boat, by its position in boatInputs (a later record wins).
    QHash<QString, qsizetype> boatOfAngler;
    boatOfAngler.reserve(2 * boatInputs.size());
    for (qsizetype i = 0; i < boatInputs.size(); ++i) {
        const BoatInput &b = boatInputs.at(i);
        boatOfAngler.insert(b.boaterId, i);
        if (!b.partnerId.isEmpty())
            boatOfAngler.insert(b.partnerId, i);
    }
    // Keep the order anglers were entered, not the order of places.
    QList<const ScoredEntry *> byInput(result.entries.size(), nullptr);
    for (const ScoredEntry &e : result.entries)
        if (e.index >= 0 && e.index < byInput.size())
            byInput[e.index] = &e;

    QList<BoatResult> boats;
    boats.reserve(boatInputs.size() + 1);
    std::vector<qsizetype> inputOf;                  // of each boat: its record, or -1
    std::vector<int> boatOfInput(size_t(boatInputs.size()), -1); // of each record: its boat
    QHash<QString, int> otherBoat; // boats named by the entries alone (a sheet), and solos
    QHash<QString, qsizetype> inputById; // made only when an entry names its boat itself
    for (const ScoredEntry *e : byInput) {
        if (!e || e->status == EntryStatus::BuyIn)
            continue;
        qsizetype input = boatOfAngler.value(e->anglerId, -1);
        QString id;
        if (input < 0 && !e->boatId.isEmpty()) {
            // A boat named on the entry is the recorded boat of that id, if there is one.
            if (inputById.isEmpty())
                for (qsizetype i = 0; i < boatInputs.size(); ++i)
                    inputById.insert(boatInputs.at(i).id, i);
            input = inputById.value(e->boatId, -1);
            id = e->boatId;
        }
        int b = -1;
        if (input >= 0) {
            b = boatOfInput[size_t(input)];
            id = boatInputs.at(input).id;
        } else {
            if (id.isEmpty())
                id = QStringLiteral("solo:") + e->anglerId;
            b = otherBoat.value(id, -1);
        }
        if (b < 0) {
            b = int(boats.size());
            if (input >= 0)
                boatOfInput[size_t(input)] = b;
            else
                otherBoat.insert(id, b);
            inputOf.push_back(input);
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
        if (e->status == EntryStatus::Dq || (input >= 0 && boatInputs.at(input).teamWeighed))
            continue;
        boat.ranked = true;
        boat.fish += e->fish;
        boat.weight += e->net;
        boat.bigBass = std::max(boat.bigBass, e->bigBass);
    }

    // Boats weighed as one: their own weigh-in.
    for (qsizetype i = 0; i < boats.size(); ++i) {
        if (inputOf[size_t(i)] < 0 || !boatInputs.at(inputOf[size_t(i)]).teamWeighed)
            continue;
        const BoatInput *b = &boatInputs.at(inputOf[size_t(i)]);
        BoatResult &boat = boats[i];
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
