#include "sync/syncscheduler.h"

#include "sync/synclog.h"

#include <QNetworkInformation>
#include <QPointer>
#include <QThread>

SyncScheduler::SyncScheduler(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<SyncReport>("SyncReport");
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_automatic)
            syncNow();
    });
    if (QNetworkInformation::loadDefaultBackend() ||
        QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        QNetworkInformation *info = QNetworkInformation::instance();
        m_wasOnline = info->reachability() == QNetworkInformation::Reachability::Online ||
                      info->reachability() == QNetworkInformation::Reachability::Unknown;
        connect(info, &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability r) {
                    onReachability(r == QNetworkInformation::Reachability::Online);
                });
    } else {
        qCInfo(lcSync) << "no network information backend; syncing on the timer only";
    }
}

SyncScheduler::~SyncScheduler()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void SyncScheduler::setDatabasePath(const QString &path)
{
    m_path = path;
}

void SyncScheduler::setServer(const ServerUrl &url, const QString &password)
{
    m_url = url;
    m_password = password;
    m_configured = true;
}

void SyncScheduler::clearServer()
{
    m_configured = false;
    m_password.clear();
}

void SyncScheduler::setAutomatic(bool on, int intervalMs)
{
    m_automatic = on;
    if (on)
        m_timer.start(intervalMs);
    else
        m_timer.stop();
}

void SyncScheduler::onReachability(bool online)
{
    const bool cameBack = online && !m_wasOnline;
    m_wasOnline = online;
    if (cameBack && m_automatic) {
        qCInfo(lcSync) << "network is back: syncing";
        syncNow();
    }
}

void SyncScheduler::syncNow()
{
    if (m_running || !m_configured || m_path.isEmpty())
        return;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_running = true;
    emit started();
    QPointer<SyncScheduler> self(this);
    const QString path = m_path;
    const ServerUrl url = m_url;
    const QString password = m_password;
    m_thread = QThread::create([self, path, url, password] {
        SyncEngine engine(path, url, password);
        engine.setProgress([self](const QString &stage, int done, int total) {
            if (self)
                QMetaObject::invokeMethod(self.data(), [self, stage, done, total] {
                    if (self)
                        emit self->progress(stage, done, total);
                });
        });
        auto result = engine.run();
        const bool ok = result.ok();
        const QString message = ok ? result.value().summary() : result.error();
        const SyncReport report = ok ? result.value() : SyncReport();
        if (self)
            QMetaObject::invokeMethod(self.data(), [self, ok, message, report] {
                if (!self)
                    return;
                self->m_running = false;
                emit self->finished(ok, message, report);
            });
    });
    m_thread->start();
}
