#include "sync/serverurl.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace {

// The address as typed, with any password in it blanked out, for messages.
QString withoutPassword(const QString &text)
{
    QString shown = text.trimmed();
    const qsizetype scheme = shown.indexOf(QLatin1String("://"));
    const qsizetype start = scheme < 0 ? 0 : scheme + 3;
    const qsizetype at = shown.lastIndexOf(u'@');
    if (at >= start) {
        const qsizetype colon = shown.indexOf(u':', start);
        if (colon >= 0 && colon < at)
            shown = shown.left(colon + 1) + QStringLiteral("***") + shown.mid(at);
    }
    static const QRegularExpression parameter(QStringLiteral("(password=)[^&#]*"),
                                              QRegularExpression::CaseInsensitiveOption);
    shown.replace(parameter, QStringLiteral("\\1***"));
    return shown;
}

} // namespace

Result<ServerUrl> ServerUrl::parse(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString expected = tr("Write the server as postgresql://USER@HOST:PORT/DATABASE.");
    if (!url.isValid() || (url.scheme() != QLatin1String("postgresql") &&
                           url.scheme() != QLatin1String("postgres")))
        return Result<ServerUrl>::failure(
            tr("\"%1\" is not a server address. %2").arg(withoutPassword(text), expected));
    if (!url.password().isEmpty())
        return Result<ServerUrl>::failure(
            tr("Do not put the password in the server address; the app asks for it and keeps it "
               "in the system keychain."));
    ServerUrl s;
    s.user = url.userName();
    s.host = url.host();
    s.port = url.port(5432);
    s.database = url.path().mid(1);
    if (s.host.isEmpty() || s.database.isEmpty() || s.user.isEmpty())
        return Result<ServerUrl>::failure(tr("The server address needs a user, a host and a "
                                             "database. %1")
                                              .arg(expected));
    const QString mode = QUrlQuery(url).queryItemValue(QStringLiteral("sslmode"));
    static const QStringList modes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                                      QStringLiteral("prefer"),    QStringLiteral("require"),
                                      QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    if (!mode.isEmpty() && !modes.contains(mode))
        return Result<ServerUrl>::failure(tr("\"%1\" is not a TLS mode; use one of %2.")
                                              .arg(mode, modes.join(QStringLiteral(", "))));
    s.sslMode = !mode.isEmpty() ? mode
                : s.isLocalHost() ? QStringLiteral("prefer")
                                  : QStringLiteral("require");
    return s;
}

bool ServerUrl::isLocalHost() const
{
    return host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1") ||
           host == QLatin1String("::1") || host.startsWith(u'/');
}

QString ServerUrl::toString() const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=%5")
        .arg(user, host)
        .arg(port)
        .arg(database, sslMode);
}
