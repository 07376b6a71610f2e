// File > Publish Results…: writes the club's results site (SiteWriter) into a folder the user
// chooses, for the seasons ticked, says what was written (or why it could not be) and opens the
// folder. The folder chosen last is remembered.
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class Store;

class PublishDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PublishDialog(Store *store, QWidget *parent = nullptr);

    QString folder() const;
    void setFolder(const QString &folder);
    // The ticked seasons, newest first.
    QList<int> chosenSeasons() const;
    // Ticks only `seasons` (tests).
    void chooseSeasons(const QList<int> &seasons);
    // What the last publish said ("" before).
    QString outcome() const;

public slots:
    void publish();
    void openFolder();

private:
    void browse();
    Store *m_store;
    QLineEdit *m_folder;
    QListWidget *m_seasons;
    QLabel *m_outcome;
    QPlainTextEdit *m_files;
    QPushButton *m_publishButton;
    QPushButton *m_openButton;
    QString m_written; // the folder last written
};
