// Credentials: the server password of each profile, kept only in the operating system's keychain
// (QtKeychain: Secret Service on Linux, Keychain on macOS, Credential Manager on Windows), under
// the service "SABC Tournament Manager" and the profile's key (user@host:port/database). Never in
// settings, logs or the database; the insecure plain-file fallback of QtKeychain stays off.
// The calls wait for the keychain (with a time limit) and must run on a thread with an event loop
// dispatcher, normally the GUI thread.
#pragma once

#include "core/result.h"
#include "sync/serverurl.h"

#include <QCoreApplication>
#include <QString>

class Credentials
{
    Q_DECLARE_TR_FUNCTIONS(Credentials)
public:
    enum class State { Found, NotFound, Unavailable };
    struct Lookup
    {
        State state = State::NotFound;
        QString password;
        QString message; // why the keychain could not be used, in plain words
    };

    static QString service();
    static QString key(const ServerUrl &url);

    static Lookup read(const QString &key, int timeoutMs = 15000);
    // Unavailable keychain → failure whose message says so (the caller asks each time instead).
    static Status write(const QString &key, const QString &password, int timeoutMs = 15000);
    static Status forget(const QString &key, int timeoutMs = 15000);
};
