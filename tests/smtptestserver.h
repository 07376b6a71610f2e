// SmtpTestServer: a real SMTP server for the mail tests, Debian's python3-aiosmtpd run by
// tests/data/mail/smtpserver.py as a child process. Each accepted message lands in a folder as a
// JSON file (envelope sender, recipients, text). STARTTLS or implicit TLS on a self-signed
// certificate made with openssl when the test starts; AUTH PLAIN/LOGIN with a user and password.
#pragma once

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTest>

#include <signal.h>

struct Delivery
{
    QString from;
    QStringList to;
    QByteArray data;
    bool tls = false;
    bool auth = false;
};

class SmtpTestServer
{
public:
    struct Options
    {
        bool startTls = false;
        bool implicitTls = false;
        QString user;     // AUTH required when set
        QString password;
        bool stallAfterData = false;
        QStringList refuse;
        int port = 0;
    };

    // A certificate for 127.0.0.1 and localhost in `dir` (cert.pem, key.pem); returns the cert.
    static QString makeCertificate(const QString &dir)
    {
        const QString cert = dir + QStringLiteral("/cert.pem");
        if (QFile::exists(cert))
            return cert;
        QProcess p;
        p.start(QStringLiteral("openssl"),
                {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                 QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                 dir + QStringLiteral("/key.pem"), QStringLiteral("-out"), cert,
                 QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                 QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                 QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")});
        p.waitForFinished(60000);
        return p.exitCode() == 0 ? cert : QString();
    }

    ~SmtpTestServer() { stop(); }

    // Starts the server writing into `folder`; returns false (with the reason in error()) when
    // it does not come up.
    bool start(const QString &folder, const Options &o, const QString &certDir = QString())
    {
        m_folder = folder;
        QDir().mkpath(folder);
        QStringList args = {QStringLiteral(SABC_SOURCE_DIR "/tests/data/mail/smtpserver.py"),
                            QStringLiteral("--dir"), folder, QStringLiteral("--port"),
                            QString::number(o.port)};
        if (o.startTls || o.implicitTls) {
            const QString cert = makeCertificate(certDir);
            args << QStringLiteral("--cert") << cert << QStringLiteral("--key")
                 << certDir + QStringLiteral("/key.pem");
            if (o.implicitTls)
                args << QStringLiteral("--tls");
        }
        if (!o.user.isEmpty())
            args << QStringLiteral("--auth") << o.user + u':' + o.password;
        if (o.stallAfterData)
            args << QStringLiteral("--stall-after-data");
        for (const QString &r : o.refuse)
            args << QStringLiteral("--refuse") << r;
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral("/usr/bin/python3"), args);
        if (!m_process.waitForStarted(10000)) {
            m_error = m_process.errorString();
            return false;
        }
        QByteArray out;
        for (int i = 0; i < 300 && !out.contains('\n'); ++i) {
            m_process.waitForReadyRead(100);
            out += m_process.readAllStandardOutput();
            if (m_process.state() != QProcess::Running)
                break;
        }
        if (!out.startsWith("ready ")) {
            m_error = QString::fromUtf8(out + m_process.readAllStandardError());
            return false;
        }
        m_port = out.mid(6).trimmed().toInt();
        return m_port > 0;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    int port() const { return m_port; }
    QString error() const { return m_error; }

    // Every message received so far, oldest first.
    QList<Delivery> deliveries() const
    {
        QList<Delivery> out;
        const QStringList files =
            QDir(m_folder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString &name : files) {
            QFile f(m_folder + u'/' + name);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
            Delivery d;
            d.from = o.value(QStringLiteral("mail_from")).toString();
            for (const QJsonValue &v : o.value(QStringLiteral("rcpt_tos")).toArray())
                d.to << v.toString();
            d.data = o.value(QStringLiteral("data")).toString().toUtf8();
            d.tls = o.value(QStringLiteral("tls")).toBool();
            d.auth = o.value(QStringLiteral("auth")).toBool();
            out << d;
        }
        return out;
    }

private:
    QProcess m_process;
    QString m_folder;
    QString m_error;
    int m_port = 0;
};
