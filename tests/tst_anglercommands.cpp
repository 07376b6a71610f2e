// Tests of the roster's undoable edits (anglercommands.h) on a real club database: each command
// changes the store, undo puts it back exactly, redo does it again; bad input changes nothing.
// RosterModel runs under QAbstractItemModelTester throughout.
#include "commands/anglercommands.h"
#include "core/clubrules.h"
#include "itemmodels/paymenthistorymodel.h"
#include "itemmodels/rostermodel.h"
#include "roster/anglerstore.h"
#include "store/store.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

class TestAnglerCommands : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void addUndoRedo();
    void addRefusesBadInput_data();
    void addRefusesBadInput();
    void editUndoRedo();
    void editMembership();
    void deactivate();
    void deleteWithoutHistory();
    void deleteRefusedWithHistory();
    void officers();
    void recordPayment();
    void octoberRule();
    void paymentRefusesBadInput();
    void undoFailureIsReported();
    void guestOverLimitIsFlagged();

private:
    QString add(const QString &name, const QString &email = QString(), int memberSeason = 0);
    int count(const QString &sql, const QString &bind = QString());
    QString tournament(const QDate &date);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<RosterModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestAnglerCommands::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAnglerCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto store = Store::open(m_dir->filePath(QStringLiteral("club.sqlite")));
    QVERIFY2(store.ok(), qPrintable(store.error()));
    m_store = std::move(store).value();
    QVERIFY(m_store->createClub(QStringLiteral("Test Club"), "America/Chicago").ok());
    m_stack = std::make_unique<QUndoStack>();
    m_model = std::make_unique<RosterModel>(m_store.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestAnglerCommands::cleanup()
{
    AnglerCommand::setErrorHandler({});
    m_tester.reset();
    m_model.reset();
    m_stack.reset();
    m_store.reset();
    m_dir.reset();
}

QString TestAnglerCommands::add(const QString &name, const QString &email, int memberSeason)
{
    Angler a;
    a.fullName = name;
    a.email = email;
    auto *command = new AddAnglerCommand(m_store.get(), a, memberSeason);
    Status s = AnglerCommand::push(m_stack.get(), command);
    if (!s) {
        qWarning().noquote() << s.error();
        return QString();
    }
    return static_cast<const AddAnglerCommand *>(m_stack->command(m_stack->index() - 1))
        ->anglerId();
}

int TestAnglerCommands::count(const QString &sql, const QString &bind)
{
    QSqlQuery q(m_store->database());
    q.prepare(sql);
    if (!bind.isNull())
        q.addBindValue(bind);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

QString TestAnglerCommands::tournament(const QDate &date)
{
    auto id = m_store->insert(QStringLiteral("tournaments"),
                              {{QStringLiteral("season"), date.year()},
                               {QStringLiteral("event_date"), date.toString(Qt::ISODate)},
                               {QStringLiteral("name"), QStringLiteral("Lake Travis")}});
    return id.ok() ? id.value() : QString();
}

void TestAnglerCommands::addUndoRedo()
{
    const int season = m_store->currentSeason();
    const QString id =
        add(QStringLiteral("  Alice   Angler "), QStringLiteral("alice@example.com"), season);
    QVERIFY(!id.isEmpty());
    AnglerStore anglers(m_store.get());
    QCOMPARE(anglers.angler(id)->fullName, QStringLiteral("Alice Angler"));
    QCOMPARE(anglers.isMember(id, season).value(), true);
    QVERIFY(m_model->reload().ok());
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->index(0, RosterModel::StandingColumn).data().toString(),
             QStringLiteral("Dues overdue"));
    QCOMPARE(m_stack->undoText(), QStringLiteral("Add Alice Angler"));

    m_stack->undo();
    QVERIFY(!anglers.angler(id).ok());
    QCOMPARE(anglers.isMember(id, season).value(), false);
    QVERIFY(m_model->reload().ok());
    QCOMPARE(m_model->rowCount(), 0);
    // The row is a tombstone (it has to sync), not gone.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM anglers WHERE id = ? AND deleted = 1"), id),
             1);

    m_stack->redo();
    QVERIFY(anglers.angler(id).ok());
    QCOMPARE(anglers.isMember(id, season).value(), true);
    QVERIFY(m_model->reload().ok());
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_stack->count(), 1);
}

void TestAnglerCommands::addRefusesBadInput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<int>("memberSince");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no name") << QStringLiteral("  ") << QString() << QString() << 0
                             << QStringLiteral("name");
    QTest::newRow("bad email") << QStringLiteral("Bob") << QStringLiteral("bob@") << QString() << 0
                               << QStringLiteral("email");
    QTest::newRow("email taken (any case)")
        << QStringLiteral("Bob") << QStringLiteral("TAKEN@example.com") << QString() << 0
        << QStringLiteral("already used by Taken");
    QTest::newRow("bad phone") << QStringLiteral("Bob") << QString() << QStringLiteral("555-12")
                               << 0 << QStringLiteral("10");
    QTest::newRow("member since future") << QStringLiteral("Bob") << QString() << QString() << 2999
                                         << QStringLiteral("Member since");
    QTest::newRow("member since ancient") << QStringLiteral("Bob") << QString() << QString() << 1066
                                          << QStringLiteral("Member since");
}

void TestAnglerCommands::addRefusesBadInput()
{
    QFETCH(QString, name);
    QFETCH(QString, email);
    QFETCH(QString, phone);
    QFETCH(int, memberSince);
    QFETCH(QString, mentions);
    QVERIFY(!add(QStringLiteral("Taken"), QStringLiteral("taken@example.com")).isEmpty());
    m_stack->clear();
    Angler a;
    a.fullName = name;
    a.email = email;
    a.phone = phone;
    a.memberSince = memberSince;
    Status s = AnglerCommand::push(m_stack.get(), new AddAnglerCommand(m_store.get(), a));
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(mentions), qPrintable(s.error()));
    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM anglers")), 1);
}

void TestAnglerCommands::editUndoRedo()
{
    const QString id = add(QStringLiteral("Bob Bass"), QStringLiteral("bob@example.com"));
    AnglerStore anglers(m_store.get());
    Angler edited = anglers.angler(id).value();
    const Angler before = edited;
    edited.fullName = QStringLiteral("Robert Bass");
    edited.phone = QStringLiteral("512.555.0199");
    edited.memberSince = 2019;
    QVERIFY(AnglerCommand::push(m_stack.get(), new EditAnglerCommand(m_store.get(), edited)).ok());
    Angler after = anglers.angler(id).value();
    QCOMPARE(after.fullName, QStringLiteral("Robert Bass"));
    QCOMPARE(after.phone, QStringLiteral("(512) 555-0199"));
    QCOMPARE(after.memberSince, 2019);

    m_stack->undo();
    QCOMPARE(anglers.angler(id).value(), before);
    m_stack->redo();
    QCOMPARE(anglers.angler(id)->fullName, QStringLiteral("Robert Bass"));

    // Saving without a change adds nothing to undo.
    Status same = AnglerCommand::push(
        m_stack.get(), new EditAnglerCommand(m_store.get(), anglers.angler(id).value()));
    QVERIFY(!same.ok());
    QCOMPARE(m_stack->count(), 2);
}

void TestAnglerCommands::editMembership()
{
    const int season = m_store->currentSeason();
    const QString id = add(QStringLiteral("Carl Crank"));
    AnglerStore anglers(m_store.get());
    QCOMPARE(anglers.isMember(id, season).value(), false);
    QVERIFY(AnglerCommand::push(
                m_stack.get(),
                new EditAnglerCommand(m_store.get(), anglers.angler(id).value(), season, true))
                .ok());
    QCOMPARE(anglers.isMember(id, season).value(), true);
    m_stack->undo();
    QCOMPARE(anglers.isMember(id, season).value(), false);
    m_stack->redo();
    QCOMPARE(anglers.isMember(id, season).value(), true);
}

void TestAnglerCommands::deactivate()
{
    const QString id = add(QStringLiteral("Dana Drop"));
    QVERIFY(AnglerCommand::push(
                m_stack.get(),
                new SetInactiveCommand(m_store.get(), id, QStringLiteral("Dana Drop"), true))
                .ok());
    AnglerStore anglers(m_store.get());
    QVERIFY(anglers.angler(id)->inactive);
    QVERIFY(m_model->reload().ok());
    QCOMPARE(m_model->index(0, RosterModel::StandingColumn).data().toString(),
             QStringLiteral("Inactive"));
    m_stack->undo();
    QVERIFY(!anglers.angler(id)->inactive);
}

void TestAnglerCommands::deleteWithoutHistory()
{
    const QString id = add(QStringLiteral("Typo Record"), QString(), m_store->currentSeason());
    QVERIFY(AnglerCommand::push(m_stack.get(),
                                new DeleteAnglerCommand(m_store.get(), id, QStringLiteral("Typo")))
                .ok());
    AnglerStore anglers(m_store.get());
    QVERIFY(!anglers.angler(id).ok());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM memberships WHERE angler_id = ? "
                                  "AND deleted = 0"),
                   id),
             0);
    m_stack->undo();
    QVERIFY(anglers.angler(id).ok());
    QCOMPARE(anglers.isMember(id, m_store->currentSeason()).value(), true);
}

void TestAnglerCommands::deleteRefusedWithHistory()
{
    const QString id = add(QStringLiteral("Ed Eddy"));
    const QString t = tournament(m_store->clubTime().today().addDays(-30));
    QVERIFY(!t.isEmpty());
    QVERIFY(m_store
                ->insert(QStringLiteral("entries"), {{QStringLiteral("tournament_id"), t},
                                                     {QStringLiteral("angler_id"), id},
                                                     {QStringLiteral("was_member"), 0},
                                                     {QStringLiteral("entered_at"), 1}})
                .ok());
    const int before = m_stack->count();
    Status s = AnglerCommand::push(
        m_stack.get(), new DeleteAnglerCommand(m_store.get(), id, QStringLiteral("Ed")));
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QStringLiteral("Deactivate")), qPrintable(s.error()));
    QCOMPARE(m_stack->count(), before);
    QVERIFY(AnglerStore(m_store.get()).angler(id).ok());
    // Undoing the add is refused too: the record has history now.
    QString reported;
    AnglerCommand::setErrorHandler([&](const QString &e) { reported = e; });
    m_stack->undo();
    QVERIFY2(reported.contains(QStringLiteral("history")), qPrintable(reported));
    QVERIFY(AnglerStore(m_store.get()).angler(id).ok());
}

void TestAnglerCommands::officers()
{
    const int season = m_store->currentSeason();
    const QString alice = add(QStringLiteral("Alice"));
    const QString bob = add(QStringLiteral("Bob"));
    AnglerStore anglers(m_store.get());
    QHash<QString, QString> holders{{QStringLiteral("president"), alice},
                                    {QStringLiteral("treasurer"), alice},
                                    {QStringLiteral("weighmaster"), bob},
                                    {QStringLiteral("assistant_weighmaster"), QString()}};
    QVERIFY(
        AnglerCommand::push(m_stack.get(), new SetOfficersCommand(m_store.get(), season, holders))
            .ok());
    auto now = anglers.officers(season);
    QCOMPARE(now->value(QStringLiteral("president")), alice);
    QCOMPARE(now->value(QStringLiteral("treasurer")), alice);
    QCOMPARE(now->value(QStringLiteral("weighmaster")), bob);
    QVERIFY(!now->contains(QStringLiteral("assistant_weighmaster")));
    QVERIFY(m_model->reload().ok());
    QVERIFY(m_model->index(0, RosterModel::OfficesColumn)
                .data()
                .toString()
                .contains(QStringLiteral("Treasurer")));

    // A new president replaces the old one: one holder per post.
    QVERIFY(AnglerCommand::push(
                m_stack.get(),
                new SetOfficersCommand(m_store.get(), season, {{QStringLiteral("president"), bob}}))
                .ok());
    QCOMPARE(anglers.officers(season)->value(QStringLiteral("president")), bob);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM officer_terms WHERE post = 'president' "
                                  "AND deleted = 0")),
             1);
    m_stack->undo();
    QCOMPARE(anglers.officers(season)->value(QStringLiteral("president")), alice);
    m_stack->undo();
    QVERIFY(anglers.officers(season)->isEmpty());
    m_stack->redo();
    QCOMPARE(anglers.officers(season)->size(), 3);
    // An unknown post is refused and changes nothing.
    QVERIFY(!anglers.setOfficers(season, {{QStringLiteral("admiral"), bob}}).ok());
    QCOMPARE(anglers.officers(season)->size(), 3);
}

void TestAnglerCommands::recordPayment()
{
    const QDate today = m_store->clubTime().today();
    const QString id = add(QStringLiteral("Fay Fish"));
    PaymentInput pay{Money::fromDollars(25), QDate(today.year(), 1, 15), QStringLiteral("check"),
                     QStringLiteral("check #1001")};
    if (pay.date > today)
        pay.date = today;
    QVERIFY(AnglerCommand::push(m_stack.get(), new RecordPaymentCommand(m_store.get(), id,
                                                                        QStringLiteral("Fay"), pay))
                .ok());
    AnglerStore anglers(m_store.get());
    QCOMPARE(anglers.angler(id)->duesPaidThrough, today.year());
    QCOMPARE(anglers.isMember(id, today.year()).value(), true);
    QVERIFY(m_model->reload().ok());
    QCOMPARE(m_model->index(0, RosterModel::StandingColumn).data().toString(),
             QStringLiteral("In good standing"));
    auto lines = anglers.payments(id);
    QCOMPARE(lines->size(), 1);
    QCOMPARE(lines->first().amount, Money::fromDollars(25));
    QCOMPARE(lines->first().note, QStringLiteral("check #1001"));

    PaymentHistoryModel history(m_store.get());
    QAbstractItemModelTester historyTester(&history,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(history.setAngler(id).ok());
    QCOMPARE(history.rowCount(), 1);
    QCOMPARE(history.index(0, PaymentHistoryModel::AmountColumn).data().toString(),
             QStringLiteral("$25.00"));
    QCOMPARE(history.index(0, PaymentHistoryModel::MethodColumn).data().toString(),
             QStringLiteral("Check"));

    // Undo appends a reversing entry; the original is never edited.
    m_stack->undo();
    QCOMPARE(history.rowCount(), 2); // reloaded when the ledger changed
    QCOMPARE(history.total(), Money());
    QVERIFY(history.index(0, PaymentHistoryModel::NoteColumn)
                .data()
                .toString()
                .contains(QStringLiteral("reversed")));
    QCOMPARE(anglers.angler(id)->duesPaidThrough, 0);
    QCOMPARE(anglers.isMember(id, today.year()).value(), false);
    lines = anglers.payments(id);
    QCOMPARE(lines->size(), 2);
    QVERIFY(lines->at(0).reversed);
    QCOMPARE(lines->at(1).amount, Money::fromDollars(-25));
    QCOMPARE(lines->at(1).reversesId, lines->at(0).id);
    QCOMPARE(count(QStringLiteral("SELECT coalesce(sum(amount_cents), -1) FROM ledger "
                                  "WHERE angler_id = ?"),
                   id),
             0);
    m_stack->redo();
    QCOMPARE(anglers.angler(id)->duesPaidThrough, today.year());
    QCOMPARE(anglers.payments(id)->size(), 3);
}

void TestAnglerCommands::octoberRule()
{
    const QDate today = m_store->clubTime().today();
    const QString id = add(QStringLiteral("Gil Gill"));
    const PaymentInput pay{Money::fromDollars(25), QDate(today.year() - 1, 10, 20),
                           QStringLiteral("cash"), QString()};
    QVERIFY(AnglerCommand::push(m_stack.get(), new RecordPaymentCommand(m_store.get(), id,
                                                                        QStringLiteral("Gil"), pay))
                .ok());
    AnglerStore anglers(m_store.get());
    QCOMPARE(anglers.angler(id)->duesPaidThrough, today.year());
    QCOMPARE(anglers.isMember(id, today.year() - 1).value(), true);
    QCOMPARE(anglers.isMember(id, today.year()).value(), true);
}

void TestAnglerCommands::paymentRefusesBadInput()
{
    const QDate today = m_store->clubTime().today();
    const QString id = add(QStringLiteral("Hal Hook"));
    const QList<PaymentInput> bad = {
        {Money(), today, QStringLiteral("cash"), QString()},
        {Money::fromDollars(25), QDate(), QStringLiteral("cash"), QString()},
        {Money::fromDollars(25), today, QStringLiteral("barter"), QString()},
        {Money::fromDollars(25), today.addDays(3), QStringLiteral("cash"), QString()},
    };
    for (const PaymentInput &p : bad) {
        Status s = AnglerCommand::push(
            m_stack.get(), new RecordPaymentCommand(m_store.get(), id, QStringLiteral("Hal"), p));
        QVERIFY(!s.ok());
        QVERIFY(!s.error().isEmpty());
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ledger")), 0);
    QCOMPARE(m_stack->count(), 1);
}

void TestAnglerCommands::undoFailureIsReported()
{
    const QString id = add(QStringLiteral("Ida Ice"));
    // Someone else deletes the record behind the command's back.
    QVERIFY(m_store->remove(QStringLiteral("anglers"), id).ok());
    QString reported;
    AnglerCommand::setErrorHandler([&](const QString &e) { reported = e; });
    m_stack->undo();
    QVERIFY(!reported.isEmpty());
    QVERIFY(reported.contains(QStringLiteral("Add Ida Ice")));
    // The stale command is dropped rather than left to fail again.
    QCOMPARE(m_stack->count(), 0);
}

void TestAnglerCommands::guestOverLimitIsFlagged()
{
    const QDate today = m_store->clubTime().today();
    const QString guest = add(QStringLiteral("Walk Up"));
    for (int month = 1; month <= 3; ++month) {
        const QDate date(today.year(), month, 20);
        const QString t = tournament(date < today ? date : today);
        QVERIFY(m_store
                    ->insert(QStringLiteral("entries"), {{QStringLiteral("tournament_id"), t},
                                                         {QStringLiteral("angler_id"), guest},
                                                         {QStringLiteral("was_member"), 0},
                                                         {QStringLiteral("entered_at"), 1}})
                    .ok());
        QVERIFY(m_model->reload().ok());
        const QModelIndex standing = m_model->index(0, RosterModel::StandingColumn);
        QCOMPARE(standing.data(RosterModel::OverGuestLimitRole).toBool(),
                 month > ClubRules::guestTournamentLimit);
        QCOMPARE(standing.data().toString(), QStringLiteral("Guest"));
        // Flagged in red, with the reason in the tooltip.
        QCOMPARE(standing.data(Qt::ForegroundRole).isValid(),
                 month > ClubRules::guestTournamentLimit);
        QCOMPARE(
            standing.data(Qt::ToolTipRole).toString().contains(QStringLiteral("dues are owed")),
            month > ClubRules::guestTournamentLimit);
    }
    // Paying dues makes the guest a member: the warning goes.
    QVERIFY(AnglerCommand::push(m_stack.get(),
                                new RecordPaymentCommand(m_store.get(), guest, QStringLiteral("W"),
                                                         {Money::fromDollars(25), today,
                                                          QStringLiteral("cash"), QString()}))
                .ok());
    QVERIFY(m_model->reload().ok());
    QVERIFY(!m_model->index(0, 0).data(RosterModel::OverGuestLimitRole).toBool());
    QCOMPARE(m_model->index(0, RosterModel::StandingColumn).data().toString(),
             QStringLiteral("In good standing"));
}

QTEST_GUILESS_MAIN(TestAnglerCommands)
#include "tst_anglercommands.moc"
