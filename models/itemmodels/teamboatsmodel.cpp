#include "itemmodels/teamboatsmodel.h"

#include "commands/command.h"

#include <QColor>
#include <QLocale>

TeamBoatsModel::TeamBoatsModel(WeighInModel *sheet, QObject *parent)
    : QAbstractTableModel(parent), m_sheet(sheet)
{
    m_rows = int(sheet->boats().size());
    connect(sheet, &WeighInModel::sheetChanged, this, [this] {
        const int rows = int(m_sheet->boats().size());
        bool draftGone = m_draft.has_value();
        for (const BoatRecord &b : m_sheet->boats())
            draftGone = draftGone && b.id != m_draft->id;
        if (draftGone) {
            m_draft.reset();
            m_draftProblem.clear();
        }
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
    const bool draft = hasDraft(index.row());
    const BoatRecord &b = draft ? *m_draft : m_sheet->boats().at(index.row());
    if (draft && role == Qt::BackgroundRole)
        return QColor(0xff, 0xf3, 0xc4); // typed, not saved yet
    if (draft && role == Qt::ToolTipRole)
        return tr("Not saved yet: %1").arg(m_draftProblem);
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
    const BoatRecord before = m_sheet->boats().at(index.row());
    BoatRecord after = hasDraft(index.row()) ? *m_draft : before;
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
    if (const QString problem = rowProblem(after); !problem.isEmpty()) {
        // Not an error yet: the rest of the row may still come.
        m_draft = after;
        m_draftProblem = problem;
        emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
        emit message(tr("Row %1 not saved yet: %2 Type the rest of the row; it is saved when it "
                        "adds up.")
                         .arg(index.row() + 1)
                         .arg(problem));
        return true;
    }
    if (hasDraft(index.row())) {
        m_draft.reset();
        m_draftProblem.clear();
        emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    }
    if (after == before)
        return true;
    Status s = commands::editBoat(m_sheet->undoStack(), m_sheet->store(), before, after,
                                  [this](const QString &e) { emit errorOccurred(e); });
    if (!s)
        emit errorOccurred(s.error());
    return s.ok();
}

QString TeamBoatsModel::rowProblem(const BoatRecord &b) const
{
    QStringList problems;
    if (b.teamFish > 0 && b.teamWeight.isZero())
        problems.append(tr("%n fish but no weight.", nullptr, b.teamFish));
    if (b.teamFish == 0 && !b.teamWeight.isZero())
        problems.append(tr("%1 lb with no fish.").arg(b.teamWeight.toString(QLocale())));
    if (b.teamBigBass > b.teamWeight)
        problems.append(tr("The big bass (%1 lb) weighs more than the boat's stringer (%2 lb).")
                            .arg(b.teamBigBass.toString(QLocale()),
                                 b.teamWeight.toString(QLocale())));
    if (b.teamDead > b.teamFish)
        problems.append(tr("%1 dead fish but only %2 fish.").arg(b.teamDead).arg(b.teamFish));
    return problems.join(u' ');
}

bool TeamBoatsModel::hasDraft(int row) const
{
    return m_draft && m_sheet && row >= 0 && row < m_sheet->boats().size() &&
           m_sheet->boats().at(row).id == m_draft->id;
}

Status TeamBoatsModel::leaveRow(int row)
{
    if (!hasDraft(row))
        return Status::success();
    const QString problem = m_draftProblem;
    m_draft.reset();
    m_draftProblem.clear();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return Status::failure(tr("Boat %1 (%2) was not saved: %3 It is back to what it was.")
                               .arg(row + 1)
                               .arg(data(index(row, BoatColumn)).toString(), problem));
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
