#include "itemmodels/standingsmodel.h"


#include <QFont>
#include <QLocale>

#include <algorithm>
#include <functional>

StandingsModel::StandingsModel(QObject *parent) : QAbstractTableModel(parent) {}

void StandingsModel::setSeason(const SeasonView &season)
{
    beginResetModel();
    m_season = season;
    endResetModel();
}

QString StandingsModel::anglerId(int row) const
{
    if (row < 0 || row >= m_season.standings.rows.size())
        return {};
    return m_season.standings.rows.at(row).anglerId;
}

int StandingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_season.standings.rows.size());
}

int StandingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StandingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StandingRow &row = m_season.standings.rows.at(index.row());
    const int dropped = row.totalPoints - row.points;
    if (role == AnglerIdRole)
        return row.anglerId;
    if (role == Qt::TextAlignmentRole)
        return index.column() == AnglerColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                              : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == DroppedColumn && dropped > 0)
        return tr("Only the best %n tournaments count.", nullptr, m_season.ruleset.bestN);
    if (role == Qt::ToolTipRole && index.column() == RankColumn && !row.qualified)
        return tr("Fewer than %n events: not ranked.", nullptr, m_season.ruleset.minimumEvents);
    if (role == SortRole) {
        switch (index.column()) {
        case RankColumn:
            return row.rank == 0 ? 1000000 : row.rank;
        case AnglerColumn:
            return row.anglerName.toCaseFolded();
        case PointsColumn:
            return row.points;
        case EventsColumn:
            return row.events;
        case WeightColumn:
            return row.netWeight.hundredths();
        case DroppedColumn:
            return dropped;
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RankColumn:
        return row.rank == 0 ? tr("–") : QString::number(row.rank);
    case AnglerColumn:
        return row.anglerName;
    case PointsColumn:
        return row.points;
    case EventsColumn:
        return row.events;
    case WeightColumn:
        return row.netWeight.toString(QLocale());
    case DroppedColumn:
        return dropped > 0 ? QStringLiteral("−%1").arg(dropped) : QString();
    }
    return {};
}

QVariant StandingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RankColumn:
        return tr("Rank");
    case AnglerColumn:
        return tr("Angler");
    case PointsColumn:
        return tr("Points");
    case EventsColumn:
        return tr("Events");
    case WeightColumn:
        return tr("Weight (lb)");
    case DroppedColumn:
        return tr("Dropped");
    }
    return {};
}

AnglerBreakdownModel::AnglerBreakdownModel(QObject *parent) : QAbstractTableModel(parent) {}

void AnglerBreakdownModel::setAngler(const SeasonView &season, const QString &anglerId)
{
    beginResetModel();
    m_lines.clear();
    if (const StandingRow *row = season.standings.row(anglerId)) {
        for (const TournamentPoints &tp : row->tournaments) {
            if (tp.tournament < 0 || tp.tournament >= season.tournaments.size())
                continue;
            const ScoredTournament &t = season.tournaments.at(tp.tournament);
            m_lines.append({t.date, t.name, tp.place, tp.points, tp.net, tp.status, tp.counted});
        }
    }
    endResetModel();
}

int AnglerBreakdownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int AnglerBreakdownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnglerBreakdownModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &line = m_lines.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return (index.column() == TournamentColumn || index.column() == StatusColumn)
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && !line.counted) {
        QFont font;
        font.setStrikeOut(true);
        return font;
    }
    if (role == Qt::ToolTipRole && !line.counted)
        return tr("Dropped: only the best tournaments count.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return QLocale().toString(line.date, QLocale::ShortFormat);
    case TournamentColumn:
        return line.tournament;
    case PlaceColumn:
        return line.place > 0 ? QString::number(line.place) : QString();
    case PointsColumn:
        return line.points;
    case WeightColumn:
        return line.net.toString(QLocale());
    case StatusColumn:
        switch (line.status) {
        case EntryStatus::Fished:
            return line.counted ? QString() : tr("dropped");
        case EntryStatus::Zero:
            return tr("zero");
        case EntryStatus::BuyIn:
            return tr("buy-in");
        case EntryStatus::Dq:
            return tr("disqualified");
        }
    }
    return {};
}

QVariant AnglerBreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TournamentColumn:
        return tr("Tournament");
    case PlaceColumn:
        return tr("Place");
    case PointsColumn:
        return tr("Points");
    case WeightColumn:
        return tr("Weight (lb)");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}
