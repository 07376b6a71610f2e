// ServerUrl: where the club's PostgreSQL server is, parsed from
// postgresql://USER@HOST:PORT/DBNAME?sslmode=MODE. TLS is required by default unless the host is
// this machine. A URL never carries the password: that lives in the OS keychain.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

struct ServerUrl
{
    Q_DECLARE_TR_FUNCTIONS(ServerUrl)
public:
    QString user;
    QString host;
    int port = 5432;
    QString database;
    QString sslMode; // disable, allow, prefer, require, verify-ca, verify-full

    static Result<ServerUrl> parse(const QString &text);
    bool isLocalHost() const;
    // The URL again, without any password.
    QString toString() const;
};
