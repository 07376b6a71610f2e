// The logging category of everything under sync/. Never log a password or a URL carrying one.
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSync)
