// Phone: US phone numbers as the club writes them, "(512) 555-1234". Numbers typed with 10 digits
// (or 11 with a leading 1 / +1) in any punctuation are normalised. A number that starts with "+"
// and another country code is kept as typed (a member may live abroad); anything else is refused
// with a message, because a wrong number on the roster is worse than none.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

class Phone
{
    Q_DECLARE_TR_FUNCTIONS(Phone)
public:
    // Empty input gives an empty number (the phone is optional).
    static Result<QString> normalise(const QString &typed);
    // The digits of a number, for searching.
    static QString digits(const QString &text);
};
