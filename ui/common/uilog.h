// Logging category of the widgets layer (windows, pages, dialogs): "sabc.ui".
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcUi)
