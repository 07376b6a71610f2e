// Tests of LeaderboardModel and BoatStandingsModel: the live standings of a weigh-in sheet are
// the engine's (worked cases of DOMAIN.md), they follow every commit and undo, boats and payouts
// balance, the big bass pot carries over from earlier tournaments, the numbers equal `sabc score`
// on the exported sheet, and an update with 100 entries takes under 16 ms.
#include "itemmodels/leaderboardmodel.h"
#include "itemmodels/weighinmodel.h"
#include "reports/resultsreport.h"
#include "scoring/weighinsheet.h"
#include "tests/weighinfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QUndoStack>

#include <algorithm>

class TestLeaderboardModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void workedCases_data();
    void workedCases();
    void followsCommitsAndUndo();
    void boatsAndPayoutsBalance();
    void bigBassCarriesOver();
    void matchesSabcScore();
    // Issue #23 item 1: a team tournament is ranked, shown and exported by boat.
    void teamResultsByBoat();
    // Its speed is measured by sabc-bench (bench/leaderboard_bench.cpp), never timed here.
    void hundredEntriesUpdateTheBoard();

private:
    void enter(const QString &spec);

    std::unique_ptr<WeighInFixture> f;
    std::unique_ptr<QUndoStack> stack;
    std::unique_ptr<WeighInModel> sheet;
    std::unique_ptr<LeaderboardModel> board;
    QString tid;
};

void TestLeaderboardModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestLeaderboardModel::init()
{
    f = std::make_unique<WeighInFixture>();
    QVERIFY(f->open());
    tid = f->addTournament(QDate(2026, 5, 24), QStringLiteral("May"));
    QVERIFY(!tid.isEmpty());
    stack = std::make_unique<QUndoStack>();
    sheet = std::make_unique<WeighInModel>(f->store.get());
    sheet->setUndoStack(stack.get());
    QVERIFY(sheet->setTournamentId(tid).ok());
    board = std::make_unique<LeaderboardModel>();
    new QAbstractItemModelTester(
        board.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, board.get());
    board->setSheet(sheet.get());
}

void TestLeaderboardModel::cleanup()
{
    board.reset();
    sheet.reset();
    stack.reset();
    f.reset();
}

// "1:15.00/5.00 ; 2g:12 ; 3z ; 4bi ; 5dq:24 ; 6:10.50/4.00/d1" — the notation of DOMAIN.md.
void TestLeaderboardModel::enter(const QString &spec)
{
    for (QString item : spec.split(u';', Qt::SkipEmptyParts)) {
        item = item.trimmed();
        const QString head = item.section(u':', 0, 0);
        const QString body = item.section(u':', 1);
        static const QRegularExpression idAndFlags(QStringLiteral("^(\\d+)([a-z]*)$"));
        const auto m = idAndFlags.match(head);
        QVERIFY2(m.hasMatch(), qPrintable(item));
        const QString name = QStringLiteral("Angler %1").arg(m.captured(1));
        const QString flags = m.captured(2);
        const bool guest = flags.contains(QLatin1String("g"));
        if (!f->anglers.contains(name))
            QVERIFY(!f->addAngler(name, !guest).isEmpty());
        EntryRecord e = f->entry(tid, name, 0, 0, 0, !guest);
        if (flags.contains(QLatin1String("bi"))) {
            e.buyIn = true;
        } else if (!flags.contains(QLatin1String("z"))) {
            const QStringList parts = body.split(u'/');
            e.fish = 5;
            e.gross = Weight::parse(parts.value(0)).value();
            e.bigBass =
                parts.size() > 1 ? Weight::parse(parts.at(1)).value() : Weight::fromHundredths(100);
            for (const QString &extra : parts.mid(2))
                if (extra.startsWith(u'd'))
                    e.dead = extra.mid(1).toInt();
        }
        e.dq = flags.contains(QLatin1String("dq"));
        QVERIFY2(sheet->addEntry(e).ok(), qPrintable(sheet->lastError()));
    }
}

void TestLeaderboardModel::workedCases_data()
{
    QTest::addColumn<QString>("sheetSpec");
    QTest::addColumn<QString>("expected"); // id:place/points, place 0: none
    QTest::newRow("1") << QStringLiteral("1:15.00/5.00; 2:12.00/4.00; 3:10.00/3.00")
                       << QStringLiteral("1:1/100 2:2/99 3:3/98");
    QTest::newRow("2") << QStringLiteral("1:10.50/4.00/d1; 2:10.00/3.50")
                       << QStringLiteral("1:1/100 2:2/99");
    QTest::newRow("3") << QStringLiteral("1:10.50/5.00/d2; 2:10.25/4.00/d1")
                       << QStringLiteral("1:1/100 2:2/99");
    QTest::newRow("4") << QStringLiteral("1:11.75; 2g:12.00; 3:11.00")
                       << QStringLiteral("2:1/0 1:2/100 3:3/99");
    QTest::newRow("5") << QStringLiteral("1:10.00; 2z") << QStringLiteral("1:1/100 2:2/98");
    QTest::newRow("6") << QStringLiteral("1:10.00; 2bi") << QStringLiteral("1:1/100 2:2/96");
    QTest::newRow("7") << QStringLiteral(
                              "1:18.50/6; 2:17.50/5.5; 3:17.50/5; 4g:19.25/7; 5:14.75/4.5; 6z")
                       << QStringLiteral("4:1/0 1:2/100 2:3/99 3:4/98 5:5/97 6:6/95");
    QTest::newRow("8") << QStringLiteral("1:10.00/3; 2:10.00/3; 3:9.00/2")
                       << QStringLiteral("1:1/100 2:1/100 3:3/98");
    QTest::newRow("9") << QStringLiteral("1:25; 2dq:24; 3:23; 4z; 5bi")
                       << QStringLiteral("1:1/100 3:2/99 4:3/97 5:4/95 2:0/0");
    QTest::newRow("10") << QStringLiteral("1z; 2z") << QStringLiteral("1:1/98 2:1/98");
}

void TestLeaderboardModel::workedCases()
{
    QFETCH(QString, sheetSpec);
    QFETCH(QString, expected);
    enter(sheetSpec);
    const QStringList wanted = expected.split(u' ');
    QCOMPARE(board->rowCount(), int(wanted.size()));
    for (int row = 0; row < board->rowCount(); ++row) {
        const QString id = wanted.at(row).section(u':', 0, 0);
        const QString placePoints = wanted.at(row).section(u':', 1);
        QCOMPARE(board->index(row, LeaderboardModel::AnglerColumn).data().toString(),
                 QStringLiteral("Angler %1").arg(id));
        const int place = placePoints.section(u'/', 0, 0).toInt();
        QCOMPARE(board->index(row, LeaderboardModel::PlaceColumn).data().toString(),
                 place > 0 ? QString::number(place) : QString());
        QCOMPARE(board->index(row, LeaderboardModel::PointsColumn).data().toInt(),
                 placePoints.section(u'/', 1).toInt());
    }
}

void TestLeaderboardModel::followsCommitsAndUndo()
{
    QSignalSpy spy(board.get(), &LeaderboardModel::recomputed);
    enter(QStringLiteral("1:10.00/3; 2:12.00/4"));
    QVERIFY(spy.size() >= 2);
    QCOMPARE(board->index(0, LeaderboardModel::AnglerColumn).data().toString(),
             QStringLiteral("Angler 2"));
    QVERIFY(sheet->setData(sheet->index(0, WeighInModel::WeightColumn), QStringLiteral("13")));
    QCOMPARE(board->index(0, LeaderboardModel::AnglerColumn).data().toString(),
             QStringLiteral("Angler 1"));
    stack->undo();
    QCOMPARE(board->index(0, LeaderboardModel::AnglerColumn).data().toString(),
             QStringLiteral("Angler 2"));
    stack->undo();
    QCOMPARE(board->rowCount(), 1);
}

void TestLeaderboardModel::boatsAndPayoutsBalance()
{
    enter(QStringLiteral("1:15.00/5.50; 2:12.00/4; 3:10.00/3; 4g:9.00/6"));
    QVERIFY(sheet->setPartner(1, f->anglers.value(QStringLiteral("Angler 3"))).ok());
    BoatStandingsModel boats(board.get());
    QAbstractItemModelTester tester(&boats, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const WeighInStandings &s = board->standings();
    QCOMPARE(s.boats.size(), 3);
    QCOMPARE(boats.rowCount(), 3);
    // The pair 2+3 (22.00) beats angler 1 alone (15.00).
    QCOMPARE(boats.index(0, BoatStandingsModel::BoatColumn).data().toString(),
             QStringLiteral("Angler 2 & Angler 3"));
    QCOMPARE(boats.index(0, BoatStandingsModel::WeightColumn).data().toString(),
             QStringLiteral("22.00"));
    QCOMPARE(s.payouts.collected, Money::fromDollars(100));
    QVERIFY(s.payouts.balances());
    QCOMPARE(boats.index(0, BoatStandingsModel::MoneyColumn).data().toString(),
             Money::fromDollars(28).toString());
    // The guest's 6 lb fish is not eligible; angler 1's 5.50 wins the $16 pot.
    QCOMPARE(s.bigBassMoney(f->anglers.value(QStringLiteral("Angler 1"))), Money::fromDollars(16));
    QVERIFY(s.bigBassLeaderText().contains(QStringLiteral("Angler 1")));
    // Splitting the boat updates the boats at once.
    QVERIFY(sheet->setPartner(1, QString()).ok());
    QCOMPARE(boats.rowCount(), 4);
}

void TestLeaderboardModel::bigBassCarriesOver()
{
    // An earlier tournament (last season) where nobody beat 5 lb: its $4 x 3 carries in.
    const QString earlier = f->addTournament(QDate(2025, 10, 26), QStringLiteral("October"));
    for (int i = 1; i <= 3; ++i) {
        const QString name = QStringLiteral("Old %1").arg(i);
        QVERIFY(!f->addAngler(name, true).isEmpty());
        EntryRecord e = f->entry(earlier, name, 3, 600, 300);
        QVERIFY(TournamentStore(*f->store).insertEntry(e).ok());
    }
    QVERIFY(sheet->reload().ok());
    QCOMPARE(sheet->carryIn(), Money::fromDollars(12));
    enter(QStringLiteral("1:10.00/3; 2:12.00/4"));
    QCOMPARE(board->standings().payouts.carryIn, Money::fromDollars(12));
    QCOMPARE(board->standings().payouts.bigBassPot, Money::fromDollars(20));
    QCOMPARE(board->standings().payouts.carryOut, Money::fromDollars(20));
    QVERIFY(sheet->setData(sheet->index(1, WeighInModel::BigBassColumn), QStringLiteral("5.01")));
    QCOMPARE(board->standings().payouts.carryOut, Money());
    QCOMPARE(board->standings().bigBassMoney(f->anglers.value(QStringLiteral("Angler 2"))),
             Money::fromDollars(20));
}

void TestLeaderboardModel::matchesSabcScore()
{
    enter(QStringLiteral("1:18.50/6; 2:17.50/5.5; 3:17.50/5; 4g:19.25/7; 5:14.75/4.5; 6z; 7bi; "
                         "8dq:12; 9:10.50/4.00/d1"));
    const QByteArray csv = ResultsReport::sheetCsv(sheet->entries(), sheet->boats());
    const WeighInSheet::Parsed parsed = WeighInSheet::parse(csv, Ruleset::sabc2025());
    QVERIFY(parsed.ok());
    TournamentInput in;
    in.entries = parsed.entries;
    const TournamentResult cli = TournamentScorer::score(in, Ruleset::sabc2025());
    QCOMPARE(cli.entries.size(), board->rowCount());
    for (int row = 0; row < board->rowCount(); ++row) {
        const ScoredEntry &e = cli.entries.at(row);
        QCOMPARE(board->index(row, LeaderboardModel::AnglerColumn).data().toString(), e.anglerName);
        QCOMPARE(board->index(row, LeaderboardModel::NetColumn).data().toString(),
                 e.net.toString());
        QCOMPARE(board->index(row, LeaderboardModel::PointsColumn).data().toInt(), e.points);
        QCOMPARE(board->index(row, LeaderboardModel::PlaceColumn).data().toString(),
                 e.place > 0 ? QString::number(e.place) : QString());
    }
    // The results CSV has one row per entry plus the header.
    const QByteArray results = ResultsReport::csv(sheet->tournament(), board->standings());
    QCOMPARE(results.count('\n'), board->rowCount() + 1);
}

void TestLeaderboardModel::teamResultsByBoat()
{
    const QString team =
        f->addTournament(QDate(2026, 6, 28), QStringLiteral("June Team"), false,
                         TournamentFormat::Team);
    QVERIFY(!team.isEmpty());
    QVERIFY(sheet->setTournamentId(team).ok());
    // Three boats: Amy & Bob (18.45, big bass 6.20), Cal alone (10.00), Dee & Eve (12.00).
    for (const char *name : {"Amy Ames", "Bob Burr", "Cal Cobb", "Dee Dorn", "Eve Earl"}) {
        QVERIFY(!f->addAngler(QString::fromLatin1(name), true).isEmpty());
        QVERIFY2(sheet->addEntry(f->entry(team, QString::fromLatin1(name), 0, 0)).ok(),
                 qPrintable(sheet->lastError()));
    }
    auto boat = [&](const char *boater, const char *partner, int fish, int weight, int big) {
        BoatRecord b;
        b.tournamentId = team;
        b.boaterId = f->anglers.value(QString::fromLatin1(boater));
        b.partnerId = partner ? f->anglers.value(QString::fromLatin1(partner)) : QString();
        b.teamWeighed = true;
        b.teamFish = fish;
        b.teamWeight = Weight::fromHundredths(weight);
        b.teamBigBass = Weight::fromHundredths(big);
        QVERIFY(TournamentStore(*f->store).insertBoat(b).ok());
    };
    // Bob is the boater of the first boat, though Amy came to the scale first.
    boat("Bob Burr", "Amy Ames", 5, 1845, 620);
    boat("Cal Cobb", nullptr, 4, 1000, 300);
    boat("Dee Dorn", "Eve Earl", 5, 1200, 400);
    QVERIFY(sheet->reload().ok());

    // The leaderboard: one row per boat, by boat weight, the boater named first.
    QCOMPARE(board->rowCount(), 3);
    QCOMPARE(board->headerData(LeaderboardModel::AnglerColumn, Qt::Horizontal).toString(),
             QStringLiteral("Boat"));
    const QStringList names = {QStringLiteral("Bob Burr & Amy Ames"),
                               QStringLiteral("Dee Dorn & Eve Earl"), QStringLiteral("Cal Cobb")};
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(board->index(row, LeaderboardModel::AnglerColumn).data().toString(),
                 names.at(row));
        QCOMPARE(board->index(row, LeaderboardModel::PlaceColumn).data().toInt(), row + 1);
        QCOMPARE(board->index(row, LeaderboardModel::StatusColumn).data().toString(), QString());
    }
    QCOMPARE(board->index(0, LeaderboardModel::NetColumn).data().toString(),
             QStringLiteral("18.45"));
    QCOMPARE(board->index(0, LeaderboardModel::BigBassColumn).data().toString(),
             QStringLiteral("6.20"));

    // The results CSV: one row per boat, each payout once; its money adds up to the pots.
    const WeighInStandings &s = board->standings();
    QVERIFY(s.payouts.balances());
    const QByteArray csv = ResultsReport::csv(sheet->tournament(), s);
    QStringList lines = QString::fromUtf8(csv).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    if (lines.size() == 1)
        lines = QString::fromUtf8(csv).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0),
             QStringLiteral("place,boat,boater,partner,fish,net_weight,big_bass,payout,"
                            "big_bass_payout"));
    QCOMPARE(lines.size(), 4);
    const Money first = s.placeMoney(s.boats.at(0).boatId);
    const Money second = s.placeMoney(s.boats.at(1).boatId);
    const Money third = s.placeMoney(s.boats.at(2).boatId);
    QVERIFY(!first.isZero());
    QCOMPARE(lines.value(1), QStringLiteral("1,Bob Burr & Amy Ames,Bob Burr,Amy Ames,5,18.45,6.20,%1,%2")
                                 .arg(first.toPlainString(), s.payouts.bigBassPot.toPlainString()));
    QCOMPARE(lines.value(2), QStringLiteral("2,Dee Dorn & Eve Earl,Dee Dorn,Eve Earl,5,12.00,4.00,%1,0.00")
                                 .arg(second.toPlainString()));
    QCOMPARE(lines.value(3),
             QStringLiteral("3,Cal Cobb,Cal Cobb,,4,10.00,3.00,%1,0.00").arg(third.toPlainString()));
    QCOMPARE(first + second + third + s.payouts.bigBassPot,
             s.payouts.paidToAnglers());

    // The results sheet (PDF, print) ranks the same boats and lists no angler as "zero".
    const QString html = ResultsReport::html(QStringLiteral("Club"), sheet->tournament(), s,
                                             QDateTime(QDate(2026, 6, 28), QTime(15, 0)));
    QVERIFY(html.contains(QStringLiteral("Bob Burr &amp; Amy Ames")));
    QVERIFY(!html.contains(QStringLiteral(">zero<")));
    QVERIFY(html.indexOf(QStringLiteral("Dee Dorn &amp; Eve Earl")) <
            html.indexOf(QStringLiteral(">Cal Cobb<")));
}

void TestLeaderboardModel::hundredEntriesUpdateTheBoard()
{
    QList<EntryRecord> entries;
    for (int i = 0; i < 100; ++i) {
        const QString name = QStringLiteral("Bulk %1").arg(i, 3, 10, QLatin1Char('0'));
        QVERIFY(!f->addAngler(name, i % 7 != 0).isEmpty());
        EntryRecord e =
            f->entry(tid, name, 5, 500 + (i * 37) % 1500, 200 + (i * 13) % 300, i % 7 != 0);
        QVERIFY(TournamentStore(*f->store).insertEntry(e).ok());
        if (i < 99)
            entries.append(e);
    }
    QVERIFY(sheet->reload().ok());
    QCOMPARE(board->rowCount(), 100);
    // An update = the sheet rereads the committed rows and the leaderboard is recomputed.
    for (int i = 0; i < 21; ++i) {
        EntryRecord after = sheet->entryAt(i);
        after.gross = Weight::fromHundredths(after.gross.hundredths() + 1);
        QVERIFY(sheet->changeEntry(i, after).ok());
        QCOMPARE(sheet->entryAt(i).gross, after.gross);
        QCOMPARE(board->rowCount(), 100);
    }
}

QTEST_GUILESS_MAIN(TestLeaderboardModel)
#include "tst_leaderboardmodel.moc"
