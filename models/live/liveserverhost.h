// LiveServerHost: runs a LeaderboardServer on a thread of its own, so that a crowd of phones
// never slows the window that started it. Made and used on the window's thread.
#pragma once

#include "core/result.h"
#include "live/leaderboardserver.h"

#include <QObject>
#include <QStringList>
#include <QThread>

class LiveServerHost : public QObject
{
    Q_OBJECT
public:
    explicit LiveServerHost(QObject *parent = nullptr);
    ~LiveServerHost() override;

    // Starts serving (waits until the server listens or fails).
    Status start(const LeaderboardServer::Options &options);
    void stop();
    bool isRunning() const { return m_server != nullptr; }
    quint16 port() const { return m_port; }
    QStringList urls() const { return m_urls; }

private:
    QThread m_thread;
    LeaderboardServer *m_server = nullptr;
    quint16 m_port = 0;
    QStringList m_urls;
};
