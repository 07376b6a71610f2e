// ClubLogModel: the tournament log of one season (or all) as the Log page shows it, newest first:
// when (club time), who, what, which tournament, and what changed. Read-only; it reloads when the
// store reports a change to the log, the tournaments or the anglers.
#pragma once

#include "tournaments/clublog.h"

#include <QAbstractTableModel>
#include <QPointer>

class Store;
class StoreWatcher;

class ClubLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WhenColumn, WhoColumn, WhatColumn, TournamentColumn, DetailColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { SortRole = Qt::UserRole, TournamentIdRole };

    explicit ClubLogModel(Store *store = nullptr, QObject *parent = nullptr);
    void setStore(Store *store);
    // 0: every season.
    void setSeason(int season);
    int season() const { return m_season; }
    // Why the log could not be read, or empty.
    QString error() const { return m_error; }
    const QList<ClubLogLine> &lines() const { return m_lines; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

public slots:
    void reload();

private:
    QPointer<Store> m_store;
    StoreWatcher *m_watcher = nullptr;
    int m_season = 0;
    QList<ClubLogLine> m_lines;
    QString m_error;
};
