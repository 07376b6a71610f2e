// The Mail menu's windows driven with the keyboard against a real SMTP server (python3-aiosmtpd):
// Club E-mail Settings (fields typed, "Send a Test to Me" shows what the server answered, a
// wrong password's 535 too, saved in the club file), Write to the Members (a news post put in the
// outbox), Outbox and Sent (the message waits while the server is down, says why, goes with Send
// Now once it is back), and the angler dialog's e-mail choices. Screenshots of the settings and
// the outbox, in English and Spanish, go to $SABC_SCREENSHOT_DIR.
#include "smtptestserver.h"

#include "demo/democlub.h"
#include "mail/mailstore.h"
#include "mail/mimemessage.h"
#include "roster/anglerstore.h"
#include "store/store.h"
#include "ui/mail/composemaildialog.h"
#include "ui/mail/mailactions.h"
#include "ui/mail/mailsettingsdialog.h"
#include "ui/mail/outboxdialog.h"
#include "ui/roster/anglerdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>
#include <QUndoStack>

class TestUiMail : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void settingsByKeyboardAndTheTestAnswer();
    void outboxWaitsThenSendsByKeyboard();
    void anglerDialogMailChoices();
    void screenshotsInSpanish();

private:
    void screenshot(QWidget *widget, const QString &name);
    void typeInto(QWidget *widget, const QString &text);

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QString m_shots;
};

void TestUiMail::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(!SmtpTestServer::makeCertificate(m_dir.path()).isEmpty());
    qputenv("SABC_SMTP_CA_FILE", m_dir.filePath(QStringLiteral("cert.pem")).toLocal8Bit());
    m_shots = qEnvironmentVariable("SABC_SCREENSHOT_DIR", QDir::currentPath());
    QVERIFY(QDir().mkpath(m_shots));
    auto opened = Store::open(m_dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY(opened);
    m_store = std::move(opened.value());
    QVERIFY(DemoClub::create(*m_store, m_store->clubTime().today()).ok());
}

void TestUiMail::screenshot(QWidget *widget, const QString &name)
{
    QApplication::processEvents();
    const QString file = QDir(m_shots).filePath(name + QStringLiteral(".png"));
    QVERIFY2(widget->grab().save(file), qPrintable(file));
    qInfo().noquote() << "screenshot:" << file;
}

// Replaces the focused field's text by typing, as a user would (select all, type).
void TestUiMail::typeInto(QWidget *widget, const QString &text)
{
    QCOMPARE(QApplication::focusWidget(), widget);
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(widget, Qt::Key_Delete);
    else
        QTest::keyClicks(widget, text);
}

void TestUiMail::settingsByKeyboardAndTheTestAnswer()
{
    SmtpTestServer smtp;
    SmtpTestServer::Options o;
    o.startTls = true;
    o.user = QStringLiteral("secretary");
    o.password = QStringLiteral("club pw");
    QVERIFY2(smtp.start(m_dir.filePath(QStringLiteral("settings")), o, m_dir.path()),
             qPrintable(smtp.error()));

    QWidget window;
    window.resize(1366, 768);
    window.show();
    MailSettingsDialog dialog(m_store.get(), &window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    // Server, Port, Security, User, Password, From, Reply-To: Tab from one to the next.
    typeInto(dialog.hostEdit(), QStringLiteral("127.0.0.1"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    typeInto(dialog.portBox(), QString::number(smtp.port()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog.securityBox());
    QCOMPARE(dialog.securityBox()->currentData().toString(), QStringLiteral("starttls"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    typeInto(dialog.userEdit(), o.user);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    typeInto(dialog.passwordEdit(), QStringLiteral("not it"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    typeInto(dialog.fromEdit(), QStringLiteral("secretary@southaustinbass.example"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    typeInto(dialog.replyToEdit(), QStringLiteral("president@southaustinbass.example"));

    // A wrong password: the server's own words.
    QTest::keyClick(&dialog, Qt::Key_T, Qt::AltModifier);
    QTRY_VERIFY(dialog.answerView()->toPlainText().contains(QStringLiteral("535")));
    QVERIFY(dialog.answerView()->toPlainText().contains(
        QStringLiteral("535 5.7.8 Authentication credentials invalid")));
    QCOMPARE(smtp.deliveries().size(), 0);

    // The right one: the test message goes to From, and the answer says so.
    QTest::keyClick(&dialog, Qt::Key_W, Qt::AltModifier);
    typeInto(dialog.passwordEdit(), o.password);
    QTest::keyClick(&dialog, Qt::Key_T, Qt::AltModifier);
    QTRY_VERIFY(dialog.answerView()->toPlainText().contains(QStringLiteral("took the test")));
    const QString answer = dialog.answerView()->toPlainText();
    QVERIFY2(answer.contains(QStringLiteral("250 2.0.0 Ok: queued as")), qPrintable(answer));
    QVERIFY(answer.contains(QStringLiteral("C: STARTTLS")));
    QVERIFY(!answer.contains(o.password));
    QCOMPARE(smtp.deliveries().size(), 1);
    QCOMPARE(smtp.deliveries().first().to,
             QStringList{QStringLiteral("secretary@southaustinbass.example")});
    QVERIFY(smtp.deliveries().first().tls && smtp.deliveries().first().auth);
    screenshot(&dialog, QStringLiteral("mail-settings-en"));

    // Saved in the club file (the password goes to the keychain only; left out here).
    QTest::keyClick(&dialog, Qt::Key_W, Qt::AltModifier);
    typeInto(dialog.passwordEdit(), QString());
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    auto stored = MailStore(m_store.get()).settings();
    QVERIFY(stored);
    QCOMPARE(stored->host, QStringLiteral("127.0.0.1"));
    QCOMPARE(stored->port, smtp.port());
    QCOMPARE(stored->user, o.user);
    QCOMPARE(stored->replyTo, QStringLiteral("president@southaustinbass.example"));

    // Plain SMTP to another machine is refused with a reason, nothing saved.
    MailSettingsDialog again(m_store.get(), &window);
    again.show();
    QVERIFY(QTest::qWaitForWindowActive(&again));
    typeInto(again.hostEdit(), QStringLiteral("mail.example.org"));
    again.securityBox()->setFocus();
    QTest::keyClick(again.securityBox(), Qt::Key_End);
    QCOMPARE(again.securityBox()->currentData().toString(), QStringLiteral("none"));
    QTest::keyClick(again.securityBox(), Qt::Key_Return);
    QVERIFY(again.isVisible());
    QVERIFY(again.errorText().contains(QStringLiteral("localhost")));
    QCOMPARE(MailStore(m_store.get()).settings()->host, QStringLiteral("127.0.0.1"));
}

void TestUiMail::outboxWaitsThenSendsByKeyboard()
{
    // The club's mail to a local server, no sign-in.
    MailSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.security = QStringLiteral("none");
    s.from = QStringLiteral("secretary@southaustinbass.example");
    SmtpTestServer probe;
    QVERIFY2(probe.start(m_dir.filePath(QStringLiteral("probe")), {}), qPrintable(probe.error()));
    s.port = probe.port();
    probe.stop();
    QVERIFY(MailStore(m_store.get()).setSettings(s));
    const int before = int(MailStore(m_store.get()).messages()->size());

    QWidget window;
    window.resize(1366, 768);
    window.show();
    MailActions actions([this] { return m_store.get(); }, &window);

    // Mailbox > Write to the Members…: News, subject, text, Put in the Outbox.
    ComposeMailDialog compose(m_store.get(), &window);
    compose.show();
    QVERIFY(QTest::qWaitForWindowActive(&compose));
    QCOMPARE(QApplication::focusWidget(), compose.kindBox());
    // The results page is two lines: no room kept for the news page's text box.
    QCOMPARE(compose.kindBox()->currentIndex(), int(ComposeMailDialog::Results));
    const int resultsHeight = compose.height();
    QTest::keyClick(compose.kindBox(), Qt::Key_End);
    QCOMPARE(compose.kindBox()->currentIndex(), int(ComposeMailDialog::News));
    QVERIFY(compose.recipientsLabel()->text().contains(QStringLiteral("news")));
    QVERIFY2(compose.height() > resultsHeight + 60,
             qPrintable(QStringLiteral("%1 then %2").arg(resultsHeight).arg(compose.height())));
    QVERIFY(compose.textEdit()->height() >= 60);
    QTest::keyClick(&compose, Qt::Key_U, Qt::AltModifier);
    typeInto(compose.subjectEdit(), QStringLiteral("Ramp at Mansfield Dam closed Saturday"));
    QTest::keyClick(&compose, Qt::Key_X, Qt::AltModifier);
    QTest::keyClicks(compose.textEdit(), QStringLiteral("Launch at Pace Bend instead."));
    QTest::keyClick(&compose, Qt::Key_O, Qt::AltModifier);
    QTRY_VERIFY(!compose.isVisible());
    QVERIFY2(compose.result() == QDialog::Accepted, qPrintable(compose.errorText()));

    // The server is down: the message waits and says why.
    const SendReport down = actions.sendWaiting();
    QVERIFY(down.error.contains(QStringLiteral("Could not reach")));
    actions.showOutbox();
    OutboxDialog *outbox = actions.outboxDialog();
    QVERIFY(outbox);
    QVERIFY(QTest::qWaitForWindowActive(outbox));
    QCOMPARE(outbox->list()->topLevelItemCount(), before + 1);
    QTreeWidgetItem *top = outbox->list()->topLevelItem(0);
    QCOMPARE(top->text(2), QStringLiteral("Ramp at Mansfield Dam closed Saturday"));
    QCOMPARE(top->text(4), QStringLiteral("Waiting"));
    QVERIFY(outbox->details()->toPlainText().contains(QStringLiteral("Could not reach")));
    outbox->resize(1000, 560);
    screenshot(outbox, QStringLiteral("mail-outbox-waiting-en"));

    // Back online: Send Now (Alt+S) sends it, once.
    SmtpTestServer smtp;
    SmtpTestServer::Options o;
    o.port = s.port;
    QVERIFY2(smtp.start(m_dir.filePath(QStringLiteral("outbox")), o), qPrintable(smtp.error()));
    QTest::keyClick(outbox, Qt::Key_S, Qt::AltModifier);
    QTRY_COMPARE(outbox->list()->topLevelItem(0)->text(4), QStringLiteral("Sent"));
    const QStringList news = MailStore(m_store.get()).recipients(MailKind::News).value();
    int delivered = 0;
    for (const Delivery &d : smtp.deliveries()) {
        delivered += int(d.to.size());
        QVERIFY(Mime::readable(d.data).contains(QStringLiteral("Launch at Pace Bend instead.")));
    }
    QCOMPARE(delivered, int(news.size()));
    QVERIFY(outbox->details()->toPlainText().contains(QStringLiteral("250")));
    screenshot(outbox, QStringLiteral("mail-outbox-sent-en"));
    QCOMPARE(actions.sendWaiting().messages, 0);
    outbox->close();
}

void TestUiMail::anglerDialogMailChoices()
{
    auto people = AnglerStore(m_store.get()).anglers();
    QVERIFY(people);
    Angler someone;
    for (const Angler &a : people.value())
        if (!a.email.isEmpty() && !a.inactive) {
            someone = a;
            break;
        }
    QVERIFY(!someone.id.isEmpty());
    QVERIFY(someone.emailOptIn && someone.mailNews && someone.mailResults);
    QUndoStack stack;
    AnglerDialog dialog(m_store.get(), &stack, nullptr, someone.id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QVERIFY(dialog.emailOptInBox()->isChecked());
    // No news (Alt+W), then save.
    QTest::keyClick(&dialog, Qt::Key_W, Qt::AltModifier);
    QTRY_VERIFY(!dialog.mailNewsBox()->isChecked());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!dialog.isVisible());
    auto edited = AnglerStore(m_store.get()).angler(someone.id);
    QVERIFY(edited);
    QVERIFY(edited->emailOptIn && edited->mailResults && !edited->mailNews);
    QVERIFY(!MailStore(m_store.get()).recipients(MailKind::News)->contains(someone.email));
    QVERIFY(MailStore(m_store.get()).recipients(MailKind::Results)->contains(someone.email));
    // Undo brings the choice back.
    stack.undo();
    QVERIFY(AnglerStore(m_store.get()).angler(someone.id)->mailNews);

    // No e-mail at all (Alt+L) greys the kinds out and takes them off every list.
    AnglerDialog off(m_store.get(), &stack, nullptr, someone.id);
    off.show();
    QVERIFY(QTest::qWaitForWindowActive(&off));
    QTest::keyClick(&off, Qt::Key_L, Qt::AltModifier);
    QTRY_VERIFY(!off.emailOptInBox()->isChecked());
    QVERIFY(!off.mailNewsBox()->isEnabled());
    screenshot(&off, QStringLiteral("mail-angler-dialog-en"));
    off.accept();
    QVERIFY(!MailStore(m_store.get()).recipients(MailKind::Results)->contains(someone.email));
    stack.undo();
}

void TestUiMail::screenshotsInSpanish()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(SABC_TRANSLATIONS_DIR "/sabc_es.qm")));
    QCoreApplication::installTranslator(&translator);
    auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
    QWidget window;
    window.resize(1366, 768);
    window.show();
    MailSettingsDialog settings(m_store.get(), &window);
    settings.show();
    QVERIFY(QTest::qWaitForWindowActive(&settings));
    QCOMPARE(settings.windowTitle(), QStringLiteral("Configuración del correo del club"));
    screenshot(&settings, QStringLiteral("mail-settings-es"));
    settings.close();
    MailActions actions([this] { return m_store.get(); }, &window);
    actions.showOutbox();
    OutboxDialog *outbox = actions.outboxDialog();
    QVERIFY(outbox);
    QVERIFY(QTest::qWaitForWindowActive(outbox));
    outbox->resize(1000, 560);
    QCOMPARE(outbox->list()->topLevelItem(0)->text(4), QStringLiteral("Enviado"));
    screenshot(outbox, QStringLiteral("mail-outbox-es"));
    ComposeMailDialog compose(m_store.get(), &window);
    compose.show();
    QVERIFY(QTest::qWaitForWindowActive(&compose));
    screenshot(&compose, QStringLiteral("mail-compose-es"));
    outbox->close();
}

QTEST_MAIN(TestUiMail)
#include "tst_ui_mail.moc"
