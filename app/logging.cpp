#include "app/logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QStandardPaths>

#include <cstdio>

namespace {

constexpr qint64 maxFileSize = 1024 * 1024;
constexpr int keptFiles = 5;

QMutex logMutex;
QFile *logFile = nullptr;
bool quietInfo = false;
QtMessageHandler previousHandler = nullptr;

void rotate()
{
    const QString base = logging::logFilePath();
    logFile->close();
    QFile::remove(base + QStringLiteral(".%1").arg(keptFiles - 1));
    for (int i = keptFiles - 2; i >= 1; --i)
        QFile::rename(base + QStringLiteral(".%1").arg(i), base + QStringLiteral(".%1").arg(i + 1));
    QFile::rename(base, base + QStringLiteral(".1"));
    logFile->setFileName(base);
    if (!logFile->open(QIODevice::Append | QIODevice::Text))
        std::fprintf(stderr, "sabc: cannot write the log file %s\n", qPrintable(base));
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray line = QStringLiteral("%1 %2 %3: %4\n")
                                .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                                     QString::fromLatin1(levelName(type)),
                                     QString::fromLatin1(context.category ? context.category : "default"),
                                     message)
                                .toUtf8();
    QMutexLocker lock(&logMutex);
    if (!(quietInfo && (type == QtInfoMsg || type == QtDebugMsg))) {
        std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
        std::fflush(stderr);
    }
    if (logFile && logFile->isOpen()) {
        logFile->write(line);
        logFile->flush();
        if (logFile->size() > maxFileSize)
            rotate();
    }
}

} // namespace

namespace logging {

QString logFilePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("logs/sabc.log"));
}

void install(bool quietStderr)
{
    quietInfo = quietStderr;
    const QString path = logFilePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    static QFile file;
    file.setFileName(path);
    if (file.open(QIODevice::Append | QIODevice::Text))
        logFile = &file;
    else
        std::fprintf(stderr, "sabc: cannot write the log file %s\n", qPrintable(path));
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("sabc.*.debug=false\nsabc.*.info=true"));
    previousHandler = qInstallMessageHandler(handler);
}

} // namespace logging
