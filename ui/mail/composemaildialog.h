// ComposeMailDialog: Mailbox > Write to the Members…: a tournament's results (standings of the day,
// big bass, payouts, the results PDF attached), the season's standings (PDF attached) or a news
// post (subject and text). Shows how many people will get it (opted in to that kind, with a real
// address) and puts it in the outbox, which sends it when the mail server can be reached.
#pragma once

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QStackedWidget;
class Store;

class ComposeMailDialog : public QDialog
{
    Q_OBJECT
public:
    enum Kind { Results, Standings, News };
    ComposeMailDialog(Store *store, QWidget *parent = nullptr);

    QComboBox *kindBox() const { return m_kind; }
    QComboBox *tournamentBox() const { return m_tournament; }
    QSpinBox *seasonBox() const { return m_season; }
    QLineEdit *subjectEdit() const { return m_subject; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QLabel *recipientsLabel() const { return m_recipients; }
    QString errorText() const;
    // The outbox id of the message written, once accepted.
    QString queuedId() const { return m_queued; }

    void accept() override;

private:
    void kindChanged();
    void showError(const QString &message);

    QPointer<Store> m_store;
    QComboBox *m_kind;
    QStackedWidget *m_pages;
    QComboBox *m_tournament;
    QSpinBox *m_season;
    QLineEdit *m_subject;
    QPlainTextEdit *m_text;
    QLabel *m_recipients;
    QLabel *m_error;
    QString m_queued;
};
