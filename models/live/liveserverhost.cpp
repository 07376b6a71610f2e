#include "live/liveserverhost.h"

LiveServerHost::LiveServerHost(QObject *parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("leaderboard server"));
}

LiveServerHost::~LiveServerHost()
{
    stop();
}

Status LiveServerHost::start(const LeaderboardServer::Options &options)
{
    stop();
    m_thread.start();
    m_server = new LeaderboardServer(options);
    m_server->moveToThread(&m_thread);
    Status status = Status::success();
    QMetaObject::invokeMethod(
        m_server,
        [this, &status] {
            status = m_server->start();
            m_port = m_server->port();
            m_urls = m_server->urls();
        },
        Qt::BlockingQueuedConnection);
    if (!status) {
        stop();
        return status;
    }
    return status;
}

void LiveServerHost::stop()
{
    if (m_server) {
        LeaderboardServer *server = m_server;
        m_server = nullptr;
        // The server's sockets and database connection belong to its thread: end them there.
        QMetaObject::invokeMethod(
            server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    }
    if (m_thread.isRunning()) {
        m_thread.quit();
        m_thread.wait();
    }
    m_port = 0;
    m_urls.clear();
}
