#include "scoring/weighinsheet.h"

#include "core/csv.h"

#include <QFile>
#include <QRegularExpression>

namespace {

QString normaliseColumn(const QString &name)
{
    QString key = name.trimmed().toCaseFolded();
    key.replace(u' ', u'_').replace(u'-', u'_');
    return key;
}

} // namespace

QString WeighInSheet::nameKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

WeighInSheet::Parsed WeighInSheet::read(const QString &path, const Ruleset &ruleset)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Parsed p;
        p.issues.append({EntryIssue::Severity::Error, -1, 0,
                         tr("Cannot open the sheet: %1").arg(file.errorString())});
        return p;
    }
    return parse(file.readAll(), ruleset);
}

WeighInSheet::Parsed WeighInSheet::parse(const QByteArray &csv, const Ruleset &ruleset)
{
    Parsed p;
    auto error = [&](int line, const QString &message) {
        p.issues.append({EntryIssue::Severity::Error, -1, line, message});
    };
    auto rows = CsvReader::parse(csv);
    if (!rows) {
        error(0, rows.error());
        return p;
    }
    if (rows->isEmpty()) {
        error(1, tr("The sheet is empty: it needs a header row with angler, fish and weight."));
        return p;
    }

    const CsvRow &header = rows->first();
    enum Column { Angler, Fish, WeightCol, Member, BigBass, Dead, Late, BuyIn, Dq, Boat, Count };
    static const char *const names[Count] = {"angler", "fish", "weight", "member", "big_bass",
                                             "dead",   "late", "buy_in", "dq",     "boat"};
    int column[Count];
    std::fill(std::begin(column), std::end(column), -1);
    for (int c = 0; c < header.fields.size(); ++c) {
        const QString key = normaliseColumn(header.fields.at(c));
        if (key.isEmpty())
            continue;
        bool known = false;
        for (int k = 0; k < Count; ++k) {
            if (key == QLatin1String(names[k])) {
                known = true;
                if (column[k] >= 0)
                    error(
                        header.line,
                        tr("The column \"%1\" appears twice.").arg(header.fields.at(c).trimmed()));
                column[k] = c;
            }
        }
        if (!known)
            p.issues.append(
                {EntryIssue::Severity::Warning, -1, header.line,
                 tr("The column \"%1\" is not used.").arg(header.fields.at(c).trimmed())});
    }
    for (int k : {Angler, Fish, WeightCol})
        if (column[k] < 0)
            error(header.line, tr("The required column \"%1\" is missing (the header row needs "
                                  "angler, fish and weight).")
                                   .arg(QLatin1String(names[k])));
    if (!p.ok())
        return p;

    for (qsizetype r = 1; r < rows->size(); ++r) {
        const CsvRow &row = rows->at(r);
        auto cell = [&](int k) {
            return column[k] >= 0 ? row.fields.value(column[k]).trimmed() : QString();
        };
        Entry e;
        e.line = row.line;
        e.anglerName = cell(Angler).simplified();
        e.anglerId = nameKey(e.anglerName);
        if (e.anglerName.isEmpty())
            error(row.line, tr("The angler's name is missing."));
        const QString who = e.anglerName.isEmpty() ? tr("This angler") : e.anglerName;

        auto yesNo = [&](int k, bool fallback) {
            const QString v = cell(k).toLower();
            if (v.isEmpty())
                return fallback;
            if (v == QLatin1String("yes") || v == QLatin1String("true") || v == QLatin1String("1"))
                return true;
            if (v == QLatin1String("no") || v == QLatin1String("false") || v == QLatin1String("0"))
                return false;
            error(row.line, tr("%1: \"%2\" in column %3 is not yes or no (use yes/no, true/false "
                               "or 1/0).")
                                .arg(who, cell(k), QLatin1String(names[k])));
            return fallback;
        };
        auto count = [&](int k) {
            const QString v = cell(k);
            if (v.isEmpty())
                return 0;
            static const QRegularExpression integer(QStringLiteral("^[+-]?\\d{1,6}$"));
            if (!integer.match(v).hasMatch()) {
                error(row.line, tr("%1: \"%2\" in column %3 is not a whole number.")
                                    .arg(who, v, QLatin1String(names[k])));
                return 0;
            }
            const int n = v.toInt();
            if (n < 0)
                error(row.line,
                      tr("%1: %2 cannot be negative (%3).").arg(who, QLatin1String(names[k]), v));
            return n < 0 ? 0 : n;
        };
        auto weight = [&](int k) {
            const QString v = cell(k);
            if (v.isEmpty())
                return Weight();
            auto w = Weight::parse(v);
            if (!w) {
                error(row.line,
                      tr("%1, column %2: %3").arg(who, QLatin1String(names[k]), w.error()));
                return Weight();
            }
            return w.value();
        };

        e.member = yesNo(Member, true);
        e.fish = count(Fish);
        e.gross = weight(WeightCol);
        e.bigBass = weight(BigBass);
        e.dead = count(Dead);
        e.lateMinutes = count(Late);
        e.buyIn = yesNo(BuyIn, false);
        e.dq = yesNo(Dq, false);
        e.boatId = cell(Boat);
        if (e.buyIn)
            e.gross = e.bigBass = Weight(); // any weight on a buy-in is ignored
        p.entries.append(e);
    }

    QList<EntryIssue> checks = EntryValidator::check(p.entries, ruleset);
    p.issues.append(checks);
    std::stable_sort(p.issues.begin(), p.issues.end(),
                     [](const EntryIssue &a, const EntryIssue &b) { return a.line < b.line; });
    return p;
}
