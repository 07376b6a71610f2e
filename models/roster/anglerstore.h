// models/roster/: the people of the club: anglers, memberships, officers and dues (AnglerStore,
// DuesPolicy), merging duplicates (AnglerMerge), and importing a roster file (RosterImport).
//
// AnglerStore: reading and writing the people of the club (anglers, their memberships, the
// officers of each season and their dues payments) on top of Store. Every query is prepared with
// bound values, every failure comes back as a message, and every edit that touches several rows
// runs in one Store::Transaction. The undo commands (anglercommands.h) are built on these calls.
#pragma once

#include "store/store.h"

#include "core/money.h"
#include "core/result.h"
#include "roster/duespolicy.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

struct Angler
{
    QString id;
    QString fullName;
    QString email;
    QString phone;
    int memberSince = 0;     // 0: unknown
    int duesPaidThrough = 0; // 0: never paid
    bool inactive = false;
    QString notes;
    QString mergedInto;
    // The club's e-mail (#16): whether the person takes it at all, and which kinds. Everyone
    // starts opted in, as in the club's web app.
    bool emailOptIn = true;
    bool mailResults = true; // a tournament's results and the season standings
    bool mailNews = true;    // the secretary's news posts

    bool operator==(const Angler &) const = default;
};

// A dues payment as typed in the payment dialog.
struct PaymentInput
{
    Money amount;
    QDate date;     // club-local
    QString method; // cash, check, online
    QString note;
};

// A dues line of the ledger, for the payment history.
struct PaymentLine
{
    QString id;
    QString anglerId; // may be a record merged into the angler
    QDate date;
    int season = 0;
    Money amount; // negative for a reversal
    QString method;
    QString note;
    QString reversesId;
    bool reversed = false; // a later entry reverses this one
};

// What recording a payment did, so that it can be reversed exactly.
struct PaymentRecord
{
    QString anglerId;
    QString ledgerId;
    int oldPaidThrough = 0;
    int newPaidThrough = 0;
    QStringList createdMemberships;
};

// What a delete tombstoned, so that undo can bring it back.
struct DeletedAngler
{
    QString id;
    QStringList memberships;
};

// What history a person has (anything here means deactivate, not delete).
struct AnglerHistory
{
    int entries = 0;
    int boats = 0;
    int payments = 0;
    int offices = 0;
    bool any() const { return entries + boats + payments + offices > 0; }
};

// An angler as the weigh-in picker shows them.
struct AnglerChoice
{
    QString id;
    QString name;
    QString phone;
    bool member = false;     // has a membership in the tournament's season
    int duesPaidThrough = 0; // 0: never
    bool inactive = false;
    int guestEvents = 0; // tournaments fished as a guest this season
};

// An angler as the roster page lists them for one season.
struct RosterLine
{
    QString id;
    QString name;
    QString phone;
    QString email;
    int memberSince = 0;     // 0: unknown
    int duesPaidThrough = 0; // 0: never paid
    bool inactive = false;
    bool member = false; // has a membership in the season
    int tournaments = 0; // tournaments fished in the season
    int lastFished = 0;  // the last season the angler fished (any season); 0: never
};

// An angler's dues in one season, for the dues report.
struct DuesLine
{
    QString id;
    QString name;
    int duesPaidThrough = 0; // 0: never paid
    bool member = false;     // has a membership in the season
    Money paid;              // dues paid for the season, reversals taken off
    QString lastPayment;     // ISO date of the season's last payment (not a reversal); empty: none
};

class AnglerStore
{
    Q_DECLARE_TR_FUNCTIONS(AnglerStore)
public:
    explicit AnglerStore(Store *store);
    Store *store() const { return m_store; }

    Result<Angler> angler(const QString &id) const;
    // Live anglers that were not merged into someone else, by name.
    Result<QList<Angler>> anglers() const;

    // Trims and normalises (phone) an angler and checks it: name required, email well-formed and
    // not used by someone else, member-since year sane. The message names the first problem.
    Result<Angler> validated(const Angler &angler) const;

    // Inserts a validated angler (with the given id when not empty); returns its id.
    Result<QString> insertAngler(const Angler &angler);
    // Writes the editable fields of a validated angler (name, email, phone, member since, notes).
    Status updateAngler(const Angler &angler);
    Status setInactive(const QString &id, bool inactive);
    Status setPaidThrough(const QString &id, int season);

    Result<AnglerHistory> history(const QString &id) const;
    // Tombstones an angler without history (and their memberships).
    Result<DeletedAngler> deleteAngler(const QString &id);
    Status undeleteAngler(const DeletedAngler &deleted);

    // Memberships: whether the angler is a member in `season`, and switching it. Returns the id of
    // the membership created or tombstoned (empty when nothing changed).
    Result<bool> isMember(const QString &id, int season) const;
    Result<QString> addMembership(const QString &id, int season, const QDate &joinedOn);
    Result<QString> endMembership(const QString &id, int season);
    // The member flag (was_member) of the angler's entries in the season's tournaments, by entry
    // id; and setting them (a past season's membership corrected on the Roster re-scores it).
    Result<QHash<QString, bool>> entryMemberFlags(const QString &id, int season) const;
    Status setEntryMemberFlags(const QHash<QString, bool> &flags);

    // Live anglers not merged into someone else, with their membership and tournaments in
    // `season`, by name.
    Result<QList<RosterLine>> roster(int season) const;
    // The same anglers for the weigh-in picker: the season's members first, then by name.
    Result<QList<AnglerChoice>> choices(int season) const;
    // Members of `season` and anyone who paid dues for it, by name.
    Result<QList<DuesLine>> dues(int season) const;
    // A walk-up guest: name and optional phone (normalised). Returns the new angler's id.
    Result<QString> insertGuest(const QString &name, const QString &phone);

    // Officers of a season: post -> angler id.
    Result<QHash<QString, QString>> officers(int season) const;
    // Sets the holders of the posts named in `holders` (empty id: vacant), one transaction.
    Status setOfficers(int season, const QHash<QString, QString> &holders);

    // Writes a dues ledger entry and moves paid-through by `policy`, making the angler a member
    // of each season the payment covers. One transaction.
    Result<PaymentRecord> recordPayment(const QString &anglerId, const PaymentInput &payment,
                                        const DuesPolicy &policy = DuesPolicy());
    // Appends a reversing entry (the ledger is never edited) and puts paid-through back.
    Status reversePayment(const PaymentRecord &record);
    // Paid-through follows the ledger: after the dues entry `reversedLedgerId` of `anglerId` (or
    // of a record merged into them) was reversed, replays the angler's live dues payments, the
    // reversed one left out, from the season paid through before the first of them. Call inside
    // the transaction that appended the reversal.
    Status duesPaymentReversed(const QString &anglerId, const QString &reversedLedgerId,
                               const DuesPolicy &policy = DuesPolicy());
    // Dues lines of an angler and of every record merged into them, oldest first.
    Result<QList<PaymentLine>> payments(const QString &anglerId) const;
    // The angler and every record merged into them, recursively.
    Result<QStringList> identities(const QString &anglerId) const;

    // Brings back a tombstoned row of one of the people tables.
    Status restore(const QString &table, const QString &id);

private:
    QPointer<Store> m_store;
};
