#include "ui/mail/composemaildialog.h"

#include "mail/mailcomposer.h"
#include "mail/mailstore.h"
#include "store/store.h"
#include "tournaments/tournamentstore.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

ComposeMailDialog::ComposeMailDialog(Store *store, QWidget *parent)
    : QDialog(parent), m_store(store), m_kind(new QComboBox(this)),
      m_pages(new QStackedWidget(this)), m_tournament(new QComboBox(this)),
      m_season(new QSpinBox(this)), m_subject(new QLineEdit(this)),
      m_text(new QPlainTextEdit(this)), m_recipients(new QLabel(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("composeMailDialog"));
    setWindowTitle(tr("Write to the Members"));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(tr("A tournament's results"));
    m_kind->addItem(tr("The season standings"));
    m_kind->addItem(tr("News"));
    m_tournament->setObjectName(QStringLiteral("tournament"));
    m_season->setObjectName(QStringLiteral("season"));
    m_subject->setObjectName(QStringLiteral("subject"));
    m_text->setObjectName(QStringLiteral("text"));
    m_text->setTabChangesFocus(true);
    m_recipients->setObjectName(QStringLiteral("recipients"));
    m_recipients->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_error->hide();

    const int current = store ? store->currentSeason() : QDate::currentDate().year();
    m_season->setRange(1900, 2200);
    m_season->setValue(current);
    if (store) {
        // The finished tournaments of this season and the last, newest first.
        const QLocale locale;
        for (int season : {current, current - 1}) {
            auto list = TournamentStore(*store).tournaments(season);
            if (!list) {
                showError(list.error());
                continue;
            }
            QList<TournamentRecord> done;
            for (const TournamentRecord &t : list.value())
                if (t.completed && !t.cancelled)
                    done.prepend(t);
            std::sort(done.begin(), done.end(), [](const auto &a, const auto &b) {
                return a.date > b.date;
            });
            for (const TournamentRecord &t : done)
                m_tournament->addItem(
                    tr("%1 — %2").arg(locale.toString(t.date, QLocale::ShortFormat), t.name), t.id);
        }
    }

    auto *resultsPage = new QWidget(this);
    auto *resultsForm = new QFormLayout(resultsPage);
    resultsForm->setContentsMargins(0, 0, 0, 0);
    resultsForm->addRow(tr("&Tournament:"), m_tournament);
    resultsForm->addRow(new QLabel(tr("The standings of the day, big bass and payouts, with the "
                                      "results PDF attached."),
                                   resultsPage));
    auto *standingsPage = new QWidget(this);
    auto *standingsForm = new QFormLayout(standingsPage);
    standingsForm->setContentsMargins(0, 0, 0, 0);
    standingsForm->addRow(tr("S&eason:"), m_season);
    standingsForm->addRow(new QLabel(tr("The Angler of the Year standings, with the PDF attached."),
                                     standingsPage));
    auto *newsPage = new QWidget(this);
    auto *newsForm = new QFormLayout(newsPage);
    newsForm->setContentsMargins(0, 0, 0, 0);
    newsForm->addRow(tr("S&ubject:"), m_subject);
    newsForm->addRow(tr("Te&xt:"), m_text);
    m_pages->addWidget(resultsPage);
    m_pages->addWidget(standingsPage);
    m_pages->addWidget(newsPage);

    auto *form = new QFormLayout;
    form->addRow(tr("&Send:"), m_kind);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *queue = buttons->addButton(tr("Put in the &Outbox"), QDialogButtonBox::AcceptRole);
    queue->setObjectName(QStringLiteral("queue"));
    queue->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_pages);
    layout->addWidget(m_recipients);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ComposeMailDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ComposeMailDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ComposeMailDialog::kindChanged);
    kindChanged();
    setMinimumWidth(560);
    m_kind->setFocus();
}

QString ComposeMailDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void ComposeMailDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ComposeMailDialog::kindChanged()
{
    // Only the shown page counts for the dialog's size: the results and standings pages are two
    // lines, the news page a text box; the dialog fits the one shown.
    const int shown = m_kind->currentIndex();
    for (int i = 0; i < m_pages->count(); ++i)
        m_pages->widget(i)->setSizePolicy(i == shown ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                                          i == shown ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_pages->setCurrentIndex(shown);
    adjustSize();
    if (!m_store)
        return;
    const MailKind kind = m_kind->currentIndex() == News ? MailKind::News : MailKind::Results;
    auto to = MailStore(m_store).recipients(kind);
    if (!to) {
        showError(to.error());
        return;
    }
    m_recipients->setText(
        m_kind->currentIndex() == News
            ? tr("%n people who take the club's news will get it (as BCC).", nullptr,
                 int(to->size()))
            : tr("%n people who take the club's results will get it (as BCC).", nullptr,
                 int(to->size())));
}

void ComposeMailDialog::accept()
{
    if (!m_store) {
        showError(tr("The club database is closed."));
        return;
    }
    auto settings = MailStore(m_store).settings();
    if (!settings) {
        showError(settings.error());
        return;
    }
    if (!settings->complete()) {
        showError(tr("Set up the club's e-mail first: Mailbox > Club E-mail Settings."));
        return;
    }
    Result<ComposedMail> mail = Result<ComposedMail>::failure(QString());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    switch (m_kind->currentIndex()) {
    case Results:
        mail = m_tournament->currentIndex() < 0
                   ? Result<ComposedMail>::failure(tr("There is no finished tournament to send."))
                   : MailComposer::results(*m_store, settings.value(),
                                           m_tournament->currentData().toString());
        break;
    case Standings:
        mail = MailComposer::standings(*m_store, settings.value(), m_season->value());
        break;
    default:
        mail = MailComposer::news(*m_store, settings.value(), m_subject->text(),
                                  m_text->toPlainText());
        break;
    }
    Result<QString> queued = mail ? MailComposer::enqueue(*m_store, mail.value(),
                                                          settings->batchSize)
                                  : Result<QString>::failure(mail.error());
    QApplication::restoreOverrideCursor();
    if (!queued) {
        showError(queued.error());
        return;
    }
    m_queued = queued.value();
    QDialog::accept();
}
