#include "itemmodels/leaderboardmodel.h"

#include "itemmodels/weighinmodel.h"

#include <QElapsedTimer>
#include <QLocale>

#include <climits>

LeaderboardModel::LeaderboardModel(QObject *parent) : QAbstractTableModel(parent) {}

void LeaderboardModel::setSheet(WeighInModel *sheet)
{
    if (m_sheet)
        disconnect(m_sheet, nullptr, this, nullptr);
    m_sheet = sheet;
    if (m_sheet)
        connect(m_sheet, &WeighInModel::sheetChanged, this, &LeaderboardModel::recompute);
    recompute();
}

void LeaderboardModel::recompute()
{
    QElapsedTimer timer;
    timer.start();
    WeighInStandings next;
    if (m_sheet && !m_sheet->tournamentId().isEmpty())
        next = WeighInStandings::compute(m_sheet->input(), m_sheet->ruleset(), m_sheet->carryIn());
    // Places move between rows on every change: the same number of rows is a data change,
    // another number of rows a reset (the leaderboard has no selection to keep).
    const bool sameRows = next.byBoat == m_standings.byBoat &&
                          next.result.entries.size() == m_standings.result.entries.size() &&
                          next.boats.size() == m_standings.boats.size();
    if (sameRows) {
        m_standings = std::move(next);
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_standings = std::move(next);
        endResetModel();
    }
    m_lastMicros = timer.nsecsElapsed() / 1000;
    emit recomputed();
}

int LeaderboardModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_standings.byBoat ? m_standings.boats.size() : m_standings.result.entries.size());
}

int LeaderboardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeaderboardModel::boatData(const QModelIndex &index, int role) const
{
    if (index.row() >= m_standings.boats.size())
        return {};
    const BoatResult &b = m_standings.boats.at(index.row());
    if (role == AnglerIdRole)
        return b.boatId;
    if (role == Qt::TextAlignmentRole)
        return index.column() == AnglerColumn || index.column() == StatusColumn ||
                       index.column() == MemberColumn
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    const bool sort = role == SortRole;
    if (role != Qt::DisplayRole && !sort)
        return {};
    switch (index.column()) {
    case PlaceColumn:
        return b.place > 0 ? QVariant(b.place) : (sort ? QVariant(INT_MAX) : QVariant(QString()));
    case AnglerColumn:
        return WeighInStandings::boatName(b);
    case MemberColumn:
        return b.hasMember ? tr("M") : tr("G");
    case FishColumn:
        return b.fish;
    case NetColumn:
        return sort ? QVariant(b.weight.hundredths()) : QVariant(b.weight.toString(QLocale()));
    case BigBassColumn:
        return sort ? QVariant(b.bigBass.hundredths())
                    : QVariant(b.bigBass.isZero() ? QString() : b.bigBass.toString(QLocale()));
    case PointsColumn:
        return QString();
    case StatusColumn:
        return b.ranked ? QString() : tr("DQ");
    default:
        return {};
    }
}

QVariant LeaderboardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (m_standings.byBoat)
        return boatData(index, role);
    if (index.row() >= m_standings.result.entries.size())
        return {};
    const ScoredEntry &e = m_standings.result.entries.at(index.row());
    if (role == AnglerIdRole)
        return e.anglerId;
    if (role == Qt::TextAlignmentRole)
        return index.column() == AnglerColumn || index.column() == StatusColumn ||
                       index.column() == MemberColumn
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    const bool sort = role == SortRole;
    if (role != Qt::DisplayRole && !sort)
        return {};
    switch (index.column()) {
    case PlaceColumn:
        return e.place > 0 ? QVariant(e.place) : (sort ? QVariant(INT_MAX) : QVariant(QString()));
    case AnglerColumn:
        return e.anglerName;
    case MemberColumn:
        return e.member ? tr("M") : tr("G");
    case FishColumn:
        return e.fish;
    case NetColumn:
        return sort ? QVariant(e.net.hundredths()) : QVariant(e.net.toString(QLocale()));
    case BigBassColumn:
        return sort ? QVariant(e.bigBass.hundredths())
                    : QVariant(e.bigBass.isZero() ? QString() : e.bigBass.toString(QLocale()));
    case PointsColumn:
        return m_standings.ruleset.awardsPoints() ? QVariant(e.points) : QVariant(QString());
    case StatusColumn:
        return WeighInStandings::statusText(e);
    default:
        return {};
    }
}

QVariant LeaderboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PlaceColumn:
        return tr("Place");
    case AnglerColumn:
        return m_standings.byBoat ? tr("Boat") : tr("Angler");
    case MemberColumn:
        return tr("M/G");
    case FishColumn:
        return tr("Fish");
    case NetColumn:
        return tr("Net");
    case BigBassColumn:
        return tr("Big bass");
    case PointsColumn:
        return tr("Points");
    case StatusColumn:
        return tr("Note");
    default:
        return {};
    }
}

// ---- boats ----------------------------------------------------------------------------------

BoatStandingsModel::BoatStandingsModel(LeaderboardModel *leaderboard, QObject *parent)
    : QAbstractTableModel(parent), m_leaderboard(leaderboard)
{
    m_rows = int(leaderboard->standings().boats.size());
    connect(leaderboard, &LeaderboardModel::recomputed, this, [this] {
        const int rows = int(m_leaderboard->standings().boats.size());
        if (rows != m_rows) {
            beginResetModel();
            m_rows = rows;
            endResetModel();
        } else if (m_rows > 0) {
            emit dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
        }
    });
}

int BoatStandingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int BoatStandingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BoatStandingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_leaderboard || index.row() >= m_rows)
        return {};
    const WeighInStandings &s = m_leaderboard->standings();
    if (index.row() >= s.boats.size())
        return {};
    const BoatResult &b = s.boats.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == BoatColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case PlaceColumn:
        return b.place > 0 ? QVariant(b.place) : QVariant(QString());
    case BoatColumn:
        return WeighInStandings::boatName(b);
    case FishColumn:
        return b.fish;
    case WeightColumn:
        return b.weight.toString(QLocale());
    case BigBassColumn:
        return b.bigBass.isZero() ? QString() : b.bigBass.toString(QLocale());
    case MoneyColumn: {
        const Money m = s.placeMoney(b.boatId);
        return m.isZero() ? QString() : m.toString();
    }
    default:
        return {};
    }
}

QVariant BoatStandingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PlaceColumn:
        return tr("Place");
    case BoatColumn:
        return tr("Boat");
    case FishColumn:
        return tr("Fish");
    case WeightColumn:
        return tr("Weight");
    case BigBassColumn:
        return tr("Big bass");
    case MoneyColumn:
        return tr("Payout");
    default:
        return {};
    }
}
