#include "stats/clubdata.h"

#include "reports/reportchart.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace {

QVariant weightValue(Weight w)
{
    return w.hundredths();
}

// A weight that may be none (nothing was weighed).
QVariant optionalWeight(Weight w, int count)
{
    return count > 0 ? QVariant(w.hundredths()) : QVariant();
}

QVariant optionalDate(const QDate &d)
{
    return d.isValid() ? QVariant(d) : QVariant();
}

using Kind = StatsTable::Kind;

} // namespace

void LakeStats::add(const HistoryTournament &t, const TournamentStats &s)
{
    ++tournaments;
    if (!lastFished.isValid() || t.date > lastFished)
        lastFished = t.date;
    anglers += s.anglers;
    weighedAnglers += s.weighedAnglers;
    stringers += s.stringers;
    limits += s.limits;
    zeros += s.zeros;
    total += s.total;
    if (s.heaviest > heaviest) {
        heaviest = s.heaviest;
        heaviestName = s.heaviestName;
    }
    if (s.bigBass > bigBass) {
        bigBass = s.bigBass;
        bigBassName = s.bigBassName;
        bigBassDate = t.date;
    }
    for (int p = 0; p < 3 && p < s.top.size(); ++p) {
        placeTotal[p] += s.top.at(p);
        ++placeCount[p];
    }
}

namespace {

TournamentStats statsOf(const HistoryTournament &t)
{
    return TournamentStats::compute(t.result, t.boats, t.format, t.fishLimit);
}

} // namespace

ClubData ClubData::compute(const ClubHistory &history, int season)
{
    ClubData data;
    data.season = season;
    QHash<QString, qsizetype> lakeIndex;
    QHash<int, qsizetype> yearIndex;
    // Each season's anglers: whether they fished as a member at least once.
    QHash<int, QHash<QString, bool>> anglersOf;
    // Every big bass as a candidate (weight, date, where it is); only the top ten become records.
    struct Fish
    {
        Weight weight;
        QDate date;
        const HistoryTournament *tournament;
        const BoatResult *boat;
        const ScoredEntry *entry;
        size_t order;
    };
    std::vector<Fish> fish;
    for (const HistoryTournament &t : history.tournaments) {
        if (season > 0 && t.season != season)
            continue;
        const TournamentStats s = statsOf(t);
        if (s.anglers == 0)
            continue; // not fished (yet)

        ParticipationRow p;
        p.date = t.date;
        p.tournament = t.name;
        p.lake = t.lakeName;
        p.byBoat = t.byBoat();
        p.anglers = s.anglers;
        p.boats = s.boats;
        p.members = s.members;
        p.guests = s.guests;
        data.participation.append(p);

        const QString lakeKey = t.lakeId;
        auto l = lakeIndex.constFind(lakeKey);
        if (l == lakeIndex.cend()) {
            LakeStats lake;
            lake.lakeId = t.lakeId;
            lake.lake = t.lakeName.isEmpty() ? tr("(no lake recorded)") : t.lakeName;
            l = lakeIndex.insert(lakeKey, data.lakes.size());
            data.lakes.append(lake);
        }
        data.lakes[*l].add(t, s);

        auto y = yearIndex.constFind(t.season);
        if (y == yearIndex.cend()) {
            YearStats year;
            year.season = t.season;
            y = yearIndex.insert(t.season, data.years.size());
            data.years.append(year);
        }
        YearStats &year = data.years[*y];
        ++year.tournaments;
        year.stringers += s.stringers;
        year.limits += s.limits;
        year.zeros += s.zeros;
        year.memberEntries += s.members;
        year.guestEntries += s.guests;
        for (int i = 0; i < 3 && i < s.top.size(); ++i) {
            year.placeTotal[i] += s.top.at(i);
            ++year.placeCount[i];
        }
        QHash<QString, bool> &anglers = anglersOf[t.season];
        for (const ScoredEntry &e : t.result.entries) {
            if (e.status == EntryStatus::BuyIn)
                continue;
            bool &member = anglers[e.anglerId];
            member = member || e.member;
        }

        // Big bass: each angler's fish (a boat's in team format).
        if (t.byBoat()) {
            for (const BoatResult &b : t.boats)
                if (b.ranked && !b.bigBass.isZero())
                    fish.push_back({b.bigBass, t.date, &t, &b, nullptr, fish.size()});
        } else {
            for (const ScoredEntry &e : t.result.entries)
                if (e.status == EntryStatus::Fished && !e.bigBass.isZero())
                    fish.push_back({e.bigBass, t.date, &t, nullptr, &e, fish.size()});
        }
    }
    for (YearStats &year : data.years) {
        const QHash<QString, bool> anglers = anglersOf.value(year.season);
        year.memberAnglers = int(std::count(anglers.cbegin(), anglers.cend(), true));
        year.guestAnglers = int(anglers.size()) - year.memberAnglers;
    }
    std::sort(data.years.begin(), data.years.end(),
              [](const YearStats &a, const YearStats &b) { return a.season < b.season; });
    std::sort(data.lakes.begin(), data.lakes.end(), [](const LakeStats &a, const LakeStats &b) {
        if (a.tournaments != b.tournaments)
            return a.tournaments > b.tournaments;
        return QString::localeAwareCompare(a.lake, b.lake) < 0;
    });
    // Heaviest first, the earlier of equal fish first, then the order they were found in.
    const auto top = fish.begin() + std::min<std::ptrdiff_t>(bigBassCount, fish.size());
    std::partial_sort(fish.begin(), top, fish.end(), [&](const Fish &a, const Fish &b) {
        if (a.weight != b.weight)
            return a.weight > b.weight;
        if (a.date != b.date)
            return a.date < b.date;
        return a.order < b.order;
    });
    for (auto f = fish.begin(); f != top; ++f) {
        const HistoryTournament &t = *f->tournament;
        data.bigBass.append({f->weight,
                             f->boat ? f->boat->anglerNames.join(QStringLiteral(" & "))
                                     : f->entry->anglerName,
                             t.name, t.date, t.lakeName});
    }
    return data;
}

QList<StatsTable> ClubData::tables() const
{
    QList<StatsTable> tables;

    StatsTable lakesTable;
    lakesTable.key = QStringLiteral("lakes");
    lakesTable.title = tr("Lakes");
    lakesTable.columns = {
        {QStringLiteral("lake"), tr("Lake"), Kind::Text},
        {QStringLiteral("tournaments"), tr("Times fished"), Kind::Number},
        {QStringLiteral("last_fished"), tr("Last fished"), Kind::Date},
        {QStringLiteral("anglers"), tr("Anglers"), Kind::Number},
        {QStringLiteral("average_per_angler"), tr("Avg. per angler"), Kind::Weight},
        {QStringLiteral("limits"), tr("Limits"), Kind::Number},
        {QStringLiteral("zeros"), tr("Zeros"), Kind::Number},
        {QStringLiteral("heaviest"), tr("Heaviest"), Kind::Weight},
        {QStringLiteral("big_bass"), tr("Big bass"), Kind::Weight},
        {QStringLiteral("big_bass_by"), tr("Caught by"), Kind::Text},
        {QStringLiteral("big_bass_date"), tr("Caught on"), Kind::Date},
    };
    for (const LakeStats &l : lakes)
        lakesTable.rows.append({l.lake, l.tournaments, optionalDate(l.lastFished), l.anglers,
                                weightValue(l.averagePerAngler()), l.limits, l.zeros,
                                optionalWeight(l.heaviest, l.stringers),
                                l.bigBass.isZero() ? QVariant() : weightValue(l.bigBass),
                                l.bigBass.isZero() ? QVariant() : QVariant(l.bigBassName),
                                l.bigBass.isZero() ? QVariant() : optionalDate(l.bigBassDate)});
    tables.append(lakesTable);

    StatsTable bass;
    bass.key = QStringLiteral("big_bass");
    bass.title = season > 0 ? tr("Top ten big bass of %1").arg(season)
                            : tr("Top ten big bass of all time");
    bass.columns = {
        {QStringLiteral("rank"), tr("#"), Kind::Number},
        {QStringLiteral("weight"), tr("Weight"), Kind::Weight},
        {QStringLiteral("angler"), tr("Angler"), Kind::Text},
        {QStringLiteral("date"), tr("Date"), Kind::Date},
        {QStringLiteral("tournament"), tr("Tournament"), Kind::Text},
        {QStringLiteral("lake"), tr("Lake"), Kind::Text},
    };
    for (int i = 0; i < bigBass.size(); ++i) {
        const BigBassRecord &b = bigBass.at(i);
        // Equal fish share a rank (1, 2, 2, 4).
        int rank = i + 1;
        for (int j = i; j > 0 && bigBass.at(j - 1).weight == b.weight; --j)
            rank = j;
        bass.rows.append({rank, weightValue(b.weight), b.name, b.date, b.tournament, b.lake});
    }
    tables.append(bass);

    StatsTable limitsTable;
    limitsTable.key = QStringLiteral("limits_zeros");
    limitsTable.title = tr("Limits and zeros by year");
    limitsTable.columns = {
        {QStringLiteral("season"), tr("Season"), Kind::Year},
        {QStringLiteral("tournaments"), tr("Tournaments"), Kind::Number},
        {QStringLiteral("stringers"), tr("Stringers"), Kind::Number},
        {QStringLiteral("limits"), tr("Limits"), Kind::Number},
        {QStringLiteral("zeros"), tr("Zeros"), Kind::Number},
    };
    for (const YearStats &y : years)
        limitsTable.rows.append({y.season, y.tournaments, y.stringers, y.limits, y.zeros});
    tables.append(limitsTable);

    StatsTable people;
    people.key = QStringLiteral("members_guests");
    people.title = tr("Members and guests by year");
    people.columns = {
        {QStringLiteral("season"), tr("Season"), Kind::Year},
        {QStringLiteral("members"), tr("Members"), Kind::Number},
        {QStringLiteral("guests"), tr("Guests"), Kind::Number},
        {QStringLiteral("member_entries"), tr("Member entries"), Kind::Number},
        {QStringLiteral("guest_entries"), tr("Guest entries"), Kind::Number},
    };
    for (const YearStats &y : years)
        people.rows.append(
            {y.season, y.memberAnglers, y.guestAnglers, y.memberEntries, y.guestEntries});
    tables.append(people);

    const QList<StatsTable::Column> placeColumns = {
        {QStringLiteral("tournaments"), tr("Tournaments"), Kind::Number},
        {QStringLiteral("first"), tr("Avg. 1st"), Kind::Weight},
        {QStringLiteral("second"), tr("Avg. 2nd"), Kind::Weight},
        {QStringLiteral("third"), tr("Avg. 3rd"), Kind::Weight},
    };
    StatsTable byYear;
    byYear.key = QStringLiteral("winning_weights_by_year");
    byYear.title = tr("Average winning weights by year");
    byYear.columns = {{QStringLiteral("season"), tr("Season"), Kind::Year}};
    byYear.columns += placeColumns;
    for (const YearStats &y : years)
        byYear.rows.append({y.season, y.tournaments, optionalWeight(y.averagePlace(0), y.placeCount[0]),
                            optionalWeight(y.averagePlace(1), y.placeCount[1]),
                            optionalWeight(y.averagePlace(2), y.placeCount[2])});
    tables.append(byYear);

    StatsTable byLake;
    byLake.key = QStringLiteral("winning_weights_by_lake");
    byLake.title = tr("Average winning weights by lake");
    byLake.columns = {{QStringLiteral("lake"), tr("Lake"), Kind::Text}};
    byLake.columns += placeColumns;
    for (const LakeStats &l : lakes)
        byLake.rows.append({l.lake, l.tournaments, optionalWeight(l.averagePlace(0), l.placeCount[0]),
                            optionalWeight(l.averagePlace(1), l.placeCount[1]),
                            optionalWeight(l.averagePlace(2), l.placeCount[2])});
    tables.append(byLake);

    StatsTable part;
    part.key = QStringLiteral("participation");
    part.title = tr("Participation per tournament");
    part.columns = {
        {QStringLiteral("date"), tr("Date"), Kind::Date},
        {QStringLiteral("tournament"), tr("Tournament"), Kind::Text},
        {QStringLiteral("lake"), tr("Lake"), Kind::Text},
        {QStringLiteral("anglers"), tr("Anglers"), Kind::Number},
        {QStringLiteral("boats"), tr("Boats"), Kind::Number},
        {QStringLiteral("members"), tr("Members"), Kind::Number},
        {QStringLiteral("guests"), tr("Guests"), Kind::Number},
    };
    for (const ParticipationRow &p : participation)
        part.rows.append(
            {p.date, p.tournament, p.lake, p.anglers, p.boats, p.members, p.guests});
    tables.append(part);
    return tables;
}

Report ClubData::report(const QString &clubName) const
{
    Report report(tr("%1: club data").arg(clubName),
                  season > 0 ? tr("Season %1").arg(season) : tr("Every season"));
    report.setBaseName(season > 0 ? QStringLiteral("club-data-%1").arg(season)
                                  : QStringLiteral("club-data"));
    report.setLandscape(true);
    const QList<StatsTable> all = tables();
    QStringList years;
    for (const YearStats &y : this->years)
        years << QString::number(y.season);
    for (const StatsTable &t : all) {
        report.addHeading(t.title);
        if (t.key == QLatin1String("limits_zeros") && !years.isEmpty()) {
            ChartSeries limits{tr("Limits"), ReportChart::color(0), {}};
            ChartSeries zeros{tr("Zeros"), ReportChart::color(1), {}};
            for (const YearStats &y : this->years) {
                limits.values << y.limits;
                zeros.values << y.zeros;
            }
            report.addImage(ReportChart::bars(t.title, years, {limits, zeros}, false));
        } else if (t.key == QLatin1String("members_guests") && !years.isEmpty()) {
            ChartSeries members{tr("Members"), ReportChart::color(0), {}};
            ChartSeries guests{tr("Guests"), ReportChart::color(1), {}};
            for (const YearStats &y : this->years) {
                members.values << y.memberAnglers;
                guests.values << y.guestAnglers;
            }
            report.addImage(ReportChart::bars(t.title, years, {members, guests}, false));
        }
        report.addTable(t.toReportTable());
    }
    report.addNote(tr("Net weights as scored (dead-fish and late penalties); in team format the "
                      "boats are the stringers. Cancelled tournaments are left out."));
    return report;
}

LakeHistory LakeHistory::compute(const ClubHistory &history, const QString &lakeId,
                                 const QDate &date, const QString &tournamentId)
{
    LakeHistory h;
    h.lake.lakeId = lakeId;
    for (const HistoryTournament &t : history.tournaments) {
        if (t.id == tournamentId || (date.isValid() && t.date >= date))
            continue;
        const bool atLake = !lakeId.isEmpty() && t.lakeId == lakeId;
        const bool sameMonth =
            date.isValid() && t.date.month() == date.month() &&
            t.date.year() < date.year() && t.date.year() >= date.year() - yearsBack;
        if (!atLake && !sameMonth)
            continue;
        const TournamentStats s = statsOf(t);
        if (s.anglers == 0)
            continue;
        if (atLake) {
            h.lake.lake = t.lakeName;
            h.lake.add(t, s);
        }
        if (sameMonth) {
            SameMonthRow row;
            row.year = t.date.year();
            row.held = true;
            row.date = t.date;
            row.tournament = t.name;
            row.lake = t.lakeName;
            row.anglers = s.anglers;
            row.limits = s.limits;
            row.zeros = s.zeros;
            row.top = s.top.mid(0, 3);
            h.sameMonth.append(row);
        }
    }
    if (date.isValid()) {
        for (int back = 1; back <= yearsBack; ++back) {
            const int year = date.year() - back;
            bool any = false;
            for (const SameMonthRow &r : std::as_const(h.sameMonth))
                any = any || r.year == year;
            if (!any) {
                SameMonthRow none;
                none.year = year;
                h.sameMonth.append(none);
            }
        }
    }
    std::stable_sort(h.sameMonth.begin(), h.sameMonth.end(),
                     [](const SameMonthRow &a, const SameMonthRow &b) {
                         if (a.year != b.year)
                             return a.year > b.year;
                         return a.date < b.date;
                     });
    return h;
}
