// TreasuryReport: the treasurer's season report: income by kind, payouts, the club and charity
// shares, the big bass carryover held, every fund's opening and closing balance, each
// tournament's fees and payouts with whether its money balances, a chart of fees and payouts by
// tournament, and the season's ledger. Its CSV is the ledger (plain amounts, ids, reversals).
#pragma once

#include "core/result.h"
#include "reports/report.h"
#include "treasury/ledger.h"
#include "treasury/tournamentmoney.h"

#include <QCoreApplication>
#include <QImage>

class Store;

// A line of the season's money summary; a total is shown in bold.
struct SummaryLine
{
    QString label;
    Money amount;
    bool total = false;
};

class TreasuryReport
{
    Q_DECLARE_TR_FUNCTIONS(TreasuryReport)
public:
    static Result<Report> build(Store &store, int season);

    // The chart of the report, also used by the Treasury page's PDF.
    static QImage feesAndPayoutsImage(const SeasonMoneySummary &summary);
    // The summary as label/amount rows (the page shows the same lines).
    static QList<SummaryLine> summaryLines(const SeasonMoneySummary &summary);
};
