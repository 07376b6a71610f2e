#include "bench/live_bench.h"

#include "live/liveserverhost.h"
#include "store/store.h"
#include "tournaments/tournamentstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <vector>

namespace {

// One kept-alive client asking for the JSON again as soon as the answer is in.
struct Client
{
    QTcpSocket socket;
    QByteArray buffer;
    qint64 answered = 0;
    qint64 failed = 0;
};

const QByteArray request = "GET /leaderboard.json HTTP/1.1\r\nHost: bench\r\n\r\n";

// Takes whole answers off the front of the buffer; returns how many.
int takeAnswers(Client &c)
{
    int n = 0;
    for (;;) {
        const int end = int(c.buffer.indexOf("\r\n\r\n"));
        if (end < 0)
            return n;
        const QByteArray head = c.buffer.left(end);
        const int at = int(head.indexOf("Content-Length: "));
        const int length = at < 0 ? 0 : head.mid(at + 16, head.indexOf('\r', at) - at - 16).toInt();
        if (c.buffer.size() < end + 4 + length)
            return n;
        if (!head.startsWith("HTTP/1.1 200"))
            ++c.failed;
        c.buffer.remove(0, end + 4 + length);
        ++n;
    }
}

} // namespace

void runLiveBenchmark(QTextStream &out)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.sqlite"));
    auto opened = Store::open(path);
    if (!opened) {
        out << "live benchmark: " << opened.error() << '\n';
        return;
    }
    Store &store = *opened.value();
    if (Status s = store.createClub(QStringLiteral("Bench Club"), "America/Chicago"); !s) {
        out << "live benchmark: " << s.error() << '\n';
        return;
    }
    TournamentRecord t;
    t.date = store.clubTime().today();
    t.season = t.date.year();
    t.name = QStringLiteral("Bench Open");
    auto tid = TournamentStore(store).insertTournament(t);
    if (!tid) {
        out << "live benchmark: " << tid.error() << '\n';
        return;
    }
    QList<EntryRecord> entries;
    Status filled = store.transaction([&]() -> Status {
        for (int i = 0; i < 100; ++i) {
            auto angler =
                store.insert(QStringLiteral("anglers"),
                             {{QStringLiteral("full_name"), QStringLiteral("Angler %1").arg(i)}});
            if (!angler)
                return Status::failure(angler.error());
            EntryRecord e;
            e.tournamentId = tid.value();
            e.anglerId = angler.value();
            e.anglerName = QStringLiteral("Angler %1").arg(i);
            e.wasMember = i % 6 != 0;
            e.fish = i % 11 == 0 ? 0 : 1 + i % 5;
            e.gross = Weight::fromHundredths(e.fish == 0 ? 0 : 150 * e.fish + (i * 37) % 400);
            e.bigBass = Weight::fromHundredths(e.fish == 0 ? 0 : 150 + (i * 13) % 150);
            if (Status s = TournamentStore(store).insertEntry(e); !s)
                return s;
            entries.append(e);
        }
        return Status::success();
    });
    if (!filled) {
        out << "live benchmark: " << filled.error() << '\n';
        return;
    }

    LiveServerHost host;
    LeaderboardServer::Options options;
    options.databasePath = path;
    options.address = QHostAddress(QHostAddress::LocalHost);
    options.port = 0;
    if (Status s = host.start(options); !s) {
        out << "live benchmark: " << s.error() << '\n';
        return;
    }
    const quint16 port = host.port();

    // 1. Requests per second: 20 kept-alive clients for 3 seconds.
    constexpr int clientCount = 20;
    constexpr int seconds = 3;
    std::vector<std::unique_ptr<Client>> clients;
    qint64 bytes = 0;
    for (int i = 0; i < clientCount; ++i) {
        auto c = std::make_unique<Client>();
        Client *raw = c.get();
        QObject::connect(&raw->socket, &QTcpSocket::connected, &raw->socket,
                         [raw] { raw->socket.write(request); });
        QObject::connect(&raw->socket, &QTcpSocket::readyRead, &raw->socket, [raw, &bytes] {
            const QByteArray got = raw->socket.readAll();
            bytes += got.size();
            raw->buffer += got;
            const int n = takeAnswers(*raw);
            raw->answered += n;
            for (int k = 0; k < n; ++k)
                raw->socket.write(request);
        });
        raw->socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        clients.push_back(std::move(c));
    }
    QEventLoop loop;
    QTimer::singleShot(500, &loop, &QEventLoop::quit); // connected and warm
    loop.exec();
    qint64 startCount = 0;
    for (const auto &c : clients)
        startCount += c->answered;
    QElapsedTimer timer;
    timer.start();
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    qint64 answered = -startCount;
    qint64 failed = 0;
    for (const auto &c : clients) {
        answered += c->answered;
        failed += c->failed;
    }
    const double elapsed = double(timer.nsecsElapsed()) / 1e9;
    clients.clear();
    out << QStringLiteral(
               "leaderboard server, /leaderboard.json with 100 entries: %1 requests/s "
               "(%2 kept-alive clients on loopback, %3 s, %4 KiB per answer, %5 failed)\n")
               .arg(double(answered) / elapsed, 0, 'f', 0)
               .arg(clientCount)
               .arg(seconds)
               .arg(double(bytes) / double(std::max<qint64>(1, answered + startCount)) / 1024.0, 0,
                    'f', 1)
               .arg(failed);

    // 2. Commit to event: change an entry, time until the stream brings the new weight.
    QTcpSocket stream;
    QByteArray received;
    QObject::connect(&stream, &QTcpSocket::readyRead, &stream,
                     [&] { received += stream.readAll(); });
    stream.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    stream.write("GET /events HTTP/1.1\r\nHost: bench\r\n\r\n");
    QElapsedTimer waited;
    waited.start();
    while (!received.contains("data: {") && waited.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    std::vector<double> latencies;
    int lost = 0;
    for (int i = 0; i < 30; ++i) {
        EntryRecord e = entries.at(1 + (i % 9));
        e.gross = Weight::fromHundredths(4000 + i * 7); // a weight no one else has
        const QByteArray expect = QByteArray::number(double(e.gross.hundredths()) / 100.0);
        received.clear();
        QElapsedTimer commit;
        commit.start();
        if (Status s = TournamentStore(store).updateEntry(e); !s) {
            out << "live benchmark: " << s.error() << '\n';
            return;
        }
        const qint64 committedNs = commit.nsecsElapsed();
        while (!received.contains(expect) && commit.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        if (!received.contains(expect)) {
            ++lost;
            continue;
        }
        latencies.push_back(double(commit.nsecsElapsed() - committedNs) / 1e6);
        // Commits at uneven moments against the server's poll.
        QTimer::singleShot(37 + (i * 53) % 200, &loop, &QEventLoop::quit);
        loop.exec();
    }
    std::sort(latencies.begin(), latencies.end());
    if (latencies.empty()) {
        out << "leaderboard server, committed entry to event: no event arrived\n";
        return;
    }
    const double median = latencies[latencies.size() / 2];
    const double worst = latencies.back();
    out << QStringLiteral("leaderboard server, committed entry to event at a client: median %1 ms, "
                          "worst %2 ms over %3 commits (%4 lost; the server checks the file every "
                          "%5 ms)  [target < 2000 ms: %6]\n")
               .arg(median, 0, 'f', 1)
               .arg(worst, 0, 'f', 1)
               .arg(latencies.size())
               .arg(lost)
               .arg(options.pollIntervalMs)
               .arg(worst < 2000 && lost == 0 ? QStringLiteral("met") : QStringLiteral("MISSED"));
}
