// The club server readable by other tools (#16, server schema version 5): after a sync of the
// demo club, a reader login reads every view of schema club with typed columns and the values the
// app computes (places, points and net weights of every entry, boats, the Angler-of-the-Year
// standings of each season), sees no contact data, cannot read schema sabc, and cannot write
// anything; deleted records are left out of the views.
#include "demo/democlub.h"
#include "store/store.h"
#include "sync/serverconnection.h"
#include "sync/serverschema.h"
#include "sync/syncengine.h"
#include "sync/testing/pgtestdb.h"
#include "tournaments/seasonview.h"
#include "tournaments/tournamentstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestServerViews : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void columnsAreTyped();
    void entriesAndBoatsAsTheAppScoresThem();
    void standingsAsTheAppRanksThem();
    void noContactData();
    void readerReadsOnlyTheViews();
    void deletedRowsAreLeftOut();

private:
    Status sync();
    // A query as the reader; fails the test when it fails.
    QSqlQuery read(const QString &sql);
    int count(const QString &sql);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
    ServerUrl m_admin;
    ServerUrl m_reader;
    std::unique_ptr<ServerConnection> m_conn; // the reader's
};

void TestServerViews::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    auto url = PgTest::createDatabase(QStringLiteral("views"));
    QVERIFY2(url.ok(), qPrintable(url.ok() ? QString() : url.error()));
    m_admin = url.value();
    {
        auto conn = ServerConnection::open(m_admin, QString());
        QVERIFY2(conn.ok(), qPrintable(conn.ok() ? QString() : conn.error()));
        auto migrated = ServerSchema::migrate(*conn.value());
        QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error()));
    }
    m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    auto opened = Store::open(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error()));
    m_store = std::move(opened).value();
    QVERIFY(DemoClub::create(*m_store, QDate(2026, 8, 30)).ok());
    const Status synced = sync();
    QVERIFY2(synced.ok(), qPrintable(synced.ok() ? QString() : synced.error()));

    auto reader = PgTest::addLogin(m_admin, QStringLiteral("reader"));
    QVERIFY2(reader.ok(), qPrintable(reader.ok() ? QString() : reader.error()));
    m_reader = PgTest::as(m_admin, reader.value());
    auto conn = PgTest::open(m_reader);
    QVERIFY2(conn.ok(), qPrintable(conn.ok() ? QString() : conn.error()));
    m_conn = std::move(conn).value();
}

Status TestServerViews::sync()
{
    SyncEngine engine(m_path, m_admin, PgTest::passwordOf(m_admin.user));
    auto report = engine.run();
    return report ? Status::success() : Status::failure(report.error());
}

QSqlQuery TestServerViews::read(const QString &sql)
{
    QSqlQuery q(m_conn->database());
    if (!q.exec(sql))
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q;
}

int TestServerViews::count(const QString &sql)
{
    QSqlQuery q = read(sql);
    return q.next() ? q.value(0).toInt() : -1;
}

void TestServerViews::columnsAreTyped()
{
    QSqlQuery q = read(QStringLiteral(
        "SELECT table_name, column_name, data_type FROM information_schema.columns "
        "WHERE table_schema = 'club' ORDER BY table_name, ordinal_position"));
    QHash<QString, QString> types;
    QSet<QString> views;
    while (q.next()) {
        types.insert(q.value(0).toString() + u'.' + q.value(1).toString(), q.value(2).toString());
        views.insert(q.value(0).toString());
    }
    QCOMPARE(views, (QSet<QString>{QStringLiteral("anglers"), QStringLiteral("memberships"),
                                   QStringLiteral("tournaments"), QStringLiteral("entries"),
                                   QStringLiteral("boats"), QStringLiteral("standings")}));
    const QList<QPair<QString, QString>> expected = {
        {QStringLiteral("anglers.id"), QStringLiteral("uuid")},
        {QStringLiteral("anglers.full_name"), QStringLiteral("text")},
        {QStringLiteral("anglers.member_since"), QStringLiteral("integer")},
        {QStringLiteral("anglers.inactive"), QStringLiteral("boolean")},
        {QStringLiteral("memberships.season"), QStringLiteral("integer")},
        {QStringLiteral("memberships.joined_on"), QStringLiteral("date")},
        {QStringLiteral("tournaments.season"), QStringLiteral("integer")},
        {QStringLiteral("tournaments.event_date"), QStringLiteral("date")},
        {QStringLiteral("tournaments.start_time"), QStringLiteral("time without time zone")},
        {QStringLiteral("tournaments.weigh_in_time"), QStringLiteral("time without time zone")},
        {QStringLiteral("tournaments.entry_fee"), QStringLiteral("numeric")},
        {QStringLiteral("tournaments.cancelled"), QStringLiteral("boolean")},
        {QStringLiteral("tournaments.finalized_at"), QStringLiteral("timestamp with time zone")},
        {QStringLiteral("entries.tournament_id"), QStringLiteral("uuid")},
        {QStringLiteral("entries.fish"), QStringLiteral("integer")},
        {QStringLiteral("entries.net_weight"), QStringLiteral("numeric")},
        {QStringLiteral("entries.buy_in"), QStringLiteral("boolean")},
        {QStringLiteral("entries.place"), QStringLiteral("integer")},
        {QStringLiteral("entries.points"), QStringLiteral("integer")},
        {QStringLiteral("boats.weight"), QStringLiteral("numeric")},
        {QStringLiteral("boats.place"), QStringLiteral("integer")},
        {QStringLiteral("standings.season"), QStringLiteral("integer")},
        {QStringLiteral("standings.rank"), QStringLiteral("integer")},
        {QStringLiteral("standings.points"), QStringLiteral("integer")},
        {QStringLiteral("standings.net_weight"), QStringLiteral("numeric")}};
    for (const auto &[column, type] : expected)
        QVERIFY2(types.value(column) == type,
                 qPrintable(column + QStringLiteral(": ") + types.value(column)));

    // The values arrive typed through the driver too.
    QSqlQuery t = read(QStringLiteral("SELECT event_date, start_time, entry_fee, completed "
                                      "FROM club.tournaments ORDER BY event_date LIMIT 1"));
    QVERIFY(t.next());
    QCOMPARE(t.value(0).toDate(), QDate(2025, 1, 26));
    QCOMPARE(t.value(1).toTime(), QTime(6, 30));
    QCOMPARE(t.value(2).toDouble(), 25.0);
    QCOMPARE(t.value(3).toBool(), true);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM club.tournaments")), 20);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM club.tournaments WHERE lake IS NULL")), 0);
}

void TestServerViews::entriesAndBoatsAsTheAppScoresThem()
{
    // Every entry and every boat of the club, read once.
    QHash<QString, QList<QVariant>> entries; // tournament/angler -> place, points, net, status
    QSqlQuery q = read(QStringLiteral("SELECT tournament_id::text || '/' || angler_id::text, place, "
                                      "points, net_weight, status FROM club.entries"));
    while (q.next())
        entries.insert(q.value(0).toString(), {q.value(1), q.value(2), q.value(3), q.value(4)});
    QHash<QString, QList<QVariant>> boats; // tournament/boat (or solo:angler) -> place, weight, fish
    QSqlQuery bq = read(QStringLiteral(
        "SELECT tournament_id::text || '/' || coalesce(id::text, 'solo:' || boater_id::text), "
        "place, weight, fish FROM club.boats"));
    while (bq.next())
        boats.insert(bq.value(0).toString(), {bq.value(1), bq.value(2), bq.value(3)});
    int compared = 0;
    int boatsCompared = 0;
    for (int season : {2025, 2026}) {
        auto view = SeasonViewLoader::load(*m_store, season);
        QVERIFY2(view.ok(), qPrintable(view.ok() ? QString() : view.error()));
        for (const ScoredTournament &t : view->tournaments) {
            for (const ScoredEntry &e : t.result.entries) {
                const QList<QVariant> r = entries.value(t.id + u'/' + e.anglerId);
                const QString where = t.name + QStringLiteral(" ") + e.anglerName;
                QVERIFY2(!r.isEmpty(), qPrintable(where));
                QVERIFY2(r.at(0).isNull() == (e.place == 0), qPrintable(where));
                QVERIFY2(r.at(0).toInt() == e.place, qPrintable(where));
                QVERIFY2(r.at(1).toInt() == e.points, qPrintable(where));
                if (e.status != EntryStatus::BuyIn)
                    QVERIFY2(qRound(r.at(2).toDouble() * 100) == e.net.hundredths(),
                             qPrintable(where + QStringLiteral(" ") + r.at(2).toString()));
                QVERIFY2(r.at(3).toString() ==
                             (e.statusText().isEmpty() ? QStringLiteral("fished") : e.statusText()),
                         qPrintable(where + r.at(3).toString()));
                ++compared;
            }
            for (const BoatResult &b : t.boats) {
                const QList<QVariant> r = boats.value(t.id + u'/' + b.boatId);
                const QString where = t.name + QStringLiteral(" ") + b.anglerNames.join(u'&');
                QVERIFY2(!r.isEmpty(), qPrintable(where));
                QVERIFY2(r.at(0).toInt() == b.place, qPrintable(where));
                QVERIFY2(qRound(r.at(1).toDouble() * 100) == b.weight.hundredths(),
                         qPrintable(where));
                QVERIFY2(r.at(2).toInt() == b.fish, qPrintable(where));
                ++boatsCompared;
            }
        }
    }
    QCOMPARE(compared, entries.size());
    QVERIFY(compared > 300);
    QVERIFY(boatsCompared > 200);
    // Points, zeros, buy-ins and the late DQ of the demo all came through.
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM club.entries WHERE status = 'dq'")) > 0);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM club.entries WHERE status = 'buy-in'")) > 0);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM club.entries WHERE status = 'zero'")) > 0);
}

void TestServerViews::standingsAsTheAppRanksThem()
{
    for (int season : {2025, 2026}) {
        auto view = SeasonViewLoader::load(*m_store, season);
        QVERIFY2(view.ok(), qPrintable(view.ok() ? QString() : view.error()));
        QSqlQuery q = read(QStringLiteral("SELECT angler_id::text, rank, points, total_points, "
                                          "events, net_weight, angler_name FROM club.standings "
                                          "WHERE season = %1 ORDER BY rank NULLS LAST, angler_name")
                               .arg(season));
        QHash<QString, QList<QVariant>> rows;
        while (q.next())
            rows.insert(q.value(0).toString(), {q.value(1), q.value(2), q.value(3), q.value(4),
                                                q.value(5), q.value(6)});
        QCOMPARE(rows.size(), view->standings.rows.size());
        QVERIFY(rows.size() > 20);
        for (const StandingRow &r : view->standings.rows) {
            const QList<QVariant> s = rows.value(r.anglerId);
            QVERIFY2(!s.isEmpty(), qPrintable(r.anglerName));
            QVERIFY2(s.at(0).toInt() == r.rank, qPrintable(r.anglerName));
            QVERIFY2(s.at(1).toInt() == r.points, qPrintable(r.anglerName));
            QVERIFY2(s.at(2).toInt() == r.totalPoints, qPrintable(r.anglerName));
            QVERIFY2(s.at(3).toInt() == r.events, qPrintable(r.anglerName));
            QVERIFY2(qRound(s.at(4).toDouble() * 100) == r.netWeight.hundredths(),
                     qPrintable(r.anglerName + QStringLiteral(" ") + s.at(4).toString()));
            QCOMPARE(s.at(5).toString(), r.anglerName);
        }
    }
}

void TestServerViews::noContactData()
{
    const int leaks = count(QStringLiteral(
        "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'club' AND "
        "(column_name ~ '(mail|phone|note|dues|paid|amount|ledger)')"));
    QCOMPARE(leaks, 0);
    // No value of any view holds an address or a phone number of the demo club.
    for (const QString &v : {QStringLiteral("anglers"), QStringLiteral("memberships"),
                             QStringLiteral("tournaments"), QStringLiteral("entries"),
                             QStringLiteral("boats"), QStringLiteral("standings")}) {
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM club.%1").arg(v)) > 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM club.%1 x WHERE x::text ~ '@' OR "
                                      "x::text ~ '\\(\\d{3}\\) \\d{3}-\\d{4}'")
                           .arg(v)),
                 0);
    }
    QSqlQuery q(m_conn->database());
    QVERIFY(!q.exec(QStringLiteral("SELECT email FROM club.anglers")));
}

void TestServerViews::readerReadsOnlyTheViews()
{
    QSqlQuery q(m_conn->database());
    const QStringList refused = {
        QStringLiteral("SELECT count(*) FROM sabc.rows"),
        QStringLiteral("SELECT * FROM sabc.meta"),
        QStringLiteral("SELECT * FROM sabc.applied_ops"),
        QStringLiteral("SELECT * FROM club.scored_entries"),
        QStringLiteral("SELECT * FROM club.tournament_rules"),
        QStringLiteral("INSERT INTO sabc.rows (tbl, id, data, modified, origin) VALUES "
                       "('lakes', '%1', '{}', 1, 'x')")
            .arg(Store::newId()),
        QStringLiteral("UPDATE sabc.rows SET deleted = true"),
        QStringLiteral("DELETE FROM sabc.rows"),
        QStringLiteral("UPDATE club.anglers SET full_name = 'x'"),
        QStringLiteral("DELETE FROM club.entries"),
        QStringLiteral("INSERT INTO club.tournaments (name) VALUES ('x')"),
        QStringLiteral("CREATE TABLE public.mine (x int)"),
        QStringLiteral("CREATE TABLE club.mine (x int)"),
        QStringLiteral("CREATE VIEW club.mine AS SELECT 1"),
        QStringLiteral("SELECT sabc.add_user('x', 'admin', 'SCRAM-SHA-256$x')"),
        QStringLiteral("SELECT * FROM sabc.logins()")};
    for (const QString &sql : refused) {
        QVERIFY2(!q.exec(sql), qPrintable(sql));
        // Refused for want of the right, or (a view) as not writable at all.
        const QString code = q.lastError().nativeErrorCode();
        QVERIFY2(code == QLatin1String("42501") ||
                     (code == QLatin1String("55000") && sql.contains(QLatin1String(" club."))),
                 qPrintable(sql + QStringLiteral(": ") + q.lastError().nativeErrorCode() +
                            QStringLiteral(" ") + q.lastError().text()));
    }
    // Nothing changed.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM club.tournaments")), 20);
    // The reader is the club's (add-user knows it again) and holds nothing else.
    auto admin = PgTest::open(m_admin);
    QVERIFY(admin.ok());
    auto logins = ServerSchema::logins(*admin.value());
    QVERIFY(logins.ok());
    bool found = false;
    for (const ServerSchema::Login &l : logins.value())
        if (l.name == m_reader.user)
            found = l.role == QLatin1String("reader");
    QVERIFY(found);
    auto again = ServerSchema::addUser(*admin.value(), m_reader.user, QStringLiteral("admin"),
                                       QStringLiteral("x"));
    QVERIFY(!again.ok()); // a login keeps its role
}

void TestServerViews::deletedRowsAreLeftOut()
{
    // On the laptop: a tournament and an entry of another deleted; synced.
    QSqlQuery local(m_store->database());
    QVERIFY(local.exec(QStringLiteral(
        "SELECT t.id FROM tournaments t WHERE t.deleted = 0 AND NOT EXISTS (SELECT 1 FROM entries "
        "e WHERE e.tournament_id = t.id AND e.deleted = 0) ORDER BY t.event_date DESC LIMIT 1")));
    QVERIFY(local.next());
    const QString tournament = local.value(0).toString();
    QVERIFY(local.exec(QStringLiteral("SELECT id, tournament_id FROM entries WHERE deleted = 0 "
                                      "AND tournament_id <> '%1' LIMIT 1")
                           .arg(tournament)));
    QVERIFY(local.next());
    const QString entry = local.value(0).toString();
    const QString entryTournament = local.value(1).toString();
    local.finish();
    const int entriesBefore = count(
        QStringLiteral("SELECT count(*) FROM club.entries WHERE tournament_id = '%1'").arg(entryTournament));
    QVERIFY(entriesBefore > 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM club.tournaments WHERE id = '%1'").arg(tournament)), 1);
    QVERIFY(local.exec(QStringLiteral("SELECT id FROM boats WHERE deleted = 0 LIMIT 1")));
    QVERIFY(local.next());
    const QString boat = local.value(0).toString();
    local.finish();
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM club.boats WHERE id = '%1'").arg(boat)), 1);
    QVERIFY(m_store->remove(QStringLiteral("entries"), entry).ok());
    QVERIFY(m_store->remove(QStringLiteral("boats"), boat).ok());
    auto removed = TournamentStore(*m_store).removeTournament(tournament);
    QVERIFY2(removed.ok(), qPrintable(removed.ok() ? QString() : removed.error()));
    const Status synced = sync();
    QVERIFY2(synced.ok(), qPrintable(synced.ok() ? QString() : synced.error()));

    // The server keeps them as tombstones; the views leave them out.
    auto admin = PgTest::open(m_admin);
    QVERIFY(admin.ok());
    QSqlQuery raw(admin.value()->database());
    QVERIFY(raw.exec(QStringLiteral("SELECT count(*) FROM sabc.rows WHERE deleted AND id IN ('%1', '%2', '%3')")
                         .arg(entry, tournament, boat)));
    QVERIFY(raw.next());
    QCOMPARE(raw.value(0).toInt(), 3);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM club.boats WHERE id = '%1'").arg(boat)), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM club.tournaments")), 19);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM club.tournaments WHERE id = '%1'").arg(tournament)), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM club.entries WHERE id = '%1'").arg(entry)), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM club.entries WHERE tournament_id = '%1'")
                       .arg(tournament)),
             0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM club.boats WHERE tournament_id = '%1'")
                       .arg(tournament)),
             0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM club.entries WHERE tournament_id = '%1'")
                       .arg(entryTournament)),
             entriesBefore - 1);
    // The standings still agree with the app's.
    standingsAsTheAppRanksThem();
}

QTEST_GUILESS_MAIN(TestServerViews)
#include "tst_server_views.moc"
