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
// Brings the server to latestVersion() (or to `target`, for tests of an upgrade). Returns the
// version found before (equal to the target when there was nothing to do). Running it twice
// changes nothing.
Result<int> migrate(ServerConnection &server, int target = latestVersion());
// The version on the server, 0 when it was never set up.
Result<int> version(ServerConnection &server);

// The officer roles: director, secretary, treasurer, admin.
const QStringList &roleNames();
// The roles a login may have: the officers' and "reader" (reads only the views of schema club,
// server version 5, for a website or a reporting tool).
const QStringList &loginRoleNames();
// Creates the login `name` with an officer role (or the reader role), or gives an existing club login of that role a
// new password. Returns true when created. The server refuses a login the club did not make (a
// server administrator's, another club's) and a change of role. Run by the server's owner or a
// login of the club's admin role.
Result<bool> addUser(ServerConnection &server, const QString &name, const QString &role,
                     const QString &password);

// One of the club's logins, as its administrator sees them.
struct Login
{
    QString name;
    QString role; // director, secretary, treasurer, admin
    bool enabled = true;
};
// The club's logins by name (admin role or the server's owner only).
Result<QList<Login>> logins(ServerConnection &server);
// Lets a club login sign in again, or stops it (its open sessions end). Nobody disables their own.
Status setLoginEnabled(ServerConnection &server, const QString &name, bool enabled);
// A new password for a club login (admin role or the server's owner only).
Status resetPassword(ServerConnection &server, const QString &name, const QString &password);
// The connected login's own new password.
Status changeOwnPassword(ServerConnection &server, const QString &password);

// A PostgreSQL SCRAM-SHA-256 password verifier for `password` with a random salt.
QString scramVerifier(const QString &password);

} // namespace ServerSchema
