#include "demo/democlub.h"

#include "scoring/paperchart.h"
#include "scoring/ruleset.h"
#include "store/query.h"
#include "store/store.h"
#include "tournaments/rulesetstore.h"
#include "treasury/tournamentmoney.h"

#include <QRandomGenerator>
#include <QVariantMap>

#include <algorithm>

namespace {

const char *const firstNames[] = {
    "James", "Robert", "John", "Michael", "David", "William", "Richard", "Joseph", "Thomas",
    "Charles", "Daniel", "Matthew", "Anthony", "Mark", "Steven", "Paul", "Andrew", "Joshua",
    "Kevin", "Brian", "George", "Timothy", "Ronald", "Jason", "Ryan", "Jacob", "Gary", "Nicholas",
    "Eric", "Jonathan", "Stephen", "Larry", "Justin", "Scott", "Brandon", "Benjamin", "Samuel",
    "Gregory", "Frank", "Raymond", "Patrick", "Jack", "Dennis", "Jerry", "Tyler", "Aaron", "Jose",
    "Adam", "Nathan", "Henry", "Maria", "Linda", "Karen", "Lisa", "Carlos", "Luis", "Miguel",
    "Juan", "Sarah", "Emily"};
const char *const lastNames[] = {
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez",
    "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor",
    "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez",
    "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott",
    "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera",
    "Campbell", "Mitchell", "Carter", "Roberts", "Gomez", "Phillips", "Evans", "Turner", "Diaz",
    "Parker", "Cruz", "Edwards", "Collins", "Reyes"};

constexpr int anglerCount = 60;
constexpr int guestCount = 14;

struct Angler
{
    QString id;
    QString name;
    bool member[2] = {false, false}; // previous, current season
};

// The fourth Sunday of a month.
QDate fourthSunday(int year, int month)
{
    QDate d(year, month, 1);
    while (d.dayOfWeek() != Qt::Sunday)
        d = d.addDays(1);
    return d.addDays(21);
}

Status settleFinishedTournaments(Store &store, int throughSeason)
{
    // The treasurer's work on the day of each finished tournament, oldest first (the big bass pot
    // a tournament pays out was filled by the ones before it): every winner paid in cash what the
    // engine proposes, then the shares moved to the big bass pot, the club fund and charity. The
    // tournament in progress and those still to come stay open.
    auto chain = TournamentMoney::chain(store, throughSeason);
    if (!chain)
        return Status::failure(chain.error());
    for (const ScoredTournament &t : std::as_const(chain->tournaments)) {
        auto state = TournamentMoney::load(store, t.id, chain.value());
        if (!state)
            return Status::failure(state.error());
        if (!state->completed && !state->cancelled)
            continue;
        for (int w = 0; w < state->winners.size(); ++w) {
            if (state->winners.at(w).proposed <= Money())
                continue;
            auto paid = TournamentMoney::markPaid(store, state.value(), w, QStringLiteral("cash"),
                                                  state->date);
            if (!paid)
                return Status::failure(paid.error());
        }
        state = TournamentMoney::load(store, t.id, chain.value());
        if (!state)
            return Status::failure(state.error());
        auto moved = TournamentMoney::settleFunds(store, state.value(), state->date);
        if (!moved)
            return Status::failure(moved.error());
    }
    return Status::success();
}

// A tournament's name is its month's: each name is translated whole, so the month reads in the
// language of the rest of the window (a locale's month name could be in another).
const char *const monthTournaments[] = {
    QT_TRANSLATE_NOOP("DemoClub", "January Tournament"),
    QT_TRANSLATE_NOOP("DemoClub", "February Tournament"),
    QT_TRANSLATE_NOOP("DemoClub", "March Tournament"),
    QT_TRANSLATE_NOOP("DemoClub", "April Tournament"),
    QT_TRANSLATE_NOOP("DemoClub", "May Tournament"),
    QT_TRANSLATE_NOOP("DemoClub", "June Tournament"),
    QT_TRANSLATE_NOOP("DemoClub", "July Tournament"),
    QT_TRANSLATE_NOOP("DemoClub", "August Tournament"),
    QT_TRANSLATE_NOOP("DemoClub", "September Tournament"),
    QT_TRANSLATE_NOOP("DemoClub", "October Tournament"),
    QT_TRANSLATE_NOOP("DemoClub", "November Tournament"),
    QT_TRANSLATE_NOOP("DemoClub", "December Tournament"),
};

} // namespace

Status DemoClub::create(Store &store, const QDate &today, quint32 seed)
{
    if (store.hasClub())
        return Status::failure(tr("This database already holds a club; the demo was not added."));

    QRandomGenerator rng(seed);
    const int seasons[2] = {today.year() - 1, today.year()};
    const ClubTime clock(ClubTime::defaultZoneId);
    const Ruleset rules = Ruleset::sabc2025();

    // One transaction: the demo club appears whole or not at all.
    Store::Transaction transaction(store);
    if (Status s = transaction.begun(); !s)
        return s;
    if (Status s = store.createClub(tr("South Austin Bass Club (demo)"), ClubTime::defaultZoneId); !s)
        return s;
    auto insert = [&](const char *table, const QVariantMap &values) -> Result<QString> {
        return store.insert(QString::fromLatin1(table), values);
    };
    auto failed = [](const Result<QString> &r) { return !r.ok(); };

    // Lakes and ramps seeded with the club.
    struct Lake
    {
        QString id;
        QString rampId;
        bool paper;
    };
    QList<Lake> lakes;
    {
        Query q(store.database(),
                QStringLiteral("SELECT l.id, l.paper, (SELECT r.id FROM ramps r WHERE "
                               "r.lake_id = l.id AND r.deleted = 0 ORDER BY r.name LIMIT 1) "
                               "AS ramp_id FROM lakes l WHERE l.deleted = 0 ORDER BY l.name"));
        if (Status s = q.exec(tr("read the lakes")); !s)
            return s;
        while (q.next())
            lakes.append({q.value("id").toString(), q.value("ramp_id").toString(),
                          q.value("paper").toBool()});
    }
    if (lakes.isEmpty())
        return Status::failure(tr("The list of lakes is missing from this installation."));
    QList<Lake> regularLakes;
    QList<Lake> paperLakes;
    for (const Lake &l : lakes)
        (l.paper ? paperLakes : regularLakes).append(l);

    // Rulesets per season: the club's 2025 bylaws (individual format, Angler of the Year).
    QString rulesetIds[2];
    // (The new club already holds the bylaws of the current season; the demo's replace them.)
    for (int s = 0; s < 2; ++s) {
        if (Status st = RulesetStore(store).setForSeason(seasons[s], rules); !st)
            return st;
        Query q(store.database(),
                QStringLiteral("SELECT id FROM rulesets WHERE season = ? AND deleted = 0"));
        if (Status st = q.bind(seasons[s]).exec(tr("read the rulesets")); !st)
            return st;
        if (!q.next())
            return Status::failure(tr("The demo club's rules were not stored."));
        rulesetIds[s] = q.value("id").toString();
    }

    // Anglers: members first, then guests; a few members let their dues lapse.
    QList<Angler> anglers;
    for (int i = 0; i < anglerCount; ++i) {
        Angler a;
        a.name = QStringLiteral("%1 %2").arg(QLatin1String(firstNames[i]),
                                             QLatin1String(lastNames[(i * 7 + 3) % anglerCount]));
        const bool guest = i >= anglerCount - guestCount;
        a.member[0] = !guest && i % 11 != 5;
        a.member[1] = !guest && i % 13 != 7;
        const int since = a.member[0] ? seasons[0] - int(rng.bounded(15)) : seasons[1];
        int paidThrough = seasons[1];
        if (a.member[1] && i % 9 == 4)
            paidThrough = seasons[0]; // dues overdue
        QVariantMap row = {{QStringLiteral("full_name"), a.name},
                           {QStringLiteral("phone"),
                            QStringLiteral("(512) 555-%1").arg(1000 + i * 37, 4, 10, QLatin1Char('0'))}};
        if (i % 6 != 2)
            row.insert(QStringLiteral("email"),
                       QStringLiteral("%1.%2@example.com")
                           .arg(QLatin1String(firstNames[i]).toString().toLower(),
                                QLatin1String(lastNames[(i * 7 + 3) % anglerCount]).toString().toLower()));
        if (!guest) {
            row.insert(QStringLiteral("member_since"), since);
            row.insert(QStringLiteral("dues_paid_through"), a.member[1] ? paidThrough : seasons[0]);
        }
        if (!guest && !a.member[1] && !a.member[0])
            row.insert(QStringLiteral("inactive"), 1);
        auto id = insert("anglers", row);
        if (failed(id))
            return Status::failure(id.error());
        a.id = id.value();
        for (int s = 0; s < 2; ++s) {
            if (!a.member[s])
                continue;
            auto m = insert("memberships",
                            {{QStringLiteral("angler_id"), a.id},
                             {QStringLiteral("season"), seasons[s]},
                             {QStringLiteral("joined_on"),
                              QDate(seasons[s], 1, 5 + i % 20).toString(Qt::ISODate)}});
            if (failed(m))
                return Status::failure(m.error());
            const bool paid = s == 0 || paidThrough >= seasons[1];
            if (paid) {
                auto pay = insert("ledger",
                                  {{QStringLiteral("posted_at"),
                                    clock.toUtc(QDate(seasons[s], 1, 5 + i % 20), QTime(19, 0))
                                        .toMSecsSinceEpoch()},
                                   {QStringLiteral("entry_date"),
                                    QDate(seasons[s], 1, 5 + i % 20).toString(Qt::ISODate)},
                                   {QStringLiteral("season"), seasons[s]},
                                   {QStringLiteral("kind"), QStringLiteral("dues")},
                                   {QStringLiteral("fund"), QStringLiteral("operating")},
                                   {QStringLiteral("amount_cents"), 2500},
                                   {QStringLiteral("angler_id"), a.id},
                                   {QStringLiteral("method"), i % 3 == 0 ? QStringLiteral("check")
                                                                         : QStringLiteral("cash")},
                                   {QStringLiteral("note"), tr("Season dues")}});
                if (failed(pay))
                    return Status::failure(pay.error());
            }
        }
        anglers.append(a);
    }

    // Officers: the same four long-serving members both seasons, with one change.
    const char *const posts[] = {"president", "treasurer", "weighmaster",
                                 "assistant_weighmaster"};
    for (int s = 0; s < 2; ++s)
        for (int p = 0; p < 4; ++p) {
            const int holder = s == 1 && p == 3 ? 12 : p * 3;
            auto o = insert("officer_terms", {{QStringLiteral("season"), seasons[s]},
                                              {QStringLiteral("post"), QLatin1String(posts[p]).toString()},
                                              {QStringLiteral("angler_id"), anglers[holder].id}});
            if (failed(o))
                return Status::failure(o.error());
        }

    // Tournaments: the fourth Sunday of January to October.
    bool inProgressMade = false;
    for (int s = 0; s < 2; ++s) {
        const int season = seasons[s];
        QList<QDate> dates;
        for (int month = 1; month <= 10; ++month)
            dates.append(fourthSunday(season, month));
        // The current season's latest tournament on or before today is the one in progress.
        int inProgress = -1;
        if (s == 1) {
            for (int t = 0; t < dates.size(); ++t)
                if (dates[t] <= today)
                    inProgress = t;
            if (inProgress < 0)
                inProgress = 0;
        }
        for (int t = 0; t < dates.size(); ++t) {
            const QDate date = dates[t];
            const bool paper = t == 6; // July: a paper tournament on a paper lake
            const Lake lake = paper ? paperLakes.value(s % std::max<qsizetype>(1, paperLakes.size()),
                                                       regularLakes.first())
                                    : regularLakes[(t * 3 + s * 5) % regularLakes.size()];
            const bool future = s == 1 && t > inProgress;
            const bool running = s == 1 && t == inProgress;
            const bool cancelled = s == 0 && t == 8; // a weather cancellation
            auto tid =
                insert("tournaments",
                       {{QStringLiteral("season"), season},
                        {QStringLiteral("event_date"), date.toString(Qt::ISODate)},
                        {QStringLiteral("name"), tr(monthTournaments[date.month() - 1])},
                        {QStringLiteral("lake_id"), lake.id},
                        {QStringLiteral("ramp_id"), lake.rampId},
                        {QStringLiteral("start_time"), QStringLiteral("06:30")},
                        {QStringLiteral("weigh_in_time"), QStringLiteral("14:30")},
                        {QStringLiteral("format"), QStringLiteral("individual")},
                        {QStringLiteral("ruleset_id"), rulesetIds[s]},
                        {QStringLiteral("fish_limit"), 5},
                        {QStringLiteral("entry_fee_cents"), 2500},
                        {QStringLiteral("fee_unit"), QStringLiteral("angler")},
                        {QStringLiteral("paper"), paper ? 1 : 0},
                        {QStringLiteral("cancelled"), cancelled ? 1 : 0},
                        {QStringLiteral("completed"), (future || running || cancelled) ? 0 : 1}});
            if (failed(tid))
                return Status::failure(tid.error());
            if (future || cancelled)
                continue;
            inProgressMade = inProgressMade || running;

            // Who fished: most members, a few guests.
            QList<int> field;
            for (int i = 0; i < anglerCount; ++i) {
                const bool member = anglers[i].member[s];
                const bool guest = i >= anglerCount - guestCount;
                if ((member && rng.bounded(100) < 55) || (guest && rng.bounded(100) < 12))
                    field.append(i);
            }
            const int weighed = running ? int(field.size()) / 2 : int(field.size());
            const qint64 weighIn = clock.toUtc(date, QTime(14, 30)).toMSecsSinceEpoch();
            QStringList entryIds;
            for (int k = 0; k < weighed; ++k) {
                const int i = field[k];
                const bool member = anglers[i].member[s];
                const int roll = int(rng.bounded(100));
                const bool buyIn = member && roll < 3;
                int fish = buyIn ? 0 : (roll < 12 ? 0 : (roll < 25 ? 1 + int(rng.bounded(4)) : 5));
                int gross = 0;
                int bigBass = 0;
                QList<int> lengths;
                for (int f = 0; f < fish; ++f) {
                    if (paper) {
                        const int len = 12 * 8 + int(rng.bounded(9 * 8));
                        lengths.append(len);
                        const int w = PaperChart::standard().weightFor(len, rules).hundredths();
                        gross += w;
                        bigBass = std::max(bigBass, w);
                    } else {
                        int w = 100 + int(rng.bounded(250));
                        if (rng.bounded(100) < 6)
                            w += 300 + int(rng.bounded(350)); // a kicker
                        gross += w;
                        bigBass = std::max(bigBass, w);
                    }
                }
                const int dead = fish > 0 && rng.bounded(100) < 7 ? 1 : 0;
                int late = fish > 0 && rng.bounded(100) < 4 ? 1 + int(rng.bounded(10)) : 0;
                bool dq = false;
                if (s == 0 && t == 4 && k == 2) { // one angler came in 22 minutes late
                    late = 22;
                    dq = true;
                }
                auto eid = insert("entries",
                                  {{QStringLiteral("tournament_id"), tid.value()},
                                   {QStringLiteral("angler_id"), anglers[i].id},
                                   {QStringLiteral("fish"), fish},
                                   {QStringLiteral("gross_weight"), gross},
                                   {QStringLiteral("big_bass"), bigBass},
                                   {QStringLiteral("dead"), dead},
                                   {QStringLiteral("minutes_late"), late},
                                   {QStringLiteral("buy_in"), buyIn ? 1 : 0},
                                   {QStringLiteral("dq"), dq ? 1 : 0},
                                   {QStringLiteral("was_member"), member ? 1 : 0},
                                   {QStringLiteral("entered_at"), weighIn + k * 45000}});
                if (failed(eid))
                    return Status::failure(eid.error());
                entryIds.append(eid.value());
                for (int len : std::as_const(lengths)) {
                    auto pf = insert("paper_fish", {{QStringLiteral("entry_id"), eid.value()},
                                                    {QStringLiteral("length_eighths"), len}});
                    if (failed(pf))
                        return Status::failure(pf.error());
                }
                auto fee = insert("ledger",
                                  {{QStringLiteral("posted_at"), weighIn - 8 * 3600 * 1000},
                                   {QStringLiteral("entry_date"), date.toString(Qt::ISODate)},
                                   {QStringLiteral("season"), season},
                                   {QStringLiteral("kind"),
                                    buyIn ? QStringLiteral("buy_in") : QStringLiteral("entry_fee")},
                                   {QStringLiteral("fund"), QStringLiteral("tournament_pot")},
                                   {QStringLiteral("amount_cents"), 2500},
                                   {QStringLiteral("angler_id"), anglers[i].id},
                                   {QStringLiteral("tournament_id"), tid.value()},
                                   {QStringLiteral("method"),
                                    k % 4 == 0 ? QStringLiteral("check") : QStringLiteral("cash")}});
                if (failed(fee))
                    return Status::failure(fee.error());
            }
            // Boats: anglers paired in weigh-in order, every fifth one fishing alone.
            for (int k = 0; k + 1 < weighed;) {
                const bool alone = k % 5 == 4;
                QVariantMap boat = {{QStringLiteral("tournament_id"), tid.value()},
                                    {QStringLiteral("boater_id"), anglers[field[k]].id}};
                if (!alone)
                    boat.insert(QStringLiteral("partner_id"), anglers[field[k + 1]].id);
                auto b = insert("boats", boat);
                if (failed(b))
                    return Status::failure(b.error());
                k += alone ? 1 : 2;
            }
            // A finished tournament was finalized by the weighmaster after the weigh-in.
            if (!running) {
                auto logged =
                    insert("tournament_log",
                           {{QStringLiteral("tournament_id"), tid.value()},
                            {QStringLiteral("action"), QStringLiteral("finalized")},
                            {QStringLiteral("actor"), anglers[6].name},
                            {QStringLiteral("at"), weighIn + 45 * 60 * 1000}});
                if (failed(logged))
                    return Status::failure(logged.error());
            }
        }
    }
    if (!inProgressMade)
        return Status::failure(tr("The demo could not schedule a tournament in progress."));
    if (Status s = settleFinishedTournaments(store, seasons[1]); !s)
        return s;
    return transaction.commit();
}
