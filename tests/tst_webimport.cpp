// The import from the club's former web app: a web database built from webapp-schema.sql on the
// test harness's PostgreSQL server, with the traps of ../shared/WEBAPP.md, imported into a club
// file; the counts, each mapping rule, a season's Angler-of-the-Year standings against standings
// computed by hand, the re-import changing nothing, a later run bringing only what is new, and a
// failure midway leaving the file as it was. Also `sabc import web` as a real process.
#include "roster/anglerstore.h"
#include "store/query.h"
#include "calendar/calendarstore.h"
#include "store/store.h"
#include "sync/testing/pgtestdb.h"
#include "sync/webimport/webreader.h"
#include "tournaments/lakestore.h"
#include "tournaments/rulesetstore.h"
#include "tournaments/seasonview.h"
#include "tournaments/tournamentstore.h"
#include "webimport/webimporter.h"
#include "webimport/webimportstore.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

class TestWebImport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void helpers();
    void importsTheWebAppsHistory();
    void seasonStandingsMatchHandComputed();
    void reimportChangesNothingAndALaterRunBringsWhatIsNew();
    void dryRunWritesNothing();
    void failureMidwayLeavesTheFileUntouched();
    void commandLine();

private:
    Status web(const QString &sql);
    std::unique_ptr<Store> openStore(const QString &name);
    web::Snapshot snapshot();
    QString dump(Store &store);
    QString anglerId(Store &store, const QString &name);
    EntryRecord entryOf(Store &store, const QString &tournamentId, const QString &name);

    QTemporaryDir m_dir;
    ServerUrl m_url;
    std::unique_ptr<ServerConnection> m_web;
    std::unique_ptr<Store> m_store;
    WebImportSummary m_first;
};

Status TestWebImport::web(const QString &sql)
{
    return m_web->command(sql, QStringLiteral("fill the web database"));
}

std::unique_ptr<Store> TestWebImport::openStore(const QString &name)
{
    auto s = Store::open(m_dir.filePath(name));
    if (!s)
        qFatal("%s", qPrintable(s.error()));
    return std::move(s.value());
}

web::Snapshot TestWebImport::snapshot()
{
    auto snap = WebReader::read(m_url, QString());
    if (!snap)
        qFatal("%s", qPrintable(snap.error()));
    web::Snapshot s = snap.value();
    s.currentSeason = 2026; // the test's "today" is in 2026, whatever the machine's date
    return s;
}

// Every row of every table of the club file, as text: equal dumps mean an unchanged file.
QString TestWebImport::dump(Store &store)
{
    QString out;
    QSqlQuery tables(store.database());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &t : names) {
        QSqlQuery q(store.database());
        q.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1, 2").arg(t));
        out += t + u'\n';
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values << q.value(i).toString();
            out += values.join(u'|') + u'\n';
        }
    }
    return out;
}

QString TestWebImport::anglerId(Store &store, const QString &name)
{
    Query q(store.database(), QStringLiteral("SELECT id FROM anglers WHERE full_name = ?"));
    if (!q.bind(name).exec(QStringLiteral("find an angler")) || !q.next())
        return QString();
    return q.value("id").toString();
}

EntryRecord TestWebImport::entryOf(Store &store, const QString &tournamentId, const QString &name)
{
    TournamentStore ts(store);
    const QString id = anglerId(store, name);
    const QList<EntryRecord> entries = ts.entries(tournamentId).value();
    for (const EntryRecord &e : entries)
        if (e.anglerId == id)
            return e;
    return EntryRecord();
}

void TestWebImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto url = PgTest::createDatabase(QStringLiteral("webapp"));
    QVERIFY2(url.ok(), qPrintable(url.ok() ? QString() : url.error()));
    m_url = url.value();
    auto conn = ServerConnection::open(m_url, QString());
    QVERIFY2(conn.ok(), qPrintable(conn.ok() ? QString() : conn.error()));
    m_web = std::move(conn.value());

    QFile schema(QStringLiteral(SABC_TEST_DATA_DIR "/webapp/webapp-schema.sql"));
    QVERIFY(schema.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(schema.readAll());
    QStringList lines;
    for (const QString &line : text.split(u'\n'))
        lines << line.section(QStringLiteral("--"), 0, 0);
    for (const QString &statement : lines.join(u'\n').split(u';'))
        if (!statement.trimmed().isEmpty())
            QVERIFY2(web(statement), qPrintable(statement));

    // The web app's data, with its traps.
    const char *const rows[] = {
        // People: the setup account; two addresses differing only in case; placeholders; a
        // phone in another shape; dues dates; a partner who only ever fished a team tournament.
        "INSERT INTO anglers (id, name, email, member, is_admin, year_joined, phone, "
        "dues_paid_through) VALUES "
        "(1, 'Admin User', 'admin@sabc.com', true, true, NULL, NULL, NULL), "
        "(2, 'Alice Adams', 'alice@example.com', true, false, 2019, '(512) 555-0101', '2026-12-31'), "
        "(3, 'Bob Brown', 'BOB@Example.com', true, false, 2021, '(512) 555-0102', NULL), "
        "(4, 'Carl Cole', 'bob@example.com', true, false, 2022, NULL, '2025-12-31'), "
        "(5, 'Dan Dunn', 'dan.dunn@sabc.com', false, false, NULL, NULL, NULL), "
        "(6, 'Eve Evans', 'eve.evans@saustinbc.com', true, false, 2020, '512.555.0199', '2025-12-31'), "
        "(7, 'Fay Fox', NULL, true, false, 2018, NULL, '2025-12-31'), "
        "(8, 'Gus Gray', 'gus@example.com', true, false, 2026, NULL, '2026-12-31')",
        // Their e-mail choices (#16): Gus takes no e-mail, Bob no news.
        "UPDATE anglers SET email_opt_in = false WHERE id = 8",
        "UPDATE anglers SET notify_news = false WHERE id = 3",
        "INSERT INTO officer_positions (id, angler_id, position, year) VALUES "
        "(1, 2, 'President/Secretary', 2025), (2, 3, 'Treasurer', 2025), "
        "(3, 4, 'Weighmaster', 2025), (4, 7, 'Assistant Weighmaster', 2025), "
        "(5, 1, 'Treasurer', 2024)",
        "INSERT INTO lakes (id, yaml_key, display_name, google_maps_iframe) VALUES "
        "(1, 'travis', 'Lake Travis', '<iframe src=''https://www.google.com/maps/embed?pb=travis'' "
        "width=''600''></iframe>'), "
        "(2, 'sommerville', 'Lake Sommerville', NULL), "
        "(3, 'mystery_pond', 'Mystery Pond', NULL)",
        "INSERT INTO ramps (id, lake_id, name) VALUES (1, 1, 'mansfield dam'), "
        "(2, 2, 'nails creek boat ramp'), (3, 3, 'north shore ramp')",
        "INSERT INTO events (id, date, year, name, event_type, start_time, weigh_in_time, "
        "lake_name, entry_fee, is_cancelled) VALUES "
        "(1, '2025-01-26', 2025, 'January Travis', 'sabc_tournament', '06:30', '15:00', "
        "'Lake Travis', 25, false), "
        "(2, '2025-02-23', 2025, 'February Sommerville', 'sabc_tournament', '07:00', '15:00', "
        "'Lake Sommerville', 25, false), "
        "(3, '2025-03-23', 2025, 'March Mystery', 'sabc_tournament', NULL, NULL, 'Mystery Pond', "
        "25, false), "
        "(4, '2025-07-04', 2025, 'Independence Day', 'holiday', NULL, NULL, NULL, NULL, false), "
        "(5, '2025-05-10', 2025, 'Another Club Open', 'other_tournament', NULL, NULL, NULL, NULL, "
        "false), "
        "(6, '2025-12-05', 2025, 'Banquet', 'club_event', NULL, NULL, NULL, NULL, false), "
        "(9, '2025-04-08', 2025, 'Monthly Meeting', 'club_event', '19:00', '20:30', NULL, NULL, "
        "true), "
        "(10, '2025-06-14', 2025, 'Travis Open', 'other_tournament', '06:00', '15:00', "
        "'Lake Travis', NULL, false), "
        "(7, '2026-01-25', 2026, 'January 2026', 'sabc_tournament', '06:30', '15:00', "
        "'Lake Travis', 50, false), "
        "(8, '2026-12-20', 2026, 'December 2026', 'sabc_tournament', '07:00', '15:00', "
        "'Lake Travis', 50, false)",
        // aoy_points NULL reads as true (individual); false is the team format.
        "INSERT INTO tournaments (id, event_id, name, lake_id, ramp_id, lake_name, ramp_name, "
        "start_time, end_time, fish_limit, entry_fee, is_paper, complete, limit_type, aoy_points) "
        "VALUES "
        "(1, 1, 'January Travis', 1, 1, 'Lake Travis', 'mansfield dam', '06:30', '15:00', 5, 25, "
        "false, true, 'angler', NULL), "
        "(2, 2, 'February Sommerville', 2, 2, 'Lake Sommerville', 'nails creek boat ramp', '07:00', "
        "'15:00', 5, 25, true, true, 'angler', true), "
        "(3, 3, 'March Mystery', 3, 3, 'Mystery Pond', 'north shore ramp', NULL, NULL, 5, 25, false, "
        "false, 'angler', true), "
        "(4, 7, 'January 2026', 1, 1, 'Lake Travis', 'mansfield dam', '06:30', '15:00', 5, 50, "
        "false, true, 'boat', false)",
        // Weights in every scale; a dead-fish penalty already taken off the net; a buy-in, a
        // DQ, a guest; the setup account's result; two rows for Bob (the later one counts).
        "INSERT INTO results (id, tournament_id, angler_id, num_fish, total_weight, "
        "big_bass_weight, dead_fish_penalty, disqualified, buy_in, was_member) VALUES "
        "(1, 1, 2, 5, 12.5, 4.25, 0.25, false, false, true), "
        "(2, 1, 3, 5, 10.00, 3, 0, false, false, true), "
        "(3, 1, 4, 3, 8, 3.1, 0, false, false, true), "
        "(4, 1, 5, 4, 9.10, 3.5, 0, false, false, false), "
        "(5, 1, 6, 0, 0, 0, 0, false, true, true), "
        "(6, 1, 7, 2, 3.5, 2, 0, true, false, true), "
        "(7, 1, 1, 5, 20, 5, 0, false, false, true), "
        "(8, 1, 3, 5, 11.00, 3, 0, false, false, true), "
        "(9, 2, 2, 3, 6.75, 2.75, 0, false, false, true), "
        "(10, 2, 3, 2, 4.5, 2.5, 0, false, false, true), "
        "(11, 2, 5, 1, 2, 2, 0, false, false, false)",
        // Boats: a pair, a solo boat; in the team tournament (no individual rows) a pair, a
        // solo boat and a boat with the setup account aboard.
        "INSERT INTO team_results (id, tournament_id, angler1_id, angler2_id, num_fish, "
        "total_weight, big_bass_weight) VALUES "
        "(1, 1, 2, 3, 10, 23.50, 4.25), (2, 1, 4, NULL, 3, 8, 3.1), "
        "(3, 4, 2, 8, 8, 18.4, 5.10), (4, 4, 3, NULL, 3, 6.00, 2.5), "
        "(5, 4, 1, 4, 2, 4, 2)",
    };
    for (const char *sql : rows)
        QVERIFY2(web(QString::fromLatin1(sql)), sql);
    // Keep the serials past the fixed ids for rows added later.
    for (const char *t : {"anglers", "results"})
        QVERIFY(web(QStringLiteral("SELECT setval('%1_id_seq', 100)").arg(QLatin1String(t))));

    m_store = openStore(QStringLiteral("club.sqlite"));
    WebImporter importer(*m_store);
    QList<int> progress;
    importer.setProgress([&progress](int done, int total) {
        progress << done;
        QVERIFY(done <= total);
    });
    auto summary = importer.run(snapshot(), false);
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error()));
    m_first = summary.value();
    QVERIFY(!progress.isEmpty());
    QVERIFY(m_store->hasClub());
}

void TestWebImport::helpers()
{
    QVERIFY(WebImporter::isPlaceholderEmail(QStringLiteral("first.last2@sabc.com")));
    QVERIFY(WebImporter::isPlaceholderEmail(QStringLiteral("X.Y@SAustinBC.com")));
    QVERIFY(!WebImporter::isPlaceholderEmail(QStringLiteral("someone@sabc.community.org")));
    QCOMPARE(WebImporter::mapAddress(
                 QStringLiteral("<iframe src='https://maps.example/embed?pb=1' width='600'>")),
             QStringLiteral("https://maps.example/embed?pb=1"));
    QCOMPARE(WebImporter::mapAddress(QStringLiteral("<iframe src=\"https://m.example/x\">")),
             QStringLiteral("https://m.example/x"));
    QCOMPARE(WebImporter::titleCase(QStringLiteral("nails creek  boat ramp")),
             QStringLiteral("Nails Creek Boat Ramp"));
    QCOMPARE(WebImporter::post(QStringLiteral("President/Secretary")), QStringLiteral("president"));
    QCOMPARE(WebImporter::post(QStringLiteral("Assistant Weighmaster")),
             QStringLiteral("assistant_weighmaster"));
    QCOMPARE(WebImporter::post(QStringLiteral("Webmaster")), QString());
}

void TestWebImport::importsTheWebAppsHistory()
{
    Store &store = *m_store;
    const WebImportSummary &s = m_first;
    // Counts per kind.
    QCOMPARE(s.people, 7);       // everyone but Admin User
    QCOMPARE(s.memberships, 7);  // 2025: Alice, Bob, Carl, Eve, Fay (was_member); 2026: Alice, Gus
    QCOMPARE(s.officers, 4);
    QCOMPARE(s.lakesMatched, 2); // travis by key, sommerville is our somerville
    QCOMPARE(s.lakes, 1);        // Mystery Pond
    QCOMPARE(s.rampsMatched, 2);
    QCOMPARE(s.ramps, 1);
    QCOMPARE(s.events, 1);       // December 2026, scheduled, no tournament row yet
    QCOMPARE(s.tournaments, 4);
    QCOMPARE(s.finalized, 3);
    QCOMPARE(s.entries, 13);     // 6 + 3 + 0 + 4 (the team tournament's anglers from its boats)
    QCOMPARE(s.boats, 4);
    // A new club file has its current season's bylaws rules already (2026, team at $50 a
    // boat); only 2025's come in.
    QCOMPARE(s.rulesets, 1);
    auto reason = [&s](const QString &start) {
        for (const auto &l : s.leftOut)
            if (l.first.startsWith(start))
                return l.second;
        return 0;
    };
    QCOMPARE(reason(QStringLiteral("Admin User")), 1);
    QCOMPARE(reason(QStringLiteral("results of Admin User")), 1);
    QCOMPARE(reason(QStringLiteral("boats with Admin User")), 1);
    QCOMPARE(reason(QStringLiteral("officer terms held by Admin User")), 1);
    QCOMPARE(reason(QStringLiteral("placeholder e-mail")), 2);
    // The calendar comes in (it was left out before the app had one).
    QCOMPARE(s.calendarEvents, 5);
    QCOMPARE(reason(QStringLiteral("holidays")), 0);
    QCOMPARE(reason(QStringLiteral("other clubs' tournaments")), 0);
    QCOMPARE(reason(QStringLiteral("club events")), 0);
    QCOMPARE(reason(QStringLiteral("calendar events")), 0);
    // Lake Travis's iframe src is its map link (the only lake with one in the web app).
    QCOMPARE(s.lakeMaps, 1);
    QCOMPARE(reason(QStringLiteral("result rows for an angler already")), 1);
    const QString text = s.text();
    QVERIFY2(text.contains(QStringLiteral("Carl Cole and Bob Brown have e-mail addresses that "
                                          "differ only in case")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Bob Brown has two results in January Travis")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Mystery Pond")));

    // People.
    AnglerStore anglers(&store);
    QVERIFY(anglerId(store, QStringLiteral("Admin User")).isEmpty());
    const Angler alice = anglers.angler(anglerId(store, QStringLiteral("Alice Adams"))).value();
    QCOMPARE(alice.email, QStringLiteral("alice@example.com"));
    QCOMPARE(alice.memberSince, 2019);
    QCOMPARE(alice.duesPaidThrough, 2026);
    QCOMPARE(alice.phone, QStringLiteral("(512) 555-0101"));
    const Angler bob = anglers.angler(anglerId(store, QStringLiteral("Bob Brown"))).value();
    QCOMPARE(bob.email, QStringLiteral("BOB@Example.com")); // the older record keeps it
    QCOMPARE(bob.duesPaidThrough, 0);
    // The web app's e-mail choices come along; everyone else stays opted in.
    QVERIFY(alice.emailOptIn && alice.mailResults && alice.mailNews);
    QVERIFY(bob.emailOptIn && bob.mailResults && !bob.mailNews);
    QVERIFY(!anglers.angler(anglerId(store, QStringLiteral("Gus Gray"))).value().emailOptIn);
    const Angler carl = anglers.angler(anglerId(store, QStringLiteral("Carl Cole"))).value();
    QVERIFY(carl.email.isEmpty());
    QVERIFY(anglers.angler(anglerId(store, QStringLiteral("Dan Dunn"))).value().email.isEmpty());
    const Angler eve = anglers.angler(anglerId(store, QStringLiteral("Eve Evans"))).value();
    QVERIFY(eve.email.isEmpty());
    QCOMPARE(eve.phone, QStringLiteral("(512) 555-0199"));

    // Memberships: per season from was_member; the current season from member + dues.
    auto member = [&](const QString &name, int season) {
        return anglers.isMember(anglerId(store, name), season).value();
    };
    QVERIFY(member(QStringLiteral("Alice Adams"), 2025));
    QVERIFY(member(QStringLiteral("Eve Evans"), 2025));  // a buy-in member
    QVERIFY(member(QStringLiteral("Fay Fox"), 2025));    // a disqualified member
    QVERIFY(!member(QStringLiteral("Dan Dunn"), 2025));  // a guest
    QVERIFY(member(QStringLiteral("Alice Adams"), 2026));
    QVERIFY(member(QStringLiteral("Gus Gray"), 2026));
    QVERIFY(!member(QStringLiteral("Bob Brown"), 2026)); // member flag, but dues never paid
    QVERIFY(!member(QStringLiteral("Fay Fox"), 2026));   // paid through 2025 only

    // Officers.
    const auto officers = anglers.officers(2025).value();
    QCOMPARE(officers.value(QStringLiteral("president")), alice.id);
    QCOMPARE(officers.value(QStringLiteral("treasurer")), bob.id);
    QCOMPARE(officers.value(QStringLiteral("weighmaster")), carl.id);
    QCOMPARE(officers.value(QStringLiteral("assistant_weighmaster")),
             anglerId(store, QStringLiteral("Fay Fox")));
    QVERIFY(anglers.officers(2024).value().isEmpty());

    // Lakes and ramps.
    LakeStore lakes(store);
    QString travis, somerville, mystery;
    const QList<LakeRecord> lakeList = lakes.lakes().value();
    for (const LakeRecord &l : lakeList) {
        if (l.key == QLatin1String("travis"))
            travis = l.id;
        if (l.key == QLatin1String("somerville"))
            somerville = l.id;
        if (l.name == QLatin1String("Mystery Pond"))
            mystery = l.id;
    }
    QVERIFY(!travis.isEmpty() && !somerville.isEmpty() && !mystery.isEmpty());
    QCOMPARE(lakes.lakes().value().size(), 17); // the 16 of a new club and Mystery Pond
    QCOMPARE(lakes.ramps(mystery).value().size(), 1);
    QCOMPARE(lakes.ramps(mystery).value().first().name, QStringLiteral("North Shore Ramp"));
    WebImportStore provenance(store);
    QCOMPARE(provenance.detail(QStringLiteral("lake"), QStringLiteral("1")).value(),
             QStringLiteral("https://www.google.com/maps/embed?pb=travis"));
    // #14: the lake's map address (the src of the web app's stored iframe) is its map link.
    QCOMPARE(lakes.lake(travis).value()->mapUrl,
             QStringLiteral("https://www.google.com/maps/embed?pb=travis"));
    QVERIFY(lakes.lake(somerville).value()->mapUrl.isEmpty()); // no iframe in the web app
    QVERIFY(lakes.lake(mystery).value()->mapUrl.isEmpty());

    // #18: the web app's calendar besides its tournaments.
    {
        const QList<CalendarEvent> cal = CalendarStore(store).season(2025).value();
        QCOMPARE(cal.size(), 5);
        QHash<QString, CalendarEvent> byName;
        for (const CalendarEvent &e : cal)
            byName.insert(e.name, e);
        QCOMPARE(byName.value(QStringLiteral("Independence Day")).kind, EventKind::Holiday);
        QCOMPARE(byName.value(QStringLiteral("Independence Day")).date, QDate(2025, 7, 4));
        QVERIFY(!byName.value(QStringLiteral("Independence Day")).startTime.isValid());
        QCOMPARE(byName.value(QStringLiteral("Another Club Open")).kind, EventKind::OtherTournament);
        QCOMPARE(byName.value(QStringLiteral("Banquet")).kind, EventKind::Banquet);
        const CalendarEvent meeting = byName.value(QStringLiteral("Monthly Meeting"));
        QCOMPARE(meeting.kind, EventKind::Meeting);
        QVERIFY(meeting.cancelled); // kept, as cancelled
        QCOMPARE(meeting.startTime, QTime(19, 0));
        QCOMPARE(meeting.endTime, QTime(20, 30));
        const CalendarEvent open = byName.value(QStringLiteral("Travis Open"));
        QCOMPARE(open.kind, EventKind::OtherTournament);
        QCOMPARE(open.lakeId, travis); // matched by the lake's name
        // No SABC tournament became a calendar event.
        QVERIFY(!byName.contains(QStringLiteral("January Travis")));
    }

    // Tournaments.
    TournamentStore ts(store);
    const QList<TournamentRecord> season2025 = ts.tournaments(2025).value();
    QCOMPARE(season2025.size(), 3);
    const TournamentRecord jan = season2025.at(0);
    QCOMPARE(jan.name, QStringLiteral("January Travis"));
    QCOMPARE(jan.date, QDate(2025, 1, 26));
    QCOMPARE(jan.format, TournamentFormat::Individual); // aoy_points NULL
    QCOMPARE(jan.lakeId, travis);
    QCOMPARE(jan.rampName, QStringLiteral("Mansfield Dam"));
    QCOMPARE(jan.startTime, QTime(6, 30));
    QCOMPARE(jan.weighInTime, QTime(15, 0));
    QCOMPARE(jan.entryFee, Money::fromDollars(25));
    QCOMPARE(jan.feeUnit, FeeBasis::PerAngler);
    QVERIFY(jan.completed);
    QCOMPARE(jan.finalizedBy, QStringLiteral("web import"));
    const TournamentRecord feb = season2025.at(1);
    QVERIFY(feb.paper);
    QCOMPARE(feb.lakeId, somerville);
    const TournamentRecord mar = season2025.at(2);
    QVERIFY(!mar.completed); // not complete on the web: not finalized
    QCOMPARE(mar.lakeId, mystery);
    const QList<TournamentRecord> season2026 = ts.tournaments(2026).value();
    QCOMPARE(season2026.size(), 2);
    const TournamentRecord team = season2026.at(0);
    QCOMPARE(team.format, TournamentFormat::Team); // aoy_points false
    QCOMPARE(team.entryFee, Money::fromDollars(50));
    QCOMPARE(team.feeUnit, FeeBasis::PerBoat);
    QVERIFY(team.completed);
    const TournamentRecord december = season2026.at(1);
    QCOMPARE(december.name, QStringLiteral("December 2026"));
    QVERIFY(!december.completed);
    QCOMPARE(december.lakeId, travis);

    // Season rules: 2025 individual at $25 an angler, 2026 team at $50 a boat.
    RulesetStore rules(store);
    const Ruleset r2025 = rules.forSeason(2025).value();
    QCOMPARE(r2025.format, TournamentFormat::Individual);
    QCOMPARE(r2025.fee, Money::fromDollars(25));
    QCOMPARE(r2025.feeBasis, FeeBasis::PerAngler);
    const Ruleset r2026 = rules.forSeason(2026).value();
    QCOMPARE(r2026.format, TournamentFormat::Team);
    QCOMPARE(r2026.fee, Money::fromDollars(50));
    QCOMPARE(r2026.feeBasis, FeeBasis::PerBoat);

    // Entries: gross = net + penalty, dead = penalty / 0.25, every scale exact.
    const EntryRecord a = entryOf(store, jan.id, QStringLiteral("Alice Adams"));
    QCOMPARE(a.gross.hundredths(), 1275);
    QCOMPARE(a.dead, 1);
    QCOMPARE(a.bigBass.hundredths(), 425);
    QVERIFY(a.wasMember);
    QCOMPARE(entryOf(store, jan.id, QStringLiteral("Bob Brown")).gross.hundredths(), 1100);
    QCOMPARE(entryOf(store, jan.id, QStringLiteral("Carl Cole")).gross.hundredths(), 800);
    const EntryRecord dan = entryOf(store, jan.id, QStringLiteral("Dan Dunn"));
    QCOMPARE(dan.gross.hundredths(), 910);
    QVERIFY(!dan.wasMember); // each entry keeps its own was_member
    QVERIFY(entryOf(store, jan.id, QStringLiteral("Eve Evans")).buyIn);
    QVERIFY(entryOf(store, jan.id, QStringLiteral("Fay Fox")).dq);
    QCOMPARE(ts.entries(jan.id).value().size(), 6);
    // The team tournament's anglers as the web app's views give them.
    const EntryRecord boater = entryOf(store, team.id, QStringLiteral("Alice Adams"));
    QCOMPARE(boater.fish, 8);
    QCOMPARE(boater.gross.hundredths(), 1840);
    const EntryRecord partner = entryOf(store, team.id, QStringLiteral("Gus Gray"));
    QVERIFY(!partner.id.isEmpty());
    QCOMPARE(partner.fish, 0);
    QCOMPARE(partner.gross.hundredths(), 0);
    QCOMPARE(ts.entries(team.id).value().size(), 4);

    // Boats, solo boats included.
    const QList<BoatRecord> janBoats = ts.boats(jan.id).value();
    QCOMPARE(janBoats.size(), 2);
    const QList<BoatRecord> teamBoats = ts.boats(team.id).value();
    QCOMPARE(teamBoats.size(), 2);
    bool pair = false, solo = false;
    for (const BoatRecord &b : teamBoats) {
        if (b.boaterId == alice.id) {
            pair = b.partnerId == anglerId(store, QStringLiteral("Gus Gray")) &&
                   b.teamWeight.hundredths() == 1840 && b.teamBigBass.hundredths() == 510 &&
                   b.teamFish == 8;
        }
        if (b.boaterId == bob.id)
            solo = b.partnerId.isEmpty() && b.teamWeight.hundredths() == 600;
    }
    QVERIFY(pair);
    QVERIFY(solo);
}

void TestWebImport::seasonStandingsMatchHandComputed()
{
    auto view = SeasonViewLoader::load(*m_store, 2025);
    QVERIFY2(view.ok(), qPrintable(view.ok() ? QString() : view.error()));
    // By hand, January (individual, points by DOMAIN.md): Alice 12.50 net (12.75 gross, one dead
    // fish) 100, Bob 11.00 (his later row) 99, Dan 9.10 a guest (placed, no points, uses no
    // value), Carl 8.00 98; last_fish 98: Eve's member buy-in 94; Fay disqualified 0.
    // February, a paper tournament brought in without lengths, scored by its recorded weights:
    // Alice 6.75 100, Bob 4.50 99, Dan a guest.
    const QHash<QString, int> expected = {{QStringLiteral("Alice Adams"), 200},
                                          {QStringLiteral("Bob Brown"), 198},
                                          {QStringLiteral("Carl Cole"), 98},
                                          {QStringLiteral("Eve Evans"), 94}};
    QHash<QString, int> points;
    QStringList order;
    for (const StandingRow &row : view->standings.rows) {
        if (row.points > 0) {
            points.insert(row.anglerName, row.points);
            order << row.anglerName;
        }
        QVERIFY2(row.anglerName != QLatin1String("Dan Dunn") || row.points == 0, "a guest scored");
    }
    QCOMPARE(points, expected);
    QCOMPARE(order, (QStringList{QStringLiteral("Alice Adams"), QStringLiteral("Bob Brown"),
                                 QStringLiteral("Carl Cole"), QStringLiteral("Eve Evans")}));
    // February's places come from the recorded weights, not from (missing) lengths.
    const ScoredTournament &feb = view->tournaments.at(1);
    QVERIFY(feb.paper);
    QCOMPARE(feb.result.entries.first().anglerName, QStringLiteral("Alice Adams"));
    QCOMPARE(feb.result.entries.first().net.hundredths(), 675);
}

void TestWebImport::reimportChangesNothingAndALaterRunBringsWhatIsNew()
{
    const QString before = dump(*m_store);
    WebImporter importer(*m_store);
    auto again = importer.run(snapshot(), false);
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error()));
    QCOMPARE(again->created(), 0);
    QCOMPARE(again->finalized, 0);
    QVERIFY(again->text().contains(QStringLiteral("Nothing new")));
    QCOMPARE(dump(*m_store), before);
    QCOMPARE(again->calendarEvents, 0);
    QCOMPARE(again->lakeMaps, 0);

    // The web app goes on: a new angler fishes March, which is now complete.
    QVERIFY(web(QStringLiteral("INSERT INTO anglers (id, name, email, member) VALUES "
                               "(9, 'Hal Hill', 'hal@example.com', false)")));
    QVERIFY(web(QStringLiteral("INSERT INTO results (tournament_id, angler_id, num_fish, "
                               "total_weight, big_bass_weight, was_member) VALUES "
                               "(3, 9, 2, 4.2, 2.2, false), (3, 2, 1, 2.00, 2.00, true)")));
    QVERIFY(web(QStringLiteral("UPDATE tournaments SET complete = true WHERE id = 3")));
    // ... and a meeting on the calendar; the club file already has an election night of its own
    // on the web's election date (same name: linked, not doubled).
    QVERIFY(web(QStringLiteral("INSERT INTO events (id, date, year, name, event_type, "
                               "description) VALUES (11, '2025-11-11', 2025, 'Fall meeting', "
                               "'club_event', 'Dues, ideas; chairs'), (12, '2025-11-18', 2025, "
                               "'Election Night', 'club_event', NULL)")));
    {
        CalendarEvent own;
        own.date = QDate(2025, 11, 18);
        own.kind = EventKind::Election;
        own.name = QStringLiteral("Election night");
        QVERIFY(CalendarStore(*m_store).insert(own).ok());
    }
    auto later = importer.run(snapshot(), false);
    QVERIFY2(later.ok(), qPrintable(later.ok() ? QString() : later.error()));
    QCOMPARE(later->people, 1);
    QCOMPARE(later->entries, 2);
    QCOMPARE(later->tournaments, 0);
    QCOMPARE(later->finalized, 1);
    QCOMPARE(later->calendarEvents, 1); // the fall meeting; election night was there already
    QCOMPARE(later->created(), 4);
    {
        const QList<CalendarEvent> nov = CalendarStore(*m_store)
                                             .events(QDate(2025, 11, 1), QDate(2025, 11, 30))
                                             .value();
        QCOMPARE(nov.size(), 2);
        QCOMPARE(nov.at(0).notes, QStringLiteral("Dues, ideas; chairs"));
        QCOMPARE(nov.at(0).kind, EventKind::Meeting);
    }
    TournamentStore ts(*m_store);
    const TournamentRecord mar = ts.tournaments(2025).value().at(2);
    QVERIFY(mar.completed);
    QCOMPARE(ts.entries(mar.id).value().size(), 2);
    // And once more: nothing.
    const QString after = dump(*m_store);
    auto third = importer.run(snapshot(), false);
    QVERIFY(third.ok());
    QCOMPARE(third->created(), 0);
    QCOMPARE(dump(*m_store), after);
}

void TestWebImport::dryRunWritesNothing()
{
    auto store = openStore(QStringLiteral("dry.sqlite"));
    const QString before = dump(*store);
    WebImporter importer(*store);
    auto dry = importer.run(snapshot(), true);
    QVERIFY2(dry.ok(), qPrintable(dry.ok() ? QString() : dry.error()));
    QCOMPARE(dry->people, 8); // Hal came in on the web meanwhile
    QCOMPARE(dry->tournaments, 4);
    QVERIFY(dry->text().startsWith(QStringLiteral("Dry run: nothing was written.")));
    QCOMPARE(dump(*store), before);
    QVERIFY(!store->hasClub());
}

void TestWebImport::failureMidwayLeavesTheFileUntouched()
{
    auto store = openStore(QStringLiteral("fails.sqlite"));
    QVERIFY(store->createClub(QStringLiteral("Club"), ClubTime::defaultZoneId));
    // The disk fills up at the ninth entry.
    QSqlQuery trigger(store->database());
    QVERIFY(trigger.exec(QStringLiteral(
        "CREATE TRIGGER test_full BEFORE INSERT ON entries "
        "WHEN (SELECT count(*) FROM entries) >= 8 "
        "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")));
    const QString before = dump(*store);
    WebImporter importer(*store);
    auto failed = importer.run(snapshot(), false);
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().contains(QStringLiteral("disk is full")), qPrintable(failed.error()));
    QCOMPARE(dump(*store), before);
}

void TestWebImport::commandLine()
{
    const QString binary = qEnvironmentVariable("SABC_BINARY");
    QVERIFY2(QFile::exists(binary), "SABC_BINARY must name the built sabc executable");
    auto sabc = [&](const QStringList &args) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        // The superuser's password comes from the harness's password file (PGPASSFILE).
        env.remove(QStringLiteral("PGPASSWORD"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(binary, args);
        p.waitForFinished(120000);
        return std::make_tuple(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                               QString::fromUtf8(p.readAllStandardError()));
    };
    const QString url = m_url.toString();
    const QString file = m_dir.filePath(QStringLiteral("cli.sqlite"));

    // Bad arguments: 2.
    auto [bad, badOut, badErr] = sabc({QStringLiteral("import"), QStringLiteral("web"),
                                       QStringLiteral("--database"), file});
    QCOMPARE(bad, 2);
    QVERIFY(badErr.contains(QStringLiteral("Usage: sabc import web")));
    auto [bad2, o2, e2] = sabc({QStringLiteral("import"), QStringLiteral("web"),
                                QStringLiteral("--from"), QStringLiteral("mysql://x"),
                                QStringLiteral("--database"), file});
    QCOMPARE(bad2, 2);
    QVERIFY(!QFile::exists(file));

    // A dry run prints the summary and writes nothing, not even the new file.
    auto [dry, dryOut, dryErr] =
        sabc({QStringLiteral("import"), QStringLiteral("web"), QStringLiteral("--from"), url,
              QStringLiteral("--database"), file, QStringLiteral("--dry-run")});
    QVERIFY2(dry == 0, qPrintable(dryErr));
    QVERIFY(dryOut.startsWith(QStringLiteral("Dry run: nothing was written.")));
    QVERIFY(dryOut.contains(QStringLiteral("Left out:")));
    QVERIFY(dryOut.contains(QStringLiteral("Needs a look:")));
    QVERIFY(!QFile::exists(file));

    // The import: 0, the summary; again: nothing new.
    auto [ok, out, err] = sabc({QStringLiteral("import"), QStringLiteral("web"),
                                QStringLiteral("--from"), url, QStringLiteral("--database"), file});
    QVERIFY2(ok == 0, qPrintable(err));
    QVERIFY(out.startsWith(QStringLiteral("Brought in:")));
    QVERIFY2(out.contains(QRegularExpression(QStringLiteral("tournaments\\s+4"))), qPrintable(out));
    QCOMPARE(out.section(u'\n', 0, 0), dryOut.section(u'\n', 0, 0).isEmpty() ? QString() :
             QStringLiteral("Brought in:"));
    auto [again, againOut, againErr] =
        sabc({QStringLiteral("import"), QStringLiteral("web"), QStringLiteral("--from"), url,
              QStringLiteral("--database"), file});
    QCOMPARE(again, 0);
    QVERIFY2(againOut.contains(QStringLiteral("Nothing new")), qPrintable(againOut));

    // A server that is not there: 1, and no file left behind.
    ServerUrl nowhere = m_url;
    nowhere.port = 1;
    const QString other = m_dir.filePath(QStringLiteral("never.sqlite"));
    auto [fail, failOut, failErr] =
        sabc({QStringLiteral("import"), QStringLiteral("web"), QStringLiteral("--from"),
              nowhere.toString(), QStringLiteral("--database"), other});
    QCOMPARE(fail, 1);
    QVERIFY(!failErr.isEmpty());
    QVERIFY(!QFile::exists(other));
}

QTEST_GUILESS_MAIN(TestWebImport)
#include "tst_webimport.moc"
