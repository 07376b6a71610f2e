#include "itemmodels/rostermodel.h"

#include "core/clubrules.h"
#include "roster/anglerstore.h"
#include "store/store.h"
#include "store/storewatcher.h"

#include <QColor>
#include <QHash>

#include <algorithm>

namespace {

const QStringList &watchedTables()
{
    static const QStringList tables = {
        QStringLiteral("anglers"), QStringLiteral("memberships"), QStringLiteral("officer_terms"),
        QStringLiteral("entries"), QStringLiteral("tournaments"), QStringLiteral("club"),
    };
    return tables;
}

} // namespace

RosterModel::RosterModel(Store *store, QObject *parent) : QAbstractTableModel(parent)
{
    m_watcher = new StoreWatcher(watchedTables(), this);
    // Its own failures show on the page through lastError().
    connect(m_watcher, &StoreWatcher::changed, this, [this]() { (void)reload(); });
    setStore(store);
}

void RosterModel::setStore(Store *store)
{
    m_store = store;
    m_watcher->setStore(store);
    (void)reload();
}

void RosterModel::setSeason(int season)
{
    if (season == m_season)
        return;
    m_season = season;
    (void)reload();
}

Store *RosterModel::store() const
{
    return m_store.data();
}

int RosterModel::season() const
{
    if (m_season > 0 || !m_store)
        return m_season;
    return m_store->currentSeason();
}

Status RosterModel::reload()
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
    return m_lastError.isEmpty() ? Status::success() : Status::failure(m_lastError);
}

Result<std::vector<RosterModel::Row>> RosterModel::load() const
{
    using R = Result<std::vector<Row>>;
    const int shownSeason = season();

    AnglerStore people(m_store);
    auto officers = people.officers(shownSeason);
    if (!officers)
        return R::failure(officers.error());
    // Each angler's posts in bylaw order.
    QHash<QString, QList<int>> postIndexes;
    for (auto it = officers->cbegin(); it != officers->cend(); ++it) {
        const int index = ClubRules::officerPosts().indexOf(it.key());
        if (index >= 0)
            postIndexes[it.value()].append(index);
    }
    QHash<QString, QStringList> officesOf;
    QHash<QString, int> rankOf;
    for (auto it = postIndexes.begin(); it != postIndexes.end(); ++it) {
        std::sort(it->begin(), it->end());
        QStringList names;
        for (int index : std::as_const(*it))
            names << ClubRules::postText(ClubRules::officerPosts().at(index));
        officesOf.insert(it.key(), names);
        rankOf.insert(it.key(), it->first());
    }

    auto roster = people.roster(shownSeason);
    if (!roster)
        return R::failure(roster.error());
    std::vector<Row> rows;
    rows.reserve(size_t(roster->size()));
    for (const RosterLine &line : roster.value()) {
        Row row;
        row.id = line.id;
        row.name = line.name;
        row.phone = line.phone;
        row.email = line.email;
        row.memberSince = line.memberSince;
        row.duesPaidThrough = line.duesPaidThrough;
        row.member = line.member;
        // A member is someone with a membership in the season, or anyone who has been one
        // before (paid dues for an earlier season, or a member-since year up to this season): a
        // lapsed member is a member whose dues are overdue, not a guest.
        const bool joinedBefore = (line.memberSince > 0 && line.memberSince <= shownSeason) ||
                                  (line.duesPaidThrough > 0 && line.memberSince <= shownSeason);
        if (line.inactive)
            row.standing = Standing::Inactive;
        else if (!line.member && !joinedBefore)
            row.standing = Standing::Guest;
        else if (row.duesPaidThrough >= shownSeason)
            row.standing = Standing::GoodStanding;
        else
            row.standing = Standing::DuesOverdue;
        row.offices = officesOf.value(row.id);
        row.officeRank = rankOf.value(row.id, 99);
        row.tournaments = line.tournaments;
        row.lastFished = line.lastFished;
        row.overGuestLimit =
            row.standing == Standing::Guest && ClubRules::overGuestLimit(row.tournaments);
        rows.push_back(std::move(row));
    }
    return rows;
}

QString RosterModel::standingText(Standing standing)
{
    switch (standing) {
    case Standing::GoodStanding:
        return tr("In good standing");
    case Standing::DuesOverdue:
        return tr("Dues overdue");
    case Standing::Guest:
        return tr("Guest");
    case Standing::Inactive:
        return tr("Inactive");
    }
    return {};
}

int RosterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RosterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RosterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(size_t(index.row()));
    const auto year = [](int y) { return y > 0 ? QString::number(y) : QString(); };

    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NameColumn:
            return row.name;
        case StandingColumn:
            return standingText(row.standing);
        case PhoneColumn:
            return row.phone;
        case EmailColumn:
            return row.email;
        case MemberSinceColumn:
            return year(row.memberSince);
        case DuesPaidThroughColumn:
            return year(row.duesPaidThrough);
        case OfficesColumn:
            return row.offices.join(QStringLiteral(", "));
        case TournamentsColumn:
            return row.tournaments;
        case LastFishedColumn:
            return year(row.lastFished);
        case ColumnCount:
            break;
        }
        break;
    case SortRole:
        switch (Column(index.column())) {
        case NameColumn:
            return row.name.toCaseFolded();
        case StandingColumn:
            // Guests come by the season they last fished, the latest first.
            return int(row.standing) * 10000 +
                   (row.standing == Standing::Guest ? 5000 - row.lastFished : 0);
        case PhoneColumn:
            return row.phone.isEmpty() ? QVariant() : QVariant(row.phone);
        case EmailColumn:
            return row.email.isEmpty() ? QVariant() : QVariant(row.email.toCaseFolded());
        case MemberSinceColumn:
            return row.memberSince > 0 ? QVariant(row.memberSince) : QVariant();
        case DuesPaidThroughColumn:
            return row.duesPaidThrough > 0 ? QVariant(row.duesPaidThrough) : QVariant();
        case OfficesColumn:
            return row.offices.isEmpty() ? QVariant() : QVariant(row.officeRank);
        case TournamentsColumn:
            return row.tournaments;
        case LastFishedColumn:
            return row.lastFished > 0 ? QVariant(row.lastFished) : QVariant();
        case ColumnCount:
            break;
        }
        break;
    case StandingRole:
        return int(row.standing);
    case IdRole:
        return row.id;
    case OverGuestLimitRole:
        return row.overGuestLimit;
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case MemberSinceColumn:
        case DuesPaidThroughColumn:
        case TournamentsColumn:
        case LastFishedColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case Qt::ForegroundRole:
        if (row.standing == Standing::Inactive)
            return QColor(0x80, 0x80, 0x80);
        if ((row.standing == Standing::DuesOverdue || row.overGuestLimit) &&
            (index.column() == StandingColumn ||
             (row.overGuestLimit && index.column() == TournamentsColumn)))
            return QColor(0xb0, 0x3a, 0x2e);
        break;
    case Qt::ToolTipRole:
        if (index.column() == StandingColumn) {
            const int s = season();
            switch (row.standing) {
            case Standing::GoodStanding:
                return tr("Member in %1, dues paid through %2").arg(s).arg(row.duesPaidThrough);
            case Standing::DuesOverdue:
                if (!row.member)
                    return row.duesPaidThrough > 0
                               ? tr("Lapsed member: dues paid only through %1, not renewed for %2")
                                     .arg(row.duesPaidThrough)
                                     .arg(s)
                               : tr("Member since %1, no dues paid for %2")
                                     .arg(row.memberSince)
                                     .arg(s);
                return row.duesPaidThrough > 0 ? tr("Member in %1, dues paid only through %2")
                                                     .arg(s)
                                                     .arg(row.duesPaidThrough)
                                               : tr("Member in %1, no dues paid yet").arg(s);
            case Standing::Guest:
                if (row.overGuestLimit)
                    return tr("Not a member in %1 but fished %2 tournaments; guests may fish %3 "
                              "a season, then dues are owed")
                        .arg(s)
                        .arg(row.tournaments)
                        .arg(ClubRules::guestTournamentLimit);
                return tr("Not a member in %1").arg(s);
            case Standing::Inactive:
                return tr("No longer fishes with the club");
            }
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant RosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        switch (section) {
        case MemberSinceColumn:
        case DuesPaidThroughColumn:
        case TournamentsColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case StandingColumn:
        return tr("Standing");
    case PhoneColumn:
        return tr("Phone");
    case EmailColumn:
        return tr("Email");
    case MemberSinceColumn:
        return role == Qt::ToolTipRole ? tr("The year the angler joined the club") : tr("Joined");
    case DuesPaidThroughColumn:
        return role == Qt::ToolTipRole ? tr("The last season the angler's dues cover")
                                       : tr("Dues paid");
    case TournamentsColumn:
        return role == Qt::ToolTipRole ? tr("Tournaments fished in the season shown")
                                       : tr("Fished");
    case LastFishedColumn:
        return role == Qt::ToolTipRole
                   ? tr("The last season the angler fished a tournament; sorted by standing, guests come "
                        "by it, the latest first")
                   : tr("Last fished");
    case OfficesColumn:
        return tr("Offices");
    case ColumnCount:
        break;
    }
    return {};
}
