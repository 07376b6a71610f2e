#include "mail/mailsender.h"

#include "mail/mailstore.h"
#include "mail/mimemessage.h"
#include "store/query.h"
#include "store/store.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcMail, "sabc.mail")

QByteArray MailSender::messageId(const QString &outboxId, int seq, const QString &from)
{
    return QStringLiteral("%1.%2@%3").arg(outboxId).arg(seq).arg(Mime::domainOf(from)).toLatin1();
}

SendReport MailSender::send(Store &store, const SmtpServer &server, const QString &password,
                            const QString &onlyMessage, int timeoutMs)
{
    SendReport report;
    MailStore mails(&store);
    {
        // Batches left "sending" by an app that stopped: shown as such, never sent again here.
        auto all = mails.messages(onlyMessage);
        if (!all) {
            report.error = all.error();
            return report;
        }
        const QDateTime stale =
            QDateTime::currentDateTime().addSecs(-interruptedAfterSeconds);
        for (const OutboxMessage &m : all.value())
            for (const OutboxBatch &b : m.batches)
                if (b.state == QLatin1String("sending")) {
                    ++report.interrupted;
                    if (b.lastAttempt.isValid() && b.lastAttempt < stale) {
                        if (Status s = mails.finish(
                                m.id, b.seq, QStringLiteral("unknown"),
                                tr("The app stopped while this batch was being sent; it may have "
                                   "gone out. Retry sends it again (some members may then get "
                                   "it twice)."));
                            !s) {
                            report.error = s.error();
                            return report;
                        }
                    }
                }
    }
    SmtpClient client;
    client.setTimeout(timeoutMs);
    bool open = false;
    while (true) {
        auto next = mails.nextWaiting(onlyMessage);
        if (!next) {
            report.error = next.error();
            break;
        }
        if (!next->has_value())
            break;
        const auto [id, seq] = **next;
        auto message = mails.messages(id);
        auto mime = mails.mime(id);
        if (!message || !mime || message->isEmpty()) {
            report.error = !message ? message.error() : !mime ? mime.error()
                                                             : tr("The message disappeared.");
            break;
        }
        const OutboxMessage &m = message->first();
        QStringList recipients;
        for (const OutboxBatch &b : m.batches)
            if (b.seq == seq)
                recipients = b.recipients;
        if (!open) {
            if (Status o = client.open(server, password); !o) {
                // Nothing went: the batch keeps waiting, and says why.
                qCWarning(lcMail).noquote() << "mail server:" << o.error();
                if (Status s = mails.finish(id, seq, QStringLiteral("waiting"), o.error()); !s)
                    qCWarning(lcMail).noquote() << s.error();
                report.error = o.error();
                break;
            }
            open = true;
        }
        auto claimed = mails.claim(id, seq);
        if (!claimed) {
            report.error = claimed.error();
            break;
        }
        if (!claimed.value())
            continue; // another sabc took it meanwhile
        qCInfo(lcMail).noquote() << "sending batch" << seq << "of" << m.subject << "to"
                                 << recipients.size() << "recipients";
        const SmtpClient::Delivery d = client.send(
            m.sender, recipients, Mime::withMessageId(mime.value(), messageId(id, seq, m.sender)));
        QString state;
        QString answer = d.answer;
        if (!d.refused.isEmpty())
            answer += u'\n' + tr("Refused: %1").arg(d.refused.join(QStringLiteral("; ")));
        switch (d.outcome) {
        case SmtpClient::Delivery::Outcome::Accepted:
            state = QStringLiteral("sent");
            ++report.messages;
            report.recipients += int(d.accepted.size());
            if (!d.refused.isEmpty())
                report.problems << tr("%1: the server refused %n recipient(s): %2", nullptr,
                                      int(d.refused.size()))
                                       .arg(m.subject, d.refused.join(QStringLiteral("; ")));
            break;
        case SmtpClient::Delivery::Outcome::Unknown:
            state = QStringLiteral("unknown");
            report.error = d.answer;
            break;
        case SmtpClient::Delivery::Outcome::NotSent:
            state = d.permanent ? QStringLiteral("failed") : QStringLiteral("waiting");
            if (d.permanent)
                report.problems << QStringLiteral("%1: %2").arg(m.subject, d.answer);
            else
                report.error = d.answer;
            break;
        }
        qCInfo(lcMail).noquote() << "batch" << seq << state << ":" << answer;
        if (Status s = mails.finish(id, seq, state, answer); !s) {
            report.error = s.error();
            break;
        }
        if (!report.error.isEmpty())
            break;
        if (!client.isOpen()) {
            report.error = tr("The mail server closed the connection (%1); the rest waits in the "
                              "outbox.")
                               .arg(client.lastAnswer());
            break;
        }
    }
    if (open)
        client.close();
    return report;
}
