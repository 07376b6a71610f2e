// What must never be stored is refused by the database itself, whoever writes it.
#include "store/store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestConstraints : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void refusesBadEntries_data();
    void refusesBadEntries();
    void oneEntryPerAnglerPerTournament();
    void oneHolderPerOfficerPost();
    void uniqueEmail();
    void foreignKeys();
    void ledgerIsAppendOnly();
    void refusesBadValues_data();
    void refusesBadValues();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QString m_tournament;
    QString m_angler;
    QVariantMap entry(const QVariantMap &overrides = {}) const;
};

void TestConstraints::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestConstraints::init()
{
    QFile::remove(m_dir.filePath(QStringLiteral("c.sqlite")));
    auto opened = Store::open(m_dir.filePath(QStringLiteral("c.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_store = std::move(opened).value();
    auto angler = m_store->insert(QStringLiteral("anglers"), {{QStringLiteral("full_name"), QStringLiteral("Ann Angler")}});
    QVERIFY(angler.ok());
    m_angler = angler.value();
    auto t = m_store->insert(QStringLiteral("tournaments"),
                             {{QStringLiteral("season"), 2025},
                              {QStringLiteral("event_date"), QStringLiteral("2025-01-26")},
                              {QStringLiteral("name"), QStringLiteral("January")}});
    QVERIFY2(t.ok(), qPrintable(t.error()));
    m_tournament = t.value();
}

void TestConstraints::cleanup()
{
    m_store.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("c.sqlite")));
}

QVariantMap TestConstraints::entry(const QVariantMap &overrides) const
{
    QVariantMap row = {{QStringLiteral("tournament_id"), m_tournament},
                       {QStringLiteral("angler_id"), m_angler},
                       {QStringLiteral("fish"), 5},
                       {QStringLiteral("gross_weight"), 1234},
                       {QStringLiteral("big_bass"), 400},
                       {QStringLiteral("dead"), 0},
                       {QStringLiteral("was_member"), 1},
                       {QStringLiteral("entered_at"), 0}};
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
        row.insert(it.key(), it.value());
    return row;
}

void TestConstraints::refusesBadEntries_data()
{
    QTest::addColumn<QVariantMap>("overrides");
    QTest::newRow("negative weight") << QVariantMap{{QStringLiteral("gross_weight"), -1}};
    QTest::newRow("negative big bass") << QVariantMap{{QStringLiteral("big_bass"), -5}};
    QTest::newRow("negative fish") << QVariantMap{{QStringLiteral("fish"), -1}};
    QTest::newRow("dead more than fish") << QVariantMap{{QStringLiteral("fish"), 2}, {QStringLiteral("dead"), 3}};
    QTest::newRow("negative dead") << QVariantMap{{QStringLiteral("dead"), -1}};
    QTest::newRow("negative minutes late") << QVariantMap{{QStringLiteral("minutes_late"), -3}};
    QTest::newRow("buy-in with fish") << QVariantMap{{QStringLiteral("buy_in"), 1}};
    QTest::newRow("dq not a flag") << QVariantMap{{QStringLiteral("dq"), 2}};
    QTest::newRow("missing was_member") << QVariantMap{{QStringLiteral("was_member"), QVariant()}};
}

void TestConstraints::refusesBadEntries()
{
    QFETCH(QVariantMap, overrides);
    auto r = m_store->insert(QStringLiteral("entries"), entry(overrides));
    QVERIFY(!r.ok());
    QVERIFY(r.error().contains(QStringLiteral("constraint")));
    // The good version of the same row is accepted.
    QVERIFY(m_store->insert(QStringLiteral("entries"), entry()).ok());
    // And an update cannot sneak bad values in either.
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT id FROM entries"));
    QVERIFY(q.exec() && q.next());
    QVERIFY(!m_store->update(QStringLiteral("entries"), q.value(0).toString(), overrides).ok());
}

void TestConstraints::oneEntryPerAnglerPerTournament()
{
    auto first = m_store->insert(QStringLiteral("entries"), entry());
    QVERIFY(first.ok());
    QVERIFY(!m_store->insert(QStringLiteral("entries"), entry()).ok());
    // After the first is deleted (tombstone), the angler can be entered again.
    QVERIFY(m_store->remove(QStringLiteral("entries"), first.value()).ok());
    QVERIFY(m_store->insert(QStringLiteral("entries"), entry()).ok());
}

void TestConstraints::oneHolderPerOfficerPost()
{
    auto other = m_store->insert(QStringLiteral("anglers"), {{QStringLiteral("full_name"), QStringLiteral("Bob")}});
    QVERIFY(other.ok());
    QVariantMap term = {{QStringLiteral("season"), 2025},
                        {QStringLiteral("post"), QStringLiteral("treasurer")},
                        {QStringLiteral("angler_id"), m_angler}};
    QVERIFY(m_store->insert(QStringLiteral("officer_terms"), term).ok());
    term[QStringLiteral("angler_id")] = other.value();
    QVERIFY(!m_store->insert(QStringLiteral("officer_terms"), term).ok());
    term[QStringLiteral("season")] = 2026;
    QVERIFY(m_store->insert(QStringLiteral("officer_terms"), term).ok());
    // One person may hold several posts.
    term[QStringLiteral("post")] = QStringLiteral("weighmaster");
    QVERIFY(m_store->insert(QStringLiteral("officer_terms"), term).ok());
    term[QStringLiteral("post")] = QStringLiteral("king");
    QVERIFY(!m_store->insert(QStringLiteral("officer_terms"), term).ok());
}

void TestConstraints::uniqueEmail()
{
    QVERIFY(m_store->insert(QStringLiteral("anglers"), {{QStringLiteral("full_name"), QStringLiteral("A")}, {QStringLiteral("email"), QStringLiteral("a@x.com")}}).ok());
    QVERIFY(!m_store->insert(QStringLiteral("anglers"), {{QStringLiteral("full_name"), QStringLiteral("B")}, {QStringLiteral("email"), QStringLiteral("A@X.com")}}).ok());
    QVERIFY(m_store->insert(QStringLiteral("anglers"), {{QStringLiteral("full_name"), QStringLiteral("C")}}).ok());
    QVERIFY(m_store->insert(QStringLiteral("anglers"), {{QStringLiteral("full_name"), QStringLiteral("D")}}).ok());
    QVERIFY(!m_store->insert(QStringLiteral("anglers"), {{QStringLiteral("full_name"), QStringLiteral("E")}, {QStringLiteral("email"), QStringLiteral("not-an-email")}}).ok());
}

void TestConstraints::foreignKeys()
{
    QVERIFY(!m_store->insert(QStringLiteral("entries"), entry({{QStringLiteral("angler_id"), Store::newId()}})).ok());
    QVERIFY(!m_store->insert(QStringLiteral("ramps"), {{QStringLiteral("lake_id"), Store::newId()}, {QStringLiteral("name"), QStringLiteral("Ramp")}}).ok());
}

void TestConstraints::ledgerIsAppendOnly()
{
    auto id = m_store->insert(QStringLiteral("ledger"),
                              {{QStringLiteral("posted_at"), 0},
                               {QStringLiteral("entry_date"), QStringLiteral("2025-01-10")},
                               {QStringLiteral("season"), 2025},
                               {QStringLiteral("kind"), QStringLiteral("dues")},
                               {QStringLiteral("fund"), QStringLiteral("operating")},
                               {QStringLiteral("amount_cents"), 2500},
                               {QStringLiteral("angler_id"), m_angler}});
    QVERIFY2(id.ok(), qPrintable(id.error()));
    auto changed = m_store->update(QStringLiteral("ledger"), id.value(), {{QStringLiteral("amount_cents"), 2000}});
    QVERIFY(!changed.ok());
    QVERIFY2(changed.error().contains(QStringLiteral("never edited")), qPrintable(changed.error()));
    // A note may be added without changing what moved.
    QVERIFY(m_store->update(QStringLiteral("ledger"), id.value(), {{QStringLiteral("note"), QStringLiteral("paid at the ramp")}}).ok());
    // Zero amounts and unknown kinds are refused.
    QVERIFY(!m_store->insert(QStringLiteral("ledger"), {{QStringLiteral("posted_at"), 0}, {QStringLiteral("entry_date"), QStringLiteral("2025-01-10")}, {QStringLiteral("season"), 2025}, {QStringLiteral("kind"), QStringLiteral("dues")}, {QStringLiteral("fund"), QStringLiteral("operating")}, {QStringLiteral("amount_cents"), 0}}).ok());
    QVERIFY(!m_store->insert(QStringLiteral("ledger"), {{QStringLiteral("posted_at"), 0}, {QStringLiteral("entry_date"), QStringLiteral("2025-01-10")}, {QStringLiteral("season"), 2025}, {QStringLiteral("kind"), QStringLiteral("gift")}, {QStringLiteral("fund"), QStringLiteral("operating")}, {QStringLiteral("amount_cents"), 100}}).ok());
}

void TestConstraints::refusesBadValues_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QVariantMap>("row");
    QTest::newRow("angler without name") << "anglers" << QVariantMap{{QStringLiteral("full_name"), QStringLiteral("   ")}};
    QTest::newRow("member since year 20") << "anglers" << QVariantMap{{QStringLiteral("full_name"), QStringLiteral("X")}, {QStringLiteral("member_since"), 20}};
    QTest::newRow("bad date") << "tournaments" << QVariantMap{{QStringLiteral("season"), 2025}, {QStringLiteral("event_date"), QStringLiteral("26/01/2025")}, {QStringLiteral("name"), QStringLiteral("T")}};
    QTest::newRow("bad format") << "tournaments" << QVariantMap{{QStringLiteral("season"), 2025}, {QStringLiteral("event_date"), QStringLiteral("2025-01-26")}, {QStringLiteral("name"), QStringLiteral("T")}, {QStringLiteral("format"), QStringLiteral("relay")}};
    QTest::newRow("negative fee") << "tournaments" << QVariantMap{{QStringLiteral("season"), 2025}, {QStringLiteral("event_date"), QStringLiteral("2025-01-26")}, {QStringLiteral("name"), QStringLiteral("T")}, {QStringLiteral("entry_fee_cents"), -100}};
    QTest::newRow("zero fish limit") << "tournaments" << QVariantMap{{QStringLiteral("season"), 2025}, {QStringLiteral("event_date"), QStringLiteral("2025-01-26")}, {QStringLiteral("name"), QStringLiteral("T")}, {QStringLiteral("fish_limit"), 0}};
    QTest::newRow("bad time") << "tournaments" << QVariantMap{{QStringLiteral("season"), 2025}, {QStringLiteral("event_date"), QStringLiteral("2025-01-26")}, {QStringLiteral("name"), QStringLiteral("T")}, {QStringLiteral("start_time"), QStringLiteral("6:30am")}};
    QTest::newRow("ruleset not json") << "rulesets" << QVariantMap{{QStringLiteral("season"), 2025}, {QStringLiteral("name"), QStringLiteral("x")}, {QStringLiteral("settings"), QStringLiteral("{oops")}};
}

void TestConstraints::refusesBadValues()
{
    QFETCH(QString, table);
    QFETCH(QVariantMap, row);
    QVERIFY(!m_store->insert(table, row).ok());
}

QTEST_GUILESS_MAIN(TestConstraints)
#include "tst_constraints.moc"
