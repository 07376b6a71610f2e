// WebImportStore: what the club file remembers of the web app's rows it imported (the table
// webimport_rows): for each kind of record and web row key, the local record it became. The
// import reads it whole before writing and adds a line for each record it brings in, in the
// import's transaction.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <memory>

class Query;
class Store;

class WebImportStore
{
    Q_DECLARE_TR_FUNCTIONS(WebImportStore)
public:
    explicit WebImportStore(Store &store);
    ~WebImportStore();

    // kind -> web key -> local id.
    using Map = QHash<QString, QHash<QString, QString>>;
    Result<Map> all() const;
    // The map address (or other note) recorded with an imported record; empty when none.
    Result<QString> detail(const QString &kind, const QString &webKey) const;
    Status remember(const QString &kind, const QString &webKey, const QString &localId,
                    const QString &detail = QString());
    // How many records of a kind came from the web app.
    Result<int> count(const QString &kind) const;

private:
    Store &m_store;
    std::unique_ptr<Query> m_remember; // prepared once: an import remembers thousands of rows
};
