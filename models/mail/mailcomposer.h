// MailComposer: what each kind of the club's mail says. A tournament's results (the standings of
// the day, big bass, payouts: the printable results report as text, its PDF attached), the
// season's standings (the standings report as text, its PDF attached), a news post written by
// the secretary, and the test message of Mailbox > Club E-mail Settings. The reports come from
// models/reports (ReportBuilders), the same ones File > Print and `sabc report` make; building a
// PDF needs a QGuiApplication.
#pragma once

#include "core/result.h"
#include "mail/mailstore.h"
#include "mail/mimemessage.h"

#include <QCoreApplication>

class Report;
class Store;

struct ComposedMail
{
    MailKind kind = MailKind::News;
    QString topic;   // results:2026-03-14, standings:2026, news:<subject>, test
    MailContent content;
};

class MailComposer
{
    Q_DECLARE_TR_FUNCTIONS(MailComposer)
public:
    static Result<ComposedMail> results(Store &store, const MailSettings &settings,
                                        const QString &tournamentId);
    static Result<ComposedMail> standings(Store &store, const MailSettings &settings, int season);
    static Result<ComposedMail> news(Store &store, const MailSettings &settings,
                                     const QString &subject, const QString &text);
    static ComposedMail test(const MailSettings &settings, const QString &clubName);

    // A report as plain text: headings, paragraphs, tables in aligned columns.
    static QString plainText(const Report &report);

    // Puts a composed mail in the outbox for everyone who wants that kind. Returns its id.
    static Result<QString> enqueue(Store &store, const ComposedMail &mail, int batchSize);
};
