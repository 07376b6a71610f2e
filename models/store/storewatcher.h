// StoreWatcher: tells a model or page, once per turn of the event loop, that rows of the tables
// it shows changed in the store. A burst of writes (a demo club, an import, a sync) causes one
// reload, not hundreds.
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class Store;

class StoreWatcher : public QObject
{
    Q_OBJECT
public:
    StoreWatcher(const QStringList &tables, QObject *parent);

    // Watches another store (or none); a pending notification of the old one is dropped.
    void setStore(Store *store);
    // Drops a pending notification (the owner is reloading now anyway).
    void cancelPending() { m_timer.stop(); }

signals:
    void changed();

private:
    QStringList m_tables;
    QPointer<Store> m_store;
    QMetaObject::Connection m_connection;
    QTimer m_timer;
};
