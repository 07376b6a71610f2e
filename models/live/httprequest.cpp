#include "live/httprequest.h"

#include <QUrl>

namespace {

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (char c : s)
        if (!isTokenChar(c))
            return false;
    return true;
}

// A request target's characters: visible ASCII, no spaces or controls.
bool isTargetChar(char c)
{
    return c > 0x20 && c < 0x7f;
}

} // namespace

HttpRequest::State HttpRequest::refuse(int status, const QString &reason)
{
    m_state = State::Refused;
    m_status = status;
    m_reason = reason;
    return m_state;
}

HttpRequest::State HttpRequest::parse(const QByteArray &buffer)
{
    *this = HttpRequest();
    // Blank lines before a request are allowed (RFC 9112 2.2).
    int start = 0;
    while (start + 1 < buffer.size() && buffer.at(start) == '\r' && buffer.at(start + 1) == '\n')
        start += 2;
    const int lineEnd = int(buffer.indexOf('\n', start));
    if (lineEnd < 0) {
        if (buffer.size() - start > maxRequestLine)
            return refuse(414, QStringLiteral("request line too long"));
        return m_state;
    }
    if (lineEnd - start > maxRequestLine)
        return refuse(414, QStringLiteral("request line too long"));
    QByteArray line = buffer.mid(start, lineEnd - start);
    if (line.endsWith('\r'))
        line.chop(1);
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3)
        return refuse(400, QStringLiteral("malformed request line"));
    m_method = parts.at(0);
    const QByteArray target = parts.at(1);
    const QByteArray version = parts.at(2);
    if (!isToken(m_method))
        return refuse(400, QStringLiteral("malformed method"));
    if (version == "HTTP/1.1")
        m_http11 = true;
    else if (version == "HTTP/1.0")
        m_http11 = false;
    else if (version.startsWith("HTTP/") && version.size() == 8 && version.at(6) == '.')
        return refuse(400, QStringLiteral("unsupported HTTP version"));
    else
        return refuse(400, QStringLiteral("malformed HTTP version"));
    if (target.isEmpty() || target.at(0) != '/')
        return refuse(400, QStringLiteral("the target must be a path"));
    for (char c : target)
        if (!isTargetChar(c))
            return refuse(400, QStringLiteral("bad character in the target"));

    // Header lines up to the empty line.
    int pos = lineEnd + 1;
    for (;;) {
        const int end = int(buffer.indexOf('\n', pos));
        if (end < 0) {
            if (buffer.size() - (lineEnd + 1) > maxHeaderBytes)
                return refuse(431, QStringLiteral("headers too large"));
            return m_state = State::Incomplete;
        }
        if (end + 1 - (lineEnd + 1) > maxHeaderBytes)
            return refuse(431, QStringLiteral("headers too large"));
        QByteArray h = buffer.mid(pos, end - pos);
        pos = end + 1;
        if (h.endsWith('\r'))
            h.chop(1);
        if (h.isEmpty())
            break;
        if (m_headers.size() >= maxHeaderCount)
            return refuse(431, QStringLiteral("too many headers"));
        const int colon = int(h.indexOf(':'));
        if (colon <= 0)
            return refuse(400, QStringLiteral("malformed header"));
        const QByteArray name = h.left(colon);
        if (!isToken(name)) // also refuses obsolete line folding (a leading space)
            return refuse(400, QStringLiteral("malformed header name"));
        const QByteArray value = h.mid(colon + 1).trimmed();
        for (char c : value)
            if ((c >= 0 && c < 0x20 && c != '\t') || c == 0x7f)
                return refuse(400, QStringLiteral("bad character in a header"));
        m_headers.append({name.toLower(), value});
    }
    m_consumed = pos;

    if (m_http11 && header("host").isEmpty())
        return refuse(400, QStringLiteral("no Host header"));
    if (!header("transfer-encoding").isEmpty())
        return refuse(400, QStringLiteral("request bodies are not accepted"));
    const QByteArray length = header("content-length");
    if (!length.isEmpty()) {
        bool ok = false;
        const qint64 n = length.toLongLong(&ok);
        if (!ok || n < 0)
            return refuse(400, QStringLiteral("malformed Content-Length"));
        if (n > 0)
            return refuse(413, QStringLiteral("request bodies are not accepted"));
    }
    if (m_method != "GET" && m_method != "HEAD")
        return refuse(405, QStringLiteral("only GET and HEAD"));

    const int question = int(target.indexOf('?'));
    const QByteArray rawPath = question < 0 ? target : target.left(question);
    m_path = QUrl::fromPercentEncoding(rawPath);
    if (question >= 0)
        m_query = QUrlQuery(QString::fromLatin1(target.mid(question + 1)));
    return m_state = State::Complete;
}

QByteArray HttpRequest::header(const QByteArray &name) const
{
    const QByteArray lower = name.toLower();
    for (const auto &h : m_headers)
        if (h.first == lower)
            return h.second;
    return {};
}

bool HttpRequest::keepAlive() const
{
    const QByteArray connection = header("connection").toLower();
    if (m_http11)
        return !connection.contains("close");
    return connection.contains("keep-alive");
}
