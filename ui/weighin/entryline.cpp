#include "ui/weighin/entryline.h"

#include "roster/anglerstore.h"
#include "commands/command.h"
#include "core/clubrules.h"
#include "itemmodels/weighinmodel.h"
#include "scale/scalereader.h"
#include "scoring/paperchart.h"
#include "store/store.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QCompleter>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QResizeEvent>
#include <QShortcut>
#include <QStringListModel>
#include <QUndoStack>

namespace {
constexpr int guestItem = -1;
constexpr int maxMatches = 8;

QLineEdit *numberEdit(QWidget *parent, const QString &name, int width)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setMaximumWidth(width);
    edit->setAlignment(Qt::AlignRight);
    return edit;
}
} // namespace

EntryLine::EntryLine(WeighInModel *sheet, QUndoStack *undoStack, QWidget *parent)
    : QFrame(parent), m_sheet(sheet), m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("entryLine"));
    setFrameShape(QFrame::StyledPanel);

    m_angler = new QLineEdit(this);
    m_angler->setObjectName(QStringLiteral("anglerEdit"));
    m_angler->setPlaceholderText(tr("Type part of a name…"));
    m_angler->setMinimumWidth(130);
    m_standing = new QLabel(this);
    m_standing->setObjectName(QStringLiteral("standingLabel"));
    m_matches = new QListWidget(this);
    m_matches->setObjectName(QStringLiteral("matchList"));
    m_matches->setFocusPolicy(Qt::NoFocus);
    m_matches->hide();

    m_fish = numberEdit(this, QStringLiteral("fishEdit"), 40);
    m_weight = numberEdit(this, QStringLiteral("weightEdit"), 75);
    // A hint that cannot be mistaken for a weight already typed.
    m_weight->setPlaceholderText(tr("lb"));
    m_weight->setToolTip(tr("Pounds: 12.34, 12,34, 12-5 or 12 lb 5 oz"));
    m_bigBass = numberEdit(this, QStringLiteral("bigBassEdit"), 75);
    m_dead = numberEdit(this, QStringLiteral("deadEdit"), 40);
    m_late = numberEdit(this, QStringLiteral("lateEdit"), 45);
    m_late->setToolTip(tr("Minutes late to the weigh-in"));
    m_lengths = new QLineEdit(this);
    m_lengths->setObjectName(QStringLiteral("lengthsEdit"));
    m_lengths->setPlaceholderText(tr("15.5, 15 1/2, 15-4"));
    m_lengths->setMinimumWidth(160);
    m_paperPreview = new QLabel(this);
    m_paperPreview->setObjectName(QStringLiteral("paperPreview"));
    m_partner = new QLineEdit(this);
    m_partner->setObjectName(QStringLiteral("partnerEdit"));
    m_partner->setPlaceholderText(tr("optional"));
    m_partner->setMinimumWidth(80);
    m_partner->setMaximumWidth(170);
    m_partner->setCompleter(new QCompleter(new QStringListModel(this), this));
    m_partner->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_partner->completer()->setFilterMode(Qt::MatchContains);
    m_boatPartner = new QLineEdit(this);
    m_boatPartner->setObjectName(QStringLiteral("boatPartnerEdit"));
    m_boatPartner->setPlaceholderText(tr("alone"));
    m_boatPartner->setToolTip(tr("The boater's partner; leave empty for a boat fishing alone"));
    m_boatPartner->setCompleter(new QCompleter(new QStringListModel(this), this));
    m_boatPartner->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_boatPartner->completer()->setFilterMode(Qt::MatchContains);
    m_buyIn = new QCheckBox(tr("B&uy-in"), this);
    m_buyIn->setObjectName(QStringLiteral("buyInBox"));
    m_buyIn->setToolTip(tr("Paid the entry fee without fishing (Ctrl+B)"));
    m_dq = new QCheckBox(tr("D&Q"), this);
    m_dq->setObjectName(QStringLiteral("dqBox"));
    m_dq->setToolTip(tr("Disqualified (Ctrl+D)"));
    m_add = new QPushButton(tr("Add"), this);
    m_add->setObjectName(QStringLiteral("addButton"));
    m_add->setToolTip(tr("Save this row and start the next (Enter)"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("entryMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_standing->hide();

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(2);
    int col = 0;
    auto add = [&](const QString &label, QWidget *field, QList<QWidget *> *group = nullptr) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        grid->addWidget(l, 0, col);
        grid->addWidget(field, 1, col);
        if (group)
            group->append({l, field});
        ++col;
        return l;
    };
    m_anglerLabel = add(tr("&Angler"), m_angler);
    add(tr("&Partner"), m_boatPartner, &m_teamWidgets);
    add(tr("F&ish"), m_fish, &m_weighedWidgets);
    m_weightLabel = add(tr("Wei&ght"), m_weight, &m_weighedWidgets);
    add(tr("&Lengths (in)"), m_lengths, &m_paperWidgets);
    // Paper tournaments too: a big bass put on the scale wins over its chart weight.
    add(tr("&Big bass"), m_bigBass);
    add(tr("Dead"), m_dead);
    add(tr("La&te"), m_late, &m_individualWidgets);
    // The boat partner, buy-in, DQ and Add sit at the end of the same row when there is room,
    // else on a row of their own under the numbers (large text, Spanish labels).
    m_restBox = new QWidget(this);
    auto *restGrid = new QGridLayout(m_restBox);
    restGrid->setContentsMargins(0, 0, 0, 0);
    restGrid->setVerticalSpacing(2);
    auto *partnerLabel = new QLabel(tr("&Partner"), m_restBox);
    partnerLabel->setBuddy(m_partner);
    restGrid->addWidget(partnerLabel, 0, 0);
    m_individualWidgets.append({partnerLabel, m_partner, m_buyIn});
    auto *rest = new QHBoxLayout;
    rest->setSpacing(8);
    rest->addWidget(m_partner);
    rest->addWidget(m_buyIn);
    rest->addWidget(m_dq);
    rest->addWidget(m_add);
    rest->addStretch();
    restGrid->addLayout(rest, 1, 0);
    m_grid = grid;
    m_restColumn = col;
    grid->addWidget(m_restBox, 0, col++, 2, 1);
    grid->setColumnStretch(col - 1, 1);
    grid->addWidget(m_standing, 2, 0, 1, 1);
    grid->addWidget(m_paperPreview, 2, 1, 1, col - 1);
    m_paperWidgets.append(m_paperPreview);

    // The walk-up guest form, shown inline when a name is not on the roster.
    m_guestPanel = new QFrame(this);
    m_guestPanel->setObjectName(QStringLiteral("guestPanel"));
    m_guestPanel->setFrameShape(QFrame::StyledPanel);
    m_guestName = new QLineEdit(m_guestPanel);
    m_guestName->setObjectName(QStringLiteral("guestNameEdit"));
    m_guestPhone = new QLineEdit(m_guestPanel);
    m_guestPhone->setObjectName(QStringLiteral("guestPhoneEdit"));
    m_guestPhone->setPlaceholderText(tr("optional"));
    auto *addGuestButton = new QPushButton(tr("Add guest"), m_guestPanel);
    auto *cancelGuest = new QPushButton(tr("Cancel"), m_guestPanel);
    auto *guestLayout = new QHBoxLayout(m_guestPanel);
    guestLayout->setContentsMargins(6, 4, 6, 4);
    auto *guestTitle = new QLabel(tr("<b>New walk-up guest</b>"), m_guestPanel);
    guestLayout->addWidget(guestTitle);
    auto *nameLabel = new QLabel(tr("Name"), m_guestPanel);
    nameLabel->setBuddy(m_guestName);
    guestLayout->addWidget(nameLabel);
    guestLayout->addWidget(m_guestName, 2);
    auto *phoneLabel = new QLabel(tr("Phone"), m_guestPanel);
    phoneLabel->setBuddy(m_guestPhone);
    guestLayout->addWidget(phoneLabel);
    guestLayout->addWidget(m_guestPhone, 1);
    guestLayout->addWidget(addGuestButton);
    guestLayout->addWidget(cancelGuest);
    m_guestPanel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(grid);
    layout->addWidget(m_matches);
    layout->addWidget(m_guestPanel);
    layout->addWidget(m_message);
    // The scale's state, when one is set up: the live reading, "no reading", or reconnecting.
    m_scaleStatus = new QLabel(this);
    m_scaleStatus->setObjectName(QStringLiteral("scaleStatus"));
    m_scaleStatus->hide();
    layout->addWidget(m_scaleStatus);

    setTabOrder(m_angler, m_boatPartner);
    setTabOrder(m_boatPartner, m_fish);
    setTabOrder(m_fish, m_weight);
    setTabOrder(m_weight, m_lengths);
    setTabOrder(m_lengths, m_bigBass);
    setTabOrder(m_bigBass, m_dead);
    setTabOrder(m_dead, m_late);
    setTabOrder(m_late, m_partner);
    setTabOrder(m_partner, m_buyIn);
    setTabOrder(m_buyIn, m_dq);
    setTabOrder(m_dq, m_add);

    for (QLineEdit *edit : {m_angler, m_fish, m_weight, m_bigBass, m_dead, m_late, m_lengths,
                            m_partner, m_boatPartner, m_guestName, m_guestPhone})
        edit->installEventFilter(this);
    m_partner->completer()->popup()->installEventFilter(this);
    m_boatPartner->completer()->popup()->installEventFilter(this);
    m_buyIn->installEventFilter(this);
    m_dq->installEventFilter(this);

    connect(m_angler, &QLineEdit::textEdited, this, [this] {
        m_chosen = AnglerChoice();
        m_standing->clear();
        m_standing->hide();
        updateMatches();
    });
    // The fish count never moves on by itself: a habitual Tab after it, or a weight typed
    // into it, must not land a weight in another field (a weight here is refused in words).
    auto checkWeight = [this](QLineEdit *edit) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            return;
        auto w = Weight::parse(text);
        if (!w)
            showError(w.error(), edit);
        else if (m_message->property("field").toString() == edit->objectName())
            showInfo(QString());
    };
    connect(m_weight, &QLineEdit::editingFinished, this,
            [this, checkWeight] { checkWeight(m_weight); });
    connect(m_bigBass, &QLineEdit::editingFinished, this,
            [this, checkWeight] { checkWeight(m_bigBass); });
    connect(m_lengths, &QLineEdit::textChanged, this, &EntryLine::updatePaperPreview);
    // Typing wins over the scale: a typed weight is a typed weight.
    connect(m_weight, &QLineEdit::textEdited, this, [this] { markFromScale(m_weight, false); });
    connect(m_bigBass, &QLineEdit::textEdited, this, [this] { markFromScale(m_bigBass, false); });
    m_weight->setProperty("typedToolTip", m_weight->toolTip());
    m_bigBass->setProperty("typedToolTip", m_bigBass->toolTip());
    connect(m_add, &QPushButton::clicked, this, [this] { (void)commit(); });
    connect(addGuestButton, &QPushButton::clicked, this, &EntryLine::addGuest);
    connect(cancelGuest, &QPushButton::clicked, this, &EntryLine::closeGuestPanel);
    connect(m_matches, &QListWidget::itemActivated, this, [this] { chooseCurrentMatch(); });

    auto *buyInKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_B), this);
    buyInKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(buyInKey, &QShortcut::activated, this, &EntryLine::toggleBuyIn);
    auto *dqKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_D), this);
    dqKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(dqKey, &QShortcut::activated, this, &EntryLine::toggleDq);

    if (m_sheet) {
        connect(m_sheet, &WeighInModel::modelReset, this, &EntryLine::updateForTournament);
        connect(m_sheet, &WeighInModel::sheetChanged, this, [this] {
            updatePartnerNames();
            // After an undo (or a change elsewhere) the "Saved ..." line and the "already on
            // the sheet (row N)" hints must not describe a sheet that is gone.
            if (!m_savedEntryId.isEmpty() && m_sheet->rowOfEntry(m_savedEntryId) < 0) {
                showInfo(tr("Undone: %1 is no longer on the sheet.").arg(m_savedName));
                m_undoneEntryId = m_savedEntryId;
                m_savedEntryId.clear();
            } else if (!m_undoneEntryId.isEmpty() &&
                       m_sheet->rowOfEntry(m_undoneEntryId) >= 0) {
                // Redone: the "Undone" line no longer describes the sheet.
                showInfo(QString());
                m_savedEntryId = m_undoneEntryId;
                m_undoneEntryId.clear();
            }
            if (m_matches->isVisible())
                updateMatches();
        });
    }
    updateForTournament();
    fitWidths();
}

int EntryLine::season() const
{
    if (m_sheet && m_sheet->tournament().season > 0)
        return m_sheet->tournament().season;
    return m_sheet && m_sheet->store() ? m_sheet->store()->currentSeason() : 0;
}

void EntryLine::fitWidths()
{
    // Widths follow the text size (View > Zoom), so "12.34" is never shown as "1...".
    const QFontMetrics fm(font());
    const int pad = 16;
    m_fish->setFixedWidth(fm.horizontalAdvance(QStringLiteral("00")) + pad);
    m_dead->setFixedWidth(fm.horizontalAdvance(QStringLiteral("00")) + pad);
    m_late->setFixedWidth(fm.horizontalAdvance(QStringLiteral("000")) + pad);
    for (QLineEdit *edit : {m_weight, m_bigBass})
        edit->setFixedWidth(fm.horizontalAdvance(QStringLiteral("00 lb 00 oz")) + pad);
    m_angler->setMinimumWidth(fm.horizontalAdvance(QStringLiteral("Abcdefghijklmnop")) + pad);
    m_partner->setMinimumWidth(fm.horizontalAdvance(QStringLiteral("Abcdefghijk")) + pad);
    m_partner->setMaximumWidth(fm.horizontalAdvance(QStringLiteral("Abcdefghijklmnopqrstu")) + pad);
    m_boatPartner->setMinimumWidth(fm.horizontalAdvance(QStringLiteral("Abcdefghijklmn")) + pad);
    // The completions show whole names ("Walter Gutierrez"), however narrow the field.
    for (QLineEdit *edit : {m_partner, m_boatPartner})
        edit->completer()->popup()->setMinimumWidth(
            fm.horizontalAdvance(QStringLiteral("Abcdefghijklmnopqrstuvwxyz abc")) + 2 * pad);
    m_lengths->setMinimumWidth(fm.horizontalAdvance(QStringLiteral("15.5, 15 1/2, 15-4")) + pad);
    placeRest();
}

void EntryLine::placeRest()
{
    if (!m_grid)
        return;
    // The width of one row: every visible column (label or field, whichever is wider) and the
    // partner box at the end.
    int oneRow = 0;
    int columns = 0;
    for (int c = 0; c < m_restColumn; ++c) {
        int widest = 0;
        for (int r = 0; r < 2; ++r)
            if (QLayoutItem *item = m_grid->itemAtPosition(r, c))
                if (QWidget *w = item->widget(); w && !w->isHidden())
                    widest = std::max(widest, w->sizeHint().width());
        if (widest > 0) {
            oneRow += widest;
            ++columns;
        }
    }
    oneRow += m_restBox->sizeHint().width() + columns * m_grid->horizontalSpacing() +
              contentsMargins().left() + contentsMargins().right() + 24;
    const bool twoRows = width() < oneRow;
    if (twoRows == m_restBelow && m_grid->indexOf(m_restBox) >= 0)
        return;
    m_restBelow = twoRows;
    m_grid->removeWidget(m_restBox);
    if (twoRows)
        m_grid->addWidget(m_restBox, 3, 0, 1, m_restColumn + 1);
    else
        m_grid->addWidget(m_restBox, 0, m_restColumn, 2, 1);
}

void EntryLine::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    placeRest();
}

void EntryLine::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitWidths();
}

bool EntryLine::isTeam() const
{
    return m_sheet && m_sheet->isTeam();
}

void EntryLine::updateForTournament()
{
    // Another tournament: nothing typed or said about the last one stays on screen.
    const QString shown = m_sheet ? m_sheet->tournamentId() : QString();
    if (shown != m_shownTournamentId) {
        m_shownTournamentId = shown;
        if (m_grid) {
            clear();
            showInfo(QString());
            m_savedEntryId.clear();
        }
    }
    const bool team = isTeam();
    const bool paper = m_sheet && m_sheet->isPaper() && !team;
    for (QWidget *w : std::as_const(m_weighedWidgets))
        w->setVisible(!paper);
    for (QWidget *w : std::as_const(m_paperWidgets))
        w->setVisible(paper);
    for (QWidget *w : std::as_const(m_individualWidgets))
        w->setVisible(!team);
    for (QWidget *w : std::as_const(m_teamWidgets))
        w->setVisible(team);
    // Team format: the line is a boat; its weight is the boat's.
    m_anglerLabel->setText(team ? tr("Boa&ter") : tr("&Angler"));
    m_weightLabel->setText(team ? tr("Team wei&ght") : tr("Wei&ght"));
    m_fish->setToolTip(team ? tr("The boat's fish (both anglers)") : QString());
    placeRest();
    const bool open = m_sheet && !m_sheet->tournamentId().isEmpty() && !m_sheet->isLocked();
    setEnabled(open);
    refreshRoster();
}

void EntryLine::refreshRoster()
{
    m_roster.clear();
    if (!m_sheet || !m_sheet->store())
        return;
    auto roster = AnglerStore(m_sheet->store()).choices(season());
    if (!roster) {
        showError(roster.error());
        return;
    }
    m_roster = roster.value();
    updatePartnerNames();
    if (!m_chosen.id.isEmpty())
        for (const AnglerChoice &c : std::as_const(m_roster))
            if (c.id == m_chosen.id)
                m_chosen = c;
}

void EntryLine::updatePartnerNames()
{
    if (!m_sheet)
        return;
    // Individual format: a partner already weighed in; team format: anyone on the roster not
    // on the sheet yet (members first, as the roster lists them).
    QStringList names;
    for (const EntryRecord &e : m_sheet->entries())
        names.append(e.anglerName);
    static_cast<QStringListModel *>(m_partner->completer()->model())->setStringList(names);
    QStringList free;
    for (const AnglerChoice &c : std::as_const(m_roster))
        if (m_sheet->rowOfAngler(c.id) < 0)
            free.append(c.name);
    static_cast<QStringListModel *>(m_boatPartner->completer()->model())->setStringList(free);
}

QString EntryLine::standingText(const AnglerChoice &c) const
{
    if (c.member)
        return c.duesPaidThrough >= season() ? tr("member, dues paid") : tr("member, dues overdue");
    if (c.guestEvents >= ClubRules::guestTournamentLimit)
        return tr("guest, %n events this year: dues owed", nullptr, c.guestEvents);
    if (c.guestEvents > 0)
        return tr("guest, %n event this year", nullptr, c.guestEvents);
    return c.inactive ? tr("guest (inactive member)") : tr("guest");
}

void EntryLine::updateMatches()
{
    m_matches->clear();
    const QString typed = m_angler->text().simplified();
    if (typed.isEmpty()) {
        m_matches->hide();
        return;
    }
    const QString key = typed.toCaseFolded();
    // Whole name starting with the text, then a word starting with it, then anywhere; members
    // first within each (the roster comes members first, by name).
    QList<QPair<int, int>> ranked; // rank, roster index
    for (int i = 0; i < m_roster.size(); ++i) {
        const QString name = m_roster.at(i).name.toCaseFolded();
        int rank = -1;
        if (name.startsWith(key))
            rank = 0;
        else if (name.contains(QStringLiteral(" ") + key))
            rank = 1;
        else if (name.contains(key))
            rank = 2;
        if (rank < 0)
            continue;
        const bool onSheet = m_sheet && m_sheet->rowOfAngler(m_roster.at(i).id) >= 0;
        const int group = onSheet ? 2 : (m_roster.at(i).member ? 0 : 1);
        ranked.append({group * 10 + rank, i});
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (int k = 0; k < ranked.size() && k < maxMatches; ++k) {
        const AnglerChoice &c = m_roster.at(ranked.at(k).second);
        const bool onSheet = m_sheet && m_sheet->rowOfAngler(c.id) >= 0;
        auto *item = new QListWidgetItem(onSheet ? tr("%1 — already on the sheet (row %2)")
                                                       .arg(c.name)
                                                       .arg(m_sheet->rowOfAngler(c.id) + 1)
                                                 : tr("%1 — %2").arg(c.name, standingText(c)),
                                         m_matches);
        item->setData(Qt::UserRole, ranked.at(k).second);
        if (onSheet)
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    auto *guest = new QListWidgetItem(tr("Add walk-up guest “%1”…").arg(typed), m_matches);
    guest->setData(Qt::UserRole, guestItem);
    m_matches->setCurrentRow(0);
    m_matches->setFixedHeight(m_matches->sizeHintForRow(0) * m_matches->count() +
                              2 * m_matches->frameWidth() + 2);
    m_matches->show();
}

void EntryLine::chooseCurrentMatch()
{
    QListWidgetItem *item = m_matches->currentItem();
    if (!item)
        return;
    const int index = item->data(Qt::UserRole).toInt();
    if (index == guestItem) {
        openGuestPanel();
        return;
    }
    const AnglerChoice &c = m_roster.at(index);
    if (m_sheet && m_sheet->rowOfAngler(c.id) >= 0) {
        showError(tr("%1 is already on the sheet (row %2). Change that row instead.")
                      .arg(c.name)
                      .arg(m_sheet->rowOfAngler(c.id) + 1),
                  m_angler);
        return;
    }
    choose(c);
}

void EntryLine::choose(const AnglerChoice &choice)
{
    m_chosen = choice;
    m_angler->setText(choice.name);
    m_standing->setText(standingText(choice));
    m_standing->show();
    m_matches->hide();
    m_matches->clear();
    showInfo(QString());
    if (isTeam())
        m_boatPartner->setFocus(Qt::TabFocusReason);
    else if (m_sheet && m_sheet->isPaper())
        m_lengths->setFocus(Qt::TabFocusReason);
    else
        m_fish->setFocus(Qt::TabFocusReason);
}

void EntryLine::openGuestPanel()
{
    m_matches->hide();
    m_guestName->setText(m_angler->text().simplified());
    m_guestPhone->clear();
    m_guestPanel->show();
    m_guestPhone->setFocus(Qt::TabFocusReason);
    showInfo(tr("Not on the roster: check the name, add a phone number if you have one, and press "
                "Enter to add the guest."));
}

void EntryLine::closeGuestPanel()
{
    m_guestPanel->hide();
    m_angler->setFocus(Qt::TabFocusReason);
    m_angler->selectAll();
}

void EntryLine::addGuest()
{
    if (!m_sheet || !m_sheet->store())
        return;
    // A walk-up guest with the name of someone on the roster is almost always that person:
    // offer them, and create a namesake only when the director says so (the default is no).
    const QString wanted = m_guestName->text().simplified().toCaseFolded();
    for (const AnglerChoice &c : std::as_const(m_roster)) {
        if (c.name.simplified().toCaseFolded() != wanted)
            continue;
        const int row = m_sheet->rowOfAngler(c.id);
        const QString where = row >= 0 ? tr("%1 is already on this sheet (row %2).")
                                             .arg(c.name)
                                             .arg(row + 1)
                                       : tr("%1 is already on the roster.").arg(c.name);
        const QString question =
            tr("%1\n\nAdd a different person with the same name as a new walk-up guest?")
                .arg(where);
        const bool yes =
            m_confirm ? m_confirm(question)
                      : QMessageBox::question(this, tr("Same name"), question,
                                              QMessageBox::Yes | QMessageBox::No,
                                              QMessageBox::No) == QMessageBox::Yes;
        if (yes)
            break;
        m_guestPanel->hide();
        if (row >= 0) {
            m_angler->clear();
            showError(tr("%1 Change that row instead.").arg(where), m_angler);
        } else {
            choose(c);
        }
        return;
    }
    Result<QString> added =
        commands::addGuest(m_undoStack, m_sheet->store(), m_guestName->text(), m_guestPhone->text(),
                           [this](const QString &e) { showError(e); });
    if (!added) {
        showError(added.error(), m_guestName);
        return;
    }
    const QString id = added.value();
    const QString name = m_guestName->text().simplified();
    refreshRoster();
    m_guestPanel->hide();
    for (const AnglerChoice &c : std::as_const(m_roster))
        if (c.id == id) {
            choose(c);
            emit message(tr("Added %1 as a walk-up guest.").arg(name));
            return;
        }
}

void EntryLine::toggleBuyIn()
{
    m_buyIn->setChecked(!m_buyIn->isChecked());
}

void EntryLine::toggleDq()
{
    m_dq->setChecked(!m_dq->isChecked());
}

void EntryLine::showError(const QString &text, QWidget *field)
{
    m_message->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty()); // no empty line taking room on a small screen
    m_message->setProperty("field", field ? field->objectName() : QString());
    if (field)
        field->setFocus(Qt::OtherFocusReason);
}

void EntryLine::showInfo(const QString &text)
{
    m_message->setStyleSheet(QString());
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty()); // no empty line taking room on a small screen
    m_message->setProperty("field", QString());
}

void EntryLine::updatePaperPreview()
{
    if (!m_sheet || !m_sheet->isPaper())
        return;
    static const QRegularExpression separators(QStringLiteral("[,;]"));
    QStringList shown;
    QList<int> lengths;
    for (const QString &part : m_lengths->text().split(separators, Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        auto fish = WeighInModel::parseFish(part.trimmed());
        if (!fish) {
            shown.append(tr("“%1”: ?").arg(part.trimmed()));
            continue;
        }
        const int len = fish->lengthEighths;
        lengths.append(len);
        const Weight w = PaperChart::standard().weightFor(len, m_sheet->ruleset());
        shown.append(
            fish->weighedHundredths
                ? tr("%1 in weighed %2 lb")
                      .arg(WeighInModel::lengthText(len),
                           Weight::fromHundredths(*fish->weighedHundredths).toString())
            : w.isZero()
                ? tr("%1 in: under the minimum").arg(WeighInModel::lengthText(len))
                : tr("%1 in = %2 lb").arg(WeighInModel::lengthText(len), w.toString()));
    }
    const PaperChart::Stringer s = PaperChart::standard().stringer(lengths, m_sheet->ruleset());
    m_paperPreview->setText(
        shown.isEmpty() ? QString()
                        : tr("%1 — stringer: %n fish, %2 lb", nullptr, s.fish)
                              .arg(shown.join(QStringLiteral("; ")), s.gross.toString(QLocale())));
}

namespace {
Result<int> count(const QLineEdit *edit, const QString &what)
{
    return ClubRules::count(edit->text(), what);
}
} // namespace

Result<EntryRecord> EntryLine::readLine() const
{
    using R = Result<EntryRecord>;
    EntryRecord e;
    e.tournamentId = m_sheet->tournamentId();
    e.anglerId = m_chosen.id;
    e.anglerName = m_chosen.name;
    e.wasMember = m_chosen.member;
    e.buyIn = m_buyIn->isChecked();
    e.dq = m_dq->isChecked();
    auto dead = count(m_dead, tr("Dead fish"));
    if (!dead)
        return R::failure(dead.error());
    e.dead = dead.value();
    auto late = count(m_late, tr("Minutes late"));
    if (!late)
        return R::failure(late.error());
    e.minutesLate = late.value();
    if (m_sheet->isPaper() && !isTeam()) {
        auto fish = WeighInModel::parseFishList(m_lengths->text());
        if (!fish)
            return R::failure(fish.error());
        e.paperFish = fish.value();
        // A big bass weighed on the scale beats its chart weight (typed here, or "= 6.45" after
        // its length).
        const QString big = m_bigBass->text().trimmed();
        bool weighedInLengths = false;
        for (const PaperFishRecord &f : std::as_const(e.paperFish))
            weighedInLengths = weighedInLengths || f.weighedHundredths.has_value();
        if (!big.isEmpty() && !weighedInLengths) {
            auto w = Weight::parse(big);
            if (!w)
                return R::failure(w.error());
            if (Status s = WeighInModel::setWeighedBigBass(e.paperFish, w.value()); !s)
                return R::failure(s.error());
            e.bigBassFromScale = m_bigBassFromScale;
        }
        return m_sheet->withPaperStringer(e);
    }
    auto fish = count(m_fish, tr("The number of fish"));
    if (!fish)
        return R::failure(fish.error());
    e.fish = fish.value();
    for (auto [edit, target] : {std::pair{m_weight, &e.gross}, std::pair{m_bigBass, &e.bigBass}}) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            continue;
        auto w = Weight::parse(text);
        if (!w)
            return R::failure(w.error());
        *target = w.value();
    }
    e.grossFromScale = m_grossFromScale && !e.gross.isZero();
    e.bigBassFromScale = m_bigBassFromScale && !e.bigBass.isZero();
    return e;
}

Status EntryLine::commit()
{
    if (!m_sheet || m_sheet->tournamentId().isEmpty())
        return Status::failure(tr("Choose a tournament first."));
    if (m_chosen.id.isEmpty()) {
        if (m_matches->isVisible() && m_matches->count() > 0) {
            chooseCurrentMatch();
            return Status::failure(tr("Choose the angler first."));
        }
        const QString text = tr("Choose the angler: type part of the name and press Enter.");
        showError(text, m_angler);
        return Status::failure(text);
    }
    if (isTeam())
        return commitBoat();
    // The partner first: a line whose pairing is refused saves nothing.
    const QString partnerText = m_partner->text().simplified();
    QString partnerId;
    if (!partnerText.isEmpty()) {
        for (const EntryRecord &other : m_sheet->entries())
            if (other.anglerName.compare(partnerText, Qt::CaseInsensitive) == 0)
                partnerId = other.anglerId;
        if (partnerId.isEmpty()) {
            const QString text = tr("The partner “%1” is not on this sheet yet. Weigh them in "
                                    "first, or leave Partner empty and pair them later.")
                                     .arg(partnerText);
            showError(text, m_partner);
            return Status::failure(text);
        }
        if (Status pairing = m_sheet->checkPairing(m_chosen.id, partnerId); !pairing) {
            const QString text = tr("Not saved: %1").arg(pairing.error());
            showError(text, m_partner);
            return Status::failure(text);
        }
    }
    auto line = readLine();
    if (!line) {
        showError(line.error());
        return Status::failure(line.error());
    }
    const EntryRecord e = line.value();
    QStringList errors;
    QStringList warnings;
    for (const EntryIssue &issue : m_sheet->check(e))
        (issue.severity == EntryIssue::Severity::Error ? errors : warnings).append(issue.message);
    if (!e.wasMember && m_chosen.guestEvents >= ClubRules::guestTournamentLimit)
        warnings.append(tr("%1 has already fished %n tournaments as a guest this year; dues are "
                           "owed.",
                           nullptr, m_chosen.guestEvents)
                            .arg(e.anglerName));
    if (!errors.isEmpty()) {
        showError(errors.join(u'\n'));
        return Status::failure(errors.join(u'\n'));
    }
    if (!warnings.isEmpty()) {
        const QString question =
            tr("%1\n\nSave this entry anyway?").arg(warnings.join(QStringLiteral("\n")));
        const bool yes = m_confirm
                             ? m_confirm(question)
                             : QMessageBox::question(this, tr("Check the entry"), question,
                                                     QMessageBox::Save | QMessageBox::Cancel,
                                                     QMessageBox::Cancel) == QMessageBox::Save;
        if (!yes) {
            showInfo(tr("Not saved: correct the entry or press Enter again to confirm."));
            return Status::failure(tr("Not saved."));
        }
    }
    // The entry and its boat pairing are one step to undo.
    if (m_undoStack && !partnerId.isEmpty())
        m_undoStack->beginMacro(tr("Add %1").arg(e.anglerName));
    Status s = m_sheet->addEntry(e);
    QString entryId;
    if (s) {
        const int row = m_sheet->rowOfAngler(e.anglerId);
        entryId = row >= 0 ? m_sheet->entryAt(row).id : QString();
        if (!partnerId.isEmpty() && row >= 0)
            s = m_sheet->setPartner(row, partnerId);
    }
    if (m_undoStack && !partnerId.isEmpty()) {
        m_undoStack->endMacro();
        // A pairing refused after all (changed elsewhere meanwhile): the entry goes too.
        if (!s && entryId.size() > 0 && m_undoStack->canUndo())
            m_undoStack->undo();
    }
    if (!s) {
        showError(tr("Not saved: %1").arg(s.error()));
        return s;
    }
    const QString saved = e.buyIn ? tr("Saved %1: buy-in.").arg(e.anglerName)
                                  : tr("Saved %1: %n fish, %2 lb.", nullptr, e.fish)
                                        .arg(e.anglerName, e.gross.toString(QLocale()));
    clear();
    m_savedEntryId = entryId;
    m_undoneEntryId.clear();
    m_savedName = e.anglerName;
    showInfo(saved);
    emit message(saved);
    emit committed(entryId);
    return Status::success();
}

Result<AnglerChoice> EntryLine::resolvePartner(const QString &text, bool *newGuest) const
{
    using R = Result<AnglerChoice>;
    *newGuest = false;
    const QString wanted = text.simplified().toCaseFolded();
    QList<AnglerChoice> fits;
    for (const AnglerChoice &c : std::as_const(m_roster)) {
        const QString name = c.name.simplified().toCaseFolded();
        if (name == wanted)
            return c;
        if (name.contains(wanted))
            fits.append(c);
    }
    if (fits.size() == 1)
        return fits.first();
    if (fits.isEmpty()) {
        *newGuest = true;
        return R::failure(QString());
    }
    QStringList names;
    for (const AnglerChoice &c : std::as_const(fits))
        names.append(c.name);
    return R::failure(tr("“%1” fits several anglers (%2): type more of the partner's name.")
                          .arg(text.simplified(), names.join(QStringLiteral(", "))));
}

Status EntryLine::commitBoat()
{
    auto fail = [this](const QString &text, QWidget *field = nullptr) {
        showError(text, field);
        return Status::failure(text);
    };
    auto line = readLine();
    if (!line)
        return fail(line.error());
    const EntryRecord numbers = line.value();

    // The partner: someone on the roster not weighed in yet, a new walk-up guest, or no one.
    const QString partnerText = m_boatPartner->text().simplified();
    AnglerChoice partner;
    bool newGuest = false;
    if (!partnerText.isEmpty()) {
        auto found = resolvePartner(partnerText, &newGuest);
        if (!found && !newGuest)
            return fail(found.error(), m_boatPartner);
        if (found) {
            partner = found.value();
            if (partner.id == m_chosen.id)
                return fail(tr("The partner must be someone else than the boater."),
                            m_boatPartner);
            const int row = m_sheet->rowOfAngler(partner.id);
            if (row >= 0) {
                const QString with = m_sheet->partnerOf(partner.id);
                const int withRow = m_sheet->rowOfAngler(with);
                return fail(withRow >= 0
                                ? tr("Not saved: %1 is already in a boat with %2. Change that "
                                     "boat instead.")
                                      .arg(partner.name, m_sheet->entryAt(withRow).anglerName)
                                : tr("Not saved: %1 is already on this sheet (row %2). Change "
                                     "that boat instead.")
                                      .arg(partner.name)
                                      .arg(row + 1),
                            m_boatPartner);
            }
        }
    }
    const bool alone = partnerText.isEmpty();
    const QString boatName =
        alone ? m_chosen.name
              : tr("%1 & %2").arg(m_chosen.name, newGuest ? partnerText : partner.name);

    // The boat's numbers, checked as one stringer of up to two anglers' limits.
    Ruleset rules = m_sheet->ruleset();
    rules.fishLimit *= alone ? 1 : 2;
    Entry asEntry = numbers.toEntry();
    asEntry.anglerName = boatName;
    asEntry.buyIn = false;
    QStringList errors;
    QStringList warnings;
    for (const EntryIssue &issue : EntryValidator::checkOne(asEntry, rules, false))
        (issue.severity == EntryIssue::Severity::Error ? errors : warnings).append(issue.message);
    for (const AnglerChoice *c : {&m_chosen, &partner})
        if (!c->id.isEmpty() && !c->member && c->guestEvents >= ClubRules::guestTournamentLimit)
            warnings.append(tr("%1 has already fished %n tournaments as a guest this year; dues "
                               "are owed.",
                               nullptr, c->guestEvents)
                                .arg(c->name));
    if (newGuest)
        warnings.append(tr("“%1” is not on the roster: add them as a walk-up guest?")
                            .arg(partnerText));
    if (!errors.isEmpty())
        return fail(errors.join(u'\n'));
    if (!warnings.isEmpty()) {
        const QString question =
            tr("%1\n\nSave this boat anyway?").arg(warnings.join(QStringLiteral("\n")));
        const bool yes = m_confirm
                             ? m_confirm(question)
                             : QMessageBox::question(this, tr("Check the boat"), question,
                                                     QMessageBox::Save | QMessageBox::Cancel,
                                                     QMessageBox::Cancel) == QMessageBox::Save;
        if (!yes) {
            showInfo(tr("Not saved: correct the boat or press Enter again to confirm."));
            return Status::failure(tr("Not saved."));
        }
    }

    // One step to undo: the walk-up partner (when new), both anglers' entries and the boat.
    if (m_undoStack)
        m_undoStack->beginMacro(tr("Add the boat of %1").arg(boatName));
    Status s;
    if (newGuest) {
        Result<QString> added = commands::addGuest(m_undoStack, m_sheet->store(), partnerText,
                                                   QString(), [this](const QString &e) {
                                                       showError(e);
                                                   });
        if (added) {
            partner.id = added.value();
            partner.name = partnerText;
            partner.member = false;
        } else {
            s = Status::failure(added.error());
        }
    }
    if (s) {
        QList<EntryRecord> entries;
        for (const AnglerChoice *c : {&m_chosen, &partner}) {
            if (c->id.isEmpty())
                continue;
            EntryRecord e;
            e.tournamentId = m_sheet->tournamentId();
            e.anglerId = c->id;
            e.anglerName = c->name;
            e.wasMember = c->member;
            entries.append(e);
        }
        BoatRecord boat;
        boat.boaterId = m_chosen.id;
        boat.partnerId = partner.id;
        boat.teamWeighed = true;
        boat.teamFish = numbers.fish;
        boat.teamWeight = numbers.gross;
        boat.teamBigBass = numbers.bigBass;
        boat.teamDead = numbers.dead;
        boat.teamDq = numbers.dq;
        s = m_sheet->addTeamBoat(entries, boat);
    }
    if (m_undoStack) {
        m_undoStack->endMacro();
        if (!s && newGuest && m_undoStack->canUndo())
            m_undoStack->undo(); // the walk-up guest made for a boat that was not saved
    }
    if (!s)
        return fail(tr("Not saved: %1").arg(s.error()));
    const QString saved = tr("Saved %1: %n fish, %2 lb.", nullptr, numbers.fish)
                              .arg(boatName, numbers.gross.toString(QLocale()));
    const int row = m_sheet->rowOfAngler(m_chosen.id);
    const QString entryId = row >= 0 ? m_sheet->entryAt(row).id : QString();
    refreshRoster();
    clear();
    m_savedEntryId = entryId;
    m_undoneEntryId.clear();
    m_savedName = boatName;
    showInfo(saved);
    emit message(saved);
    emit committed(entryId);
    return Status::success();
}

void EntryLine::clear()
{
    m_chosen = AnglerChoice();
    for (QLineEdit *edit :
         {m_angler, m_fish, m_weight, m_bigBass, m_dead, m_late, m_lengths, m_partner,
          m_boatPartner})
        edit->clear();
    m_buyIn->setChecked(false);
    m_dq->setChecked(false);
    markFromScale(m_weight, false);
    markFromScale(m_bigBass, false);
    m_pendingBag.reset(); // a bag left on the scale is not the next angler's
    m_standing->clear();
    m_standing->hide();
    m_paperPreview->clear();
    m_matches->hide();
    m_guestPanel->hide();
    focusAngler();
}

bool EntryLine::isEmpty() const
{
    if (!m_chosen.id.isEmpty() || m_buyIn->isChecked() || m_dq->isChecked() ||
        m_guestPanel->isVisible())
        return false;
    for (const QLineEdit *edit :
         {m_angler, m_fish, m_weight, m_bigBass, m_dead, m_late, m_lengths, m_partner,
          m_boatPartner})
        if (!edit->text().isEmpty())
            return false;
    return true;
}

void EntryLine::focusAngler()
{
    m_angler->setFocus(Qt::OtherFocusReason);
}

bool EntryLine::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn && (watched == m_weight || watched == m_bigBass) &&
        m_pendingBag)
        QMetaObject::invokeMethod(this, &EntryLine::deliverBag, Qt::QueuedConnection);
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride)
        return QFrame::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    // With nothing typed, Ctrl+Z and Ctrl+Shift+Z undo and redo saved entries (the line edits
    // would otherwise take them for their own text).
    const bool undo = key->matches(QKeySequence::Undo);
    const bool redo = key->matches(QKeySequence::Redo) ||
                      key->keyCombination() == QKeyCombination(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    if ((undo || redo) && m_undoStack && isEmpty() && watched != m_guestName &&
        watched != m_guestPhone) {
        event->accept();
        if (event->type() == QEvent::KeyPress)
            undo ? m_undoStack->undo() : m_undoStack->redo();
        return true;
    }
    if (event->type() != QEvent::KeyPress)
        return QFrame::eventFilter(watched, event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (watched == m_guestName || watched == m_guestPhone) {
        if (enter) {
            addGuest();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            closeGuestPanel();
            return true;
        }
        return false;
    }
    if (watched == m_angler) {
        if (m_matches->isVisible() && m_matches->count() > 0) {
            if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
                const int step = key->key() == Qt::Key_Down ? 1 : -1;
                const int row =
                    std::clamp(m_matches->currentRow() + step, 0, m_matches->count() - 1);
                m_matches->setCurrentRow(row);
                return true;
            }
            if (enter) {
                chooseCurrentMatch();
                return true;
            }
        }
        if (key->key() == Qt::Key_Escape) {
            clear();
            return true;
        }
        // Names have no digits: a digit after part of a name takes the highlighted angler and
        // is the fish count (or the first length), which saves the Enter.
        const QString typed = key->text();
        if (m_chosen.id.isEmpty() && typed.size() == 1 && typed.at(0).isDigit() &&
            m_matches->isVisible() && m_matches->currentItem() &&
            m_matches->currentItem()->data(Qt::UserRole).toInt() != guestItem) {
            chooseCurrentMatch();
            if (m_chosen.id.isEmpty())
                return true;
            QLineEdit *next = m_sheet && m_sheet->isPaper() ? m_lengths : m_fish;
            next->setText(typed);
            emit next->textEdited(typed);
            return true;
        }
        if (enter && !m_chosen.id.isEmpty()) {
            (isTeam() ? m_boatPartner : m_fish)->setFocus(Qt::TabFocusReason);
            return true;
        }
        if (enter) {
            (void)commit();
            return true;
        }
        return false;
    }
    // While the partner's completions are open the keys go to their popup (which sends most of
    // them on to the partner box without passing this filter).
    for (QLineEdit *field : {m_partner, m_boatPartner}) {
        QAbstractItemView *popup = field->completer()->popup();
        if (watched != popup && !(watched == field && popup->isVisible()))
            continue;
        if (enter) {
            // Enter takes the highlighted completion (the first one when none is highlighted);
            // the next Enter saves the row.
            QModelIndex current = popup->currentIndex();
            if (!current.isValid())
                current = popup->model()->index(0, 0);
            if (current.isValid())
                field->setText(current.data().toString());
            popup->hide();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            popup->hide();
            return true;
        }
        if (watched != field)
            return false;
    }
    if (enter) {
        (void)commit();
        return true;
    }
    if (key->key() == Qt::Key_Escape) {
        // Esc drops the whole entry: nothing typed for one angler can be saved for the next.
        clear();
        return true;
    }
    return false;
}

void EntryLine::setScale(ScaleReader *scale)
{
    if (m_scale)
        m_scale->disconnect(this);
    m_scale = scale;
    m_pendingBag.reset();
    if (m_scale) {
        connect(m_scale, &ScaleReader::bagCaptured, this, [this](Weight bag) {
            m_pendingBag = bag;
            deliverBag();
        });
        connect(m_scale, &ScaleReader::scaleEmptied, this, [this] { m_pendingBag.reset(); });
        connect(m_scale, &ScaleReader::stateChanged, this, &EntryLine::updateScaleStatus);
        connect(m_scale, &ScaleReader::readingReceived, this, &EntryLine::updateScaleStatus);
        connect(m_scale, &ScaleReader::notice, this, &EntryLine::message);
    }
    updateScaleStatus();
}

void EntryLine::updateScaleStatus()
{
    const bool on = m_scale && m_scale->state() != ScaleReader::State::Off;
    m_scaleStatus->setVisible(on);
    if (!on)
        return;
    m_scaleStatus->setText(m_scale->stateText());
    const ScaleReader::State state = m_scale->state();
    const bool stable = state == ScaleReader::State::Reading && m_scale->lastReading().stable &&
                        m_scale->lastReading().isWeight();
    m_scaleStatus->setStyleSheet(state == ScaleReader::State::Disconnected
                                     ? QStringLiteral("color: #b71c1c; font-weight: bold;")
                                 : stable ? QStringLiteral("color: #1b5e20;")
                                          : QString());
}

void EntryLine::deliverBag()
{
    if (!m_pendingBag || !isEnabled())
        return;
    QLineEdit *field = m_weight->hasFocus()    ? m_weight
                       : m_bigBass->hasFocus() ? m_bigBass
                                               : nullptr;
    if (!field || !field->isVisible())
        return; // kept while the bag stays on the scale, for the field focused next
    const Weight bag = *m_pendingBag;
    m_pendingBag.reset();
    if (!field->text().trimmed().isEmpty()) {
        // Typing wins: the bag is not used (and not kept for another field or angler).
        showInfo(tr("The scale's %1 lb was not used: this field was typed. Clear it to take the "
                    "scale's weight.")
                     .arg(bag.toString(QLocale())));
        return;
    }
    field->setText(bag.toString(QLocale()));
    markFromScale(field, true);
    showInfo(field == m_weight
                 ? tr("Weight %1 lb read from the scale.").arg(bag.toString(QLocale()))
                 : tr("Big bass %1 lb read from the scale.").arg(bag.toString(QLocale())));
}

void EntryLine::markFromScale(QLineEdit *field, bool fromScale)
{
    (field == m_weight ? m_grossFromScale : m_bigBassFromScale) = fromScale;
    if (field->property("fromScale").toBool() == fromScale)
        return;
    field->setProperty("fromScale", fromScale);
    field->setStyleSheet(fromScale ? QStringLiteral("QLineEdit { border: 2px solid #2e7d32; "
                                                    "background: #e8f5e9; color: #1b5e20; "
                                                    "font-weight: bold; }")
                                   : QString());
    field->setToolTip(fromScale ? tr("Read from the scale. Type to change it.")
                                : field->property("typedToolTip").toString());
}
