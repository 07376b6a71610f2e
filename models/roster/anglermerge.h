// AnglerMerge: folds a duplicate record of a person into the record that survives (a walk-up guest
// who later joined under a new record). The preview lists exactly what moves (tournament entries,
// boats, offices, memberships, payments) and every clash (both records fished the same
// tournament), and the merge itself runs in one transaction and returns what it did, so it can be
// undone exactly.
//
// Payments stay where they are: the ledger is append-only and refuses to change an entry's angler.
// The duplicate keeps its ledger lines and points to the survivor (merged_into); the survivor's
// payment history and paid-through season include them.
#pragma once

#include "roster/anglerstore.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <utility>

class Store;

struct MergePreview
{
    Angler survivor;
    Angler duplicate;
    // The survivor as it will be after the merge (blank fields filled from the duplicate).
    Angler merged;
    QStringList entries;
    QStringList boats;
    QStringList offices;
    QStringList memberships;
    QStringList payments;
    QStringList clashes;
    bool canMerge() const { return clashes.isEmpty(); }
};

// Everything a merge changed, for undo.
struct MergeRecord
{
    Angler survivorBefore;
    Angler duplicateBefore;
    QStringList movedEntries;
    QList<std::pair<QString, QString>> movedBoats; // boat id, column (boater_id/partner_id)
    QStringList movedOffices;
    QStringList movedMemberships;
    QStringList droppedMemberships; // the survivor was already a member that season
};

class AnglerMerge
{
    Q_DECLARE_TR_FUNCTIONS(AnglerMerge)
public:
    static Result<MergePreview> preview(Store *store, const QString &survivorId,
                                        const QString &duplicateId);
    // Refuses when the preview shows a clash; otherwise moves everything in one transaction.
    static Result<MergeRecord> merge(Store *store, const QString &survivorId,
                                     const QString &duplicateId);
    static Status unmerge(Store *store, const MergeRecord &record);
};
