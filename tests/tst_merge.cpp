// Tests of AnglerMerge and commands::mergeAnglers(): the preview names exactly what moves and every
// clash, the merge moves entries, boats, offices and memberships in one transaction, payments are
// credited to the survivor without editing the ledger, and undo restores both records exactly.
#include "commands/command.h"
#include "itemmodels/rostermodel.h"
#include "roster/anglermerge.h"
#include "roster/anglerstore.h"
#include "store/store.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

class TestMerge : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void previewListsWhatMoves();
    void mergeAndUndo();
    void clashRefused();
    void sameOrMergedRefused();

private:
    QString angler(const QString &name, const QString &email, int paidThrough = 0);
    QString tournament(const QString &name, const QDate &date);
    QString entry(const QString &tournament, const QString &angler);
    QString anglerOf(const QString &table, const QString &column, const QString &id);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    int m_season = 0;
    QString m_walkUp, m_member, m_t1, m_t2, m_t3;
    QString m_entry1, m_entry2, m_boat, m_office, m_payment;
};

void TestMerge::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

QString TestMerge::angler(const QString &name, const QString &email, int paidThrough)
{
    Angler a;
    a.fullName = name;
    a.email = email;
    a.duesPaidThrough = paidThrough;
    auto id = AnglerStore(m_store.get()).insertAngler(a);
    return id.ok() ? id.value() : QString();
}

QString TestMerge::tournament(const QString &name, const QDate &date)
{
    auto id = m_store->insert(QStringLiteral("tournaments"),
                              {{QStringLiteral("season"), date.year()},
                               {QStringLiteral("event_date"), date.toString(Qt::ISODate)},
                               {QStringLiteral("name"), name}});
    return id.ok() ? id.value() : QString();
}

QString TestMerge::entry(const QString &tournament, const QString &angler)
{
    auto id =
        m_store->insert(QStringLiteral("entries"), {{QStringLiteral("tournament_id"), tournament},
                                                    {QStringLiteral("angler_id"), angler},
                                                    {QStringLiteral("was_member"), 0},
                                                    {QStringLiteral("entered_at"), 1}});
    return id.ok() ? id.value() : QString();
}

QString TestMerge::anglerOf(const QString &table, const QString &column, const QString &id)
{
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(column, table));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return QStringLiteral("<none>");
    return q.value(0).toString();
}

void TestMerge::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = Store::open(m_dir->filePath(QStringLiteral("club.sqlite")));
    QVERIFY2(store.ok(), qPrintable(store.error()));
    m_store = std::move(store).value();
    QVERIFY(m_store->createClub(QStringLiteral("Test Club"), "America/Chicago").ok());
    m_season = m_store->currentSeason();

    // A walk-up guest fished twice, then joined under a new record.
    m_walkUp = angler(QStringLiteral("Bill Walker"), QStringLiteral("bill@example.com"));
    m_member = angler(QStringLiteral("William Walker"), QString(), m_season);
    QVERIFY(!m_walkUp.isEmpty() && !m_member.isEmpty());
    m_t1 = tournament(QStringLiteral("Lake Travis"), QDate(m_season, 1, 25));
    m_t2 = tournament(QStringLiteral("Lake Buchanan"), QDate(m_season, 2, 22));
    m_t3 = tournament(QStringLiteral("Lake LBJ"), QDate(m_season, 3, 22));
    m_entry1 = entry(m_t1, m_walkUp);
    m_entry2 = entry(m_t2, m_walkUp);
    QVERIFY(!entry(m_t3, m_member).isEmpty());
    const QString partner = angler(QStringLiteral("Pat Partner"), QString());
    auto boat =
        m_store->insert(QStringLiteral("boats"), {{QStringLiteral("tournament_id"), m_t1},
                                                  {QStringLiteral("boater_id"), partner},
                                                  {QStringLiteral("partner_id"), m_walkUp}});
    QVERIFY(boat.ok());
    m_boat = boat.value();
    AnglerStore anglers(m_store.get());
    QVERIFY(anglers.setOfficers(m_season - 1, {{QStringLiteral("weighmaster"), m_walkUp}}).ok());
    {
        QSqlQuery q(m_store->database());
        q.prepare(QStringLiteral("SELECT id FROM officer_terms WHERE deleted = 0"));
        QVERIFY(q.exec() && q.next());
        m_office = q.value(0).toString();
    }
    QVERIFY(anglers.addMembership(m_walkUp, m_season - 1, QDate(m_season - 1, 5, 1)).ok());
    QVERIFY(anglers.addMembership(m_walkUp, m_season, QDate(m_season, 1, 2)).ok());
    QVERIFY(anglers.addMembership(m_member, m_season, QDate(m_season, 1, 3)).ok());
    auto pay = anglers.recordPayment(
        m_walkUp, {Money::fromDollars(25), QDate(m_season - 1, 5, 1), QStringLiteral("cash"), {}});
    QVERIFY2(pay.ok(), qPrintable(pay.error()));
    m_payment = pay->ledgerId;
}

void TestMerge::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestMerge::previewListsWhatMoves()
{
    auto p = AnglerMerge::preview(m_store.get(), m_member, m_walkUp);
    QVERIFY2(p.ok(), qPrintable(p.error()));
    QCOMPARE(p->entries.size(), 2);
    QVERIFY(p->entries.at(0).contains(QStringLiteral("Lake Travis")));
    QVERIFY(p->entries.at(1).contains(QStringLiteral("Lake Buchanan")));
    QCOMPARE(p->boats.size(), 1);
    QCOMPARE(p->offices.size(), 1);
    QVERIFY(p->offices.first().contains(QStringLiteral("Weighmaster")));
    QCOMPARE(p->memberships.size(), 2);
    QCOMPARE(p->payments.size(), 1);
    QVERIFY(p->payments.first().contains(QStringLiteral("$25.00")));
    QVERIFY(p->clashes.isEmpty());
    QVERIFY(p->canMerge());
    QCOMPARE(p->merged.fullName, QStringLiteral("William Walker"));
    QCOMPARE(p->merged.email, QStringLiteral("bill@example.com"));
    QCOMPARE(p->merged.duesPaidThrough, m_season);
    // The preview changes nothing.
    QCOMPARE(anglerOf(QStringLiteral("entries"), QStringLiteral("angler_id"), m_entry1), m_walkUp);
}

void TestMerge::mergeAndUndo()
{
    RosterModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 3);
    const Angler survivorBefore = AnglerStore(m_store.get()).angler(m_member).value();
    const Angler duplicateBefore = AnglerStore(m_store.get()).angler(m_walkUp).value();

    QUndoStack stack;
    QVERIFY(
        commands::mergeAnglers(&stack, m_store.get(), m_member, m_walkUp, QStringLiteral("Merge"))
            .ok());
    QCOMPARE(anglerOf(QStringLiteral("entries"), QStringLiteral("angler_id"), m_entry1), m_member);
    QCOMPARE(anglerOf(QStringLiteral("entries"), QStringLiteral("angler_id"), m_entry2), m_member);
    QCOMPARE(anglerOf(QStringLiteral("boats"), QStringLiteral("partner_id"), m_boat), m_member);
    QCOMPARE(anglerOf(QStringLiteral("officer_terms"), QStringLiteral("angler_id"), m_office),
             m_member);
    // The ledger is never edited: the payment stays on the old record and counts for the survivor.
    QCOMPARE(anglerOf(QStringLiteral("ledger"), QStringLiteral("angler_id"), m_payment), m_walkUp);
    AnglerStore anglers(m_store.get());
    QCOMPARE(anglers.payments(m_member)->size(), 1);
    QCOMPARE(anglers.isMember(m_member, m_season - 1).value(), true);
    QCOMPARE(anglers.isMember(m_member, m_season).value(), true);
    QCOMPARE(anglers.angler(m_member)->email, QStringLiteral("bill@example.com"));
    QCOMPARE(anglers.angler(m_walkUp)->mergedInto, m_member);
    QVERIFY(model.reload().ok());
    QCOMPARE(model.rowCount(), 2);
    // Deleting the survivor is refused: it carries the history now.
    QVERIFY(anglers.history(m_member)->any());

    stack.undo();
    QCOMPARE(anglers.angler(m_member).value(), survivorBefore);
    QCOMPARE(anglers.angler(m_walkUp).value(), duplicateBefore);
    QCOMPARE(anglerOf(QStringLiteral("entries"), QStringLiteral("angler_id"), m_entry1), m_walkUp);
    QCOMPARE(anglerOf(QStringLiteral("boats"), QStringLiteral("partner_id"), m_boat), m_walkUp);
    QCOMPARE(anglerOf(QStringLiteral("officer_terms"), QStringLiteral("angler_id"), m_office),
             m_walkUp);
    QCOMPARE(anglers.isMember(m_walkUp, m_season).value(), true);
    QCOMPARE(anglers.isMember(m_walkUp, m_season - 1).value(), true);
    QCOMPARE(anglers.isMember(m_member, m_season - 1).value(), false);
    QCOMPARE(anglers.payments(m_member)->size(), 0);
    QVERIFY(model.reload().ok());
    QCOMPARE(model.rowCount(), 3);

    stack.redo();
    QCOMPARE(anglerOf(QStringLiteral("entries"), QStringLiteral("angler_id"), m_entry1), m_member);
    QCOMPARE(anglers.angler(m_walkUp)->mergedInto, m_member);
}

void TestMerge::clashRefused()
{
    QVERIFY(!entry(m_t1, m_member).isEmpty());
    auto p = AnglerMerge::preview(m_store.get(), m_member, m_walkUp);
    QVERIFY(p.ok());
    QCOMPARE(p->clashes.size(), 1);
    QVERIFY(p->clashes.first().contains(QStringLiteral("Lake Travis")));
    QVERIFY(!p->canMerge());
    QUndoStack stack;
    Status s =
        commands::mergeAnglers(&stack, m_store.get(), m_member, m_walkUp, QStringLiteral("M"));
    QVERIFY(!s.ok());
    QVERIFY(s.error().contains(QStringLiteral("Lake Travis")));
    QCOMPARE(stack.count(), 0);
    // Nothing moved.
    QCOMPARE(anglerOf(QStringLiteral("entries"), QStringLiteral("angler_id"), m_entry2), m_walkUp);
    QVERIFY(AnglerStore(m_store.get()).angler(m_walkUp)->mergedInto.isEmpty());
}

void TestMerge::sameOrMergedRefused()
{
    QVERIFY(!AnglerMerge::preview(m_store.get(), m_member, m_member).ok());
    QVERIFY(AnglerMerge::merge(m_store.get(), m_member, m_walkUp).ok());
    auto again = AnglerMerge::preview(m_store.get(), m_walkUp, m_member);
    QVERIFY(!again.ok());
    QVERIFY(again.error().contains(QStringLiteral("already merged")));
}

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
