#include "live/leaderboardserver.h"

#include "live/httprequest.h"
#include "live/liveboard.h"
#include "store/store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkInterface>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcLive, "sabc.live")

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Error";
    }
}

constexpr int maxRequestsPerConnection = 1000;

} // namespace

struct LeaderboardServer::Client
{
    QTcpSocket *socket = nullptr;
    QByteArray buffer;
    QElapsedTimer activity;        // since the last byte read or written
    QElapsedTimer requestStart;    // since the first byte of the request being read
    bool waitingForRequest = true; // false while an answer is being read by the client
    bool closing = false;          // close once the answer is written
    bool stream = false;
    QString streamKey;
    QByteArray lastSent; // the last leaderboard sent on the stream
    QElapsedTimer sinceHeartbeat;
    int requests = 0;
};

LeaderboardServer::LeaderboardServer(const Options &options, QObject *parent)
    : QObject(parent), m_options(options)
{
    m_pollTimer.setInterval(m_options.pollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &LeaderboardServer::poll);
    m_housekeeping.setInterval(1000);
    connect(&m_housekeeping, &QTimer::timeout, this, &LeaderboardServer::housekeeping);
}

LeaderboardServer::~LeaderboardServer()
{
    stop();
}

Status LeaderboardServer::start()
{
    stop();
    auto store = Store::openReadOnly(m_options.databasePath);
    if (!store)
        return Status::failure(store.error());
    m_store = std::move(store.value());
    m_dataVersion = m_store->dataVersion();
    m_server = new QTcpServer(this);
    m_server->setMaxPendingConnections(256);
#if QT_VERSION >= QT_VERSION_CHECK(6, 3, 0)
    m_server->setListenBacklogSize(1024);
#endif
    if (!m_server->listen(m_options.address, m_options.port)) {
        const QString why = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        m_store.reset();
        return Status::failure(
            tr("Could not share the leaderboard on %1 port %2: %3. Another program may be using "
               "the port; choose another with --port.")
                .arg(m_options.address.toString())
                .arg(m_options.port)
                .arg(why));
    }
    connect(m_server, &QTcpServer::newConnection, this, &LeaderboardServer::onNewConnection);
    m_pollTimer.start();
    m_housekeeping.start();
    qCInfo(lcLive).noquote() << "sharing the leaderboard of" << m_store->path() << "on"
                             << urls().join(QStringLiteral(", "));
    return Status::success();
}

void LeaderboardServer::stop()
{
    m_pollTimer.stop();
    m_housekeeping.stop();
    const QList<QTcpSocket *> sockets = m_clients.keys();
    for (QTcpSocket *s : sockets)
        drop(s);
    if (m_server) {
        m_server->close();
        delete m_server;
        m_server = nullptr;
    }
    m_cache.clear();
    m_store.reset();
}

bool LeaderboardServer::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 LeaderboardServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QStringList LeaderboardServer::urls() const
{
    return urlsFor(m_options.address, port());
}

QStringList LeaderboardServer::urlsFor(const QHostAddress &listen, quint16 port)
{
    auto url = [port](const QHostAddress &a) {
        const QString host = a.protocol() == QAbstractSocket::IPv6Protocol
                                 ? QStringLiteral("[%1]").arg(a.toString())
                                 : a.toString();
        return QStringLiteral("http://%1:%2/").arg(host).arg(port);
    };
    const bool any = listen == QHostAddress::Any || listen == QHostAddress::AnyIPv4 ||
                     listen == QHostAddress::AnyIPv6;
    if (!any)
        return {url(listen)};
    QStringList network;
    QStringList local;
    const auto interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &i : interfaces) {
        if (!(i.flags() & QNetworkInterface::IsUp) || !(i.flags() & QNetworkInterface::IsRunning))
            continue;
        for (const QNetworkAddressEntry &e : i.addressEntries()) {
            const QHostAddress a = e.ip();
            // Phones open IPv4 addresses; link-local IPv6 needs an interface name they lack.
            if (a.protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            if (listen == QHostAddress::AnyIPv6)
                continue;
            (a.isLoopback() ? local : network).append(url(a));
        }
    }
    if (local.isEmpty())
        local.append(url(QHostAddress(QHostAddress::LocalHost)));
    return network + local;
}

int LeaderboardServer::streamCount() const
{
    int n = 0;
    for (const Client *c : m_clients)
        n += c->stream ? 1 : 0;
    return n;
}

void LeaderboardServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_clients.size() >= m_options.maxConnections) {
            // Too many at once: say so and close; the page retries.
            socket->write("HTTP/1.1 503 Service Unavailable\r\nRetry-After: 2\r\n"
                          "Content-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            continue;
        }
        auto *client = new Client;
        client->socket = socket;
        client->activity.start();
        // An answer larger than the kernel's buffer stays in Qt's; reading is capped by the
        // parser's limits, so the read buffer needs no cap of its own.
        m_clients.insert(socket, client);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::bytesWritten, this,
                [this, socket] { onBytesWritten(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { drop(socket); });
        connect(socket, &QTcpSocket::errorOccurred, this, [this, socket] {
            if (socket->state() != QAbstractSocket::ConnectedState)
                drop(socket);
        });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void LeaderboardServer::drop(QTcpSocket *socket)
{
    Client *client = m_clients.take(socket);
    if (!client)
        return;
    delete client;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void LeaderboardServer::onReadyRead(QTcpSocket *socket)
{
    Client *client = m_clients.value(socket);
    if (!client)
        return;
    client->activity.restart();
    // Never hold more than one request's worth of bytes: the parser refuses beyond its limits.
    const qint64 room =
        HttpRequest::maxRequestLine + HttpRequest::maxHeaderBytes + 4 - client->buffer.size();
    const bool wasEmpty = client->buffer.isEmpty();
    if (room > 0)
        client->buffer.append(socket->read(room));
    if (wasEmpty && !client->buffer.isEmpty())
        client->requestStart.start(); // a client dripping bytes still has its time counted
    if (client->stream || client->closing) {
        client->buffer.clear(); // a stream's client has nothing more to say
        socket->readAll();
        return;
    }
    while (m_clients.contains(socket) && client->waitingForRequest && !client->closing &&
           !client->stream) {
        HttpRequest request;
        const HttpRequest::State state = request.parse(client->buffer);
        if (state == HttpRequest::State::Incomplete) {
            if (client->buffer.size() > HttpRequest::maxRequestLine + HttpRequest::maxHeaderBytes)
                refuse(*client, 431, QStringLiteral("headers too large"));
            break;
        }
        if (state == HttpRequest::State::Refused) {
            refuse(*client, request.status(), request.reason());
            break;
        }
        client->buffer.remove(0, request.consumed());
        if (!client->buffer.isEmpty())
            client->requestStart.start();
        handle(*client, request);
        if (socket->bytesAvailable() > 0 && m_clients.contains(socket) && !client->closing) {
            const qint64 more = HttpRequest::maxRequestLine + HttpRequest::maxHeaderBytes + 4 -
                                client->buffer.size();
            if (more > 0)
                client->buffer.append(socket->read(more));
        }
    }
}

void LeaderboardServer::onBytesWritten(QTcpSocket *socket)
{
    Client *client = m_clients.value(socket);
    if (!client)
        return;
    client->activity.restart();
    if (socket->bytesToWrite() > 0)
        return;
    if (client->closing) {
        m_clients.remove(socket);
        delete client;
        socket->disconnect(this);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        socket->disconnectFromHost();
        if (socket->state() == QAbstractSocket::UnconnectedState)
            socket->deleteLater();
        return;
    }
    if (!client->stream && !client->waitingForRequest) {
        client->waitingForRequest = true;
        if (!client->buffer.isEmpty() || socket->bytesAvailable() > 0)
            onReadyRead(socket); // a request sent while the last answer was being read
    }
}

void LeaderboardServer::refuse(Client &client, int status, const QString &reason)
{
    qCDebug(lcLive).noquote() << "refused a request:" << status << reason;
    const QByteArray body =
        QByteArray::number(status) + ' ' + reasonPhrase(status) + ": " + reason.toUtf8() + '\n';
    QByteArray extra;
    if (status == 405)
        extra = "Allow: GET, HEAD\r\n";
    respond(client, status, "text/plain; charset=utf-8", body, false, extra);
}

void LeaderboardServer::respond(Client &client, int status, const QByteArray &type,
                                const QByteArray &body, bool keepAlive,
                                const QByteArray &extraHeaders, bool head)
{
    QByteArray out;
    out.reserve(body.size() + 256);
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!type.isEmpty())
        out += "Content-Type: " + type + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n";
    out += extraHeaders;
    out += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    if (!head)
        out += body;
    client.waitingForRequest = false;
    client.closing = !keepAlive;
    client.activity.restart();
    client.socket->write(out);
}

const LeaderboardServer::Cached *LeaderboardServer::cached(const QString &key, QString *error)
{
    auto it = m_cache.find(key);
    // The default tournament follows the calendar too: look again now and then.
    if (it != m_cache.end() && it->dataVersion == m_dataVersion && it->age.elapsed() < 60000)
        return &*it;
    const QDate date = key.isEmpty() ? QDate() : QDate::fromString(key, Qt::ISODate);
    auto board = LiveBoard::load(*m_store, date);
    if (!board) {
        *error = board.error();
        qCWarning(lcLive).noquote() << board.error();
        return nullptr;
    }
    Cached c;
    c.found = board->hasTournament;
    c.leaderboard = QJsonDocument(board->leaderboardJson()).toJson(QJsonDocument::Compact);
    c.standings = QJsonDocument(board->standingsJson()).toJson(QJsonDocument::Compact);
    c.etag = '"' +
             QCryptographicHash::hash(c.leaderboard + c.standings, QCryptographicHash::Sha1)
                 .toHex()
                 .left(20) +
             '"';
    c.dataVersion = m_dataVersion;
    c.age.start();
    if (m_cache.size() > 64) // dates asked for by hand; keep the cache small
        m_cache.clear();
    return &*m_cache.insert(key, c);
}

void LeaderboardServer::handle(Client &client, const HttpRequest &request)
{
    ++client.requests;
    const bool head = request.method() == "HEAD";
    const bool keepAlive = request.keepAlive() && client.requests < maxRequestsPerConnection;
    const QString path = request.path();
    QString key;
    const QUrlQuery query = request.query();
    if (query.hasQueryItem(QStringLiteral("tournament"))) {
        key = query.queryItemValue(QStringLiteral("tournament"));
        if (!QDate::fromString(key, Qt::ISODate).isValid() || key.size() != 10) {
            refuse(client, 400, QStringLiteral("tournament must be a date, YYYY-MM-DD"));
            return;
        }
    }
    if (path == QLatin1String("/") || path == QLatin1String("/index.html")) {
        // The page comes with the leaderboard of now, so it shows at once, before the stream.
        QString error;
        const Cached *c = cached(key, &error);
        QByteArray initial = c ? c->leaderboard : QByteArray("null");
        initial.replace("</", "<\\/"); // a name cannot end the script
        QByteArray html = page();
        html.replace("/*DATA*/null", initial);
        respond(client, 200, "text/html; charset=utf-8", html, keepAlive, {}, head);
        return;
    }
    if (path == QLatin1String("/leaderboard.json") || path == QLatin1String("/standings.json") ||
        path == QLatin1String("/events")) {
        QString error;
        const Cached *c = cached(key, &error);
        if (!c) {
            respond(client, 503, "text/plain; charset=utf-8",
                    tr("The club file could not be read: %1").arg(error).toUtf8() + '\n', false);
            return;
        }
        if (!key.isEmpty() && !c->found) {
            respond(client, 404, "text/plain; charset=utf-8",
                    tr("There is no tournament on %1.").arg(key).toUtf8() + '\n', keepAlive, {},
                    head);
            return;
        }
        if (path == QLatin1String("/events")) {
            if (head)
                respond(client, 200, "text/event-stream; charset=utf-8", {}, keepAlive, {}, true);
            else
                startStream(client, key, keepAlive);
            return;
        }
        const QByteArray etagHeader = "ETag: " + c->etag + "\r\n";
        if (request.header("if-none-match") == c->etag) {
            QByteArray out =
                "HTTP/1.1 304 Not Modified\r\n" + etagHeader + "Cache-Control: no-store\r\n";
            out += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
            client.waitingForRequest = false;
            client.closing = !keepAlive;
            client.socket->write(out);
            return;
        }
        const bool standings = path == QLatin1String("/standings.json");
        respond(client, 200, "application/json; charset=utf-8",
                standings ? c->standings : c->leaderboard, keepAlive, etagHeader, head);
        return;
    }
    respond(client, 404, "text/plain; charset=utf-8", "404 Not Found\n", keepAlive, {}, head);
}

void LeaderboardServer::startStream(Client &client, const QString &key, bool keepAliveHint)
{
    Q_UNUSED(keepAliveHint);
    if (streamCount() >= m_options.maxStreams) {
        // The page polls instead.
        respond(client, 503, "text/plain; charset=utf-8", "too many live streams\n", false,
                "Retry-After: 10\r\n");
        return;
    }
    client.stream = true;
    client.streamKey = key;
    client.waitingForRequest = false;
    client.sinceHeartbeat.start();
    client.activity.restart();
    QString error;
    const Cached *c = cached(key, &error);
    client.lastSent = c ? c->leaderboard : QByteArray();
    QByteArray out = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\n"
                     "Cache-Control: no-store\r\nX-Accel-Buffering: no\r\n"
                     "Connection: keep-alive\r\n\r\nretry: 2000\n\n";
    out += "event: leaderboard\ndata: " + client.lastSent + "\n\n";
    client.socket->write(out);
}

void LeaderboardServer::poll()
{
    if (!m_store)
        return;
    const qint64 version = m_store->dataVersion();
    if (version == m_dataVersion || version < 0)
        return;
    m_dataVersion = version;
    QSet<QString> keys;
    for (const Client *c : std::as_const(m_clients))
        if (c->stream)
            keys.insert(c->streamKey);
    bool sent = false;
    for (const QString &key : std::as_const(keys)) {
        QString error;
        const Cached *c = cached(key, &error);
        if (!c)
            continue;
        const QByteArray json = c->leaderboard;
        const QByteArray event = "event: leaderboard\ndata: " + json + "\n\n";
        const QList<QTcpSocket *> sockets = m_clients.keys();
        for (QTcpSocket *s : sockets) {
            Client *client = m_clients.value(s);
            if (!client || !client->stream || client->streamKey != key || client->lastSent == json)
                continue;
            if (s->bytesToWrite() > m_options.maxPendingBytes) {
                drop(s); // it stopped reading: let it reconnect when it can
                continue;
            }
            client->lastSent = json;
            client->sinceHeartbeat.restart();
            s->write(event);
            sent = true;
        }
    }
    if (sent)
        emit published();
}

void LeaderboardServer::housekeeping()
{
    const QList<QTcpSocket *> sockets = m_clients.keys();
    for (QTcpSocket *s : sockets) {
        Client *c = m_clients.value(s);
        if (!c)
            continue;
        const qint64 quiet = c->activity.elapsed();
        if (c->stream) {
            if (s->bytesToWrite() > 0 && quiet > m_options.requestTimeoutMs) {
                drop(s); // nothing read for a long time
                continue;
            }
            if (c->sinceHeartbeat.elapsed() >= m_options.heartbeatMs) {
                c->sinceHeartbeat.restart();
                s->write(": keep-alive\n\n");
            }
            continue;
        }
        if (!c->waitingForRequest || c->closing) {
            if (quiet > m_options.requestTimeoutMs)
                drop(s); // the answer is not being read
            continue;
        }
        if (!c->buffer.isEmpty() && c->requestStart.isValid() &&
            c->requestStart.elapsed() > m_options.requestTimeoutMs) {
            refuse(*c, 408, QStringLiteral("the request took too long"));
            continue;
        }
        if (c->buffer.isEmpty() &&
            quiet > (c->requests == 0 ? m_options.requestTimeoutMs : m_options.idleTimeoutMs))
            drop(s);
    }
}

QByteArray LeaderboardServer::page() const
{
    if (!m_page.isEmpty())
        return m_page;
    QFile file(QStringLiteral(":/live/phone.html"));
    if (!file.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("<!doctype html><title>SABC</title><p>The page is missing.");
    QByteArray html = file.readAll();
    QJsonObject labels;
    labels.insert(QStringLiteral("title"), tr("Leaderboard"));
    labels.insert(QStringLiteral("leaderboard"), tr("Leaderboard"));
    labels.insert(QStringLiteral("boats"), tr("Boats"));
    labels.insert(QStringLiteral("standings"), tr("Season"));
    labels.insert(QStringLiteral("place"), tr("Pl"));
    labels.insert(QStringLiteral("angler"), tr("Angler"));
    labels.insert(QStringLiteral("fish"), tr("Fish"));
    labels.insert(QStringLiteral("net"), tr("Net"));
    labels.insert(QStringLiteral("bigBass"), tr("Big bass"));
    labels.insert(QStringLiteral("bb"), tr("BB"));
    labels.insert(QStringLiteral("points"), tr("Pts"));
    labels.insert(QStringLiteral("anglers"), tr("Anglers"));
    labels.insert(QStringLiteral("weight"), tr("Weight"));
    labels.insert(QStringLiteral("events"), tr("Events"));
    labels.insert(QStringLiteral("payouts"), tr("Payouts"));
    labels.insert(QStringLiteral("amount"), tr("Amount"));
    labels.insert(QStringLiteral("noTournament"), tr("No tournament to show yet."));
    labels.insert(QStringLiteral("noEntries"), tr("No weigh-ins yet."));
    labels.insert(QStringLiteral("noBigBass"), tr("No big bass yet."));
    labels.insert(QStringLiteral("noStandings"), tr("No standings yet."));
    labels.insert(QStringLiteral("live"), tr("Live"));
    labels.insert(QStringLiteral("offline"), tr("Reconnecting…"));
    labels.insert(QStringLiteral("connecting"), tr("Connecting…"));
    labels.insert(QStringLiteral("updated"), tr("Updated %1"));
    labels.insert(QStringLiteral("season"), tr("Season %1"));
    labels.insert(QStringLiteral("lb"), tr("lb"));
    labels.insert(QStringLiteral("zero"), tr("zero"));
    labels.insert(QStringLiteral("buyin"), tr("buy-in"));
    labels.insert(QStringLiteral("dq"), tr("DQ"));
    html.replace("/*LABELS*/{}", QJsonDocument(labels).toJson(QJsonDocument::Compact));
    const_cast<LeaderboardServer *>(this)->m_page = html;
    return html;
}
