#include "scoring/entryvalidator.h"

#include <QHash>

QList<EntryIssue> EntryValidator::checkOne(const Entry &e, const Ruleset &r, bool paper)
{
    QList<EntryIssue> issues;
    const QString who = e.anglerName.isEmpty() ? e.anglerId : e.anglerName;
    auto error = [&](const QString &message) {
        issues.append({EntryIssue::Severity::Error, -1, e.line, message});
    };
    auto warning = [&](const QString &message) {
        issues.append({EntryIssue::Severity::Warning, -1, e.line, message});
    };

    if (e.fish < 0 || e.gross.hundredths() < 0 || e.bigBass.hundredths() < 0 || e.dead < 0 ||
        e.lateMinutes < 0) {
        error(tr("%1: numbers cannot be negative.").arg(who));
        return issues;
    }
    if (paper) {
        for (int len : e.fishLengths)
            if (len < 0) {
                error(tr("%1: a fish length cannot be negative.").arg(who));
                return issues;
            }
        if (e.buyIn && !e.fishLengths.isEmpty())
            error(tr("%1: a buy-in cannot also weigh in fish.").arg(who));
        if (e.dead > e.fishLengths.size())
            error(tr("%1: %2 dead fish but only %3 fish measured.")
                      .arg(who)
                      .arg(e.dead)
                      .arg(e.fishLengths.size()));
        return issues;
    }
    if (e.buyIn) {
        // Any weight on a buy-in is ignored; fish are not.
        if (e.fish > 0)
            error(tr("%1: a buy-in cannot also weigh in fish.").arg(who));
        return issues;
    }
    if (e.fish > r.fishLimit)
        error(
            tr("%1: %2 fish is more than the limit of %3.").arg(who).arg(e.fish).arg(r.fishLimit));
    if (e.dead > e.fish)
        error(tr("%1: %2 dead fish but only %3 fish weighed.").arg(who).arg(e.dead).arg(e.fish));
    if (e.bigBass > e.gross)
        error(tr("%1: the big bass (%2 lb) weighs more than the whole stringer (%3 lb).")
                  .arg(who, e.bigBass.toString(), e.gross.toString()));
    if (e.gross.hundredths() > 0 && e.fish == 0)
        error(tr("%1: a weight of %2 lb with no fish. Enter the number of fish.")
                  .arg(who, e.gross.toString()));
    if (e.fish > 0 && e.gross.isZero())
        error(tr("%1: %2 fish but no weight. Enter the stringer weight.").arg(who).arg(e.fish));

    if (e.gross > r.warnTotalOver)
        warning(tr("%1: %2 lb is over %3 lb; check the scale reading.")
                    .arg(who, e.gross.toString(), r.warnTotalOver.toString()));
    if (e.bigBass > r.warnBigBassOver)
        warning(tr("%1: a big bass of %2 lb is over %3 lb; check the scale reading.")
                    .arg(who, e.bigBass.toString(), r.warnBigBassOver.toString()));
    if (e.fish > 0 && e.gross.hundredths() > 0) {
        const qint64 g = e.gross.hundredths();
        if (g < qint64(r.warnAverageBelow.hundredths()) * e.fish ||
            g > qint64(r.warnAverageAbove.hundredths()) * e.fish)
            warning(tr("%1: %2 fish weighing %3 lb is an unusual average per fish (expected "
                       "%4 to %5 lb); check the fish count and weight.")
                        .arg(who)
                        .arg(e.fish)
                        .arg(e.gross.toString(), r.warnAverageBelow.toString(),
                             r.warnAverageAbove.toString()));
    }
    return issues;
}

QList<EntryIssue> EntryValidator::check(const QList<Entry> &entries, const Ruleset &ruleset,
                                        bool paper)
{
    QList<EntryIssue> issues;
    QHash<QString, int> seen;
    for (int i = 0; i < entries.size(); ++i) {
        const Entry &e = entries.at(i);
        const QString key =
            e.anglerId.isEmpty() ? e.anglerName.simplified().toCaseFolded() : e.anglerId;
        if (auto it = seen.constFind(key); it != seen.cend()) {
            const Entry &first = entries.at(*it);
            const QString who = e.anglerName.isEmpty() ? e.anglerId : e.anglerName;
            issues.append(
                {EntryIssue::Severity::Error, i, e.line,
                 first.line > 0
                     ? tr("%1 is entered twice (also on line %2).").arg(who).arg(first.line)
                     : tr("%1 is entered twice in this tournament.").arg(who)});
        } else {
            seen.insert(key, i);
        }
        for (EntryIssue issue : checkOne(e, ruleset, paper)) {
            issue.entryIndex = i;
            issues.append(issue);
        }
    }
    return issues;
}

bool EntryValidator::hasErrors(const QList<EntryIssue> &issues)
{
    for (const EntryIssue &i : issues)
        if (i.severity == EntryIssue::Severity::Error)
            return true;
    return false;
}
