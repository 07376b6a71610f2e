// Sync conflicts kept on this laptop: same-field edits of weigh-in numbers made on two laptops
// (both values kept, the later one by hybrid logical clock applied provisionally), the same angler
// entered in one tournament on two laptops (the entry with the lower id stays, the other's numbers
// are kept), records this laptop sent that the server refused (set aside), and rows from the
// server this database could not take in. The officer keeps mine or theirs; the choice is an
// ordinary edit through the Store, so it syncs like any other change, and it can be undone.
// ConflictModel shows the open ones (one row per conflict) in the club's words: the tournament,
// the angler and the field, weights in pounds.
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
    QString kind; // "value", "duplicate", "refused" or "rejected"
    QString table;
    QString rowId;
    QString field;
    QJsonValue mine;   // a value; for a duplicate, {id, numbers}; refused, rejected: why (text)
    QJsonValue theirs; // the same; rejected: the server's record
    bool mineWon = false;
    qint64 detectedAt = 0;
};

namespace SyncConflicts {

// The conflicts not resolved yet, newest first.
Result<QList<SyncConflict>> open(const QSqlDatabase &db);
// Keeps this laptop's value (keepMine) or the other laptop's, and closes the conflict. Either
// choice is written again with a new stamp, so it wins on every laptop.
Status resolve(Store &store, const QString &conflictId, bool keepMine);
// The conflict settled last whose choice can still be undone, or "" when none.
Result<QString> lastSettled(const QSqlDatabase &db);
// Puts back what the choice replaced and opens the conflict again.
Status undo(Store &store, const QString &conflictId);

// The record in words: "March (2025-03-23), Angler 7" for an entry.
QString recordText(const QSqlDatabase &db, const SyncConflict &conflict);
// The field in words ("Weight"); for a duplicate, what happened.
QString fieldText(const SyncConflict &conflict);
// A value as the officer reads it: weights in pounds, lengths in inches, yes/no.
QString valueText(const QString &table, const QString &field, const QJsonValue &value);

} // namespace SyncConflicts

class ConflictModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Record, Field, Mine, Theirs, Applied, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

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
    struct Shown
    {
        SyncConflict conflict;
        QString record;
    };
    Store *m_store = nullptr;
    QList<Shown> m_rows;
};
