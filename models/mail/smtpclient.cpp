#include "mail/smtpclient.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QSysInfo>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

// ---- SmtpServer

QString SmtpServer::securityName(Security s)
{
    switch (s) {
    case Security::StartTls:
        return QStringLiteral("starttls");
    case Security::Tls:
        return QStringLiteral("tls");
    case Security::None:
        return QStringLiteral("none");
    }
    return QString();
}

std::optional<SmtpServer::Security> SmtpServer::securityFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("starttls"))
        return Security::StartTls;
    if (n == QLatin1String("tls") || n == QLatin1String("ssl"))
        return Security::Tls;
    if (n == QLatin1String("none"))
        return Security::None;
    return std::nullopt;
}

Result<SmtpServer> SmtpServer::fromUrl(const QString &text)
{
    using R = Result<SmtpServer>;
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("smtp") || url.host().isEmpty())
        return R::failure(tr("\"%1\" is not an SMTP address; write it as "
                             "smtp://[USER@]HOST:PORT[?security=starttls|tls|none].")
                              .arg(text));
    if (url.port() <= 0)
        return R::failure(tr("The SMTP address \"%1\" has no port (587 for STARTTLS, 465 for "
                             "TLS).")
                              .arg(text));
    if (!url.path().isEmpty() && url.path() != QLatin1String("/"))
        return R::failure(tr("The SMTP address \"%1\" has a path; only the query "
                             "?security=starttls|tls|none may follow the port.")
                              .arg(text));
    SmtpServer s;
    s.host = url.host();
    s.port = url.port();
    s.user = url.userName(QUrl::FullyDecoded);
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key != QLatin1String("security"))
            return R::failure(tr("The SMTP address knows no \"%1\"; only security=starttls|tls|none.")
                                  .arg(key));
        const auto security = securityFromName(value);
        if (!security)
            return R::failure(tr("\"%1\" is not a security of the SMTP address; use starttls, tls "
                                 "or none.")
                                  .arg(value));
        s.security = *security;
    }
    if (!query.hasQueryItem(QStringLiteral("security")))
        s.security = s.port == 465 ? Security::Tls : Security::StartTls;
    if (Status c = s.check(); !c)
        return R::failure(c.error());
    return s;
}

QString SmtpServer::toUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("smtp"));
    url.setHost(host);
    url.setPort(port);
    if (!user.isEmpty())
        url.setUserName(user);
    return url.toString() + QStringLiteral("?security=") + securityName(security);
}

bool SmtpServer::isThisMachine() const
{
    const QString h = host.trimmed().toLower();
    if (h == QLatin1String("localhost"))
        return true;
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}

Status SmtpServer::check() const
{
    if (host.trimmed().isEmpty())
        return Status::failure(tr("Enter the mail server's name (like smtp.example.org)."));
    if (port < 1 || port > 65535)
        return Status::failure(tr("The port must be a number from 1 to 65535."));
    if (security == Security::None && !isThisMachine())
        return Status::failure(
            tr("Without encryption the password and the members' addresses would cross the "
               "network readable by anyone; plain SMTP goes only to this computer (localhost). "
               "Choose STARTTLS or TLS for %1.")
                .arg(host));
    return Status::success();
}

QString SmtpServer::keychainKey() const
{
    return QStringLiteral("smtp:%1@%2:%3").arg(user, host.toLower()).arg(port);
}

// ---- SmtpClient

SmtpClient::SmtpClient(QObject *parent) : QObject(parent), m_socket(new QSslSocket(this))
{
    connect(m_socket, &QSslSocket::readyRead, this, [this] { m_buffer += m_socket->readAll(); });
    const QByteArray caFile = qgetenv("SABC_SMTP_CA_FILE");
    if (!caFile.isEmpty()) {
        QSslConfiguration conf = m_socket->sslConfiguration();
        conf.addCaCertificates(QString::fromLocal8Bit(caFile));
        m_socket->setSslConfiguration(conf);
    }
}

SmtpClient::~SmtpClient()
{
    m_socket->abort();
}

bool SmtpClient::isOpen() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

bool SmtpClient::waitFor(const std::function<bool()> &done)
{
    QTimer timer;
    timer.setSingleShot(true);
    timer.start(m_timeoutMs);
    while (!done()) {
        if (!timer.isActive())
            return false;
        if (m_socket->state() == QAbstractSocket::UnconnectedState && m_buffer.isEmpty())
            return false;
        QEventLoop loop;
        connect(m_socket, &QSslSocket::readyRead, &loop, &QEventLoop::quit);
        connect(m_socket, &QSslSocket::connected, &loop, &QEventLoop::quit);
        connect(m_socket, &QSslSocket::encrypted, &loop, &QEventLoop::quit);
        connect(m_socket, &QSslSocket::disconnected, &loop, &QEventLoop::quit);
        connect(m_socket, &QSslSocket::errorOccurred, &loop, &QEventLoop::quit);
        connect(m_socket, &QSslSocket::bytesWritten, &loop, &QEventLoop::quit);
        connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        loop.exec();
        if (m_socket->state() == QAbstractSocket::UnconnectedState && !done() &&
            !m_socket->bytesAvailable()) {
            // One last look at what arrived with the close.
            return done();
        }
    }
    return true;
}

SmtpClient::Reply SmtpClient::readReply()
{
    // A reply is lines "ddd-text" ending with "ddd text".
    Reply reply;
    auto complete = [this]() -> qsizetype {
        qsizetype pos = 0;
        while (true) {
            const qsizetype end = m_buffer.indexOf('\n', pos);
            if (end < 0)
                return -1;
            const QByteArray line = m_buffer.mid(pos, end - pos);
            if (line.size() < 4 || line.at(3) != '-')
                return end + 1;
            pos = end + 1;
        }
    };
    if (!waitFor([&] { return complete() >= 0; })) {
        reply.code = 0;
        reply.text = socketProblem();
        m_last = reply;
        m_transcript << QStringLiteral("S: (%1)").arg(reply.text);
        return reply;
    }
    const qsizetype end = complete();
    const QList<QByteArray> lines = m_buffer.left(end).trimmed().split('\n');
    m_buffer.remove(0, end);
    QStringList texts;
    for (QByteArray line : lines) {
        line = line.trimmed();
        texts << QString::fromUtf8(line);
        m_transcript << QStringLiteral("S: ") + QString::fromUtf8(line);
    }
    reply.code = lines.last().left(3).toInt();
    reply.text = texts.join(u'\n');
    m_last = reply;
    return reply;
}

SmtpClient::Reply SmtpClient::command(const QByteArray &line, bool secret)
{
    m_transcript << QStringLiteral("C: ") +
                        (secret ? QStringLiteral("(hidden)") : QString::fromUtf8(line));
    m_socket->write(line + "\r\n");
    return readReply();
}

QString SmtpClient::socketProblem() const
{
    if (m_socket->error() != QAbstractSocket::UnknownSocketError)
        return m_socket->errorString();
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        return tr("the server closed the connection");
    return tr("the server did not answer within %1 seconds").arg(m_timeoutMs / 1000);
}

QString SmtpClient::failure(const QString &what, const Reply &reply) const
{
    return reply.code == 0 ? tr("Could not %1: %2.").arg(what, reply.text)
                           : tr("Could not %1; the server answered: %2").arg(what, reply.text);
}

bool SmtpClient::ehlo()
{
    QString name = QSysInfo::machineHostName();
    if (!name.contains(u'.')) {
        const QHostAddress local = m_socket->localAddress();
        name = local.protocol() == QAbstractSocket::IPv6Protocol
                   ? QStringLiteral("[IPv6:%1]").arg(local.toString())
                   : QStringLiteral("[%1]").arg(local.toString());
    }
    const Reply r = command("EHLO " + name.toLatin1());
    if (!r.ok())
        return false;
    m_extensions.clear();
    const QStringList lines = r.text.split(u'\n');
    for (qsizetype i = 1; i < lines.size(); ++i)
        m_extensions << lines.at(i).mid(4).trimmed();
    return true;
}

Status SmtpClient::open(const SmtpServer &server, const QString &password)
{
    if (Status c = server.check(); !c)
        return c;
    m_buffer.clear();
    m_transcript.clear();
    const QString where = QStringLiteral("%1:%2").arg(server.host).arg(server.port);
    m_transcript << tr("Connecting to %1 (%2)")
                        .arg(where, SmtpServer::securityName(server.security));
    m_socket->setPeerVerifyName(server.host);
    if (server.security == SmtpServer::Security::Tls) {
        m_socket->connectToHostEncrypted(server.host, quint16(server.port));
        if (!waitFor([this] { return m_socket->isEncrypted(); }))
            return Status::failure(
                tr("Could not reach the mail server %1 over TLS: %2.").arg(where, socketProblem()));
    } else {
        m_socket->connectToHost(server.host, quint16(server.port));
        if (!waitFor([this] { return m_socket->state() == QAbstractSocket::ConnectedState; }))
            return Status::failure(
                tr("Could not reach the mail server %1: %2.").arg(where, socketProblem()));
    }
    const Reply greeting = readReply();
    if (greeting.code != 220)
        return Status::failure(failure(tr("talk to the mail server %1").arg(where), greeting));
    if (!ehlo())
        return Status::failure(failure(tr("greet the mail server (EHLO)"), m_last));
    if (server.security == SmtpServer::Security::StartTls) {
        if (!m_extensions.contains(QStringLiteral("STARTTLS"), Qt::CaseInsensitive))
            return Status::failure(tr("The mail server %1 does not offer STARTTLS; choose TLS "
                                      "(usually port 465) or another server.")
                                       .arg(where));
        const Reply r = command("STARTTLS");
        if (r.code != 220)
            return Status::failure(failure(tr("start encryption (STARTTLS)"), r));
        m_socket->startClientEncryption();
        if (!waitFor([this] { return m_socket->isEncrypted(); }))
            return Status::failure(tr("Could not encrypt the connection to %1: %2.")
                                       .arg(where, socketProblem()));
        m_transcript << tr("Encrypted (%1)").arg(m_socket->sessionCipher().name());
        if (!ehlo())
            return Status::failure(failure(tr("greet the mail server (EHLO)"), m_last));
    }
    if (server.user.isEmpty())
        return Status::success();
    QString mechanisms;
    for (const QString &e : m_extensions)
        if (e.startsWith(QLatin1String("AUTH "), Qt::CaseInsensitive) ||
            e.startsWith(QLatin1String("AUTH="), Qt::CaseInsensitive))
            mechanisms += e.mid(5).toUpper() + u' ';
    const QStringList offered = mechanisms.split(u' ', Qt::SkipEmptyParts);
    if (offered.contains(QStringLiteral("PLAIN"))) {
        const QByteArray token =
            ('\0' + server.user.toUtf8() + '\0' + password.toUtf8()).toBase64();
        const Reply r = command("AUTH PLAIN " + token, true);
        if (r.code != 235)
            return Status::failure(failure(tr("sign in as %1").arg(server.user), r));
        return Status::success();
    }
    if (offered.contains(QStringLiteral("LOGIN"))) {
        Reply r = command("AUTH LOGIN");
        if (r.code == 334)
            r = command(server.user.toUtf8().toBase64(), true);
        if (r.code == 334)
            r = command(password.toUtf8().toBase64(), true);
        if (r.code != 235)
            return Status::failure(failure(tr("sign in as %1").arg(server.user), r));
        return Status::success();
    }
    return Status::failure(tr("The mail server %1 offers no sign-in this app knows (PLAIN or "
                              "LOGIN)%2.")
                               .arg(where, offered.isEmpty()
                                               ? QString()
                                               : QStringLiteral(": ") + offered.join(u' ')));
}

SmtpClient::Delivery SmtpClient::send(const QString &from, const QStringList &recipients,
                                      const QByteArray &message)
{
    Delivery d;
    Reply r = command("MAIL FROM:<" + from.toUtf8() + ">");
    if (!r.ok()) {
        d.permanent = r.permanent();
        d.answer = failure(tr("start the message (MAIL FROM)"), r);
        return d;
    }
    bool permanentOnly = true;
    for (const QString &to : recipients) {
        r = command("RCPT TO:<" + to.toUtf8() + ">");
        if (r.code == 0) {
            d.answer = failure(tr("name the recipients"), r);
            return d;
        }
        if (r.ok()) {
            d.accepted << to;
        } else {
            d.refused << QStringLiteral("%1: %2").arg(to, r.text);
            permanentOnly = permanentOnly && r.permanent();
        }
    }
    if (d.accepted.isEmpty()) {
        command("RSET");
        d.permanent = permanentOnly;
        d.answer = tr("The server took none of the %n recipients: %1", nullptr,
                      int(recipients.size()))
                       .arg(d.refused.join(QStringLiteral("; ")));
        return d;
    }
    r = command("DATA");
    if (r.code != 354) {
        d.permanent = r.permanent();
        d.answer = failure(tr("send the message (DATA)"), r);
        return d;
    }
    // The text, lines starting with a dot doubled (RFC 5321 4.5.2), then the end mark.
    QByteArray data = message;
    if (!data.endsWith("\r\n"))
        data += "\r\n";
    if (data.startsWith('.'))
        data.prepend('.');
    data.replace("\r\n.", "\r\n..");
    data += ".\r\n";
    m_transcript << tr("C: (the message, %n bytes)", nullptr, int(message.size()));
    m_socket->write(data);
    r = readReply();
    if (r.code == 0) {
        // The data went; whether the server took it, nobody knows.
        d.outcome = Delivery::Outcome::Unknown;
        d.answer = tr("The message was sent but the server gave no answer (%1); it may have "
                      "gone out.")
                       .arg(r.text);
        return d;
    }
    if (!r.ok()) {
        d.permanent = r.permanent();
        d.answer = failure(tr("send the message"), r);
        return d;
    }
    d.outcome = Delivery::Outcome::Accepted;
    d.answer = r.text;
    return d;
}

void SmtpClient::close()
{
    if (isOpen()) {
        const int saved = m_timeoutMs;
        m_timeoutMs = std::min(m_timeoutMs, 5000);
        command("QUIT");
        m_timeoutMs = saved;
    }
    m_socket->abort();
}
