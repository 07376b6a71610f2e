#include "ui/roster/paymentdialog.h"

#include "core/clubrules.h"
#include "itemmodels/paymenthistorymodel.h"
#include "roster/anglerstore.h"
#include "roster/duespolicy.h"
#include "store/store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

PaymentDialog::PaymentDialog(Store *store, QUndoStack *undoStack, const QString &anglerId,
                             QWidget *parent)
    : QDialog(parent), m_store(store), m_undoStack(undoStack), m_anglerId(anglerId),
      m_amount(new QLineEdit(this)), m_date(new QDateEdit(this)), m_method(new QComboBox(this)),
      m_note(new QLineEdit(this)), m_effect(new QLabel(this)), m_error(new QLabel(this)),
      m_history(new PaymentHistoryModel(store, this)), m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("paymentDialog"));
    const DuesPolicy policy;
    if (store) {
        Result<Angler> a = AnglerStore(store).angler(anglerId);
        if (a) {
            m_name = a->fullName;
            m_paidThrough = a->duesPaidThrough;
        } else {
            m_error->setText(a.error());
        }
    }
    setWindowTitle(tr("Record Payment: %1").arg(m_name));
    const QDate today = store ? store->clubTime().today() : QDate::currentDate();

    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setText(policy.seasonDues.toPlainString());
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(today);
    m_date->setDate(today);
    m_method->setObjectName(QStringLiteral("method"));
    for (const QString &method : ClubRules::paymentMethods())
        m_method->addItem(ClubRules::methodText(method), method);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlaceholderText(tr("Check number, receipt, ..."));
    m_effect->setObjectName(QStringLiteral("effect"));
    m_effect->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b03a2e;"));

    if (Status s = m_history->setAngler(anglerId); !s)
        m_error->setText(s.error());
    m_table->setObjectName(QStringLiteral("history"));
    m_table->setModel(m_history);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setMinimumHeight(140);

    auto *form = new QFormLayout;
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("N&ote:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Record Payment"), QDialogButtonBox::AcceptRole)->setDefault(true);
    auto *historyLabel = new QLabel(tr("Payment &history:"), this);
    historyLabel->setBuddy(m_table);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_effect);
    layout->addWidget(m_error);
    layout->addWidget(historyLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PaymentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PaymentDialog::reject);
    connect(m_amount, &QLineEdit::textChanged, this, &PaymentDialog::updateEffect);
    connect(m_date, &QDateEdit::dateChanged, this, &PaymentDialog::updateEffect);
    updateEffect();
    resize(520, 460);
    m_amount->setFocus();
    m_amount->selectAll();
}

QString PaymentDialog::errorText() const
{
    return m_error->text();
}

QString PaymentDialog::effectText() const
{
    return m_effect->text();
}

void PaymentDialog::updateEffect()
{
    Result<Money> amount = Money::parse(m_amount->text());
    if (!amount) {
        m_effect->setText(amount.error());
        return;
    }
    const DuesPolicy policy;
    const DuesPolicy::Outcome out = policy.apply(m_paidThrough, m_date->date(), amount.value());
    const QString before =
        m_paidThrough > 0 ? tr("Paid through %1.").arg(m_paidThrough) : tr("No dues paid yet.");
    QString after;
    if (out.seasons == 0)
        after = tr("This is less than one season's dues (%1), so paid-through does not change.")
                    .arg(policy.seasonDues.toString());
    else
        after = tr("After this payment: paid through %1.").arg(out.paidThrough);
    if (out.seasons > 0 && !out.leftOver.isZero())
        after += QLatin1Char(' ') +
                 tr("%1 is more than whole seasons' dues.").arg(out.leftOver.toString());
    m_effect->setText(before + QLatin1Char(' ') + after);
}

void PaymentDialog::accept()
{
    if (!m_store)
        return;
    Result<Money> amount = Money::parse(m_amount->text());
    if (!amount) {
        m_error->setText(amount.error());
        m_amount->setFocus();
        return;
    }
    const PaymentInput payment{amount.value(), m_date->date(), m_method->currentData().toString(),
                               m_note->text()};
    // Dues for several seasons at once are rare; a slip of the finger ($1,250 for $25) is not.
    const DuesPolicy::Outcome out = DuesPolicy().apply(m_paidThrough, payment.date, payment.amount);
    if (out.seasons > 1) {
        QMessageBox box(QMessageBox::Question, tr("Record Payment"),
                        tr("%1 pays the dues of %n season(s): %2 will be paid through %3. "
                           "Record it?",
                           nullptr, out.seasons)
                            .arg(payment.amount.toString(), m_name)
                            .arg(out.paidThrough),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("manySeasonsQuestion"));
        QPushButton *record = box.addButton(tr("&Record Payment"), QMessageBox::AcceptRole);
        QPushButton *back = box.addButton(tr("&Go Back"), QMessageBox::RejectRole);
        box.setDefaultButton(back);
        box.setEscapeButton(back);
        box.exec();
        if (box.clickedButton() != record) {
            m_amount->setFocus();
            m_amount->selectAll();
            return;
        }
    }
    Status s =
        commands::recordPayment(m_undoStack, m_store, m_anglerId, m_name, payment, m_onUndoError);
    if (!s) {
        m_error->setText(s.error());
        return;
    }
    QDialog::accept();
}
