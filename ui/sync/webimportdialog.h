// WebImportDialog: File > Import from the Club Web Site…: brings the club's history in from its
// former web app's PostgreSQL database. The officer types the server's address and signs in
// (the password is used for this import only; empty: the keychain's, PGPASSWORD or ~/.pgpass),
// previews what would come in, what would be left out and what needs a look (a dry run that
// writes nothing), then imports with a progress bar. One transaction: a failure changes nothing.
#pragma once

#include "webimport/webimporter.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class Store;

class WebImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit WebImportDialog(Store *store, QWidget *parent = nullptr);

    QLineEdit *addressField() const { return m_address; }
    QLineEdit *passwordField() const { return m_password; }
    QPushButton *previewButton() const { return m_previewButton; }
    QPushButton *importButton() const { return m_importButton; }
    QString reportText() const;
    QString errorText() const;
    // Seasons brought in by the import (empty before it ran).
    QList<int> importedSeasons() const { return m_seasons; }

    // Runs the dry run (preview) or the import; true when it worked.
    bool preview();
    bool runImport();

private:
    bool run(bool dryRun);
    void showError(const QString &message);

    QPointer<Store> m_store;
    QLineEdit *m_address;
    QLineEdit *m_password;
    QLabel *m_status;
    QPlainTextEdit *m_report;
    QProgressBar *m_progress;
    QPushButton *m_previewButton;
    QPushButton *m_importButton;
    QPushButton *m_closeButton;
    QString m_previewedAddress;
    QList<int> m_seasons;
};
