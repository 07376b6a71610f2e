// UiLocale: the language and number format of the window. Money is always written $1,234.56, so
// the locale's weights must use the same decimal point: Spanish is Spanish of the United States
// (es_US: 12.34 lb, like $12.34), never Spain's 12,34. When the app has no translation for the
// language, its English one is loaded so counts read "1 angler", not "1 anglers".
#pragma once

#include <QLocale>

class QObject;

namespace UiLocale {
// The locale for a language chosen in View > Language ("en", "es"; empty: the system's).
QLocale forLanguage(const QString &code, const QLocale &system = QLocale::system());
// Installs the app's translation for `locale` from `folder` (English when there is none) and
// Qt's own from `qtFolder`; the translators are children of `owner`. Sets the default locale.
void install(const QLocale &locale, const QString &folder, const QString &qtFolder,
             QObject *owner);
} // namespace UiLocale
