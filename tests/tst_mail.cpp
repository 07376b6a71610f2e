// The club's e-mail (models/mail/) against a real SMTP server started by the test (Debian's
// python3-aiosmtpd, tests/data/mail/smtpserver.py): STARTTLS on a self-signed certificate made
// with openssl here, implicit TLS, AUTH; who gets the mail (opt-in, the kind, placeholder
// addresses), BCC in batches (no member's address in any header), the results PDF attached, the
// outbox kept while the server is down and sent when it is back, a wrong password and a refused
// recipient reported in the server's words, plain SMTP refused to another machine.
#include "smtptestserver.h"

#include "demo/democlub.h"
#include "mail/mailcomposer.h"
#include "mail/mailsender.h"
#include "mail/mailstore.h"
#include "mail/mimemessage.h"
#include "mail/smtpclient.h"
#include "roster/anglerstore.h"
#include "store/query.h"
#include "store/store.h"
#include "tournaments/tournamentstore.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestMail : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void headersEncodeUtf8AndNameNoRecipient();
    void recipientsFollowTheirChoices();
    void serverAddresses();
    void startTlsWithAuthSendsBccInBatches();
    void implicitTls();
    void resultsCarryThePdf();
    void outboxWaitsWhileServerIsDown();
    void wrongPasswordSaysWhatTheServerAnswered();
    void refusedRecipientIsReported();
    void plainToAnotherMachineIsRefused();

private:
    QString addAngler(const QString &name, const QString &email, bool optIn = true,
                      bool results = true, bool news = true, bool inactive = false);
    MailSettings settings() const;
    SmtpServer server(const SmtpTestServer &s, SmtpServer::Security security,
                      const QString &user = QString()) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    int m_run = 0;
};

void TestMail::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(!SmtpTestServer::makeCertificate(m_dir.path()).isEmpty());
    // Our own certificate authority for this test's server (as a club with its own would).
    qputenv("SABC_SMTP_CA_FILE", m_dir.filePath(QStringLiteral("cert.pem")).toLocal8Bit());
}

void TestMail::init()
{
    ++m_run;
    auto opened = Store::open(m_dir.filePath(QStringLiteral("club%1.sqlite").arg(m_run)));
    QVERIFY2(opened, qPrintable(opened.error()));
    m_store = std::move(opened.value());
    QVERIFY(m_store->createClub(QStringLiteral("South Austin Bass Club"), "America/Chicago").ok());
}

void TestMail::cleanup()
{
    m_store.reset();
}

QString TestMail::addAngler(const QString &name, const QString &email, bool optIn, bool results,
                            bool news, bool inactive)
{
    Angler a;
    a.fullName = name;
    a.email = email;
    a.emailOptIn = optIn;
    a.mailResults = results;
    a.mailNews = news;
    a.inactive = inactive;
    auto id = AnglerStore(m_store.get()).insertAngler(a);
    return id ? id.value() : QString();
}

MailSettings TestMail::settings() const
{
    MailSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.from = QStringLiteral("secretary@southaustinbass.example");
    s.replyTo = QStringLiteral("president@southaustinbass.example");
    return s;
}

SmtpServer TestMail::server(const SmtpTestServer &s, SmtpServer::Security security,
                            const QString &user) const
{
    SmtpServer server;
    server.host = QStringLiteral("127.0.0.1");
    server.port = s.port();
    server.security = security;
    server.user = user;
    return server;
}

void TestMail::headersEncodeUtf8AndNameNoRecipient()
{
    MailContent c;
    c.fromAddress = QStringLiteral("club@example.org");
    c.fromName = QStringLiteral("Club de Pesca Año");
    c.subject = QStringLiteral("Resultados del Lago Travis — ¡Peña 5.12 lb!");
    c.text = QStringLiteral("Línea 1\n.línea con punto\n");
    c.date = QDateTime(QDate(2026, 3, 14), QTime(18, 5, 0), QTimeZone(-6 * 3600));
    const QByteArray m = Mime::build(c);
    QVERIFY2(m.contains("Date: Sat, 14 Mar 2026 18:05:00 -0600\r\n"), m.left(200).constData());
    const QByteArray subject = Mime::header(m, "Subject");
    QVERIFY(subject.startsWith("=?UTF-8?B?"));
    // Every encoded word at most 75 characters; decoding gives the subject back.
    for (const QByteArray &line : m.split('\n'))
        QVERIFY2(line.size() <= 78, line.constData());
    QVERIFY(Mime::readable(m).contains(c.subject));
    QVERIFY(Mime::readable(m).contains(QStringLiteral("Línea 1")));
    QCOMPARE(Mime::header(m, "To"), Mime::header(m, "From"));
    QVERIFY(Mime::header(m, "Message-ID").isEmpty());
    const QByteArray withId = Mime::withMessageId(m, MailSender::messageId(QStringLiteral("abc"), 2, c.fromAddress));
    QCOMPARE(Mime::header(withId, "Message-ID"), QByteArray("<abc.2@example.org>"));
    // Only ASCII in the headers.
    const QByteArray head = m.left(m.indexOf("\r\n\r\n"));
    for (char ch : head)
        QVERIFY(uchar(ch) < 128);
}

void TestMail::recipientsFollowTheirChoices()
{
    addAngler(QStringLiteral("Ann"), QStringLiteral("ann@example.org"));
    addAngler(QStringLiteral("Bob Out"), QStringLiteral("bob@example.org"), false);
    addAngler(QStringLiteral("Cy NoNews"), QStringLiteral("cy@example.org"), true, true, false);
    addAngler(QStringLiteral("Di NoResults"), QStringLiteral("di@example.org"), true, false, true);
    addAngler(QStringLiteral("Ed Placeholder"), QStringLiteral("ed@sabc.com"));
    addAngler(QStringLiteral("Flo Placeholder"), QStringLiteral("flo@SAustinBC.com"));
    addAngler(QStringLiteral("Gus Gone"), QStringLiteral("gus@example.org"), true, true, true, true);
    addAngler(QStringLiteral("Hal NoMail"), QString());
    MailStore mails(m_store.get());
    auto results = mails.recipients(MailKind::Results);
    QVERIFY2(results, qPrintable(results.error()));
    QCOMPARE(results.value(), QStringList({QStringLiteral("ann@example.org"),
                                           QStringLiteral("cy@example.org")}));
    auto standings = mails.recipients(MailKind::Standings);
    QCOMPARE(standings.value(), results.value());
    auto news = mails.recipients(MailKind::News);
    QCOMPARE(news.value(), QStringList({QStringLiteral("ann@example.org"),
                                        QStringLiteral("di@example.org")}));

    // The choices are stored with the person and read back.
    auto all = AnglerStore(m_store.get()).anglers();
    QVERIFY(all);
    for (const Angler &a : all.value())
        if (a.fullName == QLatin1String("Cy NoNews"))
            QVERIFY(a.emailOptIn && a.mailResults && !a.mailNews);
}

void TestMail::serverAddresses()
{
    auto s = SmtpServer::fromUrl(QStringLiteral("smtp://club%40example.org@mail.example.org:587"));
    QVERIFY2(s, qPrintable(s.error()));
    QCOMPARE(s->user, QStringLiteral("club@example.org"));
    QCOMPARE(s->host, QStringLiteral("mail.example.org"));
    QCOMPARE(s->port, 587);
    QVERIFY(s->security == SmtpServer::Security::StartTls);
    auto tls = SmtpServer::fromUrl(QStringLiteral("smtp://mail.example.org:465?security=tls"));
    QVERIFY(tls && tls->security == SmtpServer::Security::Tls);
    auto local = SmtpServer::fromUrl(QStringLiteral("smtp://localhost:25?security=none"));
    QVERIFY(local && local->security == SmtpServer::Security::None);
    QVERIFY(SmtpServer::fromUrl(QStringLiteral("smtp://[::1]:25?security=none")));
    auto remotePlain = SmtpServer::fromUrl(QStringLiteral("smtp://mail.example.org:25?security=none"));
    QVERIFY(!remotePlain);
    QVERIFY(remotePlain.error().contains(QStringLiteral("localhost")));
    QVERIFY(!SmtpServer::fromUrl(QStringLiteral("smtp://mail.example.org")));
    QVERIFY(!SmtpServer::fromUrl(QStringLiteral("http://mail.example.org:25")));
    QVERIFY(!SmtpServer::fromUrl(QStringLiteral("smtp://mail.example.org:587?security=maybe")));
}

void TestMail::startTlsWithAuthSendsBccInBatches()
{
    QStringList everyone;
    for (int i = 1; i <= 5; ++i) {
        const QString email = QStringLiteral("member%1@example.org").arg(i);
        addAngler(QStringLiteral("Member %1").arg(i), email);
        everyone << email;
    }
    addAngler(QStringLiteral("Opted Out"), QStringLiteral("out@example.org"), false);
    addAngler(QStringLiteral("Placeholder"), QStringLiteral("ph@saustinbc.com"));

    SmtpTestServer smtp;
    SmtpTestServer::Options o;
    o.startTls = true;
    o.user = QStringLiteral("secretary");
    o.password = QStringLiteral("s3cret pässword");
    QVERIFY2(smtp.start(m_dir.filePath(QStringLiteral("starttls")), o, m_dir.path()),
             qPrintable(smtp.error()));

    auto news = MailComposer::news(*m_store, settings(), QStringLiteral("Ramp closed — use Mansfield"),
                                   QStringLiteral("The Pace Bend ramp is closed this weekend.\n"));
    QVERIFY2(news, qPrintable(news.error()));
    auto queued = MailComposer::enqueue(*m_store, news.value(), 2);
    QVERIFY2(queued, qPrintable(queued.error()));

    const SendReport report = MailSender::send(
        *m_store, server(smtp, SmtpServer::Security::StartTls, o.user), o.password);
    QVERIFY2(report.ok(), qPrintable(report.error + report.problems.join(u'\n')));
    QCOMPARE(report.messages, 3);
    QCOMPARE(report.recipients, 5);

    const QList<Delivery> got = smtp.deliveries();
    QCOMPARE(got.size(), 3);
    QStringList delivered;
    QSet<QByteArray> ids;
    for (const Delivery &d : got) {
        QVERIFY(d.tls);
        QVERIFY(d.auth);
        QVERIFY(d.to.size() <= 2);
        QCOMPARE(d.from, QStringLiteral("secretary@southaustinbass.example"));
        delivered << d.to;
        // BCC: no member's address anywhere in the message's headers or text.
        for (const QString &member : everyone)
            QVERIFY2(!d.data.contains(member.toUtf8()), qPrintable(member));
        QVERIFY(Mime::header(d.data, "To").contains("secretary@southaustinbass.example"));
        QVERIFY(Mime::header(d.data, "Reply-To").contains("president@southaustinbass.example"));
        QVERIFY(Mime::readable(d.data).contains(QStringLiteral("Ramp closed — use Mansfield")));
        QVERIFY(Mime::readable(d.data).contains(QStringLiteral("Pace Bend ramp is closed")));
        ids.insert(Mime::header(d.data, "Message-ID"));
    }
    QCOMPARE(ids.size(), 3); // each batch its own message
    delivered.sort();
    QCOMPARE(delivered, everyone);

    // The sent log says so, batch by batch, with the server's answer.
    auto messages = MailStore(m_store.get()).messages();
    QVERIFY(messages);
    QCOMPARE(messages->size(), 1);
    QCOMPARE(messages->first().state(), QStringLiteral("sent"));
    QCOMPARE(messages->first().recipientsIn(QStringLiteral("sent")), 5);
    for (const OutboxBatch &b : messages->first().batches)
        QVERIFY2(b.answer.startsWith(QStringLiteral("250")), qPrintable(b.answer));
    // Nothing is sent twice: a second run finds nothing waiting.
    const SendReport again = MailSender::send(
        *m_store, server(smtp, SmtpServer::Security::StartTls, o.user), o.password);
    QCOMPARE(again.messages, 0);
    QCOMPARE(smtp.deliveries().size(), 3);
}

void TestMail::implicitTls()
{
    addAngler(QStringLiteral("Ann"), QStringLiteral("ann@example.org"));
    SmtpTestServer smtp;
    SmtpTestServer::Options o;
    o.implicitTls = true;
    QVERIFY2(smtp.start(m_dir.filePath(QStringLiteral("tls")), o, m_dir.path()),
             qPrintable(smtp.error()));
    auto news = MailComposer::news(*m_store, settings(), QStringLiteral("Hi"), QStringLiteral("Text"));
    QVERIFY(news);
    QVERIFY(MailComposer::enqueue(*m_store, news.value(), 50));
    const SendReport report =
        MailSender::send(*m_store, server(smtp, SmtpServer::Security::Tls), QString());
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(smtp.deliveries().size(), 1);
    QVERIFY(smtp.deliveries().first().tls);
}

void TestMail::resultsCarryThePdf()
{
    m_store.reset();
    auto opened = Store::open(m_dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY(opened);
    m_store = std::move(opened.value());
    QVERIFY(DemoClub::create(*m_store, QDate(2026, 8, 30)).ok());
    // The demo's people with an address get mail (they start opted in).
    auto to = MailStore(m_store.get()).recipients(MailKind::Results);
    QVERIFY(to);
    QVERIFY(to->size() > 20);
    // A finalized tournament of the demo club.
    Query q(m_store->database(),
            QStringLiteral("SELECT id, name FROM tournaments WHERE deleted = 0 AND "
                           "completed = 1 AND cancelled = 0 "
                           "ORDER BY event_date DESC LIMIT 1"));
    QVERIFY(q.exec(QStringLiteral("find a tournament")).ok());
    QVERIFY(q.next());
    const QString id = q.value("id").toString();
    const QString name = q.value("name").toString();

    SmtpTestServer smtp;
    SmtpTestServer::Options o;
    o.startTls = true;
    QVERIFY2(smtp.start(m_dir.filePath(QStringLiteral("results")), o, m_dir.path()),
             qPrintable(smtp.error()));
    auto mail = MailComposer::results(*m_store, settings(), id);
    QVERIFY2(mail, qPrintable(mail.error()));
    QVERIFY(mail->content.subject.contains(name));
    QCOMPARE(mail->content.attachments.size(), 1);
    QVERIFY(mail->content.attachments.first().data.startsWith("%PDF"));
    // The standings of the day, big bass and payouts are in the text.
    QVERIFY2(mail->content.text.contains(QStringLiteral("Big bass"), Qt::CaseInsensitive),
             qPrintable(mail->content.text));
    QVERIFY2(mail->content.text.contains(QStringLiteral("$")), qPrintable(mail->content.text));
    QVERIFY(MailComposer::enqueue(*m_store, mail.value(), 50));
    const SendReport report =
        MailSender::send(*m_store, server(smtp, SmtpServer::Security::StartTls), QString());
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.recipients, int(to->size()));
    const QList<Delivery> got = smtp.deliveries();
    QCOMPARE(got.size(), int((to->size() + 49) / 50));
    const QByteArray data = got.first().data;
    QVERIFY(Mime::header(data, "Content-Type").startsWith("multipart/mixed"));
    QVERIFY(data.contains("Content-Type: application/pdf"));
    QVERIFY(data.contains("filename=\"results-"));
    // The PDF arrives whole.
    const qsizetype start = data.indexOf("Content-Disposition: attachment");
    const qsizetype body = data.indexOf("\r\n\r\n", start) + 4;
    const qsizetype end = data.indexOf("\r\n--", body);
    QCOMPARE(QByteArray::fromBase64(data.mid(body, end - body)),
             mail->content.attachments.first().data);
    for (const QString &member : to.value())
        QVERIFY(!data.contains(member.toUtf8()));
}

void TestMail::outboxWaitsWhileServerIsDown()
{
    addAngler(QStringLiteral("Ann"), QStringLiteral("ann@example.org"));
    addAngler(QStringLiteral("Ben"), QStringLiteral("ben@example.org"));
    auto news = MailComposer::news(*m_store, settings(), QStringLiteral("Written at the ramp"),
                                   QStringLiteral("No signal here."));
    QVERIFY(news);
    QVERIFY(MailComposer::enqueue(*m_store, news.value(), 50));

    // A port nobody listens on: the message waits and says why.
    SmtpTestServer probe;
    QVERIFY2(probe.start(m_dir.filePath(QStringLiteral("probe")), {}), qPrintable(probe.error()));
    const int port = probe.port();
    probe.stop();
    SmtpServer down;
    down.host = QStringLiteral("127.0.0.1");
    down.port = port;
    down.security = SmtpServer::Security::None;
    SendReport report = MailSender::send(*m_store, down, QString(), QString(), 5000);
    QCOMPARE(report.messages, 0);
    QVERIFY2(report.error.contains(QStringLiteral("Could not reach the mail server")),
             qPrintable(report.error));
    auto messages = MailStore(m_store.get()).messages();
    QVERIFY(messages);
    QCOMPARE(messages->first().state(), QStringLiteral("waiting"));
    QVERIFY(messages->first().problem().contains(QStringLiteral("refused"), Qt::CaseInsensitive));
    QVERIFY(MailStore(m_store.get()).hasWaiting().value());

    // The server is back: the message goes, once.
    SmtpTestServer smtp;
    SmtpTestServer::Options o;
    o.port = port;
    QVERIFY2(smtp.start(m_dir.filePath(QStringLiteral("back")), o), qPrintable(smtp.error()));
    report = MailSender::send(*m_store, down, QString());
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(smtp.deliveries().size(), 1);
    QCOMPARE(smtp.deliveries().first().to.size(), 2);
    QVERIFY(!MailStore(m_store.get()).hasWaiting().value());
}

void TestMail::wrongPasswordSaysWhatTheServerAnswered()
{
    addAngler(QStringLiteral("Ann"), QStringLiteral("ann@example.org"));
    SmtpTestServer smtp;
    SmtpTestServer::Options o;
    o.startTls = true;
    o.user = QStringLiteral("secretary");
    o.password = QStringLiteral("right");
    QVERIFY2(smtp.start(m_dir.filePath(QStringLiteral("auth")), o, m_dir.path()),
             qPrintable(smtp.error()));
    auto news = MailComposer::news(*m_store, settings(), QStringLiteral("Hi"), QStringLiteral("Text"));
    QVERIFY(news);
    QVERIFY(MailComposer::enqueue(*m_store, news.value(), 50));
    const SendReport report = MailSender::send(
        *m_store, server(smtp, SmtpServer::Security::StartTls, o.user), QStringLiteral("wrong"));
    QVERIFY(report.error.contains(QStringLiteral("535")));
    QVERIFY(report.error.contains(QStringLiteral("sign in as secretary")));
    QCOMPARE(smtp.deliveries().size(), 0);
    auto messages = MailStore(m_store.get()).messages();
    QCOMPARE(messages->first().state(), QStringLiteral("waiting"));
    QVERIFY(messages->first().problem().contains(QStringLiteral("535")));

    // The client's own transcript shows the exchange, the password hidden.
    SmtpClient client;
    QVERIFY(!client.open(server(smtp, SmtpServer::Security::StartTls, o.user),
                         QStringLiteral("wrong")));
    QVERIFY(client.transcript().contains(QStringLiteral("C: STARTTLS")));
    QVERIFY(client.transcript().contains(QStringLiteral("S: 535")));
    QVERIFY(!client.transcript().contains(QStringLiteral("d3Jvbmc"))); // "wrong" in base64
}

void TestMail::refusedRecipientIsReported()
{
    addAngler(QStringLiteral("Ann"), QStringLiteral("ann@example.org"));
    addAngler(QStringLiteral("Gone"), QStringLiteral("gone@example.org"));
    SmtpTestServer smtp;
    SmtpTestServer::Options o;
    o.refuse = {QStringLiteral("gone@example.org")};
    QVERIFY2(smtp.start(m_dir.filePath(QStringLiteral("refuse")), o), qPrintable(smtp.error()));
    auto news = MailComposer::news(*m_store, settings(), QStringLiteral("Hi"), QStringLiteral("Text"));
    QVERIFY(news);
    QVERIFY(MailComposer::enqueue(*m_store, news.value(), 50));
    SmtpServer local;
    local.host = QStringLiteral("localhost");
    local.port = smtp.port();
    local.security = SmtpServer::Security::None;
    const SendReport report = MailSender::send(*m_store, local, QString());
    QCOMPARE(report.messages, 1);
    QCOMPARE(report.recipients, 1);
    QCOMPARE(report.problems.size(), 1);
    QVERIFY(report.problems.first().contains(QStringLiteral("gone@example.org: 550")));
    QCOMPARE(smtp.deliveries().first().to, QStringList{QStringLiteral("ann@example.org")});
}

void TestMail::plainToAnotherMachineIsRefused()
{
    SmtpClient client;
    SmtpServer remote;
    remote.host = QStringLiteral("mail.example.org");
    remote.port = 25;
    remote.security = SmtpServer::Security::None;
    const Status s = client.open(remote, QString());
    QVERIFY(!s);
    QVERIFY(s.error().contains(QStringLiteral("STARTTLS or TLS")));
    MailSettings bad = settings();
    bad.host = QStringLiteral("mail.example.org");
    bad.security = QStringLiteral("none");
    QVERIFY(!MailStore::check(bad));
    bad = settings();
    bad.from = QStringLiteral("secretary@sabc.com");
    QVERIFY(!MailStore::check(bad));
    QVERIFY(MailStore::check(settings()));
    // The settings are kept in the club file, read back as written.
    MailStore mails(m_store.get());
    QVERIFY(mails.setSettings(settings()));
    QCOMPARE(mails.settings().value(), settings());
}

QTEST_MAIN(TestMail)
#include "tst_mail.moc"
