// The local store: migrations from empty and from every older version, refusal of files the app
// must not touch, durability settings, and the sync stamps on every write.
#include "store/migrations.h"
#include "store/query.h"
#include "store/store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray fingerprint(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QVariant scalar(Store &store, const QString &sql)
{
    QSqlQuery q(store.database());
    q.prepare(sql);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

// Builds a file at schema `version` by running the first steps directly.
void buildAtVersion(const QString &path, int version, int applicationId = 0x53414243)
{
    const QString name = QStringLiteral("build-") + QString::number(version);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const auto &step : migrations::steps()) {
            if (step.version > version)
                break;
            for (const QString &sql : step.statements)
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        }
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void createsLatestSchema();
    void upgradesEveryOlderVersion_data();
    void upgradesEveryOlderVersion();
    void refusesNewerFile();
    void refusesJunk_data();
    void refusesJunk();
    void refusesCorruptDatabase();
    void reopensWithoutChange();
    void writesStampsAndTombstones();
    void transactionRollsBackEverything();
    void transactionValueCommits();
    void transactionValueRollsBackWhenDropped();
    void transactionValueNests();
    void transactionValueThatCannotBegin();
    void queryReadsByColumnName();
    void queryReportsFailedPrepare();
    void createsClubWithLakes();
    void backsUp();
    void seesOtherWriters();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString file(const QString &name) const { return m_dir->filePath(name); }
};

void TestStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStore::createsLatestSchema()
{
    auto opened = Store::open(file(QStringLiteral("new/club.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    Store &store = *opened.value();
    QCOMPARE(store.schemaVersion(), migrations::latestVersion());
    QCOMPARE(scalar(store, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(store, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(scalar(store, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
    for (const QString &table : migrations::syncedTables()) {
        QSqlQuery q(store.database());
        q.prepare(QStringLiteral("SELECT id, modified, origin, deleted FROM ") + table);
        QVERIFY2(q.exec(), qPrintable(table + q.lastError().text()));
    }
    QCOMPARE(store.deviceId().size(), 36);
    QVERIFY(!store.hasClub());
}

void TestStore::upgradesEveryOlderVersion_data()
{
    QTest::addColumn<int>("version");
    for (const auto &step : migrations::steps())
        if (step.version < migrations::latestVersion())
            QTest::addRow("from v%d", step.version) << step.version;
}

void TestStore::upgradesEveryOlderVersion()
{
    QFETCH(int, version);
    const QString path = file(QStringLiteral("old.sqlite"));
    buildAtVersion(path, version);
    {
        // A row of data from the older app survives the upgrade.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO anglers (id, modified, origin, full_name) "
                                         "VALUES (?, 1, 'x', ?)")));
        q.addBindValue(Store::newId());
        q.addBindValue(QStringLiteral("Old Timer"));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));

    auto opened = Store::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(opened.value()->schemaVersion(), migrations::latestVersion());
    QCOMPARE(scalar(*opened.value(), QStringLiteral("SELECT full_name FROM anglers")).toString(),
             QStringLiteral("Old Timer"));
    QVERIFY(!opened.value()->deviceId().isEmpty());

    // The copy kept before the upgrade is the old version, intact.
    const QString backup = path + QStringLiteral(".v%1.bak").arg(version);
    QVERIFY2(QFile::exists(backup), qPrintable(backup));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bak"));
        db.setDatabaseName(backup);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), version);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM anglers")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bak"));
}

void TestStore::refusesNewerFile()
{
    const QString path = file(QStringLiteral("newer.sqlite"));
    buildAtVersion(path, migrations::latestVersion());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("n"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(migrations::latestVersion() + 1)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("n"));
    const QByteArray before = fingerprint(path);
    auto opened = Store::open(path);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(QStringLiteral("newer")), qPrintable(opened.error()));
    QCOMPARE(fingerprint(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestStore::refusesJunk_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text") << QByteArray("name,fish,weight\nBob,5,12.34\n") << "not an SQLite";
    QTest::newRow("binary") << QByteArray::fromHex("89504e470d0a1a0a0000000d49484452") << "not an SQLite";
    QByteArray almost("SQLite format 3");
    almost.append('\0');
    almost.append(QByteArray(100, '\x7f'));
    QTest::newRow("fake header") << almost << "";
}

void TestStore::refusesJunk()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString path = file(QStringLiteral("junk.sqlite"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    auto opened = Store::open(path);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(QStringLiteral("junk.sqlite")), qPrintable(opened.error()));
    if (!expected.isEmpty())
        QVERIFY2(opened.error().contains(expected), qPrintable(opened.error()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), content);
}

void TestStore::refusesCorruptDatabase()
{
    const QString path = file(QStringLiteral("corrupt.sqlite"));
    {
        auto opened = Store::open(path);
        QVERIFY(opened.ok());
        QVERIFY(opened.value()->createClub(QStringLiteral("Club"), "America/Chicago").ok());
    }
    // Overwrite a page in the middle of the file with garbage.
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 8192);
        f.seek(4096 * 2);
        f.write(QByteArray(4096, '\xA5'));
    }
    const QByteArray before = fingerprint(path);
    auto opened = Store::open(path);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(QStringLiteral("damaged")) ||
                 opened.error().contains(QStringLiteral("could not be opened")),
             qPrintable(opened.error()));
    QCOMPARE(fingerprint(path), before);

    // Another program's SQLite database is refused too.
    const QString foreign = file(QStringLiteral("foreign.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("f"));
        db.setDatabaseName(foreign);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (body TEXT)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("f"));
    const QByteArray foreignBefore = fingerprint(foreign);
    auto other = Store::open(foreign);
    QVERIFY(!other.ok());
    QVERIFY2(other.error().contains(QStringLiteral("another program")), qPrintable(other.error()));
    QCOMPARE(fingerprint(foreign), foreignBefore);
}

void TestStore::reopensWithoutChange()
{
    const QString path = file(QStringLiteral("club.sqlite"));
    QString device;
    {
        auto opened = Store::open(path);
        QVERIFY(opened.ok());
        device = opened.value()->deviceId();
        QVERIFY(opened.value()->createClub(QStringLiteral("South Austin"), "America/Chicago").ok());
    }
    auto again = Store::open(path);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(again.value()->deviceId(), device);
    QCOMPARE(again.value()->club().name, QStringLiteral("South Austin"));
    QVERIFY(!QFile::exists(path + QStringLiteral(".v1.bak")));
}

void TestStore::writesStampsAndTombstones()
{
    auto opened = Store::open(file(QStringLiteral("club.sqlite")));
    QVERIFY(opened.ok());
    Store &store = *opened.value();
    QSignalSpy spy(&store, &Store::changed);
    auto id = store.insert(QStringLiteral("anglers"), {{QStringLiteral("full_name"), QStringLiteral("Ann")}});
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("anglers"));
    const qint64 first = scalar(store, QStringLiteral("SELECT modified FROM anglers")).toLongLong();
    QCOMPARE(scalar(store, QStringLiteral("SELECT origin FROM anglers")).toString(), store.deviceId());
    QVERIFY(store.update(QStringLiteral("anglers"), id.value(), {{QStringLiteral("phone"), QStringLiteral("(512) 555-1234")}}).ok());
    const qint64 second = scalar(store, QStringLiteral("SELECT modified FROM anglers")).toLongLong();
    QVERIFY(second > first);
    QVERIFY(store.remove(QStringLiteral("anglers"), id.value()).ok());
    QCOMPARE(scalar(store, QStringLiteral("SELECT deleted FROM anglers")).toInt(), 1);
    QVERIFY(scalar(store, QStringLiteral("SELECT modified FROM anglers")).toLongLong() > second);
    // A deleted row cannot be changed or deleted again.
    QVERIFY(!store.update(QStringLiteral("anglers"), id.value(), {{QStringLiteral("notes"), QStringLiteral("x")}}).ok());
    QVERIFY(!store.remove(QStringLiteral("anglers"), id.value()).ok());
    // Only known tables and columns.
    QVERIFY(!store.insert(QStringLiteral("sqlite_master"), {}).ok());
    QVERIFY(!store.insert(QStringLiteral("anglers"), {{QStringLiteral("full_name); DROP TABLE anglers; --"), 1}}).ok());
    // Stamps are strictly increasing.
    qint64 last = 0;
    for (int i = 0; i < 1000; ++i) {
        const qint64 s = store.nextStamp();
        QVERIFY(s > last);
        last = s;
    }
}

void TestStore::transactionRollsBackEverything()
{
    auto opened = Store::open(file(QStringLiteral("club.sqlite")));
    QVERIFY(opened.ok());
    Store &store = *opened.value();
    QSignalSpy spy(&store, &Store::changed);
    Status s = store.transaction([&]() -> Status {
        auto a = store.insert(QStringLiteral("anglers"), {{QStringLiteral("full_name"), QStringLiteral("Ann")}});
        if (!a)
            return Status::failure(a.error());
        auto b = store.insert(QStringLiteral("anglers"), {{QStringLiteral("full_name"), QString()}});
        return b ? Status::success() : Status::failure(b.error());
    });
    QVERIFY(!s.ok());
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM anglers")).toInt(), 0);
    QCOMPARE(spy.count(), 0);
    s = store.transaction([&]() -> Status {
        for (int i = 0; i < 3; ++i)
            if (auto a = store.insert(QStringLiteral("anglers"), {{QStringLiteral("full_name"), QStringLiteral("A%1").arg(i)}}); !a)
                return Status::failure(a.error());
        return Status::success();
    });
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM anglers")).toInt(), 3);
    QCOMPARE(spy.count(), 1); // one notification per table after commit
}

void TestStore::transactionValueCommits()
{
    auto opened = Store::open(file(QStringLiteral("club.sqlite")));
    QVERIFY(opened.ok());
    Store &store = *opened.value();
    QSignalSpy spy(&store, &Store::changed);
    {
        Store::Transaction transaction(store);
        QVERIFY2(transaction.begun().ok(), qPrintable(transaction.begun().error()));
        QVERIFY(store.insert(QStringLiteral("anglers"), {{QStringLiteral("full_name"), QStringLiteral("Ann")}}).ok());
        QVERIFY(store.insert(QStringLiteral("anglers"), {{QStringLiteral("full_name"), QStringLiteral("Bo")}}).ok());
        QCOMPARE(spy.count(), 0); // notified after the commit, not per row
        const Status s = transaction.commit();
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(spy.count(), 1);
        QVERIFY(!transaction.commit().ok()); // once only
    }
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM anglers")).toInt(), 2);
    QCOMPARE(spy.count(), 1);
}

void TestStore::transactionValueRollsBackWhenDropped()
{
    auto opened = Store::open(file(QStringLiteral("club.sqlite")));
    QVERIFY(opened.ok());
    Store &store = *opened.value();
    QSignalSpy spy(&store, &Store::changed);
    {
        Store::Transaction transaction(store);
        QVERIFY(transaction.begun().ok());
        QVERIFY(store.insert(QStringLiteral("anglers"), {{QStringLiteral("full_name"), QStringLiteral("Ann")}}).ok());
    }
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM anglers")).toInt(), 0);
    QCOMPARE(spy.count(), 0);
    // The store is usable again: the next transaction begins and commits.
    Store::Transaction again(store);
    QVERIFY(again.begun().ok());
    QVERIFY(store.insert(QStringLiteral("anglers"), {{QStringLiteral("full_name"), QStringLiteral("Bo")}}).ok());
    QVERIFY(again.commit().ok());
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM anglers")).toInt(), 1);
    QCOMPARE(spy.count(), 1);
}

void TestStore::transactionValueNests()
{
    auto opened = Store::open(file(QStringLiteral("club.sqlite")));
    QVERIFY(opened.ok());
    Store &store = *opened.value();
    QSignalSpy spy(&store, &Store::changed);
    auto add = [&](const QString &name) {
        return store.insert(QStringLiteral("anglers"), {{QStringLiteral("full_name"), name}}).ok();
    };
    auto count = [&]() { return scalar(store, QStringLiteral("SELECT count(*) FROM anglers")).toInt(); };

    // An inner commit only ends the inner work: the outer rollback undoes it.
    {
        Store::Transaction outer(store);
        QVERIFY(outer.begun().ok());
        QVERIFY(add(QStringLiteral("Ann")));
        {
            Store::Transaction inner(store);
            QVERIFY(inner.begun().ok());
            QVERIFY(add(QStringLiteral("Bo")));
            QVERIFY(inner.commit().ok());
        }
        QCOMPARE(spy.count(), 0);
    }
    QCOMPARE(count(), 0);
    QCOMPARE(spy.count(), 0);

    // An inner one dropped uncommitted leaves the decision to the outer one, as a nested
    // Store::transaction() does: whoever made it passes the failure up.
    {
        Store::Transaction outer(store);
        QVERIFY(outer.begun().ok());
        QVERIFY(add(QStringLiteral("Ann")));
        {
            Store::Transaction inner(store);
            QVERIFY(add(QStringLiteral("Bo")));
        }
        QVERIFY(add(QStringLiteral("Cy")));
        QVERIFY(outer.commit().ok());
    }
    QCOMPARE(count(), 3);
    QCOMPARE(spy.count(), 1);

    // The function form joins a value, and a failure passed up rolls everything back.
    {
        Store::Transaction outer(store);
        QVERIFY(add(QStringLiteral("Dee")));
        const Status s = store.transaction([&]() -> Status {
            return add(QStringLiteral("Eve")) ? Status::failure(QStringLiteral("no"))
                                               : Status::success();
        });
        QCOMPARE(s.error(), QStringLiteral("no"));
        QCOMPARE(spy.count(), 1);
    }
    QCOMPARE(count(), 3);
    const Status s = store.transaction([&]() -> Status {
        Store::Transaction inner(store);
        if (!add(QStringLiteral("Dee")))
            return Status::failure(QStringLiteral("insert failed"));
        return inner.commit();
    });
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(count(), 4);
    QCOMPARE(spy.count(), 2);
}

void TestStore::transactionValueThatCannotBegin()
{
    const QString path = file(QStringLiteral("club.sqlite"));
    auto opened = Store::open(path);
    QVERIFY(opened.ok());
    Store &store = *opened.value();
    // Fail at once instead of waiting for the lock.
    QVERIFY(Query(store.database(), QStringLiteral("PRAGMA busy_timeout = 0"))
                .exec(QStringLiteral("set up the test"))
                .ok());
    // Another program holds the write lock.
    const QString other = QStringLiteral("other-writer");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), other);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery lock(db);
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        {
            Store::Transaction transaction(store);
            QVERIFY(!transaction.begun().ok());
            QVERIFY2(transaction.begun().error().startsWith(QStringLiteral("Could not start saving: ")),
                     qPrintable(transaction.begun().error()));
            QCOMPARE(transaction.commit().error(), transaction.begun().error());
        }
        const Status s = store.transaction([]() -> Status {
            QTest::qFail("the work ran without a transaction", __FILE__, __LINE__);
            return Status::success();
        });
        QVERIFY(s.error().startsWith(QStringLiteral("Could not start saving: ")));
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        db.close();
    }
    QSqlDatabase::removeDatabase(other);
    Store::Transaction transaction(store);
    QVERIFY(transaction.begun().ok());
    QVERIFY(transaction.commit().ok());
}

void TestStore::queryReadsByColumnName()
{
    auto opened = Store::open(file(QStringLiteral("club.sqlite")));
    QVERIFY(opened.ok());
    Store &store = *opened.value();
    QVERIFY(store.insert(QStringLiteral("anglers"), {{QStringLiteral("full_name"), QStringLiteral("Ann Lee")}, {QStringLiteral("phone"), QStringLiteral("(512) 555-1234")}}).ok());
    Query q(store.database(), QStringLiteral("SELECT phone, full_name, length(full_name) AS letters "
                                             "FROM anglers WHERE full_name = :name"));
    QVERIFY(q.bind(QStringLiteral(":name"), QStringLiteral("Ann Lee")).exec(QStringLiteral("read the angler")).ok());
    QVERIFY(q.next());
    QCOMPARE(q.value("full_name").toString(), QStringLiteral("Ann Lee"));
    QCOMPARE(q.value("phone").toString(), QStringLiteral("(512) 555-1234"));
    QCOMPARE(q.value("letters").toInt(), 7);
    QVERIFY(!q.next());
    // Run again with a new value.
    QVERIFY(q.bind(QStringLiteral(":name"), QStringLiteral("Nobody")).exec(QStringLiteral("read the angler")).ok());
    QVERIFY(!q.next());
}

void TestStore::queryReportsFailedPrepare()
{
    auto opened = Store::open(file(QStringLiteral("club.sqlite")));
    QVERIFY(opened.ok());
    Store &store = *opened.value();
    Query bad(store.database(), QStringLiteral("SELECT full_name FROM no_such_table WHERE id = ?"));
    const Status s = bad.bind(QStringLiteral("x")).exec(QStringLiteral("read the anglers"));
    QVERIFY(!s.ok());
    QVERIFY2(s.error().startsWith(QStringLiteral("Could not read the anglers: ")), qPrintable(s.error()));
    QVERIFY2(s.error().contains(QStringLiteral("no_such_table")), qPrintable(s.error()));
    QVERIFY(!bad.next());
    // A statement that prepares but fails when run is worded the same way.
    Query failing(store.database(), QStringLiteral("INSERT INTO anglers (id, full_name, modified, origin) "
                                                   "VALUES (?, NULL, 1, 'x')"));
    const Status f = failing.bind(QStringLiteral("a")).exec(QStringLiteral("save the angler"));
    QVERIFY(!f.ok());
    QVERIFY2(f.error().startsWith(QStringLiteral("Could not save the angler: ")), qPrintable(f.error()));
}

void TestStore::createsClubWithLakes()
{
    auto opened = Store::open(file(QStringLiteral("club.sqlite")));
    QVERIFY(opened.ok());
    Store &store = *opened.value();
    QVERIFY(!store.createClub(QStringLiteral("  "), "America/Chicago").ok());
    QVERIFY(!store.createClub(QStringLiteral("Club"), "Nowhere/Special").ok());
    QVERIFY(!store.hasClub());
    QVERIFY(store.createClub(QStringLiteral("Club"), "America/Denver").ok());
    QVERIFY(store.hasClub());
    QCOMPARE(store.club().timeZone, QByteArray("America/Denver"));
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM lakes")).toInt(), 16);
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM ramps")).toInt(), 44);
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM lakes WHERE paper = 1")).toInt(), 3);
    QVERIFY(!store.createClub(QStringLiteral("Second"), "America/Chicago").ok());
}

void TestStore::backsUp()
{
    auto opened = Store::open(file(QStringLiteral("club.sqlite")));
    QVERIFY(opened.ok());
    QVERIFY(opened.value()->createClub(QStringLiteral("Club"), "America/Chicago").ok());
    const QString copy = file(QStringLiteral("copy.sqlite"));
    QVERIFY(opened.value()->backupTo(copy).ok());
    QVERIFY(!opened.value()->backupTo(copy).ok()); // never overwrites
    auto reopened = Store::open(copy);
    QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
    QCOMPARE(reopened.value()->club().name, QStringLiteral("Club"));
}

// What another program commits to the file reaches this store's changed() for every table (the
// window's pages reload); this store's own writes are not told twice; 0 stops watching.
void TestStore::seesOtherWriters()
{
    auto opened = Store::open(file(QStringLiteral("club.sqlite")));
    QVERIFY(opened.ok());
    Store &store = *opened.value();
    QVERIFY(store.createClub(QStringLiteral("Club"), "America/Chicago").ok());
    store.watchOtherWriters(20);
    QSignalSpy spy(&store, &Store::changed);
    // Another connection, as `sabc` on the command line would be.
    auto writeElsewhere = [&store](const QString &sql) {
        bool written = false;
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                           QStringLiteral("otherWriter"));
            other.setDatabaseName(store.path());
            QSqlQuery q(other);
            written = other.open() && q.exec(sql);
            if (!written)
                qWarning().noquote() << q.lastError().text();
            q.finish();
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("otherWriter"));
        return written;
    };

    // Its own write: one notice, for its table, and nothing more from the watch.
    QVERIFY(store.insert(QStringLiteral("anglers"), {{QStringLiteral("full_name"), u"Al"_qs}}).ok());
    QCOMPARE(spy.size(), 1);
    QTest::qWait(150);
    QCOMPARE(spy.size(), 1);

    QVERIFY(writeElsewhere(QStringLiteral("UPDATE anglers SET full_name = 'Alan'")));
    QTRY_VERIFY(spy.size() > 1);
    QTest::qWait(100); // every table is told once
    QStringList tables;
    for (const QList<QVariant> &signal : std::as_const(spy))
        tables << signal.first().toString();
    QVERIFY(tables.count(QStringLiteral("anglers")) == 2);
    QVERIFY(tables.contains(QStringLiteral("entries")));
    QVERIFY(tables.contains(QStringLiteral("tournaments")));
    QCOMPARE(tables.count(QStringLiteral("entries")), 1);

    // Stopped: another program's write goes unnoticed.
    store.watchOtherWriters(0);
    spy.clear();
    QVERIFY(writeElsewhere(QStringLiteral("UPDATE anglers SET full_name = 'Al'")));
    QTest::qWait(100);
    QCOMPARE(spy.size(), 0);
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
