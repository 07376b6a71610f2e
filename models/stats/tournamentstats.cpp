#include "stats/tournamentstats.h"

#include <QLocale>

Weight TournamentStats::averageOf(Weight total, int count)
{
    if (count <= 0)
        return Weight();
    const qint64 h = total.hundredths();
    return Weight::fromHundredths(int((2 * h + count) / (2 * qint64(count))));
}

TournamentStats TournamentStats::compute(const TournamentResult &result,
                                         const QList<BoatResult> &boats, TournamentFormat format,
                                         int fishLimit)
{
    TournamentStats s;
    s.byBoat = format == TournamentFormat::Team;
    for (const ScoredEntry &e : result.entries) {
        if (e.status == EntryStatus::BuyIn)
            continue;
        ++s.anglers;
        if (e.status != EntryStatus::Dq)
            ++s.weighedAnglers;
        (e.member ? s.members : s.guests) += 1;
    }
    s.boats = int(boats.size());
    auto count = [&](int fish, Weight weight, Weight big, const QString &name) {
        ++s.stringers;
        s.fish += fish;
        if (fish >= fishLimit)
            ++s.limits;
        if (fish == 0)
            ++s.zeros;
        s.total += weight;
        s.top.append(weight);
        if (weight > s.heaviest) {
            s.heaviest = weight;
            s.heaviestName = name;
        }
        if (big > s.bigBass) {
            s.bigBass = big;
            s.bigBassName = name;
        }
    };
    if (s.byBoat) {
        for (const BoatResult &b : boats)
            if (b.ranked)
                count(b.fish, b.weight, b.bigBass, b.anglerNames.join(QStringLiteral(" & ")));
    } else {
        for (const ScoredEntry &e : result.entries)
            if (e.status == EntryStatus::Fished || e.status == EntryStatus::Zero)
                count(e.fish, e.net, e.bigBass, e.anglerName);
    }
    std::sort(s.top.begin(), s.top.end(), std::greater<>());
    s.average = averageOf(s.total, s.stringers);
    return s;
}

QList<std::pair<QString, QString>> TournamentStats::figures() const
{
    const QLocale locale;
    auto lb = [&](Weight w) { return tr("%1 lb").arg(w.toString(locale)); };
    auto named = [&](Weight w, const QString &name) {
        return w.isZero() ? tr("none") : tr("%1 lb (%2)").arg(w.toString(locale), name);
    };
    return {
        {tr("Anglers"), locale.toString(anglers)},
        {tr("Boats"), locale.toString(boats)},
        {tr("Fish"), locale.toString(fish)},
        {tr("Limits"), locale.toString(limits)},
        {tr("Zeros"), locale.toString(zeros)},
        {byBoat ? tr("Heaviest boat") : tr("Heaviest stringer"), named(heaviest, heaviestName)},
        {byBoat ? tr("Average boat") : tr("Average stringer"), lb(average)},
        {tr("Big bass"), named(bigBass, bigBassName)},
    };
}

QString TournamentStats::summaryText() const
{
    const QLocale locale;
    QStringList parts{tr("%n anglers", nullptr, anglers), tr("%n boats", nullptr, boats),
                      tr("%n fish", nullptr, fish), tr("%n limits", nullptr, limits),
                      tr("%n zeros", nullptr, zeros)};
    if (!heaviest.isZero())
        parts << (byBoat ? tr("heaviest boat %1 lb (%2)") : tr("heaviest %1 lb (%2)"))
                     .arg(heaviest.toString(locale), heaviestName)
              << tr("average %1 lb").arg(average.toString(locale));
    if (!bigBass.isZero())
        parts << tr("big bass %1 lb (%2)").arg(bigBass.toString(locale), bigBassName);
    return parts.join(QStringLiteral(" · "));
}
