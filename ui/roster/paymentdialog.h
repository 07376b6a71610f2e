// PaymentDialog: records a dues payment of one angler (amount, date, method, note) and shows what
// it does to the season they are paid through, with their payment history underneath. Recording
// is an undoable command; undo appends a reversing ledger entry.
#pragma once

#include "commands/command.h"
#include "store/store.h"

#include <QDialog>
#include <QPointer>

class PaymentHistoryModel;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QUndoStack;

class PaymentDialog : public QDialog
{
    Q_OBJECT
public:
    PaymentDialog(Store *store, QUndoStack *undoStack, const QString &anglerId,
                  QWidget *parent = nullptr);

    QLineEdit *amountEdit() const { return m_amount; }
    QDateEdit *dateEdit() const { return m_date; }
    QComboBox *methodBox() const { return m_method; }
    QLineEdit *noteEdit() const { return m_note; }
    PaymentHistoryModel *history() const { return m_history; }
    QString errorText() const;
    QString effectText() const;

    // Who shows a later failed undo or redo of the dialog's edit (the roster's actions).
    void setUndoErrorHandler(commands::ErrorHandler handler) { m_onUndoError = std::move(handler); }

    void accept() override;

private:
    void updateEffect();

    QPointer<Store> m_store;
    QUndoStack *m_undoStack;
    commands::ErrorHandler m_onUndoError;
    QString m_anglerId;
    QString m_name;
    int m_paidThrough = 0;
    QLineEdit *m_amount;
    QDateEdit *m_date;
    QComboBox *m_method;
    QLineEdit *m_note;
    QLabel *m_effect;
    QLabel *m_error;
    PaymentHistoryModel *m_history;
    QTableView *m_table;
};
