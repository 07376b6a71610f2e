// EntryValidator: checks a tournament's entries against the club's rules before anything is
// scored or saved. Errors refuse the sheet; warnings are shown for the weighmaster to confirm.
#pragma once

#include "scoring/entry.h"
#include "scoring/ruleset.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

struct EntryIssue
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    int entryIndex = -1; // index into the checked list
    int line = 0;        // Entry::line of that entry
    QString message;     // plain words, naming the angler
};

class EntryValidator
{
    Q_DECLARE_TR_FUNCTIONS(EntryValidator)
public:
    // Every error and warning of the entries, in entry order. `paper`: lengths are checked
    // instead of weighed fish.
    static QList<EntryIssue> check(const QList<Entry> &entries, const Ruleset &ruleset,
                                   bool paper = false);
    static QList<EntryIssue> checkOne(const Entry &entry, const Ruleset &ruleset,
                                      bool paper = false);
    static bool hasErrors(const QList<EntryIssue> &issues);
};
