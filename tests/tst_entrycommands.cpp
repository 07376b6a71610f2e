// Tests of the weigh-in and calendar undo commands: every change (add, change, delete, boats,
// guests, tournaments, a whole season schedule) undoes and redoes against a real database; a
// command that cannot run changes nothing and leaves the stack as it was.
#include "commands/command.h"
#include "tests/weighinfixture.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QUndoStack>

class TestEntryCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void addUndoRedoKeepsTheId();
    void editUndoRedo_data();
    void editUndoRedo();
    void deleteUndoBringsPaperFishBack();
    void failedFirstRunIsDropped();
    void failedUndoIsReported();
    void boatCommands();
    void guestCommand();
    void seasonSchedule();
    void deleteTournamentRefusedWithEntries();
    void editTournamentUndo();

private:
    EntryRecord stored(const QString &id) const;
    int tombstones(const QString &table) const;

    std::unique_ptr<WeighInFixture> f;
    std::unique_ptr<QUndoStack> stack;
    QString tid;
};

void TestEntryCommands::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestEntryCommands::init()
{
    f = std::make_unique<WeighInFixture>();
    QVERIFY(f->open());
    QVERIFY(!f->addAngler(QStringLiteral("Al Member"), true).isEmpty());
    QVERIFY(!f->addAngler(QStringLiteral("Bo Member"), true).isEmpty());
    tid = f->addTournament(QDate(2026, 4, 26), QStringLiteral("April"));
    QVERIFY(!tid.isEmpty());
    stack = std::make_unique<QUndoStack>();
}

void TestEntryCommands::cleanup()
{
    stack.reset();
    f.reset();
}

EntryRecord TestEntryCommands::stored(const QString &id) const
{
    auto e = TournamentStore(*f->store).entry(id);
    return e ? e.value() : EntryRecord();
}

int TestEntryCommands::tombstones(const QString &table) const
{
    QSqlQuery q(f->store->database());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 1").arg(table)) ||
        !q.next())
        return -1;
    return q.value(0).toInt();
}

void TestEntryCommands::addUndoRedoKeepsTheId()
{
    Result<QString> add = commands::addEntry(
        stack.get(), f->store.get(), f->entry(tid, QStringLiteral("Al Member"), 5, 1234, 400));
    QVERIFY(add.ok());
    const QString id = add.value();
    QVERIFY(!id.isEmpty());
    QCOMPARE(f->liveCount(QStringLiteral("entries")), 1);
    stack->undo();
    QCOMPARE(f->liveCount(QStringLiteral("entries")), 0);
    QCOMPARE(tombstones(QStringLiteral("entries")), 1);
    stack->redo();
    QCOMPARE(f->liveCount(QStringLiteral("entries")), 1);
    QCOMPARE(stored(id).gross.hundredths(), 1234); // the same row came back, not a copy
    QCOMPARE(tombstones(QStringLiteral("entries")), 0);
}

void TestEntryCommands::editUndoRedo_data()
{
    QTest::addColumn<int>("fish");
    QTest::addColumn<int>("gross");
    QTest::addColumn<bool>("dq");
    QTest::addColumn<int>("late");
    QTest::newRow("weight") << 5 << 1500 << false << 0;
    QTest::newRow("dq") << 5 << 1234 << true << 0;
    QTest::newRow("late") << 5 << 1234 << false << 7;
    QTest::newRow("zero") << 0 << 0 << false << 0;
}

void TestEntryCommands::editUndoRedo()
{
    QFETCH(int, fish);
    QFETCH(int, gross);
    QFETCH(bool, dq);
    QFETCH(int, late);
    EntryRecord before = f->entry(tid, QStringLiteral("Al Member"), 5, 1234, 400);
    QVERIFY(TournamentStore(*f->store).insertEntry(before).ok());
    EntryRecord after = before;
    after.fish = fish;
    after.gross = Weight::fromHundredths(gross);
    after.bigBass = fish == 0 ? Weight() : before.bigBass;
    after.dq = dq;
    after.minutesLate = late;
    QVERIFY(commands::editEntry(stack.get(), f->store.get(), before, after).ok());
    QVERIFY(stored(before.id).sameValues(after));
    stack->undo();
    QVERIFY(stored(before.id).sameValues(before));
    stack->redo();
    QVERIFY(stored(before.id).sameValues(after));
}

void TestEntryCommands::deleteUndoBringsPaperFishBack()
{
    EntryRecord e = f->entry(tid, QStringLiteral("Al Member"), 2, 400, 250);
    e.paperFish = {{QString(), 124, std::nullopt}, {QString(), 110, 260}};
    QVERIFY(TournamentStore(*f->store).insertEntry(e).ok());
    QCOMPARE(f->liveCount(QStringLiteral("paper_fish")), 2);
    QVERIFY(commands::deleteEntries(stack.get(), f->store.get(), {e}).ok());
    QCOMPARE(f->liveCount(QStringLiteral("entries")), 0);
    QCOMPARE(f->liveCount(QStringLiteral("paper_fish")), 0);
    stack->undo();
    QCOMPARE(f->liveCount(QStringLiteral("entries")), 1);
    const EntryRecord back = stored(e.id);
    QCOMPARE(back.paperFish.size(), 2);
    QCOMPARE(back.paperFish.at(1).weighedHundredths, std::optional<int>(260));
}

void TestEntryCommands::failedFirstRunIsDropped()
{
    QVERIFY(commands::addEntry(stack.get(), f->store.get(),
                               f->entry(tid, QStringLiteral("Al Member"), 5, 1234, 400))
                .ok());
    QCOMPARE(stack->count(), 1);
    Result<QString> s = commands::addEntry(stack.get(), f->store.get(),
                                           f->entry(tid, QStringLiteral("Al Member"), 1, 100, 100));
    QVERIFY(!s.ok());
    QVERIFY(s.error().contains(QStringLiteral("already on this weigh-in sheet")));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(f->liveCount(QStringLiteral("entries")), 1);
}

void TestEntryCommands::failedUndoIsReported()
{
    QStringList reported;
    QVERIFY(commands::addEntry(stack.get(), f->store.get(),
                               f->entry(tid, QStringLiteral("Al Member"), 5, 1234, 400),
                               [&](const QString &e) { reported.append(e); })
                .ok());
    QVERIFY(TournamentStore(*f->store).finalize(tid, QStringLiteral("Weighmaster")).ok());
    stack->undo(); // finalized: refused, reported, the command leaves the stack
    QCOMPARE(reported.size(), 1);
    QVERIFY(reported.first().contains(QStringLiteral("finalized")));
    QCOMPARE(f->liveCount(QStringLiteral("entries")), 1);
    QCOMPARE(stack->count(), 0);
}

void TestEntryCommands::boatCommands()
{
    BoatRecord b;
    b.tournamentId = tid;
    b.boaterId = f->anglers.value(QStringLiteral("Al Member"));
    b.partnerId = f->anglers.value(QStringLiteral("Bo Member"));
    Result<BoatRecord> add = commands::addBoat(stack.get(), f->store.get(), b);
    QVERIFY(add.ok());
    const BoatRecord made = add.value();
    QCOMPARE(f->liveCount(QStringLiteral("boats")), 1);
    BoatRecord team = made;
    team.teamWeighed = true;
    team.teamFish = 6;
    team.teamWeight = Weight::fromHundredths(2010);
    team.teamBigBass = Weight::fromHundredths(560);
    QVERIFY(commands::editBoat(stack.get(), f->store.get(), made, team).ok());
    auto boats = TournamentStore(*f->store).boats(tid);
    QVERIFY(boats.ok());
    QCOMPARE(boats->first(), team);
    BoatRecord bad = team;
    bad.teamBigBass = Weight::fromHundredths(3000);
    QVERIFY(!commands::editBoat(stack.get(), f->store.get(), team, bad).ok());
    QVERIFY(commands::deleteBoat(stack.get(), f->store.get(), team).ok());
    QCOMPARE(f->liveCount(QStringLiteral("boats")), 0);
    stack->undo();
    stack->undo();
    boats = TournamentStore(*f->store).boats(tid);
    QCOMPARE(boats->size(), 1);
    QCOMPARE(boats->first(), made);
    stack->undo();
    QCOMPARE(f->liveCount(QStringLiteral("boats")), 0);
}

void TestEntryCommands::guestCommand()
{
    const int before = f->liveCount(QStringLiteral("anglers"));
    QVERIFY(commands::addGuest(stack.get(), f->store.get(), QStringLiteral("  Walk   Up "),
                               QStringLiteral("512 555 0199"))
                .ok());
    QCOMPARE(f->liveCount(QStringLiteral("anglers")), before + 1);
    QCOMPARE(f->liveCount(QStringLiteral("anglers"), QStringLiteral("full_name = ? AND phone = ?"),
                          {QStringLiteral("Walk Up"), QStringLiteral("(512) 555-0199")}),
             1);
    stack->undo();
    QCOMPARE(f->liveCount(QStringLiteral("anglers")), before);
    stack->redo();
    QCOMPARE(f->liveCount(QStringLiteral("anglers")), before + 1);
    QVERIFY(
        !commands::addGuest(stack.get(), f->store.get(), QStringLiteral("X"), QStringLiteral("12"))
             .ok());
    QVERIFY(!commands::addGuest(stack.get(), f->store.get(), QStringLiteral("  "), QString()).ok());
    QCOMPARE(f->liveCount(QStringLiteral("anglers")), before + 1);
}

void TestEntryCommands::seasonSchedule()
{
    const QList<QDate> dates = TournamentStore::defaultScheduleDates(2027);
    QCOMPARE(dates.size(), 10);
    QCOMPARE(dates.first(), QDate(2027, 1, 24));
    QCOMPARE(dates.last(), QDate(2027, 10, 24));
    for (const QDate &d : dates) {
        QCOMPARE(d.dayOfWeek(), int(Qt::Sunday));
        QVERIFY(d.day() >= 22 && d.day() <= 28);
    }
    QList<TournamentRecord> list;
    for (const QDate &d : dates) {
        TournamentRecord t;
        t.date = d;
        t.season = 2027;
        t.name = QStringLiteral("T %1").arg(d.month());
        list.append(t);
    }
    QVERIFY(commands::createTournaments(stack.get(), f->store.get(), list).ok());
    QCOMPARE(f->liveCount(QStringLiteral("tournaments"), QStringLiteral("season = 2027")), 10);
    stack->undo();
    QCOMPARE(f->liveCount(QStringLiteral("tournaments"), QStringLiteral("season = 2027")), 0);
    stack->redo();
    QCOMPARE(f->liveCount(QStringLiteral("tournaments"), QStringLiteral("season = 2027")), 10);
    // One bad row: none are created.
    list[3].name = QStringLiteral("   ");
    QVERIFY(!commands::createTournaments(stack.get(), f->store.get(), list).ok());
    QCOMPARE(f->liveCount(QStringLiteral("tournaments"), QStringLiteral("season = 2027")), 10);
}

void TestEntryCommands::deleteTournamentRefusedWithEntries()
{
    auto t = TournamentStore(*f->store).tournament(tid);
    QVERIFY(t.ok());
    EntryRecord e = f->entry(tid, QStringLiteral("Al Member"), 5, 1234, 400);
    QVERIFY(TournamentStore(*f->store).insertEntry(e).ok());
    Status s = commands::deleteTournament(stack.get(), f->store.get(), t.value());
    QVERIFY(!s.ok());
    QVERIFY(s.error().contains(QStringLiteral("cancel")));
    QCOMPARE(f->liveCount(QStringLiteral("tournaments")), 1);
    QVERIFY(TournamentStore(*f->store).removeEntry(e).ok());
    BoatRecord b;
    b.tournamentId = tid;
    b.boaterId = e.anglerId;
    QVERIFY(TournamentStore(*f->store).insertBoat(b).ok());
    QVERIFY(commands::deleteTournament(stack.get(), f->store.get(), t.value()).ok());
    QCOMPARE(f->liveCount(QStringLiteral("tournaments")), 0);
    QCOMPARE(f->liveCount(QStringLiteral("boats")), 0);
    stack->undo();
    QCOMPARE(f->liveCount(QStringLiteral("tournaments")), 1);
    QCOMPARE(f->liveCount(QStringLiteral("boats")), 1);
}

void TestEntryCommands::editTournamentUndo()
{
    auto t = TournamentStore(*f->store).tournament(tid);
    QVERIFY(t.ok());
    TournamentRecord after = t.value();
    after.cancelled = true;
    after.fishLimit = 3;
    after.startTime = QTime(6, 30);
    QVERIFY(commands::editTournament(stack.get(), f->store.get(), t.value(), after).ok());
    auto now = TournamentStore(*f->store).tournament(tid);
    QVERIFY(now->cancelled);
    QCOMPARE(now->fishLimit, 3);
    QCOMPARE(now->startTime, QTime(6, 30));
    stack->undo();
    now = TournamentStore(*f->store).tournament(tid);
    QVERIFY(!now->cancelled);
    QCOMPARE(now->fishLimit, 5);
    QVERIFY(!now->startTime.isValid());
    TournamentRecord bad = after;
    bad.fishLimit = 0;
    QVERIFY(!commands::editTournament(stack.get(), f->store.get(), t.value(), bad).ok());
}

QTEST_GUILESS_MAIN(TestEntryCommands)
#include "tst_entrycommands.moc"
