#include "ui/treasury/ledgerentrydialog.h"

#include "core/clubrules.h"
#include "core/clubtime.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

LedgerEntryDialog::LedgerEntryDialog(const QDate &today, int season, QWidget *parent)
    : QDialog(parent), m_season(season)
{
    setWindowTitle(tr("New ledger entry"));
    m_date = new QDateEdit(today, this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_kind = new QComboBox(this);
    for (LedgerKind k : {LedgerKind::Expense, LedgerKind::Correction, LedgerKind::Carryover,
                         LedgerKind::ClubFund, LedgerKind::Charity, LedgerKind::Dues})
        m_kind->addItem(ledger::kindText(k), int(k));
    m_fund = new QComboBox(this);
    for (Fund f : ledger::allFunds())
        m_fund->addItem(ledger::fundText(f), int(f));
    m_direction = new QComboBox(this);
    m_direction->addItem(tr("Money out of the fund"), -1);
    m_direction->addItem(tr("Money into the fund"), 1);
    m_amount = new QLineEdit(this);
    m_amount->setPlaceholderText(tr("25.00"));
    m_method = new QComboBox(this);
    m_method->addItem(tr("(none)"), QString());
    for (const QString &method : ClubRules::paymentMethods())
        m_method->addItem(ClubRules::methodText(method), method);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlaceholderText(tr("What it was for"));
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();

    // A carryover brought in goes to the big bass pot; an expense leaves the operating fund.
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const auto kind = LedgerKind(m_kind->currentData().toInt());
        if (kind == LedgerKind::Carryover) {
            m_fund->setCurrentIndex(m_fund->findData(int(Fund::BigBassPot)));
            m_direction->setCurrentIndex(1);
        } else if (kind == LedgerKind::Expense) {
            m_fund->setCurrentIndex(m_fund->findData(int(Fund::Operating)));
            m_direction->setCurrentIndex(0);
        } else if (kind == LedgerKind::Dues) {
            m_fund->setCurrentIndex(m_fund->findData(int(Fund::Operating)));
            m_direction->setCurrentIndex(1);
        }
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Fund:"), m_fund);
    form->addRow(tr("D&irection:"), m_direction);
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("N&ote:"), m_note);
    // Not "OK": its access key (Alt+O) is the note's in every other dialog.
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Record Entry"), QDialogButtonBox::AcceptRole)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &LedgerEntryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LedgerEntryDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_amount->setFocus();
}

void LedgerEntryDialog::accept()
{
    auto amount = Money::parse(m_amount->text());
    if (!amount) {
        m_error->setText(amount.error());
        m_error->show();
        m_amount->setFocus();
        return;
    }
    if (amount->isZero()) {
        m_error->setText(tr("An amount of $0.00 records nothing; enter the amount that moved."));
        m_error->show();
        m_amount->setFocus();
        return;
    }
    LedgerPosting p;
    p.date = m_date->date();
    p.season = ClubTime::seasonOf(p.date) == m_season ? m_season : 0;
    p.kind = LedgerKind(m_kind->currentData().toInt());
    p.fund = Fund(m_fund->currentData().toInt());
    p.amount = m_direction->currentData().toInt() < 0 ? -amount.value() : amount.value();
    p.method = m_method->currentData().toString();
    p.note = m_note->text().trimmed();
    if (p.note.isEmpty()) {
        m_error->setText(tr("Say in a few words what the money was for."));
        m_error->show();
        m_note->setFocus();
        return;
    }
    m_posting = p;
    QDialog::accept();
}
