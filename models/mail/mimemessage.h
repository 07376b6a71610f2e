// MimeMessage: an e-mail as the club sends it, written as RFC 5322 / MIME text: UTF-8 headers
// encoded per RFC 2047 where they are not plain ASCII, a UTF-8 text part and any attachments
// (base64), a Date in RFC 5322 form. The Message-ID is added per batch when the message is sent
// (mailsender.h), so each batch is its own message and a batch sent again keeps its id.
// Recipients never appear in the text: they are the envelope's (BCC); To is the club's own From.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

struct MailAttachment
{
    QString fileName;         // results-2026-03-14.pdf
    QByteArray contentType;   // application/pdf
    QByteArray data;
};

struct MailContent
{
    QString fromAddress;      // the club's address; also To:
    QString fromName;         // the club's name, shown by mail programs
    QString replyTo;          // empty: none
    QString subject;
    QString text;             // the body, plain text
    QList<MailAttachment> attachments;
    QDateTime date;           // invalid: now
};

namespace Mime {

// An RFC 2047 encoded-word header value ("=?UTF-8?B?...?=", folded) when `text` is not plain
// printable ASCII; the text itself otherwise.
QByteArray encodeHeader(const QString &text);
// "Name <address>", the name quoted or encoded as needed.
QByteArray mailbox(const QString &name, const QString &address);
// The whole message, headers and body, CRLF line ends, without Message-ID.
QByteArray build(const MailContent &content);
// The message with `Message-ID: <id>` put in front of its headers.
QByteArray withMessageId(const QByteArray &message, const QByteArray &messageId);
// A new unique id: <random@domain of fromAddress>.
QByteArray newMessageId(const QString &fromAddress);
// The domain part of an address ("example.org"), or "localhost".
QString domainOf(const QString &address);

// For showing a message (dry run, the outbox window): its headers and decoded text part, each
// attachment named with its size instead of its base64.
QString readable(const QByteArray &message);
// The message's header value `name` (unfolded, still encoded), empty when absent.
QByteArray header(const QByteArray &message, const QByteArray &name);

} // namespace Mime
