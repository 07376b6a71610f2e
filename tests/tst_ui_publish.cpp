// File > Publish Results… (#16): the dialog lists the club's seasons, publishes the ticked ones
// into the folder chosen, says what it wrote (and the folder is remembered), and says why when the
// folder cannot be written, in words, with nothing written. Screenshots of the dialog go to
// $SABC_SCREENSHOT_DIR.
#include "demo/democlub.h"
#include "store/store.h"
#include "ui/publish/publishdialog.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestUiPublish : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void fileMenuOpensTheDialog();
    void publishesTheTickedSeasons();
    void unwritableFolderIsSaid();

private:
    void screenshot(QWidget *widget, const QString &name);
    QTemporaryDir m_dir;
    QString m_path;
    QString m_shots;
};

void TestUiPublish::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    m_shots = qEnvironmentVariable("SABC_SCREENSHOT_DIR", QDir::currentPath());
    QDir().mkpath(m_shots);
    m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    auto opened = Store::open(m_path);
    QVERIFY(opened.ok());
    QVERIFY(DemoClub::create(*opened.value(), QDate(2026, 8, 30)).ok());
}

void TestUiPublish::screenshot(QWidget *widget, const QString &name)
{
    QApplication::processEvents();
    const QString file = QDir(m_shots).filePath(name + QStringLiteral(".png"));
    QVERIFY2(widget->grab().save(file), qPrintable(file));
    qInfo().noquote() << "screenshot:" << file;
}

void TestUiPublish::fileMenuOpensTheDialog()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openDatabase(m_path));
    auto *action = window.findChild<QAction *>(QStringLiteral("publishAction"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    QCOMPARE(action->text(), QStringLiteral("&Publish Results…"));
    action->trigger();
    auto *dialog = window.findChild<PublishDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->chosenSeasons(), (QList<int>{2026, 2025}));
    dialog->close();
}

void TestUiPublish::publishesTheTickedSeasons()
{
    auto opened = Store::open(m_path);
    QVERIFY(opened.ok());
    PublishDialog dialog(opened.value().get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    screenshot(&dialog, QStringLiteral("publish-dialog"));
    const QString folder = m_dir.filePath(QStringLiteral("site"));
    dialog.setFolder(folder);
    dialog.chooseSeasons({2025});
    auto *publish = dialog.findChild<QPushButton *>(QStringLiteral("publishButton"));
    auto *open = dialog.findChild<QPushButton *>(QStringLiteral("publishOpenFolder"));
    QVERIFY(publish && open);
    QVERIFY(!open->isEnabled());
    QTest::mouseClick(publish, Qt::LeftButton);
    QVERIFY(dialog.isVisible()); // publishing does not close it
    // (14: the index, the style sheet, the season's page, its calendar, its 10 tournaments.)
    QVERIFY2(dialog.outcome().startsWith(QLatin1String("Wrote 14 file")) &&
                 dialog.outcome().endsWith(QDir::toNativeSeparators(folder) + u'.'),
             qPrintable(dialog.outcome()));
    QVERIFY(open->isEnabled());
    auto *files = dialog.findChild<QPlainTextEdit *>(QStringLiteral("publishFiles"));
    QVERIFY(files && files->isVisible());
    QVERIFY(files->toPlainText().contains(QLatin1String("2025/2025-03-23.html")));
    QVERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("2025/index.html"))));
    QVERIFY(!QFile::exists(QDir(folder).filePath(QStringLiteral("2026"))));
    QCOMPARE(QSettings().value(QStringLiteral("publish/folder")).toString(), folder);
    screenshot(&dialog, QStringLiteral("publish-dialog-written"));

    // Every season: the whole site.
    dialog.chooseSeasons({2025, 2026});
    QTest::mouseClick(publish, Qt::LeftButton);
    QVERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("2026/index.html"))));
    QVERIFY(dialog.outcome().startsWith(QLatin1String("Wrote 26 file")));

    // None ticked: said, nothing done.
    dialog.chooseSeasons({});
    QTest::mouseClick(publish, Qt::LeftButton);
    QCOMPARE(dialog.outcome(), QStringLiteral("Tick at least one season to publish."));
    QVERIFY(!open->isEnabled());
}

void TestUiPublish::unwritableFolderIsSaid()
{
    auto opened = Store::open(m_path);
    QVERIFY(opened.ok());
    const QString file = m_dir.filePath(QStringLiteral("not-a-folder"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    PublishDialog dialog(opened.value().get());
    dialog.show();
    dialog.setFolder(file + QStringLiteral("/site"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("publishButton")),
                      Qt::LeftButton);
    QVERIFY2(dialog.outcome().startsWith(QLatin1String("Nothing was published: Cannot create the "
                                                       "folder")),
             qPrintable(dialog.outcome()));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("publishOpenFolder"))->isEnabled());
    screenshot(&dialog, QStringLiteral("publish-dialog-error"));
}

QTEST_MAIN(TestUiPublish)
#include "tst_ui_publish.moc"
