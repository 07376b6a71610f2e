// Test support (not part of sabc_sync): a fresh database per test on the PostgreSQL server the
// test harness started (SABC_TEST_PG_URL, a superuser URL; SABC_TEST_PG_BIN, its bin folder).
#pragma once

#include "sync/serverconnection.h"
#include "sync/serverschema.h"
#include "sync/serverurl.h"

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

} // namespace PgTest
