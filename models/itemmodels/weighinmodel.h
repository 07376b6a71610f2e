// WeighInModel: one tournament's weigh-in sheet as a table, one row per entry in the order the
// anglers came to the scale. Reads through TournamentStore and reloads when the store reports a
// change; every edit (setData, add, delete, boat pairing) is a command on the window's QUndoStack,
// so each committed row is in the database at once and can be undone.
#pragma once

#include "commands/command.h"
#include "core/money.h"
#include "core/result.h"
#include "scoring/entryvalidator.h"
#include "scoring/ruleset.h"
#include "tournaments/tournamentstore.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <optional>

#include "store/store.h"
#include <QUndoStack>

class WeighInModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        AnglerColumn,
        MemberColumn,
        FishColumn,
        WeightColumn,
        BigBassColumn,
        DeadColumn,
        LateColumn,
        BuyInColumn,
        DqColumn,
        LengthsColumn, // paper tournaments: each fish's length
        PartnerColumn, // boat partner
        NetColumn,
        ScaleColumn, // which weights came from the scale (empty: typed)
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole, // entry id, every column
        AnglerIdRole,          // angler id, every column
        SortRole,              // raw value
    };

    explicit WeighInModel(Store *store = nullptr, QObject *parent = nullptr);

    void setStore(Store *store);
    Store *store() const { return m_store.data(); }
    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    QUndoStack *undoStack() const { return m_undoStack.data(); }

    // Shows one tournament (empty: none) and reads its ruleset and big bass carryover.
    Status setTournamentId(const QString &id);
    QString tournamentId() const { return m_tournament.id; }
    Status reload();
    QString lastError() const { return m_lastError; }

    const TournamentRecord &tournament() const { return m_tournament; }
    const Ruleset &ruleset() const { return m_ruleset; }
    Money carryIn() const { return m_carryIn; }
    bool isLocked() const { return m_tournament.completed; }
    bool isPaper() const { return m_tournament.paper; }
    const QList<EntryRecord> &entries() const { return m_entries; }
    const QList<BoatRecord> &boats() const { return m_boats; }
    const EntryRecord &entryAt(int row) const { return m_entries.at(row); }
    int rowOfAngler(const QString &anglerId) const;
    int rowOfEntry(const QString &entryId) const;
    // The engine's input for the sheet as it is now.
    TournamentInput input() const;
    // The angler who shares a boat with this one, or empty.
    QString partnerOf(const QString &anglerId) const;

    // Problems of a new or changed entry in plain words: the angler twice on the sheet, then the
    // rules (EntryValidator). Errors block the commit; warnings are for the director to confirm.
    QList<EntryIssue> check(const EntryRecord &candidate) const;
    // A paper entry's fish, weight and big bass from its lengths (the chart stringer).
    EntryRecord withPaperStringer(EntryRecord e) const;

    // The entry of `index` with the edited value applied, or why the value is not acceptable.
    Result<EntryRecord> edited(const QModelIndex &index, const QVariant &value) const;

    // A row's numbers are edited together (issue: a zero cannot become a catch cell by cell).
    // A cell edit that leaves the row inconsistent ("4 fish but no weight") is held as the
    // row's draft: shown, not saved. The row is saved, as one change, once it adds up; leaving
    // it while it does not puts it back (leaveRow says why).
    static bool isRowNumber(int column);
    // Whether the edited row's errors are only between its numbers (fish without weight, big bass
    // over the weight, dead over fish), which the rest of the row can still fix; a value wrong
    // on its own (over the fish limit) is refused at once.
    bool couldAddUp(const EntryRecord &edited, int column) const;
    bool hasDraft(int row) const;
    QString draftProblem() const { return m_draftProblem; }
    void holdDraft(int row, const EntryRecord &draft, const QString &problem);
    // Drops the draft of `row` (when there is one): failure says what was not saved.
    Status leaveRow(int row);

    // Commands (undoable); each returns why nothing changed.
    Status addEntry(const EntryRecord &entry);
    Status changeEntry(int row, const EntryRecord &after);
    Status deleteRows(const QList<int> &rows);
    // Pairs the angler of `row` with a partner (an angler on this sheet), or splits their boat
    // when `partnerAnglerId` is empty.
    Status setPartner(int row, const QString &partnerAnglerId);
    // Why pairing this angler (on the sheet or about to be) with that one would be refused
    // (own partner, partner already in another boat, two boats with weights), or success.
    Status checkPairing(const QString &anglerId, const QString &partnerAnglerId) const;
    // Team format: weighs a boat in at once (its anglers' entries and the boat's own weigh-in),
    // one undoable step, all or nothing.
    Status addTeamBoat(const QList<EntryRecord> &entries, const BoatRecord &boat);
    bool isTeam() const { return m_tournament.format == TournamentFormat::Team; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString lengthText(int eighths);
    // A fish length in eighths of an inch: every syntax PaperChart::parseLength takes, plus the
    // measuring-board shorthand inches-eighths ("15-4" = 15 4/8 in), which the engine lacks.
    static Result<int> parseLength(const QString &text);
    static QString lengthsText(const QList<PaperFishRecord> &fish);
    // One measured fish: a length, or a length and the weight of the fish also put on the scale
    // ("21 3/4 = 6.45": a weighed big bass, which wins over the chart).
    static Result<PaperFishRecord> parseFish(const QString &text);
    // Every fish of a lengths text ("18, 21 3/4 = 6.45, 15"); ids and weighed weights of
    // `before` are kept for the fish in the same place when the text gives none.
    static Result<QList<PaperFishRecord>> parseFishList(const QString &text,
                                                       const QList<PaperFishRecord> &before = {});
    // The weighed big bass of a paper entry: put on its longest fish (empty weight: none).
    static Status setWeighedBigBass(QList<PaperFishRecord> &fish, const Weight &weight);

signals:
    // The sheet changed (after every reload): the leaderboard recomputes.
    void sheetChanged();
    // A change failed (also a failed undo or redo): show it to the user.
    void errorOccurred(const QString &message);

private:
    void onStoreChanged(const QString &table);
    // Where a later failed undo or redo of the sheet's edits goes: errorOccurred().
    commands::ErrorHandler undoFailures();
    // Keeps why an edit was refused as the last error.
    Status remember(Status status);
    QString anglerName(const QString &anglerId) const;

    QPointer<Store> m_store;
    QPointer<QUndoStack> m_undoStack;
    TournamentRecord m_tournament;
    Ruleset m_ruleset;
    Money m_carryIn;
    QList<EntryRecord> m_entries;
    QList<BoatRecord> m_boats;
    QString m_lastError;
    std::optional<EntryRecord> m_draft;
    QString m_draftProblem;
};
