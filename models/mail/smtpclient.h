// SmtpClient: a small SMTP client (RFC 5321) on QSslSocket, as Qt has none: implicit TLS (port
// 465) or STARTTLS (587), plain SMTP only to this machine (localhost, 127.0.0.1, ::1), AUTH PLAIN
// or LOGIN when a user is given. It lives in models/mail/ (library sabc_mail, with Qt Network, as
// models/live/ does for the leaderboard server): no widgets, no keychain (the caller passes the
// password; the app reads it from sync/credentials.h).
//
// The calls wait for the server's answer in a local event loop with a time limit, so the window
// keeps painting while a batch goes out; the caller (MailSender) must not start another send
// meanwhile. Every answer is kept word for word (transcript()), so "Send a test to me" and the
// outbox can say exactly what the server answered.
//
// Certificates are checked as usual (system CAs and the host name). A club server with its own
// authority: SABC_SMTP_CA_FILE names a PEM file of extra trusted certificates.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QSslSocket;

struct SmtpServer
{
    Q_DECLARE_TR_FUNCTIONS(SmtpServer)
public:
    enum class Security { StartTls, Tls, None };
    QString host;
    int port = 587;
    Security security = Security::StartTls;
    QString user; // empty: no AUTH

    // smtp://[USER@]HOST:PORT[?security=starttls|tls|none] (the user %-encoded, "@" as %40).
    static Result<SmtpServer> fromUrl(const QString &url);
    QString toUrl() const;
    static QString securityName(Security s);
    static std::optional<Security> securityFromName(const QString &name);
    // localhost, 127.0.0.1, ::1: the only hosts plain SMTP may go to.
    bool isThisMachine() const;
    // Checks host, port and that plain SMTP goes only to this machine.
    Status check() const;
    // Where the keychain keeps the password: "smtp:user@host:port".
    QString keychainKey() const;
};

class SmtpClient : public QObject
{
    Q_OBJECT
public:
    struct Reply
    {
        int code = 0;   // 0: no answer (connection lost, time limit)
        QString text;   // the server's lines as sent, "250-...\n250 ..."
        bool ok() const { return code >= 200 && code < 400; }
        bool permanent() const { return code >= 500; }
    };
    // What one message's delivery came to.
    struct Delivery
    {
        enum class Outcome {
            Accepted,    // the server took it (250 after the data)
            NotSent,     // refused or failed before the data's end: it did not go
            Unknown,     // the data went but no answer came: it may have gone
        };
        Outcome outcome = Outcome::NotSent;
        bool permanent = false;   // a 5xx refusal: trying again will not help
        QStringList accepted;     // recipients the server took
        QStringList refused;      // recipients refused, with the server's words
        QString answer;           // the server's last answer, or what went wrong
    };

    explicit SmtpClient(QObject *parent = nullptr);
    ~SmtpClient() override;

    void setTimeout(int ms) { m_timeoutMs = ms; }

    // Connects, reads the greeting, EHLO, STARTTLS when asked, AUTH when a user is given.
    Status open(const SmtpServer &server, const QString &password);
    bool isOpen() const;
    // One message to `recipients` (the envelope; none of them appear in the text).
    Delivery send(const QString &from, const QStringList &recipients, const QByteArray &message);
    // QUIT and close.
    void close();

    // Every exchange so far, the server's lines prefixed "S: ", ours "C: " (AUTH hidden).
    QString transcript() const { return m_transcript.join(u'\n'); }
    // The server's last answer, word for word.
    QString lastAnswer() const { return m_last.text; }

private:
    bool waitFor(const std::function<bool()> &done);
    Reply readReply();
    Reply command(const QByteArray &line, bool secret = false);
    QString failure(const QString &what, const Reply &reply) const;
    QString socketProblem() const;
    bool ehlo();

    QSslSocket *m_socket;
    QByteArray m_buffer;
    QStringList m_transcript;
    QStringList m_extensions;
    Reply m_last;
    int m_timeoutMs = 60000;
};
