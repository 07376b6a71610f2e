#include "ui/common/uilog.h"

Q_LOGGING_CATEGORY(lcUi, "sabc.ui")
