// LeaderboardModel: the live standings of the weigh-in sheet it follows: places, points and net
// weights of every entry, as the scoring engine computes them (TournamentScorer, BoatRanker,
// PayoutCalculator). Recomputed after every change of the sheet. The boats, the big bass leader,
// the pot with its carryover and the proposed payouts come with it (standings()), and the boats
// are shown by BoatStandingsModel.
#pragma once

#include "core/money.h"
#include "scoring/boatranker.h"
#include "scoring/entryvalidator.h"
#include "scoring/payoutcalculator.h"
#include "scoring/ruleset.h"
#include "scoring/tournamentscorer.h"

#include <QAbstractTableModel>
#include <QPointer>

#include "itemmodels/weighinmodel.h"

// Everything the leaderboard and the results sheet show, computed once per change.
struct WeighInStandings
{
    Ruleset ruleset;
    TournamentResult result;
    QList<BoatResult> boats;
    TournamentPayouts payouts;
    QList<EntryIssue> issues; // of the whole sheet (should be none: rows were checked)

    // Computes the standings of a tournament's entries with the engine.
    static WeighInStandings compute(const TournamentInput &input, const Ruleset &ruleset,
                                    Money carryIn);

    // Money proposed for one boat (place money) and one angler (big bass), zero when none.
    Money placeMoney(const QString &boatId) const;
    Money bigBassMoney(const QString &anglerId) const;
    // "Jim Smith 6.25 lb" or empty: the largest eligible big bass over the threshold.
    QString bigBassLeaderText() const;
    // "Jim Smith & Joe Doe".
    static QString boatName(const BoatResult &boat);
};

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

    static QString statusText(const ScoredEntry &e);

signals:
    void recomputed();

private:
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
