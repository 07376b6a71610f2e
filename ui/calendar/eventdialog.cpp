#include "ui/calendar/eventdialog.h"

#include "tournaments/lakestore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace {

QTime parseTime(const QString &text, bool *ok)
{
    const QString t = text.trimmed();
    *ok = true;
    if (t.isEmpty())
        return QTime();
    for (const QString &format : {QStringLiteral("H:mm"), QStringLiteral("HH:mm"),
                                  QStringLiteral("Hmm"), QStringLiteral("HHmm"), QStringLiteral("H")}) {
        const QTime time = QTime::fromString(t, format);
        if (time.isValid())
            return time;
    }
    *ok = false;
    return QTime();
}

} // namespace

EventDialog::EventDialog(Store *store, QUndoStack *undoStack, const CalendarEvent &event,
                         QWidget *parent)
    : QDialog(parent), m_store(store), m_undoStack(undoStack), m_before(event)
{
    setObjectName(QStringLiteral("eventDialog"));
    setWindowTitle(event.id.isEmpty() ? tr("New calendar event") : tr("Calendar event"));
    m_date = new QDateEdit(event.date.isValid() ? event.date : QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindBox"));
    for (EventKind k : CalendarStore::allKinds())
        m_kind->addItem(CalendarStore::kindLabel(k), CalendarStore::kindKey(k));
    m_kind->setCurrentIndex(m_kind->findData(CalendarStore::kindKey(event.kind)));
    m_name = new QLineEdit(event.name, this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("for example: Monthly meeting"));
    const auto timeText = [](const QTime &t) {
        return t.isValid() ? t.toString(QStringLiteral("HH:mm")) : QString();
    };
    m_start = new QLineEdit(timeText(event.startTime), this);
    m_start->setObjectName(QStringLiteral("startEdit"));
    m_start->setPlaceholderText(tr("hh:mm, empty: all day"));
    m_end = new QLineEdit(timeText(event.endTime), this);
    m_end->setObjectName(QStringLiteral("endEdit"));
    m_end->setPlaceholderText(tr("hh:mm, optional"));
    m_lake = new QComboBox(this);
    m_lake->setObjectName(QStringLiteral("lakeBox"));
    m_lake->addItem(tr("(none)"), QString());
    if (m_store) {
        auto lakes = LakeStore(*m_store).lakes();
        if (lakes)
            for (const LakeRecord &l : lakes.value())
                m_lake->addItem(l.name, l.id);
    }
    m_lake->setCurrentIndex(std::max(0, m_lake->findData(event.lakeId)));
    m_notes = new QPlainTextEdit(event.notes, this);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    m_cancelled = new QCheckBox(tr("&Cancelled (stays on the calendar, shown as cancelled)"), this);
    m_cancelled->setObjectName(QStringLiteral("cancelledBox"));
    m_cancelled->setChecked(event.cancelled);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Date"), m_date);
    form->addRow(tr("&What"), m_kind);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("S&tarts"), m_start);
    form->addRow(tr("&Ends"), m_end);
    m_lakeLabel = new QLabel(tr("&Lake"), this);
    m_lakeLabel->setBuddy(m_lake);
    form->addRow(m_lakeLabel, m_lake);
    form->addRow(tr("N&otes"), m_notes);
    form->addRow(QString(), m_cancelled);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &EventDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EventDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &EventDialog::updateLakeRow);
    updateLakeRow();
    resize(480, sizeHint().height());
}

void EventDialog::updateLakeRow()
{
    // A lake belongs to another club's tournament; other events keep theirs if they had one.
    const bool other = m_kind->currentData().toString() ==
                       CalendarStore::kindKey(EventKind::OtherTournament);
    m_lake->setEnabled(other || m_lake->currentIndex() > 0);
}

Result<CalendarEvent> EventDialog::event() const
{
    using R = Result<CalendarEvent>;
    CalendarEvent e = m_before;
    e.date = m_date->date();
    e.kind = CalendarStore::kindFromKey(m_kind->currentData().toString())
                 .value_or(EventKind::ClubEvent);
    e.name = m_name->text().simplified();
    bool ok = false;
    e.startTime = parseTime(m_start->text(), &ok);
    if (!ok)
        return R::failure(tr("“%1” is not a time; write it as 18:30.").arg(m_start->text()));
    e.endTime = parseTime(m_end->text(), &ok);
    if (!ok)
        return R::failure(tr("“%1” is not a time; write it as 20:00.").arg(m_end->text()));
    e.lakeId = m_lake->isEnabled() ? m_lake->currentData().toString() : QString();
    e.notes = m_notes->toPlainText().trimmed();
    e.cancelled = m_cancelled->isChecked();
    e.lakeName.clear();
    if (const QString p = CalendarStore::problem(e); !p.isEmpty())
        return R::failure(p);
    return e;
}

QString EventDialog::errorText() const
{
    return m_error->text();
}

void EventDialog::accept()
{
    auto e = event();
    if (!e) {
        m_error->setText(e.error());
        return;
    }
    if (!m_store) {
        m_error->setText(tr("No club file is open."));
        return;
    }
    if (m_before.id.isEmpty()) {
        auto id = commands::addCalendarEvent(m_undoStack, m_store, e.value(), m_onUndoError);
        if (!id) {
            m_error->setText(id.error());
            return;
        }
        m_savedId = id.value();
    } else {
        CalendarEvent before = m_before;
        before.lakeName.clear();
        commands::EditStatus s =
            commands::editCalendarEvent(m_undoStack, m_store, before, e.value(), m_onUndoError);
        if (!s && !s.nothingChanged()) {
            m_error->setText(s.error());
            return;
        }
        m_savedId = m_before.id;
    }
    QDialog::accept();
}
