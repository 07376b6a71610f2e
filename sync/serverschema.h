// ServerSchema: the club server's side of the sync, kept in schema `sabc` of a plain PostgreSQL
// database. Numbered migrations (version in sabc.meta) create the shared row store, the change
// order (every row version carries the id of the transaction that wrote it, read against a
// snapshot watermark so a pull never skips a slower writer), tombstones, the merge function, the
// four officer roles and the row-level security that lets each role write only its tables.
// Also creates officer logins with a SCRAM verifier computed here, so the password itself never
// reaches the server's logs.
#pragma once

#include "core/result.h"
#include "sync/serverconnection.h"

#include <QCoreApplication>
#include <QStringList>

namespace ServerSchema {

// The server schema this app writes and reads.
int latestVersion();
// Brings the server to latestVersion(). Returns the version found before (equal to the latest
// when there was nothing to do). Running it twice changes nothing.
Result<int> migrate(ServerConnection &server);
// The version on the server, 0 when it was never set up.
Result<int> version(ServerConnection &server);

// The officer roles: director, secretary, treasurer, admin.
const QStringList &roleNames();
// Creates (or updates the password and role of) the login `name`. Returns true when created.
Result<bool> addUser(ServerConnection &server, const QString &name, const QString &role,
                     const QString &password);

// A PostgreSQL SCRAM-SHA-256 password verifier for `password` with a random salt.
QString scramVerifier(const QString &password);

} // namespace ServerSchema
