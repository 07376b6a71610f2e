// LeaderboardServer: the leaderboard over HTTP on the local network, for phones at the ramp.
//   GET /                  the phone page (live through Server-Sent Events, polling otherwise)
//   GET /leaderboard.json  the data (LiveBoard::leaderboardJson()); ?tournament=YYYY-MM-DD
//   GET /standings.json    the season standings of that tournament's season
//   GET /events            Server-Sent Events: "leaderboard" with the JSON after every change
// It opens the club file read-only and notices every commit to it (by any program) within a
// poll interval. Everything runs on the thread the server lives on, without blocking: the JSON
// is computed once per change and shared by every client; connections, streams, request sizes
// and idle time are bounded, so a crowd or a slow or broken client cannot stall it.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <memory>

class QTcpServer;
class QTcpSocket;
class Store;

class LeaderboardServer : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString databasePath;
        QHostAddress address = QHostAddress::Any;
        quint16 port = 8080;
        int maxConnections = 1000;
        int maxStreams = 600;                // open event streams (the rest poll)
        int requestTimeoutMs = 10000;        // to send a whole request, and to read an answer
        int idleTimeoutMs = 30000;           // a kept-alive connection with nothing to do
        int pollIntervalMs = 250;            // how often the file is checked for commits
        int heartbeatMs = 15000;             // a comment on idle event streams
        qint64 maxPendingBytes = 512 * 1024; // unread answer bytes before a client is dropped
    };

    explicit LeaderboardServer(const Options &options, QObject *parent = nullptr);
    ~LeaderboardServer() override;

    // Opens the file and listens. Fails in words a club officer understands (the port is taken,
    // the file is not a club database).
    Status start();
    void stop();
    bool isListening() const;
    quint16 port() const;
    // The addresses phones can open: http://ADDRESS:PORT/ for each address of this computer
    // the server listens on (the local network first, this computer last).
    QStringList urls() const;
    static QStringList urlsFor(const QHostAddress &listen, quint16 port);

    int connectionCount() const { return int(m_clients.size()); }
    int streamCount() const;

signals:
    // The leaderboard JSON changed and was sent to the open streams.
    void published();

private:
    struct Client;
    struct Cached
    {
        QByteArray leaderboard;
        QByteArray standings;
        QByteArray etag;
        bool found = false;
        qint64 dataVersion = -1;
        QElapsedTimer age;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void onBytesWritten(QTcpSocket *socket);
    void drop(QTcpSocket *socket);
    void handle(Client &client, const class HttpRequest &request);
    void respond(Client &client, int status, const QByteArray &type, const QByteArray &body,
                 bool keepAlive, const QByteArray &extraHeaders = {}, bool head = false);
    void startStream(Client &client, const QString &key, bool keepAliveHint);
    void refuse(Client &client, int status, const QString &reason);
    void poll();
    void housekeeping();
    // The cached answer for a tournament date ("" for the default one), recomputed when stale.
    const Cached *cached(const QString &key, QString *error);
    QByteArray page() const;

    Options m_options;
    std::unique_ptr<Store> m_store;
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, Client *> m_clients;
    QHash<QString, Cached> m_cache;
    qint64 m_dataVersion = -1;
    // Children, so that they move with the server to its thread.
    QTimer m_pollTimer{this};
    QTimer m_housekeeping{this};
    QByteArray m_page;
};
