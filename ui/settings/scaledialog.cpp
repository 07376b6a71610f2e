#include "ui/settings/scaledialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSerialPortInfo>
#include <QVBoxLayout>

namespace {
constexpr int customProtocol = 2;
}

ScaleDialog::ScaleDialog(ScaleReader *reader, QWidget *parent) : QDialog(parent), m_reader(reader)
{
    setObjectName(QStringLiteral("scaleDialog"));
    setWindowTitle(tr("Scale"));

    m_port = new QComboBox(this);
    m_port->setObjectName(QStringLiteral("portBox"));
    m_port->setEditable(true);
    m_port->setMinimumContentsLength(28);
    m_port->setToolTip(tr("The serial port the scale's cable is on (a USB adapter shows as "
                          "/dev/ttyUSB0 or COM3). Type a name the list does not show."));
    m_refresh = new QPushButton(tr("Re&fresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshPortsButton"));
    m_refresh->setToolTip(tr("List the ports again (after plugging the cable in)"));
    m_baud = new QComboBox(this);
    m_baud->setObjectName(QStringLiteral("baudBox"));
    m_baud->setEditable(true);
    for (int b : {1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200})
        m_baud->addItem(QString::number(b));
    m_dataBits = new QComboBox(this);
    m_dataBits->setObjectName(QStringLiteral("dataBitsBox"));
    for (int b : {8, 7, 6, 5})
        m_dataBits->addItem(QString::number(b), b);
    m_parity = new QComboBox(this);
    m_parity->setObjectName(QStringLiteral("parityBox"));
    m_parity->addItem(tr("None"), int(QSerialPort::NoParity));
    m_parity->addItem(tr("Even"), int(QSerialPort::EvenParity));
    m_parity->addItem(tr("Odd"), int(QSerialPort::OddParity));
    m_parity->addItem(tr("Space"), int(QSerialPort::SpaceParity));
    m_parity->addItem(tr("Mark"), int(QSerialPort::MarkParity));
    m_stopBits = new QComboBox(this);
    m_stopBits->setObjectName(QStringLiteral("stopBitsBox"));
    m_stopBits->addItem(QStringLiteral("1"), int(QSerialPort::OneStop));
    m_stopBits->addItem(QLocale().toString(1.5, 'f', 1), int(QSerialPort::OneAndHalfStop));
    m_stopBits->addItem(QStringLiteral("2"), int(QSerialPort::TwoStop));
    m_protocol = new QComboBox(this);
    m_protocol->setObjectName(QStringLiteral("protocolBox"));
    m_protocol->addItem(tr("Common line (ST,GS,+0012.34lb)"), QStringLiteral("ad"));
    m_protocol->addItem(tr("Mettler-Toledo SICS (S S 12.34 lb)"), QStringLiteral("sics"));
    m_protocol->addItem(tr("Custom pattern"), QString());
    m_pattern = new QLineEdit(this);
    m_pattern->setObjectName(QStringLiteral("patternEdit"));
    m_pattern->setPlaceholderText(QStringLiteral("^(?<stable>S)?.*?(?<value>[-+]?[0-9.]+)\\s*(?<unit>lb|kg|oz)"));
    m_patternHelp = new QLabel(
        tr("A regular expression with the groups (?<value>…) for the number, (?<unit>…) for lb, "
           "kg, g, oz or lb-oz (pounds when left out) and (?<stable>…), which matches only when "
           "the reading is stable."),
        this);
    m_patternHelp->setWordWrap(true);

    auto *form = new QFormLayout;
    auto *portRow = new QHBoxLayout;
    portRow->addWidget(m_port, 1);
    portRow->addWidget(m_refresh);
    auto *portLabel = new QLabel(tr("&Port"), this);
    portLabel->setBuddy(m_port);
    form->addRow(portLabel, portRow);
    form->addRow(tr("&Baud"), m_baud);
    form->addRow(tr("&Data bits"), m_dataBits);
    form->addRow(tr("Pa&rity"), m_parity);
    form->addRow(tr("&Stop bits"), m_stopBits);
    form->addRow(tr("Pr&otocol"), m_protocol);
    form->addRow(tr("Patter&n"), m_pattern);
    form->addRow(QString(), m_patternHelp);

    auto *testBox = new QGroupBox(tr("Live reading"), this);
    m_test = new QPushButton(tr("&Test"), testBox);
    m_test->setObjectName(QStringLiteral("testButton"));
    m_test->setToolTip(tr("Read the scale with these settings: put a weight on it and watch the "
                          "reading"));
    m_reading = new QLabel(tr("—"), testBox);
    m_reading->setObjectName(QStringLiteral("testReading"));
    QFont big = m_reading->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    m_reading->setFont(big);
    m_reading->setMinimumWidth(QFontMetrics(big).horizontalAdvance(QStringLiteral("0000.00 lb")));
    m_stable = new QLabel(testBox);
    m_stable->setObjectName(QStringLiteral("testStable"));
    m_status = new QLabel(testBox);
    m_status->setObjectName(QStringLiteral("testStatus"));
    m_status->setWordWrap(true);
    auto *testLayout = new QVBoxLayout(testBox);
    auto *readingRow = new QHBoxLayout;
    readingRow->addWidget(m_test);
    readingRow->addSpacing(12);
    readingRow->addWidget(m_reading);
    readingRow->addWidget(m_stable);
    readingRow->addStretch();
    testLayout->addLayout(readingRow);
    testLayout->addWidget(m_status);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("scaleProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(testBox);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_refresh, &QPushButton::clicked, this, &ScaleDialog::refreshPorts);
    connect(m_test, &QPushButton::clicked, this, &ScaleDialog::test);
    connect(m_protocol, &QComboBox::currentIndexChanged, this, &ScaleDialog::updateProtocol);
    connect(buttons, &QDialogButtonBox::accepted, this, &ScaleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ScaleDialog::reject);
    if (m_reader) {
        connect(m_reader, &ScaleReader::readingReceived, this, &ScaleDialog::updateReading);
        connect(m_reader, &ScaleReader::stateChanged, this, &ScaleDialog::updateReading);
        m_before = m_reader->settings();
    }
    if (!m_before.configured())
        m_before = ScaleSettings::load();
    refreshPorts();
    showSettings(m_before);
    updateReading();
}

void ScaleDialog::refreshPorts()
{
    const QString current = chosen().port;
    m_port->clear();
    for (const QSerialPortInfo &info : QSerialPortInfo::availablePorts()) {
        const QString description = info.description().isEmpty()
                                        ? info.manufacturer()
                                        : info.description();
        m_port->addItem(description.isEmpty()
                            ? info.systemLocation()
                            : tr("%1 — %2").arg(info.systemLocation(), description),
                        info.systemLocation());
    }
    if (m_port->count() == 0)
        m_port->setPlaceholderText(tr("No serial port found: plug the scale's cable in and "
                                      "press Refresh"));
    const int found = m_port->findData(current);
    if (found >= 0)
        m_port->setCurrentIndex(found);
    else
        m_port->setEditText(current);
}

ScaleSettings ScaleDialog::chosen() const
{
    ScaleSettings s;
    const QString text = m_port->currentText().trimmed();
    const int index = m_port->findText(text);
    s.port = index >= 0 ? m_port->itemData(index).toString() : text;
    bool ok = false;
    const int baud = m_baud->currentText().trimmed().toInt(&ok);
    s.baud = ok && baud > 0 ? baud : 9600;
    s.dataBits = m_dataBits->currentData().toInt();
    s.parity = QSerialPort::Parity(m_parity->currentData().toInt());
    s.stopBits = QSerialPort::StopBits(m_stopBits->currentData().toInt());
    s.protocol = m_protocol->currentIndex() == customProtocol ? m_pattern->text()
                                                              : m_protocol->currentData().toString();
    return s;
}

void ScaleDialog::showSettings(const ScaleSettings &s)
{
    const int port = m_port->findData(s.port);
    if (port >= 0)
        m_port->setCurrentIndex(port);
    else
        m_port->setEditText(s.port);
    m_baud->setEditText(QString::number(s.baud));
    m_dataBits->setCurrentIndex(std::max(0, m_dataBits->findData(s.dataBits)));
    m_parity->setCurrentIndex(std::max(0, m_parity->findData(int(s.parity))));
    m_stopBits->setCurrentIndex(std::max(0, m_stopBits->findData(int(s.stopBits))));
    const int known = m_protocol->findData(s.protocol.trimmed().toLower());
    if (known >= 0 && !s.protocol.isEmpty()) {
        m_protocol->setCurrentIndex(known);
    } else {
        m_protocol->setCurrentIndex(customProtocol);
        m_pattern->setText(s.protocol);
    }
    updateProtocol();
}

void ScaleDialog::updateProtocol()
{
    const bool custom = m_protocol->currentIndex() == customProtocol;
    m_pattern->setEnabled(custom);
    m_patternHelp->setEnabled(custom);
}

void ScaleDialog::test()
{
    m_problem->hide();
    const ScaleSettings s = chosen();
    if (!s.configured()) {
        m_problem->setText(tr("Choose the scale's port first."));
        m_problem->show();
        m_port->setFocus();
        return;
    }
    if (auto p = ScaleProtocol::fromSpec(s.protocol); !p) {
        m_problem->setText(p.error());
        m_problem->show();
        m_pattern->setFocus();
        return;
    }
    if (!m_reader)
        return;
    m_testing = true;
    if (Status started = m_reader->start(s); !started) {
        m_problem->setText(started.error());
        m_problem->show();
    }
    updateReading();
}

void ScaleDialog::updateReading()
{
    if (!m_reader)
        return;
    m_status->setText(m_reader->stateText());
    const ScaleReading r = m_reader->lastReading();
    if (m_reader->state() != ScaleReader::State::Reading) {
        m_reading->setText(tr("—"));
        m_stable->setText(m_reader->state() == ScaleReader::State::Off ? QString()
                                                                        : tr("no reading"));
        m_stable->setStyleSheet(QString());
        return;
    }
    switch (r.kind) {
    case ScaleReading::Kind::Overload:
        m_reading->setText(tr("Overload"));
        break;
    case ScaleReading::Kind::Underload:
    case ScaleReading::Kind::Weight:
        m_reading->setText(
            tr("%1 lb").arg(Weight::fromHundredths(r.hundredths).toString(QLocale())));
        break;
    case ScaleReading::Kind::Bad:
        m_reading->setText(tr("—"));
        break;
    }
    m_stable->setText(r.stable ? tr("stable") : tr("settling…"));
    m_stable->setStyleSheet(r.stable ? QStringLiteral("color: #1b5e20; font-weight: bold;")
                                     : QStringLiteral("color: #8d6e00;"));
}

void ScaleDialog::accept()
{
    const ScaleSettings s = chosen();
    if (auto p = ScaleProtocol::fromSpec(s.protocol); !p) {
        m_problem->setText(p.error());
        m_problem->show();
        m_pattern->setFocus();
        return;
    }
    s.save();
    // (A port that cannot be opened now is tried again every second; the weigh-in says so.)
    if (m_reader && (m_testing || !(m_reader->settings() == s)))
        (void)m_reader->start(s);
    m_testing = false;
    QDialog::accept();
}

void ScaleDialog::reject()
{
    if (m_testing && m_reader)
        (void)m_reader->start(m_before); // back to what the weigh-in read before
    m_testing = false;
    QDialog::reject();
}
