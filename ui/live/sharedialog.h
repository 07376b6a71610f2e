// ShareDialog: Weigh-in > Share the leaderboard. Starts the leaderboard server on the club file
// (on a thread of its own), shows the address phones open with a QR code to scan, and stops the
// server when closed. Not modal: the director keeps typing weigh-ins while it is open.
#pragma once

#include <QDialog>

class LiveServerHost;
class QLabel;

class ShareDialog : public QDialog
{
    Q_OBJECT
public:
    ShareDialog(const QString &databasePath, QWidget *parent = nullptr);
    ~ShareDialog() override;

    // Starts sharing on the first free port from 8080; false (and the reason shown in the
    // dialog) when none could be opened.
    bool start();
    QStringList urls() const;

private:
    QString m_path;
    LiveServerHost *m_host = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_qr = nullptr;
    QLabel *m_others = nullptr;
    QLabel *m_status = nullptr;
};
