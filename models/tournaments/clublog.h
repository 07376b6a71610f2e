// ClubLog: the club's audit trail read back in plain words: every tournament's finalize and
// unlock, the member-flag corrections, and each edit of results that had been finalized, with
// who, when, and the numbers before and after. Reads only; the lines are written by
// TournamentStore (finalize, unlock, member flags) and by the store's triggers (result edits).
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

class Store;

struct ClubLogLine
{
    QDateTime at; // UTC
    QString actor;
    QString action; // "finalized", "unlocked", "member_flag", "result_edited"
    QString tournamentId;
    QString tournament; // its name
    QDate tournamentDate;
    QString detail; // what changed, in words ("Ann Lee: weight 12.10 -> 12.50 lb")
};

class ClubLog
{
    Q_DECLARE_TR_FUNCTIONS(ClubLog)
public:
    // The season's lines (all seasons for 0), newest first.
    static Result<QList<ClubLogLine>> read(Store &store, int season);
    // "Finalized", "Unlocked", "Member flag corrected", "Finalized results edited".
    static QString actionText(const QString &action);
    // A result edit's JSON detail in words, given the names of the angler (and partner).
    static QString describeEdit(const QString &json, const QString &angler,
                                const QString &partner);
};
