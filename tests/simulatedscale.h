// A scale on a serial cable, simulated with a pseudo-terminal pair (socat -d -d
// pty,raw,echo=0 pty,raw,echo=0): the app opens port(), the "scale" writes its lines into the
// other end. pullOut() ends socat (the cable pulled: both devices go away), plugIn() starts it
// again under the same names. Used by the scale tests of the reader, the command line and the
// weigh-in sheet.
#pragma once

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

class SimulatedScale
{
public:
    explicit SimulatedScale(const QString &dir)
        : m_scaleEnd(QDir(dir).filePath(QStringLiteral("scale"))),
          m_appEnd(QDir(dir).filePath(QStringLiteral("port")))
    {
    }
    ~SimulatedScale() { pullOut(); }

    static bool available() { return !QStandardPaths::findExecutable(QStringLiteral("socat")).isEmpty(); }
    // The app's end of the cable.
    QString port() const { return m_appEnd; }

    // Starts the pair and opens the scale's end; false (with a warning) when it does not come up.
    bool plugIn()
    {
        pullOut();
        m_socat.setProcessChannelMode(QProcess::MergedChannels);
        m_socat.start(QStringLiteral("socat"),
                      {QStringLiteral("-d"), QStringLiteral("-d"),
                       QStringLiteral("pty,raw,echo=0,link=%1").arg(m_scaleEnd),
                       QStringLiteral("pty,raw,echo=0,link=%1").arg(m_appEnd)});
        if (!m_socat.waitForStarted(5000)) {
            qWarning() << "socat did not start:" << m_socat.errorString();
            return false;
        }
        // socat says "starting data transfer loop" once both ends exist.
        QByteArray said;
        while (!said.contains("starting data transfer loop")) {
            if (!m_socat.waitForReadyRead(5000)) {
                qWarning() << "socat did not set up the pair:" << said;
                return false;
            }
            said += m_socat.readAll();
        }
        m_fd = ::open(QFile::encodeName(m_scaleEnd).constData(), O_WRONLY | O_NOCTTY);
        if (m_fd < 0) {
            qWarning() << "cannot open the scale's end" << m_scaleEnd;
            return false;
        }
        return true;
    }

    // The cable pulled: the scale's end closed, socat ended, both devices gone.
    void pullOut()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
        if (m_socat.state() != QProcess::NotRunning) {
            m_socat.terminate();
            if (!m_socat.waitForFinished(5000)) {
                m_socat.kill();
                m_socat.waitForFinished(5000);
            }
        }
        QFile::remove(m_scaleEnd);
        QFile::remove(m_appEnd);
    }

    bool send(const QByteArray &bytes)
    {
        if (m_fd < 0)
            return false;
        return ::write(m_fd, bytes.constData(), size_t(bytes.size())) == bytes.size();
    }

    // One bag as a scale sends it: settling readings, then stable ones.
    bool sendBag(const QByteArray &weight)
    {
        return send("US,GS,+0001.20lb\r\nUS,GS,+00" + weight + "lb\r\nST,GS,+00" + weight +
                    "lb\r\nST,GS,+00" + weight + "lb\r\n");
    }
    bool sendZero() { return send("US,GS,+0000.40lb\r\nST,GS,+0000.00lb\r\n"); }

private:
    QString m_scaleEnd;
    QString m_appEnd;
    QProcess m_socat;
    int m_fd = -1;
};
