// LedgerEntryDialog: records one movement of money by hand (an expense, a donation, a deposit,
// a carryover brought from the old books). Amounts are typed as positive dollars and the
// direction is chosen, so nobody types a minus sign; the ledger stores the signed amount.
#pragma once

#include "treasury/ledger.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

class LedgerEntryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LedgerEntryDialog(const QDate &today, int season, QWidget *parent = nullptr);

    // The entry as typed; valid only after accept().
    LedgerPosting posting() const { return m_posting; }

    QLineEdit *amountEdit() const { return m_amount; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *directionBox() const { return m_direction; }

public slots:
    void accept() override;

private:
    QDateEdit *m_date;
    QComboBox *m_kind;
    QComboBox *m_fund;
    QComboBox *m_direction;
    QLineEdit *m_amount;
    QComboBox *m_method;
    QLineEdit *m_note;
    QLabel *m_error;
    int m_season;
    LedgerPosting m_posting;
};
