#include "itemmodels/paymenthistorymodel.h"

#include "store/store.h"
#include "core/clubrules.h"

#include <QFont>
#include <QLocale>

PaymentHistoryModel::PaymentHistoryModel(Store *store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
    if (m_store) {
        connect(m_store, &Store::changed, this, [this](const QString &table) {
            if (table == QLatin1String("ledger") || table == QLatin1String("anglers"))
                (void)reload();
        });
    }
}

Status PaymentHistoryModel::setAngler(const QString &anglerId)
{
    m_angler = anglerId;
    return reload();
}

Status PaymentHistoryModel::reload()
{
    QList<PaymentLine> lines;
    Status status;
    if (m_store && !m_angler.isEmpty()) {
        auto loaded = AnglerStore(m_store).payments(m_angler);
        if (loaded)
            lines = loaded.value();
        else
            status = Status::failure(loaded.error());
    }
    beginResetModel();
    m_lines = lines;
    endResetModel();
    return status;
}

Money PaymentHistoryModel::total() const
{
    Money sum;
    for (const PaymentLine &line : m_lines)
        sum += line.amount;
    return sum;
}

int PaymentHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int PaymentHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PaymentHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PaymentLine &line = m_lines.at(index.row());
    const bool cancelled = line.reversed || !line.reversesId.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case DateColumn:
            return QLocale().toString(line.date, QLocale::ShortFormat);
        case AmountColumn:
            return line.amount.toString();
        case MethodColumn:
            return ClubRules::methodText(line.method);
        case SeasonColumn:
            return line.season;
        case NoteColumn:
            return line.reversed ? tr("%1 (reversed)").arg(line.note).trimmed() : line.note;
        case ColumnCount:
            break;
        }
        break;
    case Qt::EditRole:
        if (index.column() == DateColumn)
            return line.date;
        if (index.column() == AmountColumn)
            return line.amount.cents();
        return data(index, Qt::DisplayRole);
    case Qt::FontRole:
        if (cancelled) {
            QFont font;
            font.setStrikeOut(line.reversed);
            font.setItalic(!line.reversesId.isEmpty());
            return font;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn || index.column() == SeasonColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        break;
    }
    return {};
}

QVariant PaymentHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case DateColumn:
        return tr("Date");
    case AmountColumn:
        return tr("Amount");
    case MethodColumn:
        return tr("Method");
    case SeasonColumn:
        return tr("Season");
    case NoteColumn:
        return tr("Note");
    case ColumnCount:
        break;
    }
    return {};
}
