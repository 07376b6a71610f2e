// SyncScheduler: runs SyncEngine off the GUI thread (its own database connections), one run at a
// time, on request, every few minutes, and when the network comes back (QNetworkInformation).
// Results come back as signals on the thread that owns the scheduler.
#pragma once

#include "sync/serverurl.h"
#include "sync/syncengine.h"

#include <QObject>
#include <QTimer>

#include <atomic>

class SyncScheduler : public QObject
{
    Q_OBJECT
public:
    explicit SyncScheduler(QObject *parent = nullptr);
    ~SyncScheduler() override;

    void setDatabasePath(const QString &path);
    // The password is held in memory only, for this session.
    void setServer(const ServerUrl &url, const QString &password);
    void clearServer();
    bool hasServer() const { return m_configured; }
    // Automatic sync every `intervalMs` and when the network comes back.
    void setAutomatic(bool on, int intervalMs = 5 * 60 * 1000);
    bool isRunning() const { return m_running; }

public slots:
    void syncNow();

signals:
    void started();
    void progress(const QString &stage, int done, int total);
    void finished(bool ok, const QString &message, const SyncReport &report);

private:
    void onReachability(bool online);

    QString m_path;
    ServerUrl m_url;
    QString m_password;
    bool m_configured = false;
    bool m_automatic = false;
    bool m_wasOnline = true;
    std::atomic_bool m_running = false;
    QTimer m_timer;
    QThread *m_thread = nullptr;
};
