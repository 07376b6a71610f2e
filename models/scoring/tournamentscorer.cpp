#include "scoring/tournamentscorer.h"

#include "scoring/paperchart.h"

#include <algorithm>
#include <climits>
#include <numeric>

QString ScoredEntry::statusText() const
{
    switch (status) {
    case EntryStatus::Fished:
        return QString();
    case EntryStatus::Zero:
        return QStringLiteral("zero");
    case EntryStatus::BuyIn:
        return QStringLiteral("buy-in");
    case EntryStatus::Dq:
        return QStringLiteral("dq");
    }
    return QString();
}

const ScoredEntry *TournamentResult::find(const QString &anglerId) const
{
    for (const ScoredEntry &e : entries)
        if (e.anglerId == anglerId)
            return &e;
    return nullptr;
}

Weight TournamentScorer::netWeight(const Entry &e, const Ruleset &r)
{
    const qint64 net = qint64(e.gross.hundredths()) -
                       qint64(e.dead) * r.deadFishPenalty.hundredths() -
                       qint64(e.lateMinutes) * r.latePenaltyPerMinute.hundredths();
    return Weight::fromHundredths(net < 0 ? 0 : int(net));
}

Ruleset TournamentScorer::effectiveRuleset(const TournamentInput &t, const Ruleset &ruleset)
{
    Ruleset r = ruleset;
    r.format = t.format;
    if (t.fishLimit >= 0)
        r.fishLimit = t.fishLimit;
    if (t.entryFee || t.feeBasis)
        r = r.withFee(t.entryFee.value_or(r.fee), t.feeBasis.value_or(r.feeBasis));
    return r;
}

TournamentResult TournamentScorer::score(const TournamentInput &t, const Ruleset &ruleset)
{
    return score(t.entries, effectiveRuleset(t, ruleset),
                 t.paper ? &PaperChart::standard() : nullptr);
}

namespace {

// -1 when a ranks ahead of b, 1 when behind, 0 when equal under the ruleset.
int compareRegular(const ScoredEntry &a, const Entry &ea, const ScoredEntry &b, const Entry &eb,
                   const Ruleset &r)
{
    if (a.net != b.net)
        return a.net > b.net ? -1 : 1;
    for (TieBreak t : r.tieBreaks) {
        switch (t) {
        case TieBreak::MoreFish:
            if (a.fish != b.fish)
                return a.fish > b.fish ? -1 : 1;
            break;
        case TieBreak::BiggerBigBass:
            if (a.bigBass != b.bigBass)
                return a.bigBass > b.bigBass ? -1 : 1;
            break;
        case TieBreak::FewerDeadFish:
            if (ea.dead != eb.dead)
                return ea.dead < eb.dead ? -1 : 1;
            break;
        }
    }
    const int ma = ea.manualOrder > 0 ? ea.manualOrder : INT_MAX;
    const int mb = eb.manualOrder > 0 ? eb.manualOrder : INT_MAX;
    if (ma != mb)
        return ma < mb ? -1 : 1;
    return 0;
}

} // namespace

TournamentResult TournamentScorer::score(const QList<Entry> &entries, const Ruleset &r,
                                         const PaperChart *paperChart)
{
    const int n = int(entries.size());
    QList<ScoredEntry> scored(n);
    QList<Entry> paperEntries;
    const QList<Entry> *source = &entries;
    if (paperChart) {
        paperEntries = entries;
        for (Entry &e : paperEntries) {
            // A buy-in fished nothing. An entry without lengths but with a recorded weight was
            // brought in from elsewhere (the web app kept weights only): its weights stand.
            if (e.buyIn || (e.fishLengths.isEmpty() && !e.gross.isZero()))
                continue;
            const PaperChart::Stringer s = paperChart->stringer(e.fishLengths, r);
            e.fish = s.fish;
            e.gross = s.gross;
            if (e.bigBass.isZero()) // a weighed big bass wins over the chart
                e.bigBass = s.biggest;
        }
        source = &paperEntries;
    }
    const QList<Entry> &in = *source;

    QList<int> regular, buyIns, dqs;
    regular.reserve(n);
    for (int i = 0; i < n; ++i) {
        const Entry &e = in.at(i);
        ScoredEntry &s = scored[i];
        s.index = i;
        s.anglerId = e.anglerId;
        s.anglerName = e.anglerName;
        s.boatId = e.boatId;
        s.member = e.member;
        if (e.buyIn && !e.dq) {
            s.status = EntryStatus::BuyIn;
            buyIns.append(i);
            continue;
        }
        s.fish = e.fish;
        s.gross = e.gross;
        s.bigBass = e.bigBass;
        s.net = netWeight(e, r);
        s.lateDq = e.lateMinutes > r.lateDqMinutes;
        if (e.dq || s.lateDq) {
            s.status = EntryStatus::Dq;
            dqs.append(i);
            continue;
        }
        s.status = e.fish == 0 ? EntryStatus::Zero : EntryStatus::Fished;
        regular.append(i);
    }

    std::stable_sort(regular.begin(), regular.end(), [&](int a, int b) {
        return compareRegular(scored.at(a), in.at(a), scored.at(b), in.at(b), r) < 0;
    });

    const bool points = r.awardsPoints();
    int membersWithFishAhead = 0;
    int lastFish = r.maxPoints;
    for (int k = 0; k < regular.size();) {
        // One group of equal entries shares the place and the points.
        int end = k + 1;
        while (end < regular.size() &&
               compareRegular(scored.at(regular.at(k)), in.at(regular.at(k)),
                              scored.at(regular.at(end)), in.at(regular.at(end)), r) == 0)
            ++end;
        int membersWithFishHere = 0;
        for (int j = k; j < end; ++j) {
            ScoredEntry &s = scored[regular.at(j)];
            s.place = k + 1;
            if (points && s.member && s.status == EntryStatus::Fished) {
                s.points = std::max(0, r.maxPoints - membersWithFishAhead);
                lastFish = s.points;
                ++membersWithFishHere;
            }
        }
        membersWithFishAhead += membersWithFishHere;
        k = end;
    }
    for (int i : regular) {
        ScoredEntry &s = scored[i];
        if (points && s.member && s.status == EntryStatus::Zero)
            s.points = std::max(0, lastFish - r.zeroOffset);
    }
    const int buyInPlace = int(regular.size()) + 1;
    for (int i : buyIns) {
        ScoredEntry &s = scored[i];
        s.place = buyInPlace;
        if (points && s.member)
            s.points = std::max(0, lastFish - r.buyInOffset);
    }
    const int dqPlace = int(regular.size() + buyIns.size()) + 1;
    for (int i : dqs) {
        ScoredEntry &s = scored[i];
        if (r.dqPolicy == DqPolicy::Offset) {
            s.place = dqPlace;
            if (points && s.member)
                s.points = std::max(0, lastFish - r.dqOffset);
        }
    }

    TournamentResult result;
    result.regularCount = int(regular.size());
    result.buyInCount = int(buyIns.size());
    result.dqCount = int(dqs.size());
    result.lastFishPoints = lastFish;
    result.entries.reserve(n);
    for (int i : regular)
        result.entries.append(std::move(scored[i]));
    for (int i : buyIns)
        result.entries.append(std::move(scored[i]));
    for (int i : dqs)
        result.entries.append(std::move(scored[i]));
    return result;
}
