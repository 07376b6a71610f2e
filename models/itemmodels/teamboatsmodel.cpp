#include "itemmodels/teamboatsmodel.h"

#include "commands/command.h"

TeamBoatsModel::TeamBoatsModel(WeighInModel *sheet, QObject *parent)
    : QAbstractTableModel(parent), m_sheet(sheet)
{
    m_rows = int(sheet->boats().size());
    connect(sheet, &WeighInModel::sheetChanged, this, [this] {
        const int rows = int(m_sheet->boats().size());
        if (rows != m_rows) {
            beginResetModel();
            m_rows = rows;
            endResetModel();
        } else if (m_rows > 0) {
            emit dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
        }
    });
}

int TeamBoatsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int TeamBoatsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TeamBoatsModel::nameOf(const QString &anglerId) const
{
    const int row = m_sheet->rowOfAngler(anglerId);
    return row >= 0 ? m_sheet->entryAt(row).anglerName : tr("(not weighed in)");
}

QVariant TeamBoatsModel::data(const QModelIndex &index, int role) const
{
    if (!m_sheet || !index.isValid() || index.row() >= m_sheet->boats().size())
        return {};
    const BoatRecord &b = m_sheet->boats().at(index.row());
    if (role == Qt::CheckStateRole && index.column() == DqColumn)
        return b.teamDq ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::TextAlignmentRole)
        return index.column() == BoatColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool shown = b.teamWeighed;
    switch (index.column()) {
    case BoatColumn:
        return b.partnerId.isEmpty() ? nameOf(b.boaterId)
                                     : tr("%1 & %2").arg(nameOf(b.boaterId), nameOf(b.partnerId));
    case FishColumn:
        return shown ? QVariant(b.teamFish) : QVariant(QString());
    case WeightColumn:
        return shown ? b.teamWeight.toString(QLocale()) : QString();
    case BigBassColumn:
        return shown && !b.teamBigBass.isZero() ? b.teamBigBass.toString(QLocale()) : QString();
    case DeadColumn:
        return shown && b.teamDead > 0 ? QVariant(b.teamDead) : QVariant(QString());
    default:
        return {};
    }
}

bool TeamBoatsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_sheet || !index.isValid() || index.row() >= m_sheet->boats().size() ||
        m_sheet->isLocked())
        return false;
    const BoatRecord &before = m_sheet->boats().at(index.row());
    BoatRecord after = before;
    after.teamWeighed = true;
    const QString text = value.toString().trimmed();
    auto whole = [&](int &target) {
        bool ok = text.isEmpty();
        const int n = ok ? 0 : text.toInt(&ok);
        if (!ok || n < 0) {
            emit errorOccurred(tr("Enter a whole number, 0 or more (not “%1”).").arg(text));
            return false;
        }
        target = n;
        return true;
    };
    switch (index.column()) {
    case FishColumn:
        if (!whole(after.teamFish))
            return false;
        break;
    case DeadColumn:
        if (!whole(after.teamDead))
            return false;
        break;
    case WeightColumn:
    case BigBassColumn: {
        Weight w;
        if (!text.isEmpty()) {
            auto parsed = Weight::parse(text);
            if (!parsed) {
                emit errorOccurred(parsed.error());
                return false;
            }
            w = parsed.value();
        }
        (index.column() == WeightColumn ? after.teamWeight : after.teamBigBass) = w;
        break;
    }
    case DqColumn:
        if (role != Qt::CheckStateRole)
            return false;
        after.teamDq = value.toInt() == Qt::Checked;
        break;
    default:
        return false;
    }
    if (after.teamFish > 2 * m_sheet->ruleset().fishLimit) {
        emit errorOccurred(tr("%1 fish is more than two anglers' limit of %2.")
                               .arg(after.teamFish)
                               .arg(m_sheet->ruleset().fishLimit));
        return false;
    }
    if (after == before)
        return true;
    Status s = commands::editBoat(m_sheet->undoStack(), m_sheet->store(), before, after,
                                  [this](const QString &e) { emit errorOccurred(e); });
    if (!s)
        emit errorOccurred(s.error());
    return s.ok();
}

Qt::ItemFlags TeamBoatsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_sheet || m_sheet->isLocked() || index.column() == BoatColumn)
        return f;
    if (index.column() == DqColumn)
        return f | Qt::ItemIsUserCheckable;
    return f | Qt::ItemIsEditable;
}

QVariant TeamBoatsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case BoatColumn:
        return tr("Boat");
    case FishColumn:
        return tr("Fish");
    case WeightColumn:
        return tr("Boat weight");
    case BigBassColumn:
        return tr("Big bass");
    case DeadColumn:
        return tr("Dead");
    case DqColumn:
        return tr("DQ");
    default:
        return {};
    }
}
