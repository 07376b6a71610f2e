// ScaleDialog (Weigh-in > Scale…): how this laptop's scale is connected — the serial port (listed,
// with a refresh), baud, data bits, parity, stop bits, and the protocol (the common ST,GS line,
// Mettler-Toledo SICS, or a custom pattern) — kept per laptop (QSettings). Test reads the scale
// with what is chosen and shows the live reading and whether it is stable. OK keeps the settings
// and the weigh-in reads the scale with them; Cancel goes back to what was there.
#pragma once

#include "scale/scalereader.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

class ScaleDialog : public QDialog
{
    Q_OBJECT
public:
    // `reader` is the app's scale reader (the weigh-in's): Test uses it, OK restarts it.
    explicit ScaleDialog(ScaleReader *reader, QWidget *parent = nullptr);

    // What the fields say (the protocol unchecked).
    ScaleSettings chosen() const;
    void showSettings(const ScaleSettings &settings);

    QComboBox *portBox() const { return m_port; }
    QComboBox *protocolBox() const { return m_protocol; }
    QLineEdit *patternEdit() const { return m_pattern; }
    QPushButton *testButton() const { return m_test; }
    QLabel *readingLabel() const { return m_reading; }
    QLabel *stableLabel() const { return m_stable; }
    QLabel *problemLabel() const { return m_problem; }

    void refreshPorts();
    // Reads the scale with the chosen settings (the live reading shows below).
    void test();
    void accept() override;
    void reject() override;

private:
    void updateReading();
    void updateProtocol();

    QPointer<ScaleReader> m_reader;
    ScaleSettings m_before;
    bool m_testing = false;
    QComboBox *m_port;
    QPushButton *m_refresh;
    QComboBox *m_baud;
    QComboBox *m_dataBits;
    QComboBox *m_parity;
    QComboBox *m_stopBits;
    QComboBox *m_protocol;
    QLineEdit *m_pattern;
    QLabel *m_patternHelp;
    QPushButton *m_test;
    QLabel *m_reading;
    QLabel *m_stable;
    QLabel *m_status;
    QLabel *m_problem;
};
