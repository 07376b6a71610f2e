#include "ui/roster/anglerdialog.h"

#include "commands/command.h"
#include "core/clubrules.h"
#include "core/phone.h"
#include "roster/anglerstore.h"
#include "store/store.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

AnglerDialog::AnglerDialog(Store *store, QUndoStack *undoStack, QWidget *parent,
                           const QString &anglerId, int season)
    : QDialog(parent), m_store(store), m_undoStack(undoStack), m_anglerId(anglerId),
      m_name(new QLineEdit(this)), m_email(new QLineEdit(this)), m_phone(new QLineEdit(this)),
      m_memberSince(new QSpinBox(this)), m_member(new QCheckBox(this)),
      m_emailOptIn(new QCheckBox(tr("Takes the club's e-mai&l"), this)),
      m_mailResults(new QCheckBox(tr("Resul&ts and standings"), this)),
      m_mailNews(new QCheckBox(tr("Ne&ws"), this)),
      m_notes(new QPlainTextEdit(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("anglerDialog"));
    setWindowTitle(anglerId.isEmpty() ? tr("Add Angler") : tr("Edit Angler"));
    m_season = season > 0 ? season : (store ? store->currentSeason() : 0);

    m_name->setObjectName(QStringLiteral("name"));
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_phone->setObjectName(QStringLiteral("phone"));
    m_phone->setPlaceholderText(tr("(512) 555-1234"));
    m_memberSince->setObjectName(QStringLiteral("memberSince"));
    m_memberSince->setRange(1899, std::max(m_season, 1900));
    m_memberSince->setSpecialValueText(tr("Unknown"));
    m_memberSince->setValue(1899);
    m_member->setObjectName(QStringLiteral("member"));
    m_member->setText(tr("&Member in %1").arg(m_season));
    m_emailOptIn->setObjectName(QStringLiteral("emailOptIn"));
    m_mailResults->setObjectName(QStringLiteral("mailResults"));
    m_mailNews->setObjectName(QStringLiteral("mailNews"));
    // People start opted in, as in the club's web app.
    for (QCheckBox *box : {m_emailOptIn, m_mailResults, m_mailNews})
        box->setChecked(true);
    connect(m_emailOptIn, &QCheckBox::toggled, this, [this](bool on) {
        m_mailResults->setEnabled(on);
        m_mailNews->setEnabled(on);
    });
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("Member &since:"), m_memberSince);
    form->addRow(QString(), m_member);
    auto *mailKinds = new QHBoxLayout;
    mailKinds->addWidget(m_emailOptIn);
    mailKinds->addWidget(m_mailResults);
    mailKinds->addWidget(m_mailNews);
    mailKinds->addStretch(1);
    form->addRow(tr("Club e-mail:"), mailKinds);
    form->addRow(tr("N&otes:"), m_notes);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AnglerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AnglerDialog::reject);

    // A name too long to keep is said at once, not cut (a paste cut silently loses the end).
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        const qsizetype length = text.simplified().size();
        if (length > ClubRules::maxNameLength)
            showError(tr("The name is %1 characters long; at most %2 fit. Shorten it.")
                          .arg(length)
                          .arg(ClubRules::maxNameLength));
        else if (m_tooLong)
            showError(QString());
        m_tooLong = length > ClubRules::maxNameLength;
    });

    // Show the normalised number as soon as the field is left; a bad one is explained on save.
    connect(m_phone, &QLineEdit::editingFinished, this, [this]() {
        Result<QString> phone = Phone::normalise(m_phone->text());
        if (phone && phone.value() != m_phone->text())
            m_phone->setText(phone.value());
    });

    if (!anglerId.isEmpty() && store) {
        AnglerStore anglers(store);
        Result<Angler> a = anglers.angler(anglerId);
        if (!a) {
            showError(a.error());
            m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        } else {
            m_name->setText(a->fullName);
            m_email->setText(a->email);
            m_phone->setText(a->phone);
            if (a->memberSince > 0)
                m_memberSince->setValue(a->memberSince);
            m_notes->setPlainText(a->notes);
            m_emailOptIn->setChecked(a->emailOptIn);
            m_mailResults->setChecked(a->mailResults);
            m_mailNews->setChecked(a->mailNews);
            Result<bool> member = anglers.isMember(anglerId, m_season);
            m_wasMember = member && member.value();
            m_member->setChecked(m_wasMember);
        }
    }
    setMinimumWidth(440);
    m_name->setFocus();
}

QString AnglerDialog::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

void AnglerDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void AnglerDialog::accept()
{
    if (!m_store) {
        showError(tr("The club database is closed."));
        return;
    }
    Angler a;
    a.id = m_anglerId;
    a.fullName = m_name->text();
    a.email = m_email->text();
    a.phone = m_phone->text();
    a.memberSince = m_memberSince->value() == m_memberSince->minimum() ? 0 : m_memberSince->value();
    a.notes = m_notes->toPlainText();
    a.emailOptIn = m_emailOptIn->isChecked();
    a.mailResults = m_mailResults->isChecked();
    a.mailNews = m_mailNews->isChecked();

    if (m_anglerId.isEmpty() && !confirmNotATwin(a))
        return;

    commands::EditStatus s = Status::success();
    if (m_anglerId.isEmpty()) {
        Result<QString> id = commands::addAngler(
            m_undoStack, m_store, a, m_member->isChecked() ? m_season : 0, m_onUndoError);
        if (id)
            m_anglerId = id.value();
        else
            s = Status::failure(id.error());
    } else {
        s = commands::editAngler(m_undoStack, m_store, a, m_season, m_member->isChecked(),
                                 m_onUndoError);
    }
    if (s.nothingChanged()) {
        QDialog::accept();
        return;
    }
    if (!s) {
        showError(s.error());
        // Put the cursor where the problem most likely is.
        const QString e = s.error().toLower();
        if (e.contains(tr("email").toLower()))
            m_email->setFocus();
        else if (e.contains(tr("phone").toLower()) || e.contains(tr("digit").toLower()))
            m_phone->setFocus();
        else if (e.contains(tr("member since").toLower()))
            m_memberSince->setFocus();
        else
            m_name->setFocus();
        return;
    }
    QDialog::accept();
}

bool AnglerDialog::confirmNotATwin(const Angler &added)
{
    // The same name and phone as someone on the roster is most likely that person again.
    const Result<QString> phone = Phone::normalise(added.phone);
    if (!phone || phone->isEmpty())
        return true;
    Result<QList<Angler>> people = AnglerStore(m_store).anglers();
    if (!people)
        return true; // the save reports what is wrong with the database
    const QString name = added.fullName.simplified().toCaseFolded();
    for (const Angler &a : people.value()) {
        if (a.phone != phone.value() || a.fullName.simplified().toCaseFolded() != name)
            continue;
        QMessageBox box(QMessageBox::Question, tr("Add Angler"),
                        tr("%1, phone %2, is already on the roster. Add another record for the "
                           "same name and phone?")
                            .arg(a.fullName, a.phone),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("sameAnglerQuestion"));
        QPushButton *add = box.addButton(tr("&Add Another"), QMessageBox::AcceptRole);
        QPushButton *back = box.addButton(tr("&Go Back"), QMessageBox::RejectRole);
        box.setDefaultButton(back);
        box.setEscapeButton(back);
        box.exec();
        return box.clickedButton() == add;
    }
    return true;
}
