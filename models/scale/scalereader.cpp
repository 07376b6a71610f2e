#include "scale/scalereader.h"

#include <QFileInfo>
#include <QLocale>
#include <QSettings>

ScaleSettings ScaleSettings::load()
{
    QSettings settings;
    return load(settings);
}

ScaleSettings ScaleSettings::load(QSettings &settings)
{
    ScaleSettings s;
    settings.beginGroup(QStringLiteral("scale"));
    s.port = settings.value(QStringLiteral("port")).toString();
    s.baud = settings.value(QStringLiteral("baud"), s.baud).toInt();
    s.dataBits = std::clamp(settings.value(QStringLiteral("dataBits"), s.dataBits).toInt(), 5, 8);
    const QString parity = settings.value(QStringLiteral("parity")).toString();
    s.parity = parity == QLatin1String("even")    ? QSerialPort::EvenParity
               : parity == QLatin1String("odd")   ? QSerialPort::OddParity
               : parity == QLatin1String("space") ? QSerialPort::SpaceParity
               : parity == QLatin1String("mark")  ? QSerialPort::MarkParity
                                                  : QSerialPort::NoParity;
    const QString stop = settings.value(QStringLiteral("stopBits")).toString();
    s.stopBits = stop == QLatin1String("2")     ? QSerialPort::TwoStop
                 : stop == QLatin1String("1.5") ? QSerialPort::OneAndHalfStop
                                                : QSerialPort::OneStop;
    s.protocol = settings.value(QStringLiteral("protocol"), s.protocol).toString();
    settings.endGroup();
    if (s.baud <= 0)
        s.baud = 9600;
    return s;
}

void ScaleSettings::save() const
{
    QSettings settings;
    save(settings);
}

void ScaleSettings::save(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("scale"));
    settings.setValue(QStringLiteral("port"), port);
    settings.setValue(QStringLiteral("baud"), baud);
    settings.setValue(QStringLiteral("dataBits"), dataBits);
    const char *parityName = "none";
    switch (parity) {
    case QSerialPort::EvenParity:
        parityName = "even";
        break;
    case QSerialPort::OddParity:
        parityName = "odd";
        break;
    case QSerialPort::SpaceParity:
        parityName = "space";
        break;
    case QSerialPort::MarkParity:
        parityName = "mark";
        break;
    default:
        break;
    }
    settings.setValue(QStringLiteral("parity"), QString::fromLatin1(parityName));
    settings.setValue(QStringLiteral("stopBits"),
                      stopBits == QSerialPort::TwoStop          ? QStringLiteral("2")
                      : stopBits == QSerialPort::OneAndHalfStop ? QStringLiteral("1.5")
                                                                : QStringLiteral("1"));
    settings.setValue(QStringLiteral("protocol"), protocol);
    settings.endGroup();
}

ScaleReader::ScaleReader(QObject *parent) : QObject(parent)
{
    m_retry.setInterval(1000);
    m_silence.setInterval(3000);
    m_silence.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ScaleReader::retry);
    connect(&m_silence, &QTimer::timeout, this, &ScaleReader::onSilence);
    connect(&m_port, &QSerialPort::readyRead, this, &ScaleReader::readAvailable);
    connect(&m_port, &QSerialPort::errorOccurred, this, [this](QSerialPort::SerialPortError e) {
        if (e == QSerialPort::NoError || e == QSerialPort::TimeoutError || !m_port.isOpen())
            return;
        // (Closed after the port's own handling of the error is over.)
        const QString why = e == QSerialPort::ResourceError
                                ? tr("the cable or the adapter was pulled out")
                                : m_port.errorString();
        QMetaObject::invokeMethod(this, [this, why] {
            if (m_port.isOpen())
                lost(why);
        }, Qt::QueuedConnection);
    });
}

ScaleReader::~ScaleReader()
{
    // (No signals from a half-destroyed reader.)
    m_port.disconnect(this);
    if (m_port.isOpen())
        m_port.close();
}

Status ScaleReader::start(const ScaleSettings &settings)
{
    auto protocol = ScaleProtocol::fromSpec(settings.protocol);
    if (!protocol)
        return Status::failure(protocol.error());
    stop();
    m_settings = settings;
    m_protocol = protocol.value();
    m_capture.reset();
    m_badLines = 0;
    m_overloads = 0;
    m_wasConnected = false;
    if (!settings.configured()) {
        setState(State::Off);
        return Status::success();
    }
    Status opened = open();
    if (!opened) {
        m_problem = opened.error();
        setState(State::Disconnected);
        m_retry.start();
    }
    return opened;
}

void ScaleReader::stop()
{
    m_retry.stop();
    m_silence.stop();
    if (m_port.isOpen())
        m_port.close();
    m_lines.clear();
    m_last = ScaleReading();
    m_problem.clear();
    m_settings = ScaleSettings();
    setState(State::Off);
}

Status ScaleReader::open()
{
    if (m_port.isOpen())
        m_port.close();
    m_port.setPortName(m_settings.port);
    if (!m_port.open(QIODevice::ReadOnly))
        return Status::failure(tr("The scale's port %1 cannot be opened: %2.")
                                   .arg(m_settings.port, m_port.errorString()));
    const bool set = m_port.setBaudRate(m_settings.baud) &&
                     m_port.setDataBits(QSerialPort::DataBits(m_settings.dataBits)) &&
                     m_port.setParity(m_settings.parity) &&
                     m_port.setStopBits(m_settings.stopBits) &&
                     m_port.setFlowControl(QSerialPort::NoFlowControl);
    if (!set) {
        const QString why = m_port.errorString();
        m_port.close();
        return Status::failure(
            tr("The scale's port %1 does not take these settings: %2.").arg(m_settings.port, why));
    }
    m_lines.clear();
    m_problem.clear();
    if (m_wasConnected)
        emit notice(tr("The scale on %1 is connected again.").arg(m_settings.port));
    m_wasConnected = true;
    setState(State::NoReading);
    m_silence.start();
    return Status::success();
}

void ScaleReader::lost(const QString &why)
{
    if (!m_settings.configured())
        return;
    m_silence.stop();
    if (m_port.isOpen())
        m_port.close();
    m_lines.clear();
    m_problem = tr("the connection was lost (%1)").arg(why);
    emit notice(tr("The scale on %1 is disconnected (%2). Trying again every second…")
                    .arg(m_settings.port, why));
    setState(State::Disconnected);
    m_retry.start();
}

void ScaleReader::retry()
{
    if (!m_settings.configured()) {
        m_retry.stop();
        return;
    }
    Status s = open();
    if (s) {
        m_retry.stop();
        return;
    }
    if (m_problem != s.error()) {
        m_problem = s.error();
        emit stateChanged(m_state);
    }
}

void ScaleReader::readAvailable()
{
    const QByteArray bytes = m_port.readAll();
    if (bytes.isEmpty())
        return;
    for (const QByteArray &line : m_lines.feed(bytes)) {
        const ScaleReading r = m_protocol.parse(line);
        if (r.kind == ScaleReading::Kind::Bad || r.kind == ScaleReading::Kind::Overload) {
            ++(r.kind == ScaleReading::Kind::Bad ? m_badLines : m_overloads);
            emit badLine(line, r.kind == ScaleReading::Kind::Bad ? r.problem : tr("overload"));
        }
        if (r.kind == ScaleReading::Kind::Bad)
            continue;
        m_last = r;
        m_silence.start();
        setState(State::Reading);
        emit readingReceived(r);
        switch (m_capture.feed(r)) {
        case BagCapture::Event::Captured:
            emit bagCaptured(m_capture.bag());
            break;
        case BagCapture::Event::Emptied:
            emit scaleEmptied();
            break;
        case BagCapture::Event::None:
            break;
        }
    }
}

void ScaleReader::onSilence()
{
    // A USB adapter pulled out: the device is gone even when no error came.
    if (!m_port.portName().isEmpty() && m_port.portName().startsWith(u'/') &&
        !QFileInfo::exists(m_port.portName())) {
        lost(tr("the device is gone"));
        return;
    }
    m_last = ScaleReading();
    setState(State::NoReading);
}

void ScaleReader::setState(State s)
{
    if (s == m_state && s != State::Reading)
        return;
    m_state = s;
    emit stateChanged(s);
}

QString ScaleReader::stateText() const
{
    switch (m_state) {
    case State::Off:
        return tr("No scale set up (Weigh-in > Scale…).");
    case State::Disconnected:
        return tr("Scale on %1 not connected: %2 Trying again every second…")
            .arg(m_settings.port, m_problem.endsWith(u'.') ? m_problem : m_problem + u'.');
    case State::NoReading:
        return tr("Scale on %1: no reading.").arg(m_settings.port);
    case State::Reading:
        break;
    }
    const QLocale locale;
    switch (m_last.kind) {
    case ScaleReading::Kind::Overload:
        return tr("Scale: overload.");
    case ScaleReading::Kind::Underload:
        return tr("Scale: below zero.");
    case ScaleReading::Kind::Bad:
        return tr("Scale on %1: no reading.").arg(m_settings.port);
    case ScaleReading::Kind::Weight:
        break;
    }
    const QString weight = Weight::fromHundredths(m_last.hundredths).toString(locale);
    return m_last.stable ? tr("Scale: %1 lb, stable.").arg(weight)
                         : tr("Scale: %1 lb, settling…").arg(weight);
}
