#include "reports/treasuryreport.h"

#include "core/clubrules.h"
#include "reports/reportchart.h"
#include "store/store.h"

#include <QLocale>

QList<SummaryLine> TreasuryReport::summaryLines(const SeasonMoneySummary &s)
{
    return {
        {tr("Dues"), s.dues, false},
        {tr("Entry fees"), s.entryFees, false},
        {tr("Buy-ins"), s.buyIns, false},
        {tr("Total income"), s.income(), true},
        {tr("Place money paid"), s.placePayouts, false},
        {tr("Big bass paid"), s.bigBassPayouts, false},
        {tr("Total payouts"), s.payouts(), true},
        {tr("Club share moved to the club fund"), s.clubShare, false},
        {tr("Charity share moved to charity"), s.charityShare, false},
        {tr("Moved into the big bass pot"), s.bigBassShare, false},
        {tr("Expenses"), s.expenses, false},
        {tr("Corrections (net)"), s.corrections, false},
        {tr("Big bass carryover held at the end of the season"), s.carryoverHeld, false},
    };
}

QImage TreasuryReport::feesAndPayoutsImage(const SeasonMoneySummary &summary)
{
    QStringList categories;
    ChartSeries fees{tr("Fees received"), ReportChart::color(0), {}};
    ChartSeries payouts{tr("Payouts paid"), ReportChart::color(1), {}};
    for (const TournamentMoneyTotals &t : summary.tournaments) {
        categories.append(QLocale().toString(t.date, QStringLiteral("MMM d")));
        fees.values.append(t.fees.cents());
        payouts.values.append(t.payouts.cents());
    }
    return ReportChart::bars(tr("Fees and payouts by tournament, %1").arg(summary.season),
                             categories, {fees, payouts}, true);
}

Result<Report> TreasuryReport::build(Store &store, int season)
{
    using R = Result<Report>;
    LedgerStore ledger(&store);
    auto summary = ledger.seasonSummary(season);
    if (!summary)
        return R::failure(summary.error());
    auto money = TournamentMoney::loadSeason(store, season);
    if (!money)
        return R::failure(money.error());
    auto entries = ledger.entries(season);
    if (!entries)
        return R::failure(entries.error());

    const QString club = store.club().name;
    Report report(tr("Treasurer's report %1").arg(season),
                  club.isEmpty() ? tr("Season %1").arg(season) : club);
    report.setBaseName(QStringLiteral("treasurer-%1").arg(season));
    report.setCsvByteOrderMark(true);

    ReportTable sum;
    sum.title = tr("Season summary");
    sum.header = {tr("Line"), tr("Amount")};
    sum.rightAligned = {1};
    sum.inCsv = false;
    const auto lines = summaryLines(summary.value());
    for (int i = 0; i < lines.size(); ++i) {
        sum.rows.append({lines.at(i).label, lines.at(i).amount.toString()});
        if (lines.at(i).total)
            sum.boldRows.append(i);
    }
    report.addTable(sum);

    ReportTable funds;
    funds.title = tr("Fund balances");
    funds.header = {tr("Fund"), tr("Start of season"), tr("Change"), tr("End of season")};
    funds.rightAligned = {1, 2, 3};
    funds.inCsv = false;
    for (Fund f : ledger::allFunds())
        funds.rows.append({ledger::fundText(f), summary->openingBalances[f].toString(),
                           summary->seasonChange[f].toString(),
                           summary->closingBalances[f].toString()});
    funds.rows.append(
        {tr("All funds"), summary->openingBalances.total().toString(),
         (summary->closingBalances.total() - summary->openingBalances.total()).toString(),
         summary->closingBalances.total().toString()});
    funds.boldRows.append(int(funds.rows.size()) - 1);
    report.addTable(funds);

    ReportTable tournaments;
    tournaments.title = tr("Tournaments");
    tournaments.header = {tr("Date"), tr("Tournament"), tr("Fees paid"),
                          tr("Fees"), tr("Payouts"),    tr("Money")};
    tournaments.rightAligned = {2, 3, 4};
    tournaments.inCsv = false;
    int unbalanced = 0;
    for (const TournamentMoneyState &st : money.value()) {
        QString status;
        if (st.cancelled)
            status = tr("cancelled");
        else if (st.balances())
            status = st.feesCheck.recorded.isZero() ? tr("nothing yet") : tr("balances");
        else {
            status = tr("off by %1").arg(st.offBy().toString());
            ++unbalanced;
        }
        tournaments.rows.append({QLocale().toString(st.date, QLocale::ShortFormat), st.name,
                                 tr("%1 of %2").arg(st.feesPaidCount()).arg(st.entrantCount()),
                                 st.feesCheck.recorded.toString(),
                                 (st.placeCheck.recorded + st.bigBassCheck.recorded).toString(),
                                 status});
    }
    report.addTable(tournaments);
    report.addNote(unbalanced == 0
                       ? tr("Every tournament's money balances to the cent.")
                       : tr("%n tournament(s) do not balance yet; the Treasury page lists what "
                            "is missing.",
                            nullptr, unbalanced));
    if (!summary->tournaments.isEmpty())
        report.addImage(feesAndPayoutsImage(summary.value()),
                        tr("Entry fees and buy-ins received, and place and big bass money paid, "
                           "per tournament."));

    ReportTable table;
    table.title = tr("Ledger");
    table.header = {tr("Date"),       tr("Kind"),   tr("Fund"),   tr("Angler"),
                    tr("Tournament"), tr("Method"), tr("Amount"), tr("Note")};
    table.rightAligned = {6};
    table.compact = true;
    table.csvHeader = {
        QStringLiteral("date"),   QStringLiteral("season"),     QStringLiteral("kind"),
        QStringLiteral("fund"),   QStringLiteral("angler"),     QStringLiteral("tournament"),
        QStringLiteral("method"), QStringLiteral("amount"),     QStringLiteral("note"),
        QStringLiteral("id"),     QStringLiteral("reverses_id")};
    for (const LedgerEntry &e : entries.value()) {
        table.rows.append({QLocale().toString(e.date, QLocale::ShortFormat),
                           e.isReversal() ? tr("%1 (reversal)").arg(ledger::kindText(e.kind))
                                          : ledger::kindText(e.kind),
                           ledger::fundText(e.fund), e.anglerName, e.tournamentName,
                           ClubRules::methodText(e.method), e.amount.toString(), e.note});
        table.csvRows.append({e.date.toString(Qt::ISODate), QString::number(e.season),
                              ledger::kindKey(e.kind), ledger::fundKey(e.fund), e.anglerName,
                              e.tournamentName, e.method, e.amount.toPlainString(), e.note, e.id,
                              e.reversesId});
    }
    report.addPageBreak();
    report.addTable(table);
    report.addNote(tr("%n entries, of which %1 reverse earlier ones. Entries are never edited; "
                      "a correction is a reversing entry.",
                      nullptr, summary->entryCount)
                       .arg(summary->reversalCount));
    return report;
}
