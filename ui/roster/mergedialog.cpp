#include "ui/roster/mergedialog.h"

#include "roster/anglermerge.h"
#include "store/store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

MergeDialog::MergeDialog(Store *store, QUndoStack *undoStack, QWidget *parent,
                         const QString &survivorId, const QString &duplicateId)
    : QDialog(parent), m_store(store), m_undoStack(undoStack), m_survivor(new QComboBox(this)),
      m_duplicate(new QComboBox(this)), m_preview(new QTextBrowser(this)),
      m_error(new QLabel(this)), m_merge(nullptr)
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge Duplicate Anglers"));
    m_survivor->setObjectName(QStringLiteral("survivor"));
    m_duplicate->setObjectName(QStringLiteral("duplicate"));
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setMinimumSize(460, 260);

    // Only a likely duplicate of the chosen person is filled in; a wrong guess would merge an
    // unrelated person with one keystroke, so anything less certain is left for the user.
    QString duplicateToShow = duplicateId;
    if (store) {
        Result<QList<Angler>> people = AnglerStore(store).anglers();
        if (people) {
            QHash<QString, int> sameName;
            for (const Angler &a : people.value())
                ++sameName[a.fullName.simplified().toCaseFolded()];
            for (const Angler &a : people.value()) {
                QString label = a.fullName;
                if (!a.email.isEmpty())
                    label = tr("%1 <%2>").arg(a.fullName, a.email);
                else if (!a.phone.isEmpty() &&
                         sameName.value(a.fullName.simplified().toCaseFolded()) > 1)
                    label = tr("%1 (phone %2)").arg(a.fullName, a.phone);
                m_survivor->addItem(label, a.id);
                m_duplicate->addItem(label, a.id);
            }
            if (duplicateToShow.isEmpty() && !survivorId.isEmpty())
                duplicateToShow = AnglerMerge::likelyDuplicate(people.value(), survivorId);
        } else {
            m_error->setText(people.error());
        }
    }
    m_survivor->setCurrentIndex(m_survivor->findData(survivorId));
    m_duplicate->setCurrentIndex(duplicateToShow.isEmpty() ? -1
                                                           : m_duplicate->findData(duplicateToShow));

    auto *form = new QFormLayout;
    form->addRow(tr("&Keep this record:"), m_survivor);
    form->addRow(tr("&Merge this duplicate into it:"), m_duplicate);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_merge = buttons->addButton(tr("Mer&ge"), QDialogButtonBox::AcceptRole);
    m_merge->setObjectName(QStringLiteral("merge"));
    // Merging is never what Enter does: Cancel is the default button.
    m_merge->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    auto *swap = buttons->addButton(tr("S&wap"), QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &MergeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MergeDialog::reject);
    connect(swap, &QPushButton::clicked, this, [this]() {
        const int s = m_survivor->currentIndex();
        m_survivor->setCurrentIndex(m_duplicate->currentIndex());
        m_duplicate->setCurrentIndex(s);
    });
    connect(m_survivor, &QComboBox::currentIndexChanged, this, &MergeDialog::updatePreview);
    connect(m_duplicate, &QComboBox::currentIndexChanged, this, &MergeDialog::updatePreview);
    updatePreview();
}

QString MergeDialog::previewText() const
{
    return m_preview->toPlainText();
}

QString MergeDialog::errorText() const
{
    return m_error->text();
}

void MergeDialog::updatePreview()
{
    m_merge->setEnabled(false);
    m_preview->clear();
    if (!m_store || m_survivor->count() < 2)
        return;
    if (m_survivor->currentIndex() < 0 || m_duplicate->currentIndex() < 0) {
        m_preview->setHtml(QStringLiteral("<p>%1</p>").arg(
            tr("Choose the record to keep and the duplicate to merge into it.").toHtmlEscaped()));
        return;
    }
    Result<MergePreview> p = AnglerMerge::preview(m_store, m_survivor->currentData().toString(),
                                                  m_duplicate->currentData().toString());
    if (!p) {
        m_error->setText(p.error());
        return;
    }
    m_error->clear();
    const auto list = [](const QString &title, const QStringList &items) {
        if (items.isEmpty())
            return QString();
        QString html = QStringLiteral("<p><b>%1</b></p><ul>").arg(title.toHtmlEscaped());
        for (const QString &item : items)
            html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
        return html + QStringLiteral("</ul>");
    };
    QString html;
    if (!p->clashes.isEmpty())
        html += QStringLiteral("<div style=\"color:#b03a2e\">%1</div>")
                    .arg(list(tr("Cannot merge yet:"), p->clashes));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("%1 will be kept. %2 will leave the roster; everything below moves to "
                        "the record kept.")
                         .arg(AnglerMerge::describe(p->survivor, p->duplicate),
                              AnglerMerge::describe(p->duplicate, p->survivor))
                         .toHtmlEscaped());
    html += list(tr("Tournament entries (%1)").arg(p->entries.size()), p->entries);
    html += list(tr("Boats (%1)").arg(p->boats.size()), p->boats);
    html += list(tr("Offices (%1)").arg(p->offices.size()), p->offices);
    html += list(tr("Memberships (%1)").arg(p->memberships.size()), p->memberships);
    html += list(tr("Payments (%1), kept in the ledger as written and credited to %2")
                     .arg(p->payments.size())
                     .arg(AnglerMerge::describe(p->survivor, p->duplicate)),
                 p->payments);
    QStringList details;
    if (p->merged.email != p->survivor.email)
        details << tr("Email: %1").arg(p->merged.email);
    if (p->merged.phone != p->survivor.phone)
        details << tr("Phone: %1").arg(p->merged.phone);
    if (p->merged.memberSince != p->survivor.memberSince)
        details << tr("Member since: %1").arg(p->merged.memberSince);
    if (p->merged.duesPaidThrough != p->survivor.duesPaidThrough)
        details << tr("Dues paid through: %1").arg(p->merged.duesPaidThrough);
    html += list(tr("Filled in from the duplicate"), details);
    if (p->entries.isEmpty() && p->boats.isEmpty() && p->offices.isEmpty() &&
        p->memberships.isEmpty() && p->payments.isEmpty() && details.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("The duplicate has no history to move."));
    m_preview->setHtml(html);
    m_merge->setEnabled(p->canMerge());
}

void MergeDialog::accept()
{
    if (!m_store || !m_merge->isEnabled())
        return;
    const QString survivor = m_survivor->currentData().toString();
    const QString duplicate = m_duplicate->currentData().toString();
    const QString text =
        tr("Merge %1 into %2").arg(m_duplicate->currentText(), m_survivor->currentText());
    Status s =
        commands::mergeAnglers(m_undoStack, m_store, survivor, duplicate, text, m_onUndoError);
    if (!s) {
        m_error->setText(s.error());
        return;
    }
    QDialog::accept();
}
