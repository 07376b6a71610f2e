// The numbered schema migrations of the club database. Step N takes a database at
// `PRAGMA user_version` N-1 to N; the store runs each step in its own transaction.
#pragma once

#include <QStringList>

#include <vector>

namespace migrations {

struct Step
{
    int version;            // user_version after the step
    const char *summary;    // what the step does, for the log
    QStringList statements; // run in order inside one transaction
};

// Every step, in order; steps().back().version is the current schema version.
const std::vector<Step> &steps();
int latestVersion();

// Tables whose rows sync between laptops: each has id (UUID text), modified (hybrid logical clock
// stamp), origin (device id) and deleted (tombstone flag).
const QStringList &syncedTables();

} // namespace migrations
