// Test support (not part of sabc_sync): a fresh database per test on the PostgreSQL server the
// test harness started (SABC_TEST_PG_URL, a superuser URL; SABC_TEST_PG_BIN, its bin folder).
// Every login signs in with a password (scram-sha-256): the superuser's comes from the
// harness's password file (PGPASSFILE); officer logins made here keep theirs in passwords().
#pragma once

#include "sync/serverconnection.h"
#include "sync/serverschema.h"
#include "sync/serverurl.h"

#include <QHash>
#include <QSqlQuery>
#include <QUuid>

namespace PgTest {

inline Result<ServerUrl> adminUrl()
{
    const QString text = qEnvironmentVariable("SABC_TEST_PG_URL");
    if (text.isEmpty())
        return Result<ServerUrl>::failure(QStringLiteral(
            "SABC_TEST_PG_URL is not set: run the tests through scripts/test, which starts a "
            "private PostgreSQL server"));
    return ServerUrl::parse(text);
}

// Creates an empty database with a unique name; returns the superuser URL of it.
inline Result<ServerUrl> createDatabase(const QString &prefix)
{
    auto admin = adminUrl();
    if (!admin)
        return admin;
    auto conn = ServerConnection::open(admin.value(), QString());
    if (!conn)
        return Result<ServerUrl>::failure(conn.error());
    const QString name = prefix + QLatin1Char('_') +
                         QUuid::createUuid().toString(QUuid::Id128).left(12);
    if (Status s = conn.value()->command(QStringLiteral("CREATE DATABASE %1").arg(name),
                                         QStringLiteral("create a test database"));
        !s)
        return Result<ServerUrl>::failure(s.error());
    ServerUrl url = admin.value();
    url.database = name;
    return url;
}

inline ServerUrl as(ServerUrl url, const QString &user)
{
    url.user = user;
    return url;
}

// The password of each officer login a test made.
inline QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> known;
    return known;
}

inline QString passwordOf(const QString &user)
{
    return passwords().value(user);
}

// Connects as the URL's user with its password (the superuser's from the password file).
inline Result<std::unique_ptr<ServerConnection>> open(const ServerUrl &url)
{
    return ServerConnection::open(url, passwordOf(url.user));
}

// Adds an officer login with a fresh name and password through `owner` (the superuser URL of
// the club database, or an admin login); returns its name, or the server's refusal.
inline Result<QString> addLogin(const ServerUrl &owner, const QString &role)
{
    auto conn = open(owner);
    if (!conn)
        return Result<QString>::failure(conn.error());
    const QString name = role.left(4) + QStringLiteral("_") +
                         QUuid::createUuid().toString(QUuid::Id128).left(10);
    const QString password = QStringLiteral("pw-") + QUuid::createUuid().toString(QUuid::Id128);
    auto created = ServerSchema::addUser(*conn.value(), name, role, password);
    if (!created)
        return Result<QString>::failure(created.error());
    passwords().insert(name, password);
    return name;
}

} // namespace PgTest
