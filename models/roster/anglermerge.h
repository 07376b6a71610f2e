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

    // Among `people`, the one most likely to be a duplicate of `person`: the same name (case and
    // spacing ignored), e-mail or phone; empty when nobody looks like them.
    static QString likelyDuplicate(const QList<Angler> &people, const QString &personId);
    // A name that tells two records apart when their names are the same: the name with the
    // e-mail, else the phone, else the member-since year.
    static QString describe(const Angler &angler, const Angler &other);
};
