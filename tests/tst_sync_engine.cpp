// The sync engine against a real PostgreSQL server (SABC_TEST_PG_URL, started by scripts/test):
// server set-up idempotence, field-level merge, weigh-in conflicts, tombstones, three laptops
// converging after random offline edits, a pull concurrent with a slow push, a push cut off by
// pg_terminate_backend and retried, the server refusing a role's change, records that break a
// rule of the local database (kept for the officer, not dropped), and an outbox written by the
// previous version of the database carried over and sent.
#include "scoring/seasonscorer.h"
#include "store/migrations.h"
#include "calendar/calendarstore.h"
#include "store/store.h"
#include "tournaments/lakestore.h"
#include "sync/conflicts.h"
#include "sync/serverconnection.h"
#include "sync/serverschema.h"
#include "sync/syncengine.h"
#include "sync/testing/pgtestdb.h"
#include "tournaments/seasonloader.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Laptop
{
    QString path;
    std::unique_ptr<Store> store;
};

QJsonValue json(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue(QJsonValue::Null);
    if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
        return QJsonValue(v.toLongLong());
    if (v.typeId() == QMetaType::Double)
        return QJsonValue(v.toDouble());
    return QJsonValue(v.toString());
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void serverInitIsIdempotent();
    void olderServerAsksForAnUpgrade();
    void fieldMergeConflictsAndTombstones();
    void threeLaptopsConverge();
    void pullDuringSlowPushSkipsNothing();
    void cutPushIsRetriedWithoutLossOrDuplicate();
    void treasurerCannotChangeEntries();
    void manyRefusalsAreOneLinePerTable();
    void recordsBreakingLocalRulesAreKept();
    void outboxOfVersion3IsCarriedOver();
    void editsDuringAPushAreKept();
    void secondSyncOfOneFileStepsAside();
    void sameAnglerEnteredOnTwoLaptopsConverges();
    void controlCharactersNeverWedgeTheSync();
    void conflictsAreReadableOnEveryLaptopAndUndoable();
    void mailChoicesSync();
    void calendarEventsAndMapLinksSyncBothWays();
    void weightSourceReachesTheServerAndBack();

private:
    Laptop laptop(const QString &name);
    Result<SyncReport> sync(Laptop &l, const ServerUrl &url);
    ServerUrl freshServer(const QString &prefix);
    QString addLogin(const ServerUrl &url, const QString &role);
    // id → fields (all columns but id) of every row of every synced table.
    QMap<QString, QJsonObject> dumpLocal(Laptop &l);
    QMap<QString, QJsonObject> dumpServer(const ServerUrl &url);
    QString seedClub(Laptop &l, QStringList *anglers, QStringList *entries, int count);
    // angler name → "points/net weight" of the 2025 standings.
    QMap<QString, QString> standings(Laptop &l);

    QTemporaryDir m_dir;
    ServerUrl m_admin;
};

void TestSyncEngine::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    auto admin = PgTest::adminUrl();
    QVERIFY2(admin.ok(), qPrintable(admin.error()));
    m_admin = admin.value();
}

Laptop TestSyncEngine::laptop(const QString &name)
{
    Laptop l;
    l.path = m_dir.filePath(name + QStringLiteral("-") + Store::newId() + QStringLiteral(".sqlite"));
    auto s = Store::open(l.path);
    if (s)
        l.store = std::move(s.value());
    else
        qWarning() << s.error();
    return l;
}

Result<SyncReport> TestSyncEngine::sync(Laptop &l, const ServerUrl &url)
{
    SyncEngine engine(l.path, url, PgTest::passwordOf(url.user));
    return engine.run();
}

ServerUrl TestSyncEngine::freshServer(const QString &prefix)
{
    auto url = PgTest::createDatabase(prefix);
    if (!url)
        qFatal("%s", qPrintable(url.error()));
    auto conn = ServerConnection::open(url.value(), QString());
    if (!conn)
        qFatal("%s", qPrintable(conn.error()));
    auto migrated = ServerSchema::migrate(*conn.value());
    if (!migrated)
        qFatal("%s", qPrintable(migrated.error()));
    return url.value();
}

QString TestSyncEngine::addLogin(const ServerUrl &url, const QString &role)
{
    auto name = PgTest::addLogin(url, role);
    if (!name)
        qFatal("add-user failed: %s", qPrintable(name.error()));
    return name.value();
}

QString TestSyncEngine::seedClub(Laptop &l, QStringList *anglers, QStringList *entries, int count)
{
    Store &s = *l.store;
    if (Status st = s.createClub(QStringLiteral("Test Bass Club"), "America/Chicago"); !st)
        qFatal("%s", qPrintable(st.error()));
    auto t = s.insert(QStringLiteral("tournaments"),
                      {{QStringLiteral("season"), 2025},
                       {QStringLiteral("event_date"), QStringLiteral("2025-03-23")},
                       {QStringLiteral("name"), QStringLiteral("March")}});
    for (int i = 0; i < count; ++i) {
        auto a = s.insert(QStringLiteral("anglers"),
                          {{QStringLiteral("full_name"), QStringLiteral("Angler %1").arg(i)}});
        anglers->append(a.value());
        auto e = s.insert(QStringLiteral("entries"),
                          {{QStringLiteral("tournament_id"), t.value()},
                           {QStringLiteral("angler_id"), a.value()},
                           {QStringLiteral("fish"), 3},
                           {QStringLiteral("gross_weight"), 900 + i},
                           {QStringLiteral("was_member"), 1},
                           {QStringLiteral("entered_at"), 1}});
        entries->append(e.value());
    }
    return t.value();
}

QMap<QString, QJsonObject> TestSyncEngine::dumpLocal(Laptop &l)
{
    QMap<QString, QJsonObject> rows;
    for (const QString &table : migrations::syncedTables()) {
        QSqlQuery q(l.store->database());
        q.prepare(QStringLiteral("SELECT * FROM %1").arg(table));
        if (!q.exec())
            qFatal("dump failed");
        while (q.next()) {
            QJsonObject o;
            const QSqlRecord r = q.record();
            for (int i = 0; i < r.count(); ++i)
                if (r.fieldName(i) != QLatin1String("id"))
                    o.insert(r.fieldName(i), json(q.value(i)));
            o.insert(QStringLiteral("deleted"), q.value(QStringLiteral("deleted")).toInt() != 0);
            rows.insert(table + QLatin1Char('/') + q.value(QStringLiteral("id")).toString(), o);
        }
    }
    return rows;
}

QMap<QString, QJsonObject> TestSyncEngine::dumpServer(const ServerUrl &url)
{
    QMap<QString, QJsonObject> rows;
    auto conn = PgTest::open(url);
    QSqlQuery q(conn.value()->database());
    q.prepare(QStringLiteral("SELECT tbl, id, data::text, deleted, modified, origin FROM sabc.rows"));
    if (!q.exec())
        qFatal("server dump failed");
    while (q.next()) {
        QJsonObject o = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        o.insert(QStringLiteral("deleted"), q.value(3).toBool());
        o.insert(QStringLiteral("modified"), q.value(4).toLongLong());
        o.insert(QStringLiteral("origin"), q.value(5).toString());
        rows.insert(q.value(0).toString() + QLatin1Char('/') + q.value(1).toString(), o);
    }
    return rows;
}

void TestSyncEngine::serverInitIsIdempotent()
{
    const ServerUrl url = freshServer(QStringLiteral("sync_init"));
    const QString pgDump = qEnvironmentVariable("SABC_TEST_PG_BIN") + QStringLiteral("/pg_dump");
    QVERIFY2(QFile::exists(pgDump), "SABC_TEST_PG_BIN must name PostgreSQL's bin folder");
    auto dump = [&] {
        QProcess p;
        p.start(pgDump, {QStringLiteral("--schema-only"), QStringLiteral("-h"), url.host,
                         QStringLiteral("-p"), QString::number(url.port), QStringLiteral("-U"),
                         url.user, url.database});
        p.waitForFinished(60000);
        // pg_dump's \restrict lines carry a random key on every run.
        QByteArrayList lines = p.readAllStandardOutput().split('\n');
        lines.removeIf([](const QByteArray &l) {
            return l.startsWith("\\restrict") || l.startsWith("\\unrestrict");
        });
        return lines.join('\n');
    };
    const QByteArray before = dump();
    QVERIFY(before.contains("sabc.rows"));
    QVERIFY(before.contains("ROW LEVEL SECURITY"));
    auto conn = ServerConnection::open(url, QString());
    QVERIFY2(conn.ok(), qPrintable(conn.ok() ? QString() : conn.error()));
    QSqlQuery id(conn.value()->database());
    QVERIFY(id.exec(QStringLiteral("SELECT value FROM sabc.meta ORDER BY key")));
    QStringList metaBefore;
    while (id.next())
        metaBefore << id.value(0).toString();
    auto again = ServerSchema::migrate(*conn.value());
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error()));
    QCOMPARE(again.value(), ServerSchema::latestVersion());
    QCOMPARE(dump(), before);
    QVERIFY(id.exec(QStringLiteral("SELECT value FROM sabc.meta ORDER BY key")));
    QStringList metaAfter;
    while (id.next())
        metaAfter << id.value(0).toString();
    QCOMPARE(metaAfter, metaBefore);
    // The four roles of this club database exist.
    QSqlQuery roles(conn.value()->database());
    QVERIFY(roles.exec(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname IN "
                                      "(sabc.role_name('director'), sabc.role_name('secretary'), "
                                      "sabc.role_name('treasurer'), sabc.role_name('admin'))")));
    QVERIFY(roles.next());
    QCOMPARE(roles.value(0).toInt(), 4);
    // A login's password is stored as a SCRAM verifier made on the client.
    const QString login = addLogin(url, QStringLiteral("director"));
    QSqlQuery pw(conn.value()->database());
    pw.prepare(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = ?"));
    pw.addBindValue(login);
    QVERIFY(pw.exec() && pw.next());
    QVERIFY(pw.value(0).toString().startsWith(QStringLiteral("SCRAM-SHA-256$4096:")));
    QVERIFY(!pw.value(0).toString().contains(QStringLiteral("secret-")));
}

// A person's e-mail choices (#16: email_opt_in, mail_results, mail_news) are synced columns of
// anglers: set on one laptop, they reach the server and the other laptops, new ones too.
void TestSyncEngine::mailChoicesSync()
{
    const ServerUrl server = freshServer(QStringLiteral("sync_mail"));
    const ServerUrl admin = PgTest::as(server, addLogin(server, QStringLiteral("admin")));
    Laptop a = laptop(QStringLiteral("mail_a"));
    Laptop b = laptop(QStringLiteral("mail_b"));
    QStringList anglers, entries;
    seedClub(a, &anglers, &entries, 2);
    QVERIFY(sync(a, admin).ok());
    QVERIFY(sync(b, admin).ok());
    QVERIFY(a.store->update(QStringLiteral("anglers"), anglers.at(0),
                            {{QStringLiteral("email_opt_in"), 0}}));
    QVERIFY(a.store->update(QStringLiteral("anglers"), anglers.at(1),
                            {{QStringLiteral("mail_news"), 0}}));
    auto pushed = sync(a, admin);
    QVERIFY2(pushed.ok(), qPrintable(pushed.ok() ? QString() : pushed.error()));
    QCOMPARE(pushed.value().pushed, 2);
    auto pulled = sync(b, admin);
    QVERIFY2(pulled.ok(), qPrintable(pulled.ok() ? QString() : pulled.error()));
    QCOMPARE(pulled.value().pulled, 2);
    Laptop c = laptop(QStringLiteral("mail_c"));
    QVERIFY(sync(c, admin).ok());
    for (Laptop *l : {&b, &c}) {
        QSqlQuery q(l->store->database());
        q.prepare(QStringLiteral("SELECT email_opt_in, mail_results, mail_news FROM anglers "
                                 "WHERE id = ?"));
        q.bindValue(0, anglers.at(0));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QCOMPARE(q.value(1).toInt(), 1);
        q.bindValue(0, anglers.at(1));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(2).toInt(), 0);
    }
}

void TestSyncEngine::fieldMergeConflictsAndTombstones()
{
    const ServerUrl server = freshServer(QStringLiteral("sync_merge"));
    const ServerUrl admin = PgTest::as(server, addLogin(server, QStringLiteral("admin")));
    Laptop a = laptop(QStringLiteral("a"));
    Laptop b = laptop(QStringLiteral("b"));
    QStringList anglers, entries;
    seedClub(a, &anglers, &entries, 3);
    auto first = sync(a, admin);
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error()));
    QVERIFY(first.value().pushed > 60); // club, 16 lakes, 44 ramps, tournament, anglers, entries
    auto fill = sync(b, admin);
    QVERIFY2(fill.ok(), qPrintable(fill.ok() ? QString() : fill.error()));
    QCOMPARE(fill.value().pulled, first.value().pushed);
    QVERIFY(b.store->hasClub());

    const QString e = entries.at(0);
    // Different fields of one row on two laptops: both kept, no conflict.
    QVERIFY(a.store->update(QStringLiteral("entries"), e, {{QStringLiteral("fish"), 4}}));
    QVERIFY(b.store->update(QStringLiteral("entries"), e, {{QStringLiteral("big_bass"), 450}}));
    QVERIFY(a.store->update(QStringLiteral("anglers"), anglers.at(1),
                            {{QStringLiteral("phone"), QStringLiteral("(512) 555-1234")}}));
    QVERIFY(b.store->update(QStringLiteral("anglers"), anglers.at(1),
                            {{QStringLiteral("notes"), QStringLiteral("boat: Ranger")}}));
    // The same weigh-in number on both: B's edit is later and wins provisionally; a conflict.
    QVERIFY(a.store->update(QStringLiteral("entries"), e, {{QStringLiteral("gross_weight"), 1500}}));
    QTest::qWait(5);
    QVERIFY(b.store->update(QStringLiteral("entries"), e, {{QStringLiteral("gross_weight"), 1600}}));
    // A deletes an angler that B edits afterwards: the tombstone wins.
    QVERIFY(a.store->remove(QStringLiteral("anglers"), anglers.at(2)));
    QTest::qWait(5);
    QVERIFY(b.store->update(QStringLiteral("anglers"), anglers.at(2),
                            {{QStringLiteral("notes"), QStringLiteral("late edit")}}));

    auto ra = sync(a, admin);
    QVERIFY2(ra.ok(), qPrintable(ra.ok() ? QString() : ra.error()));
    QCOMPARE(ra.value().conflicts, 0);
    auto rb = sync(b, admin);
    QVERIFY2(rb.ok(), qPrintable(rb.ok() ? QString() : rb.error()));
    QCOMPARE(rb.value().conflicts, 1);
    QVERIFY(sync(a, admin).ok());

    auto value = [](Laptop &l, const QString &table, const QString &id, const QString &col) {
        QSqlQuery q(l.store->database());
        q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(col, table));
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0) : QVariant();
    };
    for (Laptop *l : {&a, &b}) {
        QCOMPARE(value(*l, QStringLiteral("entries"), e, QStringLiteral("fish")).toInt(), 4);
        QCOMPARE(value(*l, QStringLiteral("entries"), e, QStringLiteral("big_bass")).toInt(), 450);
        QCOMPARE(value(*l, QStringLiteral("entries"), e, QStringLiteral("gross_weight")).toInt(), 1600);
        QCOMPARE(value(*l, QStringLiteral("anglers"), anglers.at(1), QStringLiteral("phone")).toString(),
                 QStringLiteral("(512) 555-1234"));
        QCOMPARE(value(*l, QStringLiteral("anglers"), anglers.at(1), QStringLiteral("notes")).toString(),
                 QStringLiteral("boat: Ranger"));
        QCOMPARE(value(*l, QStringLiteral("anglers"), anglers.at(2), QStringLiteral("deleted")).toInt(), 1);
    }

    // B sees both values and keeps theirs (A's 15.00 lb).
    auto open = SyncConflicts::open(b.store->database());
    QVERIFY(open.ok());
    QCOMPARE(open.value().size(), 1);
    const SyncConflict c = open.value().first();
    QCOMPARE(c.table, QStringLiteral("entries"));
    QCOMPARE(c.field, QStringLiteral("gross_weight"));
    QCOMPARE(c.mine.toInteger(), 1600);
    QCOMPARE(c.theirs.toInteger(), 1500);
    QVERIFY(c.mineWon);
    ConflictModel model;
    model.setStore(b.store.get());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, ConflictModel::Mine)).toString(), QStringLiteral("16.00 lb"));
    QVERIFY(SyncConflicts::resolve(*b.store, c.id, false));
    QVERIFY(SyncConflicts::open(b.store->database()).value().isEmpty());
    QVERIFY(sync(b, admin).ok());
    QVERIFY(sync(a, admin).ok());
    for (Laptop *l : {&a, &b})
        QCOMPARE(value(*l, QStringLiteral("entries"), e, QStringLiteral("gross_weight")).toInt(), 1500);
    QCOMPARE(dumpLocal(a), dumpLocal(b));
}

void TestSyncEngine::threeLaptopsConverge()
{
    const ServerUrl server = freshServer(QStringLiteral("sync_three"));
    const ServerUrl admin = PgTest::as(server, addLogin(server, QStringLiteral("admin")));
    Laptop laptops[3] = {laptop(QStringLiteral("l0")), laptop(QStringLiteral("l1")),
                         laptop(QStringLiteral("l2"))};
    QStringList seedAnglers, seedEntries;
    const QString tournament = seedClub(laptops[0], &seedAnglers, &seedEntries, 12);
    for (Laptop &l : laptops) {
        auto r = sync(l, admin);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error()));
    }
    const quint32 seed = qEnvironmentVariableIsSet("SABC_TEST_SEED")
                             ? quint32(qEnvironmentVariableIntValue("SABC_TEST_SEED"))
                             : QRandomGenerator::global()->generate();
    qInfo("random seed %u", seed);
    QRandomGenerator random(seed);
    QSet<QString> created;
    for (const QString &id : seedAnglers)
        created.insert(QStringLiteral("anglers/") + id);
    for (const QString &id : seedEntries)
        created.insert(QStringLiteral("entries/") + id);

    auto liveIds = [](Laptop &l, const QString &table) {
        QStringList ids;
        QSqlQuery q(l.store->database());
        q.prepare(QStringLiteral("SELECT id FROM %1 WHERE deleted = 0 ORDER BY id").arg(table));
        if (q.exec())
            while (q.next())
                ids << q.value(0).toString();
        return ids;
    };
    int conflicts = 0;
    for (int round = 0; round < 6; ++round) {
        for (int which = 0; which < 3; ++which) {
            Laptop &l = laptops[which];
            Store &s = *l.store;
            const int ops = 3 + int(random.bounded(6));
            for (int op = 0; op < ops; ++op) {
                const QStringList anglers = liveIds(l, QStringLiteral("anglers"));
                const QStringList entries = liveIds(l, QStringLiteral("entries"));
                switch (random.bounded(8)) {
                case 0: { // a walk-up angler and their weigh-in
                    auto a = s.insert(QStringLiteral("anglers"),
                                      {{QStringLiteral("full_name"),
                                        QStringLiteral("New %1-%2-%3").arg(which).arg(round).arg(op)}});
                    QVERIFY(a.ok());
                    created.insert(QStringLiteral("anglers/") + a.value());
                    auto e = s.insert(QStringLiteral("entries"),
                                      {{QStringLiteral("tournament_id"), tournament},
                                       {QStringLiteral("angler_id"), a.value()},
                                       {QStringLiteral("fish"), 2},
                                       {QStringLiteral("gross_weight"), int(random.bounded(300, 2000))},
                                       {QStringLiteral("was_member"), 0},
                                       {QStringLiteral("entered_at"), 2}});
                    QVERIFY(e.ok());
                    created.insert(QStringLiteral("entries/") + e.value());
                    break;
                }
                case 1:
                case 2: // weigh-in numbers: conflicts when two laptops touch the same one
                    if (!entries.isEmpty())
                        QVERIFY(s.update(QStringLiteral("entries"),
                                         entries.at(random.bounded(int(entries.size()))),
                                         {{random.bounded(2) ? QStringLiteral("gross_weight")
                                                             : QStringLiteral("big_bass"),
                                           int(random.bounded(100, 2500))}}));
                    break;
                case 3:
                    if (!entries.isEmpty())
                        QVERIFY(s.update(QStringLiteral("entries"),
                                         entries.at(random.bounded(int(entries.size()))),
                                         {{QStringLiteral("fish"), int(random.bounded(1, 6))}}));
                    break;
                case 4:
                case 5: // roster fields merge silently
                    if (!anglers.isEmpty()) {
                        const QString field = random.bounded(2) ? QStringLiteral("phone")
                                                                : QStringLiteral("notes");
                        QVERIFY(s.update(QStringLiteral("anglers"),
                                         anglers.at(random.bounded(int(anglers.size()))),
                                         {{field, QStringLiteral("v%1").arg(random.generate())}}));
                    }
                    break;
                case 6:
                    if (entries.size() > 3)
                        QVERIFY(s.remove(QStringLiteral("entries"),
                                         entries.at(random.bounded(int(entries.size())))));
                    break;
                case 7:
                    if (anglers.size() > 3)
                        QVERIFY(s.remove(QStringLiteral("anglers"),
                                         anglers.at(random.bounded(int(anglers.size())))));
                    break;
                }
            }
        }
        // Some laptops sync, in a random order.
        QList<int> order = {0, 1, 2};
        std::shuffle(order.begin(), order.end(), random);
        for (int which : order) {
            if (random.bounded(3) == 0)
                continue;
            auto r = sync(laptops[which], admin);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error()));
            conflicts += r.value().conflicts;
        }
    }
    // Quiet: every laptop syncs twice.
    for (int pass = 0; pass < 2; ++pass)
        for (Laptop &l : laptops) {
            auto r = sync(l, admin);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error()));
            conflicts += r.value().conflicts;
        }
    qInfo("conflicts surfaced: %d", conflicts);
    const auto reference = dumpLocal(laptops[0]);
    for (int i = 1; i < 3; ++i) {
        const auto other = dumpLocal(laptops[i]);
        for (auto it = reference.cbegin(); it != reference.cend(); ++it)
            if (other.value(it.key()) != it.value())
                qWarning().noquote() << "laptop" << i << "differs on" << it.key() << "\n  0:"
                                     << QJsonDocument(it.value()).toJson(QJsonDocument::Compact)
                                     << "\n  " << i << ":"
                                     << QJsonDocument(other.value(it.key())).toJson(QJsonDocument::Compact);
    }
    QCOMPARE(dumpLocal(laptops[1]), reference);
    QCOMPARE(dumpLocal(laptops[2]), reference);
    const auto onServer = dumpServer(server);
    QCOMPARE(onServer.size(), reference.size());
    for (auto it = reference.cbegin(); it != reference.cend(); ++it) {
        QVERIFY2(onServer.contains(it.key()), qPrintable(it.key()));
        QJsonObject local = it.value();
        QCOMPARE(onServer.value(it.key()), local);
    }
    // Nothing lost, nothing doubled: every row made anywhere is here exactly once.
    for (const QString &key : std::as_const(created))
        QVERIFY2(reference.contains(key), qPrintable(key));
    // A third and fourth pass move nothing.
    for (Laptop &l : laptops) {
        auto r = sync(l, admin);
        QVERIFY(r.ok());
        QCOMPARE(r.value().pushed, 0);
        QCOMPARE(r.value().pulled, 0);
    }
}

void TestSyncEngine::pullDuringSlowPushSkipsNothing()
{
    const ServerUrl server = freshServer(QStringLiteral("sync_slow"));
    const ServerUrl admin = PgTest::as(server, addLogin(server, QStringLiteral("admin")));
    Laptop reader = laptop(QStringLiteral("reader"));
    Laptop slow = laptop(QStringLiteral("slow"));
    Laptop fast = laptop(QStringLiteral("fast"));
    QStringList anglers, entries;
    seedClub(slow, &anglers, &entries, 2);
    QVERIFY(sync(slow, admin).ok());
    QVERIFY(sync(fast, admin).ok());
    QVERIFY(sync(reader, admin).ok());

    QStringList slowIds, fastIds;
    for (int i = 0; i < 20; ++i) {
        slowIds << slow.store->insert(QStringLiteral("anglers"),
                                      {{QStringLiteral("full_name"), QStringLiteral("Slow %1").arg(i)}})
                       .value();
        fastIds << fast.store->insert(QStringLiteral("anglers"),
                                      {{QStringLiteral("full_name"), QStringLiteral("Fast %1").arg(i)}})
                       .value();
    }
    auto has = [](Laptop &l, const QStringList &ids) {
        int n = 0;
        for (const QString &id : ids) {
            QSqlQuery q(l.store->database());
            q.prepare(QStringLiteral("SELECT count(*) FROM anglers WHERE id = ?"));
            q.addBindValue(id);
            if (q.exec() && q.next())
                n += q.value(0).toInt();
        }
        return n;
    };
    bool ranInside = false;
    SyncEngine slowEngine(slow.path, admin, PgTest::passwordOf(admin.user));
    // The slow push has written its rows (taking the lower change numbers) but not committed:
    // meanwhile another laptop pushes and commits, and the reader pulls.
    slowEngine.setHook(SyncEngine::Hook::BeforePushCommit, [&]() -> Status {
        ranInside = true;
        auto f = sync(fast, admin);
        if (!f)
            return Status::failure(f.error());
        auto r = sync(reader, admin);
        if (!r)
            return Status::failure(r.error());
        if (has(reader, fastIds) != 20)
            return Status::failure(QStringLiteral("the reader did not get the committed push"));
        if (has(reader, slowIds) != 0)
            return Status::failure(QStringLiteral("the reader saw uncommitted rows"));
        return Status::success();
    });
    auto slowRun = slowEngine.run();
    QVERIFY2(slowRun.ok(), qPrintable(slowRun.ok() ? QString() : slowRun.error()));
    QVERIFY(ranInside);
    QCOMPARE(slowRun.value().pushed, 20);
    // The hazard was real: the slow push's change numbers are below the fast one's.
    {
        auto conn = ServerConnection::open(server, QString());
        QSqlQuery q(conn.value()->database());
        QVERIFY(q.exec(QStringLiteral("SELECT max(seq) FILTER (WHERE data->>'full_name' LIKE 'Slow%'), "
                                      "min(seq) FILTER (WHERE data->>'full_name' LIKE 'Fast%') "
                                      "FROM sabc.rows WHERE tbl = 'anglers'")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toLongLong() < q.value(1).toLongLong());
    }
    auto later = sync(reader, admin);
    QVERIFY2(later.ok(), qPrintable(later.ok() ? QString() : later.error()));
    QCOMPARE(has(reader, slowIds), 20);
    QCOMPARE(has(reader, fastIds), 20);
}

void TestSyncEngine::cutPushIsRetriedWithoutLossOrDuplicate()
{
    const ServerUrl server = freshServer(QStringLiteral("sync_cut"));
    const ServerUrl admin = PgTest::as(server, addLogin(server, QStringLiteral("admin")));
    auto superuser = ServerConnection::open(server, QString());
    QVERIFY(superuser.ok());
    Laptop a = laptop(QStringLiteral("a"));
    Laptop b = laptop(QStringLiteral("b"));
    QStringList anglers, entries;
    seedClub(a, &anglers, &entries, 2);
    QVERIFY(sync(a, admin).ok());

    // 1. The connection is killed after the batches were written, before COMMIT.
    QStringList ids;
    QVERIFY(a.store->transaction([&]() -> Status {
        for (int i = 0; i < 300; ++i)
            ids << a.store->insert(QStringLiteral("anglers"),
                                   {{QStringLiteral("full_name"), QStringLiteral("Cut %1").arg(i)}})
                       .value();
        return Status::success();
    }));
    {
        SyncEngine engine(a.path, admin, PgTest::passwordOf(admin.user));
        engine.setBatchSize(100);
        engine.setHook(SyncEngine::Hook::BeforePushCommit, [&]() -> Status {
            QSqlQuery kill(superuser.value()->database());
            kill.prepare(QStringLiteral("SELECT pg_terminate_backend(?, 10000)"));
            kill.addBindValue(engine.serverBackendPid());
            if (!kill.exec() || !kill.next() || !kill.value(0).toBool())
                return Status::failure(QStringLiteral("could not terminate the push"));
            return Status::success();
        });
        auto cut = engine.run();
        QVERIFY(!cut.ok());
        QVERIFY2(cut.error().contains(QStringLiteral("Nothing was lost")), qPrintable(cut.error()));
    }
    auto countCut = [&] {
        QSqlQuery q(superuser.value()->database());
        q.prepare(QStringLiteral("SELECT count(*), count(DISTINCT id) FROM sabc.rows "
                                 "WHERE tbl = 'anglers' AND data->>'full_name' LIKE 'Cut %'"));
        return q.exec() && q.next() ? qMakePair(q.value(0).toInt(), q.value(1).toInt())
                                    : qMakePair(-1, -1);
    };
    QCOMPARE(countCut(), qMakePair(0, 0));
    auto retry = sync(a, admin);
    QVERIFY2(retry.ok(), qPrintable(retry.ok() ? QString() : retry.error()));
    QCOMPARE(retry.value().pushed, 300);
    QCOMPARE(countCut(), qMakePair(300, 300));

    // 2. The server committed but the answer never came back: the retry is recognised by its
    // operation id and money is not counted twice.
    QVERIFY(a.store->transaction([&]() -> Status {
        for (int i = 0; i < 25; ++i) {
            auto r = a.store->insert(QStringLiteral("ledger"),
                                     {{QStringLiteral("posted_at"), 1},
                                      {QStringLiteral("entry_date"), QStringLiteral("2025-03-23")},
                                      {QStringLiteral("season"), 2025},
                                      {QStringLiteral("kind"), QStringLiteral("entry_fee")},
                                      {QStringLiteral("fund"), QStringLiteral("tournament_pot")},
                                      {QStringLiteral("amount_cents"), 2500}});
            if (!r)
                return Status::failure(r.error());
        }
        return Status::success();
    }));
    {
        SyncEngine engine(a.path, admin, PgTest::passwordOf(admin.user));
        engine.setHook(SyncEngine::Hook::AfterPushCommit, [] {
            return Status::failure(QStringLiteral("the connection was lost (simulated)."));
        });
        QVERIFY(!engine.run().ok());
    }
    auto again = sync(a, admin);
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error()));
    QCOMPARE(again.value().pushed, 25);
    QSqlQuery money(superuser.value()->database());
    QVERIFY(money.exec(QStringLiteral("SELECT count(*), sum((data->>'amount_cents')::int) FROM sabc.rows "
                                      "WHERE tbl = 'ledger'")));
    QVERIFY(money.next());
    QCOMPARE(money.value(0).toInt(), 25);
    QCOMPARE(money.value(1).toInt(), 25 * 2500);
    auto fill = sync(b, admin);
    QVERIFY(fill.ok());
    QCOMPARE(dumpLocal(a), dumpLocal(b));
}

void TestSyncEngine::manyRefusalsAreOneLinePerTable()
{
    // More refused changes than one batch holds (5,000 rows): still one line per table, with
    // the whole count, and the sync says it was partial.
    const ServerUrl server = freshServer(QStringLiteral("sync_many_refused"));
    const ServerUrl admin = PgTest::as(server, addLogin(server, QStringLiteral("admin")));
    const ServerUrl treasurer = PgTest::as(server, addLogin(server, QStringLiteral("treasurer")));
    Laptop a = laptop(QStringLiteral("a"));
    QStringList anglers, entries;
    seedClub(a, &anglers, &entries, 2);
    QVERIFY(sync(a, admin).ok());
    Laptop t = laptop(QStringLiteral("t"));
    QVERIFY(sync(t, treasurer).ok());
    const int added = 6200;
    QVERIFY(t.store->transaction([&]() -> Status {
        for (int i = 0; i < added; ++i)
            if (auto id = t.store->insert(QStringLiteral("anglers"),
                                          {{QStringLiteral("full_name"),
                                            QStringLiteral("Refused %1").arg(i)}});
                !id)
                return Status::failure(id.error());
        return Status::success();
    }));
    auto r = sync(t, treasurer);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error()));
    QVERIFY(!r.value().complete());
    QCOMPARE(r.value().refused.size(), 1);
    QVERIFY2(r.value().refused.first().contains(QString::number(added)),
             qPrintable(r.value().refused.first()));
    QCOMPARE(r.value().refusals.value(QStringLiteral("anglers")).changes, added);
}

void TestSyncEngine::treasurerCannotChangeEntries()
{
    const ServerUrl server = freshServer(QStringLiteral("sync_roles"));
    const ServerUrl admin = PgTest::as(server, addLogin(server, QStringLiteral("admin")));
    const QString treasurerName = addLogin(server, QStringLiteral("treasurer"));
    const ServerUrl treasurer = PgTest::as(server, treasurerName);
    const ServerUrl director = PgTest::as(server, addLogin(server, QStringLiteral("director")));
    Laptop a = laptop(QStringLiteral("a"));
    Laptop t = laptop(QStringLiteral("t"));
    QStringList anglers, entries;
    seedClub(a, &anglers, &entries, 2);
    QVERIFY(sync(a, admin).ok());
    auto read = sync(t, treasurer); // everyone reads
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error()));
    QVERIFY(read.value().pulled > 0);

    QVERIFY(t.store->update(QStringLiteral("entries"), entries.at(0),
                            {{QStringLiteral("gross_weight"), 9999}}));
    QVERIFY(t.store->insert(QStringLiteral("ledger"),
                            {{QStringLiteral("posted_at"), 1},
                             {QStringLiteral("entry_date"), QStringLiteral("2025-03-23")},
                             {QStringLiteral("season"), 2025},
                             {QStringLiteral("kind"), QStringLiteral("dues")},
                             {QStringLiteral("fund"), QStringLiteral("operating")},
                             {QStringLiteral("amount_cents"), 2500}})
                .ok());
    auto r = sync(t, treasurer);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error()));
    QCOMPARE(r.value().pushed, 1); // the ledger row
    QCOMPARE(r.value().refused.size(), 1);
    QVERIFY2(r.value().refused.first().contains(QStringLiteral("weigh-in entries")),
             qPrintable(r.value().refused.first()));
    QVERIFY(r.value().refused.first().contains(treasurerName));
    QVERIFY(!r.value().complete());
    // The server still has the director's number; the refusal is reported again next time.
    auto conn = ServerConnection::open(server, QString());
    QSqlQuery q(conn.value()->database());
    q.prepare(QStringLiteral("SELECT data->>'gross_weight' FROM sabc.rows WHERE tbl = 'entries' AND id = ?"));
    q.addBindValue(entries.at(0));
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 900);
    auto again = sync(t, treasurer);
    QVERIFY(again.ok());
    QCOMPARE(again.value().refused.size(), 1);

    // The server itself refuses, whatever the client: a raw write by the treasurer's login.
    auto raw = PgTest::open(treasurer);
    QVERIFY(raw.ok());
    QSqlQuery write(raw.value()->database());
    write.prepare(QStringLiteral("UPDATE sabc.rows SET data = data || '{\"gross_weight\": 1}' "
                                 "WHERE tbl = 'entries'"));
    QVERIFY2(write.exec(), qPrintable(write.lastError().text()));
    QCOMPARE(write.numRowsAffected(), 0); // row security hides them from the treasurer's update
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 900);
    // The director may write entries but not the ledger.
    Laptop d = laptop(QStringLiteral("d"));
    QVERIFY(sync(d, director).ok());
    QVERIFY(d.store->update(QStringLiteral("entries"), entries.at(1), {{QStringLiteral("fish"), 5}}));
    QVERIFY(d.store->insert(QStringLiteral("ledger"),
                            {{QStringLiteral("posted_at"), 1},
                             {QStringLiteral("entry_date"), QStringLiteral("2025-03-23")},
                             {QStringLiteral("season"), 2025},
                             {QStringLiteral("kind"), QStringLiteral("payout")},
                             {QStringLiteral("fund"), QStringLiteral("tournament_pot")},
                             {QStringLiteral("amount_cents"), -700}})
                .ok());
    auto dr = sync(d, director);
    QVERIFY(dr.ok());
    QCOMPARE(dr.value().pushed, 1);
    QCOMPARE(dr.value().refused.size(), 1);
    QVERIFY(dr.value().refused.first().contains(QStringLiteral("ledger")));
}


// The same angler entered in the same tournament on two laptops: the server holds both records,
// but a laptop can hold only one. The bulk path of the pull must not drop the other silently:
// it is kept as a rejected record the officer sees, and the counts still agree.
void TestSyncEngine::recordsBreakingLocalRulesAreKept()
{
    const ServerUrl server = freshServer(QStringLiteral("sync_rules"));
    const ServerUrl admin = PgTest::as(server, addLogin(server, QStringLiteral("admin")));
    Laptop a = laptop(QStringLiteral("a"));
    Laptop b = laptop(QStringLiteral("b"));
    Laptop c = laptop(QStringLiteral("c"));
    QStringList anglers, entries;
    seedClub(a, &anglers, &entries, 3);
    QVERIFY(sync(a, admin).ok());
    QVERIFY(sync(b, admin).ok());
    auto extra = a.store->insert(QStringLiteral("anglers"),
                                 {{QStringLiteral("full_name"), QStringLiteral("Walk-up Guest")}});
    QVERIFY(extra.ok());
    QVERIFY(sync(a, admin).ok());
    QVERIFY(sync(b, admin).ok());
    // One membership per angler and season: two laptops each record one (the same angler
    // entered twice in a tournament is settled instead: sameAnglerEnteredOnTwoLaptopsConverges).
    auto join = [&](Laptop &l, const QString &day) {
        return l.store->insert(QStringLiteral("memberships"),
                               {{QStringLiteral("angler_id"), extra.value()},
                                {QStringLiteral("season"), 2025},
                                {QStringLiteral("joined_on"), day}});
    };
    auto fromA = join(a, QStringLiteral("2025-01-05"));
    auto fromB = join(b, QStringLiteral("2025-01-06"));
    QVERIFY2(fromA.ok() && fromB.ok(), qPrintable(fromA.ok() ? (fromB.ok() ? QString() : fromB.error()) : fromA.error()));
    QVERIFY(sync(a, admin).ok());
    auto rb = sync(b, admin);
    QVERIFY2(rb.ok(), qPrintable(rb.ok() ? QString() : rb.error()));
    QCOMPARE(rb.value().conflicts, 1); // A's membership cannot be applied next to B's own

    // An empty laptop takes everything in bulk: one of the two, and the other kept aside.
    auto rc = sync(c, admin);
    QVERIFY2(rc.ok(), qPrintable(rc.ok() ? QString() : rc.error()));
    QCOMPARE(rc.value().conflicts, 1);
    QSqlQuery live(c.store->database());
    live.prepare(QStringLiteral("SELECT count(*) FROM memberships WHERE angler_id = ? AND deleted = 0"));
    live.addBindValue(extra.value());
    QVERIFY(live.exec() && live.next());
    QCOMPARE(live.value(0).toInt(), 1);
    auto open = SyncConflicts::open(c.store->database());
    QVERIFY(open.ok());
    QCOMPARE(open.value().size(), 1);
    QCOMPARE(open.value().first().kind, QStringLiteral("rejected"));
    QCOMPARE(open.value().first().table, QStringLiteral("memberships"));
    QVERIFY(open.value().first().rowId == fromA.value() || open.value().first().rowId == fromB.value());
    // The count check accepts the kept-aside record: the next sync does not fetch everything again.
    auto again = sync(c, admin);
    QVERIFY(again.ok());
    QCOMPARE(again.value().pulled, 0);
}

// A laptop updated while a push was cut off: the operation written by database version 3 (one
// JSON document) is carried over row by row and sent under its own operation id.
void TestSyncEngine::outboxOfVersion3IsCarriedOver()
{
    const ServerUrl server = freshServer(QStringLiteral("sync_v3"));
    const ServerUrl admin = PgTest::as(server, addLogin(server, QStringLiteral("admin")));
    Laptop a = laptop(QStringLiteral("a"));
    QStringList anglers, entries;
    seedClub(a, &anglers, &entries, 2);
    QVERIFY(sync(a, admin).ok());
    const QString path = a.path;
    const QString opId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString newId = Store::newId();
    const qint64 stamp = (QDateTime::currentMSecsSinceEpoch() + 1000) << 16;
    a.store.reset();
    {
        // Back to the shape of version 3, with one operation waiting: a new angler, sent whole,
        // and an edited entry with its stamps.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &sql :
             {QStringLiteral("DROP TABLE sync_outbox_rows"), QStringLiteral("DROP TABLE sync_outbox"),
              QStringLiteral("ALTER TABLE sync_base DROP COLUMN modified"),
              QStringLiteral("CREATE TABLE sync_outbox (op_id TEXT PRIMARY KEY NOT NULL, "
                             "created_at INTEGER NOT NULL, payload TEXT NOT NULL)"),
              QStringLiteral("PRAGMA user_version = 3")})
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        const QString payload =
            QStringLiteral("{\"tables\":[{\"t\":\"anglers\",\"rows\":[{\"id\":\"%1\",\"d\":"
                           "{\"full_name\":\"Carried Over\",\"notes\":\"tab\\there\"},\"m\":%2,"
                           "\"o\":\"device-a\"}]},{\"t\":\"entries\",\"rows\":[{\"id\":\"%3\","
                           "\"d\":{\"gross_weight\":4321},\"s\":{\"gross_weight\":\"%2\"},"
                           "\"m\":%2,\"o\":\"device-a\"}]}]}")
                .arg(newId)
                .arg(stamp)
                .arg(entries.at(0));
        q.prepare(QStringLiteral("INSERT INTO sync_outbox (op_id, created_at, payload) VALUES (?, ?, ?)"));
        q.addBindValue(opId);
        q.addBindValue(1);
        q.addBindValue(payload);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v3"));
    auto reopened = Store::open(path);
    QVERIFY2(reopened.ok(), qPrintable(reopened.ok() ? QString() : reopened.error()));
    a.store = std::move(reopened.value());
    QSqlQuery carried(a.store->database());
    QVERIFY(carried.exec(QStringLiteral("SELECT tbl, id, data FROM sync_outbox_rows ORDER BY tbl")));
    QVERIFY(carried.next());
    QCOMPARE(carried.value(0).toString(), QStringLiteral("anglers"));
    QCOMPARE(carried.value(1).toString(), newId);
    QVERIFY(carried.next());
    QCOMPARE(carried.value(0).toString(), QStringLiteral("entries"));
    QCOMPARE(carried.value(2).toString(), QStringLiteral("{\"gross_weight\":4321}"));
    carried.finish();

    auto sent = sync(a, admin);
    QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error()));
    QCOMPARE(sent.value().pushed, 2);
    const QMap<QString, QJsonObject> onServer = dumpServer(admin);
    QCOMPARE(onServer.value(QStringLiteral("anglers/") + newId).value(QStringLiteral("full_name")).toString(),
             QStringLiteral("Carried Over"));
    QCOMPARE(onServer.value(QStringLiteral("anglers/") + newId).value(QStringLiteral("notes")).toString(),
             QStringLiteral("tab\there"));
    QCOMPARE(onServer.value(QStringLiteral("entries/") + entries.at(0))
                 .value(QStringLiteral("gross_weight")).toInt(),
             4321);
    QCOMPARE(onServer.value(QStringLiteral("entries/") + entries.at(0)).value(QStringLiteral("fish")).toInt(), 3);
    QSqlQuery left(a.store->database());
    QVERIFY(left.exec(QStringLiteral("SELECT (SELECT count(*) FROM sync_outbox) + "
                                     "(SELECT count(*) FROM sync_outbox_rows)")));
    QVERIFY(left.next());
    QCOMPARE(left.value(0).toInt(), 0);
    // The server's version came back: the entry here now carries the carried-over weight.
    QSqlQuery weight(a.store->database());
    weight.prepare(QStringLiteral("SELECT gross_weight FROM entries WHERE id = ?"));
    weight.addBindValue(entries.at(0));
    QVERIFY(weight.exec() && weight.next());
    QCOMPARE(weight.value(0).toInt(), 4321);
}

// The push collects rows in short local transactions while they stream to the server, so the
// window can save in between: an edit made to a row already collected, and a row added meanwhile,
// stay marked and go with the next sync.
void TestSyncEngine::editsDuringAPushAreKept()
{
    const ServerUrl server = freshServer(QStringLiteral("sync_during"));
    const ServerUrl admin = PgTest::as(server, addLogin(server, QStringLiteral("admin")));
    Laptop a = laptop(QStringLiteral("a"));
    Laptop b = laptop(QStringLiteral("b"));
    QStringList anglers, entries;
    seedClub(a, &anglers, &entries, 2);
    QVERIFY(sync(a, admin).ok());
    QStringList ids;
    QVERIFY(a.store->transaction([&]() -> Status {
        for (int i = 0; i < 300; ++i)
            ids << a.store->insert(QStringLiteral("anglers"),
                                   {{QStringLiteral("full_name"), QStringLiteral("During %1").arg(i)}})
                       .value();
        return Status::success();
    }));
    ids.sort(); // collected by id: the first batch holds the smallest
    QString added;
    int edits = 0;
    SyncEngine engine(a.path, admin, PgTest::passwordOf(admin.user));
    engine.setBatchSize(100);
    engine.setProgress([&](const QString &, int done, int) {
        if (done < 100 || edits > 0)
            return;
        ++edits;
        QVERIFY(a.store->update(QStringLiteral("anglers"), ids.first(),
                                {{QStringLiteral("notes"), QStringLiteral("edited during the push")}}));
        auto r = a.store->insert(QStringLiteral("anglers"),
                                 {{QStringLiteral("full_name"), QStringLiteral("Added during the push")}});
        QVERIFY(r.ok());
        added = r.value();
    });
    auto first = engine.run();
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error()));
    QCOMPARE(edits, 1);
    // The edited row was already on its way: it stays marked. The added one went with this push
    // if the collection had not passed its id yet, or else waits, marked.
    auto isMarked = [&](const QString &id) {
        QSqlQuery q(a.store->database());
        q.prepare(QStringLiteral("SELECT count(*) FROM sync_dirty WHERE id = ?"));
        q.addBindValue(id);
        return q.exec() && q.next() && q.value(0).toInt() == 1;
    };
    QVERIFY(isMarked(ids.first()));
    const bool addedWent = !isMarked(added);
    QCOMPARE(first.value().pushed, addedWent ? 301 : 300);
    QCOMPARE(dumpServer(admin).contains(QStringLiteral("anglers/") + added), addedWent);

    auto second = sync(a, admin);
    QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error()));
    QCOMPARE(second.value().pushed, addedWent ? 1 : 2);
    QCOMPARE(second.value().conflicts, 0);
    const QMap<QString, QJsonObject> onServer = dumpServer(admin);
    QCOMPARE(onServer.value(QStringLiteral("anglers/") + ids.first()).value(QStringLiteral("notes")).toString(),
             QStringLiteral("edited during the push"));
    QCOMPARE(onServer.value(QStringLiteral("anglers/") + added).value(QStringLiteral("full_name")).toString(),
             QStringLiteral("Added during the push"));
    QVERIFY(sync(b, admin).ok());
    QVERIFY(sync(a, admin).ok());
    QCOMPARE(dumpLocal(a), dumpLocal(b));
}

// A server set up by the previous version (schema 2) is not written to: the officer is told how
// the administrator upgrades it, and after the upgrade the sync goes through.
void TestSyncEngine::olderServerAsksForAnUpgrade()
{
    const ServerUrl server = freshServer(QStringLiteral("sync_old"));
    {
        auto conn = ServerConnection::open(server, QString());
        QVERIFY(conn.ok());
        QSqlQuery q(conn.value()->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE sabc.meta SET value = '2' WHERE key = 'schema_version'")));
        QVERIFY(q.exec(QStringLiteral("DROP FUNCTION sabc.push_staged(text, text[])")));
    }
    Laptop a = laptop(QStringLiteral("a"));
    QStringList anglers, entries;
    seedClub(a, &anglers, &entries, 1);
    auto refused = sync(a, server);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("sabc server init --server")), qPrintable(refused.error()));
    QCOMPARE(dumpServer(server).size(), 0);
    auto conn = ServerConnection::open(server, QString());
    QVERIFY(conn.ok());
    auto upgraded = ServerSchema::migrate(*conn.value());
    QVERIFY2(upgraded.ok(), qPrintable(upgraded.ok() ? QString() : upgraded.error()));
    QCOMPARE(upgraded.value(), 2);
    auto synced = sync(a, server);
    QVERIFY2(synced.ok(), qPrintable(synced.ok() ? QString() : synced.error()));
    QVERIFY(synced.value().pushed > 0);
}

// Where an entry's weights came from (#22: the scale or typed) is synced like its weights: it
// reaches the server and the other laptops, and a later change of it too.
void TestSyncEngine::weightSourceReachesTheServerAndBack()
{
    const ServerUrl server = freshServer(QStringLiteral("sync_scale"));
    const ServerUrl admin = PgTest::as(server, addLogin(server, QStringLiteral("admin")));
    Laptop a = laptop(QStringLiteral("scale-a"));
    Laptop b = laptop(QStringLiteral("scale-b"));
    QStringList anglers, entries;
    seedClub(a, &anglers, &entries, 2);
    QVERIFY(a.store->update(QStringLiteral("entries"), entries.at(0),
                            {{QStringLiteral("gross_from_scale"), 1},
                             {QStringLiteral("big_bass"), 412},
                             {QStringLiteral("big_bass_from_scale"), 1}}).ok());
    for (Laptop *l : {&a, &b}) {
        auto r = sync(*l, admin);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error()));
    }
    const auto onServer = dumpServer(server);
    const QJsonObject first = onServer.value(QStringLiteral("entries/") + entries.at(0));
    QCOMPARE(first.value(QStringLiteral("gross_from_scale")).toInt(), 1);
    QCOMPARE(first.value(QStringLiteral("big_bass_from_scale")).toInt(), 1);
    QCOMPARE(onServer.value(QStringLiteral("entries/") + entries.at(1))
                 .value(QStringLiteral("gross_from_scale")).toInt(), 0);
    auto sourceOn = [](Laptop &l, const QString &id) {
        QSqlQuery q(l.store->database());
        q.prepare(QStringLiteral("SELECT gross_from_scale, big_bass_from_scale FROM entries "
                                 "WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return QString();
        return QStringLiteral("%1/%2").arg(q.value(0).toInt()).arg(q.value(1).toInt());
    };
    QCOMPARE(sourceOn(b, entries.at(0)), QStringLiteral("1/1"));
    QCOMPARE(sourceOn(b, entries.at(1)), QStringLiteral("0/0"));
    // Changed on the other laptop (the weight typed over), and back.
    QVERIFY(b.store->update(QStringLiteral("entries"), entries.at(0),
                            {{QStringLiteral("gross_weight"), 1500},
                             {QStringLiteral("gross_from_scale"), 0}}).ok());
    for (Laptop *l : {&b, &a}) {
        auto r = sync(*l, admin);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error()));
    }
    QCOMPARE(sourceOn(a, entries.at(0)), QStringLiteral("0/1"));
    QCOMPARE(dumpLocal(a), dumpLocal(b));
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_sync_engine.moc"

// Issue #19 item 9: a second sync of the same file while one runs (sabc sync from a script while
// the window syncs) steps aside politely instead of failing on a raw "duplicate key" of the
// operation both would send; the first one completes and nothing is lost.
void TestSyncEngine::secondSyncOfOneFileStepsAside()
{
    const QString binary = qEnvironmentVariable("SABC_BINARY");
    QVERIFY2(QFile::exists(binary), "SABC_BINARY must name the built sabc executable");
    const ServerUrl server = freshServer(QStringLiteral("sync_twice"));
    const ServerUrl admin = PgTest::as(server, addLogin(server, QStringLiteral("admin")));
    auto superuser = ServerConnection::open(server, QString());
    QVERIFY(superuser.ok());
    Laptop a = laptop(QStringLiteral("a"));
    QStringList anglers, entries;
    seedClub(a, &anglers, &entries, 4);
    QVERIFY(sync(a, admin).ok());
    for (int i = 0; i < 3; ++i)
        QVERIFY(a.store->update(QStringLiteral("entries"), entries.at(i),
                                {{QStringLiteral("gross_weight"), 1200 + i}}));

    // A first sync is cut off before the server committed: its operation waits in the outbox.
    {
        SyncEngine engine(a.path, admin, PgTest::passwordOf(admin.user));
        engine.setHook(SyncEngine::Hook::BeforePushCommit, [] {
            return Status::failure(QStringLiteral("the connection was lost (simulated)."));
        });
        QVERIFY(!engine.run().ok());
    }
    // The next one resends it; while it holds the server's transaction, two more start.
    QList<QProcess *> others;
    bool otherWaitedOnTheServer = false;
    SyncEngine engine(a.path, admin, PgTest::passwordOf(admin.user));
    engine.setHook(SyncEngine::Hook::BeforePushCommit, [&]() -> Status {
        for (int i = 0; i < 2; ++i) {
            auto *p = new QProcess(this);
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("secret-") + admin.user);
            env.insert(QStringLiteral("HOME"), m_dir.path());
            env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
            env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
            p->setProcessEnvironment(env);
            p->start(binary, {QStringLiteral("sync"), QStringLiteral("--database"), a.path,
                              QStringLiteral("--server"), admin.toString()});
            others << p;
        }
        // Until both have given up, or one waits on this push's lock on the server (today's
        // code: it then fails with "duplicate key" once this push commits).
        QSqlQuery waiting(superuser.value()->database());
        for (int round = 0; round < 600; ++round) {
            bool finished = true;
            for (QProcess *p : std::as_const(others))
                finished = (p->state() == QProcess::NotRunning || p->waitForFinished(50)) && finished;
            if (finished)
                break;
            if (waiting.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE "
                                            "wait_event_type = 'Lock' AND datname = current_database()")) &&
                waiting.next() && waiting.value(0).toInt() > 0) {
                otherWaitedOnTheServer = true;
                break;
            }
        }
        return Status::success();
    });
    auto first = engine.run();
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error()));
    QCOMPARE(others.size(), 2);
    for (QProcess *p : std::as_const(others)) {
        QVERIFY(p->state() == QProcess::NotRunning || p->waitForFinished(120000));
        const QString err = QString::fromUtf8(p->readAllStandardError());
        QVERIFY2(!err.contains(QStringLiteral("duplicate key")) &&
                     !err.contains(QStringLiteral("applied_ops")),
                 qPrintable(err));
        QCOMPARE(p->exitCode(), 1);
        QVERIFY2(err.contains(QStringLiteral("Another sync")) &&
                     err.contains(QStringLiteral("already running")),
                 qPrintable(err));
    }
    QVERIFY(!otherWaitedOnTheServer);
    // Afterwards a sync runs normally and the copies agree.
    auto after = sync(a, admin);
    QVERIFY2(after.ok(), qPrintable(after.ok() ? QString() : after.error()));
    Laptop b = laptop(QStringLiteral("b"));
    QVERIFY(sync(b, admin).ok());
    QCOMPARE(dumpLocal(a), dumpLocal(b));
    QSqlQuery weight(superuser.value()->database());
    QVERIFY(weight.exec(QStringLiteral("SELECT count(*) FROM sabc.rows WHERE tbl = 'entries' AND "
                                       "(data->>'gross_weight')::int >= 1200")));
    QVERIFY(weight.next());
    QCOMPARE(weight.value(0).toInt(), 3);
}

QMap<QString, QString> TestSyncEngine::standings(Laptop &l)
{
    QMap<QString, QString> result;
    auto loaded = SeasonLoader::load(l.store->database(), 2025);
    if (!loaded)
        qFatal("%s", qPrintable(loaded.error()));
    SeasonScorer scorer(loaded->ruleset, loaded->tournaments);
    for (const StandingRow &r : scorer.standings().rows)
        result.insert(r.anglerName, QStringLiteral("%1/%2").arg(r.totalPoints).arg(r.netWeight.toString()));
    return result;
}

namespace {

QJsonObject entryRow(Laptop &l, const QString &id)
{
    QSqlQuery q(l.store->database());
    q.prepare(QStringLiteral("SELECT fish, gross_weight, big_bass, deleted, modified FROM entries WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    return {{QStringLiteral("fish"), q.value(0).toInt()},
            {QStringLiteral("gross_weight"), q.value(1).toInt()},
            {QStringLiteral("big_bass"), q.value(2).toInt()},
            {QStringLiteral("deleted"), q.value(3).toInt()},
            {QStringLiteral("modified"), q.value(4).toLongLong()}};
}

QStringList liveEntriesOf(Laptop &l, const QString &angler)
{
    QSqlQuery q(l.store->database());
    q.prepare(QStringLiteral("SELECT id FROM entries WHERE angler_id = ? AND deleted = 0"));
    q.addBindValue(angler);
    QStringList ids;
    if (q.exec())
        while (q.next())
            ids << q.value(0).toString();
    return ids;
}

// The open conflicts of a laptop as the Sync page shows them: one line per conflict,
// "record | field | mine | theirs | applied".
QStringList shownConflicts(Laptop &l)
{
    ConflictModel model;
    model.setStore(l.store.get());
    QStringList lines;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model.columnCount(); ++c)
            cells << model.data(model.index(r, c)).toString();
        lines << cells.join(QStringLiteral(" | "));
    }
    return lines;
}

} // namespace

// Issue #19 item 4: the same angler entered in one tournament on two laptops. One entry stays on
// every laptop (decided the same way everywhere), the other's numbers are kept in a conflict on
// both laptops, the standings agree, and keep mine / keep theirs (and their undo) change the data.
void TestSyncEngine::sameAnglerEnteredOnTwoLaptopsConverges()
{
    const ServerUrl server = freshServer(QStringLiteral("sync_twice_entered"));
    const ServerUrl admin = PgTest::as(server, addLogin(server, QStringLiteral("admin")));
    Laptop a = laptop(QStringLiteral("a"));
    Laptop b = laptop(QStringLiteral("b"));
    QStringList anglers, entries;
    const QString tournament = seedClub(a, &anglers, &entries, 3);
    QVERIFY(sync(a, admin).ok());
    QVERIFY(sync(b, admin).ok());
    auto guest = a.store->insert(QStringLiteral("anglers"),
                                 {{QStringLiteral("full_name"), QStringLiteral("Walk-up Guest")}});
    QVERIFY(guest.ok());
    QVERIFY(sync(a, admin).ok());
    QVERIFY(sync(b, admin).ok());
    auto enter = [&](Laptop &l, int fish, int weight, int big) {
        return l.store->insert(QStringLiteral("entries"),
                               {{QStringLiteral("tournament_id"), tournament},
                                {QStringLiteral("angler_id"), guest.value()},
                                {QStringLiteral("fish"), fish},
                                {QStringLiteral("gross_weight"), weight},
                                {QStringLiteral("big_bass"), big},
                                {QStringLiteral("was_member"), 0},
                                {QStringLiteral("entered_at"), 1}});
    };
    auto fromA = enter(a, 5, 1070, 410);
    auto fromB = enter(b, 4, 1050, 300);
    QVERIFY(fromA.ok() && fromB.ok());
    const QString stays = std::min(fromA.value(), fromB.value());
    const QString goes = std::max(fromA.value(), fromB.value());
    Laptop &winner = stays == fromA.value() ? a : b;
    Laptop &loser = stays == fromA.value() ? b : a;
    const QJsonObject winnerNumbers = entryRow(winner, stays);
    const QJsonObject loserNumbers = entryRow(loser, goes);
    // Each laptop settles the pair when it first pulls the other's entry; its tombstone goes out
    // with its next push: three rounds with no new edits.
    for (int round = 0; round < 3; ++round) {
        for (Laptop *l : {&a, &b}) {
            auto r = sync(*l, admin);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error()));
        }
    }
    // One entry, the same one, on both laptops and the server; the other is a tombstone.
    QCOMPARE(liveEntriesOf(a, guest.value()), QStringList{stays});
    QCOMPARE(liveEntriesOf(b, guest.value()), QStringList{stays});
    QCOMPARE(dumpLocal(a), dumpLocal(b));
    const auto onServer = dumpServer(admin);
    QVERIFY(!onServer.value(QStringLiteral("entries/") + stays).value(QStringLiteral("deleted")).toBool());
    QVERIFY(onServer.value(QStringLiteral("entries/") + goes).value(QStringLiteral("deleted")).toBool());
    QCOMPARE(standings(a), standings(b));
    QVERIFY(!standings(a).isEmpty());
    // Both laptops keep the other's numbers, in words and pounds.
    const QStringList onA = shownConflicts(a);
    const QStringList onB = shownConflicts(b);
    QCOMPARE(onA.size(), 1);
    QCOMPARE(onB.size(), 1);
    QVERIFY2(onA.first().startsWith(QStringLiteral("March (2025-03-23), Walk-up Guest | entered on two laptops | ")),
             qPrintable(onA.first()));
    QVERIFY2(onA.first().contains(QStringLiteral("5 fish, 10.70 lb, big bass 4.10 lb | 4 fish, 10.50 lb, big bass 3.00 lb")),
             qPrintable(onA.first()));
    QVERIFY2(onB.first().contains(QStringLiteral("4 fish, 10.50 lb, big bass 3.00 lb | 5 fish, 10.70 lb, big bass 4.10 lb")),
             qPrintable(onB.first()));
    QVERIFY2(shownConflicts(winner).first().endsWith(QStringLiteral("| mine")), qPrintable(shownConflicts(winner).first()));
    QVERIFY2(shownConflicts(loser).first().endsWith(QStringLiteral("| theirs")), qPrintable(shownConflicts(loser).first()));

    // The director on the laptop whose entry went keeps its numbers: the entry that stays takes
    // them, everywhere.
    auto open = SyncConflicts::open(loser.store->database());
    QVERIFY(open.ok() && open.value().size() == 1);
    QVERIFY(SyncConflicts::resolve(*loser.store, open.value().first().id, true));
    QCOMPARE(entryRow(loser, stays).value(QStringLiteral("gross_weight")), loserNumbers.value(QStringLiteral("gross_weight")));
    QCOMPARE(entryRow(loser, stays).value(QStringLiteral("fish")), loserNumbers.value(QStringLiteral("fish")));
    QVERIFY(shownConflicts(loser).isEmpty());
    QVERIFY(sync(loser, admin).ok());
    QVERIFY(sync(winner, admin).ok());
    QCOMPARE(entryRow(winner, stays).value(QStringLiteral("gross_weight")), loserNumbers.value(QStringLiteral("gross_weight")));
    QCOMPARE(standings(a), standings(b));
    // Undone: the numbers it replaced are back, and the conflict is open again.
    auto last = SyncConflicts::lastSettled(loser.store->database());
    QVERIFY(last.ok() && last.value() == open.value().first().id);
    QVERIFY(SyncConflicts::undo(*loser.store, last.value()));
    QCOMPARE(entryRow(loser, stays).value(QStringLiteral("gross_weight")), winnerNumbers.value(QStringLiteral("gross_weight")));
    QCOMPARE(shownConflicts(loser).size(), 1);
    // Keep theirs writes their numbers again, with a new stamp.
    const qint64 before = entryRow(loser, stays).value(QStringLiteral("modified")).toInteger();
    QVERIFY(SyncConflicts::resolve(*loser.store, open.value().first().id, false));
    QVERIFY(entryRow(loser, stays).value(QStringLiteral("modified")).toInteger() > before);
    QCOMPARE(entryRow(loser, stays).value(QStringLiteral("gross_weight")), winnerNumbers.value(QStringLiteral("gross_weight")));
    // The winner's laptop keeps its own conflict until its director settles it: keep theirs
    // there takes the other laptop's numbers.
    auto onWinner = SyncConflicts::open(winner.store->database());
    QVERIFY(onWinner.ok() && onWinner.value().size() == 1);
    QVERIFY(SyncConflicts::resolve(*winner.store, onWinner.value().first().id, false));
    QCOMPARE(entryRow(winner, stays).value(QStringLiteral("gross_weight")), loserNumbers.value(QStringLiteral("gross_weight")));
    for (int round = 0; round < 3; ++round)
        for (Laptop *l : {&a, &b})
            QVERIFY(sync(*l, admin).ok());
    QCOMPARE(dumpLocal(a), dumpLocal(b));
    QCOMPARE(standings(a), standings(b));
}

// Issue #19 item 5: NUL and other control characters are refused where text comes in (the store,
// the pull), and a record the server refuses is set aside as a named conflict that blocks nothing
// (not even when the push that carried it was cut off and is sent again first).
void TestSyncEngine::controlCharactersNeverWedgeTheSync()
{
    const ServerUrl server = freshServer(QStringLiteral("sync_nul"));
    const ServerUrl admin = PgTest::as(server, addLogin(server, QStringLiteral("admin")));
    auto superuser = ServerConnection::open(server, QString());
    QVERIFY(superuser.ok());
    Laptop a = laptop(QStringLiteral("a"));
    QStringList anglers, entries;
    seedClub(a, &anglers, &entries, 4);
    QVERIFY(sync(a, admin).ok());

    // The store refuses them, on insert and on update; tabs and line breaks are text.
    const QString nul = QStringLiteral("Bad") + QChar(0) + QStringLiteral("Name");
    auto refused = a.store->insert(QStringLiteral("anglers"), {{QStringLiteral("full_name"), nul}});
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("control character")), qPrintable(refused.error()));
    Status bell = a.store->update(QStringLiteral("anglers"), anglers.at(1),
                                  {{QStringLiteral("full_name"), QStringLiteral("Bell") + QChar(7)}});
    QVERIFY(!bell.ok());
    QVERIFY2(bell.error().contains(QStringLiteral("U+0007")), qPrintable(bell.error()));

    // A file written before the check holds a NUL (written behind the store's back), next to
    // ordinary changes.
    {
        QSqlQuery q(a.store->database());
        q.prepare(QStringLiteral("UPDATE anglers SET full_name = 'Bad' || char(0) || 'Name', modified = modified + 1 WHERE id = ?"));
        q.addBindValue(anglers.at(0));
        QVERIFY(q.exec());
    }
    QVERIFY(a.store->update(QStringLiteral("anglers"), anglers.at(2), {{QStringLiteral("full_name"), QStringLiteral("Carl Changed")}}));
    QVERIFY(a.store->update(QStringLiteral("entries"), entries.at(3), {{QStringLiteral("gross_weight"), 1234}}));
    // The first push carrying it is cut off before the server commits: it waits in the outbox and
    // goes first next time.
    {
        SyncEngine engine(a.path, admin, QString());
        engine.setHook(SyncEngine::Hook::BeforePushCommit,
                       [] { return Status::failure(QStringLiteral("the connection was lost (simulated).")); });
        QVERIFY(!engine.run().ok());
    }
    auto first = sync(a, admin);
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error()));
    QVERIFY(!first.value().complete());
    QVERIFY2(first.value().refused.join(u' ').contains(QStringLiteral("set aside")), qPrintable(first.value().refused.join(u' ')));
    const auto onServer = dumpServer(admin);
    QCOMPARE(onServer.value(QStringLiteral("anglers/") + anglers.at(2)).value(QStringLiteral("full_name")).toString(),
             QStringLiteral("Carl Changed"));
    QCOMPARE(onServer.value(QStringLiteral("entries/") + entries.at(3)).value(QStringLiteral("gross_weight")).toInt(), 1234);
    QCOMPARE(onServer.value(QStringLiteral("anglers/") + anglers.at(0)).value(QStringLiteral("full_name")).toString(),
             QStringLiteral("Angler 0"));
    // Named for the officer.
    const QStringList shown = shownConflicts(a);
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().startsWith(QStringLiteral("the angler Bad")) &&
                 shown.first().contains(QStringLiteral("refused by the server")) &&
                 shown.first().contains(QStringLiteral("control character")),
             qPrintable(shown.first()));
    // It blocks nothing afterwards.
    QVERIFY(a.store->update(QStringLiteral("entries"), entries.at(2), {{QStringLiteral("gross_weight"), 999}}));
    auto second = sync(a, admin);
    QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error()));
    QCOMPARE(second.value().pushed, 1);
    // Corrected here, it goes through and the conflict closes.
    QVERIFY(a.store->update(QStringLiteral("anglers"), anglers.at(0), {{QStringLiteral("full_name"), QStringLiteral("Good Name")}}));
    auto third = sync(a, admin);
    QVERIFY2(third.ok() && third.value().complete(), qPrintable(third.ok() ? third.value().refused.join(u' ') : third.error()));
    QCOMPARE(dumpServer(admin).value(QStringLiteral("anglers/") + anglers.at(0)).value(QStringLiteral("full_name")).toString(),
             QStringLiteral("Good Name"));
    QVERIFY(shownConflicts(a).isEmpty());

    // A control character that reached the server some other way is not taken in by a pull.
    {
        QSqlQuery evil(superuser.value()->database());
        evil.prepare(QStringLiteral("UPDATE sabc.rows SET data = jsonb_set(data, '{full_name}', "
                                    "to_jsonb('Evil' || chr(1) || 'Name')), xid = pg_current_xact_id(), "
                                    "seq = nextval('sabc.change_seq') WHERE tbl = 'anglers' AND id = ?"));
        evil.addBindValue(anglers.at(3));
        QVERIFY2(evil.exec(), qPrintable(evil.lastError().text()));
    }
    Laptop b = laptop(QStringLiteral("b"));
    auto pulled = sync(b, admin);
    QVERIFY2(pulled.ok(), qPrintable(pulled.ok() ? QString() : pulled.error()));
    QSqlQuery bad(b.store->database());
    QVERIFY(bad.exec(QStringLiteral("SELECT count(*) FROM anglers WHERE instr(full_name, char(1)) > 0")));
    QVERIFY(bad.next());
    QCOMPARE(bad.value(0).toInt(), 0);
    auto kept = SyncConflicts::open(b.store->database());
    QVERIFY(kept.ok());
    QCOMPARE(kept.value().size(), 1);
    QCOMPARE(kept.value().first().kind, QStringLiteral("rejected"));
    QCOMPARE(kept.value().first().rowId, anglers.at(3));
    auto pulledByA = sync(a, admin);
    QVERIFY(pulledByA.ok());
    QSqlQuery still(a.store->database());
    still.prepare(QStringLiteral("SELECT full_name FROM anglers WHERE id = ?"));
    still.addBindValue(anglers.at(3));
    QVERIFY(still.exec() && still.next());
    QCOMPARE(still.value(0).toString(), QStringLiteral("Angler 3"));
}

// Issue #23 item 8: a same-field conflict in the club's words (tournament, angler, field, pounds)
// on both laptops that took part, the one whose value lost included; keep mine can be undone.
void TestSyncEngine::conflictsAreReadableOnEveryLaptopAndUndoable()
{
    const ServerUrl server = freshServer(QStringLiteral("sync_words"));
    const ServerUrl admin = PgTest::as(server, addLogin(server, QStringLiteral("admin")));
    Laptop a = laptop(QStringLiteral("a"));
    Laptop b = laptop(QStringLiteral("b"));
    Laptop c = laptop(QStringLiteral("c"));
    QStringList anglers, entries;
    seedClub(a, &anglers, &entries, 3);
    QVERIFY(sync(a, admin).ok());
    QVERIFY(sync(b, admin).ok());
    QVERIFY(sync(c, admin).ok());
    QVERIFY(a.store->update(QStringLiteral("entries"), entries.at(1), {{QStringLiteral("gross_weight"), 1070}}));
    QTest::qWait(5);
    QVERIFY(b.store->update(QStringLiteral("entries"), entries.at(1), {{QStringLiteral("gross_weight"), 1050}}));
    QVERIFY(sync(a, admin).ok());
    auto rb = sync(b, admin);
    QVERIFY(rb.ok());
    QCOMPARE(rb.value().conflicts, 1);
    auto ra = sync(a, admin);
    QVERIFY(ra.ok());
    QVERIFY(sync(c, admin).ok());
    // B's value is the later one: applied everywhere for now.
    QCOMPARE(entryRow(a, entries.at(1)).value(QStringLiteral("gross_weight")).toInt(), 1050);
    QCOMPARE(shownConflicts(b), QStringList{QStringLiteral("March (2025-03-23), Angler 1 | Weight | 10.50 lb | 10.70 lb | mine")});
    // A, whose value lost, sees it too; C, which took no part, does not.
    QCOMPARE(shownConflicts(a), QStringList{QStringLiteral("March (2025-03-23), Angler 1 | Weight | 10.70 lb | 10.50 lb | theirs")});
    QVERIFY(shownConflicts(c).isEmpty());
    // Seen once: the next syncs add nothing.
    QVERIFY(sync(a, admin).ok());
    QVERIFY(sync(b, admin).ok());
    QCOMPARE(shownConflicts(a).size(), 1);
    QCOMPARE(shownConflicts(b).size(), 1);

    // A keeps its value; everyone gets it. Then A undoes that: the value it replaced is back.
    auto open = SyncConflicts::open(a.store->database());
    QVERIFY(open.ok());
    QVERIFY(SyncConflicts::resolve(*a.store, open.value().first().id, true));
    QCOMPARE(entryRow(a, entries.at(1)).value(QStringLiteral("gross_weight")).toInt(), 1070);
    QVERIFY(sync(a, admin).ok());
    QVERIFY(sync(b, admin).ok());
    QCOMPARE(entryRow(b, entries.at(1)).value(QStringLiteral("gross_weight")).toInt(), 1070);
    auto last = SyncConflicts::lastSettled(a.store->database());
    QVERIFY(last.ok() && !last.value().isEmpty());
    QVERIFY(SyncConflicts::undo(*a.store, last.value()));
    QCOMPARE(entryRow(a, entries.at(1)).value(QStringLiteral("gross_weight")).toInt(), 1050);
    QCOMPARE(shownConflicts(a).size(), 1);
    QVERIFY(sync(a, admin).ok());
    QVERIFY(sync(b, admin).ok());
    QCOMPARE(entryRow(b, entries.at(1)).value(QStringLiteral("gross_weight")).toInt(), 1050);
    QCOMPARE(dumpLocal(a), dumpLocal(b));
    if (const QString dir = qEnvironmentVariable("SABC_SCREENSHOT_DIR"); !dir.isEmpty()) {
        // For looking at the Sync page's list by hand: A's and B's files with their conflicts.
        QFile::remove(dir + QStringLiteral("/conflicts-a.sqlite"));
        QFile::remove(dir + QStringLiteral("/conflicts-b.sqlite"));
        QVERIFY(a.store->backupTo(dir + QStringLiteral("/conflicts-a.sqlite")));
        QVERIFY(b.store->backupTo(dir + QStringLiteral("/conflicts-b.sqlite")));
    }
}

// The calendar (#18): an event the secretary adds reaches the server and the director's laptop,
// the director's change (cancelled, a lake with its map link) comes back, a delete travels as a
// tombstone; the treasurer may not write the calendar; both laptops end up the same.
void TestSyncEngine::calendarEventsAndMapLinksSyncBothWays()
{
    const ServerUrl server = freshServer(QStringLiteral("sync_calendar"));
    const ServerUrl director = PgTest::as(server, addLogin(server, QStringLiteral("director")));
    const ServerUrl secretary = PgTest::as(server, addLogin(server, QStringLiteral("secretary")));
    const ServerUrl treasurer = PgTest::as(server, addLogin(server, QStringLiteral("treasurer")));
    const ServerUrl admin = PgTest::as(server, addLogin(server, QStringLiteral("admin")));
    Laptop d = laptop(QStringLiteral("d"));
    Laptop s = laptop(QStringLiteral("s"));
    QStringList anglers, entries;
    seedClub(d, &anglers, &entries, 1);
    QVERIFY(sync(d, admin).ok());
    QVERIFY(sync(s, secretary).ok());
    QVERIFY(s.store->hasClub());

    // The secretary adds the banquet.
    CalendarEvent banquet;
    banquet.date = QDate(2025, 12, 6);
    banquet.kind = EventKind::Banquet;
    banquet.name = QStringLiteral("Awards banquet");
    banquet.startTime = QTime(18, 30);
    banquet.endTime = QTime(21, 0);
    banquet.notes = QStringLiteral("Bring a side, a dessert; or both");
    auto id = CalendarStore(*s.store).insert(banquet);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error()));
    auto rs = sync(s, secretary);
    QVERIFY2(rs.ok(), qPrintable(rs.ok() ? QString() : rs.error()));
    QCOMPARE(rs.value().pushed, 1);
    QVERIFY2(rs.value().complete(), qPrintable(rs.value().refused.join(u'\n')));

    // It is on the server as typed, and reaches the director.
    {
        auto conn = ServerConnection::open(server, QString());
        QVERIFY(conn.ok());
        QSqlQuery q(conn.value()->database());
        q.prepare(QStringLiteral("SELECT data->>'name', data->>'kind', data->>'start_time' FROM "
                                 "sabc.rows WHERE tbl = 'calendar_events' AND id = ?"));
        q.addBindValue(id.value());
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Awards banquet"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("banquet"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("18:30"));
    }
    auto rd = sync(d, director);
    QVERIFY2(rd.ok(), qPrintable(rd.ok() ? QString() : rd.error()));
    auto atDirector = CalendarStore(*d.store).event(id.value());
    QVERIFY(atDirector.ok() && atDirector.value());
    QCOMPARE(atDirector.value()->name, QStringLiteral("Awards banquet"));
    QCOMPARE(atDirector.value()->notes, banquet.notes);
    QCOMPARE(atDirector.value()->endTime, QTime(21, 0));

    // The director cancels it, and gives a lake a map link; both come back to the secretary.
    CalendarEvent cancelled = *atDirector.value();
    cancelled.cancelled = true;
    QVERIFY(CalendarStore(*d.store).update(cancelled));
    LakeStore lakes(*d.store);
    LakeRecord travis;
    const QList<LakeRecord> all = lakes.lakes().value();
    for (const LakeRecord &l : all)
        if (l.key == QLatin1String("travis"))
            travis = l;
    QVERIFY(!travis.id.isEmpty());
    travis.mapUrl = QStringLiteral("https://www.google.com/maps/embed?pb=travis");
    QVERIFY(lakes.updateLake(travis));
    CalendarEvent open;
    open.date = QDate(2025, 5, 10);
    open.kind = EventKind::OtherTournament;
    open.name = QStringLiteral("Another Club Open");
    open.lakeId = travis.id;
    auto openId = CalendarStore(*d.store).insert(open);
    QVERIFY(openId.ok());
    auto rd2 = sync(d, director);
    QVERIFY2(rd2.ok() && rd2.value().complete(),
             qPrintable(rd2.ok() ? rd2.value().refused.join(u'\n') : rd2.error()));
    QCOMPARE(rd2.value().pushed, 3);
    QVERIFY(sync(s, secretary).ok());
    QVERIFY(CalendarStore(*s.store).event(id.value()).value()->cancelled);
    QCOMPARE(LakeStore(*s.store).lake(travis.id).value()->mapUrl, travis.mapUrl);
    const CalendarEvent openAtSecretary = *CalendarStore(*s.store).event(openId.value()).value();
    QCOMPARE(openAtSecretary.lakeName, travis.name);

    // The treasurer may not write the calendar.
    Laptop t = laptop(QStringLiteral("t"));
    QVERIFY(sync(t, treasurer).ok());
    CalendarEvent meeting;
    meeting.date = QDate(2025, 4, 8);
    meeting.kind = EventKind::Meeting;
    meeting.name = QStringLiteral("Monthly meeting");
    QVERIFY(CalendarStore(*t.store).insert(meeting).ok());
    auto rt = sync(t, treasurer);
    QVERIFY(rt.ok());
    QCOMPARE(rt.value().refused.size(), 1);
    QVERIFY2(rt.value().refused.first().contains(QStringLiteral("calendar events")),
             qPrintable(rt.value().refused.first()));

    // A delete travels as a tombstone; both laptops end up the same.
    QVERIFY(CalendarStore(*s.store).remove(id.value()));
    QVERIFY(sync(s, secretary).ok());
    QVERIFY(sync(d, director).ok());
    QVERIFY(!CalendarStore(*d.store).event(id.value()).value());
    QCOMPARE(dumpLocal(d), dumpLocal(s));
}
