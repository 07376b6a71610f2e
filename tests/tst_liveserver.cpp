// Tests of the leaderboard server (LeaderboardServer on its own thread through LiveServerHost,
// HttpRequest, LiveBoard) over real sockets on a real club file: it answers the phone page and
// the JSON in the promised shape, shows today's tournament or the one asked for, an entry written
// to the file by another connection reaches the JSON and the event stream within 2 s, no contact
// data, dues or notes ever leave it, 200 clients at once are all answered, a stalled client does
// not hold up the others, and malformed or oversized requests are refused with 4xx.
#include "core/clubtime.h"
#include "live/leaderboardserver.h"
#include "live/liveboard.h"
#include "live/liveserverhost.h"
#include "tests/weighinfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTimer>

class TestLiveServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void answersPageAndJson();
    void picksTheTournament();
    void entryReachesJsonAndStream();
    void noContactData();
    void twoHundredClients();
    void stalledClientDoesNotBlock();
    void refusesBadRequests_data();
    void refusesBadRequests();
    void opensTheFileReadOnly();
    // Issue #23 item 1: a team tournament's places are its boats.
    void teamPlacesAreBoats();

private:
    struct Answer
    {
        int status = 0;
        QByteArray headers;
        QByteArray body;
    };
    // Sends raw bytes and reads until the server closes the connection.
    Answer exchange(const QByteArray &request);
    Answer get(const QString &target);
    QJsonObject json(const QString &target);

    std::unique_ptr<WeighInFixture> f;
    std::unique_ptr<LiveServerHost> host;
    quint16 port = 0;
    QString today; // the tournament of today, club time
    QString earlier;
    QDate todayDate;
};

void TestLiveServer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestLiveServer::init()
{
    f = std::make_unique<WeighInFixture>();
    QVERIFY(f->open());
    const QString ann = f->addAngler(QStringLiteral("Ann Able"), true);
    const QString bob = f->addAngler(QStringLiteral("Bob Baker"), true);
    f->addAngler(QStringLiteral("Cal Cole"), false);
    // Contact data, dues and notes that must never reach a phone.
    QVERIFY(f->store->update(QStringLiteral("anglers"), ann,
                             {{QStringLiteral("email"), QStringLiteral("ann.secret@example.com")},
                              {QStringLiteral("phone"), QStringLiteral("512-555-0199")},
                              {QStringLiteral("notes"), QStringLiteral("owes-the-club-zzq")}}));
    QVERIFY(f->store->update(QStringLiteral("anglers"), bob,
                             {{QStringLiteral("phone"), QStringLiteral("(737) 555-0142")}}));
    todayDate = ClubTime(QByteArrayLiteral("America/Chicago")).today();
    earlier = f->addTournament(todayDate.addDays(-30), QStringLiteral("Last Month Classic"));
    today = f->addTournament(todayDate, QStringLiteral("Ramp Day Open"));
    QVERIFY(!today.isEmpty() && !earlier.isEmpty());
    TournamentStore ts(*f->store);
    EntryRecord a = f->entry(today, QStringLiteral("Ann Able"), 5, 1500, 500);
    QVERIFY(ts.insertEntry(a));
    EntryRecord b = f->entry(today, QStringLiteral("Bob Baker"), 3, 900, 400);
    QVERIFY(ts.insertEntry(b));
    EntryRecord old = f->entry(earlier, QStringLiteral("Bob Baker"), 2, 700);
    QVERIFY(ts.insertEntry(old));

    host = std::make_unique<LiveServerHost>();
    LeaderboardServer::Options options;
    options.databasePath = f->path();
    options.address = QHostAddress(QHostAddress::LocalHost);
    options.port = 0; // any free port
    options.requestTimeoutMs = 1500;
    const Status started = host->start(options);
    QVERIFY2(started.ok(), qPrintable(started.error()));
    port = host->port();
    QVERIFY(port > 0);
}

void TestLiveServer::cleanup()
{
    host.reset();
    f.reset();
}

TestLiveServer::Answer TestLiveServer::exchange(const QByteArray &request)
{
    Answer answer;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    if (!socket.waitForConnected(5000))
        return answer;
    socket.write(request);
    socket.waitForBytesWritten(5000);
    QByteArray all;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(5000))
        all += socket.readAll();
    all += socket.readAll();
    const int end = int(all.indexOf("\r\n\r\n"));
    if (end < 0)
        return answer;
    answer.headers = all.left(end);
    answer.body = all.mid(end + 4);
    const QList<QByteArray> first = answer.headers.split('\n').value(0).split(' ');
    answer.status = first.value(1).toInt();
    return answer;
}

TestLiveServer::Answer TestLiveServer::get(const QString &target)
{
    return exchange("GET " + target.toUtf8() +
                    " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
}

QJsonObject TestLiveServer::json(const QString &target)
{
    const Answer a = get(target);
    if (a.status != 200)
        return {};
    return QJsonDocument::fromJson(a.body).object();
}

void TestLiveServer::answersPageAndJson()
{
    const Answer page = get(QStringLiteral("/"));
    QCOMPARE(page.status, 200);
    QVERIFY(page.headers.contains("Content-Type: text/html"));
    QVERIFY(page.body.contains("<meta name=\"viewport\""));
    QVERIFY(page.body.contains("EventSource"));     // live updates
    QVERIFY(page.body.contains("setInterval"));     // and the polling fallback
    QVERIFY(page.body.contains("/standings.json")); // the season, one tap away
    QVERIFY(!page.body.contains("/*LABELS*/"));
    QVERIFY(page.body.contains("Ann Able")); // the leaderboard of now comes with the page

    const QJsonObject o = json(QStringLiteral("/leaderboard.json"));
    const QJsonObject t = o.value(QStringLiteral("tournament")).toObject();
    QCOMPARE(t.value(QStringLiteral("name")).toString(), QStringLiteral("Ramp Day Open"));
    QCOMPARE(t.value(QStringLiteral("date")).toString(), todayDate.toString(Qt::ISODate));
    QVERIFY(t.contains(QStringLiteral("lake")));
    const QJsonArray places = o.value(QStringLiteral("places")).toArray();
    QCOMPARE(places.size(), 2);
    const QJsonObject first = places.at(0).toObject();
    for (const char *key :
         {"place", "angler", "fish", "net_weight", "big_bass", "points", "status"})
        QVERIFY2(first.contains(QLatin1String(key)), key);
    QCOMPARE(first.value(QStringLiteral("place")).toInt(), 1);
    QCOMPARE(first.value(QStringLiteral("angler")).toString(), QStringLiteral("Ann Able"));
    QCOMPARE(first.value(QStringLiteral("fish")).toInt(), 5);
    QCOMPARE(first.value(QStringLiteral("net_weight")).toDouble(), 15.0);
    QCOMPARE(first.value(QStringLiteral("big_bass")).toDouble(), 5.0);
    QVERIFY(first.value(QStringLiteral("points")).toInt() > 0);
    QVERIFY(o.value(QStringLiteral("boats")).isArray());
    QCOMPARE(o.value(QStringLiteral("boats")).toArray().size(), 2);
    const QJsonObject big = o.value(QStringLiteral("big_bass")).toObject();
    QCOMPARE(big.value(QStringLiteral("anglers")).toArray().at(0).toString(),
             QStringLiteral("Ann Able"));
    QCOMPARE(big.value(QStringLiteral("weight")).toDouble(), 5.0);
    QVERIFY(o.value(QStringLiteral("payouts")).isNull()); // not finalized yet

    const QJsonObject s = json(QStringLiteral("/standings.json"));
    QCOMPARE(s.value(QStringLiteral("season")).toInt(), todayDate.year());
    QVERIFY(!s.value(QStringLiteral("standings")).toArray().isEmpty());

    // HEAD: the headers alone.
    const Answer head =
        exchange("HEAD /leaderboard.json HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QCOMPARE(head.status, 200);
    QVERIFY(head.body.isEmpty());

    // Two requests on one kept-alive connection, sent together.
    const Answer two =
        exchange("GET /leaderboard.json HTTP/1.1\r\nHost: x\r\n\r\n"
                 "GET /standings.json HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QCOMPARE(two.status, 200);
    QVERIFY(two.body.contains("HTTP/1.1 200 OK"));
    QVERIFY(two.body.contains("\"standings\""));

    // Finalized: the payouts come with it.
    QVERIFY(TournamentStore(*f->store).finalize(today, QStringLiteral("test")));
    QTRY_VERIFY_WITH_TIMEOUT(
        json(QStringLiteral("/leaderboard.json")).value(QStringLiteral("payouts")).isObject(),
        2000);
    const QJsonObject paid = json(QStringLiteral("/leaderboard.json"));
    QVERIFY(paid.value(QStringLiteral("tournament"))
                .toObject()
                .value(QStringLiteral("finalized"))
                .toBool());
    QVERIFY(paid.value(QStringLiteral("payouts")).toObject().contains(QStringLiteral("places")));
}

void TestLiveServer::picksTheTournament()
{
    const QString date = todayDate.addDays(-30).toString(Qt::ISODate);
    const QJsonObject o = json(QStringLiteral("/leaderboard.json?tournament=") + date);
    QCOMPARE(
        o.value(QStringLiteral("tournament")).toObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("Last Month Classic"));
    QCOMPARE(o.value(QStringLiteral("places")).toArray().size(), 1);
    QCOMPARE(get(QStringLiteral("/leaderboard.json?tournament=1999-01-01")).status, 404);
    QCOMPARE(get(QStringLiteral("/leaderboard.json?tournament=2026-13-45")).status, 400);
    QCOMPARE(get(QStringLiteral("/leaderboard.json?tournament=yesterday")).status, 400);

    // Today's tournament; without one, the latest one held and not finalized.
    auto board = LiveBoard::pickTournament(*f->store);
    QVERIFY(board);
    QCOMPARE(board.value(), today);
    QVERIFY(TournamentStore(*f->store).finalize(earlier, QStringLiteral("test")));
    TournamentRecord t = TournamentStore(*f->store).tournament(today).value();
    t.date = todayDate.addDays(-2);
    QVERIFY(TournamentStore(*f->store).updateTournament(t));
    const QString next = f->addTournament(todayDate.addDays(20), QStringLiteral("Next Month"));
    auto picked = LiveBoard::pickTournament(*f->store);
    QVERIFY(picked);
    QCOMPARE(picked.value(), today); // held two days ago, not finalized; not next month's
    QVERIFY(TournamentStore(*f->store).finalize(today, QStringLiteral("test")));
    picked = LiveBoard::pickTournament(*f->store);
    QVERIFY(picked);
    QCOMPARE(picked.value(), today); // nothing held is open: the latest results
    // Nothing held at all: the next one to come.
    for (const QString &id : {today, earlier}) {
        QVERIFY(TournamentStore(*f->store).unlock(id, QStringLiteral("test")));
        TournamentRecord r = TournamentStore(*f->store).tournament(id).value();
        r.date = r.date.addYears(1);
        r.season = r.date.year();
        QVERIFY(TournamentStore(*f->store).updateTournament(r));
    }
    picked = LiveBoard::pickTournament(*f->store);
    QVERIFY(picked);
    QCOMPARE(picked.value(), next);
}

void TestLiveServer::entryReachesJsonAndStream()
{
    QTcpSocket stream;
    stream.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    QVERIFY(stream.waitForConnected(5000));
    stream.write("GET /events HTTP/1.1\r\nHost: x\r\nAccept: text/event-stream\r\n\r\n");
    QByteArray received;
    connect(&stream, &QTcpSocket::readyRead, this, [&] { received += stream.readAll(); });
    QTRY_VERIFY_WITH_TIMEOUT(received.contains("event: leaderboard\ndata: {"), 5000);
    QVERIFY(received.startsWith("HTTP/1.1 200 OK"));
    QVERIFY(received.contains("Content-Type: text/event-stream"));
    QVERIFY(received.contains("Ann Able"));
    QVERIFY(!received.contains("Cal Cole"));

    // Another connection (the window, another laptop's sync) commits an entry to the file.
    EntryRecord c = f->entry(today, QStringLiteral("Cal Cole"), 4, 1720, 610, false);
    QVERIFY(TournamentStore(*f->store).insertEntry(c));
    received.clear();
    QTRY_VERIFY_WITH_TIMEOUT(received.contains("Cal Cole"), 2000);
    // The event carries the whole leaderboard as one JSON line.
    const int start = int(received.indexOf("data: ")) + 6;
    const QByteArray line = received.mid(start, received.indexOf('\n', start) - start);
    const QJsonObject pushed = QJsonDocument::fromJson(line).object();
    QCOMPARE(pushed.value(QStringLiteral("places")).toArray().size(), 3);
    const QJsonObject o = json(QStringLiteral("/leaderboard.json"));
    const QJsonArray places = o.value(QStringLiteral("places")).toArray();
    QCOMPARE(places.size(), 3);
    QCOMPARE(places.at(0).toObject().value(QStringLiteral("angler")).toString(),
             QStringLiteral("Cal Cole"));
    QCOMPARE(
        o.value(QStringLiteral("big_bass")).toObject().value(QStringLiteral("weight")).toDouble(),
        6.1);
}

void TestLiveServer::noContactData()
{
    QTcpSocket stream;
    stream.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    QVERIFY(stream.waitForConnected(5000));
    stream.write("GET /events HTTP/1.1\r\nHost: x\r\n\r\n");
    QByteArray events;
    connect(&stream, &QTcpSocket::readyRead, this, [&] { events += stream.readAll(); });
    QTRY_VERIFY_WITH_TIMEOUT(events.contains("data: {"), 5000);

    QList<QByteArray> answers = {events};
    for (const QString &target :
         {QStringLiteral("/"), QStringLiteral("/leaderboard.json"),
          QStringLiteral("/standings.json"),
          QStringLiteral("/leaderboard.json?tournament=") +
              todayDate.addDays(-30).toString(Qt::ISODate),
          QStringLiteral("/standings.json?tournament=") + todayDate.toString(Qt::ISODate)}) {
        const Answer a = get(target);
        QCOMPARE(a.status, 200);
        answers.append(a.headers + a.body);
    }
    for (const QByteArray &answer : std::as_const(answers)) {
        for (const char *secret : {"ann.secret", "example.com", "555-0199", "555-0142",
                                   "owes-the-club", "dues", "email", "phone", "notes"})
            QVERIFY2(!answer.contains(secret), secret);
    }
    QVERIFY(answers.at(2).contains("Ann Able")); // the names are there
}

void TestLiveServer::twoHundredClients()
{
    constexpr int clients = 200;
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    QList<QByteArray> received(clients);
    int answered = 0;
    for (int i = 0; i < clients; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        QTcpSocket *s = socket.get();
        connect(s, &QTcpSocket::connected, this, [s, i] {
            // Half of them ask for the page's data, half hold an event stream open.
            s->write(i % 2
                         ? "GET /leaderboard.json HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                         : "GET /events HTTP/1.1\r\nHost: x\r\n\r\n");
        });
        connect(s, &QTcpSocket::readyRead, this, [s, i, &received, &answered] {
            const bool before = received[i].contains("Ann Able");
            received[i] += s->readAll();
            if (!before && received[i].contains("Ann Able"))
                ++answered;
        });
        s->connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        sockets.push_back(std::move(socket));
    }
    QTRY_COMPARE_WITH_TIMEOUT(answered, clients, 60000);
    for (const QByteArray &r : std::as_const(received))
        QVERIFY(r.startsWith("HTTP/1.1 200 OK"));
    // With 100 streams open, an entry still reaches every one of them.
    EntryRecord c = f->entry(today, QStringLiteral("Cal Cole"), 1, 250, 250, false);
    QVERIFY(TournamentStore(*f->store).insertEntry(c));
    auto streamsWithCal = [&] {
        int n = 0;
        for (int i = 0; i < clients; i += 2)
            n += received[i].contains("Cal Cole") ? 1 : 0;
        return n;
    };
    QTRY_COMPARE_WITH_TIMEOUT(streamsWithCal(), clients / 2, 10000);
}

void TestLiveServer::stalledClientDoesNotBlock()
{
    // A client that sends half a request and then nothing.
    QTcpSocket stalled;
    stalled.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    QVERIFY(stalled.waitForConnected(5000));
    stalled.write("GET /leaderboard.json HTTP/1.1\r\nHost: x\r\nX-Slow: ");
    QVERIFY(stalled.waitForBytesWritten(5000));
    // A client that never reads: asks for the page a hundred times over.
    QTcpSocket deaf;
    deaf.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    QVERIFY(deaf.waitForConnected(5000));
    for (int i = 0; i < 100; ++i)
        deaf.write("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    // A client that drips a byte now and then.
    QTcpSocket dripping;
    dripping.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    QVERIFY(dripping.waitForConnected(5000));
    QTimer drip;
    connect(&drip, &QTimer::timeout, &dripping, [&dripping] { dripping.write("x"); });
    dripping.write("GET /leaderboard.json HTTP/1.1\r\nHost: x\r\nX-Slow: ");
    drip.start(200);
    // Others are answered meanwhile.
    for (int i = 0; i < 5; ++i)
        QCOMPARE(get(QStringLiteral("/leaderboard.json")).status, 200);
    // The stalled one is answered 408 and closed once its time is up (1.5 s in this test).
    QByteArray answer;
    connect(&stalled, &QTcpSocket::readyRead, this, [&] { answer += stalled.readAll(); });
    QTRY_VERIFY_WITH_TIMEOUT(stalled.state() == QAbstractSocket::UnconnectedState, 10000);
    QVERIFY2(answer.startsWith("HTTP/1.1 408"), answer.constData());
    // So is the dripping one: its time counts from its first byte.
    QTRY_VERIFY_WITH_TIMEOUT(dripping.state() == QAbstractSocket::UnconnectedState, 10000);
    drip.stop();
}

void TestLiveServer::refusesBadRequests_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::newRow("garbage") << QByteArray("HELLO THERE\r\n\r\n") << 400;
    QTest::newRow("binary") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n",
                                          17)
                            << 400;
    QTest::newRow("no host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("not a path") << QByteArray("GET http:/x HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
    QTest::newRow("bad version") << QByteArray("GET / HTTP/9.9\r\nHost: x\r\n\r\n") << 400;
    QTest::newRow("folded header")
        << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n folded\r\n\r\n") << 400;
    QTest::newRow("bad header") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nNoColon\r\n\r\n")
                                << 400;
    QTest::newRow("control byte") << QByteArray("GET / HTTP/1.1\r\nHost: x\x01y\r\n\r\n") << 400;
    QTest::newRow("post") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\n\r\n") << 405;
    QTest::newRow("body") << QByteArray(
                                 "GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello")
                          << 413;
    QTest::newRow("chunked")
        << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n") << 400;
    QTest::newRow("unknown path") << QByteArray("GET /admin HTTP/1.1\r\nHost: x\r\n\r\n") << 404;
    QTest::newRow("long target") << ("GET /" + QByteArray(20000, 'a') +
                                     " HTTP/1.1\r\nHost: x\r\n\r\n")
                                 << 414;
    QTest::newRow("endless line") << QByteArray(100000, 'G') << 414;
    QTest::newRow("huge header") << ("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " +
                                     QByteArray(40000, 'b') + "\r\n\r\n")
                                 << 431;
    QByteArray many = "GET / HTTP/1.1\r\nHost: x\r\n";
    for (int i = 0; i < 200; ++i)
        many += "X-H" + QByteArray::number(i) + ": 1\r\n";
    QTest::newRow("many headers") << (many + "\r\n") << 431;
}

void TestLiveServer::refusesBadRequests()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QCOMPARE(exchange(request).status, status);
    // And the server carries on.
    QCOMPARE(get(QStringLiteral("/leaderboard.json")).status, 200);
}

void TestLiveServer::opensTheFileReadOnly()
{
    auto store = Store::openReadOnly(f->path());
    QVERIFY2(store, store ? "" : qPrintable(store.error()));
    QVERIFY(!store.value()->insert(QStringLiteral("lakes"),
                                   {{QStringLiteral("name"), QStringLiteral("X")}}));
    const qint64 before = store.value()->dataVersion();
    EntryRecord c = f->entry(today, QStringLiteral("Cal Cole"), 1, 250, 250, false);
    QVERIFY(TournamentStore(*f->store).insertEntry(c));
    QVERIFY(store.value()->dataVersion() != before); // it notices the other connection's commit
    // Not a club file: refused.
    QFile other(f->dir.filePath(QStringLiteral("other.txt")));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write("hello");
    other.close();
    QVERIFY(!Store::openReadOnly(other.fileName()));
    QVERIFY(!Store::openReadOnly(f->dir.filePath(QStringLiteral("missing.sqlite"))));
}

void TestLiveServer::teamPlacesAreBoats()
{
    const QDate day = todayDate.addDays(-10);
    const QString team =
        f->addTournament(day, QStringLiteral("Team Day"), false, TournamentFormat::Team);
    TournamentStore ts(*f->store);
    QList<EntryRecord> crew = {f->entry(team, QStringLiteral("Bob Baker"), 0, 0),
                               f->entry(team, QStringLiteral("Ann Able"), 0, 0)};
    BoatRecord boat;
    boat.boaterId = f->anglers.value(QStringLiteral("Bob Baker"));
    boat.partnerId = f->anglers.value(QStringLiteral("Ann Able"));
    boat.tournamentId = team;
    boat.teamWeighed = true;
    boat.teamFish = 5;
    boat.teamWeight = Weight::fromHundredths(1845);
    boat.teamBigBass = Weight::fromHundredths(620);
    QVERIFY(ts.insertTeamBoat(crew, boat).ok());
    QList<EntryRecord> alone = {f->entry(team, QStringLiteral("Cal Cole"), 0, 0, 0, false)};
    BoatRecord solo;
    solo.boaterId = f->anglers.value(QStringLiteral("Cal Cole"));
    solo.tournamentId = team;
    solo.teamWeighed = true;
    solo.teamFish = 2;
    solo.teamWeight = Weight::fromHundredths(500);
    QVERIFY(ts.insertTeamBoat(alone, solo).ok());
    auto board = LiveBoard::load(*f->store, day);
    QVERIFY(board.ok());
    const QJsonObject json = board->leaderboardJson();
    const QJsonArray places = json.value(QStringLiteral("places")).toArray();
    QCOMPARE(places.size(), 2);
    QCOMPARE(places.at(0).toObject().value(QStringLiteral("angler")).toString(),
             QStringLiteral("Bob Baker & Ann Able"));
    QCOMPARE(places.at(0).toObject().value(QStringLiteral("net_weight")).toDouble(), 18.45);
    QCOMPARE(places.at(1).toObject().value(QStringLiteral("angler")).toString(),
             QStringLiteral("Cal Cole"));
    QCOMPARE(places.at(1).toObject().value(QStringLiteral("place")).toInt(), 2);
    QCOMPARE(json.value(QStringLiteral("tournament")).toObject().value(u"entries"_qs).toInt(), 2);
    QCOMPARE(json.value(QStringLiteral("big_bass")).toObject().value(u"anglers"_qs).toArray().size(),
             1);
}

QTEST_GUILESS_MAIN(TestLiveServer)
#include "tst_liveserver.moc"
