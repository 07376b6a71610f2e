#include "itemmodels/weighinmodel.h"

#include "core/clubrules.h"
#include "scoring/paperchart.h"
#include "scoring/tournamentscorer.h"
#include "store/store.h"
#include "tournaments/rulesetstore.h"

#include <QColor>
#include <QLocale>
#include <QRegularExpression>
#include <QUndoStack>

#include <optional>

WeighInModel::WeighInModel(Store *store, QObject *parent) : QAbstractTableModel(parent)
{
    setStore(store);
}

void WeighInModel::setStore(Store *store)
{
    if (m_store == store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store)
        connect(m_store, &Store::changed, this, &WeighInModel::onStoreChanged);
    beginResetModel();
    m_tournament = TournamentRecord();
    m_entries.clear();
    m_boats.clear();
    m_carryIn = Money();
    endResetModel();
    emit sheetChanged();
}

Status WeighInModel::setTournamentId(const QString &id)
{
    m_draft.reset();
    m_draftProblem.clear();
    m_tournament = TournamentRecord();
    m_tournament.id = id;
    return reload();
}

namespace {
struct Sheet
{
    TournamentRecord tournament;
    QList<EntryRecord> entries;
    QList<BoatRecord> boats;
};

Result<Sheet> readSheet(Store &store, const QString &id)
{
    Sheet sheet;
    auto t = TournamentStore(store).tournament(id);
    if (!t)
        return Result<Sheet>::failure(t.error());
    sheet.tournament = t.value();
    auto e = TournamentStore(store).entries(id);
    if (!e)
        return Result<Sheet>::failure(e.error());
    sheet.entries = e.value();
    auto b = TournamentStore(store).boats(id);
    if (!b)
        return Result<Sheet>::failure(b.error());
    sheet.boats = b.value();
    return sheet;
}
} // namespace

Status WeighInModel::reload()
{
    m_lastError.clear();
    if (!m_store || m_tournament.id.isEmpty()) {
        beginResetModel();
        m_entries.clear();
        m_boats.clear();
        endResetModel();
        emit sheetChanged();
        return Status::success();
    }
    auto sheet = readSheet(*m_store, m_tournament.id);
    if (!sheet) {
        m_lastError = sheet.error();
        return Status::failure(m_lastError);
    }
    auto rules = RulesetStore(*m_store).forTournament(sheet->tournament);
    if (!rules) {
        m_lastError = rules.error();
        return Status::failure(m_lastError);
    }
    auto carry = TournamentStore(*m_store).bigBassCarryIn(sheet->tournament);
    if (!carry) {
        m_lastError = carry.error();
        return Status::failure(m_lastError);
    }
    beginResetModel();
    m_tournament = sheet->tournament;
    m_entries = sheet->entries;
    m_boats = sheet->boats;
    m_ruleset = rules.value();
    m_carryIn = carry.value();
    endResetModel();
    emit sheetChanged();
    return Status::success();
}

void WeighInModel::onStoreChanged(const QString &table)
{
    static const QStringList watched = {QStringLiteral("entries"), QStringLiteral("paper_fish"),
                                        QStringLiteral("boats"), QStringLiteral("anglers"),
                                        QStringLiteral("tournaments")};
    if (!m_store || m_tournament.id.isEmpty() || !watched.contains(table))
        return;
    auto sheet = readSheet(*m_store, m_tournament.id);
    if (!sheet) {
        m_lastError = sheet.error();
        emit errorOccurred(m_lastError);
        return;
    }
    if (table == QLatin1String("tournaments") &&
        (sheet->tournament.format != m_tournament.format ||
         sheet->tournament.fishLimit != m_tournament.fishLimit ||
         sheet->tournament.rulesetId != m_tournament.rulesetId)) {
        if (auto rules = RulesetStore(*m_store).forTournament(sheet->tournament))
            m_ruleset = rules.value();
    }
    // Keep the view's current row and selection: insert or remove the rows that changed.
    QStringList oldIds;
    for (const EntryRecord &e : std::as_const(m_entries))
        oldIds.append(e.id);
    QStringList newIds;
    for (const EntryRecord &e : std::as_const(sheet->entries))
        newIds.append(e.id);
    m_tournament = sheet->tournament;
    m_boats = sheet->boats;
    if (m_draft && !newIds.contains(m_draft->id)) {
        m_draft.reset();
        m_draftProblem.clear();
    }
    if (oldIds == newIds) {
        m_entries = sheet->entries;
        if (!m_entries.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else if (newIds.size() > oldIds.size() && newIds.mid(0, oldIds.size()) == oldIds) {
        beginInsertRows({}, int(oldIds.size()), int(newIds.size()) - 1);
        m_entries = sheet->entries;
        endInsertRows();
        if (!oldIds.isEmpty())
            emit dataChanged(index(0, 0), index(int(oldIds.size()) - 1, ColumnCount - 1));
    } else {
        // Remove vanished rows one by one, then insert the new ones, then refresh the rest.
        for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
            if (!newIds.contains(m_entries.at(row).id)) {
                beginRemoveRows({}, row, row);
                m_entries.removeAt(row);
                endRemoveRows();
            }
        }
        QStringList kept;
        for (const EntryRecord &e : std::as_const(m_entries))
            kept.append(e.id);
        QStringList keptInNewOrder;
        for (const QString &id : std::as_const(newIds))
            if (kept.contains(id))
                keptInNewOrder.append(id);
        if (kept != keptInNewOrder) {
            beginResetModel();
            m_entries = sheet->entries;
            endResetModel();
        } else {
            for (int row = 0; row < newIds.size(); ++row) {
                if (row < m_entries.size() && m_entries.at(row).id == newIds.at(row)) {
                    m_entries[row] = sheet->entries.at(row);
                    continue;
                }
                beginInsertRows({}, row, row);
                m_entries.insert(row, sheet->entries.at(row));
                endInsertRows();
            }
            if (!m_entries.isEmpty())
                emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        }
    }
    emit sheetChanged();
}

int WeighInModel::rowOfAngler(const QString &anglerId) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).anglerId == anglerId)
            return i;
    return -1;
}

int WeighInModel::rowOfEntry(const QString &entryId) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).id == entryId)
            return i;
    return -1;
}

TournamentInput WeighInModel::input() const
{
    return TournamentStore::input(m_tournament, m_entries, m_boats);
}

QString WeighInModel::partnerOf(const QString &anglerId) const
{
    for (const BoatRecord &b : m_boats) {
        if (b.boaterId == anglerId)
            return b.partnerId;
        if (b.partnerId == anglerId)
            return b.boaterId;
    }
    return {};
}

QString WeighInModel::anglerName(const QString &anglerId) const
{
    const int row = rowOfAngler(anglerId);
    return row >= 0 ? m_entries.at(row).anglerName : QString();
}

QList<EntryIssue> WeighInModel::check(const EntryRecord &candidate) const
{
    QList<EntryIssue> issues;
    for (int i = 0; i < m_entries.size(); ++i) {
        const EntryRecord &e = m_entries.at(i);
        if (e.anglerId == candidate.anglerId && e.id != candidate.id)
            issues.append(
                {EntryIssue::Severity::Error, i, i + 1,
                 tr("%1 is already on this sheet (row %2).").arg(candidate.anglerName).arg(i + 1)});
    }
    if (m_tournament.paper) {
        // The chart decides fish and weight; the limits of a weighed stringer do not apply.
        issues += EntryValidator::checkOne(candidate.toEntry(), m_ruleset, true);
        for (const PaperFishRecord &f : candidate.paperFish)
            if (f.weighedHundredths && *f.weighedHundredths > Weight::maxHundredths)
                issues.append({EntryIssue::Severity::Error, -1, 0,
                               tr("%1: a weighed fish is too heavy.").arg(candidate.anglerName)});
        // What the chart does with the fish, said before it is saved (nothing dropped silently).
        auto warn = [&](const QString &message) {
            issues.append({EntryIssue::Severity::Warning, -1, 0, message});
        };
        QStringList shortFish;
        int counting = 0;
        for (const PaperFishRecord &f : candidate.paperFish) {
            const Weight chart = PaperChart::standard().weightFor(f.lengthEighths, m_ruleset);
            if (chart.isZero())
                shortFish.append(tr("%1 in").arg(lengthText(f.lengthEighths)));
            else
                ++counting;
            const Weight heaviest =
                f.weighedHundredths ? Weight::fromHundredths(*f.weighedHundredths) : chart;
            if (heaviest > m_ruleset.warnBigBassOver)
                warn(tr("%1: a fish of %2 in weighs %3 lb, over %4 lb; check the length.")
                         .arg(candidate.anglerName, lengthText(f.lengthEighths),
                              heaviest.toString(), m_ruleset.warnBigBassOver.toString()));
        }
        if (!shortFish.isEmpty())
            warn(tr("%1: under the minimum length, not counted: %2.")
                     .arg(candidate.anglerName, shortFish.join(QStringLiteral(", "))));
        if (counting > m_ruleset.fishLimit)
            warn(tr("%1: %2 fish measured; only the best %3 count (the limit).")
                     .arg(candidate.anglerName)
                     .arg(counting)
                     .arg(m_ruleset.fishLimit));
    } else {
        issues += EntryValidator::checkOne(candidate.toEntry(), m_ruleset, false);
    }
    if (candidate.minutesLate > m_ruleset.lateDqMinutes && !candidate.dq)
        issues.append({EntryIssue::Severity::Warning, -1, 0,
                       tr("%1 is %2 minutes late, more than %3: the entry will be "
                          "disqualified.")
                           .arg(candidate.anglerName)
                           .arg(candidate.minutesLate)
                           .arg(m_ruleset.lateDqMinutes)});
    return issues;
}

EntryRecord WeighInModel::withPaperStringer(EntryRecord e) const
{
    if (!m_tournament.paper)
        return e;
    if (e.buyIn) {
        e.fish = 0;
        e.gross = Weight();
        e.bigBass = Weight();
        return e;
    }
    const PaperChart::Stringer s = PaperChart::standard().stringer(e.lengths(), m_ruleset);
    e.fish = s.fish;
    e.gross = s.gross;
    Weight weighed;
    for (const PaperFishRecord &f : e.paperFish)
        if (f.weighedHundredths)
            weighed = std::max(weighed, Weight::fromHundredths(*f.weighedHundredths));
    e.bigBass = weighed.isZero() ? s.biggest : weighed;
    return e;
}

namespace {
bool truth(const QVariant &value)
{
    if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::UInt)
        return value.toInt() == Qt::Checked || value.toInt() == 1;
    return value.toBool();
}
} // namespace

Result<EntryRecord> WeighInModel::edited(const QModelIndex &index, const QVariant &value) const
{
    using R = Result<EntryRecord>;
    if (!index.isValid() || index.row() >= m_entries.size())
        return R::failure(tr("There is no such row."));
    EntryRecord e = hasDraft(index.row()) ? *m_draft : m_entries.at(index.row());
    switch (index.column()) {
    case FishColumn: {
        auto n = ClubRules::count(value.toString(), tr("The number of fish"));
        if (!n)
            return R::failure(n.error());
        e.fish = n.value();
        break;
    }
    case WeightColumn:
    case BigBassColumn: {
        const QString text = value.toString().trimmed();
        Weight w;
        if (!text.isEmpty()) {
            auto parsed = Weight::parse(text);
            if (!parsed)
                return R::failure(parsed.error());
            w = parsed.value();
        }
        if (m_tournament.paper && index.column() == BigBassColumn) {
            // A weighed big bass: the chart gives way to the scale for that fish.
            if (Status s = setWeighedBigBass(e.paperFish, w); !s)
                return R::failure(s.error());
            e.bigBassFromScale = false;
            break;
        }
        (index.column() == WeightColumn ? e.gross : e.bigBass) = w;
        // Typed on the sheet: no longer the scale's reading.
        (index.column() == WeightColumn ? e.grossFromScale : e.bigBassFromScale) = false;
        break;
    }
    case DeadColumn: {
        auto n = ClubRules::count(value.toString(), tr("The number of dead fish"));
        if (!n)
            return R::failure(n.error());
        e.dead = n.value();
        break;
    }
    case LateColumn: {
        auto n = ClubRules::count(value.toString(), tr("Minutes late"));
        if (!n)
            return R::failure(n.error());
        e.minutesLate = n.value();
        break;
    }
    case BuyInColumn:
        e.buyIn = truth(value);
        if (e.buyIn && !m_tournament.paper) {
            // A buy-in paid without fishing: any weight on it is ignored, so it is cleared.
            e.gross = Weight();
            e.bigBass = Weight();
        }
        break;
    case DqColumn:
        e.dq = truth(value);
        break;
    case LengthsColumn: {
        auto fish = parseFishList(value.toString(), e.paperFish);
        if (!fish)
            return R::failure(fish.error());
        e.paperFish = fish.value();
        break;
    }
    default:
        return R::failure(tr("This column cannot be changed here."));
    }
    return withPaperStringer(e);
}

commands::ErrorHandler WeighInModel::undoFailures()
{
    return [model = QPointer<WeighInModel>(this)](const QString &message) {
        if (model)
            emit model->errorOccurred(message);
    };
}

Status WeighInModel::remember(Status status)
{
    if (!status)
        m_lastError = status.error();
    return status;
}

Status WeighInModel::addEntry(const EntryRecord &entry)
{
    if (!m_store)
        return Status::failure(tr("No club database is open."));
    EntryRecord e = withPaperStringer(entry);
    e.tournamentId = m_tournament.id;
    Result<QString> id = commands::addEntry(m_undoStack, m_store, e, undoFailures());
    return remember(id ? Status::success() : Status::failure(id.error()));
}

bool WeighInModel::isRowNumber(int column)
{
    return column == FishColumn || column == WeightColumn || column == BigBassColumn ||
           column == DeadColumn;
}

bool WeighInModel::couldAddUp(const EntryRecord &edited, int column) const
{
    if (!isRowNumber(column) || m_tournament.paper)
        return false;
    // The edited value kept, the other numbers made to agree with it.
    EntryRecord e = edited;
    const Weight pound = Weight::fromHundredths(100);
    switch (column) {
    case FishColumn:
        e.gross = e.fish > 0 ? Weight::fromHundredths(100 * e.fish) : Weight();
        e.bigBass = e.fish > 0 ? pound : Weight();
        e.dead = 0;
        break;
    case WeightColumn:
        e.fish = e.gross.isZero() ? 0 : 1;
        e.bigBass = Weight();
        e.dead = 0;
        break;
    case BigBassColumn:
        e.fish = e.bigBass.isZero() ? 0 : 1;
        e.gross = e.bigBass;
        e.dead = 0;
        break;
    case DeadColumn:
        e.fish = e.dead;
        e.gross = Weight::fromHundredths(100 * e.dead);
        e.bigBass = e.dead > 0 ? pound : Weight();
        break;
    default:
        return false;
    }
    for (const EntryIssue &issue : check(e))
        if (issue.severity == EntryIssue::Severity::Error)
            return false;
    return true;
}

bool WeighInModel::hasDraft(int row) const
{
    return m_draft && row >= 0 && row < m_entries.size() && m_entries.at(row).id == m_draft->id;
}

void WeighInModel::holdDraft(int row, const EntryRecord &draft, const QString &problem)
{
    if (row < 0 || row >= m_entries.size())
        return;
    // Another row's draft is left behind unsaved (the view calls leaveRow first).
    const int before = m_draft ? rowOfEntry(m_draft->id) : -1;
    m_draft = draft;
    m_draftProblem = problem;
    if (before >= 0 && before != row)
        emit dataChanged(index(before, 0), index(before, ColumnCount - 1));
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

Status WeighInModel::leaveRow(int row)
{
    if (!hasDraft(row))
        return Status::success();
    const QString problem = m_draftProblem;
    m_draft.reset();
    m_draftProblem.clear();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return Status::failure(tr("Row %1 (%2) was not saved: %3 It is back to what it was.")
                               .arg(row + 1)
                               .arg(m_entries.at(row).anglerName, problem));
}

Status WeighInModel::changeEntry(int row, const EntryRecord &after)
{
    if (!m_store || row < 0 || row >= m_entries.size())
        return Status::failure(tr("There is no such row."));
    const EntryRecord before = m_entries.at(row);
    if (hasDraft(row)) {
        m_draft.reset();
        m_draftProblem.clear();
    }
    if (before.sameValues(after)) {
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return Status::success();
    }
    return remember(commands::editEntry(m_undoStack, m_store, before, after, undoFailures()));
}

Status WeighInModel::deleteRows(const QList<int> &rows)
{
    if (!m_store)
        return Status::failure(tr("No club database is open."));
    QList<EntryRecord> doomed;
    for (int row : rows)
        if (row >= 0 && row < m_entries.size())
            doomed.append(m_entries.at(row));
    if (doomed.isEmpty())
        return Status::success();
    return remember(commands::deleteEntries(m_undoStack, m_store, doomed, undoFailures()));
}

Status WeighInModel::checkPairing(const QString &anglerId, const QString &partnerAnglerId) const
{
    if (partnerAnglerId.isEmpty())
        return Status::success();
    if (partnerAnglerId == anglerId)
        return Status::failure(tr("An angler cannot be their own partner."));
    for (const BoatRecord &b : std::as_const(m_boats)) {
        const bool theirs = b.boaterId == partnerAnglerId || b.partnerId == partnerAnglerId;
        const bool mine = b.boaterId == anglerId || b.partnerId == anglerId;
        if (!theirs || mine)
            continue;
        const QString other = b.boaterId == partnerAnglerId ? b.partnerId : b.boaterId;
        if (!other.isEmpty())
            return Status::failure(tr("%1 is already in a boat with %2; split that boat first.")
                                       .arg(anglerName(partnerAnglerId), anglerName(other)));
    }
    return Status::success();
}

Status WeighInModel::addTeamBoat(const QList<EntryRecord> &entries, const BoatRecord &boat)
{
    if (!m_store)
        return Status::failure(tr("No club database is open."));
    QList<EntryRecord> rows = entries;
    for (EntryRecord &e : rows)
        e.tournamentId = m_tournament.id;
    BoatRecord b = boat;
    b.tournamentId = m_tournament.id;
    Result<BoatRecord> added = commands::addTeamBoat(m_undoStack, m_store, rows, b, undoFailures());
    return remember(added ? Status::success() : Status::failure(added.error()));
}

Status WeighInModel::setPartner(int row, const QString &partnerAnglerId)
{
    if (!m_store || row < 0 || row >= m_entries.size())
        return Status::failure(tr("There is no such row."));
    const QString anglerId = m_entries.at(row).anglerId;
    if (partnerAnglerId == anglerId)
        return Status::failure(tr("An angler cannot be their own partner."));
    // Copies: every command below rereads the sheet, which replaces m_boats.
    std::optional<BoatRecord> mineRecord;
    std::optional<BoatRecord> theirsRecord;
    for (const BoatRecord &b : std::as_const(m_boats)) {
        if (b.boaterId == anglerId || b.partnerId == anglerId)
            mineRecord = b;
        if (!partnerAnglerId.isEmpty() &&
            (b.boaterId == partnerAnglerId || b.partnerId == partnerAnglerId))
            theirsRecord = b;
    }
    const BoatRecord *mine = mineRecord ? &*mineRecord : nullptr;
    const BoatRecord *theirs = theirsRecord ? &*theirsRecord : nullptr;
    if (partnerAnglerId.isEmpty()) {
        if (!mine)
            return Status::success();
        if (mine->partnerId.isEmpty() || mine->boaterId == anglerId) {
            if (mine->partnerId.isEmpty())
                return remember(commands::deleteBoat(m_undoStack, m_store, *mine, undoFailures()));
            BoatRecord after = *mine;
            after.partnerId.clear();
            return remember(commands::editBoat(m_undoStack, m_store, *mine, after, undoFailures()));
        }
        BoatRecord after = *mine;
        after.partnerId.clear();
        return remember(commands::editBoat(m_undoStack, m_store, *mine, after, undoFailures()));
    }
    const bool same = mine && theirs && mine->id == theirs->id;
    if (theirs && !same) {
        const QString other =
            theirs->boaterId == partnerAnglerId ? theirs->partnerId : theirs->boaterId;
        if (!other.isEmpty())
            return Status::failure(tr("%1 is already in a boat with %2; split that boat first.")
                                       .arg(anglerName(partnerAnglerId), anglerName(other)));
    }
    if (same)
        return Status::success();
    // A boat's own weigh-in (team format) goes with the pair: re-pairing never loses it.
    auto hasNumbers = [](const BoatRecord *b) {
        return b && b->teamWeighed &&
               (b->teamFish > 0 || !b->teamWeight.isZero() || !b->teamBigBass.isZero() ||
                b->teamDq);
    };
    if (mine && theirs && hasNumbers(mine) && hasNumbers(theirs))
        return Status::failure(
            tr("%1 and %2 were weighed in as two boats and both boats have weights. Clear the "
               "weights of the boat that is wrong first (Boat weights), then pair them.")
                .arg(anglerName(anglerId), anglerName(partnerAnglerId)));
    if (m_undoStack)
        m_undoStack->beginMacro(tr("Pair a boat"));
    Status s;
    if (theirs && (!mine || hasNumbers(theirs))) {
        // The partner's boat (alone) has the numbers, or this angler has no boat: it becomes
        // the pair's boat with this angler as boater.
        if (mine)
            s = remember(commands::deleteBoat(m_undoStack, m_store, *mine, undoFailures()));
        if (s) {
            BoatRecord after = *theirs;
            after.boaterId = anglerId;
            after.partnerId = partnerAnglerId;
            s = remember(commands::editBoat(m_undoStack, m_store, *theirs, after, undoFailures()));
        }
        if (m_undoStack)
            m_undoStack->endMacro();
        return s;
    }
    if (theirs) // the partner was in a boat alone without numbers: that boat goes
        s = remember(commands::deleteBoat(m_undoStack, m_store, *theirs, undoFailures()));
    if (s && mine) {
        BoatRecord after = *mine;
        if (mine->boaterId == anglerId)
            after.partnerId = partnerAnglerId;
        else {
            after.boaterId = anglerId;
            after.partnerId = partnerAnglerId;
        }
        s = remember(commands::editBoat(m_undoStack, m_store, *mine, after, undoFailures()));
    } else if (s) {
        BoatRecord b;
        b.tournamentId = m_tournament.id;
        b.boaterId = anglerId;
        b.partnerId = partnerAnglerId;
        Result<BoatRecord> added = commands::addBoat(m_undoStack, m_store, b, undoFailures());
        s = remember(added ? Status::success() : Status::failure(added.error()));
    }
    if (m_undoStack)
        m_undoStack->endMacro();
    return s;
}

int WeighInModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int WeighInModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WeighInModel::lengthText(int eighths)
{
    const int inches = eighths / 8;
    const int rest = eighths % 8;
    if (rest == 0)
        return QString::number(inches);
    if (rest == 4)
        return QStringLiteral("%1.5").arg(inches);
    static const char *const fractions[] = {"", "1/8", "1/4", "3/8", "1/2", "5/8", "3/4", "7/8"};
    return QStringLiteral("%1 %2").arg(inches).arg(QLatin1String(fractions[rest]));
}

Result<int> WeighInModel::parseLength(const QString &text)
{
    static const QRegularExpression boardEighths(
        QStringLiteral("^\\s*(\\d{1,2})\\s*-\\s*([0-7])\\s*$"));
    Result<int> length = PaperChart::parseLength(text);
    if (auto m = boardEighths.match(text); m.hasMatch())
        length = m.captured(1).toInt() * 8 + m.captured(2).toInt();
    // No bass is this long: a slip of the finger, said in words (not a database constraint).
    constexpr int longestInches = 36;
    if (length && length.value() > longestInches * 8)
        return Result<int>::failure(tr("“%1”: no bass is %2 inches long; check the length.")
                                        .arg(text.trimmed(), lengthText(length.value())));
    return length;
}

Result<PaperFishRecord> WeighInModel::parseFish(const QString &text)
{
    using R = Result<PaperFishRecord>;
    const QString lengthPart = text.section(u'=', 0, 0).trimmed();
    auto len = parseLength(lengthPart);
    if (!len)
        return R::failure(len.error());
    PaperFishRecord f;
    f.lengthEighths = len.value();
    if (text.contains(u'=')) {
        const QString weightPart = text.section(u'=', 1).trimmed();
        auto w = Weight::parse(weightPart);
        if (!w)
            return R::failure(tr("“%1”: after = comes the weight of the fish on the scale (%2)")
                                  .arg(text.trimmed(), w.error()));
        if (w->hundredths() > 0)
            f.weighedHundredths = w->hundredths();
    }
    return f;
}

Result<QList<PaperFishRecord>> WeighInModel::parseFishList(const QString &text,
                                                          const QList<PaperFishRecord> &before)
{
    using R = Result<QList<PaperFishRecord>>;
    static const QRegularExpression separators(QStringLiteral("[,;]"));
    QList<PaperFishRecord> fish;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        auto f = parseFish(part.trimmed());
        if (!f)
            return R::failure(f.error());
        PaperFishRecord one = f.value();
        if (fish.size() < before.size()) {
            const PaperFishRecord &old = before.at(fish.size());
            one.id = old.id;
            if (!part.contains(u'=') && old.lengthEighths == one.lengthEighths)
                one.weighedHundredths = old.weighedHundredths;
        }
        fish.append(one);
    }
    return fish;
}

Status WeighInModel::setWeighedBigBass(QList<PaperFishRecord> &fish, const Weight &weight)
{
    for (PaperFishRecord &f : fish)
        f.weighedHundredths.reset();
    if (weight.isZero())
        return Status::success();
    if (fish.isEmpty())
        return Status::failure(tr("Measure the fish first: the weighed big bass goes with its "
                                  "length (or type “21 3/4 = 6.45” in Lengths)."));
    int longest = 0;
    for (int i = 1; i < fish.size(); ++i)
        if (fish.at(i).lengthEighths > fish.at(longest).lengthEighths)
            longest = i;
    fish[longest].weighedHundredths = weight.hundredths();
    return Status::success();
}

QString WeighInModel::lengthsText(const QList<PaperFishRecord> &fish)
{
    QStringList parts;
    for (const PaperFishRecord &f : fish)
        parts.append(f.weighedHundredths
                         ? QStringLiteral("%1 = %2").arg(
                               lengthText(f.lengthEighths),
                               Weight::fromHundredths(*f.weighedHundredths).toString())
                         : lengthText(f.lengthEighths));
    return parts.join(QStringLiteral(", "));
}

QVariant WeighInModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const bool draft = hasDraft(index.row());
    const EntryRecord &e = draft ? *m_draft : m_entries.at(index.row());
    const int column = index.column();
    if (draft && role == Qt::BackgroundRole)
        return QColor(0xff, 0xf3, 0xc4); // typed, not saved yet
    if (draft && role == Qt::ToolTipRole)
        return tr("Not saved yet: %1").arg(m_draftProblem);
    if (role == IdRole)
        return e.id;
    if (role == AnglerIdRole)
        return e.anglerId;
    if (role == Qt::CheckStateRole) {
        if (column == BuyInColumn)
            return e.buyIn ? Qt::Checked : Qt::Unchecked;
        if (column == DqColumn)
            return e.dq ? Qt::Checked : Qt::Unchecked;
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        if (column == AnglerColumn || column == MemberColumn || column == LengthsColumn ||
            column == PartnerColumn || column == ScaleColumn)
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && column == LengthsColumn && !e.paperFish.isEmpty()) {
        QStringList lines;
        for (const PaperFishRecord &f : e.paperFish)
            lines.append(
                tr("%1 in: %2 lb")
                    .arg(lengthText(f.lengthEighths),
                         PaperChart::standard().weightFor(f.lengthEighths, m_ruleset).toString(QLocale())));
        return lines.join(u'\n');
    }
    if (role == Qt::ToolTipRole &&
        ((column == WeightColumn && e.grossFromScale) ||
         (column == BigBassColumn && e.bigBassFromScale)))
        return tr("Read from the scale");
    if (role == Qt::ToolTipRole && column == ScaleColumn)
        return tr("The weights read from the scale; typed weights leave this empty.");
    const bool display = role == Qt::DisplayRole;
    const bool edit = role == Qt::EditRole;
    const bool sort = role == SortRole;
    if (!display && !edit && !sort)
        return {};
    switch (column) {
    case AnglerColumn:
        return sort ? QVariant(e.anglerName.toCaseFolded()) : QVariant(e.anglerName);
    case MemberColumn:
        return sort ? QVariant(e.wasMember) : QVariant(e.wasMember ? tr("Member") : tr("Guest"));
    case FishColumn:
        return e.fish;
    case WeightColumn:
        if (sort)
            return e.gross.hundredths();
        // A buy-in has no weight; its own column says buy-in (a word here only widens the column).
        return e.buyIn && display ? QStringLiteral("—") : e.gross.toString(QLocale());
    case BigBassColumn:
        if (sort)
            return e.bigBass.hundredths();
        return e.bigBass.isZero() && display ? QString() : e.bigBass.toString(QLocale());
    case DeadColumn:
        return display && e.dead == 0 ? QVariant(QString()) : QVariant(e.dead);
    case LateColumn:
        return display && e.minutesLate == 0 ? QVariant(QString()) : QVariant(e.minutesLate);
    case BuyInColumn:
        return sort ? QVariant(e.buyIn) : QVariant(QString());
    case DqColumn:
        return sort ? QVariant(e.dq) : QVariant(QString());
    case LengthsColumn:
        return lengthsText(e.paperFish);
    case PartnerColumn: {
        const QString partner = partnerOf(e.anglerId);
        if (edit)
            return partner;
        return anglerName(partner);
    }
    case NetColumn: {
        const Weight net = TournamentScorer::netWeight(e.toEntry(), m_ruleset);
        if (sort)
            return net.hundredths();
        if (e.buyIn)
            return QString();
        return net.toString(QLocale());
    }
    case ScaleColumn: {
        if (sort)
            return int(e.grossFromScale) * 2 + int(e.bigBassFromScale);
        QStringList read;
        if (e.grossFromScale)
            read << tr("weight");
        if (e.bigBassFromScale)
            read << tr("big bass");
        return read.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

bool WeighInModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || isLocked())
        return false;
    const int column = index.column();
    if (role == Qt::CheckStateRole && column != BuyInColumn && column != DqColumn)
        return false;
    if (role != Qt::EditRole && role != Qt::CheckStateRole)
        return false;
    if (column == PartnerColumn) {
        Status s = setPartner(index.row(), value.toString());
        if (!s)
            emit errorOccurred(s.error());
        return s.ok();
    }
    auto e = edited(index, value);
    if (!e) {
        m_lastError = e.error();
        emit errorOccurred(e.error());
        return false;
    }
    QStringList errors;
    for (const EntryIssue &issue : check(e.value()))
        if (issue.severity == EntryIssue::Severity::Error)
            errors.append(issue.message);
    if (!errors.isEmpty()) {
        m_lastError = errors.join(u' ');
        if (couldAddUp(e.value(), column)) {
            holdDraft(index.row(), e.value(), m_lastError);
            return true;
        }
        emit errorOccurred(m_lastError);
        return false;
    }
    Status s = changeEntry(index.row(), e.value());
    if (!s) {
        emit errorOccurred(s.error());
        return false;
    }
    return true;
}

Qt::ItemFlags WeighInModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isLocked())
        return f;
    switch (index.column()) {
    case BuyInColumn:
    case DqColumn:
        return f | Qt::ItemIsUserCheckable;
    case BigBassColumn:
        return f | Qt::ItemIsEditable; // paper: the weighed big bass
    case FishColumn:
    case WeightColumn:
        return m_tournament.paper ? f : f | Qt::ItemIsEditable;
    case LengthsColumn:
        return m_tournament.paper ? f | Qt::ItemIsEditable : f;
    case DeadColumn:
    case LateColumn:
    case PartnerColumn:
        return f | Qt::ItemIsEditable;
    default:
        return f;
    }
}

QVariant WeighInModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AnglerColumn:
        return tr("Angler");
    case MemberColumn:
        return tr("Member");
    case FishColumn:
        return tr("Fish");
    case WeightColumn:
        return m_tournament.paper ? tr("Chart lb") : tr("Weight");
    case BigBassColumn:
        return tr("Big bass");
    case DeadColumn:
        return tr("Dead");
    case LateColumn:
        return tr("Late");
    case BuyInColumn:
        return tr("Buy-in");
    case DqColumn:
        return tr("DQ");
    case LengthsColumn:
        return tr("Lengths (in)");
    case PartnerColumn:
        return tr("Boat partner");
    case NetColumn:
        return tr("Net");
    case ScaleColumn:
        return tr("Scale");
    default:
        return {};
    }
}
