// LeaderboardModel: the live standings of the weigh-in sheet it follows: places, points and net
// weights of every entry, as the scoring engine computes them (TournamentScorer, BoatRanker,
// PayoutCalculator). Recomputed after every change of the sheet. The boats, the big bass leader,
// the pot with its carryover and the proposed payouts come with it (standings()), and the boats
// are shown by BoatStandingsModel. In team format the rows are the boats (boats are what is
// ranked); AnglerIdRole then holds the boat's id.
#pragma once

#include "itemmodels/weighinmodel.h"
#include "tournaments/weighinstandings.h"

#include <QAbstractTableModel>
#include <QPointer>

class LeaderboardModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        PlaceColumn,
        AnglerColumn,
        MemberColumn,
        FishColumn,
        NetColumn,
        BigBassColumn,
        PointsColumn,
        StatusColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role { AnglerIdRole = Qt::UserRole, SortRole };

    explicit LeaderboardModel(QObject *parent = nullptr);

    // Follows a weigh-in sheet and recomputes whenever it changes.
    void setSheet(WeighInModel *sheet);
    WeighInModel *sheet() const { return m_sheet.data(); }

    void recompute();
    const WeighInStandings &standings() const { return m_standings; }
    // How long the last recompute took, in microseconds.
    qint64 lastComputeMicroseconds() const { return m_lastMicros; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void recomputed();

private:
    // Team format: one row per boat.
    QVariant boatData(const QModelIndex &index, int role) const;

    QPointer<WeighInModel> m_sheet;
    WeighInStandings m_standings;
    qint64 m_lastMicros = 0;
};

// The boats of the leaderboard: place, anglers, fish, weight, big bass, proposed place money.
class BoatStandingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        PlaceColumn,
        BoatColumn,
        FishColumn,
        WeightColumn,
        BigBassColumn,
        MoneyColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit BoatStandingsModel(LeaderboardModel *leaderboard, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QPointer<LeaderboardModel> m_leaderboard;
    int m_rows = 0;
};
