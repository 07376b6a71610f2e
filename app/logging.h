// Logging: every QLoggingCategory message goes to stderr and to a rotating log file in the app's
// data folder (logs/sabc.log, five files of 1 MB). Secrets are never logged.
#pragma once

#include <QString>

namespace logging {

// Installs the message handler. `quietStderr` keeps informational messages off stderr (for
// headless commands whose stderr is part of their contract); the file still gets them.
void install(bool quietStderr);
// The current log file.
QString logFilePath();

} // namespace logging
