// `sabc mail results|standings` run as the real executable against a real SMTP server started by
// the test (python3-aiosmtpd, STARTTLS on a self-signed certificate, AUTH): the dry run, the
// recipients and BCC batches, the exit codes and the server's answer on failure, the outbox kept
// while the server is down and finished when it is back, the password from SABC_SMTP_PASSWORD
// or the keychain, and no double send after the process is killed (kill -9) while the server
// holds the answer to a batch's data.
#include "smtptestserver.h"

#include "mail/mailstore.h"
#include "mail/mimemessage.h"
#include "mail/smtpclient.h"
#include "store/query.h"
#include "store/store.h"
#include "sync/credentials.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestAppMail : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void dryRunSendsNothing();
    void sendsResultsAsBccBatches();
    void badArguments_data();
    void badArguments();
    void serverDownKeepsTheOutbox();
    void wrongPasswordGivesTheServersAnswer();
    void passwordFromTheKeychain();
    void noDoubleSendAfterKill();

private:
    struct Run
    {
        int code;
        QString out;
        QString err;
    };
    QProcessEnvironment environment(const QString &password = QString()) const;
    Run sabc(const QStringList &args, const QString &password = QString());
    QString newClub(const QString &name);
    QStringList recipients(const QString &db, MailKind kind);
    QString smtpUrl(int port, const QString &security = QStringLiteral("starttls"),
                    const QString &user = QString()) const;

    QTemporaryDir m_dir;
    QString m_binary;
    QString m_db;
    QString m_date; // a finished tournament of the demo club
};

void TestAppMail::initTestCase()
{
    m_binary = qEnvironmentVariable("SABC_BINARY");
    QVERIFY2(QFile::exists(m_binary), "SABC_BINARY must name the built sabc executable");
    QVERIFY(m_dir.isValid());
    QVERIFY(!SmtpTestServer::makeCertificate(m_dir.path()).isEmpty());
    m_db = newClub(QStringLiteral("club"));
    QVERIFY(!m_db.isEmpty());
    auto opened = Store::openForReading(m_db);
    QVERIFY(opened);
    Query q(opened.value()->database(),
            QStringLiteral("SELECT event_date FROM tournaments WHERE deleted = 0 AND completed = 1 "
                           "AND cancelled = 0 ORDER BY event_date DESC LIMIT 1"));
    QVERIFY(q.exec(QStringLiteral("find a tournament")).ok());
    QVERIFY(q.next());
    m_date = q.value("event_date").toString();
}

// A demo club whose mail goes From the secretary, 20 recipients to a message.
QString TestAppMail::newClub(const QString &name)
{
    const QString db = m_dir.filePath(name + QStringLiteral(".sqlite"));
    Run demo = sabc({QStringLiteral("demo"), QStringLiteral("--database"), db});
    if (demo.code != 0)
        return QString();
    auto opened = Store::open(db);
    if (!opened)
        return QString();
    MailSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.from = QStringLiteral("secretary@southaustinbass.example");
    s.batchSize = 20;
    if (!MailStore(opened.value().get()).setSettings(s))
        return QString();
    return db;
}

QStringList TestAppMail::recipients(const QString &db, MailKind kind)
{
    auto opened = Store::openForReading(db);
    if (!opened)
        return {};
    auto to = MailStore(opened.value().get()).recipients(kind);
    return to ? to.value() : QStringList();
}

QString TestAppMail::smtpUrl(int port, const QString &security, const QString &user) const
{
    return QStringLiteral("smtp://") + (user.isEmpty() ? QString() : user + u'@') +
           QStringLiteral("127.0.0.1:%1?security=%2").arg(port).arg(security);
}

QProcessEnvironment TestAppMail::environment(const QString &password) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("SABC_SMTP_PASSWORD"));
    if (!password.isNull())
        env.insert(QStringLiteral("SABC_SMTP_PASSWORD"), password);
    env.insert(QStringLiteral("SABC_SMTP_CA_FILE"), m_dir.filePath(QStringLiteral("cert.pem")));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

TestAppMail::Run TestAppMail::sabc(const QStringList &args, const QString &password)
{
    QProcess p;
    p.setProcessEnvironment(environment(password));
    p.start(m_binary, args);
    if (!p.waitForFinished(180000))
        return {-1, {}, QStringLiteral("timed out")};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void TestAppMail::dryRunSendsNothing()
{
    SmtpTestServer smtp;
    SmtpTestServer::Options o;
    o.startTls = true;
    QVERIFY2(smtp.start(m_dir.filePath(QStringLiteral("dry")), o, m_dir.path()),
             qPrintable(smtp.error()));
    const QStringList to = recipients(m_db, MailKind::Results);
    QVERIFY(to.size() > 20);
    Run r = sabc({QStringLiteral("mail"), QStringLiteral("results"), QStringLiteral("--database"),
                  m_db, QStringLiteral("--tournament"), m_date, QStringLiteral("--smtp"),
                  smtpUrl(smtp.port()), QStringLiteral("--dry-run")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(QStringLiteral("%1 recipients, as BCC in %2 message(s) of at most 20")
                                  .arg(to.size())
                                  .arg((to.size() + 19) / 20)),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("Subject: ")));
    QVERIFY(r.out.contains(QStringLiteral("To: ")));
    QVERIFY(r.out.contains(QStringLiteral(".pdf, application/pdf")));
    QVERIFY(!r.out.contains(to.first()));
    QCOMPARE(smtp.deliveries().size(), 0);
    auto opened = Store::openForReading(m_db);
    QVERIFY(opened);
    QCOMPARE(MailStore(opened.value().get()).messages()->size(), 0);
}

void TestAppMail::sendsResultsAsBccBatches()
{
    const QString db = newClub(QStringLiteral("send"));
    SmtpTestServer smtp;
    SmtpTestServer::Options o;
    o.startTls = true;
    o.user = QStringLiteral("secretary");
    o.password = QStringLiteral("pw for the club");
    QVERIFY2(smtp.start(m_dir.filePath(QStringLiteral("send")), o, m_dir.path()),
             qPrintable(smtp.error()));
    QStringList to = recipients(db, MailKind::Results);
    Run r = sabc({QStringLiteral("mail"), QStringLiteral("results"), QStringLiteral("--database"),
                  db, QStringLiteral("--tournament"), m_date, QStringLiteral("--smtp"),
                  smtpUrl(smtp.port(), QStringLiteral("starttls"), o.user)},
                 o.password);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const int batches = int((to.size() + 19) / 20);
    QCOMPARE(r.out.trimmed(),
             QStringLiteral("sent %1 to %2 recipients").arg(batches).arg(to.size()));
    const QList<Delivery> got = smtp.deliveries();
    QCOMPARE(got.size(), batches);
    QStringList delivered;
    for (const Delivery &d : got) {
        QVERIFY(d.tls && d.auth);
        QVERIFY(d.to.size() <= 20);
        delivered << d.to;
        QVERIFY(d.data.contains("Content-Type: application/pdf"));
        for (const QString &member : to)
            QVERIFY2(!d.data.contains(member.toUtf8()), qPrintable(member));
    }
    delivered.sort(Qt::CaseInsensitive);
    to.sort(Qt::CaseInsensitive);
    QCOMPARE(delivered, to);
    // Opted out and placeholder people are not among them.
    QVERIFY(!delivered.join(u' ').contains(QStringLiteral("@sabc.com")));
}

void TestAppMail::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString smtp = QStringLiteral("smtp://127.0.0.1:2525?security=none");
    QTest::newRow("no kind") << QStringList{QStringLiteral("--database"), QStringLiteral("x")}
                             << QStringLiteral("results or standings");
    QTest::newRow("no smtp") << QStringList{QStringLiteral("results"), QStringLiteral("--database"),
                                            QStringLiteral("x"), QStringLiteral("--tournament"),
                                            QStringLiteral("2026-03-14")}
                             << QStringLiteral("--smtp");
    QTest::newRow("no date") << QStringList{QStringLiteral("results"), QStringLiteral("--database"),
                                            QStringLiteral("x"), QStringLiteral("--smtp"), smtp}
                             << QStringLiteral("--tournament");
    QTest::newRow("bad date") << QStringList{QStringLiteral("results"), QStringLiteral("--database"),
                                             QStringLiteral("x"), QStringLiteral("--tournament"),
                                             QStringLiteral("14/03/2026"), QStringLiteral("--smtp"),
                                             smtp}
                              << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("bad season") << QStringList{QStringLiteral("standings"),
                                               QStringLiteral("--database"), QStringLiteral("x"),
                                               QStringLiteral("--season"), QStringLiteral("26"),
                                               QStringLiteral("--smtp"), smtp}
                                << QStringLiteral("year like 2026");
    QTest::newRow("plain to another machine")
        << QStringList{QStringLiteral("standings"), QStringLiteral("--database"),
                       QStringLiteral("x"), QStringLiteral("--season"), QStringLiteral("2026"),
                       QStringLiteral("--smtp"),
                       QStringLiteral("smtp://mail.example.org:25?security=none")}
        << QStringLiteral("localhost");
    QTest::newRow("not an smtp url")
        << QStringList{QStringLiteral("standings"), QStringLiteral("--database"),
                       QStringLiteral("x"), QStringLiteral("--season"), QStringLiteral("2026"),
                       QStringLiteral("--smtp"), QStringLiteral("mail.example.org")}
        << QStringLiteral("smtp://");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("standings"), QStringLiteral("--database"),
                       QStringLiteral("x"), QStringLiteral("--season"), QStringLiteral("2026"),
                       QStringLiteral("--smtp"), smtp, QStringLiteral("--to")}
        << QStringLiteral("--to");
}

void TestAppMail::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    Run r = sabc(QStringList{QStringLiteral("mail")} + args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestAppMail::serverDownKeepsTheOutbox()
{
    const QString db = newClub(QStringLiteral("down"));
    const QStringList to = recipients(db, MailKind::Standings);
    SmtpTestServer probe;
    QVERIFY2(probe.start(m_dir.filePath(QStringLiteral("probe")), {}), qPrintable(probe.error()));
    const int port = probe.port();
    probe.stop();
    const QStringList args = {QStringLiteral("mail"), QStringLiteral("standings"),
                              QStringLiteral("--database"), db, QStringLiteral("--season"),
                              QStringLiteral("2026"), QStringLiteral("--smtp"),
                              smtpUrl(port, QStringLiteral("none"))};
    Run r = sabc(args);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Could not reach the mail server 127.0.0.1:%1").arg(port)),
             qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("sent 0 to 0 recipients")));
    {
        auto opened = Store::openForReading(db);
        QVERIFY(opened);
        auto messages = MailStore(opened.value().get()).messages();
        QCOMPARE(messages->size(), 1);
        QCOMPARE(messages->first().state(), QStringLiteral("waiting"));
        QVERIFY(messages->first().problem().contains(QStringLiteral("Could not reach")));
    }
    // The server is back: the same command finishes the waiting message, once.
    SmtpTestServer smtp;
    SmtpTestServer::Options o;
    o.port = port;
    QVERIFY2(smtp.start(m_dir.filePath(QStringLiteral("down")), o), qPrintable(smtp.error()));
    r = sabc(args);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("to %1 recipients").arg(to.size())));
    int delivered = 0;
    for (const Delivery &d : smtp.deliveries())
        delivered += int(d.to.size());
    QCOMPARE(delivered, int(to.size()));
    auto opened = Store::openForReading(db);
    QCOMPARE(MailStore(opened.value().get()).messages()->size(), 1);
}

void TestAppMail::wrongPasswordGivesTheServersAnswer()
{
    SmtpTestServer smtp;
    SmtpTestServer::Options o;
    o.startTls = true;
    o.user = QStringLiteral("secretary");
    o.password = QStringLiteral("right");
    QVERIFY2(smtp.start(m_dir.filePath(QStringLiteral("wrong")), o, m_dir.path()),
             qPrintable(smtp.error()));
    const QString db = newClub(QStringLiteral("wrong"));
    Run r = sabc({QStringLiteral("mail"), QStringLiteral("standings"), QStringLiteral("--database"),
                  db, QStringLiteral("--season"), QStringLiteral("2026"), QStringLiteral("--smtp"),
                  smtpUrl(smtp.port(), QStringLiteral("starttls"), o.user)},
                 QStringLiteral("wrong"));
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("535 5.7.8 Authentication credentials invalid")),
             qPrintable(r.err));
    QCOMPARE(smtp.deliveries().size(), 0);
}

void TestAppMail::passwordFromTheKeychain()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no session bus (scripts/test starts one with a keyring)");
    SmtpTestServer smtp;
    SmtpTestServer::Options o;
    o.startTls = true;
    o.user = QStringLiteral("keyuser");
    o.password = QStringLiteral("from the keychain");
    QVERIFY2(smtp.start(m_dir.filePath(QStringLiteral("keychain")), o, m_dir.path()),
             qPrintable(smtp.error()));
    SmtpServer server;
    server.host = QStringLiteral("127.0.0.1");
    server.port = smtp.port();
    server.user = o.user;
    const Status stored = Credentials::write(server.keychainKey(), o.password);
    if (!stored)
        QSKIP(qPrintable(stored.error()));
    const QString db = newClub(QStringLiteral("keychain"));
    Run r = sabc({QStringLiteral("mail"), QStringLiteral("standings"), QStringLiteral("--database"),
                  db, QStringLiteral("--season"), QStringLiteral("2026"), QStringLiteral("--smtp"),
                  smtpUrl(smtp.port(), QStringLiteral("starttls"), o.user)});
    QVERIFY(Credentials::forget(server.keychainKey()).ok());
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(smtp.deliveries().size() > 0);
    QVERIFY(smtp.deliveries().first().auth);
}

void TestAppMail::noDoubleSendAfterKill()
{
    const QString db = newClub(QStringLiteral("killed"));
    const QStringList to = recipients(db, MailKind::Standings);
    QVERIFY(to.size() > 40); // three batches of 20 or more
    const QString folder = m_dir.filePath(QStringLiteral("killed"));

    // A server that takes the first batch's data and never answers it.
    auto stalled = std::make_unique<SmtpTestServer>();
    SmtpTestServer::Options o;
    o.startTls = true;
    o.stallAfterData = true;
    QVERIFY2(stalled->start(folder, o, m_dir.path()), qPrintable(stalled->error()));
    const QStringList args = {QStringLiteral("mail"), QStringLiteral("standings"),
                              QStringLiteral("--database"), db, QStringLiteral("--season"),
                              QStringLiteral("2026"), QStringLiteral("--smtp"),
                              smtpUrl(stalled->port())};
    QProcess first;
    first.setProcessEnvironment(environment());
    first.start(m_binary, args);
    QVERIFY(first.waitForStarted(10000));
    QTRY_COMPARE_WITH_TIMEOUT(stalled->deliveries().size(), 1, 120000);
    // kill -9 while the server holds the answer to the data.
    first.kill();
    QVERIFY(first.waitForFinished(10000));
    QCOMPARE(first.exitStatus(), QProcess::CrashExit);
    stalled->stop();
    {
        auto opened = Store::openForReading(db);
        QVERIFY(opened);
        auto messages = MailStore(opened.value().get()).messages();
        QCOMPARE(messages->size(), 1);
        QCOMPARE(messages->first().batches.first().state, QStringLiteral("sending"));
        QCOMPARE(messages->first().recipientsIn(QStringLiteral("waiting")),
                 int(to.size()) - 20);
    }

    // Run again against a server that answers: the rest goes, the first batch never again.
    SmtpTestServer smtp;
    SmtpTestServer::Options normal;
    normal.startTls = true;
    QVERIFY2(smtp.start(folder, normal, m_dir.path()), qPrintable(smtp.error()));
    QStringList args2 = args;
    args2.last() = smtpUrl(smtp.port());
    Run r = sabc(args2);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), QStringLiteral("sent %1 to %2 recipients")
                                  .arg((to.size() - 20 + 19) / 20)
                                  .arg(to.size() - 20));
    QVERIFY2(r.err.contains(QStringLiteral("not sent again")), qPrintable(r.err));
    QHash<QString, int> copies;
    for (const Delivery &d : smtp.deliveries())
        for (const QString &address : d.to)
            ++copies[address];
    QCOMPARE(copies.size(), int(to.size()));
    for (auto it = copies.cbegin(); it != copies.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key()));
    // A third run sends nothing more of it (a new mail would need a new command run after
    // this one finished; this one is finished).
    QCOMPARE(smtp.deliveries().size(), 1 + int((to.size() - 20 + 19) / 20));
}

QTEST_MAIN(TestAppMail)
#include "tst_app_mail.moc"
