#include "store/storewatcher.h"

#include "store/store.h"

StoreWatcher::StoreWatcher(const QStringList &tables, QObject *parent)
    : QObject(parent), m_tables(tables)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &StoreWatcher::changed);
}

void StoreWatcher::setStore(Store *store)
{
    disconnect(m_connection);
    m_timer.stop();
    m_store = store;
    if (m_store)
        m_connection = connect(m_store, &Store::changed, this, [this](const QString &table) {
            if (m_tables.contains(table))
                m_timer.start();
        });
}
