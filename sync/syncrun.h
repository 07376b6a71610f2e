// Sync::Run: what the steps of one sync share: the two connections, the tables whose bases may be
// lazy, the rows per batch, and the run's progress report and test hooks.
#pragma once

#include "sync/syncengine.h"

#include <QSet>

class ServerConnection;

namespace Sync {

class LocalDatabase;

struct Run
{
    LocalDatabase &local;
    ServerConnection &server;
    ServerUrl url;
    QSet<QString> lazyBase;
    int batchSize = 5000;
    SyncEngine::Progress progress;
    std::function<Status(SyncEngine::Hook)> hook;

    void report(const QString &stage, int done = 0, int total = 0) const
    {
        if (progress)
            progress(stage, done, total);
    }
};

} // namespace Sync
