// WelcomeDialog: what a first start on an empty club database offers: open the demo club, start
// a new club (name and time zone), or open another database file. The demo and the new club are
// created in the store the dialog was given; opening another file is left to the caller.
#pragma once

#include <QDialog>

class QComboBox;
class QCommandLinkButton;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class Store;

class WelcomeDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { None, DemoClub, NewClub, OpenFile };
    Q_ENUM(Choice)

    explicit WelcomeDialog(Store *store, QWidget *parent = nullptr);

    // What the user chose; set when the dialog is accepted.
    Choice choice() const { return m_choice; }

    // Goes straight to the new club's name and time zone.
    void showNewClubForm();
    // Back to the three choices.
    void showChoices();

    QCommandLinkButton *demoButton() const { return m_demo; }
    QCommandLinkButton *newClubButton() const { return m_newClub; }
    QCommandLinkButton *openFileButton() const { return m_openFile; }
    QLineEdit *clubNameField() const { return m_name; }
    QComboBox *timeZoneBox() const { return m_timeZone; }
    QPushButton *createButton() const { return m_create; }
    // The last error shown in the dialog, or empty.
    QString errorText() const;

private:
    QWidget *createChoicesPage();
    QWidget *createNewClubPage();
    void openDemoClub();
    void createClub();
    void updateCreateButton();
    void showError(const QString &message);

    Store *m_store;
    Choice m_choice = Choice::None;
    QStackedWidget *m_pages = nullptr;
    QCommandLinkButton *m_demo = nullptr;
    QCommandLinkButton *m_newClub = nullptr;
    QCommandLinkButton *m_openFile = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_timeZone = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_create = nullptr;
    QLabel *m_error = nullptr;
};
