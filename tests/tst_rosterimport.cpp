// Tests of RosterImport, ImportPreviewModel and commands::importRoster() against the nasty files in
// data/roster-import/: what spreadsheets write is read, broken files are refused with a plain
// message and change nothing, problems come with line numbers, existing people are updated rather
// than duplicated, and the import is one undoable transaction. Also the roster export
// (RosterReport): formula-safe CSV and an escaped PDF.
#include "commands/command.h"
#include "itemmodels/rosterfilterproxymodel.h"
#include "itemmodels/rostermodel.h"
#include "reports/rosterreport.h"
#include "roster/anglerstore.h"
#include "roster/rosterimport.h"
#include "store/store.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

class TestRosterImport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void refusesBrokenFiles_data();
    void refusesBrokenFiles();
    void refusesHundredThousandRows();
    void excelUtf8();
    void excelSemicolons();
    void googleSheets();
    void problemsByLine();
    void mappingCanBeChanged();
    void importIsOneUndoableTransaction();
    void failedImportChangesNothing();
    void previewModel();
    void webAppExport();
    void exportCsvIsFormulaSafe();
    void exportPdfEscapesNames();
    void controlCharactersAreSkipped();

private:
    static QString file(const QString &name);
    int anglerCount();
    QString add(const QString &name, const QString &email);
    Result<ImportPlan> planOf(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    QUndoStack m_stack;
    QString m_existing, m_sameName;
};

QString TestRosterImport::file(const QString &name)
{
    return QStringLiteral(SABC_TEST_DATA_DIR "/roster-import/") + name;
}

void TestRosterImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestRosterImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = Store::open(m_dir->filePath(QStringLiteral("club.sqlite")));
    QVERIFY2(store.ok(), qPrintable(store.error()));
    m_store = std::move(store).value();
    QVERIFY(m_store->createClub(QStringLiteral("Test Club"), "America/Chicago").ok());
    m_existing = add(QStringLiteral("Existing Member"), QStringLiteral("existing@example.com"));
    m_sameName = add(QStringLiteral("Same Name Only"), QString());
    QVERIFY(!m_existing.isEmpty() && !m_sameName.isEmpty());
}

void TestRosterImport::cleanup()
{
    m_stack.clear();
    m_store.reset();
    m_dir.reset();
}

QString TestRosterImport::add(const QString &name, const QString &email)
{
    Angler a;
    a.fullName = name;
    a.email = email;
    auto id = AnglerStore(m_store.get()).insertAngler(a);
    return id.ok() ? id.value() : QString();
}

int TestRosterImport::anglerCount()
{
    QSqlQuery q(m_store->database());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM anglers WHERE deleted = 0")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Result<ImportPlan> TestRosterImport::planOf(const QString &name)
{
    Result<RosterImport> import = RosterImport::fromFile(file(name));
    if (!import)
        return Result<ImportPlan>::failure(import.error());
    return import->plan(m_store.get());
}

void TestRosterImport::refusesBrokenFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << QStringLiteral("empty.csv") << QStringLiteral("empty");
    QTest::newRow("only a BOM") << QStringLiteral("bom-only.csv") << QStringLiteral("empty");
    QTest::newRow("header only") << QStringLiteral("header-only.csv")
                                 << QStringLiteral("no anglers");
    QTest::newRow("binary") << QStringLiteral("binary.bin") << QStringLiteral("not a text file");
    QTest::newRow("xlsx") << QStringLiteral("workbook.xlsx") << QStringLiteral("CSV UTF-8");
    QTest::newRow("latin-1") << QStringLiteral("latin1.csv") << QStringLiteral("UTF-8");
    QTest::newRow("utf-16") << QStringLiteral("utf16.csv") << QStringLiteral("UTF-16");
    QTest::newRow("unclosed quote")
        << QStringLiteral("unclosed-quote.csv") << QStringLiteral("Line 2");
    QTest::newRow("missing file") << QStringLiteral("no-such-file.csv")
                                  << QStringLiteral("Could not open");
}

void TestRosterImport::refusesBrokenFiles()
{
    QFETCH(QString, name);
    QFETCH(QString, mentions);
    const int before = anglerCount();
    Result<RosterImport> import = RosterImport::fromFile(file(name));
    QVERIFY(!import.ok());
    QVERIFY2(import.error().contains(mentions), qPrintable(import.error()));
    QCOMPARE(anglerCount(), before);
}

void TestRosterImport::refusesHundredThousandRows()
{
    const QString path = m_dir->filePath(QStringLiteral("huge.csv"));
    QFile huge(path);
    QVERIFY(huge.open(QIODevice::WriteOnly));
    QByteArray text("Name,Email,Phone\r\n");
    for (int i = 0; i < 100000; ++i)
        text += "Angler " + QByteArray::number(i) + ",a" + QByteArray::number(i) +
                "@example.com,5125550100\r\n";
    QVERIFY(huge.write(text) == text.size());
    huge.close();
    QElapsedTimer timer;
    timer.start();
    Result<RosterImport> import = RosterImport::fromFile(path);
    QVERIFY(!import.ok());
    QVERIFY2(import.error().contains(QStringLiteral("100,000 rows")), qPrintable(import.error()));
    QVERIFY2(timer.elapsed() < 20000, "refusing a huge file must not take long");
    QCOMPARE(anglerCount(), 2);
}

void TestRosterImport::excelUtf8()
{
    Result<RosterImport> import =
        RosterImport::fromFile(file(QStringLiteral("excel-utf8-bom-crlf.csv")));
    QVERIFY2(import.ok(), qPrintable(import.error()));
    QCOMPARE(import->table().header.first(), QStringLiteral("Name")); // BOM gone
    QCOMPARE(import->field(0), RosterImport::Field::FullName);
    QCOMPARE(import->field(1), RosterImport::Field::Email);
    QCOMPARE(import->field(3), RosterImport::Field::MemberSince);
    Result<ImportPlan> plan = import->plan(m_store.get());
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    QCOMPARE(plan->rows.size(), 4);
    const ImportRow &bill = plan->rows.at(0);
    QCOMPARE(bill.line, 2);
    QCOMPARE(bill.action, ImportRow::Action::Add);
    QCOMPARE(bill.angler.fullName, QStringLiteral("Walker, Bill"));
    QCOMPARE(bill.angler.phone, QStringLiteral("(512) 555-0101"));
    QCOMPARE(bill.angler.notes, QStringLiteral("Boats at \"Hurst Harbor\", slip 4"));
    const ImportRow &jose = plan->rows.at(1);
    QCOMPARE(jose.angler.fullName, QStringLiteral("José Núñez"));
    QVERIFY(jose.angler.notes.contains(QStringLiteral("first, second")));
    // The next record starts after the quoted line break.
    QCOMPARE(plan->rows.at(2).line, 5);
    QCOMPARE(plan->rows.at(2).action, ImportRow::Action::Update);
    QCOMPARE(plan->rows.at(2).matchedBy, QStringLiteral("email"));
    QCOMPARE(plan->rows.at(2).angler.id, m_existing);
    QCOMPARE(plan->rows.at(3).action, ImportRow::Action::Update);
    QCOMPARE(plan->rows.at(3).matchedBy, QStringLiteral("name"));
    QCOMPARE(plan->rows.at(3).angler.phone, QStringLiteral("(512) 555-0104"));
    QVERIFY(plan->problems().isEmpty());
    // Planning writes nothing.
    QCOMPARE(anglerCount(), 2);
}

void TestRosterImport::excelSemicolons()
{
    Result<RosterImport> import =
        RosterImport::fromFile(file(QStringLiteral("excel-semicolon.csv")));
    QVERIFY2(import.ok(), qPrintable(import.error()));
    QVERIFY(import->semicolons());
    QCOMPARE(import->field(1), RosterImport::Field::Email);
    QCOMPARE(import->field(3), RosterImport::Field::MemberSince);
    Result<ImportPlan> plan = import->plan(m_store.get());
    QVERIFY(plan.ok());
    QCOMPARE(plan->rows.size(), 2);
    QCOMPARE(plan->rows.at(0).angler.fullName, QStringLiteral("Smith, John"));
    QCOMPARE(plan->rows.at(0).angler.memberSince, 2018);
    QCOMPARE(plan->rows.at(1).angler.fullName, QStringLiteral("Doe; Jane"));
    QCOMPARE(plan->rows.at(1).angler.phone, QStringLiteral("(512) 555-0202"));
}

void TestRosterImport::googleSheets()
{
    Result<ImportPlan> plan = planOf(QStringLiteral("google-sheets.csv"));
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    QCOMPARE(plan->rows.size(), 3); // the empty row is left out
    QCOMPARE(plan->rows.at(0).angler.fullName, QStringLiteral("Ann Archer"));
    QCOMPARE(plan->rows.at(0).angler.duesPaidThrough, 2026);
    QCOMPARE(plan->rows.at(1).angler.fullName, QStringLiteral("Ben Bream"));
    QCOMPARE(plan->rows.at(2).angler.fullName, QStringLiteral("Cal Carp"));
    QCOMPARE(plan->rows.at(2).line, 5);
    QCOMPARE(plan->count(ImportRow::Action::Add), 3);
}

void TestRosterImport::problemsByLine()
{
    Result<ImportPlan> plan = planOf(QStringLiteral("problems.csv"));
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    const QStringList problems = plan->problems();
    const auto has = [&](int line, const QString &text) {
        const QString prefix = QStringLiteral("Line %1: ").arg(line);
        for (const QString &p : problems) {
            if (p.startsWith(prefix) && p.contains(text, Qt::CaseInsensitive))
                return true;
        }
        qWarning().noquote() << "missing" << prefix << text << "in" << problems;
        return false;
    };
    QVERIFY(has(3, QStringLiteral("no name")));
    QVERIFY(has(4, QStringLiteral("email")));
    QVERIFY(has(5, QStringLiteral("10")));
    QVERIFY(has(6, QStringLiteral("19x9")));
    QVERIFY(has(9, QStringLiteral("line 2")));
    QVERIFY(has(10, QStringLiteral("2999")));
    QCOMPARE(plan->count(ImportRow::Action::Add), 2); // Good Row, Multi Line Name
    QCOMPARE(plan->count(ImportRow::Action::Skip), 6);
    QCOMPARE(plan->rows.at(5).angler.fullName, QStringLiteral("Multi Line Name"));
}

void TestRosterImport::mappingCanBeChanged()
{
    Result<RosterImport> import =
        RosterImport::fromFile(file(QStringLiteral("no-name-column.csv")));
    QVERIFY(import.ok());
    QVERIFY(!import->mappingProblem().isEmpty());
    QVERIFY(!import->plan(m_store.get()).ok());
    import.value().setField(0, RosterImport::Field::FullName);
    QVERIFY(import->mappingProblem().isEmpty());
    // A field goes to one column only.
    import.value().setField(1, RosterImport::Field::FullName);
    QCOMPARE(import->field(0), RosterImport::Field::Ignore);
    QCOMPARE(import->field(1), RosterImport::Field::FullName);
    QCOMPARE(RosterImport::guessField(QStringLiteral(" E-Mail Address ")),
             RosterImport::Field::Email);
    QCOMPARE(RosterImport::guessField(QStringLiteral("Cell Phone")), RosterImport::Field::Phone);
    QCOMPARE(RosterImport::guessField(QStringLiteral("Shoe size")), RosterImport::Field::Ignore);
}

// A roster exported from the club's former web app (\copy anglers ... csv header): its columns
// are recognised, its setup account and placeholder addresses are handled, its member column
// sets this season's membership (undone with the import).
void TestRosterImport::webAppExport()
{
    auto import = RosterImport::fromFile(file(QStringLiteral("webapp-anglers.csv")));
    QVERIFY2(import.ok(), qPrintable(import.ok() ? QString() : import.error()));
    QCOMPARE(import->field(1), RosterImport::Field::FullName);
    QCOMPARE(import->field(2), RosterImport::Field::Email);
    QCOMPARE(import->field(3), RosterImport::Field::Member);
    QCOMPARE(import->field(6), RosterImport::Field::MemberSince);
    QCOMPARE(import->field(7), RosterImport::Field::Phone);
    QCOMPARE(import->field(9), RosterImport::Field::DuesPaidThrough);
    QCOMPARE(import->field(5), RosterImport::Field::Ignore); // password_hash
    auto plan = import->plan(m_store.get());
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error()));
    const QList<ImportRow> &rows = plan->rows;
    QCOMPARE(rows.size(), 6);
    QCOMPARE(rows.at(0).action, ImportRow::Action::Skip); // Admin User
    QVERIFY(rows.at(0).problems.join(u' ').contains(QStringLiteral("setup account")));
    const ImportRow &alice = rows.at(1);
    QCOMPARE(alice.action, ImportRow::Action::Add);
    QCOMPARE(alice.angler.memberSince, 2019);
    QCOMPARE(alice.angler.duesPaidThrough, 2026); // a date means its year
    QCOMPARE(alice.member, std::optional<bool>(true));
    QCOMPARE(rows.at(2).angler.email, QStringLiteral("BOB@Example.com"));
    QCOMPARE(rows.at(2).angler.phone, QStringLiteral("(512) 555-0102"));
    const ImportRow &carl = rows.at(3);
    QCOMPARE(carl.action, ImportRow::Action::Add); // both come in
    QVERIFY(carl.angler.email.isEmpty());
    QVERIFY(carl.remarks.join(u' ').contains(QStringLiteral("differs only in case")));
    QCOMPARE(carl.member, std::optional<bool>(false));
    const ImportRow &dan = rows.at(4);
    QCOMPARE(dan.action, ImportRow::Action::Add);
    QVERIFY(dan.angler.email.isEmpty()); // a placeholder, not stored
    QCOMPARE(dan.remarks.size(), 1);
    const ImportRow &existing = rows.at(5);
    QCOMPARE(existing.action, ImportRow::Action::Update); // becomes a member this season
    QVERIFY(existing.memberChanges);
    QCOMPARE(plan->remarks().size(), 2);

    QVERIFY(commands::importRoster(&m_stack, m_store.get(), plan.value()).ok());
    AnglerStore anglers(m_store.get());
    const int season = m_store->currentSeason();
    QString aliceId, carlId;
    const QList<Angler> all = anglers.anglers().value();
    for (const Angler &a : all) {
        if (a.fullName == QLatin1String("Alice Adams"))
            aliceId = a.id;
        if (a.fullName == QLatin1String("Carl Cole"))
            carlId = a.id;
        QVERIFY(a.fullName != QLatin1String("Admin User"));
    }
    QCOMPARE(anglerCount(), 6); // 2 already there + Alice, Bob, Carl, Dan
    QVERIFY(anglers.isMember(aliceId, season).value());
    QVERIFY(!anglers.isMember(carlId, season).value());
    QVERIFY(anglers.isMember(m_existing, season).value());
    QCOMPARE(anglers.angler(m_existing)->memberSince, 2015);
    m_stack.undo();
    QVERIFY(!anglers.isMember(m_existing, season).value());
    QCOMPARE(anglerCount(), 2);
    m_stack.redo();
    QVERIFY(anglers.isMember(m_existing, season).value());
    QCOMPARE(anglerCount(), 6);
}

void TestRosterImport::importIsOneUndoableTransaction()
{
    Result<ImportPlan> plan = planOf(QStringLiteral("excel-utf8-bom-crlf.csv"));
    QVERIFY(plan.ok());
    QSignalSpy changes(m_store.get(), &Store::changed);
    QVERIFY(commands::importRoster(&m_stack, m_store.get(), plan.value()).ok());
    // Two added, two updated: no duplicate of the existing people.
    QCOMPARE(anglerCount(), 4);
    // One transaction: the store reports the anglers table once.
    QCOMPARE(changes.count(), 1);
    AnglerStore anglers(m_store.get());
    QCOMPARE(anglers.angler(m_sameName)->phone, QStringLiteral("(512) 555-0104"));
    QCOMPARE(anglers.angler(m_existing)->phone, QStringLiteral("(512) 555-0103"));
    QCOMPARE(anglers.angler(m_existing)->email, QStringLiteral("EXISTING@example.com"));

    m_stack.undo();
    QCOMPARE(anglerCount(), 2);
    QCOMPARE(anglers.angler(m_sameName)->phone, QString());
    QCOMPARE(anglers.angler(m_existing)->email, QStringLiteral("existing@example.com"));
    m_stack.redo();
    QCOMPARE(anglerCount(), 4);
    QCOMPARE(anglers.angler(m_sameName)->phone, QStringLiteral("(512) 555-0104"));

    // Importing the same file again changes nothing.
    Result<ImportPlan> again = planOf(QStringLiteral("excel-utf8-bom-crlf.csv"));
    QVERIFY(again.ok());
    QCOMPARE(again->count(ImportRow::Action::Unchanged), 4);
    QVERIFY(!commands::importRoster(&m_stack, m_store.get(), again.value()).ok());
}

void TestRosterImport::failedImportChangesNothing()
{
    Result<ImportPlan> plan = planOf(QStringLiteral("google-sheets.csv"));
    QVERIFY(plan.ok());
    // Someone takes Cal's email between the preview and the import: the whole import is refused.
    QVERIFY(!add(QStringLiteral("Late Comer"), QStringLiteral("cal@example.com")).isEmpty());
    const int before = anglerCount();
    Status s = commands::importRoster(&m_stack, m_store.get(), plan.value());
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QStringLiteral("Line 5")), qPrintable(s.error()));
    QCOMPARE(anglerCount(), before);
    QCOMPARE(m_stack.count(), 0);
}

void TestRosterImport::previewModel()
{
    Result<ImportPlan> plan = planOf(QStringLiteral("problems.csv"));
    QVERIFY(plan.ok());
    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(plan.value());
    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(model.index(1, ImportPreviewModel::LineColumn).data().toInt(), 3);
    QCOMPARE(model.index(1, ImportPreviewModel::ActionColumn).data().toString(),
             QStringLiteral("Skip"));
    QVERIFY(!model.index(1, ImportPreviewModel::ProblemsColumn).data().toString().isEmpty());
    QCOMPARE(model.headerData(ImportPreviewModel::LineColumn, Qt::Horizontal).toString(),
             QStringLiteral("Line"));
}

void TestRosterImport::exportCsvIsFormulaSafe()
{
    Result<ImportPlan> plan = planOf(QStringLiteral("formula.csv"));
    QVERIFY(plan.ok());
    QVERIFY(commands::importRoster(&m_stack, m_store.get(), plan.value()).ok());
    RosterModel model(m_store.get());
    RosterFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(RosterModel::NameColumn);
    const QByteArray csv = RosterReport::toCsv(&proxy);
    QVERIFY(csv.startsWith("\xEF\xBB\xBFName,Standing,"));
    QVERIFY(csv.contains("\r\n"));
    QVERIFY2(csv.contains("\"'=HYPERLINK(\"\"http://evil\"\")\""), csv.constData());
    QVERIFY(!csv.contains("\n=HYPERLINK"));
    QVERIFY(csv.contains("<b>Bold</b>"));
    const QString path = m_dir->filePath(QStringLiteral("roster.csv"));
    QVERIFY(RosterReport::report(&proxy, ReportHeading()).writeCsv(path).ok());
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), csv);
    QVERIFY(!RosterReport::report(&proxy, ReportHeading())
                 .writeCsv(m_dir->filePath(QStringLiteral("no/such/dir/x.csv")))
                 .ok());
}

void TestRosterImport::exportPdfEscapesNames()
{
    Result<ImportPlan> plan = planOf(QStringLiteral("formula.csv"));
    QVERIFY(plan.ok());
    QVERIFY(commands::importRoster(&m_stack, m_store.get(), plan.value()).ok());
    RosterModel model(m_store.get());
    const ReportHeading heading{QStringLiteral("Club <i>&</i>"), 2026, QDate(2026, 11, 25)};
    const QString html = RosterReport::toHtml(&model, heading);
    QVERIFY(html.contains(QStringLiteral("&lt;b&gt;Bold&lt;/b&gt;")));
    QVERIFY(!html.contains(QStringLiteral("<b>Bold")));
    QVERIFY(html.contains(QStringLiteral("Club &lt;i&gt;&amp;&lt;/i&gt;")));
    const QString path = m_dir->filePath(QStringLiteral("roster.pdf"));
    QVERIFY(RosterReport::report(&model, heading).writePdf(path).ok());
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    QVERIFY(pdf.size() > 1000);
    if (const QByteArray dir = qgetenv("SABC_SCREENSHOT_DIR"); !dir.isEmpty())
        QFile::copy(path, QString::fromLocal8Bit(dir) + QStringLiteral("/roster.pdf"));
}

QTEST_MAIN(TestRosterImport)
#include "tst_rosterimport.moc"

// Issue #19 item 5: a row holding an invisible control character is skipped, by line, with the
// reason; a file with a NUL is never imported with it.
void TestRosterImport::controlCharactersAreSkipped()
{
    Result<RosterImport> import = RosterImport::fromBytes(
        QByteArray("Name,Email\nGood Guy,good@example.com\nBad\x01Guy,bad@example.com\n"
                   "Esc Guy,esc\x1b@example.com\n"));
    QVERIFY2(import.ok(), qPrintable(import.ok() ? QString() : import.error()));
    Result<ImportPlan> plan = import->plan(m_store.get());
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error()));
    QCOMPARE(plan->rows.size(), 3);
    QCOMPARE(plan->rows.at(0).action, ImportRow::Action::Add);
    QCOMPARE(plan->rows.at(1).action, ImportRow::Action::Skip);
    QCOMPARE(plan->rows.at(2).action, ImportRow::Action::Skip);
    QVERIFY2(plan->problems().join(u' ').contains(QStringLiteral("Line 3")) &&
                 plan->problems().join(u' ').contains(QStringLiteral("control character")),
             qPrintable(plan->problems().join(u' ')));

    Result<RosterImport> withNul =
        RosterImport::fromBytes(QByteArray("Name,Email\nNul Guy,nul@example.com\nNul") +
                                QByteArray(1, '\0') + QByteArray("Guy,x@example.com\n"));
    if (withNul.ok()) {
        Result<ImportPlan> nulPlan = withNul->plan(m_store.get());
        QVERIFY(nulPlan.ok());
        for (const ImportRow &row : nulPlan->rows)
            QVERIFY(row.action == ImportRow::Action::Skip || Store::controlCharacterAt(row.angler.fullName) < 0);
        QVERIFY(nulPlan->problems().join(u' ').contains(QStringLiteral("control character")));
    } else {
        QVERIFY(!withNul.error().isEmpty());
    }
}
