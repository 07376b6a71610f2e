#include "ui/tournaments/tournamentdialog.h"

#include "store/store.h"
#include "tournaments/lakestore.h"
#include "tournaments/rulesetstore.h"
#include "ui/stats/lakehistorywidget.h"
#include "ui/tournaments/lakesdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTimer>
#include <QVBoxLayout>

TournamentDialog::TournamentDialog(Store *store, const TournamentRecord &t, QWidget *parent)
    : QDialog(parent), m_store(store), m_original(t)
{
    setObjectName(QStringLiteral("tournamentDialog"));
    setWindowTitle(t.id.isEmpty() ? tr("New tournament") : tr("Tournament: %1").arg(t.name));

    m_date = new QDateEdit(t.date.isValid() ? t.date : QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    // Typing a whole date (2026-11-28) starts at the year, wherever the cursor was left.
    m_date->installEventFilter(this);
    m_name = new QLineEdit(t.name, this);
    m_lake = new QComboBox(this);
    m_lake->setObjectName(QStringLiteral("lakeBox"));
    m_ramp = new QComboBox(this);
    m_ramp->setObjectName(QStringLiteral("rampBox"));
    m_newLake = new QLineEdit(this);
    m_newLake->setPlaceholderText(tr("new lake's name"));
    m_newRamp = new QLineEdit(this);
    m_newRamp->setPlaceholderText(tr("its ramp (optional)"));
    m_newLakePaper = new QCheckBox(tr("paper"), this);
    auto *addLakeButton = new QPushButton(tr("Add lake"), this);
    addLakeButton->setAutoDefault(false);
    m_lakesButton = new QPushButton(tr("La&kes and Ramps…"), this);
    m_lakesButton->setObjectName(QStringLiteral("lakesButton"));
    m_lakesButton->setAutoDefault(false);
    m_lakesButton->setToolTip(tr("Add, rename, map or delete the club's lakes and ramps"));
    m_lakesButton->hide(); // until the window's undo stack is given
    connect(m_lakesButton, &QPushButton::clicked, this, &TournamentDialog::editLakes);
    m_start = new QTimeEdit(t.startTime.isValid() ? t.startTime : QTime(6, 30), this);
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_weighIn = new QTimeEdit(t.weighInTime.isValid() ? t.weighInTime : QTime(14, 30), this);
    m_weighIn->setDisplayFormat(QStringLiteral("HH:mm"));
    m_format = new QComboBox(this);
    m_format->addItem(tr("Individual"), int(TournamentFormat::Individual));
    m_format->addItem(tr("Team (boats)"), int(TournamentFormat::Team));
    m_format->setCurrentIndex(t.format == TournamentFormat::Team ? 1 : 0);
    m_ruleset = new QComboBox(this);
    m_ruleset->addItem(tr("The season's ruleset"), QString());
    m_fishLimit = new QSpinBox(this);
    m_fishLimit->setRange(1, 25);
    m_fishLimit->setValue(t.fishLimit);
    m_fee = new QLineEdit(t.entryFee.toString(), this);
    m_fee->setObjectName(QStringLiteral("feeEdit"));
    m_feeUnit = new QComboBox(this);
    m_feeUnit->addItem(tr("per angler"), int(FeeBasis::PerAngler));
    m_feeUnit->addItem(tr("per boat"), int(FeeBasis::PerBoat));
    m_feeUnit->setCurrentIndex(t.feeUnit == FeeBasis::PerBoat ? 1 : 0);
    m_paper = new QCheckBox(tr("Paper tournament (fish measured, not weighed)"), this);
    m_paper->setChecked(t.paper);
    m_cancelled = new QCheckBox(tr("Cancelled"), this);
    m_cancelled->setChecked(t.cancelled);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));

    if (m_store) {
        if (auto rulesets = RulesetStore(*m_store).rulesets())
            for (const RulesetRecord &r : rulesets.value())
                m_ruleset->addItem(tr("%1 (%2)").arg(r.name).arg(r.season), r.id);
        m_ruleset->setCurrentIndex(std::max(0, m_ruleset->findData(t.rulesetId)));
    }

    auto *newLakeRow = new QHBoxLayout;
    newLakeRow->addWidget(m_newLake, 2);
    newLakeRow->addWidget(m_newRamp, 2);
    newLakeRow->addWidget(m_newLakePaper);
    newLakeRow->addWidget(addLakeButton);
    auto *fee = new QHBoxLayout;
    fee->addWidget(m_fee);
    fee->addWidget(m_feeUnit);
    auto *times = new QHBoxLayout;
    times->addWidget(m_start);
    times->addWidget(new QLabel(tr("weigh-in"), this));
    times->addWidget(m_weighIn);
    times->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("&Date"), m_date);
    form->addRow(tr("&Name"), m_name);
    auto *lakeRow = new QHBoxLayout;
    lakeRow->addWidget(m_lake, 1);
    lakeRow->addWidget(m_lakesButton);
    auto *lakeLabel = new QLabel(tr("&Lake"), this);
    lakeLabel->setBuddy(m_lake);
    form->addRow(lakeLabel, lakeRow);
    form->addRow(tr("&Ramp"), m_ramp);
    form->addRow(tr("Not listed"), newLakeRow);
    // Rows that hold a layout get a label with a buddy, or the & would show as a character.
    auto *startLabel = new QLabel(tr("&Start"), this);
    startLabel->setBuddy(m_start);
    form->addRow(startLabel, times);
    form->addRow(tr("&Format"), m_format);
    form->addRow(tr("R&uleset"), m_ruleset);
    form->addRow(tr("Fish li&mit"), m_fishLimit);
    auto *feeLabel = new QLabel(tr("&Entry fee"), this);
    feeLabel->setBuddy(m_fee);
    form->addRow(feeLabel, fee);
    form->addRow(QString(), m_paper);
    form->addRow(QString(), m_cancelled);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TournamentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TournamentDialog::reject);
    // What the club knows of the chosen lake and of this month in earlier years, beside the form.
    m_lakeHistory = new LakeHistoryWidget(store, t.id, this);
    auto *columns = new QHBoxLayout;
    columns->addLayout(form, 3);
    columns->addWidget(m_lakeHistory, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_lake, &QComboBox::currentIndexChanged, this, [this] {
        fillRamps(QString());
        const QString id = m_lake->currentData().toString();
        for (const LakeRecord &l : std::as_const(m_lakes))
            if (l.id == id)
                m_paper->setChecked(l.paper); // the lake decides, the director may change it
    });
    connect(addLakeButton, &QPushButton::clicked, this, [this] {
        if (Status s = addLake(m_newLake->text(), m_newLakePaper->isChecked(), m_newRamp->text());
            !s)
            m_error->setText(s.error());
    });
    fillLakes(t.lakeId);
    fillRamps(t.rampId);
    m_paper->setChecked(t.paper);
    connect(m_lake, &QComboBox::currentIndexChanged, this, &TournamentDialog::showLakeHistory);
    connect(m_date, &QDateEdit::dateChanged, this, &TournamentDialog::showLakeHistory);
    showLakeHistory();
    if (t.id.isEmpty() && !t.lakeId.isEmpty())
        for (const LakeRecord &l : std::as_const(m_lakes))
            if (l.id == t.lakeId)
                m_paper->setChecked(l.paper);
}

bool TournamentDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_date && event->type() == QEvent::KeyPress) {
        // A full section (the 4 digits of the year) moves on by itself: the "-" typed after it
        // must not skip the month as well.
        const QString text = static_cast<QKeyEvent *>(event)->text();
        if (text.size() == 1 && text.at(0).isDigit()) {
            m_dateSectionAtDigit = m_date->currentSectionIndex();
        } else if (text == QLatin1String("-") || text == QLatin1String("/")) {
            const bool advanced = m_dateSectionAtDigit >= 0 &&
                                  m_date->currentSectionIndex() != m_dateSectionAtDigit;
            m_dateSectionAtDigit = -1;
            if (advanced)
                return true;
        }
    }
    if (watched == m_date && event->type() == QEvent::FocusIn)
        QTimer::singleShot(0, m_date, [date = m_date] {
            date->setCurrentSection(QDateTimeEdit::YearSection);
            date->setSelectedSection(QDateTimeEdit::YearSection);
        });
    return QDialog::eventFilter(watched, event);
}

void TournamentDialog::setUndoStack(QUndoStack *undoStack)
{
    m_undoStack = undoStack;
    m_lakesButton->setVisible(m_undoStack && m_store);
}

void TournamentDialog::editLakes()
{
    if (!m_store || !m_undoStack)
        return;
    const QString lake = m_lake->currentData().toString();
    const QString ramp = m_ramp->currentData().toString();
    LakesDialog dialog(m_store, m_undoStack, this);
    if (!lake.isEmpty())
        dialog.selectLake(lake);
    // Close is its only button: what it changed is already saved, each change an undo step.
    (void)dialog.exec();
    // The chosen lake and ramp stay chosen unless they were deleted; a renamed one shows its new
    // name.
    fillLakes(lake);
    fillRamps(ramp);
    showLakeHistory();
}

void TournamentDialog::showLakeHistory()
{
    const QString id = m_lake->currentData().toString();
    QString name;
    for (const LakeRecord &l : std::as_const(m_lakes))
        if (l.id == id)
            name = l.name;
    m_lakeHistory->showLake(id, name, m_date->date());
}

void TournamentDialog::fillLakes(const QString &selectLakeId)
{
    const QSignalBlocker block(m_lake);
    m_lake->clear();
    m_lake->addItem(tr("(not chosen yet)"), QString());
    m_lakes.clear();
    if (m_store) {
        auto lakes = LakeStore(*m_store).lakes();
        if (!lakes)
            m_error->setText(lakes.error());
        else
            m_lakes = lakes.value();
    }
    for (const LakeRecord &l : std::as_const(m_lakes))
        m_lake->addItem(l.paper ? tr("%1 (paper)").arg(l.name) : l.name, l.id);
    m_lake->setCurrentIndex(std::max(0, m_lake->findData(selectLakeId)));
}

void TournamentDialog::fillRamps(const QString &selectRampId)
{
    m_ramp->clear();
    m_ramp->addItem(tr("(not chosen yet)"), QString());
    const QString lake = m_lake->currentData().toString();
    if (m_store && !lake.isEmpty()) {
        auto ramps = LakeStore(*m_store).ramps(lake);
        if (!ramps)
            m_error->setText(ramps.error());
        else
            for (const RampRecord &r : ramps.value())
                m_ramp->addItem(r.name, r.id);
    }
    m_ramp->setCurrentIndex(std::max(0, m_ramp->findData(selectRampId)));
    if (selectRampId.isEmpty() && m_ramp->count() == 2)
        m_ramp->setCurrentIndex(1); // the lake's only ramp
}

Status TournamentDialog::addLake(const QString &name, bool paper, const QString &ramp)
{
    if (!m_store)
        return Status::failure(tr("No club file is open."));
    QString lakeId;
    Status s = m_store->transaction([&]() -> Status {
        auto id = LakeStore(*m_store).insertLake(name, paper);
        if (!id)
            return Status::failure(id.error());
        lakeId = id.value();
        if (!ramp.trimmed().isEmpty())
            if (auto r = LakeStore(*m_store).insertRamp(lakeId, ramp); !r)
                return Status::failure(r.error());
        return Status::success();
    });
    if (!s)
        return s;
    fillLakes(lakeId);
    fillRamps(QString());
    m_paper->setChecked(paper);
    m_newLake->clear();
    m_newRamp->clear();
    m_error->clear();
    return Status::success();
}

Result<TournamentRecord> TournamentDialog::record() const
{
    using R = Result<TournamentRecord>;
    TournamentRecord t = m_original;
    t.date = m_date->date();
    t.season = t.date.year();
    t.name = m_name->text().simplified();
    if (t.name.isEmpty())
        return R::failure(tr("Enter the tournament's name."));
    t.lakeId = m_lake->currentData().toString();
    t.rampId = m_ramp->currentData().toString();
    t.startTime = m_start->time();
    t.weighInTime = m_weighIn->time();
    if (t.weighInTime <= t.startTime)
        return R::failure(tr("The weigh-in must be after the start."));
    t.format = TournamentFormat(m_format->currentData().toInt());
    t.rulesetId = m_ruleset->currentData().toString();
    t.fishLimit = m_fishLimit->value();
    auto fee = Money::parse(m_fee->text());
    if (!fee)
        return R::failure(tr("Entry fee: %1").arg(fee.error()));
    t.entryFee = fee.value();
    t.feeUnit = FeeBasis(m_feeUnit->currentData().toInt());
    t.paper = m_paper->isChecked();
    t.cancelled = m_cancelled->isChecked();
    return t;
}

void TournamentDialog::accept()
{
    auto r = record();
    if (!r) {
        m_error->setText(r.error());
        return;
    }
    QDialog::accept();
}
