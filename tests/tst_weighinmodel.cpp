// Tests of WeighInModel: the weigh-in sheet over a real club database: rows as stored, every
// weight syntax at the cell, validation (errors change nothing), paper lengths, boat pairing, and
// the lock of finalized results.
#include "itemmodels/leaderboardmodel.h"
#include "itemmodels/teamboatsmodel.h"
#include "itemmodels/weighinmodel.h"
#include "scoring/paperchart.h"
#include "tests/weighinfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QUndoStack>

class TestWeighInModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsStoredEntries();
    void committedRowIsInTheFileAtOnce();
    void scaleColumnAndTypedOver();
    void weightCell_data();
    void weightCell();
    void check_data();
    void check();
    void duplicateAnglerRefused();
    void badCellChangesNothing();
    void deletedRowsAreHidden();
    void paperLengths();
    void partnerMakesABoat();
    void finalizedSheetIsLocked();
    void teamBoatWeighedDirectly();
    // Issue #23 item 3: re-pairing a boat keeps its numbers (or refuses in words).
    void swappingBoaterAndPartnerKeepsTheBoat();
    // Issue #23 item 6: a row's fish, weight and big bass are edited together.
    void zeroBecomesACatchInTheGrid();
    // Issue #23 item 7: paper, a weighed big bass is recorded (and wins over the chart).
    void paperWeighedBigBass();
    // Issue #23 item 9: paper fish the chart leaves out or finds suspicious are said in words.
    void paperFishSaidInWords();

private:
    std::unique_ptr<WeighInFixture> f;
    std::unique_ptr<QUndoStack> stack;
    std::unique_ptr<WeighInModel> model;
    QString tid;
};

void TestWeighInModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestWeighInModel::init()
{
    f = std::make_unique<WeighInFixture>();
    QVERIFY(f->open());
    for (const char *name : {"Al Member", "Bo Member", "Cy Member"})
        QVERIFY(!f->addAngler(QString::fromLatin1(name), true).isEmpty());
    QVERIFY(!f->addAngler(QStringLiteral("Gus Guest"), false).isEmpty());
    tid = f->addTournament(QDate(2026, 3, 22), QStringLiteral("March"));
    QVERIFY(!tid.isEmpty());
    stack = std::make_unique<QUndoStack>();
    model = std::make_unique<WeighInModel>(f->store.get());
    model->setUndoStack(stack.get());
    new QAbstractItemModelTester(
        model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, model.get());
    QVERIFY(model->setTournamentId(tid).ok());
}

void TestWeighInModel::cleanup()
{
    model.reset();
    stack.reset();
    f.reset();
}

void TestWeighInModel::showsStoredEntries()
{
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(model->addEntry(f->entry(tid, QStringLiteral("Al Member"), 5, 1234, 400)).ok());
    QVERIFY(model->addEntry(f->entry(tid, QStringLiteral("Gus Guest"), 0, 0, 0, false)).ok());
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, WeighInModel::AnglerColumn).data().toString(),
             QStringLiteral("Al Member"));
    QCOMPARE(model->index(0, WeighInModel::WeightColumn).data().toString(),
             QStringLiteral("12.34"));
    QCOMPARE(model->index(0, WeighInModel::BigBassColumn).data().toString(),
             QStringLiteral("4.00"));
    QCOMPARE(model->index(0, WeighInModel::MemberColumn).data().toString(),
             QStringLiteral("Member"));
    QCOMPARE(model->index(1, WeighInModel::MemberColumn).data().toString(),
             QStringLiteral("Guest"));
    QCOMPARE(model->index(0, WeighInModel::NetColumn).data().toString(), QStringLiteral("12.34"));
    QCOMPARE(stack->count(), 2);
}

void TestWeighInModel::committedRowIsInTheFileAtOnce()
{
    QVERIFY(model->addEntry(f->entry(tid, QStringLiteral("Bo Member"), 3, 650, 300)).ok());
    // A second connection to the same file sees the row: it is committed, not pending.
    auto other = Store::open(f->path());
    QVERIFY2(other.ok(), qPrintable(other.error()));
    auto rows = TournamentStore(*other.value()).entries(tid);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().gross.hundredths(), 650);
    QCOMPARE(rows->first().fish, 3);
}

void TestWeighInModel::weightCell_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("expected"); // -1: refused
    QTest::newRow("decimal") << QStringLiteral("12.34") << 1234;
    QTest::newRow("comma") << QStringLiteral("12,34") << 1234;
    QTest::newRow("pounds-ounces") << QStringLiteral("12-5") << 1231;
    QTest::newRow("lb oz") << QStringLiteral("12 lb 5 oz") << 1231;
    QTest::newRow("whole") << QStringLiteral("9") << 900;
    QTest::newRow("negative") << QStringLiteral("-3") << -1;
    QTest::newRow("16 ounces") << QStringLiteral("3-16") << -1;
    QTest::newRow("text") << QStringLiteral("heavy") << -1;
}

void TestWeighInModel::weightCell()
{
    QFETCH(QString, typed);
    QFETCH(int, expected);
    QVERIFY(model->addEntry(f->entry(tid, QStringLiteral("Al Member"), 5, 1000, 300)).ok());
    QSignalSpy errors(model.get(), &WeighInModel::errorOccurred);
    const bool ok = model->setData(model->index(0, WeighInModel::WeightColumn), typed);
    QCOMPARE(ok, expected >= 0);
    auto stored = TournamentStore(*f->store).entries(tid);
    QVERIFY(stored.ok());
    QCOMPARE(stored->first().gross.hundredths(), expected >= 0 ? expected : 1000);
    QCOMPARE(errors.size(), expected >= 0 ? 0 : 1);
}

void TestWeighInModel::check_data()
{
    QTest::addColumn<int>("fish");
    QTest::addColumn<int>("gross");
    QTest::addColumn<int>("bigBass");
    QTest::addColumn<int>("dead");
    QTest::addColumn<bool>("buyIn");
    QTest::addColumn<int>("errors");
    QTest::addColumn<int>("warnings");
    QTest::newRow("fine") << 5 << 1234 << 400 << 0 << false << 0 << 0;
    QTest::newRow("zero") << 0 << 0 << 0 << 0 << false << 0 << 0;
    QTest::newRow("over the limit") << 6 << 1234 << 400 << 0 << false << 1 << 0;
    QTest::newRow("dead over fish") << 2 << 500 << 300 << 3 << false << 1 << 0;
    QTest::newRow("big bass over stringer") << 2 << 500 << 600 << 0 << false << 1 << 0;
    QTest::newRow("weight without fish") << 0 << 500 << 0 << 0 << false << 1 << 0;
    QTest::newRow("fish without weight") << 3 << 0 << 0 << 0 << false << 1 << 0;
    QTest::newRow("buy-in with fish") << 2 << 500 << 0 << 0 << true << 1 << 0;
    QTest::newRow("over 50 lb, 10.2 lb a fish") << 5 << 5100 << 900 << 0 << false << 0 << 2;
    QTest::newRow("big bass over 15") << 5 << 3000 << 1600 << 0 << false << 0 << 1;
    QTest::newRow("tiny fish") << 5 << 200 << 50 << 0 << false << 0 << 1;
}

void TestWeighInModel::check()
{
    QFETCH(int, fish);
    QFETCH(int, gross);
    QFETCH(int, bigBass);
    QFETCH(int, dead);
    QFETCH(bool, buyIn);
    QFETCH(int, errors);
    QFETCH(int, warnings);
    EntryRecord e = f->entry(tid, QStringLiteral("Cy Member"), fish, gross, bigBass);
    e.dead = dead;
    e.buyIn = buyIn;
    int e1 = 0;
    int w1 = 0;
    for (const EntryIssue &issue : model->check(e))
        (issue.severity == EntryIssue::Severity::Error ? e1 : w1)++;
    QCOMPARE(e1, errors);
    QCOMPARE(w1, warnings);
}

void TestWeighInModel::duplicateAnglerRefused()
{
    QVERIFY(model->addEntry(f->entry(tid, QStringLiteral("Al Member"), 5, 1000, 300)).ok());
    const QList<EntryIssue> issues =
        model->check(f->entry(tid, QStringLiteral("Al Member"), 1, 200, 200));
    QVERIFY(EntryValidator::hasErrors(issues));
    QVERIFY(issues.first().message.contains(QStringLiteral("already on this sheet")));
    // Even when pushed without the check, the database refuses it and nothing changes.
    const int commands = stack->count();
    Status s = model->addEntry(f->entry(tid, QStringLiteral("Al Member"), 1, 200, 200));
    QVERIFY(!s.ok());
    QVERIFY(s.error().contains(QStringLiteral("already")));
    QCOMPARE(stack->count(), commands);
    QCOMPARE(f->liveCount(QStringLiteral("entries")), 1);
}

void TestWeighInModel::badCellChangesNothing()
{
    QVERIFY(model->addEntry(f->entry(tid, QStringLiteral("Al Member"), 5, 1000, 300)).ok());
    const int commands = stack->count();
    QVERIFY(!model->setData(model->index(0, WeighInModel::FishColumn), QStringLiteral("9")));
    QVERIFY(!model->setData(model->index(0, WeighInModel::DeadColumn), QStringLiteral("6")));
    QVERIFY(!model->setData(model->index(0, WeighInModel::FishColumn), QStringLiteral("two")));
    QCOMPARE(stack->count(), commands);
    QCOMPARE(model->entryAt(0).fish, 5);
    QVERIFY(model->setData(model->index(0, WeighInModel::DeadColumn), QStringLiteral("1")));
    QCOMPARE(model->entryAt(0).dead, 1);
    QCOMPARE(model->index(0, WeighInModel::NetColumn).data().toString(), QStringLiteral("9.75"));
    QVERIFY(
        model->setData(model->index(0, WeighInModel::DqColumn), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model->entryAt(0).dq);
}

void TestWeighInModel::deletedRowsAreHidden()
{
    QVERIFY(model->addEntry(f->entry(tid, QStringLiteral("Al Member"), 5, 1000, 300)).ok());
    QVERIFY(model->addEntry(f->entry(tid, QStringLiteral("Bo Member"), 4, 900, 300)).ok());
    QVERIFY(model->deleteRows({0}).ok());
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->entryAt(0).anglerName, QStringLiteral("Bo Member"));
    // The tombstone stays in the file for sync, and is never shown.
    QSqlQuery q(f->store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM entries WHERE deleted = 1")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    WeighInModel fresh(f->store.get());
    QVERIFY(fresh.setTournamentId(tid).ok());
    QCOMPARE(fresh.rowCount(), 1);
}

void TestWeighInModel::paperLengths()
{
    const QString paper = f->addTournament(QDate(2026, 7, 26), QStringLiteral("July"), true);
    QVERIFY(model->setTournamentId(paper).ok());
    QVERIFY(model->isPaper());
    EntryRecord e = f->entry(paper, QStringLiteral("Al Member"), 0, 0);
    QVERIFY(model->addEntry(e).ok());
    QVERIFY(model->setData(model->index(0, WeighInModel::LengthsColumn),
                           QStringLiteral("15.5, 15 1/2, 15-4, 11")));
    const EntryRecord &stored = model->entryAt(0);
    QCOMPARE(stored.paperFish.size(), 4);
    const Ruleset &r = model->ruleset();
    const Weight one = PaperChart::standard().weightFor(15 * 8 + 4, r);
    QVERIFY(!one.isZero());
    QCOMPARE(stored.fish, 3); // under 12 in does not count
    QCOMPARE(stored.gross, one * 3);
    QCOMPARE(stored.bigBass, one);
    QCOMPARE(f->liveCount(QStringLiteral("paper_fish")), 4);
    // Fewer lengths: the extra fish are deleted.
    QVERIFY(model->setData(model->index(0, WeighInModel::LengthsColumn), QStringLiteral("16")));
    QCOMPARE(f->liveCount(QStringLiteral("paper_fish")), 1);
    QVERIFY(!model->setData(model->index(0, WeighInModel::LengthsColumn), QStringLiteral("long")));
    QCOMPARE(f->liveCount(QStringLiteral("paper_fish")), 1);
}

void TestWeighInModel::partnerMakesABoat()
{
    QVERIFY(model->addEntry(f->entry(tid, QStringLiteral("Al Member"), 5, 1000, 300)).ok());
    QVERIFY(model->addEntry(f->entry(tid, QStringLiteral("Bo Member"), 4, 900, 300)).ok());
    QVERIFY(model->addEntry(f->entry(tid, QStringLiteral("Cy Member"), 4, 800, 300)).ok());
    QVERIFY(model->setData(model->index(0, WeighInModel::PartnerColumn),
                           f->anglers.value(QStringLiteral("Bo Member"))));
    QCOMPARE(model->boats().size(), 1);
    QCOMPARE(model->index(0, WeighInModel::PartnerColumn).data().toString(),
             QStringLiteral("Bo Member"));
    QCOMPARE(model->index(1, WeighInModel::PartnerColumn).data().toString(),
             QStringLiteral("Al Member"));
    // Bo is taken: Cy cannot pair with him.
    QVERIFY(!model->setPartner(2, f->anglers.value(QStringLiteral("Bo Member"))).ok());
    QCOMPARE(f->liveCount(QStringLiteral("boats")), 1);
    QVERIFY(model->setPartner(0, QString()).ok());
    QCOMPARE(model->index(1, WeighInModel::PartnerColumn).data().toString(), QString());
    stack->undo();
    QCOMPARE(model->index(1, WeighInModel::PartnerColumn).data().toString(),
             QStringLiteral("Al Member"));
}

void TestWeighInModel::finalizedSheetIsLocked()
{
    QVERIFY(model->addEntry(f->entry(tid, QStringLiteral("Al Member"), 5, 1000, 300)).ok());
    QVERIFY(TournamentStore(*f->store).finalize(tid, QStringLiteral("Weighmaster")).ok());
    QVERIFY(model->isLocked());
    QVERIFY(!(model->flags(model->index(0, WeighInModel::WeightColumn)) & Qt::ItemIsEditable));
    QVERIFY(!model->setData(model->index(0, WeighInModel::WeightColumn), QStringLiteral("11")));
    Status s = model->addEntry(f->entry(tid, QStringLiteral("Bo Member"), 4, 900, 300));
    QVERIFY(!s.ok());
    QVERIFY(s.error().contains(QStringLiteral("finalized")));
    QCOMPARE(f->liveCount(QStringLiteral("entries")), 1);
    auto log = TournamentStore(*f->store).log(tid);
    QVERIFY(log.ok());
    QCOMPARE(log->size(), 1);
    QCOMPARE(log->first().action, QStringLiteral("finalized"));
    QCOMPARE(log->first().actor, QStringLiteral("Weighmaster"));
    QVERIFY(TournamentStore(*f->store).unlock(tid, QStringLiteral("President")).ok());
    QVERIFY(!model->isLocked());
    QVERIFY(model->setData(model->index(0, WeighInModel::WeightColumn), QStringLiteral("11")));
    // The unlock, then the edit of the finalized result, both in the log under who unlocked.
    log = TournamentStore(*f->store).log(tid);
    QCOMPARE(log->size(), 3);
    QCOMPARE(log->at(1).action, QStringLiteral("unlocked"));
    QCOMPARE(log->at(1).actor, QStringLiteral("President"));
    QCOMPARE(log->last().action, QStringLiteral("result_edited"));
    QCOMPARE(log->last().actor, QStringLiteral("President"));
}

void TestWeighInModel::teamBoatWeighedDirectly()
{
    const QString team =
        f->addTournament(QDate(2026, 9, 27), QStringLiteral("Team"), false, TournamentFormat::Team);
    QVERIFY(model->setTournamentId(team).ok());
    for (const char *name : {"Al Member", "Bo Member", "Cy Member"})
        QVERIFY(model->addEntry(f->entry(team, QString::fromLatin1(name), 0, 0)).ok());
    QVERIFY(model->setPartner(0, f->anglers.value(QStringLiteral("Bo Member"))).ok());
    QVERIFY(model->setPartner(2, QString()).ok()); // Cy alone: no boat row yet
    TeamBoatsModel boats(model.get());
    QAbstractItemModelTester tester(&boats, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(boats.rowCount(), 1);
    QCOMPARE(boats.index(0, TeamBoatsModel::BoatColumn).data().toString(),
             QStringLiteral("Al Member & Bo Member"));
    QVERIFY(boats.setData(boats.index(0, TeamBoatsModel::FishColumn), QStringLiteral("8")));
    QVERIFY(boats.hasDraft(0)); // 8 fish but no weight yet: held, not saved
    QVERIFY(!TournamentStore(*f->store).boats(team)->first().teamWeighed);
    QVERIFY(boats.setData(boats.index(0, TeamBoatsModel::WeightColumn), QStringLiteral("21-8")));
    QVERIFY(!boats.hasDraft(0));
    QVERIFY(boats.setData(boats.index(0, TeamBoatsModel::BigBassColumn), QStringLiteral("5.75")));
    // A big bass over the stringer waits for the row; leaving the row puts it back.
    QVERIFY(boats.setData(boats.index(0, TeamBoatsModel::BigBassColumn), QStringLiteral("30")));
    QVERIFY(boats.hasDraft(0));
    QVERIFY(!boats.leaveRow(0));
    QCOMPARE(boats.index(0, TeamBoatsModel::BigBassColumn).data().toString(),
             QStringLiteral("5.75"));
    QVERIFY(!boats.setData(boats.index(0, TeamBoatsModel::FishColumn), QStringLiteral("11")));
    auto stored = TournamentStore(*f->store).boats(team);
    QVERIFY(stored.ok());
    QVERIFY(stored->first().teamWeighed);
    QCOMPARE(stored->first().teamFish, 8);
    QCOMPARE(stored->first().teamWeight.hundredths(), 2150);
    QCOMPARE(stored->first().teamBigBass.hundredths(), 575);
    LeaderboardModel board;
    board.setSheet(model.get());
    const WeighInStandings &s = board.standings();
    QCOMPARE(s.boats.first().weight.hundredths(), 2150);
    QCOMPARE(s.boats.first().place, 1);
    QVERIFY(s.payouts.balances());
    stack->undo(); // the big bass
    QCOMPARE(boats.index(0, TeamBoatsModel::BigBassColumn).data().toString(), QString());
}

void TestWeighInModel::swappingBoaterAndPartnerKeepsTheBoat()
{
    const QString team =
        f->addTournament(QDate(2026, 9, 27), QStringLiteral("Team"), false, TournamentFormat::Team);
    QVERIFY(model->setTournamentId(team).ok());
    for (const char *name : {"Al Member", "Bo Member", "Cy Member"})
        QVERIFY(model->addEntry(f->entry(team, QString::fromLatin1(name), 0, 0)).ok());
    const QString al = f->anglers.value(QStringLiteral("Al Member"));
    const QString bo = f->anglers.value(QStringLiteral("Bo Member"));
    QVERIFY(model->setPartner(0, bo).ok());
    BoatRecord weighed = model->boats().first();
    BoatRecord after = weighed;
    after.teamWeighed = true;
    after.teamFish = 5;
    after.teamWeight = Weight::fromHundredths(1845);
    after.teamBigBass = Weight::fromHundredths(620);
    QVERIFY(commands::editBoat(stack.get(), f->store.get(), weighed, after).ok());
    LeaderboardModel board;
    board.setSheet(model.get());
    QCOMPARE(board.standings().boats.first().weight.hundredths(), 1845);

    // Bo becomes the boater: Al leaves Bo's boat, then Bo takes Al as partner.
    QVERIFY(model->setPartner(0, QString()).ok());
    QVERIFY2(model->setPartner(1, al).ok(), qPrintable(model->lastError()));
    QCOMPARE(model->boats().size(), 1);
    const BoatRecord swapped = model->boats().first();
    QCOMPARE(swapped.boaterId, bo);
    QCOMPARE(swapped.partnerId, al);
    QVERIFY(swapped.teamWeighed);
    QCOMPARE(swapped.teamFish, 5);
    QCOMPARE(swapped.teamWeight.hundredths(), 1845);
    QCOMPARE(swapped.teamBigBass.hundredths(), 620);
    QCOMPARE(board.standings().boats.first().weight.hundredths(), 1845);
    QCOMPARE(board.standings().boats.first().anglerNames,
             QStringList({QStringLiteral("Bo Member"), QStringLiteral("Al Member")}));

    // Two boats that both have weights are not merged silently: refused, nothing changes.
    QVERIFY(model->setPartner(1, QString()).ok()); // Bo alone keeps the weights
    QCOMPARE(model->boats().size(), 1);
    const int cy = model->rowOfAngler(f->anglers.value(QStringLiteral("Cy Member")));
    QVERIFY(model->setPartner(cy, QString()).ok());
    BoatRecord cyBoat;
    cyBoat.tournamentId = team;
    cyBoat.boaterId = f->anglers.value(QStringLiteral("Cy Member"));
    cyBoat.teamWeighed = true;
    cyBoat.teamFish = 3;
    cyBoat.teamWeight = Weight::fromHundredths(900);
    QVERIFY(commands::addBoat(stack.get(), f->store.get(), cyBoat).ok());
    const int boats = int(model->boats().size());
    const Status merged = model->setPartner(cy, bo);
    QVERIFY(!merged);
    QVERIFY2(merged.error().contains(QStringLiteral("weights")), qPrintable(merged.error()));
    QCOMPARE(int(model->boats().size()), boats);
}

void TestWeighInModel::zeroBecomesACatchInTheGrid()
{
    QVERIFY(model->addEntry(f->entry(tid, QStringLiteral("Al Member"), 0, 0)).ok());
    const int commands = stack->count();
    // Fish first: "4 fish but no weight" is not an error yet, the row waits for its weight.
    QVERIFY(model->setData(model->index(0, WeighInModel::FishColumn), QStringLiteral("4")));
    QVERIFY(model->hasDraft(0));
    QCOMPARE(model->index(0, WeighInModel::FishColumn).data().toInt(), 4);
    QCOMPARE(TournamentStore(*f->store).entries(tid)->first().fish, 0); // not saved yet
    QVERIFY(model->setData(model->index(0, WeighInModel::WeightColumn), QStringLiteral("12.10")));
    QVERIFY(model->setData(model->index(0, WeighInModel::BigBassColumn), QStringLiteral("4.10")));
    QVERIFY(!model->hasDraft(0));
    const EntryRecord saved = TournamentStore(*f->store).entries(tid)->first();
    QCOMPARE(saved.fish, 4);
    QCOMPARE(saved.gross.hundredths(), 1210);
    QCOMPARE(saved.bigBass.hundredths(), 410);
    QCOMPARE(stack->count(), commands + 2); // fish+weight as one change, then the big bass

    // Weight first works the same way; leaving a row that does not add up puts it back.
    QVERIFY(model->addEntry(f->entry(tid, QStringLiteral("Bo Member"), 0, 0)).ok());
    QVERIFY(model->setData(model->index(1, WeighInModel::WeightColumn), QStringLiteral("9.5")));
    QVERIFY(model->hasDraft(1));
    const Status left = model->leaveRow(1);
    QVERIFY(!left);
    QVERIFY2(left.error().contains(QStringLiteral("Bo Member")), qPrintable(left.error()));
    QVERIFY(!model->hasDraft(1));
    QCOMPARE(model->index(1, WeighInModel::WeightColumn).data().toString(), QStringLiteral("0.00"));
    QCOMPARE(TournamentStore(*f->store).entries(tid)->at(1).gross.hundredths(), 0);
    // A value that is no number is still refused at once.
    QVERIFY(!model->setData(model->index(1, WeighInModel::WeightColumn), QStringLiteral("x")));
}

void TestWeighInModel::paperWeighedBigBass()
{
    const QString paper = f->addTournament(QDate(2026, 7, 26), QStringLiteral("July"), true);
    QVERIFY(model->setTournamentId(paper).ok());
    QVERIFY(model->addEntry(f->entry(paper, QStringLiteral("Al Member"), 0, 0)).ok());
    // "21 3/4 = 6.45": the length and the weight of the fish on the scale.
    QVERIFY2(model->setData(model->index(0, WeighInModel::LengthsColumn),
                            QStringLiteral("18, 21 3/4 = 6.45, 15")),
             qPrintable(model->lastError()));
    QCOMPARE(model->entryAt(0).bigBass.hundredths(), 645);
    QCOMPARE(model->entryAt(0).fish, 3);
    QVERIFY(model->index(0, WeighInModel::LengthsColumn)
                .data()
                .toString()
                .contains(QStringLiteral("21 3/4 = 6.45")));
    auto stored = TournamentStore(*f->store).entries(paper);
    QVERIFY(stored.ok());
    QCOMPARE(stored->first().bigBass.hundredths(), 645);
    // The Big bass cell takes a weighed big bass too; it goes with the longest fish.
    QVERIFY(model->flags(model->index(0, WeighInModel::BigBassColumn)) & Qt::ItemIsEditable);
    QVERIFY2(model->setData(model->index(0, WeighInModel::BigBassColumn), QStringLiteral("6.50")),
             qPrintable(model->lastError()));
    QCOMPARE(model->entryAt(0).bigBass.hundredths(), 650);
    int weighed = 0;
    for (const PaperFishRecord &fish : model->entryAt(0).paperFish)
        if (fish.weighedHundredths) {
            ++weighed;
            QCOMPARE(fish.lengthEighths, 21 * 8 + 6);
        }
    QCOMPARE(weighed, 1);
    // Cleared: the chart's weight of the longest fish again.
    QVERIFY(model->setData(model->index(0, WeighInModel::BigBassColumn), QString()));
    QCOMPARE(model->entryAt(0).bigBass,
             PaperChart::standard().weightFor(21 * 8 + 6, model->ruleset()));
}

void TestWeighInModel::paperFishSaidInWords()
{
    const QString paper = f->addTournament(QDate(2026, 7, 26), QStringLiteral("July"), true);
    QVERIFY(model->setTournamentId(paper).ok());
    auto warnings = [&](const QString &lengths) {
        EntryRecord e = f->entry(paper, QStringLiteral("Al Member"), 0, 0);
        auto fish = WeighInModel::parseFishList(lengths);
        if (!fish)
            return QStringList{fish.error()};
        e.paperFish = fish.value();
        e = model->withPaperStringer(e);
        QStringList out;
        for (const EntryIssue &i : model->check(e))
            out.append(i.message);
        return out;
    };
    // A short fish is not dropped silently.
    QVERIFY2(warnings(QStringLiteral("15, 11")).join(u' ').contains(QStringLiteral("11 in")),
             qPrintable(warnings(QStringLiteral("15, 11")).join(u' ')));
    // A sixth fish over the limit of five.
    QVERIFY(warnings(QStringLiteral("15, 15, 15, 15, 15, 14"))
                .join(u' ')
                .contains(QStringLiteral("only the best 5 count")));
    // A 30-inch fish gets the over-15 lb warning a weighed fish would.
    QVERIFY(warnings(QStringLiteral("30")).join(u' ').contains(QStringLiteral("over 15.00 lb")));
    // "85" is a slip of the finger, said in words, and nothing is stored.
    QVERIFY(model->addEntry(f->entry(paper, QStringLiteral("Al Member"), 0, 0)).ok());
    QVERIFY(!model->setData(model->index(0, WeighInModel::LengthsColumn), QStringLiteral("85")));
    QVERIFY2(model->lastError().contains(QStringLiteral("no bass is 85 inches long")),
             qPrintable(model->lastError()));
    QVERIFY(!model->lastError().contains(QStringLiteral("CHECK")));
    QCOMPARE(f->liveCount(QStringLiteral("paper_fish")), 0);
}

// Where the weights came from (#22): the Scale column names the weights read from the scale, the
// weight's tip says so, and a weight typed over on the sheet is typed.
void TestWeighInModel::scaleColumnAndTypedOver()
{
    EntryRecord e = f->entry(tid, QStringLiteral("Al Member"), 3, 912, 405);
    e.grossFromScale = true;
    e.bigBassFromScale = true;
    QVERIFY(model->addEntry(e).ok());
    QCOMPARE(model->headerData(WeighInModel::ScaleColumn, Qt::Horizontal).toString(),
             QStringLiteral("Scale"));
    QCOMPARE(model->index(0, WeighInModel::ScaleColumn).data().toString(),
             QStringLiteral("weight, big bass"));
    QCOMPARE(model->index(0, WeighInModel::WeightColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Read from the scale"));
    QVERIFY(model->setData(model->index(0, WeighInModel::WeightColumn), QStringLiteral("9.15")));
    QCOMPARE(model->index(0, WeighInModel::ScaleColumn).data().toString(),
             QStringLiteral("big bass"));
    auto stored = TournamentStore(*f->store).entries(tid);
    QVERIFY(stored.ok());
    QCOMPARE(stored->first().gross.hundredths(), 915);
    QVERIFY(!stored->first().grossFromScale);
    QVERIFY(stored->first().bigBassFromScale);
    // Undo brings the scale's reading back, with its mark.
    stack->undo();
    QCOMPARE(model->index(0, WeighInModel::ScaleColumn).data().toString(),
             QStringLiteral("weight, big bass"));
}

QTEST_GUILESS_MAIN(TestWeighInModel)
#include "tst_weighinmodel.moc"
