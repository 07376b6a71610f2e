#include "ui/mail/outboxdialog.h"

#include "mail/mailstore.h"
#include "store/store.h"
#include "ui/mail/mailactions.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString stateText(const QString &state)
{
    if (state == QLatin1String("waiting"))
        return OutboxDialog::tr("Waiting");
    if (state == QLatin1String("sending"))
        return OutboxDialog::tr("Being sent");
    if (state == QLatin1String("sent"))
        return OutboxDialog::tr("Sent");
    if (state == QLatin1String("failed"))
        return OutboxDialog::tr("Failed");
    if (state == QLatin1String("unknown"))
        return OutboxDialog::tr("May have gone");
    if (state == QLatin1String("cancelled"))
        return OutboxDialog::tr("Cancelled");
    return state;
}

QString kindText(const QString &kind)
{
    if (kind == QLatin1String("results"))
        return OutboxDialog::tr("Results");
    if (kind == QLatin1String("standings"))
        return OutboxDialog::tr("Standings");
    if (kind == QLatin1String("news"))
        return OutboxDialog::tr("News");
    return OutboxDialog::tr("Test");
}

} // namespace

OutboxDialog::OutboxDialog(Store *store, MailActions *actions, QWidget *parent)
    : QDialog(parent), m_store(store), m_actions(actions), m_list(new QTreeWidget(this)),
      m_details(new QPlainTextEdit(this)), m_status(new QLabel(this)),
      m_send(new QPushButton(tr("&Send Now"), this)), m_retry(new QPushButton(tr("&Retry"), this)),
      m_cancel(new QPushButton(tr("Ca&ncel Message"), this))
{
    setObjectName(QStringLiteral("outboxDialog"));
    setWindowTitle(tr("Outbox and Sent"));
    m_list->setObjectName(QStringLiteral("messages"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels(
        {tr("Written"), tr("Kind"), tr("Subject"), tr("Recipients"), tr("State"), tr("Sent")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setReadOnly(true);
    m_details->setTabChangesFocus(true);
    m_details->setMaximumHeight(m_details->fontMetrics().lineSpacing() * 9);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_send->setObjectName(QStringLiteral("sendNow"));
    m_retry->setObjectName(QStringLiteral("retry"));
    m_cancel->setObjectName(QStringLiteral("cancelMessage"));
    for (QPushButton *b : {m_send, m_retry, m_cancel})
        b->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_send, QDialogButtonBox::ActionRole);
    buttons->addButton(m_retry, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    auto *messagesLabel = new QLabel(tr("&Messages:"), this);
    messagesLabel->setBuddy(m_list);
    auto *detailsLabel = new QLabel(tr("&Details:"), this);
    detailsLabel->setBuddy(m_details);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(messagesLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(detailsLabel);
    layout->addWidget(m_details);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &OutboxDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &OutboxDialog::showDetails);
    connect(m_retry, &QPushButton::clicked, this, &OutboxDialog::retrySelected);
    connect(m_cancel, &QPushButton::clicked, this, &OutboxDialog::cancelSelected);
    connect(m_send, &QPushButton::clicked, this, [this] {
        m_status->setText(tr("Sending…"));
        const SendReport r = m_actions ? m_actions->sendWaiting() : SendReport();
        refresh();
        m_status->setText(!r.error.isEmpty()
                              ? tr("Not sent: %1").arg(r.error)
                              : tr("Sent %1 message(s) to %2 recipient(s).")
                                    .arg(r.messages)
                                    .arg(r.recipients));
    });
    if (m_actions)
        connect(m_actions, &MailActions::outboxChanged, this, &OutboxDialog::refresh);
    resize(900, 520);
    refresh();
    m_list->setFocus();
}

QString OutboxDialog::selectedId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void OutboxDialog::refresh()
{
    if (!m_store)
        return;
    const QString keep = selectedId();
    auto messages = MailStore(m_store).messages();
    if (!messages) {
        m_status->setText(messages.error());
        return;
    }
    m_list->clear();
    const QLocale locale;
    QTreeWidgetItem *current = nullptr;
    for (const OutboxMessage &m : messages.value()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, Qt::UserRole, m.id);
        item->setText(0, locale.toString(m.createdAt, QLocale::ShortFormat));
        item->setText(1, kindText(m.kind));
        item->setText(2, m.subject);
        item->setText(3, QString::number(m.recipients()));
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        QString state = stateText(m.state());
        if (m.state() == QLatin1String("sending") || m.state() == QLatin1String("waiting") ||
            m.state() == QLatin1String("failed")) {
            const int sent = m.recipientsIn(QStringLiteral("sent"));
            if (sent > 0)
                state += tr(" (%1 of %2 sent)").arg(sent).arg(m.recipients());
        }
        item->setText(4, state);
        if (m.state() == QLatin1String("failed"))
            item->setForeground(4, QColor(0xb0, 0x3a, 0x2e));
        item->setText(5, m.sentAt().isValid() ? locale.toString(m.sentAt(), QLocale::ShortFormat)
                                             : QString());
        if (m.id == keep || (!current && keep.isEmpty()))
            current = item;
    }
    for (int c = 0; c < m_list->columnCount(); ++c)
        if (c != 2)
            m_list->resizeColumnToContents(c);
    if (current)
        m_list->setCurrentItem(current);
    showDetails();
}

void OutboxDialog::showDetails()
{
    const QString id = selectedId();
    m_retry->setEnabled(false);
    m_cancel->setEnabled(false);
    if (id.isEmpty() || !m_store) {
        m_details->setPlainText(tr("Nothing written yet."));
        return;
    }
    auto messages = MailStore(m_store).messages(id);
    if (!messages || messages->isEmpty()) {
        m_details->setPlainText(messages ? QString() : messages.error());
        return;
    }
    const OutboxMessage &m = messages->first();
    const QLocale locale;
    QStringList lines;
    lines << tr("%1, from %2, to %n recipient(s) as BCC.", nullptr, m.recipients())
                 .arg(m.subject, m.sender);
    for (const OutboxBatch &b : m.batches) {
        QString line = tr("Batch %1 (%2 recipients): %3")
                           .arg(b.seq)
                           .arg(b.recipients.size())
                           .arg(stateText(b.state));
        if (b.sentAt.isValid())
            line += tr(", %1").arg(locale.toString(b.sentAt, QLocale::ShortFormat));
        if (!b.answer.isEmpty())
            line += tr(". The server answered: %1").arg(b.answer.simplified());
        lines << line;
    }
    m_details->setPlainText(lines.join(u'\n'));
    const QString state = m.state();
    m_retry->setEnabled(state == QLatin1String("failed") || state == QLatin1String("cancelled") ||
                        state == QLatin1String("sending"));
    m_cancel->setEnabled(state == QLatin1String("waiting"));
}

void OutboxDialog::retrySelected()
{
    const QString id = selectedId();
    if (id.isEmpty() || !m_store)
        return;
    auto messages = MailStore(m_store).messages(id);
    if (messages && !messages->isEmpty()) {
        const OutboxMessage &m = messages->first();
        bool mayHaveGone = false;
        for (const OutboxBatch &b : m.batches)
            mayHaveGone = mayHaveGone || b.state == QLatin1String("unknown") ||
                          b.state == QLatin1String("sending");
        if (mayHaveGone) {
            QMessageBox box(QMessageBox::Warning, tr("Retry"),
                            tr("Part of \"%1\" may already have gone out when the app stopped. "
                               "Sending it again may give some members two copies. Send it "
                               "again?")
                                .arg(m.subject),
                            QMessageBox::NoButton, this);
            QPushButton *again = box.addButton(tr("Send &Again"), QMessageBox::AcceptRole);
            QPushButton *back = box.addButton(tr("&Keep As Is"), QMessageBox::RejectRole);
            box.setDefaultButton(back);
            box.exec(); // exec(): the answer decides whether anything is sent at all
            if (box.clickedButton() != again)
                return;
        }
    }
    if (Status s = MailStore(m_store).retry(id); !s) {
        m_status->setText(s.error());
        return;
    }
    refresh();
    const SendReport r = m_actions ? m_actions->sendWaiting() : SendReport();
    refresh();
    m_status->setText(!r.error.isEmpty() ? tr("Not sent: %1").arg(r.error)
                                         : tr("Sent %1 message(s) to %2 recipient(s).")
                                               .arg(r.messages)
                                               .arg(r.recipients));
}

void OutboxDialog::cancelSelected()
{
    const QString id = selectedId();
    if (id.isEmpty() || !m_store)
        return;
    if (Status s = MailStore(m_store).cancel(id); !s) {
        m_status->setText(s.error());
        return;
    }
    refresh();
}
