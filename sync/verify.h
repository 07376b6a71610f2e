// Sync::CountCheck: verifies a pull (Anki's sanity check). This laptop must hold a base for every
// row the server holds, table by table (rejected rows aside); when it does not, the watermark goes
// back to the start and everything is fetched again at the next sync. It reads every row on both
// sides, so it runs at a full pull and then at most every half hour.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QHash>

namespace Sync {

class LocalDatabase;

class CountCheck
{
    Q_DECLARE_TR_FUNCTIONS(CountCheck)
public:
    // The watermark of a full pull, which fetches everything.
    static QString startWatermark() { return QStringLiteral("0"); }
    // Whether a pull from `watermark` checks the counts; `lastCheck` is when the last check ran.
    static bool due(const QString &watermark, const Result<QString> &lastCheck, qint64 now);
    // Whether this laptop's bases are as many as the server's rows, in every table.
    static Result<bool> matches(const LocalDatabase &local,
                                const QHash<QString, qint64> &serverCounts);

private:
    static Result<QHash<QString, qint64>> count(const LocalDatabase &local, const QString &sql);
};

} // namespace Sync
