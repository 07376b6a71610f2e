#include "sync/serverprofiles.h"

#include <QSettings>

namespace ServerProfiles {

QList<ServerProfile> load()
{
    QSettings settings;
    QList<ServerProfile> profiles;
    const int n = settings.beginReadArray(QStringLiteral("sync/profiles"));
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        ServerProfile p;
        p.name = settings.value(QStringLiteral("name")).toString();
        p.url = settings.value(QStringLiteral("url")).toString();
        p.automatic = settings.value(QStringLiteral("automatic"), true).toBool();
        if (!p.name.isEmpty())
            profiles << p;
    }
    settings.endArray();
    return profiles;
}

void save(const QList<ServerProfile> &profiles)
{
    QSettings settings;
    settings.remove(QStringLiteral("sync/profiles"));
    settings.beginWriteArray(QStringLiteral("sync/profiles"), int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), profiles.at(i).name);
        settings.setValue(QStringLiteral("url"), profiles.at(i).url);
        settings.setValue(QStringLiteral("automatic"), profiles.at(i).automatic);
    }
    settings.endArray();
}

QString current()
{
    return QSettings().value(QStringLiteral("sync/current")).toString();
}

void setCurrent(const QString &name)
{
    QSettings().setValue(QStringLiteral("sync/current"), name);
}

} // namespace ServerProfiles
