// RosterReport: the roster as the user sees it (filtered and sorted, from the roster table's
// model) as a Report: a spreadsheet-safe CSV and a printable landscape PDF. The PDF is built as
// HTML for QTextDocument with every name escaped, so a name like "<b>Bob</b>" prints as typed.
#pragma once

#include "reports/report.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

class QAbstractItemModel;

struct ReportHeading
{
    QString clubName;
    int season = 0;
    QDate printedOn;
};

class RosterReport
{
    Q_DECLARE_TR_FUNCTIONS(RosterReport)
public:
    // The header and the rows of a roster model (RosterModel columns), as displayed.
    static QStringList header(const QAbstractItemModel *model);
    static QList<QStringList> rows(const QAbstractItemModel *model);

    // UTF-8 with a byte order mark (Excel), CRLF, formulas neutralised.
    static QByteArray toCsv(const QAbstractItemModel *model);
    static QString toHtml(const QAbstractItemModel *model, const ReportHeading &heading);

    // Both, titled "Roster <season>", landscape, named roster-<season>.
    static Report report(const QAbstractItemModel *model, const ReportHeading &heading);
};
