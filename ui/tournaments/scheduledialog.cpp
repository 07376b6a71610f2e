#include "ui/tournaments/scheduledialog.h"

#include "calendar/seasonplanner.h"
#include "tournaments/rulesetstore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

ScheduleDialog::ScheduleDialog(int season, QWidget *parent) : ScheduleDialog(nullptr, season, parent)
{
}

ScheduleDialog::ScheduleDialog(Store *store, int season, QWidget *parent)
    : QDialog(parent), m_store(store)
{
    setObjectName(QStringLiteral("scheduleDialog"));
    setWindowTitle(tr("Create season schedule"));
    m_season = new QSpinBox(this);
    m_season->setRange(1900, 2200);
    m_season->setValue(season);
    m_table = new QTableWidget(0, 2, this);
    m_table->setHorizontalHeaderLabels({tr("Date (yyyy-mm-dd)"), tr("Name")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_rules = new QLabel(this);
    m_rules->setObjectName(QStringLiteral("rulesLabel"));
    m_rules->setWordWrap(true);
    m_moves = new QLabel(this);
    m_moves->setObjectName(QStringLiteral("movesLabel"));
    m_moves->setWordWrap(true);
    m_moves->hide();
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    auto *intro = new QLabel(tr("The club fishes the 4th Sunday of January to October. Change any "
                                "date or name; untick a tournament to leave it out."),
                             this);
    intro->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Season"), this));
    top->addWidget(m_season);
    top->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ScheduleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ScheduleDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(intro);
    layout->addWidget(m_rules);
    layout->addWidget(m_moves);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_season, &QSpinBox::valueChanged, this, &ScheduleDialog::fill);
    fill();
    resize(520, 460);
}

void ScheduleDialog::fill()
{
    m_rules->setVisible(m_store != nullptr);
    if (m_store) {
        auto rules = RulesetStore(*m_store).forSeason(m_season->value());
        if (!rules)
            m_rules->setText(rules.error());
        else
            m_rules->setText(
                tr("Each tournament: %1, %2 %3, %n fish (the season's rules; change one "
                   "tournament later if it differs).",
                   nullptr, rules->fishLimit)
                    .arg(rules->format == TournamentFormat::Team ? tr("team") : tr("individual"),
                         rules->fee.toString(),
                         rules->feeBasis == FeeBasis::PerBoat ? tr("per boat") : tr("per angler")));
    }
    // The usual dates, moved off days the calendar already holds.
    const QMap<QDate, QString> busy =
        m_store ? SeasonPlanner::busyDays(*m_store, m_season->value()) : QMap<QDate, QString>();
    const QList<PlannedDate> plan = SeasonPlanner::plan(m_season->value(), busy);
    const QStringList moves = SeasonPlanner::describeMoves(plan);
    m_moves->setText(moves.isEmpty()
                         ? QString()
                         : tr("The calendar already holds some of the usual dates:") +
                               QStringLiteral("\n• ") + moves.join(QStringLiteral("\n• ")));
    m_moves->setVisible(!moves.isEmpty());
    m_table->setRowCount(int(plan.size()));
    const QLocale english(QLocale::English);
    for (int row = 0; row < plan.size(); ++row) {
        const PlannedDate &p = plan.at(row);
        auto *date = new QTableWidgetItem(p.date.toString(Qt::ISODate));
        date->setFlags(date->flags() | Qt::ItemIsUserCheckable);
        // A date the calendar holds with no free Sunday left in its month waits for the officer.
        date->setCheckState(p.stuck() ? Qt::Unchecked : Qt::Checked);
        if (p.moved() || p.stuck())
            date->setToolTip(p.busyWith);
        m_table->setItem(row, 0, date);
        m_table->setItem(row, 1,
                         new QTableWidgetItem(
                             tr("%1 Tournament").arg(english.monthName(p.usual.month()))));
    }
}

Result<QList<TournamentRecord>> ScheduleDialog::tournaments() const
{
    using R = Result<QList<TournamentRecord>>;
    QList<TournamentRecord> out;
    QSet<QDate> seen;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *dateItem = m_table->item(row, 0);
        if (!dateItem || dateItem->checkState() != Qt::Checked)
            continue;
        const QString text = dateItem->text().trimmed();
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return R::failure(
                tr("Row %1: “%2” is not a date; write it as 2026-03-22.").arg(row + 1).arg(text));
        if (date.year() != m_season->value())
            return R::failure(tr("Row %1: %2 is not in season %3.")
                                  .arg(row + 1)
                                  .arg(text)
                                  .arg(m_season->value()));
        if (seen.contains(date))
            return R::failure(
                tr("Row %1: there is already a tournament on %2.").arg(row + 1).arg(text));
        seen.insert(date);
        TournamentRecord t;
        t.date = date;
        t.season = date.year();
        t.name = m_table->item(row, 1) ? m_table->item(row, 1)->text().simplified() : QString();
        if (t.name.isEmpty())
            return R::failure(tr("Row %1: enter a name.").arg(row + 1));
        if (m_store)
            if (Status s = RulesetStore(*m_store).startFromSeason(t); !s)
                return R::failure(s.error());
        t.startTime = QTime(6, 30);
        t.weighInTime = QTime(14, 30);
        out.append(t);
    }
    if (out.isEmpty())
        return R::failure(tr("Tick at least one tournament."));
    return out;
}

void ScheduleDialog::accept()
{
    auto r = tournaments();
    if (!r) {
        m_error->setText(r.error());
        return;
    }
    QDialog::accept();
}
