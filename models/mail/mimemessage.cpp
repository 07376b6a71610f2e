#include "mail/mimemessage.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

#include <cstdlib>

namespace {

bool isPlainAscii(const QString &text)
{
    for (QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    return true;
}

// Base64 split into lines of 76 characters.
QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray b64 = data.toBase64();
    QByteArray out;
    out.reserve(b64.size() + b64.size() / 76 * 2 + 2);
    for (qsizetype i = 0; i < b64.size(); i += 76) {
        out += b64.mid(i, 76);
        out += "\r\n";
    }
    return out;
}

// A line break as CRLF everywhere (the text may come with \n or \r\n).
QString crlf(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    text.replace(u'\n', QStringLiteral("\r\n"));
    return text;
}

// RFC 2047 "filename" parameter: plain ASCII names quoted, others encoded (what mail programs
// read, as RFC 2231 is less widely understood).
QByteArray fileNameParameter(const QString &name)
{
    if (isPlainAscii(name) && !name.contains(u'"') && !name.contains(u'\\'))
        return '"' + name.toLatin1() + '"';
    return '"' + Mime::encodeHeader(name) + '"';
}

} // namespace

namespace Mime {

QByteArray encodeHeader(const QString &text)
{
    if (isPlainAscii(text))
        return text.toLatin1();
    // Each encoded word at most 64 characters (a line of "Subject: " and one word stays under 78):
    // up to 39 bytes of UTF-8 (52 of base64), never
    // splitting a character.
    QList<QByteArray> words;
    QByteArray chunk;
    const QList<uint> points = text.toUcs4();
    for (uint point : points) {
        const QByteArray bytes = QString::fromUcs4(reinterpret_cast<const char32_t *>(&point), 1)
                                     .toUtf8();
        if (chunk.size() + bytes.size() > 39) {
            words << chunk;
            chunk.clear();
        }
        chunk += bytes;
    }
    if (!chunk.isEmpty())
        words << chunk;
    QByteArray out;
    for (const QByteArray &w : words) {
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + w.toBase64() + "?=";
    }
    return out;
}

QByteArray mailbox(const QString &name, const QString &address)
{
    const QByteArray addr = '<' + address.trimmed().toLatin1() + '>';
    const QString n = name.simplified();
    if (n.isEmpty())
        return addr;
    if (isPlainAscii(n)) {
        QString quoted = n;
        quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        return '"' + quoted.toLatin1() + "\" " + addr;
    }
    return encodeHeader(n) + ' ' + addr;
}

QByteArray build(const MailContent &c)
{
    const QDateTime date = c.date.isValid() ? c.date : QDateTime::currentDateTime();
    // RFC 5322 date, English names whatever the user's language.
    const int offset = date.offsetFromUtc() / 60;
    const QByteArray dateText =
        QLocale::c().toString(date, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss ")).toLatin1() +
        (offset < 0 ? '-' : '+') +
        QByteArray::number(std::abs(offset) / 60).rightJustified(2, '0') +
        QByteArray::number(std::abs(offset) % 60).rightJustified(2, '0');
    QByteArray m;
    m += "Date: " + dateText + "\r\n";
    m += "From: " + mailbox(c.fromName, c.fromAddress) + "\r\n";
    // The club's own address: the members are BCC, never listed.
    m += "To: " + mailbox(c.fromName, c.fromAddress) + "\r\n";
    if (!c.replyTo.trimmed().isEmpty())
        m += "Reply-To: <" + c.replyTo.trimmed().toLatin1() + ">\r\n";
    m += "Subject: " + encodeHeader(c.subject.simplified()) + "\r\n";
    m += "MIME-Version: 1.0\r\n";
    m += "Auto-Submitted: auto-generated\r\n";
    const QByteArray textPart = "Content-Type: text/plain; charset=UTF-8\r\n"
                                "Content-Transfer-Encoding: base64\r\n\r\n" +
                                base64Lines(crlf(c.text).toUtf8());
    if (c.attachments.isEmpty()) {
        m += textPart;
        return m;
    }
    const QByteArray boundary =
        "=_sabc_" + QUuid::createUuid().toByteArray(QUuid::Id128) + "_";
    m += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n";
    m += "This is a message in MIME format.\r\n";
    m += "--" + boundary + "\r\n" + textPart;
    for (const MailAttachment &a : c.attachments) {
        m += "--" + boundary + "\r\n";
        m += "Content-Type: " + a.contentType + "; name=" + fileNameParameter(a.fileName) + "\r\n";
        m += "Content-Transfer-Encoding: base64\r\n";
        m += "Content-Disposition: attachment; filename=" + fileNameParameter(a.fileName) +
             "\r\n\r\n";
        m += base64Lines(a.data);
    }
    m += "--" + boundary + "--\r\n";
    return m;
}

QByteArray withMessageId(const QByteArray &message, const QByteArray &messageId)
{
    return "Message-ID: <" + messageId + ">\r\n" + message;
}

QString domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    const QString domain = at < 0 ? QString() : address.mid(at + 1).trimmed();
    return domain.isEmpty() ? QStringLiteral("localhost") : domain;
}

QByteArray newMessageId(const QString &fromAddress)
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + '@' +
           domainOf(fromAddress).toLatin1();
}

QByteArray header(const QByteArray &message, const QByteArray &name)
{
    const qsizetype end = message.indexOf("\r\n\r\n");
    const QList<QByteArray> lines = message.left(end < 0 ? message.size() : end).split('\n');
    QByteArray value;
    bool in = false;
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (in && (line.startsWith(' ') || line.startsWith('\t'))) {
            value += line.mid(1);
            continue;
        }
        if (in)
            break;
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).compare(name, Qt::CaseInsensitive) == 0) {
            value = line.mid(colon + 1).trimmed();
            in = true;
        }
    }
    return value;
}

QString readable(const QByteArray &message)
{
    const qsizetype end = message.indexOf("\r\n\r\n");
    QString out;
    for (const char *name : {"Date", "From", "To", "Reply-To", "Subject"}) {
        const QByteArray v = header(message, name);
        if (v.isEmpty())
            continue;
        QString shown = QString::fromLatin1(v);
        // Decode encoded words for reading.
        static const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?B\\?([^?]*)\\?="));
        QString decoded;
        qsizetype last = 0;
        auto it = word.globalMatch(shown);
        while (it.hasNext()) {
            const auto m = it.next();
            const QString between = shown.mid(last, m.capturedStart() - last);
            if (!between.trimmed().isEmpty() || last == 0)
                decoded += between;
            decoded += QString::fromUtf8(QByteArray::fromBase64(m.captured(1).toLatin1()));
            last = m.capturedEnd();
        }
        decoded += shown.mid(last);
        out += QString::fromLatin1(name) + QStringLiteral(": ") + decoded + u'\n';
    }
    out += u'\n';
    // The parts: text decoded, attachments named.
    const QByteArray body = end < 0 ? QByteArray() : message.mid(end + 4);
    const QByteArray type = header(message, "Content-Type");
    QList<QByteArray> parts;
    if (type.startsWith("multipart/")) {
        const qsizetype b = type.indexOf("boundary=\"");
        const QByteArray boundary = "--" + type.mid(b + 10, type.indexOf('"', b + 10) - b - 10);
        qsizetype pos = body.indexOf(boundary);
        while (pos >= 0) {
            const qsizetype next = body.indexOf(boundary, pos + boundary.size());
            if (next < 0)
                break;
            parts << body.mid(pos + boundary.size() + 2, next - pos - boundary.size() - 2);
            pos = next;
        }
    } else {
        parts << message;
    }
    for (const QByteArray &part : parts) {
        const qsizetype hEnd = part.indexOf("\r\n\r\n");
        const QByteArray content = part.mid(hEnd + 4);
        const QByteArray partType = header(part, "Content-Type");
        if (partType.startsWith("text/plain")) {
            out += QString::fromUtf8(QByteArray::fromBase64(content)).replace(
                QStringLiteral("\r\n"), QStringLiteral("\n"));
            if (!out.endsWith(u'\n'))
                out += u'\n';
        } else {
            const QByteArray disposition = header(part, "Content-Disposition");
            const qsizetype f = disposition.indexOf("filename=\"");
            const QString name =
                f < 0 ? QString()
                      : QString::fromLatin1(disposition.mid(
                            f + 10, disposition.indexOf('"', f + 10) - f - 10));
            const qsizetype bytes = QByteArray::fromBase64(content).size();
            out += QStringLiteral("\n[%1, %2, %3 KB]\n")
                       .arg(name, QString::fromLatin1(partType.left(partType.indexOf(';'))))
                       .arg((bytes + 1023) / 1024);
        }
    }
    return out;
}

} // namespace Mime
