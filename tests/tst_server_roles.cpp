// The club server's own defences (server schema version 4), probed with raw SQL as each officer
// role would type it into psql, against the real PostgreSQL that scripts/test starts, where every
// login signs in with a SCRAM password: identity and bookkeeping columns out of reach, the ledger
// append-only, each login's own pushes, roles and CONNECT per club database, add-user refusing
// logins the club did not make, an older (version 3) server upgraded in place, records breaking
// the club's rules refused by name, the secretary's and the treasurer's dues payments arriving
// whole, and logins
// managed by the club's administrator. Each test counts its SQL probes; the total is printed.
#include "roster/anglerstore.h"
#include "store/store.h"
#include "sync/serverconnection.h"
#include "sync/serverschema.h"
#include "sync/syncengine.h"
#include "sync/testing/pgtestdb.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Laptop
{
    QString path;
    std::unique_ptr<Store> store;
};

// One raw statement's outcome.
struct Probe
{
    bool ok = false;
    QString state; // SQLSTATE when refused
    QString message;
    int rows = -1;
};

} // namespace

class TestServerRoles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void identityColumnsAreOutOfReach();
    void ledgerIsAppendOnlyAndPushesAreEachLoginsOwn();
    void rolesBelongToOneClubDatabase();
    void addUserRefusesLoginsTheClubDidNotMake();
    void version3ServerIsUpgradedInPlace();
    void rowsBreakingTheRulesAreRefusedByName();
    void secretaryDuesPaymentReachesTheServerWhole();
    void treasurerDuesPaymentReachesTheServerWhole();
    void administratorManagesLogins();
    void cleanupTestCase();

private:
    Laptop laptop(const QString &name);
    Result<SyncReport> sync(Laptop &l, const ServerUrl &url);
    ServerUrl freshServer(const QString &prefix, int version = ServerSchema::latestVersion());
    ServerUrl login(const ServerUrl &server, const QString &role);
    Probe probe(const ServerUrl &as, const QString &sql);
    // A small club on the server: one tournament with two entries, two anglers, a dues payment.
    void seed(const ServerUrl &admin, QStringList *ids);
    int count(const ServerUrl &server, const QString &where);

    QTemporaryDir m_dir;
    int m_probes = 0;
};

void TestServerRoles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    auto admin = PgTest::adminUrl();
    QVERIFY2(admin.ok(), qPrintable(admin.ok() ? QString() : admin.error()));
}

void TestServerRoles::cleanupTestCase()
{
    qInfo("SQL probes run as officer logins and the server's owner: %d", m_probes);
}

Laptop TestServerRoles::laptop(const QString &name)
{
    Laptop l;
    l.path = m_dir.filePath(name + QLatin1Char('-') + Store::newId() + QStringLiteral(".sqlite"));
    auto s = Store::open(l.path);
    if (!s)
        qFatal("%s", qPrintable(s.error()));
    l.store = std::move(s.value());
    return l;
}

Result<SyncReport> TestServerRoles::sync(Laptop &l, const ServerUrl &url)
{
    SyncEngine engine(l.path, url, PgTest::passwordOf(url.user));
    return engine.run();
}

ServerUrl TestServerRoles::freshServer(const QString &prefix, int version)
{
    auto url = PgTest::createDatabase(prefix);
    if (!url)
        qFatal("%s", qPrintable(url.error()));
    auto conn = PgTest::open(url.value());
    if (!conn)
        qFatal("%s", qPrintable(conn.error()));
    auto migrated = ServerSchema::migrate(*conn.value(), version);
    if (!migrated)
        qFatal("%s", qPrintable(migrated.error()));
    return url.value();
}

ServerUrl TestServerRoles::login(const ServerUrl &server, const QString &role)
{
    auto name = PgTest::addLogin(server, role);
    if (!name)
        qFatal("add-user failed: %s", qPrintable(name.error()));
    return PgTest::as(server, name.value());
}

Probe TestServerRoles::probe(const ServerUrl &as, const QString &sql)
{
    ++m_probes;
    Probe p;
    auto conn = PgTest::open(as);
    if (!conn) {
        p.message = conn.error();
        return p;
    }
    QSqlQuery q(conn.value()->database());
    p.ok = q.exec(sql);
    p.state = q.lastError().nativeErrorCode();
    p.message = q.lastError().databaseText();
    p.rows = q.numRowsAffected();
    return p;
}

int TestServerRoles::count(const ServerUrl &server, const QString &where)
{
    auto conn = PgTest::open(server);
    if (!conn)
        qFatal("%s", qPrintable(conn.error()));
    QSqlQuery q(conn.value()->database());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sabc.rows WHERE ") + where) || !q.next())
        qFatal("count failed: %s", qPrintable(q.lastError().text()));
    return q.value(0).toInt();
}

void TestServerRoles::seed(const ServerUrl &admin, QStringList *ids)
{
    Laptop a = laptop(QStringLiteral("seed"));
    Store &s = *a.store;
    if (Status st = s.createClub(QStringLiteral("Roles Bass Club"), "America/Chicago"); !st)
        qFatal("%s", qPrintable(st.error()));
    auto t = s.insert(QStringLiteral("tournaments"),
                      {{QStringLiteral("season"), 2025},
                       {QStringLiteral("event_date"), QStringLiteral("2025-03-23")},
                       {QStringLiteral("name"), QStringLiteral("March")}});
    ids->append(t.value());
    for (int i = 0; i < 2; ++i) {
        auto an = s.insert(QStringLiteral("anglers"),
                           {{QStringLiteral("full_name"), QStringLiteral("Angler %1").arg(i)}});
        ids->append(an.value());
        auto e = s.insert(QStringLiteral("entries"),
                          {{QStringLiteral("tournament_id"), t.value()},
                           {QStringLiteral("angler_id"), an.value()},
                           {QStringLiteral("fish"), 3},
                           {QStringLiteral("gross_weight"), 900 + i},
                           {QStringLiteral("was_member"), 1},
                           {QStringLiteral("entered_at"), 1}});
        ids->append(e.value());
    }
    auto l = s.insert(QStringLiteral("ledger"),
                      {{QStringLiteral("posted_at"), 1},
                       {QStringLiteral("entry_date"), QStringLiteral("2025-03-23")},
                       {QStringLiteral("season"), 2025},
                       {QStringLiteral("kind"), QStringLiteral("dues")},
                       {QStringLiteral("fund"), QStringLiteral("operating")},
                       {QStringLiteral("angler_id"), ids->at(1)},
                       {QStringLiteral("amount_cents"), 2500}});
    ids->append(l.value());
    auto r = sync(a, admin);
    if (!r || !r.value().complete())
        qFatal("seeding the server failed");
}

// #19.1: tbl, id, seq and xid are out of every login's reach; the update policy checks the
// record's table as it was and as it would be.
void TestServerRoles::identityColumnsAreOutOfReach()
{
    const ServerUrl server = freshServer(QStringLiteral("roles_identity"));
    const ServerUrl admin = login(server, QStringLiteral("admin"));
    QStringList ids;
    seed(admin, &ids);
    const int ledger = count(server, QStringLiteral("tbl = 'ledger'"));
    const int entries = count(server, QStringLiteral("tbl = 'entries'"));
    QCOMPARE(ledger, 1);
    QCOMPARE(entries, 2);
    const QString fresh = Store::newId();
    for (const QString &role : ServerSchema::roleNames()) {
        const ServerUrl as = login(server, role);
        for (const QString &sql :
             {QStringLiteral("UPDATE sabc.rows SET tbl = 'entries' WHERE tbl = 'ledger'"),
              QStringLiteral("UPDATE sabc.rows SET tbl = 'ledger' WHERE tbl = 'entries'"),
              QStringLiteral("UPDATE sabc.rows SET id = '%1' WHERE tbl = 'entries'").arg(fresh),
              QStringLiteral("UPDATE sabc.rows SET seq = 1"),
              QStringLiteral("UPDATE sabc.rows SET xid = '1'"),
              QStringLiteral("INSERT INTO sabc.rows (tbl, id, data, modified, origin, xid) VALUES "
                             "('lakes', '%1', '{\"key\": \"k\", \"name\": \"L\", \"paper\": 0}', "
                             "1, 'x', '1')")
                  .arg(fresh),
              QStringLiteral("INSERT INTO sabc.rows (tbl, id, data, modified, origin, seq) VALUES "
                             "('lakes', '%1', '{\"key\": \"k\", \"name\": \"L\", \"paper\": 0}', "
                             "1, 'x', 1)")
                  .arg(fresh)}) {
            const Probe p = probe(as, sql);
            QVERIFY2(!p.ok, qPrintable(role + QStringLiteral(": ") + sql));
            QCOMPARE(p.state, QStringLiteral("42501"));
        }
        // A table the role does not own: the update reaches no record.
        if (role == QLatin1String("treasurer") || role == QLatin1String("secretary")) {
            const Probe p = probe(as, QStringLiteral("UPDATE sabc.rows SET data = data || "
                                                     "'{\"fish\": 0}' WHERE tbl = 'entries'"));
            QVERIFY2(p.ok, qPrintable(p.message));
            QCOMPARE(p.rows, 0);
        }
    }
    QCOMPARE(count(server, QStringLiteral("tbl = 'ledger'")), ledger);
    QCOMPARE(count(server, QStringLiteral("tbl = 'entries'")), entries);
    QCOMPARE(count(server, QStringLiteral("data->>'fish' = '0'")), 0);
    // A change the role may make gets the server's change order, not the client's.
    const ServerUrl director = login(server, QStringLiteral("director"));
    const Probe p = probe(director, QStringLiteral("UPDATE sabc.rows SET data = data || "
                                                   "'{\"minutes_late\": 2}' WHERE tbl = 'entries' "
                                                   "AND id = '%1'")
                                        .arg(ids.at(2)));
    QVERIFY2(p.ok, qPrintable(p.message));
    QCOMPARE(p.rows, 1);
    QCOMPARE(count(server, QStringLiteral("tbl = 'entries' AND seq = (SELECT max(seq) FROM "
                                          "sabc.rows) AND xid > (SELECT min(xid) FROM sabc.rows)")),
             1);
}

// #19.2: no tombstone and no edit of a ledger entry, for any login; a deleted record stays
// deleted; each login records and answers only its own pushes, once; xid is the server's.
void TestServerRoles::ledgerIsAppendOnlyAndPushesAreEachLoginsOwn()
{
    const ServerUrl server = freshServer(QStringLiteral("roles_ledger"));
    const ServerUrl admin = login(server, QStringLiteral("admin"));
    QStringList ids;
    seed(admin, &ids);
    const ServerUrl treasurer = login(server, QStringLiteral("treasurer"));
    for (const ServerUrl &as : {treasurer, admin}) {
        Probe p = probe(as, QStringLiteral("UPDATE sabc.rows SET deleted = true WHERE tbl = 'ledger'"));
        QVERIFY(!p.ok);
        QCOMPARE(p.state, QStringLiteral("23514"));
        QVERIFY2(p.message.contains(QStringLiteral("never edited or deleted")), qPrintable(p.message));
        p = probe(as, QStringLiteral("UPDATE sabc.rows SET data = data || '{\"amount_cents\": 1}' "
                                     "WHERE tbl = 'ledger'"));
        QVERIFY(!p.ok);
        QCOMPARE(p.state, QStringLiteral("23514"));
        p = probe(as, QStringLiteral("UPDATE sabc.rows SET data = data || '{\"note\": \"edited\"}' "
                                     "WHERE tbl = 'ledger'"));
        QVERIFY(!p.ok);
        QCOMPARE(p.state, QStringLiteral("23514"));
        p = probe(as, QStringLiteral("INSERT INTO sabc.rows (tbl, id, data, modified, origin, deleted) "
                                     "VALUES ('ledger', '%1', '{}', 1, 'x', true)")
                          .arg(Store::newId()));
        QVERIFY(!p.ok);
    }
    QCOMPARE(count(server, QStringLiteral("tbl = 'ledger' AND NOT deleted AND data->>'note' = '' "
                                          "AND data->>'amount_cents' = '2500'")),
             1);
    // A tombstone stays.
    QVERIFY(probe(admin, QStringLiteral("UPDATE sabc.rows SET deleted = true WHERE tbl = 'entries' "
                                        "AND id = '%1'")
                             .arg(ids.at(2)))
                .ok);
    Probe undelete = probe(admin, QStringLiteral("UPDATE sabc.rows SET deleted = false WHERE deleted"));
    QVERIFY(!undelete.ok);
    QCOMPARE(undelete.state, QStringLiteral("23514"));
    QCOMPARE(count(server, QStringLiteral("deleted")), 1);

    // Pushes: the admin's seeding is the admin's; the treasurer cannot rewrite it.
    Probe others = probe(treasurer, QStringLiteral("UPDATE sabc.applied_ops SET result = '{}'"));
    QVERIFY(others.ok);
    QCOMPARE(others.rows, 0);
    Probe seen = probe(treasurer, QStringLiteral("DELETE FROM sabc.applied_ops"));
    QVERIFY(!seen.ok);
    Probe forged = probe(treasurer, QStringLiteral("INSERT INTO sabc.applied_ops (op_id, login) "
                                                   "VALUES (gen_random_uuid(), '%1')")
                                        .arg(admin.user));
    QVERIFY(!forged.ok);
    QCOMPARE(forged.state, QStringLiteral("42501"));
    Probe answered = probe(admin, QStringLiteral("UPDATE sabc.applied_ops SET result = '{}'"));
    QVERIFY(answered.ok);
    QCOMPARE(answered.rows, 0); // an answer once written stays
    // The admin's answers are as they were written (read by the treasurer too, so a push resent
    // under another login is still recognised).
    auto conn = PgTest::open(treasurer);
    QVERIFY(conn.ok());
    QSqlQuery q(conn.value()->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sabc.applied_ops WHERE login = '%1' "
                                  "AND result IS NOT NULL AND result <> '{}'")
                       .arg(admin.user)) &&
            q.next());
    QVERIFY(q.value(0).toInt() >= 1);
    m_probes += 1;
}

// #19.3: roles and CONNECT belong to one club database.
void TestServerRoles::rolesBelongToOneClubDatabase()
{
    const ServerUrl club = freshServer(QStringLiteral("roles_club"));
    const ServerUrl club2 = freshServer(QStringLiteral("roles_club2"));
    const ServerUrl director = login(club, QStringLiteral("director"));
    const ServerUrl admin = login(club, QStringLiteral("admin"));
    // The director of one club cannot even connect to the other's database.
    auto other = ServerConnection::open(PgTest::as(club2, director.user), PgTest::passwordOf(director.user));
    ++m_probes;
    QVERIFY(!other.ok());
    QVERIFY2(other.error().contains(QStringLiteral("permission denied")) ||
                 other.error().contains(QStringLiteral("does not allow")),
             qPrintable(other.error()));
    auto otherAdmin = ServerConnection::open(PgTest::as(club2, admin.user), PgTest::passwordOf(admin.user));
    ++m_probes;
    QVERIFY(!otherAdmin.ok());
    // PUBLIC has no CONNECT; the club's roles have.
    auto owner = PgTest::open(club);
    QSqlQuery q(owner.value()->database());
    QVERIFY(q.exec(QStringLiteral("SELECT has_database_privilege('public', current_database(), 'CONNECT'), "
                                  "has_database_privilege(sabc.role_name('director'), current_database(), "
                                  "'CONNECT'), sabc.role_name('director') <> 'sabc_director'")) &&
            q.next());
    ++m_probes;
    QVERIFY(!q.value(0).toBool());
    QVERIFY(q.value(1).toBool());
    QVERIFY(q.value(2).toBool());
    // The role's name carries the database.
    QVERIFY(q.exec(QStringLiteral("SELECT sabc.role_name('director')")) && q.next());
    QVERIFY(q.value(0).toString().contains(club.database));
    // In its own database the director works.
    Probe own = probe(director, QStringLiteral("SELECT count(*) FROM sabc.rows"));
    QVERIFY2(own.ok, qPrintable(own.message));
}

// #19.3: add-user refuses a login the club did not create.
void TestServerRoles::addUserRefusesLoginsTheClubDidNotMake()
{
    const ServerUrl club = freshServer(QStringLiteral("roles_add"));
    const ServerUrl club2 = freshServer(QStringLiteral("roles_add2"));
    const ServerUrl director = login(club, QStringLiteral("director"));
    auto owner2 = PgTest::open(club2);
    QVERIFY(owner2.ok());
    // Another club's login.
    auto moved = ServerSchema::addUser(*owner2.value(), director.user, QStringLiteral("director"),
                                       QStringLiteral("taken-over"));
    ++m_probes;
    QVERIFY(!moved.ok());
    QVERIFY2(moved.error().contains(QStringLiteral("not made for this club")), qPrintable(moved.error()));
    // The server's superuser.
    auto superuser = ServerSchema::addUser(*owner2.value(), QStringLiteral("postgres"),
                                           QStringLiteral("director"), QStringLiteral("owned"));
    ++m_probes;
    QVERIFY(!superuser.ok());
    QVERIFY2(superuser.error().contains(QStringLiteral("not made for this club")),
             qPrintable(superuser.error()));
    // Any other superuser, and a plain login nobody gave a club role.
    auto raw = PgTest::open(club2);
    QSqlQuery q(raw.value()->database());
    const QString boss = QStringLiteral("boss_") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString plain = QStringLiteral("plain_") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    QVERIFY(q.exec(QStringLiteral("CREATE ROLE %1 SUPERUSER LOGIN").arg(boss)));
    QVERIFY(q.exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(plain)));
    for (const QString &name : {boss, plain}) {
        auto r = ServerSchema::addUser(*owner2.value(), name, QStringLiteral("admin"),
                                       QStringLiteral("pw"));
        ++m_probes;
        QVERIFY(!r.ok());
        QVERIFY(q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles u "
                                      "ON u.oid = m.member WHERE u.rolname = '%1')")
                           .arg(name)) &&
                q.next());
        QVERIFY(!q.value(0).toBool());
    }
    // The same club's login under another role: refused, its role kept.
    auto owner = PgTest::open(club);
    auto other = ServerSchema::addUser(*owner.value(), director.user, QStringLiteral("treasurer"),
                                       QStringLiteral("new"));
    ++m_probes;
    QVERIFY(!other.ok());
    QVERIFY2(other.error().contains(QStringLiteral("keeps its role")), qPrintable(other.error()));
    QSqlQuery r(owner.value()->database());
    QVERIFY(r.exec(QStringLiteral("SELECT pg_has_role('%1', sabc.role_name('director'), 'MEMBER'), "
                                  "pg_has_role('%1', sabc.role_name('treasurer'), 'MEMBER')")
                       .arg(director.user)) &&
            r.next());
    QVERIFY(r.value(0).toBool());
    QVERIFY(!r.value(1).toBool());
    // The passwords are untouched: the director and the superuser still sign in with theirs.
    QVERIFY(probe(director, QStringLiteral("SELECT 1")).ok);
    QVERIFY(PgTest::open(club2).ok());
    // Its own role again: a new password, as before.
    auto again = ServerSchema::addUser(*owner.value(), director.user, QStringLiteral("director"),
                                       QStringLiteral("renewed"));
    ++m_probes;
    QVERIFY2(again.ok() && !again.value(), qPrintable(again.ok() ? QString() : again.error()));
    PgTest::passwords().insert(director.user, QStringLiteral("renewed"));
    QVERIFY(probe(director, QStringLiteral("SELECT 1")).ok);
    QVERIFY(q.exec(QStringLiteral("DROP ROLE %1").arg(boss)));
    QVERIFY(q.exec(QStringLiteral("DROP ROLE %1").arg(plain)));
}

// A version 3 server with its cluster-wide roles (a director of `club` could write into `club2`)
// is upgraded by the same set-up, keeps its logins and their passwords, and is closed off.
void TestServerRoles::version3ServerIsUpgradedInPlace()
{
    const ServerUrl club = freshServer(QStringLiteral("roles_v3"), 3);
    const ServerUrl club2 = freshServer(QStringLiteral("roles_v3b"), 3);
    const QString name = QStringLiteral("olddir_") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString password = QStringLiteral("old-password");
    {
        auto owner = PgTest::open(club);
        QSqlQuery q(owner.value()->database());
        q.prepare(QStringLiteral("SELECT sabc.add_user(?, 'sabc_director', ?)"));
        q.addBindValue(name);
        q.addBindValue(ServerSchema::scramVerifier(password));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    PgTest::passwords().insert(name, password);
    const ServerUrl director = PgTest::as(club, name);
    const ServerUrl intruder = PgTest::as(club2, name);
    const QString row = QStringLiteral("INSERT INTO sabc.rows (tbl, id, data, modified, origin) VALUES "
                                       "('lakes', '%1', '{\"key\": \"k%1\", \"name\": \"Lake\", "
                                       "\"paper\": 0}', 1, 'probe')");
    // Version 3 as it was: the director of `club` writes into `club2` and moves ledger rows.
    Probe before = probe(intruder, row.arg(Store::newId()));
    QVERIFY2(before.ok, qPrintable(before.message));
    Probe moveBefore = probe(director, QStringLiteral("UPDATE sabc.rows SET tbl = 'x' WHERE false"));
    QVERIFY(moveBefore.ok);

    auto owner = PgTest::open(club);
    auto upgraded = ServerSchema::migrate(*owner.value());
    QVERIFY2(upgraded.ok(), qPrintable(upgraded.ok() ? QString() : upgraded.error()));
    QCOMPARE(upgraded.value(), 3);
    // The login kept its password and is now this database's director, and only that.
    QSqlQuery q(owner.value()->database());
    QVERIFY(q.exec(QStringLiteral("SELECT pg_has_role('%1', sabc.role_name('director'), 'MEMBER'), "
                                  "pg_has_role('%1', 'sabc_director', 'MEMBER'), "
                                  "has_database_privilege('public', current_database(), 'CONNECT')")
                       .arg(name)) &&
            q.next());
    QVERIFY(q.value(0).toBool());
    QVERIFY(!q.value(1).toBool());
    QVERIFY(!q.value(2).toBool());
    Probe own = probe(director, row.arg(Store::newId()));
    QVERIFY2(own.ok, qPrintable(own.message));
    Probe move = probe(director, QStringLiteral("UPDATE sabc.rows SET tbl = 'x' WHERE false"));
    QVERIFY(!move.ok);
    QCOMPARE(move.state, QStringLiteral("42501"));
    // `club2` is still on version 3 (anyone may connect there), but the director has no rights
    // in it any more.
    Probe after = probe(intruder, row.arg(Store::newId()));
    QVERIFY(!after.ok);
    QCOMPARE(after.state, QStringLiteral("42501"));
    // Once `club2` is upgraded too, the director cannot connect to it at all.
    auto owner2 = PgTest::open(club2);
    QVERIFY(ServerSchema::migrate(*owner2.value()).ok());
    QVERIFY(!ServerConnection::open(intruder, password).ok());
    ++m_probes;
    // A second set-up changes nothing.
    auto again = ServerSchema::migrate(*owner.value());
    QVERIFY(again.ok());
    QCOMPARE(again.value(), ServerSchema::latestVersion());
}

// #19.12: records breaking the club's rules are refused by name, raw or through a sync.
void TestServerRoles::rowsBreakingTheRulesAreRefusedByName()
{
    const ServerUrl server = freshServer(QStringLiteral("roles_rules"));
    const ServerUrl admin = login(server, QStringLiteral("admin"));
    QStringList ids;
    seed(admin, &ids);
    const ServerUrl director = login(server, QStringLiteral("director"));
    const ServerUrl secretary = login(server, QStringLiteral("secretary"));
    const ServerUrl treasurer = login(server, QStringLiteral("treasurer"));
    const QString t = ids.at(0);
    const QString a = ids.at(1);
    const QString entry = QStringLiteral("{\"tournament_id\": \"%1\", \"angler_id\": \"%2\", "
                                         "\"fish\": %3, \"gross_weight\": 100, \"big_bass\": 0, "
                                         "\"dead\": %4, \"minutes_late\": 0, \"buy_in\": 0, "
                                         "\"dq\": 0, \"was_member\": 1, \"entered_at\": 1}");
    struct Case
    {
        ServerUrl as;
        QString tbl;
        QString data;
        QString constraint;
    };
    const QList<Case> cases = {
        {director, QStringLiteral("entries"), entry.arg(t, a, QStringLiteral("-1"), QStringLiteral("0")),
         QStringLiteral("sabc_entries_fish")},
        {director, QStringLiteral("entries"), entry.arg(t, a, QStringLiteral("\"three\""), QStringLiteral("0")),
         QStringLiteral("sabc_entries_fish")},
        {director, QStringLiteral("entries"), entry.arg(t, a, QStringLiteral("2.5"), QStringLiteral("0")),
         QStringLiteral("sabc_entries_fish")},
        {director, QStringLiteral("entries"), entry.arg(t, a, QStringLiteral("2"), QStringLiteral("3")),
         QStringLiteral("sabc_entries_record")},
        {director, QStringLiteral("entries"), entry.arg(QStringLiteral("short"), a, QStringLiteral("1"), QStringLiteral("0")),
         QStringLiteral("sabc_entries_tournament_id")},
        {director, QStringLiteral("tournaments"),
         QStringLiteral("{\"season\": 2025, \"event_date\": \"23/03/2025\", \"name\": \"X\", "
                        "\"format\": \"individual\", \"fish_limit\": 5, \"entry_fee_cents\": 0, "
                        "\"fee_unit\": \"angler\", \"paper\": 0, \"cancelled\": 0, \"completed\": 0, "
                        "\"notes\": \"\"}"),
         QStringLiteral("sabc_tournaments_event_date")},
        {director, QStringLiteral("tournaments"),
         QStringLiteral("{\"season\": 2025, \"event_date\": \"2025-03-23\", \"name\": \"X\", "
                        "\"format\": \"relay\", \"fish_limit\": 5, \"entry_fee_cents\": 0, "
                        "\"fee_unit\": \"angler\", \"paper\": 0, \"cancelled\": 0, \"completed\": 0, "
                        "\"notes\": \"\"}"),
         QStringLiteral("sabc_tournaments_format")},
        {director, QStringLiteral("tournaments"),
         QStringLiteral("{\"season\": 1492, \"event_date\": \"2025-03-23\", \"name\": \"X\", "
                        "\"format\": \"team\", \"fish_limit\": 5, \"entry_fee_cents\": 0, "
                        "\"fee_unit\": \"angler\", \"paper\": 0, \"cancelled\": 0, \"completed\": 0, "
                        "\"notes\": \"\"}"),
         QStringLiteral("sabc_tournaments_season")},
        {secretary, QStringLiteral("anglers"), QStringLiteral("{\"full_name\": \"  \", \"inactive\": 0, \"notes\": \"\"}"),
         QStringLiteral("sabc_anglers_full_name")},
        {secretary, QStringLiteral("anglers"), QStringLiteral("{\"inactive\": 0, \"notes\": \"\"}"),
         QStringLiteral("sabc_anglers_full_name")},
        {secretary, QStringLiteral("anglers"),
         QStringLiteral("{\"full_name\": \"A\", \"email\": \"nobody\", \"inactive\": 0, \"notes\": \"\"}"),
         QStringLiteral("sabc_anglers_email")},
        {secretary, QStringLiteral("anglers"),
         QStringLiteral("{\"full_name\": \"A\", \"inactive\": 2, \"notes\": \"\"}"),
         QStringLiteral("sabc_anglers_inactive")},
        {treasurer, QStringLiteral("ledger"),
         QStringLiteral("{\"posted_at\": 1, \"entry_date\": \"2025-03-23\", \"season\": 2025, "
                        "\"kind\": \"dues\", \"fund\": \"operating\", \"amount_cents\": 0, \"note\": \"\"}"),
         QStringLiteral("sabc_ledger_record")},
        {treasurer, QStringLiteral("ledger"),
         QStringLiteral("{\"posted_at\": 1, \"entry_date\": \"2025-03-23\", \"season\": 2025, "
                        "\"kind\": \"gift\", \"fund\": \"operating\", \"amount_cents\": 10, \"note\": \"\"}"),
         QStringLiteral("sabc_ledger_kind")},
        {treasurer, QStringLiteral("ledger"),
         QStringLiteral("{\"posted_at\": 1, \"entry_date\": \"2025-03-23\", \"season\": 2025, "
                        "\"kind\": \"dues\", \"fund\": \"operating\", \"amount_cents\": 10, "
                        "\"method\": \"bitcoin\", \"note\": \"\"}"),
         QStringLiteral("sabc_ledger_method")},
    };
    const int before = count(server, QStringLiteral("true"));
    for (const Case &c : cases) {
        auto conn = PgTest::open(c.as);
        QVERIFY(conn.ok());
        QSqlQuery q(conn.value()->database());
        q.prepare(QStringLiteral("INSERT INTO sabc.rows (tbl, id, data, modified, origin) "
                                 "VALUES (?, ?, CAST(? AS jsonb), 1, 'probe')"));
        q.addBindValue(c.tbl);
        q.addBindValue(Store::newId());
        q.addBindValue(c.data);
        ++m_probes;
        QVERIFY2(!q.exec(), qPrintable(c.data));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("23514"));
        QVERIFY2(q.lastError().databaseText().contains(QStringLiteral("the server refuses")),
                 qPrintable(q.lastError().databaseText()));
        // The refusal names its rule, as a CHECK constraint does.
        QSqlQuery name(conn.value()->database());
        QVERIFY(name.exec(QStringLiteral("DO $$ BEGIN INSERT INTO sabc.rows (tbl, id, data, modified, "
                                         "origin) VALUES ('%1', '%2', '%3', 1, 'probe'); "
                                         "EXCEPTION WHEN check_violation THEN "
                                         "DECLARE c text; BEGIN GET STACKED DIAGNOSTICS c = "
                                         "CONSTRAINT_NAME; RAISE NOTICE '%', c; "
                                         "CREATE TEMP TABLE IF NOT EXISTS seen (c text); "
                                         "INSERT INTO seen VALUES (c); END; END $$")
                              .arg(c.tbl, Store::newId(), QString(c.data).replace(u'\'', QStringLiteral("''")))));
        QVERIFY(name.exec(QStringLiteral("SELECT c FROM seen")) && name.next());
        QCOMPARE(name.value(0).toString(), c.constraint);
        ++m_probes;
    }
    QCOMPARE(count(server, QStringLiteral("true")), before);
    // A good record passes.
    Probe good = probe(director, QStringLiteral("INSERT INTO sabc.rows (tbl, id, data, modified, origin) "
                                                "VALUES ('entries', '%1', '%2', 1, 'probe')")
                                     .arg(Store::newId(), entry.arg(t, a, QStringLiteral("2"), QStringLiteral("1"))));
    QVERIFY2(good.ok, qPrintable(good.message));
    // An edit merged into an existing record is checked too.
    Probe bad = probe(director, QStringLiteral("UPDATE sabc.rows SET data = data || '{\"gross_weight\": -5}' "
                                               "WHERE tbl = 'entries' AND id = '%1'")
                                    .arg(ids.at(2)));
    QVERIFY(!bad.ok);
    QCOMPARE(bad.state, QStringLiteral("23514"));

    // Through a sync: a laptop whose file let a bad number in (its CHECKs switched off) is told
    // which record and rule the server refused, like a CHECK constraint, and nothing else of
    // that table is taken.
    Laptop d = laptop(QStringLiteral("director"));
    QVERIFY(sync(d, director).ok());
    {
        QSqlQuery raw(d.store->database());
        QVERIFY(raw.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON")));
        QVERIFY(raw.exec(QStringLiteral("UPDATE entries SET fish = -4 WHERE id = '%1'").arg(ids.at(4))));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA ignore_check_constraints = OFF")));
    }
    auto r = sync(d, director);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error()));
    QVERIFY(!r.value().complete());
    QCOMPARE(r.value().refused.size(), 1);
    QVERIFY2(r.value().refused.first().contains(QStringLiteral("\"fish\" must be at least 0")) &&
                 r.value().refused.first().contains(ids.at(4)),
             qPrintable(r.value().refused.first()));
    QCOMPARE(count(server, QStringLiteral("data->>'fish' = '-4'")), 0);
}

// #21.4: the secretary's dues payment reaches the server whole: the paid-through year and the
// ledger row; the secretary may append dues rows and nothing else there.
void TestServerRoles::secretaryDuesPaymentReachesTheServerWhole()
{
    const ServerUrl server = freshServer(QStringLiteral("roles_dues"));
    const ServerUrl admin = login(server, QStringLiteral("admin"));
    QStringList ids;
    seed(admin, &ids);
    const ServerUrl secretary = login(server, QStringLiteral("secretary"));
    const ServerUrl treasurer = login(server, QStringLiteral("treasurer"));
    Laptop s = laptop(QStringLiteral("secretary"));
    QVERIFY(sync(s, secretary).ok());
    const QString angler = ids.at(3);
    AnglerStore anglers(s.store.get());
    const QDate today = s.store->clubTime().today();
    auto paid = anglers.recordPayment(angler, {Money::fromCents(2500), today, QStringLiteral("check"),
                                               QStringLiteral("paid at the meeting")});
    QVERIFY2(paid.ok(), qPrintable(paid.ok() ? QString() : paid.error()));
    const int paidThrough = paid.value().newPaidThrough;
    QVERIFY(paidThrough >= today.year());
    auto r = sync(s, secretary);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error()));
    QVERIFY2(r.value().complete(), qPrintable(r.value().refused.join(u'\n')));

    Laptop t = laptop(QStringLiteral("treasurer"));
    QVERIFY(sync(t, treasurer).ok());
    QSqlQuery q(t.store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT dues_paid_through FROM anglers WHERE id = '%1'").arg(angler)) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), paidThrough);
    QVERIFY(q.exec(QStringLiteral("SELECT amount_cents, kind, method FROM ledger WHERE id = '%1'")
                       .arg(paid.value().ledgerId)) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 2500);
    QCOMPARE(q.value(1).toString(), QStringLiteral("dues"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("check"));

    // Dues rows only, appended only.
    const QString payout = QStringLiteral(
        "INSERT INTO sabc.rows (tbl, id, data, modified, origin) VALUES ('ledger', '%1', "
        "'{\"posted_at\": 1, \"entry_date\": \"2025-03-23\", \"season\": 2025, \"kind\": \"%2\", "
        "\"fund\": \"%3\", \"amount_cents\": -700, \"angler_id\": \"%4\", \"note\": \"\"}', 1, 'x')");
    Probe p = probe(secretary, payout.arg(Store::newId(), QStringLiteral("payout"),
                                          QStringLiteral("tournament_pot"), angler));
    QVERIFY(!p.ok);
    QCOMPARE(p.state, QStringLiteral("42501"));
    p = probe(secretary, payout.arg(Store::newId(), QStringLiteral("dues"), QStringLiteral("club"), angler));
    QVERIFY(!p.ok);
    QCOMPARE(p.state, QStringLiteral("42501"));
    p = probe(secretary, QStringLiteral("UPDATE sabc.rows SET data = data WHERE tbl = 'ledger'"));
    QVERIFY(p.ok);
    QCOMPARE(p.rows, 0);
    // The secretary's reversal of a payment recorded by mistake is a dues row too.
    QVERIFY(anglers.reversePayment(paid.value()).ok());
    auto undone = sync(s, secretary);
    QVERIFY(undone.ok());
    QVERIFY2(undone.value().complete(), qPrintable(undone.value().refused.join(u'\n')));
    QVERIFY(sync(t, treasurer).ok());
    QVERIFY(q.exec(QStringLiteral("SELECT sum(amount_cents), count(*) FROM ledger WHERE angler_id = '%1'")
                       .arg(angler)) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QCOMPARE(q.value(1).toInt(), 2);
}

// #21.4: the treasurer's dues payment reaches the server whole: the ledger row, the paid-through
// year and the memberships it makes; in the secretary's tables the treasurer changes nothing else.
void TestServerRoles::treasurerDuesPaymentReachesTheServerWhole()
{
    const ServerUrl server = freshServer(QStringLiteral("roles_tdues"));
    const ServerUrl admin = login(server, QStringLiteral("admin"));
    QStringList ids;
    seed(admin, &ids);
    const ServerUrl secretary = login(server, QStringLiteral("secretary"));
    const ServerUrl treasurer = login(server, QStringLiteral("treasurer"));
    Laptop t = laptop(QStringLiteral("treasurer"));
    QVERIFY(sync(t, treasurer).ok());
    const QString angler = ids.at(3);
    AnglerStore anglers(t.store.get());
    const QDate today = t.store->clubTime().today();
    auto paid = anglers.recordPayment(angler, {Money::fromCents(5000), today, QStringLiteral("cash"),
                                               QStringLiteral("two seasons")});
    QVERIFY2(paid.ok(), qPrintable(paid.ok() ? QString() : paid.error()));
    const int paidThrough = paid.value().newPaidThrough;
    QVERIFY(paidThrough >= today.year());
    QVERIFY(!paid.value().createdMemberships.isEmpty());
    auto r = sync(t, treasurer);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error()));
    QVERIFY2(r.value().complete(), qPrintable(r.value().refused.join(u'\n')));

    // A secretary's fresh laptop has the whole payment.
    Laptop s = laptop(QStringLiteral("secretary"));
    QVERIFY(sync(s, secretary).ok());
    QSqlQuery q(s.store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT dues_paid_through, full_name FROM anglers WHERE id = '%1'")
                       .arg(angler)) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), paidThrough);
    QCOMPARE(q.value(1).toString(), QStringLiteral("Angler 1"));
    QVERIFY(q.exec(QStringLiteral("SELECT amount_cents, kind, method FROM ledger WHERE id = '%1'")
                       .arg(paid.value().ledgerId)) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 5000);
    QCOMPARE(q.value(1).toString(), QStringLiteral("dues"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("cash"));
    for (const QString &m : paid.value().createdMemberships) {
        QVERIFY(q.exec(QStringLiteral("SELECT angler_id FROM memberships WHERE id = '%1' AND deleted = 0")
                           .arg(m)) &&
                q.next());
        QCOMPARE(q.value(0).toString(), angler);
    }

    // Raw SQL as the treasurer: nothing but the paid-through year of an angler, and new
    // memberships.
    const QString where = QStringLiteral(" WHERE tbl = 'anglers' AND id = '%1'").arg(angler);
    const QString membership = paid.value().createdMemberships.first();
    for (const QString &sql :
         {QStringLiteral("UPDATE sabc.rows SET data = data || '{\"full_name\": \"Renamed\"}'") + where,
          QStringLiteral("UPDATE sabc.rows SET data = data || '{\"full_name\": \"Renamed\", "
                         "\"dues_paid_through\": 2199}'") +
              where,
          QStringLiteral("UPDATE sabc.rows SET data = data - 'notes'") + where,
          QStringLiteral("UPDATE sabc.rows SET deleted = true") + where,
          QStringLiteral("UPDATE sabc.rows SET stamps = stamps || '{\"full_name\": \"9000000000000000\"}'") +
              where,
          QStringLiteral("UPDATE sabc.rows SET modified = 9000000000000000, stamps = '{}'") + where,
          QStringLiteral("INSERT INTO sabc.rows (tbl, id, data, modified, origin) VALUES ('anglers', "
                         "'%1', '{\"full_name\": \"New\", \"inactive\": 0, \"notes\": \"\"}', 1, 'x')")
              .arg(Store::newId()),
          QStringLiteral("INSERT INTO sabc.rows (tbl, id, data, modified, origin) VALUES ('anglers', "
                         "'%1', '{\"full_name\": \"Renamed\"}', 1, 'x') ON CONFLICT (tbl, id) DO UPDATE "
                         "SET data = sabc.rows.data || excluded.data")
              .arg(angler),
          QStringLiteral("UPDATE sabc.rows SET data = data || '{\"season\": 2199}' WHERE tbl = "
                         "'memberships' AND id = '%1'")
              .arg(membership),
          QStringLiteral("INSERT INTO sabc.rows (tbl, id, data, modified, origin) VALUES ('officer_terms', "
                         "'%1', '{\"season\": 2025, \"post\": \"treasurer\", \"angler_id\": \"%2\"}', 1, 'x')")
              .arg(Store::newId(), angler)}) {
        const Probe p = probe(treasurer, sql);
        QVERIFY2(!p.ok, qPrintable(sql));
        QCOMPARE(p.state, QStringLiteral("42501"));
    }
    QCOMPARE(count(server, QStringLiteral("tbl = 'anglers' AND data->>'full_name' IN ('Renamed', 'New')")), 0);
    QCOMPARE(count(server, QStringLiteral("tbl = 'anglers' AND (deleted OR NOT data ? 'notes')")), 0);
    QCOMPARE(count(server, QStringLiteral("tbl = 'memberships' AND data->>'season' = '2199'")), 0);
    // The paid-through year alone goes through.
    const Probe year = probe(treasurer, QStringLiteral("UPDATE sabc.rows SET data = data || "
                                                       "'{\"dues_paid_through\": %1}'")
                                            .arg(paidThrough) +
                                            where);
    QVERIFY2(year.ok, qPrintable(year.message));
    QCOMPARE(year.rows, 1);

    // The treasurer undoes the payment recorded by mistake: whole again.
    QVERIFY(anglers.reversePayment(paid.value()).ok());
    auto undone = sync(t, treasurer);
    QVERIFY(undone.ok());
    QVERIFY2(undone.value().complete(), qPrintable(undone.value().refused.join(u'\n')));
    QVERIFY(sync(s, secretary).ok());
    QVERIFY(q.exec(QStringLiteral("SELECT sum(amount_cents), count(*) FROM ledger WHERE angler_id = '%1'")
                       .arg(angler)) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QCOMPARE(q.value(1).toInt(), 2);
    QVERIFY(q.exec(QStringLiteral("SELECT coalesce(dues_paid_through, 0) FROM anglers WHERE id = '%1'")
                       .arg(angler)) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), paid.value().oldPaidThrough);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM memberships WHERE angler_id = '%1' AND deleted = 0")
                       .arg(angler)) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

// #19.10: the club's administrator lists, adds, disables, enables and resets logins; an officer
// changes their own password; nobody else manages logins.
void TestServerRoles::administratorManagesLogins()
{
    const ServerUrl server = freshServer(QStringLiteral("roles_admin"));
    const ServerUrl admin = login(server, QStringLiteral("admin"));
    const ServerUrl director = login(server, QStringLiteral("director"));
    auto asAdmin = PgTest::open(admin);
    QVERIFY(asAdmin.ok());
    const QString name = QStringLiteral("sec_") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    auto created = ServerSchema::addUser(*asAdmin.value(), name, QStringLiteral("secretary"),
                                         QStringLiteral("first"));
    ++m_probes;
    QVERIFY2(created.ok() && created.value(), qPrintable(created.ok() ? QString() : created.error()));
    auto list = ServerSchema::logins(*asAdmin.value());
    ++m_probes;
    QVERIFY2(list.ok(), qPrintable(list.ok() ? QString() : list.error()));
    QCOMPARE(list.value().size(), 3);
    bool found = false;
    for (const ServerSchema::Login &l : list.value())
        if (l.name == name) {
            found = true;
            QCOMPARE(l.role, QStringLiteral("secretary"));
            QVERIFY(l.enabled);
        }
    QVERIFY(found);
    const ServerUrl secretary = PgTest::as(server, name);
    QVERIFY(ServerConnection::open(secretary, QStringLiteral("first")).ok());
    // Disabled: cannot sign in; enabled again: can.
    QVERIFY(ServerSchema::setLoginEnabled(*asAdmin.value(), name, false).ok());
    QVERIFY(!ServerConnection::open(secretary, QStringLiteral("first")).ok());
    list = ServerSchema::logins(*asAdmin.value());
    for (const ServerSchema::Login &l : list.value())
        if (l.name == name)
            QVERIFY(!l.enabled);
    QVERIFY(ServerSchema::setLoginEnabled(*asAdmin.value(), name, true).ok());
    QVERIFY(ServerConnection::open(secretary, QStringLiteral("first")).ok());
    // Reset: the new password works, the old one no longer.
    QVERIFY(ServerSchema::resetPassword(*asAdmin.value(), name, QStringLiteral("second")).ok());
    QVERIFY(!ServerConnection::open(secretary, QStringLiteral("first")).ok());
    QVERIFY(ServerConnection::open(secretary, QStringLiteral("second")).ok());
    m_probes += 8;
    // The administrator cannot lock themselves out, nor touch a login that is not the club's.
    auto self = ServerSchema::setLoginEnabled(*asAdmin.value(), admin.user, false);
    QVERIFY(!self.ok());
    QVERIFY2(self.error().contains(QStringLiteral("your own")), qPrintable(self.error()));
    auto postgres = ServerSchema::resetPassword(*asAdmin.value(), QStringLiteral("postgres"), QStringLiteral("x"));
    QVERIFY(!postgres.ok());
    QVERIFY(!ServerSchema::setLoginEnabled(*asAdmin.value(), QStringLiteral("postgres"), false).ok());
    QVERIFY(PgTest::open(server).ok());
    m_probes += 4;
    // A director manages no logins.
    auto asDirector = PgTest::open(director);
    QVERIFY(asDirector.ok());
    QVERIFY(!ServerSchema::logins(*asDirector.value()).ok());
    QVERIFY(!ServerSchema::addUser(*asDirector.value(), QStringLiteral("sneaky"), QStringLiteral("admin"),
                                   QStringLiteral("x"))
                 .ok());
    QVERIFY(!ServerSchema::resetPassword(*asDirector.value(), name, QStringLiteral("x")).ok());
    Probe raw = probe(director, QStringLiteral("ALTER ROLE %1 PASSWORD 'x'").arg(name));
    QVERIFY(!raw.ok);
    m_probes += 3;
    // The director's own password.
    QVERIFY(ServerSchema::changeOwnPassword(*asDirector.value(), QStringLiteral("mine-now")).ok());
    QVERIFY(!ServerConnection::open(director, PgTest::passwordOf(director.user)).ok());
    QVERIFY(ServerConnection::open(director, QStringLiteral("mine-now")).ok());
    m_probes += 3;
}

QTEST_GUILESS_MAIN(TestServerRoles)
#include "tst_server_roles.moc"
