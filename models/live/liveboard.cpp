#include "live/liveboard.h"

#include "scoring/seasonscorer.h"
#include "store/store.h"
#include "tournaments/rulesetstore.h"
#include "tournaments/seasonloader.h"
#include "tournaments/tournamentstore.h"

#include <QJsonArray>
#include <QLocale>

namespace {

QJsonValue pounds(Weight w)
{
    return double(w.hundredths()) / 100.0;
}

QJsonValue dollars(Money m)
{
    return double(m.cents()) / 100.0;
}

QJsonValue placeValue(int place)
{
    return place > 0 ? QJsonValue(place) : QJsonValue(QJsonValue::Null);
}

QJsonArray names(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

Result<QString> LiveBoard::pickTournament(Store &store, const QDate &date)
{
    TournamentStore tournaments(store);
    if (date.isValid())
        return tournaments.tournamentOn(date);
    const QDate today = store.clubTime().today();
    auto todays = tournaments.tournamentOn(today);
    if (!todays)
        return todays;
    if (!todays->isEmpty())
        return todays;
    auto seasons = tournaments.seasons();
    if (!seasons)
        return Result<QString>::failure(seasons.error());
    // Newest season first; within a season the list runs by date.
    QString upcoming;
    QString finalized;
    for (int season : seasons.value()) {
        auto list = tournaments.tournaments(season);
        if (!list)
            return Result<QString>::failure(list.error());
        for (auto it = list->crbegin(); it != list->crend(); ++it) {
            if (it->cancelled)
                continue;
            if (it->date > today) {
                if (!it->completed)
                    upcoming = it->id; // the earliest one to come, as the loop walks back
                continue;
            }
            if (!it->completed)
                return it->id;
            if (finalized.isEmpty())
                finalized = it->id;
        }
    }
    // Nothing held is still open: the latest results, else the next tournament.
    return finalized.isEmpty() ? upcoming : finalized;
}

Result<LiveBoard> LiveBoard::load(Store &store, const QDate &date)
{
    using R = Result<LiveBoard>;
    LiveBoard board;
    auto id = pickTournament(store, date);
    if (!id)
        return R::failure(id.error());
    board.season = date.isValid() ? date.year() : store.currentSeason();
    if (!id->isEmpty()) {
        TournamentStore tournaments(store);
        auto t = tournaments.tournament(id.value());
        if (!t)
            return R::failure(t.error());
        auto entries = tournaments.entries(id.value());
        if (!entries)
            return R::failure(entries.error());
        auto boats = tournaments.boats(id.value());
        if (!boats)
            return R::failure(boats.error());
        auto rules = RulesetStore(store).forTournament(t.value());
        if (!rules)
            return R::failure(rules.error());
        auto carry = tournaments.bigBassCarryIn(t.value());
        if (!carry)
            return R::failure(carry.error());
        board.hasTournament = true;
        board.tournament = t.value();
        board.season = board.tournament.season;
        board.standings = WeighInStandings::compute(
            TournamentStore::input(board.tournament, entries.value(), boats.value()), rules.value(),
            carry.value());
    }
    auto season = SeasonLoader::load(store.database(), board.season);
    if (!season)
        return R::failure(season.error());
    SeasonScorer scorer(season->ruleset, season->tournaments);
    board.seasonStandings = scorer.standings();
    return board;
}

QString LiveBoard::stateText() const
{
    if (tournament.cancelled)
        return tr("Cancelled");
    if (tournament.completed)
        return tr("Final results");
    if (!standings.result.entries.isEmpty())
        return tr("Weigh-in under way");
    return tr("No weigh-ins yet");
}

QStringList LiveBoard::bigBassAnglers() const
{
    const Weight best = bigBassWeight();
    QStringList list;
    if (best.isZero())
        return list;
    if (standings.byBoat) { // team format: the boat's big bass
        for (const BoatResult &b : standings.boats)
            if (b.ranked && b.bigBass == best)
                list.append(WeighInStandings::boatName(b));
        return list;
    }
    for (const ScoredEntry &e : standings.result.entries)
        if (e.status != EntryStatus::Dq && e.bigBass == best)
            list.append(e.anglerName);
    return list;
}

Weight LiveBoard::bigBassWeight() const
{
    Weight best;
    if (standings.byBoat) {
        for (const BoatResult &b : standings.boats)
            if (b.ranked && b.bigBass > best)
                best = b.bigBass;
        return best;
    }
    for (const ScoredEntry &e : standings.result.entries)
        if (e.status != EntryStatus::Dq && e.bigBass.hundredths() > best.hundredths())
            best = e.bigBass;
    return best;
}

QJsonObject LiveBoard::leaderboardJson() const
{
    QJsonObject root;
    if (!hasTournament) {
        root.insert(QStringLiteral("tournament"), QJsonValue(QJsonValue::Null));
        root.insert(QStringLiteral("places"), QJsonArray());
        root.insert(QStringLiteral("boats"), QJsonArray());
        root.insert(QStringLiteral("big_bass"), QJsonObject());
        root.insert(QStringLiteral("payouts"), QJsonValue(QJsonValue::Null));
        return root;
    }
    const bool points = standings.ruleset.awardsPoints();
    QJsonObject t;
    t.insert(QStringLiteral("name"), tournament.name);
    t.insert(QStringLiteral("lake"), tournament.lakeName);
    t.insert(QStringLiteral("ramp"), tournament.rampName);
    t.insert(QStringLiteral("date"), tournament.date.toString(Qt::ISODate));
    t.insert(QStringLiteral("season"), tournament.season);
    t.insert(QStringLiteral("format"), Ruleset::formatName(standings.ruleset.format));
    t.insert(QStringLiteral("finalized"), tournament.completed);
    t.insert(QStringLiteral("cancelled"), tournament.cancelled);
    t.insert(QStringLiteral("state"), stateText());
    t.insert(QStringLiteral("entries"), int(standings.byBoat ? standings.boats.size()
                                                                : standings.result.entries.size()));
    root.insert(QStringLiteral("tournament"), t);

    QJsonArray places;
    // Team format: the boats are what is ranked; a place names the boat ("Boater & Partner").
    for (const BoatResult &b : standings.byBoat ? standings.boats : QList<BoatResult>()) {
        QJsonObject p;
        p.insert(QStringLiteral("place"), placeValue(b.place));
        p.insert(QStringLiteral("angler"), WeighInStandings::boatName(b));
        p.insert(QStringLiteral("fish"), b.fish);
        p.insert(QStringLiteral("net_weight"), pounds(b.weight));
        p.insert(QStringLiteral("big_bass"),
                 b.bigBass.isZero() ? QJsonValue(QJsonValue::Null) : pounds(b.bigBass));
        p.insert(QStringLiteral("points"), QJsonValue());
        p.insert(QStringLiteral("status"), b.ranked ? QString() : QStringLiteral("DQ"));
        places.append(p);
    }
    for (const ScoredEntry &e :
         standings.byBoat ? QList<ScoredEntry>() : standings.result.entries) {
        QJsonObject p;
        p.insert(QStringLiteral("place"), placeValue(e.place));
        p.insert(QStringLiteral("angler"), e.anglerName);
        p.insert(QStringLiteral("fish"), e.fish);
        p.insert(QStringLiteral("net_weight"), pounds(e.net));
        p.insert(QStringLiteral("big_bass"),
                 e.bigBass.isZero() ? QJsonValue(QJsonValue::Null) : pounds(e.bigBass));
        p.insert(QStringLiteral("points"), points ? QJsonValue(e.points) : QJsonValue());
        p.insert(QStringLiteral("status"), e.statusText());
        places.append(p);
    }
    root.insert(QStringLiteral("places"), places);

    QJsonArray boats;
    for (const BoatResult &b : standings.boats) {
        QJsonObject o;
        o.insert(QStringLiteral("place"), placeValue(b.place));
        o.insert(QStringLiteral("anglers"), names(b.anglerNames));
        o.insert(QStringLiteral("fish"), b.fish);
        o.insert(QStringLiteral("weight"), pounds(b.weight));
        o.insert(QStringLiteral("big_bass"),
                 b.bigBass.isZero() ? QJsonValue(QJsonValue::Null) : pounds(b.bigBass));
        boats.append(o);
    }
    root.insert(QStringLiteral("boats"), boats);

    QJsonObject big;
    const QStringList bigNames = bigBassAnglers();
    if (!bigNames.isEmpty()) {
        big.insert(QStringLiteral("anglers"), names(bigNames));
        big.insert(QStringLiteral("weight"), pounds(bigBassWeight()));
    }
    root.insert(QStringLiteral("big_bass"), big);

    if (tournament.completed) {
        QJsonObject payouts;
        QJsonArray placeMoney;
        for (const PlacePayout &p : standings.payouts.places) {
            QStringList crew;
            for (const BoatResult &b : standings.boats)
                if (b.boatId == p.boatId)
                    crew = b.anglerNames;
            QJsonObject o;
            o.insert(QStringLiteral("place"), p.place);
            o.insert(QStringLiteral("anglers"), names(crew));
            o.insert(QStringLiteral("amount"), dollars(p.amount));
            placeMoney.append(o);
        }
        payouts.insert(QStringLiteral("places"), placeMoney);
        QJsonArray bigMoney;
        for (const BigBassPayout &b : standings.payouts.bigBass) {
            QStringList crew;
            for (const QString &id : b.anglerIds)
                if (const ScoredEntry *e = standings.result.find(id))
                    crew.append(e->anglerName);
            QJsonObject o;
            o.insert(QStringLiteral("anglers"), names(crew));
            o.insert(QStringLiteral("weight"), pounds(b.bigBass));
            o.insert(QStringLiteral("amount"), dollars(b.amount));
            bigMoney.append(o);
        }
        payouts.insert(QStringLiteral("big_bass"), bigMoney);
        root.insert(QStringLiteral("payouts"), payouts);
    } else {
        root.insert(QStringLiteral("payouts"), QJsonValue(QJsonValue::Null));
    }
    return root;
}

QJsonObject LiveBoard::standingsJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("season"), season);
    QJsonArray rows;
    for (const StandingRow &r : seasonStandings.rows) {
        QJsonObject o;
        o.insert(QStringLiteral("rank"), placeValue(r.rank));
        o.insert(QStringLiteral("angler"), r.anglerName);
        o.insert(QStringLiteral("points"), r.points);
        o.insert(QStringLiteral("events"), r.events);
        o.insert(QStringLiteral("net_weight"), pounds(r.netWeight));
        rows.append(o);
    }
    root.insert(QStringLiteral("standings"), rows);
    return root;
}
