// Sync conflicts kept on this laptop: same-field edits of weigh-in numbers made on two laptops
// (both values kept, the later one by hybrid logical clock applied provisionally), and rows from
// the server this database could not take in. The officer keeps mine or theirs; the choice is an
// ordinary edit through the Store, so it syncs like any other change.
// ConflictModel shows the open ones (one row per conflict).
#pragma once

#include "core/result.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QSqlDatabase>

class Store;

struct SyncConflict
{
    QString id;
    QString kind; // "value" or "rejected"
    QString table;
    QString rowId;
    QString field;
    QJsonValue mine;
    QJsonValue theirs;
    bool mineWon = false;
    qint64 detectedAt = 0;
};

namespace SyncConflicts {

// The conflicts not resolved yet, newest first.
Result<QList<SyncConflict>> open(const QSqlDatabase &db);
// Keeps this laptop's value (keepMine) or the other laptop's, and closes the conflict.
Status resolve(Store &store, const QString &conflictId, bool keepMine);

} // namespace SyncConflicts

class ConflictModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Record, Field, Mine, Theirs, Applied, ColumnCount };

    explicit ConflictModel(QObject *parent = nullptr);
    void setStore(Store *store);
    Status reload();
    const SyncConflict *conflictAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // A value of a conflict as the officer reads it.
    static QString shown(const QJsonValue &v);

    Store *m_store = nullptr;
    QList<SyncConflict> m_rows;
};
