// Tests of RowReader: SQLite's C interface on the club file's own connection, and the same
// contract through Qt SQL where that interface cannot be used. Values by position, bound values,
// NULL, text as UTF-8, and every failure worded "Could not ...".
#include "store/query.h"
#include "store/rowreader.h"
#include "store/store.h"

#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestRowReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsRows_data() { paths(); }
    void readsRows();
    void seesTheConnectionsOwnTransaction_data() { paths(); }
    void seesTheConnectionsOwnTransaction();
    void failures_data() { paths(); }
    void failures();

private:
    void paths();
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

void TestRowReader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    auto store = Store::open(m_dir.filePath(u"club.sqlite"_qs));
    QVERIFY2(store.ok(), qPrintable(store.error()));
    m_store = std::move(store.value());
    QVERIFY(m_store->createClub(u"SABC"_qs, "America/Chicago").ok());
    for (const QString &name : {u"Ñandú Pérez"_qs, u"Bo"_qs, u"Cy"_qs})
        QVERIFY(m_store->insert(u"anglers"_qs, {{u"full_name"_qs, name}}).ok());
}

void TestRowReader::paths()
{
    QTest::addColumn<RowReader::Path>("path");
    QTest::newRow("SQLite") << RowReader::Path::Fastest;
    QTest::newRow("Qt SQL") << RowReader::Path::QtSql;
}

void TestRowReader::readsRows()
{
    QFETCH(RowReader::Path, path);
    RowReader r(m_store->database(),
                "SELECT full_name, length(full_name), NULL, ? FROM anglers "
                "WHERE full_name <> 'Zed' ORDER BY full_name",
                path);
    r.bind(42);
    QVERIFY(r.exec(u"read the anglers"_qs).ok());
#ifdef Q_OS_LINUX
    QCOMPARE(r.isDirect(), path == RowReader::Path::Fastest); // Qt's driver uses the system's
#endif
    QStringList names;
    while (r.next()) {
        names << r.string(0);
        QCOMPARE(r.integer(1), r.string(0).size());
        QVERIFY(r.isNull(2));
        QVERIFY(r.text(2).empty());
        QCOMPARE(r.integer(3), 42);
        QVERIFY(!r.isNull(3));
    }
    QVERIFY(r.finish().ok());
    QCOMPARE(names, (QStringList{u"Bo"_qs, u"Cy"_qs, u"Ñandú Pérez"_qs}));

    // Text is UTF-8 as stored.
    RowReader one(m_store->database(), "SELECT full_name FROM anglers WHERE full_name LIKE 'Ñ%'",
                  path);
    QVERIFY(one.exec(u"read the angler"_qs).ok());
    QVERIFY(one.next());
    QCOMPARE(QByteArray(one.text(0).data(), qsizetype(one.text(0).size())),
             u"Ñandú Pérez"_qs.toUtf8());
    QVERIFY(!one.next());
    QVERIFY(!one.next()); // past the end stays at the end
    QVERIFY(one.finish().ok());

    // Run again with other values.
    RowReader count(m_store->database(),
                    "SELECT count(*) FROM anglers WHERE length(full_name) > ?", path);
    count.bind(2);
    QVERIFY(count.exec(u"count the anglers"_qs).ok());
    QVERIFY(count.next());
    QCOMPARE(count.integer(0), 1);
}

// A write of the same connection not yet committed is seen: the reader is on the club file's own
// connection, not a second one.
void TestRowReader::seesTheConnectionsOwnTransaction()
{
    QFETCH(RowReader::Path, path);
    QSqlDatabase db = m_store->database();
    QVERIFY(db.transaction());
    QVERIFY(m_store->insert(u"anglers"_qs, {{u"full_name"_qs, u"Dee"_qs}}).ok());
    RowReader r(db, "SELECT count(*) FROM anglers WHERE full_name = 'Dee'", path);
    QVERIFY(r.exec(u"count"_qs).ok());
    QVERIFY(r.next());
    QCOMPARE(r.integer(0), 1);
    QVERIFY(!r.next());
    QVERIFY(db.rollback());
    RowReader after(db, "SELECT count(*) FROM anglers WHERE full_name = 'Dee'", path);
    QVERIFY(after.exec(u"count"_qs).ok());
    QVERIFY(after.next());
    QCOMPARE(after.integer(0), 0);
}

void TestRowReader::failures()
{
    QFETCH(RowReader::Path, path);
    // A statement SQLite cannot prepare: the message says what was being done and why.
    RowReader bad(m_store->database(), "SELECT id FROM nowhere", path);
    const Status s = bad.exec(u"read the lakes"_qs);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().startsWith(u"Could not read the lakes: "_qs), qPrintable(s.error()));
    QVERIFY2(s.error().contains(u"nowhere"_qs), qPrintable(s.error()));
    QVERIFY(!bad.next());
    QVERIFY(!bad.finish().ok());

    // An error met while stepping ends the rows and is kept for finish() (Qt SQL steps to the
    // first row in exec(), and says it there).
    RowReader overflow(m_store->database(), "SELECT abs(-9223372036854775807 - 1) FROM anglers",
                       path);
    Status stepped = overflow.exec(u"add up the weights"_qs);
    if (stepped.ok()) {
        QVERIFY(!overflow.next());
        stepped = overflow.finish();
    }
    QVERIFY(!overflow.next());
    QVERIFY(!stepped.ok());
    QVERIFY2(stepped.error().startsWith(u"Could not add up the weights: "_qs),
             qPrintable(stepped.error()));
    QVERIFY2(stepped.error().contains(u"overflow"_qs), qPrintable(stepped.error()));

    // No database, or one that is not open.
    QSqlDatabase none;
    RowReader closed(none, "SELECT 1", path);
    const Status notOpen = closed.exec(u"read"_qs);
    QVERIFY(!notOpen.ok());
    QVERIFY2(notOpen.error().contains(u"not open"_qs), qPrintable(notOpen.error()));
    QVERIFY(!closed.next());
}

QTEST_GUILESS_MAIN(TestRowReader)
#include "tst_rowreader.moc"
