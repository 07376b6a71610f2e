// WeighInSheet: reads a tournament's weigh-in sheet (CSV with a header row) into entries, the way
// `sabc score` and the sheet import take it: columns in any order and any case, angler, fish and
// weight required; member, big_bass, dead, late, buy_in, dq, boat optional; yes/no/true/false/1/0;
// weights in any syntax Weight::parse accepts. Every problem names its line.
#pragma once

#include "scoring/entry.h"
#include "scoring/entryvalidator.h"
#include "scoring/ruleset.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class WeighInSheet
{
    Q_DECLARE_TR_FUNCTIONS(WeighInSheet)
public:
    struct Parsed
    {
        QList<Entry> entries;     // Entry::line set; anglerId is the case-folded name
        QList<EntryIssue> issues; // errors and warnings, sheet order
        bool ok() const { return !EntryValidator::hasErrors(issues); }
    };

    // Parses and validates (EntryValidator) the sheet.
    static Parsed parse(const QByteArray &csv, const Ruleset &ruleset);
    static Parsed read(const QString &path, const Ruleset &ruleset);

    // The key that identifies an angler by name across sheets ("  Bob  SMITH" == "bob smith").
    static QString nameKey(const QString &name);
};
