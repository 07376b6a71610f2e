#include "ui/common/uilocale.h"

#include <QCoreApplication>
#include <QTranslator>

namespace UiLocale {

QLocale forLanguage(const QString &code, const QLocale &system)
{
    const QLocale chosen = code.isEmpty() ? system : QLocale(code);
    if (chosen.language() == QLocale::Spanish)
        return QLocale(QLocale::Spanish, QLocale::UnitedStates);
    if (chosen.language() == QLocale::English || chosen.language() == QLocale::C)
        return chosen.decimalPoint() == QLatin1String(".")
                   ? chosen
                   : QLocale(QLocale::English, QLocale::UnitedStates);
    if (chosen.decimalPoint() == QLatin1String("."))
        return chosen;
    // Another language with a decimal comma: written as in the United States, like the money.
    const QLocale us(chosen.language(), QLocale::UnitedStates);
    return us.decimalPoint() == QLatin1String(".") ? us
                                                   : QLocale(QLocale::English, QLocale::UnitedStates);
}

void install(const QLocale &locale, const QString &folder, const QString &qtFolder, QObject *owner)
{
    QLocale::setDefault(locale);
    auto *own = new QTranslator(owner);
    if (own->load(locale, QStringLiteral("sabc"), QStringLiteral("_"), folder) ||
        own->load(QStringLiteral("sabc_en"), folder))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(owner);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtFolder))
        QCoreApplication::installTranslator(qt);
}

} // namespace UiLocale
