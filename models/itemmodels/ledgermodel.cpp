#include "itemmodels/ledgermodel.h"

#include "store/store.h"
#include "core/clubrules.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

LedgerModel::LedgerModel(Store *store, QObject *parent) : QAbstractTableModel(parent)
{
    setStore(store);
}

void LedgerModel::setStore(Store *store)
{
    if (m_connection)
        disconnect(m_connection);
    m_store = store;
    if (store)
        m_connection = connect(store, &Store::changed, this, [this](const QString &table) {
            if (table == QLatin1String("ledger") || table == QLatin1String("anglers") ||
                table == QLatin1String("tournaments"))
                (void)reload();
        });
    (void)reload();
}

void LedgerModel::setSeason(int season)
{
    m_season = season;
    (void)reload();
}

Status LedgerModel::reload()
{
    QList<LedgerEntry> list;
    m_error.clear();
    if (m_store) {
        auto read = LedgerStore(m_store).entries(m_season);
        if (!read)
            m_error = read.error();
        else
            list = read.value();
    }
    beginResetModel();
    m_entries = list;
    endResetModel();
    return m_error.isEmpty() ? Status::success() : Status::failure(m_error);
}

const LedgerEntry *LedgerModel::entryAt(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return nullptr;
    return &m_entries.at(row);
}

int LedgerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LedgerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LedgerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LedgerEntry &e = m_entries.at(index.row());
    switch (role) {
    case IdRole:
        return e.id;
    case KindRole:
        return int(e.kind);
    case FundRole:
        return int(e.fund);
    case ReversedRole:
        return e.isReversed() || e.isReversal();
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (e.isReversed() || e.isReversal())
            return QBrush(QColor(0x80, 0x80, 0x80));
        if (index.column() == AmountColumn && e.amount < Money())
            return QBrush(QColor(0xb0, 0x20, 0x20));
        return {};
    case Qt::FontRole:
        if (e.isReversed()) {
            QFont f;
            f.setStrikeOut(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        if (e.isReversed())
            return tr("Reversed by a later entry.");
        if (e.isReversal())
            return tr("Reverses an earlier entry.");
        return {};
    case SortRole:
        switch (index.column()) {
        case DateColumn:
            return e.date.toString(Qt::ISODate) +
                   QString::number(e.postedAt).rightJustified(15, u'0');
        case AmountColumn:
            return e.amount.cents();
        default:
            return data(index, Qt::DisplayRole).toString().toCaseFolded();
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return QLocale().toString(e.date, QLocale::ShortFormat);
        case KindColumn:
            return e.isReversal() ? tr("%1 (reversal)").arg(ledger::kindText(e.kind))
                                  : ledger::kindText(e.kind);
        case FundColumn:
            return ledger::fundText(e.fund);
        case AnglerColumn:
            return e.anglerName;
        case TournamentColumn:
            return e.tournamentName;
        case MethodColumn:
            return ClubRules::methodText(e.method);
        case AmountColumn:
            return e.amount.toString();
        case NoteColumn:
            return e.note;
        }
        return {};
    default:
        return {};
    }
}

QVariant LedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case KindColumn:
        return tr("Kind");
    case FundColumn:
        return tr("Fund");
    case AnglerColumn:
        return tr("Angler");
    case TournamentColumn:
        return tr("Tournament");
    case MethodColumn:
        return tr("Method");
    case AmountColumn:
        return tr("Amount");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

LedgerFilterProxyModel::LedgerFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(LedgerModel::SortRole);
}

void LedgerFilterProxyModel::setFund(std::optional<Fund> fund)
{
    m_fund = fund;
    invalidateFilter();
}

void LedgerFilterProxyModel::setKind(std::optional<LedgerKind> kind)
{
    m_kind = kind;
    invalidateFilter();
}

void LedgerFilterProxyModel::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

bool LedgerFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    const QModelIndex first = m->index(sourceRow, 0, sourceParent);
    if (m_fund && m->data(first, LedgerModel::FundRole).toInt() != int(*m_fund))
        return false;
    if (m_kind && m->data(first, LedgerModel::KindRole).toInt() != int(*m_kind))
        return false;
    if (m_search.isEmpty())
        return true;
    for (int c :
         {LedgerModel::KindColumn, LedgerModel::FundColumn, LedgerModel::AnglerColumn,
          LedgerModel::TournamentColumn, LedgerModel::NoteColumn, LedgerModel::AmountColumn})
        if (m->index(sourceRow, c, sourceParent)
                .data()
                .toString()
                .contains(m_search, Qt::CaseInsensitive))
            return true;
    return false;
}
