// HttpRequest: one HTTP/1.1 request read from the bytes a client sent, by a small, strict parser
// made for a leaderboard server: GET and HEAD only, no request bodies, bounded sizes. It never
// reads past its limits, so a client sending endless bytes costs at most those limits.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

class HttpRequest
{
public:
    // The longest request line (method, target, version) and the largest header block.
    static constexpr int maxRequestLine = 4096;
    static constexpr int maxHeaderBytes = 16384;
    static constexpr int maxHeaderCount = 64;

    enum class State {
        Incomplete, // more bytes are needed
        Complete,   // a whole request: consumed() bytes of the buffer
        Refused     // a bad request: answer status() and close
    };

    // Parses the request at the start of `buffer`.
    State parse(const QByteArray &buffer);

    State state() const { return m_state; }
    // The status code to answer a refused request with (400, 405, 413, 414, 431).
    int status() const { return m_status; }
    QString reason() const { return m_reason; }
    int consumed() const { return m_consumed; }

    QByteArray method() const { return m_method; }
    QString path() const { return m_path; }
    QUrlQuery query() const { return m_query; }
    bool http11() const { return m_http11; }
    // A header's value (names compare case-insensitively), empty when absent.
    QByteArray header(const QByteArray &name) const;
    // Whether the client wants the connection kept open after the answer.
    bool keepAlive() const;

private:
    State refuse(int status, const QString &reason);

    State m_state = State::Incomplete;
    int m_status = 0;
    QString m_reason;
    int m_consumed = 0;
    QByteArray m_method;
    QString m_path;
    QUrlQuery m_query;
    bool m_http11 = true;
    QList<QPair<QByteArray, QByteArray>> m_headers;
};
