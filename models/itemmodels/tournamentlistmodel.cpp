#include "itemmodels/tournamentlistmodel.h"

#include "store/store.h"
#include "store/storewatcher.h"
#include "tournaments/tournamentstore.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>
#include <functional>

namespace {

const QStringList &watchedTables()
{
    static const QStringList tables = {
        QStringLiteral("tournaments"), QStringLiteral("entries"), QStringLiteral("lakes"),
        QStringLiteral("ramps"),       QStringLiteral("club"),
    };
    return tables;
}

bool isNumericColumn(int column)
{
    return column == TournamentListModel::EntriesColumn;
}

} // namespace

TournamentListModel::TournamentListModel(Store *store, QObject *parent)
    : QAbstractTableModel(parent)
{
    m_watcher = new StoreWatcher(watchedTables(), this);
    // Its own failures show on the page through lastError().
    connect(m_watcher, &StoreWatcher::changed, this, [this]() { (void)reload(); });
    setStore(store);
}

void TournamentListModel::setStore(Store *store)
{
    m_store = store;
    m_watcher->setStore(store);
    (void)reload();
}

void TournamentListModel::setSeason(int season)
{
    if (season == m_season)
        return;
    m_season = season;
    (void)reload();
}

int TournamentListModel::season() const
{
    if (m_season > 0 || !m_store)
        return m_season;
    return m_store->currentSeason();
}

void TournamentListModel::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    (void)reload();
}

QDate TournamentListModel::today() const
{
    if (m_today.isValid() || !m_store)
        return m_today;
    return m_store->clubTime().today();
}

QList<int> TournamentListModel::availableSeasons() const
{
    QList<int> seasons;
    if (!m_store)
        return seasons;
    seasons << m_store->currentSeason();
    if (m_season > 0)
        seasons << m_season;
    // A season that cannot be read is left out of the picker; reload() reports the error.
    if (auto stored = TournamentStore(*m_store).seasons())
        seasons << stored.value();
    std::sort(seasons.begin(), seasons.end(), std::greater<int>());
    seasons.erase(std::unique(seasons.begin(), seasons.end()), seasons.end());
    return seasons;
}

::Status TournamentListModel::reload()
{
    m_watcher->cancelPending();
    Result<std::vector<Row>> rows = m_store ? load() : Result<std::vector<Row>>(std::vector<Row>{});
    beginResetModel();
    if (rows) {
        m_rows = std::move(rows).value();
        m_lastError.clear();
    } else {
        m_rows.clear();
        m_lastError = rows.error();
    }
    endResetModel();
    return m_lastError.isEmpty() ? ::Status::success() : ::Status::failure(m_lastError);
}

Result<std::vector<TournamentListModel::Row>> TournamentListModel::load() const
{
    using R = Result<std::vector<Row>>;
    const QDate clubToday = today();
    auto tournaments = TournamentStore(*m_store).tournaments(season());
    if (!tournaments)
        return R::failure(tournaments.error());
    auto counts = TournamentStore(*m_store).entryCounts(season());
    if (!counts)
        return R::failure(counts.error());

    std::vector<Row> rows;
    for (const TournamentRecord &t : tournaments.value()) {
        Row row;
        row.id = t.id;
        row.date = t.date;
        row.name = t.name;
        row.lake = t.lakeName;
        row.ramp = t.rampName;
        row.format = t.format == TournamentFormat::Team ? QStringLiteral("team")
                                                        : QStringLiteral("individual");
        row.paper = t.paper;
        row.startTime = t.startTime.isValid() ? t.startTime.toString(QStringLiteral("HH:mm"))
                                              : QString();
        row.weighInTime = t.weighInTime.isValid()
                              ? t.weighInTime.toString(QStringLiteral("HH:mm"))
                              : QString();
        row.entries = counts->value(t.id);
        if (t.cancelled)
            row.status = Status::Cancelled;
        else if (t.completed)
            row.status = Status::Completed;
        else if (row.entries > 0 || row.date == clubToday)
            row.status = Status::InProgress;
        else
            row.status = Status::Planned;
        rows.push_back(std::move(row));
    }
    return rows;
}

QString TournamentListModel::statusText(Status status)
{
    switch (status) {
    case Status::Planned:
        return tr("Planned");
    case Status::InProgress:
        return tr("In progress");
    case Status::Completed:
        return tr("Completed");
    case Status::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString TournamentListModel::formatText(const QString &format, bool paper)
{
    const QString name = format == QLatin1String("team") ? tr("Team") : tr("Individual");
    return paper ? tr("%1, paper").arg(name) : name;
}

int TournamentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TournamentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TournamentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(size_t(index.row()));

    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case DateColumn:
            return QLocale().toString(row.date, tr("ddd MMM d, yyyy", "tournament date"));
        case NameColumn:
            return row.name;
        case LakeColumn:
            return row.lake;
        case RampColumn:
            return row.ramp;
        case FormatColumn:
            return formatText(row.format, row.paper);
        case StatusColumn:
            return statusText(row.status);
        case EntriesColumn:
            return row.entries;
        case ColumnCount:
            break;
        }
        break;
    case SortRole:
        switch (Column(index.column())) {
        case DateColumn:
            return row.date;
        case NameColumn:
            return row.name.toCaseFolded();
        case LakeColumn:
            return row.lake.toCaseFolded();
        case RampColumn:
            return row.ramp.toCaseFolded();
        case FormatColumn:
            return formatText(row.format, row.paper).toCaseFolded();
        case StatusColumn:
            return int(row.status);
        case EntriesColumn:
            return row.entries;
        case ColumnCount:
            break;
        }
        break;
    case StatusRole:
        return int(row.status);
    case IdRole:
        return row.id;
    case DateRole:
        return row.date;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            (isNumericColumn(index.column()) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (row.status == Status::Cancelled)
            return QColor(0x80, 0x80, 0x80);
        break;
    case Qt::FontRole:
        if (row.status == Status::InProgress) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == DateColumn && !row.startTime.isEmpty()) {
            return row.weighInTime.isEmpty()
                       ? tr("Launch at %1").arg(row.startTime)
                       : tr("Launch at %1, weigh-in at %2").arg(row.startTime, row.weighInTime);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant TournamentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((isNumericColumn(section) ? Qt::AlignRight : Qt::AlignLeft) |
                                   Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case DateColumn:
        return tr("Date");
    case NameColumn:
        return tr("Tournament");
    case LakeColumn:
        return tr("Lake");
    case RampColumn:
        return tr("Ramp");
    case FormatColumn:
        return tr("Format");
    case StatusColumn:
        return tr("Status");
    case EntriesColumn:
        return tr("Entries");
    case ColumnCount:
        break;
    }
    return {};
}

Store *TournamentListModel::store() const
{
    return m_store;
}
