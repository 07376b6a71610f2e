// ServerProfiles: the servers this laptop syncs with (e.g. "Club server", "Practice server"), kept
// in the app's settings as a name, a server URL (which never holds a password) and whether to sync
// automatically. The password of a profile lives in the keychain (Credentials).
#pragma once

#include <QList>
#include <QString>

struct ServerProfile
{
    QString name;
    QString url;
    bool automatic = true;
};

namespace ServerProfiles {

QList<ServerProfile> load();
void save(const QList<ServerProfile> &profiles);
QString current();
void setCurrent(const QString &name);

} // namespace ServerProfiles
