// Reports: every text escaped in the document (a name with <b> prints as text), CSV cells that
// would start a formula neutralised, PDF contents read back with pdftotext, and the builders of
// every report kind over the demo club (totals that agree with the ledger, charts present).
// Page images for a person to look at go to $SABC_SCREENSHOT_DIR (or the current folder).
#include "demo/democlub.h"
#include "itemmodels/standingsmodel.h"
#include "reports/report.h"
#include "reports/reportbuilders.h"
#include "reports/reportchart.h"
#include "reports/treasuryreport.h"
#include "store/store.h"
#include "treasury/ledger.h"
#include "treasury/tournamentmoney.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

class TestReports : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void namesAreEscaped();
    void csvNeutralisesFormulas_data();
    void csvNeutralisesFormulas();
    void pdfReadsBack();
    void treasurerReport();
    void tableRowsStayOnOnePage();
    void standingsReportWithRace();
    void resultsReport();
    void rosterAndDues();
    void chartsDraw();

private:
    // With `layout`, lines as on the page; without, each table cell's text in reading order
    // (a name wrapped inside its cell comes out whole once line breaks are ignored).
    QString pdfText(const QString &pdf, bool layout = true);
    void keepPages(const QString &pdf, const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QString m_boldAngler;
    QString m_formulaAngler;
};

void TestReports::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    auto opened = Store::open(m_dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY(opened.ok());
    m_store = std::move(opened).value();
    QVERIFY(DemoClub::create(*m_store, QDate(2026, 8, 30)).ok());
    // Two members with hostile names, who fished and paid.
    QSqlQuery q(m_store->database());
    // Picked by name, so every run prints the same pages.
    q.prepare(QStringLiteral("SELECT DISTINCT l.angler_id, a.full_name FROM ledger l "
                             "JOIN anglers a ON a.id = l.angler_id WHERE l.kind = 'entry_fee' "
                             "AND l.season = 2026 AND l.deleted = 0 ORDER BY a.full_name LIMIT 2"));
    QVERIFY(q.exec());
    QVERIFY(q.next());
    m_boldAngler = q.value(0).toString();
    QVERIFY(q.next());
    m_formulaAngler = q.value(0).toString();
    QVERIFY(m_store
                ->update(QStringLiteral("anglers"), m_boldAngler,
                         {{QStringLiteral("full_name"), QStringLiteral("<b>Bold</b> O'Brien")}})
                .ok());
    QVERIFY(m_store
                ->update(QStringLiteral("anglers"), m_formulaAngler,
                         {{QStringLiteral("full_name"),
                           QStringLiteral("=HYPERLINK(\"http://evil.example\",\"Win\")")}})
                .ok());
}

namespace {
bool containsWrapped(const QString &text, const QString &needle);
}

QString TestReports::pdfText(const QString &pdf, bool layout)
{
    QProcess p;
    QStringList args = {pdf, QStringLiteral("-")};
    if (layout)
        args.prepend(QStringLiteral("-layout"));
    p.start(QStringLiteral("pdftotext"), args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QString();
    // The PDF font draws "ff", "fi", "fl" as ligatures; read them as letters.
    return QString::fromUtf8(p.readAllStandardOutput())
        .replace(QChar(0xFB00), QStringLiteral("ff"))
        .replace(QChar(0xFB01), QStringLiteral("fi"))
        .replace(QChar(0xFB02), QStringLiteral("fl"));
}

namespace {
// Whether `needle` is in `text` once every space and line break is ignored: a table cell may
// wrap a long name or a phone number onto two lines.
bool containsWrapped(const QString &text, const QString &needle)
{
    auto squeeze = [](QString s) {
        s.remove(QRegularExpression(QStringLiteral("\\s+")));
        return s;
    };
    return squeeze(text).contains(squeeze(needle));
}
} // namespace

void TestReports::keepPages(const QString &pdf, const QString &name)
{
    QString dir = qEnvironmentVariable("SABC_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QDir::currentPath();
    QDir().mkpath(dir);
    QProcess p;
    p.start(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"),
                                         QStringLiteral("60"), pdf, QDir(dir).filePath(name)});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    QFile text(QDir(dir).filePath(name + QStringLiteral(".txt")));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write(pdfText(pdf).toUtf8());
}

void TestReports::namesAreEscaped()
{
    Report r(QStringLiteral("Title <i>x</i>"), QStringLiteral("Club & Co"));
    r.addParagraph(QStringLiteral("<script>alert(1)</script>"));
    ReportTable t;
    t.header = {QStringLiteral("Angler"), QStringLiteral("Amount")};
    t.rows = {{QStringLiteral("<b>Bob</b>"), QStringLiteral("$1.00")}};
    r.addTable(t);
    const QString html = r.toHtml();
    QVERIFY(html.contains(QStringLiteral("&lt;b&gt;Bob&lt;/b&gt;")));
    QVERIFY(!html.contains(QStringLiteral("<b>Bob</b>")));
    QVERIFY(!html.contains(QStringLiteral("<script>")));
    QVERIFY(html.contains(QStringLiteral("Club &amp; Co")));
    auto doc = r.toDocument();
    QVERIFY(doc->toPlainText().contains(QStringLiteral("<b>Bob</b>")));
    QVERIFY(doc->toPlainText().contains(QStringLiteral("Title <i>x</i>")));
}

void TestReports::csvNeutralisesFormulas_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("written");
    QTest::newRow("hyperlink") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
                               << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    QTest::newRow("plus") << QStringLiteral("+1+cmd|' /C calc'!A0")
                          << QStringLiteral("'+1+cmd|' /C calc'!A0");
    QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("at") << QStringLiteral("@SUM(A1:A2)") << QStringLiteral("'@SUM(A1:A2)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("negative amount stays a number")
        << QStringLiteral("-25.00") << QStringLiteral("-25.00");
    QTest::newRow("plain name") << QStringLiteral("Ann Lee") << QStringLiteral("Ann Lee");
    QTest::newRow("comma") << QStringLiteral("Lee, Ann") << QStringLiteral("\"Lee, Ann\"");
}

void TestReports::csvNeutralisesFormulas()
{
    QFETCH(QString, cell);
    QFETCH(QString, written);
    Report r(QStringLiteral("t"), QString());
    ReportTable t;
    t.header = {QStringLiteral("name")};
    t.rows = {{cell}};
    r.addTable(t);
    const QString csv = QString::fromUtf8(r.toCsv());
    QCOMPARE(csv, QStringLiteral("name\n") + written + u'\n');
}

void TestReports::pdfReadsBack()
{
    Report r(QStringLiteral("Escaping check"), QStringLiteral("SABC"));
    ReportTable t;
    t.header = {QStringLiteral("Angler"), QStringLiteral("Amount")};
    t.rightAligned = {1};
    t.rows = {{QStringLiteral("<b>Bob</b> & Ann"), QStringLiteral("$1,234.56")}};
    r.addTable(t);
    const QString pdf = m_dir.filePath(QStringLiteral("escape.pdf"));
    const Status s = r.writePdf(pdf);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("<b>Bob</b> & Ann")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("$1,234.56")));
    QVERIFY(!r.writePdf(m_dir.filePath(QStringLiteral("no/such/folder/x.pdf"))).ok());
}

void TestReports::treasurerReport()
{
    // The demo settled every finished tournament, so the report has payouts, shares and
    // balanced lines.
    auto list = TournamentMoney::tournaments(*m_store, 2026);
    QVERIFY(list.ok());
    auto first = TournamentMoney::load(*m_store, list->first().id);
    QVERIFY(first.ok());
    QVERIFY2(first->balances(), qPrintable(first->statusText()));
    QVERIFY(first->placeCheck.recorded > Money());
    QVERIFY(first->clubCheck.recorded > Money());
    // A mistaken fee reversed, in a finished tournament: its books are off by that fee.
    LedgerStore ledger(m_store.get());
    auto entries = ledger.entries(2026);
    QVERIFY(entries.ok());
    QString feeOfBold;
    for (const LedgerEntry &e : entries.value()) {
        if (e.anglerId != m_boldAngler || e.kind != LedgerKind::EntryFee || !feeOfBold.isEmpty())
            continue;
        for (const TournamentMoney::TournamentRef &t : list.value())
            if (t.id == e.tournamentId && t.completed)
                feeOfBold = e.id;
    }
    QVERIFY(!feeOfBold.isEmpty());
    QVERIFY(ledger.reverse(feeOfBold, QStringLiteral("=cmd|' /C calc'!A0")).ok());

    auto report = TreasuryReport::build(*m_store, 2026);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->baseName(), QStringLiteral("treasurer-2026"));
    QCOMPARE(int(report->images().size()), 1);
    auto summary = ledger.seasonSummary(2026);
    QVERIFY(summary.ok());

    const QString csv = QString::fromUtf8(report->toCsv());
    QVERIFY(csv.startsWith(QStringLiteral("date,season,kind,fund,angler,tournament,method,amount,"
                                          "note,id,reverses_id\n")));
    QCOMPARE(int(csv.count(u'\n')), summary->entryCount + 1);
    QVERIFY2(
        csv.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Win\"\")\"")),
        qPrintable(csv.left(2000)));
    QVERIFY(!csv.contains(QStringLiteral(",=HYPERLINK")));
    QVERIFY(csv.contains(QStringLiteral("'=cmd|' /C calc'!A0")));
    QVERIFY(csv.contains(QStringLiteral(",-25.00,"))); // the reversal, a plain number
    QVERIFY(csv.contains(QStringLiteral("<b>Bold</b> O'Brien")));

    const QString pdf = m_dir.filePath(QStringLiteral("treasurer.pdf"));
    const Status s = report->writePdf(pdf);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("Treasurer's report 2026")));
    QVERIFY(text.contains(QStringLiteral("Season summary")));
    QVERIFY(text.contains(QStringLiteral("Fund balances")));
    QVERIFY(text.contains(QStringLiteral("Big bass carryover held")));
    QVERIFY(text.contains(summary->income().toString()));
    QVERIFY(text.contains(summary->carryoverHeld.toString()));
    keepPages(pdf, QStringLiteral("report-treasurer"));
    // The name prints as text (a table cell may wrap it onto two lines).
    QVERIFY2(containsWrapped(pdfText(pdf, false), QStringLiteral("<b>Bold</b> O'Brien")),
             "the name prints as text");
    QVERIFY(text.contains(QStringLiteral("balances")));
    // Two tournaments do not balance: the one with the reversed fee and the one in progress.
    QVERIFY2(text.contains(QStringLiteral("off by $25.00")), qPrintable(text));
    QCOMPARE(int(text.count(QStringLiteral("off by $"))), 2);
}

// A table row is printed whole on one page: the ledger's long notes wrap onto several lines,
// and a row that does not fit at the foot of a page moves to the next one, under the repeated
// column titles, instead of leaving its last lines there without a date.
void TestReports::tableRowsStayOnOnePage()
{
    auto report = TreasuryReport::build(*m_store, 2025);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    const QString pdf = m_dir.filePath(QStringLiteral("treasurer-rows.pdf"));
    const Status s = report->writePdf(pdf);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    const QStringList pages = pdfText(pdf).split(u'\f');
    const QRegularExpression header(QStringLiteral("^\\s*Date\\s+Kind\\s+Fund"));
    const QRegularExpression dated(QStringLiteral("^\\s*\\d{1,2} \\S+ \\d{4}\\s"));
    int ledgerPages = 0;
    QStringList split;
    for (int p = 0; p < pages.size(); ++p) {
        const QStringList lines = pages.at(p).split(u'\n', Qt::SkipEmptyParts);
        for (int i = 0; i + 1 < lines.size(); ++i) {
            if (!header.match(lines.at(i)).hasMatch())
                continue;
            ++ledgerPages;
            if (!dated.match(lines.at(i + 1)).hasMatch())
                split << QStringLiteral("page %1 starts with \"%2\"").arg(p + 1).arg(lines.at(i + 1));
            break;
        }
    }
    QVERIFY2(ledgerPages >= 5, qPrintable(QString::number(ledgerPages)));
    QVERIFY2(split.isEmpty(), qPrintable(split.join(u'\n')));
}

void TestReports::standingsReportWithRace()
{
    auto report = ReportBuilders::standings(*m_store, 2025);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(int(report->images().size()), 1);
    const ReportTable standings = report->tables().first();
    QVERIFY(standings.rows.size() > 20);
    QCOMPARE(standings.rows.first().first(), QStringLiteral("1"));
    auto view = SeasonViewLoader::load(*m_store, 2025);
    QVERIFY(view.ok());
    const ReportBuilders::PointsRace race = ReportBuilders::pointsRace(view.value());
    QCOMPARE(int(race.anglers.size()), 5);
    QCOMPARE(race.anglers.first(), view->standings.rows.first().anglerName);
    QCOMPARE(race.points.first().last(), view->standings.rows.first().points);
    QCOMPARE(int(race.tournaments.size()), 9); // ten, one cancelled
    const QString pdf = m_dir.filePath(QStringLiteral("standings.pdf"));
    QVERIFY(report->writePdf(pdf).ok());
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("Angler of the Year 2025")));
    const QString plain = pdfText(pdf, false);
    QVERIFY(containsWrapped(plain, QStringLiteral("Heavy Stringer of the Year")));
    QVERIFY(containsWrapped(plain, view->standings.rows.first().anglerName));
    const QString csv = QString::fromUtf8(report->toCsv());
    QVERIFY(
        csv.startsWith(QStringLiteral("Rank,Angler,Points,All points,Events,Total weight\n1,")));
    keepPages(pdf, QStringLiteral("report-standings"));
}

void TestReports::resultsReport()
{
    // The weigh-in's results sheet (ResultsReport), printed through the same pipeline.
    auto id = ReportBuilders::tournamentOn(*m_store, QDate(2025, 3, 23));
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QVERIFY(!ReportBuilders::tournamentOn(*m_store, QDate(2025, 3, 24)).ok());
    auto report = ReportBuilders::results(*m_store, id.value());
    QVERIFY2(report.ok(), qPrintable(report.error()));
    const QString csv = QString::fromUtf8(report->toCsv());
    QVERIFY2(csv.startsWith(QStringLiteral("place,angler,member,fish,net_weight,big_bass,points,"
                                           "status,boat_place,boat_payout,big_bass_payout\n1,")),
             qPrintable(csv.left(300)));
    const QString pdf = m_dir.filePath(QStringLiteral("results.pdf"));
    QVERIFY(report->writePdf(pdf).ok());
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("March Tournament")), qPrintable(text.left(1000)));
    QVERIFY(text.contains(QStringLiteral("Big bass and money (proposed)")));
    keepPages(pdf, QStringLiteral("report-results"));
}

void TestReports::rosterAndDues()
{
    // The roster page's export (RosterReport), printed through the same pipeline.
    auto roster = ReportBuilders::roster(*m_store, 2026);
    QVERIFY2(roster.ok(), qPrintable(roster.error()));
    QVERIFY(roster->landscape());
    const QString rosterCsv = QString::fromUtf8(roster->toCsv());
    QVERIFY(rosterCsv.count(QStringLiteral("\r\n")) >= 61);
    QVERIFY(rosterCsv.contains(QStringLiteral("\"'=HYPERLINK(")));
    auto dues = ReportBuilders::dues(*m_store, 2026);
    QVERIFY2(dues.ok(), qPrintable(dues.error()));
    auto summary = LedgerStore(m_store.get()).seasonSummary(2026);
    QVERIFY(summary.ok());
    const ReportTable t = dues->tables().first();
    QCOMPARE(t.rows.last().value(4), summary->dues.toString()); // the total row
    QVERIFY(t.boldRows.contains(int(t.rows.size()) - 1));
    const QString pdf = m_dir.filePath(QStringLiteral("dues.pdf"));
    QVERIFY(dues->writePdf(pdf).ok());
    keepPages(pdf, QStringLiteral("report-dues"));
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("Dues 2026")));
    QVERIFY(text.contains(QStringLiteral("dues owed")));
    QVERIFY2(containsWrapped(pdfText(pdf, false), QStringLiteral("<b>Bold</b> O'Brien")),
             "the name prints as text");
    const QString rosterPdf = m_dir.filePath(QStringLiteral("roster.pdf"));
    QVERIFY(roster->writePdf(rosterPdf).ok());
    keepPages(rosterPdf, QStringLiteral("report-roster"));
    const QString rosterText = pdfText(rosterPdf);
    QVERIFY(containsWrapped(rosterText, QStringLiteral("(512) 555-")));
    QVERIFY(rosterText.contains(QStringLiteral("=HYPERLINK(\"http://")));
}

void TestReports::chartsDraw()
{
    ChartSeries a{QStringLiteral("Fees"), ReportChart::color(0), {2500, 0, 150000}};
    ChartSeries b{QStringLiteral("Payouts"), ReportChart::color(1), {1000, 500, 90000}};
    const QImage bars = ReportChart::bars(
        QStringLiteral("Bars"),
        {QStringLiteral("Jan 25"), QStringLiteral("Feb 22"), QStringLiteral("Mar 22")}, {a, b},
        true, QSize(800, 400));
    QCOMPARE(bars.size(), QSize(800, 400));
    // Some pixels carry each series' colour.
    int blue = 0;
    int orange = 0;
    for (int y = 0; y < bars.height(); y += 2)
        for (int x = 0; x < bars.width(); x += 2) {
            const QRgb px = bars.pixel(x, y);
            blue += px == ReportChart::color(0).rgb() ? 1 : 0;
            orange += px == ReportChart::color(1).rgb() ? 1 : 0;
        }
    QVERIFY(blue > 100);
    QVERIFY(orange > 100);
    const QImage empty = ReportChart::lines(QStringLiteral("Nothing"), {}, {}, QSize(400, 200));
    QCOMPARE(empty.size(), QSize(400, 200));
}

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
