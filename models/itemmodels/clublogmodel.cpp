#include "itemmodels/clublogmodel.h"

#include "store/store.h"
#include "store/storewatcher.h"

#include <QLocale>

ClubLogModel::ClubLogModel(Store *store, QObject *parent) : QAbstractTableModel(parent)
{
    m_watcher = new StoreWatcher({QStringLiteral("tournament_log"), QStringLiteral("tournaments"),
                                  QStringLiteral("anglers")},
                                 this);
    connect(m_watcher, &StoreWatcher::changed, this, &ClubLogModel::reload);
    setStore(store);
}

void ClubLogModel::setStore(Store *store)
{
    m_store = store;
    m_watcher->setStore(store);
    reload();
}

void ClubLogModel::setSeason(int season)
{
    if (season == m_season)
        return;
    m_season = season;
    reload();
}

void ClubLogModel::reload()
{
    m_watcher->cancelPending();
    beginResetModel();
    m_lines.clear();
    m_error.clear();
    if (m_store) {
        auto read = ClubLog::read(*m_store, m_season);
        if (read)
            m_lines = read.value();
        else
            m_error = read.error();
    }
    endResetModel();
}

int ClubLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ClubLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClubLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const ClubLogLine &line = m_lines.at(index.row());
    if (role == TournamentIdRole)
        return line.tournamentId;
    if (role == SortRole) {
        switch (index.column()) {
        case WhenColumn:
            return line.at.toMSecsSinceEpoch();
        case TournamentColumn:
            return line.tournamentDate.toString(Qt::ISODate) + line.tournament;
        default:
            break;
        }
        role = Qt::DisplayRole;
    }
    if (role == Qt::ToolTipRole && index.column() == DetailColumn)
        return line.detail;
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case WhenColumn:
        return m_store ? locale.toString(m_store->clubTime().toLocal(line.at), QLocale::ShortFormat)
                       : QString();
    case WhoColumn:
        return line.actor.isEmpty() ? tr("(not recorded)") : line.actor;
    case WhatColumn:
        return ClubLog::actionText(line.action);
    case TournamentColumn:
        return tr("%1 %2").arg(locale.toString(line.tournamentDate, QLocale::ShortFormat),
                              line.tournament);
    case DetailColumn:
        return line.detail;
    default:
        return {};
    }
}

QVariant ClubLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case WhatColumn:
        return tr("What");
    case TournamentColumn:
        return tr("Tournament");
    case DetailColumn:
        return tr("What changed");
    default:
        return {};
    }
}
