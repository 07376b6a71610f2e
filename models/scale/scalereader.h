// ScaleReader: the scale on a serial port (RS-232 or USB-serial). Reads its lines, turns them into
// readings (ScaleProtocol) and bags (BagCapture), and copes with what cables do: a port that
// cannot be opened or goes away (the cable pulled) is tried again every second until it is back,
// and a scale that sends nothing for a few seconds is "no reading". No widgets.
#pragma once

#include "core/result.h"
#include "core/weight.h"
#include "scale/bagcapture.h"
#include "scale/scaleprotocol.h"

#include <QObject>
#include <QSerialPort>
#include <QString>
#include <QTimer>

class QSettings;

// How the scale is connected, kept per laptop (QSettings group "scale").
struct ScaleSettings
{
    QString port; // "/dev/ttyUSB0", "COM3"; empty: no scale
    int baud = 9600;
    int dataBits = 8;                          // 5..8
    QSerialPort::Parity parity = QSerialPort::NoParity;
    QSerialPort::StopBits stopBits = QSerialPort::OneStop;
    QString protocol = QStringLiteral("ad");   // "ad", "sics" or a pattern

    bool configured() const { return !port.isEmpty(); }
    static ScaleSettings load();
    static ScaleSettings load(QSettings &settings);
    void save() const;
    void save(QSettings &settings) const;
    bool operator==(const ScaleSettings &) const = default;
};

class ScaleReader : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Off,          // no port set up
        Disconnected, // the port cannot be opened (now): trying again every second
        NoReading,    // connected, nothing readable arrived for a while
        Reading,      // readings arrive: lastReading()
    };

    explicit ScaleReader(QObject *parent = nullptr);
    ~ScaleReader() override;

    // Opens the port with these settings (closing any open one). A bad protocol fails and
    // changes nothing. A port that cannot be opened fails with the reason; the reader then keeps
    // trying it every second (State::Disconnected), unless stop() is called.
    Status start(const ScaleSettings &settings);
    void stop();
    const ScaleSettings &settings() const { return m_settings; }

    State state() const { return m_state; }
    // The state in words for the page: "Scale: 12.34 lb, stable", "Scale on /dev/ttyUSB0: no
    // reading", "Scale on COM3 not connected: ... Trying again…".
    QString stateText() const;
    ScaleReading lastReading() const { return m_last; }
    QString lastProblem() const { return m_problem; }
    // Lines that were no reading (garbage, cut-off lines, error answers) and overloads.
    int badLines() const { return m_badLines; }
    int overloads() const { return m_overloads; }

    // Test hooks: how long without a reading makes "no reading", how often a lost port is tried.
    void setNoReadingAfter(int ms) { m_silence.setInterval(ms); }
    void setRetryEvery(int ms) { m_retry.setInterval(ms); }

signals:
    void readingReceived(const ScaleReading &reading);
    // A new bag on the scale (BagCapture): each bag once.
    void bagCaptured(Weight bag);
    // The scale is back at zero after a bag: that bag is gone.
    void scaleEmptied();
    void badLine(const QByteArray &line, const QString &why);
    void stateChanged(ScaleReader::State state);
    // "Scale on ... disconnected", "... connected again": worth telling the user once.
    void notice(const QString &text);

private:
    Status open();
    void readAvailable();
    void lost(const QString &why);
    void retry();
    void setState(State s);
    void onSilence();

    ScaleSettings m_settings;
    ScaleProtocol m_protocol;
    QSerialPort m_port;
    LineAssembler m_lines;
    BagCapture m_capture;
    QTimer m_retry;
    QTimer m_silence;
    State m_state = State::Off;
    ScaleReading m_last;
    QString m_problem;
    bool m_wasConnected = false;
    int m_badLines = 0;
    int m_overloads = 0;
};
