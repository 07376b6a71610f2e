// sync/webimport/: reading the club's former web app database (PostgreSQL) for the import, and
// running the whole import (read, then write through models/webimport/'s WebImporter).
//
// WebReader: reads the web app's tables into a web::Snapshot in one read-only, repeatable-read
// transaction on the web server (it never writes there). PostgreSQL does the decimal
// arithmetic: weights and money arrive as exact hundredths and cents whatever scale the numeric
// column stored. The connection and its password work as for `sabc sync` (ServerConnection:
// an empty password lets libpq use PGPASSWORD or ~/.pgpass).
#pragma once

#include "core/result.h"
#include "sync/serverurl.h"
#include "webimport/webimporter.h"
#include "webimport/websnapshot.h"

#include <QCoreApplication>
#include <QString>

class Store;

class WebReader
{
    Q_DECLARE_TR_FUNCTIONS(WebReader)
public:
    static Result<web::Snapshot> read(const ServerUrl &url, const QString &password);

    // Reads the web database and imports it into `store` (see WebImporter::run).
    static Result<WebImportSummary> importInto(Store &store, const ServerUrl &url,
                                               const QString &password, bool dryRun,
                                               const WebImporter::Progress &progress = {});
};
