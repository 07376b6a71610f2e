// sabc server init / add-user and sabc sync, run as real processes against the test harness's
// PostgreSQL server (SABC_TEST_PG_URL).
#include "store/store.h"
#include "sync/testing/pgtestdb.h"

#include <QSqlError>
#include <QSqlQuery>

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestAppSyncCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void serverInitAddUserAndSync();
    void failuresArePlainMessages();
    void unparseableAddressHidesItsPassword();
    void initUpgradesAnOlderServerAndAddUserRefusesForeignLogins();

private:
    struct Run
    {
        int code;
        QString out;
        QString err;
    };
    // `password`: the officer's, given as scripts do (PGPASSWORD); the server's owner signs in
    // from the harness's password file.
    Run sabc(const QStringList &args, const QByteArray &input = {}, const QString &password = {});
    QTemporaryDir m_dir;
    QString m_binary;
};

void TestAppSyncCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_binary = qEnvironmentVariable("SABC_BINARY");
    QVERIFY2(QFile::exists(m_binary), "SABC_BINARY must name the built sabc executable");
    QVERIFY(m_dir.isValid());
    auto admin = PgTest::adminUrl();
    QVERIFY2(admin.ok(), qPrintable(admin.ok() ? QString() : admin.error()));
}

TestAppSyncCli::Run TestAppSyncCli::sabc(const QStringList &args, const QByteArray &input,
                                         const QString &password)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("PGPASSWORD"));
    if (!password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), password);
    p.setProcessEnvironment(env);
    p.start(m_binary, args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        return {-1, {}, QStringLiteral("timed out")};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

void TestAppSyncCli::serverInitAddUserAndSync()
{
    auto url = PgTest::createDatabase(QStringLiteral("cli_sync"));
    QVERIFY2(url.ok(), qPrintable(url.ok() ? QString() : url.error()));
    const QString server = url.value().toString();

    Run init = sabc({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--server"), server});
    QVERIFY2(init.code == 0, qPrintable(init.err));
    QVERIFY2(init.out.contains(QStringLiteral("set up")), qPrintable(init.out));
    Run again = sabc({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--server"), server});
    QVERIFY2(again.code == 0, qPrintable(again.err));
    QVERIFY2(again.out.contains(QStringLiteral("nothing changed")), qPrintable(again.out));

    const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString adminName = QStringLiteral("cli_admin_") + suffix;
    const QString treasurerName = QStringLiteral("cli_treas_") + suffix;
    Run add = sabc({QStringLiteral("server"), QStringLiteral("add-user"), adminName, QStringLiteral("--role"),
                    QStringLiteral("admin"), QStringLiteral("--server"), server,
                    QStringLiteral("--password-stdin")},
                   "first password\n");
    QVERIFY2(add.code == 0, qPrintable(add.err));
    QVERIFY2(add.out.contains(QStringLiteral("Created")), qPrintable(add.out));
    Run update = sabc({QStringLiteral("server"), QStringLiteral("add-user"), adminName,
                       QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--server"),
                       server, QStringLiteral("--password-stdin")},
                      "second password\n");
    QVERIFY2(update.code == 0 && update.out.contains(QStringLiteral("Updated")), qPrintable(update.err));
    Run treasurer = sabc({QStringLiteral("server"), QStringLiteral("add-user"), treasurerName,
                          QStringLiteral("--role"), QStringLiteral("treasurer"),
                          QStringLiteral("--server"), server, QStringLiteral("--password-stdin")},
                         "money\n");
    QVERIFY2(treasurer.code == 0, qPrintable(treasurer.err));

    const QString adminUrl = PgTest::as(url.value(), adminName).toString();
    const QString treasurerUrl = PgTest::as(url.value(), treasurerName).toString();
    const QString first = m_dir.filePath(QStringLiteral("first.sqlite"));
    const QString second = m_dir.filePath(QStringLiteral("second.sqlite"));
    Run demo = sabc({QStringLiteral("demo"), QStringLiteral("--database"), first});
    QVERIFY2(demo.code == 0, qPrintable(demo.err));

    static const QRegularExpression summary(QStringLiteral("^pushed (\\d+), pulled (\\d+), conflicts (\\d+)\\n$"));
    Run push = sabc({QStringLiteral("sync"), QStringLiteral("--database"), first, QStringLiteral("--server"), adminUrl},
                    {}, QStringLiteral("second password"));
    QVERIFY2(push.code == 0, qPrintable(push.err));
    auto m = summary.match(push.out);
    QVERIFY2(m.hasMatch(), qPrintable(push.out));
    const int pushed = m.captured(1).toInt();
    QVERIFY(pushed > 100);
    QCOMPARE(m.captured(2), QStringLiteral("0"));

    // A missing file is created as an empty club and filled from the server.
    QVERIFY(!QFile::exists(second));
    Run fill = sabc({QStringLiteral("sync"), QStringLiteral("--database"), second, QStringLiteral("--server"), adminUrl},
                    {}, QStringLiteral("second password"));
    QVERIFY2(fill.code == 0, qPrintable(fill.err));
    QCOMPARE(fill.out, QStringLiteral("pushed 0, pulled %1, conflicts 0\n").arg(pushed));
    Run quiet = sabc({QStringLiteral("sync"), QStringLiteral("--database"), first, QStringLiteral("--server"), adminUrl},
                     {}, QStringLiteral("second password"));
    QCOMPARE(quiet.out, QStringLiteral("pushed 0, pulled 0, conflicts 0\n"));

    // A treasurer changing an entry: refused by the server, reported, non-zero exit.
    {
        auto store = Store::open(second);
        QVERIFY(store.ok());
        QSqlQuery q(store.value()->database());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM entries WHERE deleted = 0 LIMIT 1")) && q.next());
        const QString entry = q.value(0).toString();
        q.finish();
        QVERIFY(store.value()->update(QStringLiteral("entries"), entry, {{QStringLiteral("minutes_late"), 3}}));
    }
    Run refused = sabc({QStringLiteral("sync"), QStringLiteral("--database"), second,
                        QStringLiteral("--server"), treasurerUrl},
                       {}, QStringLiteral("money"));
    QCOMPARE(refused.code, 3);
    QCOMPARE(refused.out, QStringLiteral("pushed 0, pulled 0, conflicts 0\n"));
    QVERIFY2(refused.err.contains(QStringLiteral("refused")) &&
                 refused.err.contains(QStringLiteral("weigh-in entries")) &&
                 refused.err.contains(treasurerName),
             qPrintable(refused.err));

    // A reader login (#16) for a web site: it reads the club's views, nothing else.
    const QString readerName = QStringLiteral("cli_reader_") + suffix;
    Run reader = sabc({QStringLiteral("server"), QStringLiteral("add-user"), readerName,
                       QStringLiteral("--role"), QStringLiteral("reader"),
                       QStringLiteral("--server"), server, QStringLiteral("--password-stdin")},
                      "reads\n");
    QVERIFY2(reader.code == 0, qPrintable(reader.err));
    QCOMPARE(reader.out, QStringLiteral("Created the login \"%1\" (reader).\n").arg(readerName));
    auto conn = ServerConnection::open(PgTest::as(url.value(), readerName), QStringLiteral("reads"));
    QVERIFY2(conn.ok(), qPrintable(conn.ok() ? QString() : conn.error()));
    QSqlQuery q(conn.value()->database());
    QVERIFY2(q.exec(QStringLiteral("SELECT count(*) FROM club.tournaments")), qPrintable(q.lastError().text()));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 20);
    QVERIFY(!q.exec(QStringLiteral("SELECT count(*) FROM sabc.rows")));
    Run wrongRole = sabc({QStringLiteral("server"), QStringLiteral("add-user"), readerName,
                          QStringLiteral("--role"), QStringLiteral("readers"),
                          QStringLiteral("--server"), server, QStringLiteral("--password-stdin")},
                         "reads\n");
    QCOMPARE(wrongRole.code, 2);
    QVERIFY2(wrongRole.err.contains(QStringLiteral("admin, reader")), qPrintable(wrongRole.err));
}

void TestAppSyncCli::failuresArePlainMessages()
{
    auto url = PgTest::createDatabase(QStringLiteral("cli_fail"));
    QVERIFY(url.ok());
    const QString file = m_dir.filePath(QStringLiteral("fail.sqlite"));
    Run notReady = sabc({QStringLiteral("sync"), QStringLiteral("--database"), file,
                         QStringLiteral("--server"), url.value().toString()});
    QCOMPARE(notReady.code, 1);
    QVERIFY(notReady.out.isEmpty());
    QVERIFY2(notReady.err.contains(QStringLiteral("not set up")), qPrintable(notReady.err));

    ServerUrl nowhere = url.value();
    nowhere.port = 1;
    Run unreachable = sabc({QStringLiteral("sync"), QStringLiteral("--database"), file,
                            QStringLiteral("--server"), nowhere.toString()});
    QCOMPARE(unreachable.code, 1);
    QVERIFY2(unreachable.err.contains(QStringLiteral("could not reach the server")),
             qPrintable(unreachable.err));
    Run withPassword = sabc({QStringLiteral("sync"), QStringLiteral("--database"), file,
                             QStringLiteral("--server"),
                             QStringLiteral("postgresql://bob:hunter2@127.0.0.1:5432/club")});
    QVERIFY(withPassword.code != 0);
    QVERIFY(!withPassword.err.contains(QStringLiteral("hunter2")));
}

// Issue #19 item 8: an address that cannot be parsed is named in the message, but never with the
// password that was typed into it.
void TestAppSyncCli::unparseableAddressHidesItsPassword()
{
    const QString file = m_dir.filePath(QStringLiteral("echo.sqlite"));
    const QStringList addresses = {
        QStringLiteral("postgresql://bob:s3cretPW@club.example.org:54x32/club"),
        QStringLiteral("postgresql://bob:s3cretPW@@club.example.org/club"),
        QStringLiteral("postgres://bob:s3cretPW@[::1/club"),
        QStringLiteral("postgresql://club.example.org/club?password=s3cretPW&port=x y"),
        QStringLiteral("bob:s3cretPW@club.example.org:5432/club"),
    };
    for (const QString &address : addresses) {
        for (const QStringList &args :
             {QStringList{QStringLiteral("sync"), QStringLiteral("--database"), file,
                          QStringLiteral("--server"), address},
              QStringList{QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--server"),
                          address}}) {
            Run r = sabc(args);
            QVERIFY2(r.code != 0, qPrintable(address));
            QVERIFY2(!r.err.isEmpty(), qPrintable(address));
            QVERIFY2(!r.err.contains(QStringLiteral("s3cretPW")) && !r.out.contains(QStringLiteral("s3cretPW")),
                     qPrintable(r.err));
        }
    }
    // The address is still named (without the password), so the officer sees what was wrong.
    Run named = sabc({QStringLiteral("sync"), QStringLiteral("--database"), file, QStringLiteral("--server"),
                      addresses.first()});
    QVERIFY2(named.err.contains(QStringLiteral("club.example.org:54x32")), qPrintable(named.err));
}

// `sabc server init` brings a version 3 server to the latest version; add-user refuses the
// server's superuser (whose password it once changed) and leaves it as it was.
void TestAppSyncCli::initUpgradesAnOlderServerAndAddUserRefusesForeignLogins()
{
    auto url = PgTest::createDatabase(QStringLiteral("cli_upgrade"));
    QVERIFY2(url.ok(), qPrintable(url.ok() ? QString() : url.error()));
    {
        auto conn = PgTest::open(url.value());
        QVERIFY(conn.ok());
        auto v3 = ServerSchema::migrate(*conn.value(), 3);
        QVERIFY(v3.ok());
    }
    const QString server = url.value().toString();
    Run init = sabc({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--server"), server});
    QVERIFY2(init.code == 0, qPrintable(init.err));
    QCOMPARE(init.out, QStringLiteral("The server is set up for the club (version %1).\n")
                           .arg(ServerSchema::latestVersion()));
    Run takeOver = sabc({QStringLiteral("server"), QStringLiteral("add-user"), QStringLiteral("postgres"),
                         QStringLiteral("--role"), QStringLiteral("director"), QStringLiteral("--server"),
                         server, QStringLiteral("--password-stdin")},
                        "owned\n");
    QCOMPARE(takeOver.code, 1);
    QVERIFY2(takeOver.err.contains(QStringLiteral("not made for this club")), qPrintable(takeOver.err));
    QVERIFY(takeOver.out.isEmpty());
    auto conn = PgTest::open(url.value()); // the superuser's password is unchanged
    QVERIFY2(conn.ok(), qPrintable(conn.ok() ? QString() : conn.error()));
    QSqlQuery q(conn.value()->database());
    QVERIFY(q.exec(QStringLiteral("SELECT pg_has_role('postgres', sabc.role_name('director'), 'MEMBER') "
                                  "AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = 'postgres')")) &&
            q.next());
    QVERIFY(!q.value(0).toBool());
}

QTEST_GUILESS_MAIN(TestAppSyncCli)
#include "tst_app_sync_cli.moc"
