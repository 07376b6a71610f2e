#include "sync/credentials.h"

#include "sync/synclog.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace {

QString unavailableMessage(const QString &detail)
{
    return QCoreApplication::translate(
               "Credentials",
               "No keychain (secret service) is available on this computer, so the password "
               "cannot be remembered; you will be asked for it each time. (%1)")
        .arg(detail);
}

bool isUnavailable(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::AccessDenied ||
           error == QKeychain::AccessDeniedByUser || error == QKeychain::OtherError ||
           error == QKeychain::NotImplemented;
}

// Runs a keychain job to its end or until the time limit. Returns false on timeout.
bool wait(QKeychain::Job &job, int timeoutMs)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&finished] { finished = true; });
    job.setAutoDelete(false);
    job.start();
    timer.start(timeoutMs);
    if (!finished)
        loop.exec();
    return finished;
}

} // namespace

QString Credentials::service()
{
    return QStringLiteral("SABC Tournament Manager");
}

QString Credentials::key(const ServerUrl &url)
{
    return QStringLiteral("%1@%2:%3/%4").arg(url.user, url.host).arg(url.port).arg(url.database);
}

Credentials::Lookup Credentials::read(const QString &key, int timeoutMs)
{
    QKeychain::ReadPasswordJob job(service());
    job.setInsecureFallback(false);
    job.setKey(key);
    Lookup result;
    if (!wait(job, timeoutMs)) {
        result.state = State::Unavailable;
        result.message = unavailableMessage(tr("the keychain did not answer"));
    } else if (job.error() == QKeychain::NoError) {
        result.state = State::Found;
        result.password = job.textData();
    } else if (job.error() == QKeychain::EntryNotFound) {
        result.state = State::NotFound;
    } else {
        result.state = isUnavailable(job.error()) ? State::Unavailable : State::NotFound;
        result.message = unavailableMessage(job.errorString());
    }
    qCInfo(lcSync).noquote() << "keychain lookup for" << key << ":"
                             << (result.state == State::Found      ? "found"
                                 : result.state == State::NotFound ? "no password stored"
                                                                   : "keychain unavailable");
    return result;
}

Status Credentials::write(const QString &key, const QString &password, int timeoutMs)
{
    QKeychain::WritePasswordJob job(service());
    job.setInsecureFallback(false);
    job.setKey(key);
    job.setTextData(password);
    if (!wait(job, timeoutMs))
        return Status::failure(unavailableMessage(tr("the keychain did not answer")));
    if (job.error() != QKeychain::NoError) {
        qCWarning(lcSync).noquote() << "could not store the password for" << key << "in the keychain:"
                                    << job.errorString();
        return Status::failure(unavailableMessage(job.errorString()));
    }
    qCInfo(lcSync).noquote() << "password for" << key << "stored in the keychain";
    return Status::success();
}

Status Credentials::forget(const QString &key, int timeoutMs)
{
    QKeychain::DeletePasswordJob job(service());
    job.setInsecureFallback(false);
    job.setKey(key);
    if (!wait(job, timeoutMs))
        return Status::failure(unavailableMessage(tr("the keychain did not answer")));
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return Status::failure(unavailableMessage(job.errorString()));
    qCInfo(lcSync).noquote() << "password for" << key << "removed from the keychain";
    return Status::success();
}
