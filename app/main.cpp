// sabc: the SABC Tournament Manager executable. Headless subcommands run without a display;
// otherwise the main window opens on the club database.
#include "app/cli.h"
#include "app/logging.h"
#include "store/store.h"
#include "ui/common/uilocale.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

#include <cstdio>
#include <memory>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SABC"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("southaustinbassclub.org"));
    QCoreApplication::setApplicationName(QStringLiteral("SABC Tournament Manager"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SABC_VERSION));
}

void installTranslators(QCoreApplication &app)
{
    // The language follows the system unless the user chose one (View > Language).
    const QString chosen = QSettings().value(QStringLiteral("language")).toString();
    UiLocale::install(UiLocale::forLanguage(chosen), QStringLiteral(":/i18n"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath), &app);
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (cli::needsGraphics(arguments)) {
        // Reports draw fonts and charts into PDFs: a GUI application on the offscreen platform,
        // so they still run without a display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        setIdentity();
        installTranslators(app);
        logging::install(true);
        return cli::run(app.arguments());
    }
    if (cli::isHeadless(arguments)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        installTranslators(app);
        logging::install(true);
        return cli::run(app.arguments());
    }

#ifdef Q_OS_LINUX
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        QCoreApplication app(argc, argv);
        setIdentity();
        installTranslators(app);
        std::fputs(qPrintable(QCoreApplication::translate(
                       "main", "sabc: there is no display to open the window on. The commands of "
                               "sabc --help work without one.\n")),
                   stderr);
        return 2;
    }
#endif

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.southaustinbassclub.sabc-128.png")));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.southaustinbassclub.sabc"));
    installTranslators(app);
    logging::install(false);

    QString path = cli::databaseToOpen(app.arguments());
    if (path.isEmpty())
        path = QSettings().value(QStringLiteral("lastFile")).toString();
    if (path.isEmpty())
        path = Store::defaultPath();

    MainWindow window;
    window.show();
    window.openDatabase(path);
    return app.exec();
}
