// models/core/: the values everything else is built from, with no database and no widgets (library
// sabc_core, Qt Core only): Weight (hundredths of a pound), Money (cents), ClubTime (the club's
// time zone), Phone, CSV reading and writing, Result/Status, and the club rules several parts
// share (this file).
//
// ClubRules: the club's rules that several parts of the app apply, each defined once here: the
// officer posts in bylaw order, the ways money is paid, how many tournaments a guest may fish a
// season before dues are owed, and the check of a typed count (fish, dead fish).
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class ClubRules
{
    Q_DECLARE_TR_FUNCTIONS(ClubRules)
public:
    // Officer posts, as stored, in the order of the bylaws (which is also the order they sort in).
    static const QStringList &officerPosts();
    // A post's name as the user reads it; the stored key when it is not a post.
    static QString postText(const QString &post);

    // How money is paid, as stored: cash, check, online.
    static const QStringList &paymentMethods();
    static bool isPaymentMethod(const QString &method) { return paymentMethods().contains(method); }
    // A method's name as the user reads it; empty when it is not a method (no method recorded).
    static QString methodText(const QString &method);

    // Bylaws: a guest may fish this many tournaments a season; after that dues are owed (the
    // app warns, nothing is blocked).
    static constexpr int guestTournamentLimit = 2;
    // The longest name of a person the roster keeps; a longer one is refused, never cut.
    static constexpr int maxNameLength = 100;
    static bool overGuestLimit(int tournamentsFished) { return tournamentsFished > guestTournamentLimit; }

    // A typed count (fish, dead fish): empty is 0, otherwise a whole number from 0 to 999.
    // `what` names the field in the message ("Fish").
    static Result<int> count(const QString &typed, const QString &what);

    // The club's former web app: its setup account (not a person) and the made-up addresses it
    // gave guests at the scale (first.last@sabc.com) or otherwise (@saustinbc.com).
    static inline const QString webSetupAccount = QStringLiteral("Admin User");
    static bool isPlaceholderEmail(const QString &email);
};
