#include "ui/calendar/calendarpage.h"

#include "calendar/icalendar.h"
#include "itemmodels/calendarmodel.h"
#include "store/store.h"
#include "ui/calendar/eventdialog.h"
#include "ui/common/datatableview.h"
#include "ui/common/filedialog.h"
#include "ui/common/pageheader.h"

#include <QCalendarWidget>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTextCharFormat>
#include <QVBoxLayout>

CalendarPage::CalendarPage(Store *store, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("calendarPage"));
    m_model = new CalendarModel(nullptr, this);
    m_header = new PageHeader(tr("Calendar"), this);
    m_season = new QSpinBox(this);
    m_season->setObjectName(QStringLiteral("seasonBox"));
    m_season->setRange(1900, 2200);
    m_season->setAccessibleName(tr("Season"));
    m_season->setPrefix(tr("Season "));
    m_addButton = new QPushButton(tr("Add Event…"), this);
    m_addButton->setToolTip(tr("A meeting, the banquet, an election, a holiday or another "
                               "club's tournament on the chosen day (Insert or Ctrl+N)"));
    m_editButton = new QPushButton(tr("Open…"), this);
    m_editButton->setToolTip(tr("The chosen event or tournament (Enter)"));
    m_deleteButton = new QPushButton(tr("Delete"), this);
    m_deleteButton->setToolTip(tr("Delete the chosen event (Delete; Edit > Undo brings it back)"));
    m_exportButton = new QPushButton(tr("Export .ics…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportIcsButton"));
    m_exportButton->setToolTip(tr("The season's tournaments and events as a calendar file for "
                                  "phones and calendar programs"));
    for (QPushButton *b : {m_addButton, m_editButton, m_deleteButton, m_exportButton}) {
        b->setAutoDefault(false);
        m_header->addControl(b);
    }
    m_header->addSpacing(12);
    m_header->addControl(m_season);

    m_month = new QCalendarWidget(this);
    m_month->setObjectName(QStringLiteral("monthView"));
    m_month->setGridVisible(true);
    m_month->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_month->setFirstDayOfWeek(Qt::Sunday);
    m_month->setMinimumHeight(260);
    m_day = new QLabel(this);
    m_day->setObjectName(QStringLiteral("dayLabel"));
    m_day->setWordWrap(true);
    m_day->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_day->setTextFormat(Qt::RichText);
    m_day->setMinimumHeight(80);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->hide();

    m_table = new DataTableView(this);
    m_table->setObjectName(QStringLiteral("calendarTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setStretchColumn(CalendarModel::NameColumn);
    m_table->setFitToWidth(true);
    m_table->verticalHeader()->hide();

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_month, 3);
    leftLayout->addWidget(m_day, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_table);
    // The month view a fixed, comfortable width; the list takes the rest.
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({400, 800});
    m_month->setMinimumWidth(340);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_error);
    layout->addWidget(split, 1);
    setFocusProxy(m_month);

    // The keys of the page: the month view's own arrows and Page Up/Down, and ours.
    if (auto *view = m_month->findChild<QTableView *>(QStringLiteral("qt_calendar_calendarview")))
        view->installEventFilter(this);
    m_month->installEventFilter(this);
    m_table->installEventFilter(this);

    connect(m_model, &QAbstractItemModel::modelReset, this, &CalendarPage::reload);
    connect(m_season, &QSpinBox::valueChanged, this, [this](int season) {
        if (m_model->season() == season)
            return;
        m_model->setSeason(season);
        const QDate shown = selectedDate();
        if (shown.year() != season)
            setSelectedDate(QDate(season, shown.month(), std::min(shown.day(), 28)));
    });
    connect(m_month, &QCalendarWidget::selectionChanged, this, [this] {
        if (selectedDate().year() != m_season->value())
            m_season->setValue(selectedDate().year());
        updateDay();
        if (!m_syncing)
            selectRowOf(selectedDate());
    });
    connect(m_month, &QCalendarWidget::activated, this, [this] { openSelected(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid() || m_syncing)
                    return;
                m_syncing = true;
                m_month->setSelectedDate(current.data(CalendarModel::DateRole).toDate());
                m_syncing = false;
            });
    connect(m_table, &QAbstractItemView::activated, this, [this] { openSelected(); });
    connect(m_addButton, &QPushButton::clicked, this, &CalendarPage::addEvent);
    connect(m_editButton, &QPushButton::clicked, this, &CalendarPage::openSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, [this] { (void)deleteSelected(); });
    connect(m_exportButton, &QPushButton::clicked, this, &CalendarPage::exportWithDialog);
    setStore(store);
}

void CalendarPage::setStore(Store *store)
{
    m_store = store;
    const QDate today = store ? store->clubTime().today() : QDate::currentDate();
    m_model->setStore(store);
    m_season->setValue(today.year());
    m_model->setSeason(today.year());
    setSelectedDate(today);
}

void CalendarPage::setSeason(int season)
{
    m_season->setValue(season);
}

int CalendarPage::season() const
{
    return m_season->value();
}

void CalendarPage::focusCalendar()
{
    m_month->setFocus(Qt::ShortcutFocusReason);
}

QDate CalendarPage::selectedDate() const
{
    return m_month->selectedDate();
}

void CalendarPage::setSelectedDate(const QDate &date)
{
    m_month->setSelectedDate(date);
    m_month->setCurrentPage(date.year(), date.month());
}

void CalendarPage::reload()
{
    const int tournaments = m_model->tournamentCount();
    const int events = m_model->eventCount();
    m_header->setSummary(tr("%n tournament(s)", nullptr, tournaments) + QStringLiteral(", ") +
                         tr("%n other event(s)", nullptr, events));
    m_error->setText(m_model->error());
    m_error->setVisible(!m_model->error().isEmpty());
    markDays();
    updateDay();
    selectRowOf(selectedDate());
}

void CalendarPage::markDays()
{
    for (const QDate &d : std::as_const(m_marked))
        m_month->setDateTextFormat(d, QTextCharFormat());
    m_marked.clear();
    for (const CalendarItem &i : m_model->items()) {
        QTextCharFormat f = m_month->dateTextFormat(i.date);
        if (i.tournament) {
            f.setFontWeight(QFont::Bold);
            f.setBackground(QColor(QStringLiteral("#cfe3f7")));
        } else if (f.background().style() == Qt::NoBrush) {
            f.setBackground(i.kind == CalendarStore::kindLabel(EventKind::Holiday)
                                ? QColor(QStringLiteral("#f3e0c4"))
                                : QColor(QStringLiteral("#d9efd9")));
        }
        if (i.cancelled && m_model->itemsOn(i.date).size() == 1)
            f.setFontStrikeOut(true);
        f.setForeground(palette().color(QPalette::Text));
        m_month->setDateTextFormat(i.date, f);
        m_marked << i.date;
    }
}

void CalendarPage::updateDay()
{
    const QDate date = selectedDate();
    const QLocale locale;
    QString html = QStringLiteral("<b>%1</b>").arg(
        locale.toString(date, QLocale::LongFormat).toHtmlEscaped());
    const QList<CalendarItem> items = m_model->itemsOn(date);
    if (items.isEmpty())
        html += QStringLiteral("<br>") +
                tr("Nothing on this day. Insert adds an event.").toHtmlEscaped();
    for (const CalendarItem &i : items) {
        QString time = i.start.isValid() ? i.start.toString(QStringLiteral("HH:mm")) : tr("all day");
        if (i.start.isValid() && i.end.isValid())
            time += QStringLiteral("–") + i.end.toString(QStringLiteral("HH:mm"));
        QString line = QStringLiteral("%1: %2 (%3)").arg(i.kind, i.name, time).toHtmlEscaped();
        if (!i.place.isEmpty())
            line += QStringLiteral(", ") + i.place.toHtmlEscaped();
        if (i.cancelled)
            line = QStringLiteral("<s>%1</s> <i>%2</i>").arg(line, tr("cancelled").toHtmlEscaped());
        html += QStringLiteral("<br>") + line;
    }
    m_day->setText(html);
}

void CalendarPage::selectRowOf(const QDate &date)
{
    const QList<CalendarItem> &items = m_model->items();
    for (int row = 0; row < items.size(); ++row) {
        if (items.at(row).date == date) {
            m_syncing = true;
            m_table->setCurrentIndex(m_model->index(row, CalendarModel::NameColumn));
            m_table->scrollTo(m_model->index(row, 0));
            m_syncing = false;
            return;
        }
    }
    m_syncing = true;
    m_table->selectionModel()->clearSelection();
    m_syncing = false;
}

int CalendarPage::currentRow() const
{
    const QDate date = selectedDate();
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid() && current.data(CalendarModel::DateRole).toDate() == date)
        return current.row();
    const QList<CalendarItem> &items = m_model->items();
    for (int row = 0; row < items.size(); ++row)
        if (items.at(row).date == date)
            return row;
    return -1;
}

void CalendarPage::addEvent()
{
    if (!m_store)
        return;
    CalendarEvent e;
    e.date = selectedDate();
    auto *dialog = new EventDialog(m_store, m_undoStack, e, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setUndoErrorHandler([this](const QString &text) { showError(text); });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        emit statusMessage(tr("Added %1 to the calendar.").arg(dialog->nameEdit()->text()));
    });
    m_lastDialog = dialog;
    dialog->open();
}

void CalendarPage::openSelected()
{
    if (!m_store)
        return;
    const int row = currentRow();
    if (row < 0) {
        addEvent();
        return;
    }
    const CalendarItem item = m_model->items().at(row);
    if (item.tournament) {
        emit tournamentActivated(item.id);
        return;
    }
    auto event = CalendarStore(*m_store).event(item.id);
    if (!event || !event.value()) {
        showError(event ? tr("The event no longer exists.") : event.error());
        return;
    }
    auto *dialog = new EventDialog(m_store, m_undoStack, *event.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setUndoErrorHandler([this](const QString &text) { showError(text); });
    m_lastDialog = dialog;
    dialog->open();
}

Status CalendarPage::deleteSelected()
{
    if (!m_store)
        return Status::failure(tr("No club file is open."));
    const int row = currentRow();
    if (row < 0)
        return Status::failure(tr("Nothing is on this day."));
    const CalendarItem item = m_model->items().at(row);
    if (item.tournament) {
        const QString text = tr("%1 is a tournament: delete it on the Tournaments page (or "
                                "cancel it there).")
                                 .arg(item.name);
        emit statusMessage(text);
        return Status::failure(text);
    }
    auto event = CalendarStore(*m_store).event(item.id);
    if (!event || !event.value()) {
        const QString text = event ? tr("The event no longer exists.") : event.error();
        showError(text);
        return Status::failure(text);
    }
    Status s = commands::deleteCalendarEvent(m_undoStack, m_store, *event.value(),
                                             [this](const QString &text) { showError(text); });
    if (!s) {
        showError(s.error());
        return s;
    }
    emit statusMessage(tr("Deleted %1 (Edit > Undo brings it back).").arg(item.name));
    return s;
}

Status CalendarPage::exportCalendar(const QString &path)
{
    if (!m_store)
        return Status::failure(tr("No club file is open."));
    Status s = ICalendar::writeSeason(*m_store, season(), path);
    if (s)
        emit statusMessage(tr("Wrote the %1 calendar to %2.")
                               .arg(season())
                               .arg(QDir::toNativeSeparators(path)));
    return s;
}

void CalendarPage::exportWithDialog()
{
    if (!m_store)
        return;
    const QString suggested = QDir::home().filePath(QStringLiteral("sabc-%1.ics").arg(season()));
    const QString path = FileDialog::saveFileName(this, tr("Export the calendar"), suggested,
                                                  tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    if (Status s = exportCalendar(path); !s)
        showError(s.error());
}

void CalendarPage::showError(const QString &text)
{
    if (m_onError) {
        m_onError(text);
        return;
    }
    QMessageBox::warning(this, tr("Calendar"), text);
}

bool CalendarPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool add = key->key() == Qt::Key_Insert ||
                     (key->key() == Qt::Key_N && key->modifiers() == Qt::ControlModifier);
    const bool remove = key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier;
    const bool open = (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                      key->modifiers() == Qt::NoModifier;
    if (!add && !remove && !open)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        // The page's keys win over the window's (Ctrl+N is File > New Club elsewhere).
        event->accept();
        return true;
    }
    if (add)
        addEvent();
    else if (remove)
        (void)deleteSelected();
    else
        openSelected();
    return true;
}
