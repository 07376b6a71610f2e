#include "reports/resultsreport.h"

#include "stats/tournamentstats.h"

#include "core/csv.h"
#include "reports/reportwriter.h"

#include <QHash>
#include <QLocale>
#include <QTimeZone>

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString cell(const QString &text, bool right = false)
{
    // Names and numbers stay on one line; the table takes the width it needs.
    return right ? QStringLiteral("<td align=\"right\" style=\"white-space: nowrap\">%1</td>")
                       .arg(esc(text))
                 : QStringLiteral("<td style=\"white-space: nowrap\">%1</td>").arg(esc(text));
}

QString headerRow(const QStringList &names, const QList<bool> &right)
{
    QString row = QStringLiteral("<tr>");
    for (qsizetype i = 0; i < names.size(); ++i)
        row += QStringLiteral("<th align=\"%1\" style=\"white-space: nowrap\">%2</th>")
                   .arg(right.value(i) ? QStringLiteral("right") : QStringLiteral("left"),
                        esc(names.at(i)));
    return row + QStringLiteral("</tr>");
}
} // namespace

Report ResultsReport::report(const QString &clubName, const TournamentRecord &tournament,
                             const WeighInStandings &standings, const QDateTime &printedAt)
{
    Report report = Report::fromHtml(tr("%1 results").arg(tournament.name),
                                     html(clubName, tournament, standings, printedAt),
                                     csv(tournament, standings));
    report.setBaseName(QStringLiteral("results-%1").arg(tournament.date.toString(Qt::ISODate)));
    return report;
}

QString ResultsReport::html(const QString &clubName, const TournamentRecord &t,
                            const WeighInStandings &s, const QDateTime &printedAt)
{
    const QLocale locale;
    QString h;
    h += QStringLiteral("<html><head><style>"
                        "body { font-family: sans-serif; font-size: 10pt; }"
                        "h1 { font-size: 16pt; margin-bottom: 0; }"
                        "h2 { font-size: 12pt; margin-top: 14pt; margin-bottom: 4pt; }"
                        "table { border-collapse: collapse; }"
                        "th { background-color: #dde3ea; padding: 3px 8px; }"
                        "td { padding: 2px 8px; border-bottom: 1px solid #cccccc; }"
                        ".muted { color: #555555; }"
                        "</style></head><body>");
    h += QStringLiteral("<h1>%1</h1>").arg(esc(tr("%1 — results").arg(t.name)));
    QStringList place;
    place.append(locale.toString(t.date, QLocale::LongFormat));
    if (!t.lakeName.isEmpty())
        place.append(t.rampName.isEmpty() ? t.lakeName : tr("%1, %2").arg(t.lakeName, t.rampName));
    place.append(t.format == TournamentFormat::Team ? tr("team format") : tr("individual format"));
    if (t.paper)
        place.append(tr("paper tournament"));
    h += QStringLiteral("<p>%1<br/><span class=\"muted\">%2</span></p>")
             .arg(esc(clubName), esc(place.join(QStringLiteral(" · "))));
    h +=
        QStringLiteral("<p><b>%1</b></p>")
            .arg(esc(t.completed
                         ? tr("Final results, finalized by %1 on %2.")
                               .arg(t.finalizedBy,
                                    locale.toString(
                                        // club time: the zone printedAt is in
                                        QDateTime::fromMSecsSinceEpoch(t.finalizedAt)
                                            .toTimeZone(printedAt.timeZone()),
                                        QLocale::ShortFormat))
                         : tr("Provisional results: not finalized yet.")));

    if (s.byBoat) {
        // Team format: boats are ranked and paid; the anglers' own rows mean nothing here.
        h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Places")));
        h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\">");
        h += headerRow({tr("Place"), tr("Boat"), tr("Fish"), tr("Weight lb"), tr("Big bass"),
                        tr("Payout"), tr("Big bass payout"), tr("Note")},
                       {true, false, true, true, true, true, true, false});
        for (const BoatResult &b : s.boats) {
            const Money m = s.placeMoney(b.boatId);
            const Money big = s.boatBigBassMoney(b.boatId);
            h += QStringLiteral("<tr>") +
                 cell(b.place > 0 ? QString::number(b.place) : QString(), true) +
                 cell(WeighInStandings::boatName(b)) + cell(QString::number(b.fish), true) +
                 cell(b.weight.toString(), true) +
                 cell(b.bigBass.isZero() ? QString() : b.bigBass.toString(), true) +
                 cell(m.isZero() ? QString() : m.toString(), true) +
                 cell(big.isZero() ? QString() : big.toString(), true) +
                 cell(b.ranked ? QString() : tr("DQ")) + QStringLiteral("</tr>");
        }
        h += QStringLiteral("</table>");
    } else {
        const bool points = s.ruleset.awardsPoints();
        h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Places")));
        h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\">");
        QStringList names = {tr("Place"), tr("Angler"), tr("Member"),
                             tr("Fish"),  tr("Net lb"), tr("Big bass")};
        QList<bool> right = {true, false, false, true, true, true};
        if (points) {
            names.append(tr("Points"));
            right.append(true);
        }
        names.append(tr("Note"));
        right.append(false);
        h += headerRow(names, right);
        for (const ScoredEntry &e : s.result.entries) {
            h += QStringLiteral("<tr>");
            h += cell(e.place > 0 ? QString::number(e.place) : QString(), true);
            h += cell(e.anglerName);
            h += cell(e.member ? tr("member") : tr("guest"));
            h += cell(QString::number(e.fish), true);
            h += cell(e.status == EntryStatus::BuyIn ? QString() : e.net.toString(), true);
            h += cell(e.bigBass.isZero() ? QString() : e.bigBass.toString(), true);
            if (points)
                h += cell(QString::number(e.points), true);
            h += cell(WeighInStandings::statusText(e));
            h += QStringLiteral("</tr>");
        }
        h += QStringLiteral("</table>");

        if (!s.boats.isEmpty()) {
            h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Boats")));
            h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\">");
            h += headerRow(
                {tr("Place"), tr("Boat"), tr("Fish"), tr("Weight lb"), tr("Big bass"), tr("Payout")},
                {true, false, true, true, true, true});
            for (const BoatResult &b : s.boats) {
                const Money m = s.placeMoney(b.boatId);
                h += QStringLiteral("<tr>") +
                     cell(b.place > 0 ? QString::number(b.place) : QString(), true) +
                     cell(WeighInStandings::boatName(b)) + cell(QString::number(b.fish), true) +
                     cell(b.weight.toString(), true) +
                     cell(b.bigBass.isZero() ? QString() : b.bigBass.toString(), true) +
                     cell(m.isZero() ? QString() : m.toString(), true) + QStringLiteral("</tr>");
            }
            h += QStringLiteral("</table>");
        }
    }

    // The tournament's numbers (TournamentStats, as the weigh-in page shows them).
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Statistics")));
    h += QStringLiteral("<table cellspacing=\"0\">");
    const TournamentStats stats = TournamentStats::compute(s.result, s.boats, t.format,
                                                           s.ruleset.fishLimit);
    for (const auto &[label, value] : stats.figures())
        h += QStringLiteral("<tr>") + cell(label) + cell(value, true) + QStringLiteral("</tr>");
    h += QStringLiteral("</table>");

    const TournamentPayouts &p = s.payouts;
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Big bass and money (proposed)")));
    const QString leader = s.bigBassLeaderText();
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(leader.isEmpty()
                          ? tr("Big bass: no eligible fish over %1 lb; the pot of %2 carries over "
                               "to the next tournament.")
                                .arg(s.ruleset.bigBassThreshold.toString(), p.carryOut.toString())
                          : tr("Big bass: %1.").arg(leader)));
    h += QStringLiteral("<table cellspacing=\"0\">");
    auto moneyRow = [&](const QString &label, Money m) {
        h += QStringLiteral("<tr>") + cell(label) + cell(m.toString(), true) +
             QStringLiteral("</tr>");
    };
    moneyRow(tr("Collected (%n paying)", nullptr, p.payingUnits), p.collected);
    moneyRow(tr("Place pot"), p.placePot);
    moneyRow(tr("Big bass pot (carried in %1)").arg(p.carryIn.toString()), p.bigBassPot);
    for (const BigBassPayout &b : p.bigBass) {
        QStringList who;
        for (const QString &id : b.anglerIds)
            if (const ScoredEntry *e = s.result.find(id))
                who.append(e->anglerName);
        moneyRow(tr("Big bass to %1").arg(who.join(QStringLiteral(" & "))), b.amount);
    }
    moneyRow(tr("Paid to anglers"), p.paidToAnglers());
    moneyRow(tr("Club fund (incl. %1 not split evenly)")
                 .arg((p.tieRemainder + p.unclaimedPlaces).toString()),
             p.clubFund());
    moneyRow(tr("Charity"), p.charity);
    moneyRow(tr("Big bass carried to the next tournament"), p.carryOut);
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p class=\"muted\">%1</p>")
             .arg(esc(tr("Printed %1 by SABC Tournament Manager. Payouts are proposals until the "
                         "treasurer marks them paid.")
                          .arg(locale.toString(printedAt, QLocale::ShortFormat))));
    h += QStringLiteral("</body></html>");
    return h;
}

QByteArray ResultsReport::csv(const TournamentRecord &t, const WeighInStandings &s)
{
    Q_UNUSED(t)
    if (s.byBoat) {
        // One row per boat; each payout appears once.
        CsvWriter w;
        w.row({QStringLiteral("place"), QStringLiteral("boat"), QStringLiteral("boater"),
               QStringLiteral("partner"), QStringLiteral("fish"), QStringLiteral("net_weight"),
               QStringLiteral("big_bass"), QStringLiteral("payout"),
               QStringLiteral("big_bass_payout")});
        for (const BoatResult &b : s.boats)
            w.cell(b.place > 0 ? QString::number(b.place) : QString())
                .cell(WeighInStandings::boatName(b))
                .cell(s.boaterName(b))
                .cell(s.partnerName(b))
                .cell(qint64(b.fish))
                .cell(b.weight)
                .cell(b.bigBass)
                .cell(s.placeMoney(b.boatId))
                .cell(s.boatBigBassMoney(b.boatId))
                .endRow();
        return w.toUtf8();
    }
    QHash<QString, const BoatResult *> boatOf;
    for (const BoatResult &b : s.boats)
        for (const QString &id : b.anglerIds)
            boatOf.insert(id, &b);
    CsvWriter w;
    w.row({QStringLiteral("place"), QStringLiteral("angler"), QStringLiteral("member"),
           QStringLiteral("fish"), QStringLiteral("net_weight"), QStringLiteral("big_bass"),
           QStringLiteral("points"), QStringLiteral("status"), QStringLiteral("boat_place"),
           QStringLiteral("boat_payout"), QStringLiteral("big_bass_payout")});
    for (const ScoredEntry &e : s.result.entries) {
        const BoatResult *b = boatOf.value(e.anglerId, nullptr);
        w.cell(e.place > 0 ? QString::number(e.place) : QString())
            .cell(e.anglerName)
            .cell(e.member ? QStringLiteral("yes") : QStringLiteral("no"))
            .cell(qint64(e.fish))
            .cell(e.net)
            .cell(e.bigBass)
            .cell(qint64(e.points))
            .cell(e.statusText())
            .cell(b && b->place > 0 ? QString::number(b->place) : QString())
            .cell(b ? s.placeMoney(b->boatId) : Money())
            .cell(s.bigBassMoney(e.anglerId))
            .endRow();
    }
    return w.toUtf8();
}

QByteArray ResultsReport::sheetCsv(const QList<EntryRecord> &entries,
                                   const QList<BoatRecord> &boats)
{
    QHash<QString, QString> boatOf;
    for (qsizetype i = 0; i < boats.size(); ++i) {
        boatOf.insert(boats.at(i).boaterId, QString::number(i + 1));
        if (!boats.at(i).partnerId.isEmpty())
            boatOf.insert(boats.at(i).partnerId, QString::number(i + 1));
    }
    CsvWriter w;
    w.row({QStringLiteral("angler"), QStringLiteral("fish"), QStringLiteral("weight"),
           QStringLiteral("member"), QStringLiteral("big_bass"), QStringLiteral("dead"),
           QStringLiteral("late"), QStringLiteral("buy_in"), QStringLiteral("dq"),
           QStringLiteral("boat")});
    for (const EntryRecord &e : entries)
        w.cell(e.anglerName)
            .cell(qint64(e.fish))
            .cell(e.gross)
            .cell(e.wasMember ? QStringLiteral("yes") : QStringLiteral("no"))
            .cell(e.bigBass)
            .cell(qint64(e.dead))
            .cell(qint64(e.minutesLate))
            .cell(e.buyIn ? QStringLiteral("yes") : QStringLiteral("no"))
            .cell(e.dq ? QStringLiteral("yes") : QStringLiteral("no"))
            .cell(boatOf.value(e.anglerId))
            .endRow();
    return w.toUtf8();
}

Status ResultsReport::writeSheetCsv(const QString &path, const QList<EntryRecord> &entries,
                                    const QList<BoatRecord> &boats)
{
    return ReportWriter::writeCsv(path, sheetCsv(entries, boats));
}
