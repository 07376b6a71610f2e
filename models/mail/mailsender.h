// MailSender: sends what waits in the outbox (MailStore) through one SMTP connection.
//
// Nothing is sent twice after a crash, batch by batch (at most once): before a batch's first
// command reaches the server, the batch is marked "sending" and that is committed; when the
// server has answered the end of its data, the batch's outcome is committed in its own
// transaction. A batch found "sending" later (the app was killed, the laptop's battery died, the
// network went away after the data) may or may not have reached the server; it is never sent
// again by itself: after a while the outbox shows it as "may have gone" and the secretary can
// retry it by hand, knowing some members might then get it twice. At least once would be the
// other choice; for mail to every member a duplicate in every inbox is worse than a batch the
// secretary is told to look at. A batch that failed before its data went (no connection, a
// refused sign-in, "try later") is certainly not sent and waits again. Each batch carries its
// own Message-ID (the message's id and the batch number), the same when retried, so a mail
// server that saw it already may drop the copy.
#pragma once

#include "core/result.h"
#include "mail/smtpclient.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class Store;

struct SendReport
{
    int messages = 0;       // batches the server took (each one SMTP message)
    int recipients = 0;     // addresses in them the server took
    int interrupted = 0;    // batches found "sending" (not sent again)
    QStringList problems;   // batches refused for good, recipients refused, with the answers
    QString error;          // why sending stopped (the server's answer), empty: all sent
    bool ok() const { return error.isEmpty() && problems.isEmpty(); }
};

class MailSender
{
    Q_DECLARE_TR_FUNCTIONS(MailSender)
public:
    // A "sending" batch older than this is shown as interrupted ("unknown").
    static constexpr int interruptedAfterSeconds = 300;

    // Sends every waiting batch (of `messageId` only, when given), oldest first.
    static SendReport send(Store &store, const SmtpServer &server, const QString &password,
                           const QString &messageId = QString(), int timeoutMs = 60000);
    // The Message-ID of a batch.
    static QByteArray messageId(const QString &outboxId, int seq, const QString &from);
};
