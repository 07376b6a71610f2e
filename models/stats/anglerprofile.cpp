#include "stats/anglerprofile.h"

#include "stats/tournamentstats.h"

#include <QLocale>

Weight AnglerProfile::monthAverage(int month) const
{
    return TournamentStats::averageOf(monthTotal.at(month), monthWeighIns.at(month));
}

AnglerProfile AnglerProfile::compute(const ClubHistory &history, const QString &anglerId)
{
    AnglerProfile p;
    p.anglerId = anglerId;
    for (const HistoryTournament &t : history.tournaments) {
        const ScoredEntry *e = t.result.find(anglerId);
        if (!e)
            continue;
        if (p.name.isEmpty())
            p.name = e->anglerName;
        if (p.years.isEmpty() || p.years.constLast().season != t.season) {
            ProfileYear y;
            y.season = t.season;
            p.years.append(y);
        }
        ProfileYear &year = p.years.last();
        if (e->countsAsEvent())
            ++year.events;
        year.points += e->points;

        // What this angler weighed: his own stringer, or his boat's in team format.
        int place = 0;
        Weight stringer;
        Weight big;
        bool weighed = false;
        if (t.byBoat()) {
            for (const BoatResult &b : t.boats) {
                if (!b.anglerIds.contains(anglerId))
                    continue;
                weighed = b.ranked;
                place = b.place;
                stringer = b.weight;
                big = b.bigBass;
            }
        } else if (e->status == EntryStatus::Fished || e->status == EntryStatus::Zero) {
            weighed = true;
            place = e->place;
            stringer = e->net;
            big = e->bigBass;
        }
        if (!weighed)
            continue;
        if (place >= 1 && place <= 3)
            ++year.places[place - 1];
        year.total += stringer;
        p.monthTotal[t.date.month() - 1] += stringer;
        ++p.monthWeighIns[t.date.month() - 1];
        if (stringer > p.bestStringer) {
            p.bestStringer = stringer;
            p.bestStringerTournament = t.name;
            p.bestStringerDate = t.date;
        }
        if (big > p.biggestBass) {
            p.biggestBass = big;
            p.biggestBassTournament = t.name;
            p.biggestBassDate = t.date;
        }
    }
    for (ProfileYear &y : p.years) {
        p.events += y.events;
        p.points += y.points;
        for (int i = 0; i < 3; ++i)
            p.places[i] += y.places[i];
        const HistorySeason *s = history.season(y.season);
        if (!s || s->teamSeason)
            continue;
        for (const StandingRow &row : s->standings.rows) {
            if (row.rank > 0)
                ++y.aoyRanked;
            if (row.anglerId == anglerId)
                y.aoyRank = row.rank;
        }
    }
    return p;
}

QString AnglerProfile::aoyFinishesText() const
{
    QStringList finishes;
    for (const ProfileYear &y : years)
        if (y.aoyRank > 0)
            finishes << tr("%1 of %2 in %3").arg(y.aoyRank).arg(y.aoyRanked).arg(y.season);
    return finishes.join(QStringLiteral(", "));
}

QList<StatsTable> AnglerProfile::tables() const
{
    using Kind = StatsTable::Kind;
    StatsTable byYear;
    byYear.key = QStringLiteral("years");
    byYear.title = tr("By year");
    byYear.columns = {
        {QStringLiteral("season"), tr("Season"), Kind::Year},
        {QStringLiteral("events"), tr("Events"), Kind::Number},
        {QStringLiteral("points"), tr("Points"), Kind::Number},
        {QStringLiteral("first"), tr("1st"), Kind::Number},
        {QStringLiteral("second"), tr("2nd"), Kind::Number},
        {QStringLiteral("third"), tr("3rd"), Kind::Number},
        {QStringLiteral("aoy"), tr("Angler of the Year"), Kind::Text},
        {QStringLiteral("weight"), tr("Weight"), Kind::Weight},
    };
    for (const ProfileYear &y : years)
        byYear.rows.append({y.season, y.events, y.points, y.places[0], y.places[1], y.places[2],
                            y.aoyRank > 0 ? QVariant(tr("%1 of %2").arg(y.aoyRank).arg(y.aoyRanked))
                                          : QVariant(),
                            y.total.hundredths()});

    StatsTable byMonth;
    byMonth.key = QStringLiteral("months");
    byMonth.title = tr("Weight per month");
    byMonth.columns = {
        {QStringLiteral("month"), tr("Month"), Kind::Text},
        {QStringLiteral("weigh_ins"), tr("Weigh-ins"), Kind::Number},
        {QStringLiteral("total"), tr("Total"), Kind::Weight},
        {QStringLiteral("average"), tr("Average"), Kind::Weight},
    };
    const QLocale locale;
    for (int m = 0; m < 12; ++m)
        if (monthWeighIns.at(m) > 0)
            byMonth.rows.append({locale.standaloneMonthName(m + 1), monthWeighIns.at(m),
                                 monthTotal.at(m).hundredths(), monthAverage(m).hundredths()});
    return {byYear, byMonth};
}
