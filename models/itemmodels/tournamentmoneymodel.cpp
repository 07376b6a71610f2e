#include "itemmodels/tournamentmoneymodel.h"

#include "core/clubrules.h"
#include "store/store.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace {

const QColor owingColor(0xb0, 0x20, 0x20);
const QColor okColor(0x20, 0x80, 0x30);

} // namespace

TournamentMoneyModel::TournamentMoneyModel(QObject *parent) : QObject(parent) {}

Store *TournamentMoneyModel::store() const
{
    return m_store;
}

void TournamentMoneyModel::setStore(Store *store)
{
    if (m_connection)
        disconnect(m_connection);
    m_store = store;
    m_tournamentId.clear();
    if (store)
        m_connection = connect(store, &Store::changed, this, [this](const QString &table) {
            if (table == QLatin1String("ledger") || table == QLatin1String("entries") ||
                table == QLatin1String("boats") || table == QLatin1String("tournaments") ||
                table == QLatin1String("anglers"))
                (void)reload();
        });
    (void)reload();
}

void TournamentMoneyModel::setTournament(const QString &tournamentId)
{
    m_tournamentId = tournamentId;
    (void)reload();
}

Status TournamentMoneyModel::reload()
{
    m_error.clear();
    m_loaded = false;
    m_state = TournamentMoneyState();
    if (m_store && !m_tournamentId.isEmpty()) {
        auto loaded = TournamentMoney::load(*m_store, m_tournamentId);
        if (loaded) {
            m_state = loaded.value();
            m_loaded = true;
        } else {
            m_error = loaded.error();
        }
    }
    emit reloaded();
    return m_error.isEmpty() ? Status::success() : Status::failure(m_error);
}

FeeCheckModel::FeeCheckModel(TournamentMoneyModel *money, QObject *parent)
    : QAbstractTableModel(parent), m_money(money)
{
    connect(money, &TournamentMoneyModel::reloaded, this, [this] {
        beginResetModel();
        m_lines = m_money->state().fees;
        endResetModel();
    });
    m_lines = money->state().fees;
}

Status FeeCheckModel::setPaid(int row, bool paid)
{
    if (row < 0 || row >= m_lines.size() || !m_money->store())
        return Status::failure(tr("Choose an angler."));
    const FeeLine line = m_lines.at(row);
    if (line.isPaid() == paid)
        return Status::success();
    Status result;
    if (paid) {
        const QString method = line.lastMethod.isEmpty() ? m_method : line.lastMethod;
        auto r = TournamentMoney::recordFee(*m_money->store(), m_money->state(), line.anglerId,
                                            method);
        if (!r)
            result = Status::failure(r.error());
    } else {
        std::optional<QString> reason = QString();
        if (m_reversalCheck)
            reason = m_reversalCheck(line.name, line.paid);
        if (!reason)
            return Status::success(); // the treasurer kept the fee
        auto r = TournamentMoney::undoFee(*m_money->store(), m_money->state(), line.anglerId,
                                          reason.value());
        if (!r)
            result = Status::failure(r.error());
    }
    m_lastError = result.error();
    if (!result)
        emit failed(result.error());
    return result;
}

int FeeCheckModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int FeeCheckModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FeeCheckModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FeeLine &f = m_lines.at(index.row());
    if (role == AnglerIdRole)
        return f.anglerId;
    if (role == Qt::CheckStateRole && index.column() == PaidColumn)
        return f.isPaid() ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ForegroundRole && f.entered && !f.isPaid() && !f.due.isZero())
        return QBrush(owingColor);
    if (role == Qt::ForegroundRole && !f.entered && !f.isPaid())
        return QBrush(QColor(0x70, 0x70, 0x70));
    if (role == Qt::TextAlignmentRole)
        return index.column() == AmountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                              : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && f.entered && !f.isPaid() && !f.due.isZero())
        return tr("Weighed in but no entry fee is recorded.");
    if (role == SortRole) {
        switch (index.column()) {
        case AmountColumn:
            return f.paid.cents();
        case PaidColumn:
            return f.isPaid() ? 1 : 0;
        case EnteredColumn:
            return f.entered ? 1 : 0;
        default:
            return data(index, Qt::DisplayRole).toString().toCaseFolded();
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case AnglerColumn:
        return f.member ? f.name : tr("%1 (guest)").arg(f.name);
    case EnteredColumn:
        if (!f.entered)
            return QString();
        return f.buyIn ? tr("buy-in") : tr("fished");
    case PaidColumn:
        return f.isPaid() ? tr("paid") : (f.entered && !f.due.isZero() ? tr("owes") : QString());
    case MethodColumn:
        return ClubRules::methodText(f.method);
    case AmountColumn:
        return f.paid.isZero() ? QString() : f.paid.toString();
    }
    return {};
}

bool FeeCheckModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != PaidColumn)
        return false;
    const bool paid = value.toInt() == Qt::Checked;
    return setPaid(index.row(), paid).ok();
}

Qt::ItemFlags FeeCheckModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == PaidColumn && !m_money->state().cancelled)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant FeeCheckModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AnglerColumn:
        return tr("Angler");
    case EnteredColumn:
        return tr("Weigh-in");
    case PaidColumn:
        return tr("Fee");
    case MethodColumn:
        return tr("Method");
    case AmountColumn:
        return tr("Amount");
    }
    return {};
}

WinnerModel::WinnerModel(TournamentMoneyModel *money, QObject *parent)
    : QAbstractTableModel(parent), m_money(money)
{
    connect(money, &TournamentMoneyModel::reloaded, this, [this] {
        beginResetModel();
        m_lines = m_money->state().winners;
        endResetModel();
    });
    m_lines = money->state().winners;
}

int WinnerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int WinnerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WinnerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PayoutLine &w = m_lines.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == AmountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                              : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == PaidColumn)
        return QBrush(w.isPaid() ? okColor : owingColor);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case PrizeColumn:
        return w.description();
    case WinnerColumn:
        return w.names();
    case AmountColumn:
        return w.proposed.toString();
    case PaidColumn:
        if (w.isPaid())
            return tr("paid");
        if (!w.paid.isZero())
            return tr("%1 paid of %2").arg(w.paid.toString(), w.proposed.toString());
        return tr("not paid");
    }
    return {};
}

QVariant WinnerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PrizeColumn:
        return tr("Prize");
    case WinnerColumn:
        return tr("Winner");
    case AmountColumn:
        return tr("Amount");
    case PaidColumn:
        return tr("Paid");
    }
    return {};
}

MoneyCheckModel::MoneyCheckModel(TournamentMoneyModel *money, QObject *parent)
    : QAbstractTableModel(parent), m_money(money)
{
    connect(money, &TournamentMoneyModel::reloaded, this, [this] {
        beginResetModel();
        m_lines = m_money->isLoaded() ? m_money->state().checks() : QList<MoneyCheckLine>();
        endResetModel();
    });
}

int MoneyCheckModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int MoneyCheckModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MoneyCheckModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MoneyCheckLine &c = m_lines.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == LineColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == DifferenceColumn)
        return QBrush(c.difference().isZero() ? okColor : owingColor);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case LineColumn:
        return c.label;
    case ExpectedColumn:
        return c.expected.toString();
    case RecordedColumn:
        return c.recorded.toString();
    case DifferenceColumn:
        return c.difference().isZero() ? tr("✓") : c.difference().toString();
    }
    return {};
}

QVariant MoneyCheckModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Money");
    case ExpectedColumn:
        return tr("Engine says");
    case RecordedColumn:
        return tr("Ledger holds");
    case DifferenceColumn:
        return tr("Still due");
    }
    return {};
}
