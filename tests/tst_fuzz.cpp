// Bad input, systematically: a seeded random fuzzer for the readers of what people type or bring
// in: the CSV reader, the weigh-in sheet parser, the weight and money parsers and the roster
// import. Each target takes valid samples, mutates them (bytes flipped, inserted, cut, repeated;
// quotes, separators, line ends, NUL and other control characters, byte-order marks, broken
// UTF-8, huge numbers) and checks that the reader never crashes and that what it accepts keeps
// its promises (weights in range and round-tripping, CSV round-tripping, no control characters
// in a name that would be imported). The number of inputs is fixed, not a time budget, so a run
// is repeatable: SABC_FUZZ_SEED picks another seed, SABC_FUZZ_RUNS another count. Inputs that
// once broke a reader are kept in crashCases() and run first.
#include "core/csv.h"
#include "core/money.h"
#include "core/weight.h"
#include "roster/rosterimport.h"
#include "scoring/ruleset.h"
#include "scoring/weighinsheet.h"
#include "store/store.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestFuzz : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void crashCases();
    void csvReader();
    void weightAndMoney();
    void weighInSheet();
    void rosterImport();
    void cleanupTestCase();

private:
    QByteArray mutate(const QByteArray &sample);
    QByteArray pick(const QList<QByteArray> &samples);
    void checkCsv(const QByteArray &input);
    void checkWeight(const QString &input);
    void checkMoney(const QString &input);
    void checkSheet(const QByteArray &input);
    void checkRoster(const QByteArray &input);

    QRandomGenerator m_random;
    int m_runs = 20000;
    int m_tried = 0;
    int m_accepted = 0;
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

namespace {

// Pieces that break readers: separators, quotes, line ends, control characters, a byte-order
// mark, a cut UTF-8 sequence, numbers at and past every limit.
const QList<QByteArray> &tokens()
{
    static const QList<QByteArray> list = {
        ",",       "\"",          "\"\"",        "\n",        "\r\n",       "\r",
        ";",       QByteArray(1, '\0'), "\x01",   "\x1b[2J",   "\x7f",       "\t",
        "\xef\xbb\xbf", "\xc3",   "\xff\xfe",    "\xe2\x80\xae", "ñ",       "0",
        "-1",      "99999",       "999.99",      "1000",      "4294967296", "1e309",
        "NaN",     "12.345",      "3 lb 4 oz",   "15 oz",     "=1+1",       "yes",
        "no",      "true",        "1/2",         ".",         "-",          "  ",
        "0x10",    "١٢",          "１２",        "\xf0\x9f\x8e\xa3", "  \"a,b\"  ", "#"};
    return list;
}

bool hasControl(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

const QList<QByteArray> csvSamples = {
    "name,fish,weight\nAnn,3,9.50\nBob,0,0\n",
    "a,b,c\r\n\"x, y\",\"he said \"\"hi\"\"\",\"two\nlines\"\r\n",
    "\xef\xbb\xbfname;email\nJosé;jose@example.org\n",
    "# comment\nname\n\n\nAnn\n",
};

const QList<QByteArray> sheetSamples = {
    "angler,member,fish,weight,big_bass,dead,late,buy_in,dq\n"
    "Ann Lee,yes,5,18.45,6.20,0,0,no,no\n"
    "Bob Ray,no,3,9.10,,1,5,no,no\n"
    "Cy Poe,yes,0,0,,0,0,yes,no\n",
    "Angler,Fish,Weight,Boat\nAnn,2,4 lb 8 oz,1\nBob,1,2.5,1\n",
};

const QList<QByteArray> rosterSamples = {
    "Full name,E-mail,Phone,Member since,Dues paid through\n"
    "Ann Lee,ann@example.org,512-555-0101,2019,2026\n"
    "Bob Ray,,(512) 555-0102,,2025-12-31\n",
    "First Name;Last Name;Cell phone;Notes\nJosé;García;+1 512 555 0103;\"boat: \"\"Reel Time\"\"\"\n",
};

const QStringList weightSamples = {QStringLiteral("18.45"), QStringLiteral("0"), QStringLiteral("6.2"), QStringLiteral("12 lb 3 oz"), QStringLiteral("3-04"), QStringLiteral("15.00"), QStringLiteral(" 4.10 ")};
const QStringList moneySamples = {QStringLiteral("25"), QStringLiteral("$25.00"), QStringLiteral("1,250.00"), QStringLiteral("-40.00"), QStringLiteral("0.5"), QStringLiteral("$ 3")};

} // namespace

void TestFuzz::initTestCase()
{
    bool ok = false;
    const quint32 seed = qEnvironmentVariableIntValue("SABC_FUZZ_SEED", &ok);
    m_random.seed(ok ? seed : 20261128u);
    const int runs = qEnvironmentVariableIntValue("SABC_FUZZ_RUNS", &ok);
    if (ok && runs > 0)
        m_runs = runs;
    qInfo() << "seed" << (ok ? seed : 20261128u) << "runs per target" << m_runs;
    QVERIFY(m_dir.isValid());
    auto store = Store::open(m_dir.filePath(QStringLiteral("club.sqlite")));
    QVERIFY2(store.ok(), qPrintable(store.error()));
    m_store = std::move(store).value();
    QVERIFY(m_store->createClub(QStringLiteral("Fuzz Club"), "America/Chicago").ok());
}

QByteArray TestFuzz::pick(const QList<QByteArray> &samples)
{
    return samples.at(int(m_random.bounded(quint32(samples.size()))));
}

QByteArray TestFuzz::mutate(const QByteArray &sample)
{
    QByteArray out = sample;
    const int edits = 1 + int(m_random.bounded(6u));
    for (int e = 0; e < edits; ++e) {
        const int at = out.isEmpty() ? 0 : int(m_random.bounded(quint32(out.size() + 1)));
        switch (m_random.bounded(7u)) {
        case 0: // flip a byte
            if (!out.isEmpty() && at < out.size())
                out[at] = char(m_random.bounded(256u));
            break;
        case 1: // insert a token
            out.insert(at, tokens().at(int(m_random.bounded(quint32(tokens().size())))));
            break;
        case 2: // cut a range
            if (!out.isEmpty() && at < out.size())
                out.remove(at, 1 + int(m_random.bounded(quint32(out.size() - at))));
            break;
        case 3: // repeat a range
            if (!out.isEmpty() && at < out.size() && out.size() < 100000) {
                const QByteArray piece = out.mid(at, 1 + int(m_random.bounded(32u)));
                out.insert(at, piece.repeated(1 + int(m_random.bounded(20u))));
            }
            break;
        case 4: // a random byte
            out.insert(at, char(m_random.bounded(256u)));
            break;
        case 5: // truncate
            out.truncate(at);
            break;
        default: // splice another sample's tail
            out.append(pick({sample, QByteArray("\n"), QByteArray(",,,\n")}));
            break;
        }
    }
    return out;
}

void TestFuzz::checkCsv(const QByteArray &input)
{
    ++m_tried;
    for (bool comments : {false, true}) {
        CsvReadOptions options;
        if (comments)
            options.commentChar = u'#';
        const auto rows = CsvReader::parse(input, options);
        if (!rows.ok()) {
            QVERIFY2(!rows.error().trimmed().isEmpty(), "a refusal says why");
            continue;
        }
        if (!comments)
            ++m_accepted;
        int line = 0;
        for (const CsvRow &row : rows.value()) {
            QVERIFY2(row.line >= 1 && row.line >= line, qPrintable(QString::number(row.line)));
            line = row.line;
        }
        // What was read, written back, reads the same (cells a spreadsheet would take for a
        // formula are left out: the writer neutralises them on purpose).
        if (comments)
            continue;
        CsvWriter writer;
        QList<QStringList> written;
        for (const CsvRow &row : rows.value()) {
            bool plain = !(row.fields.size() == 1 && row.fields.at(0).isEmpty());
            for (const QString &cell : row.fields)
                plain = plain && CsvWriter::neutralise(cell) == cell;
            // A byte-order mark written first is read as one, not as text: a file that began
            // with two of them does not come back the same.
            if (written.isEmpty() && !row.fields.isEmpty() && row.fields.at(0).startsWith(QChar(0xfeff)))
                plain = false;
            if (!plain)
                continue;
            writer.row(row.fields);
            written << row.fields;
        }
        const auto again = CsvReader::parse(writer.toUtf8());
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error()));
        QCOMPARE(int(again->size()), int(written.size()));
        for (int i = 0; i < written.size(); ++i)
            QCOMPARE(again->at(i).fields, written.at(i));
    }
    const auto table = CsvReader::parseTable(input);
    if (table.ok()) {
        for (const CsvRow &row : table->rows)
            for (const QString &name : table->header)
                (void)table->value(row, name); // any column of any row reads
    } else {
        QVERIFY(!table.error().trimmed().isEmpty());
    }
}

void TestFuzz::checkWeight(const QString &input)
{
    ++m_tried;
    const auto weight = Weight::parse(input);
    if (!weight.ok()) {
        QVERIFY2(!weight.error().trimmed().isEmpty(), qPrintable(input));
        return;
    }
    ++m_accepted;
    QVERIFY2(weight->hundredths() >= 0 && weight->hundredths() <= Weight::maxHundredths,
             qPrintable(input));
    const auto again = Weight::parse(weight->toString());
    QVERIFY2(again.ok() && again->hundredths() == weight->hundredths(),
             qPrintable(input + QStringLiteral(" -> ") + weight->toString()));
}

void TestFuzz::checkMoney(const QString &input)
{
    ++m_tried;
    const auto money = Money::parse(input);
    if (!money.ok()) {
        QVERIFY2(!money.error().trimmed().isEmpty(), qPrintable(input));
        return;
    }
    ++m_accepted;
    const auto again = Money::parse(money->toPlainString());
    QVERIFY2(again.ok() && again->cents() == money->cents(),
             qPrintable(input + QStringLiteral(" -> ") + money->toPlainString()));
}

void TestFuzz::checkSheet(const QByteArray &input)
{
    ++m_tried;
    const WeighInSheet::Parsed parsed = WeighInSheet::parse(input, Ruleset::sabc2025());
    for (const EntryIssue &issue : parsed.issues)
        QVERIFY2(!issue.message.trimmed().isEmpty(), "every problem says what it is");
    if (!parsed.ok()) {
        QVERIFY(!parsed.issues.isEmpty());
        return;
    }
    ++m_accepted;
    for (const Entry &entry : parsed.entries) {
        QVERIFY(entry.fish >= 0);
        QVERIFY(entry.gross.hundredths() >= 0);
        QVERIFY(entry.gross.hundredths() <= Weight::maxHundredths);
        QVERIFY(entry.line >= 1);
    }
}

void TestFuzz::checkRoster(const QByteArray &input)
{
    ++m_tried;
    const auto import = RosterImport::fromBytes(input);
    if (!import.ok()) {
        QVERIFY2(!import.error().trimmed().isEmpty(), "a refused file says why");
        return;
    }
    QVERIFY(import->table().rows.size() <= RosterImport::maxRows);
    if (!import->mappingProblem().isEmpty())
        return;
    const auto plan = import->plan(m_store.get());
    if (!plan.ok()) {
        QVERIFY(!plan.error().trimmed().isEmpty());
        return;
    }
    ++m_accepted;
    for (const ImportRow &row : plan->rows) {
        if (row.action != ImportRow::Action::Add && row.action != ImportRow::Action::Update)
            continue;
        QVERIFY2(!row.angler.fullName.trimmed().isEmpty(), "no nameless person comes in");
        QVERIFY2(!hasControl(row.angler.fullName) && !hasControl(row.angler.email) &&
                     !hasControl(row.angler.phone),
                 qPrintable(QStringLiteral("line %1 would bring in a control character")
                                .arg(row.line)));
    }
}

// Inputs that once broke a reader, kept so they never do again.
void TestFuzz::crashCases()
{
    checkCsv(QByteArray("\"", 1));
    checkCsv(QByteArray("a,\"b\nc", 6));
    checkCsv(QByteArray("\xef\xbb\xbf", 3));
    checkCsv(QByteArray("\0,\0\n", 4));
    checkWeight(QStringLiteral("1e309"));
    checkWeight(QStringLiteral("99999999999999999999"));
    checkWeight(QStringLiteral("-0.00"));
    checkMoney(QStringLiteral("92233720368547758.08"));
    checkMoney(QStringLiteral("-"));
    checkSheet("angler,fish,weight\n");
    checkSheet("angler,fish,weight\nAnn,99999999999,1\n");
    checkSheet(QByteArray("angler,fish,weight\nA\0n,1,2\n", 26));
    checkRoster(QByteArray("Full name\nAnn\0Lee\n", 19));
    checkRoster("Full name\n\x01\x02\n");
}

void TestFuzz::csvReader()
{
    for (int i = 0; i < m_runs; ++i) {
        checkCsv(mutate(pick(csvSamples)));
        if (QTest::currentTestFailed())
            return;
    }
}

void TestFuzz::weightAndMoney()
{
    for (int i = 0; i < m_runs; ++i) {
        const QByteArray w = mutate(weightSamples.at(i % weightSamples.size()).toUtf8());
        checkWeight(QString::fromUtf8(w));
        if (QTest::currentTestFailed())
            return;
        const QByteArray m = mutate(moneySamples.at(i % moneySamples.size()).toUtf8());
        checkMoney(QString::fromUtf8(m));
        if (QTest::currentTestFailed())
            return;
    }
}

void TestFuzz::weighInSheet()
{
    for (int i = 0; i < m_runs; ++i) {
        checkSheet(mutate(pick(sheetSamples)));
        if (QTest::currentTestFailed())
            return;
    }
}

void TestFuzz::rosterImport()
{
    // Fewer runs: each plans the import against the club file.
    for (int i = 0; i < m_runs / 4; ++i) {
        checkRoster(mutate(pick(rosterSamples)));
        if (QTest::currentTestFailed())
            return;
    }
}

void TestFuzz::cleanupTestCase()
{
    qInfo().noquote() << QStringLiteral("%1 inputs tried, %2 accepted").arg(m_tried).arg(m_accepted);
    QVERIFY(m_accepted > 0);
    QVERIFY(m_accepted < m_tried);
}

QTEST_MAIN(TestFuzz)
#include "tst_fuzz.moc"
