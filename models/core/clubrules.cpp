#include "core/clubrules.h"

const QStringList &ClubRules::officerPosts()
{
    static const QStringList all = {QStringLiteral("president"), QStringLiteral("treasurer"),
                                    QStringLiteral("weighmaster"),
                                    QStringLiteral("assistant_weighmaster")};
    return all;
}

QString ClubRules::postText(const QString &post)
{
    if (post == QLatin1String("president"))
        return tr("President/Secretary");
    if (post == QLatin1String("treasurer"))
        return tr("Treasurer");
    if (post == QLatin1String("weighmaster"))
        return tr("Weighmaster");
    if (post == QLatin1String("assistant_weighmaster"))
        return tr("Assistant Weighmaster");
    return post;
}

const QStringList &ClubRules::paymentMethods()
{
    static const QStringList all = {QStringLiteral("cash"), QStringLiteral("check"),
                                    QStringLiteral("online")};
    return all;
}

QString ClubRules::methodText(const QString &method)
{
    if (method == QLatin1String("cash"))
        return tr("Cash");
    if (method == QLatin1String("check"))
        return tr("Check");
    if (method == QLatin1String("online"))
        return tr("Online");
    return QString();
}

Result<int> ClubRules::count(const QString &typed, const QString &what)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return 0;
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < 0 || n > 999)
        return Result<int>::failure(
            tr("%1 must be a whole number, 0 or more (not “%2”).").arg(what, text));
    return n;
}

bool ClubRules::isPlaceholderEmail(const QString &email)
{
    const QString e = email.trimmed().toLower();
    return e.endsWith(QLatin1String("@sabc.com")) || e.endsWith(QLatin1String("@saustinbc.com"));
}
