#include "ui/tournaments/seasonrulesdialog.h"

#include "commands/command.h"
#include "store/store.h"
#include "tournaments/rulesetstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

QSpinBox *spin(QWidget *parent, int minimum, int maximum)
{
    auto *box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    return box;
}

QLineEdit *amount(QWidget *parent, const QString &objectName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setMaximumWidth(120);
    return edit;
}

} // namespace

SeasonRulesDialog::SeasonRulesDialog(Store *store, QUndoStack *undoStack, int season,
                                     QWidget *parent)
    : QDialog(parent), m_store(store), m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("seasonRulesDialog"));
    setWindowTitle(tr("Season rules"));

    m_season = spin(this, 1900, 2200);
    m_season->setObjectName(QStringLiteral("seasonBox"));
    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("sourceLabel"));
    m_source->setWordWrap(true);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("formatBox"));
    m_format->addItem(tr("Individual (points, Angler of the Year)"),
                      int(TournamentFormat::Individual));
    m_format->addItem(tr("Team (boats, no points)"), int(TournamentFormat::Team));
    m_fee = amount(this, QStringLiteral("feeEdit"));
    m_feeUnit = new QComboBox(this);
    m_feeUnit->setObjectName(QStringLiteral("feeUnitBox"));
    m_feeUnit->addItem(tr("per angler"), int(FeeBasis::PerAngler));
    m_feeUnit->addItem(tr("per boat"), int(FeeBasis::PerBoat));
    m_fishLimit = spin(this, 1, 25);

    m_places = new QLineEdit(this);
    m_places->setObjectName(QStringLiteral("placesEdit"));
    m_places->setPlaceholderText(tr("1st; 2nd; 3rd …"));
    m_bigBassMoney = amount(this, QStringLiteral("bigBassMoneyEdit"));
    m_clubMoney = amount(this, QStringLiteral("clubMoneyEdit"));
    m_charityMoney = amount(this, QStringLiteral("charityMoneyEdit"));
    m_splitCheck = new QLabel(this);
    m_splitCheck->setObjectName(QStringLiteral("splitLabel"));
    m_splitCheck->setWordWrap(true);

    m_deadPenalty = amount(this, QStringLiteral("deadPenaltyEdit"));
    m_latePenalty = amount(this, QStringLiteral("latePenaltyEdit"));
    m_lateDqMinutes = spin(this, 0, 600);

    m_maxPoints = spin(this, 0, 10000);
    m_zeroOffset = spin(this, 0, 1000);
    m_buyInOffset = spin(this, 0, 1000);
    m_dqPolicy = new QComboBox(this);
    m_dqPolicy->addItem(tr("no points, listed last"), int(DqPolicy::NoPoints));
    m_dqPolicy->addItem(tr("points offset from the last fish"), int(DqPolicy::Offset));
    m_dqOffset = spin(this, 0, 1000);

    m_bestN = spin(this, 0, 100);
    m_bestN->setObjectName(QStringLiteral("bestNBox"));
    m_bestN->setSpecialValueText(tr("all"));
    m_minimumEvents = spin(this, 0, 100);
    m_minimumEvents->setObjectName(QStringLiteral("minimumEventsBox"));
    m_bigBassMinimum = amount(this, QStringLiteral("bigBassMinimumEdit"));
    m_carryIn = amount(this, QStringLiteral("carryInEdit"));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));

    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };

    auto *top = new QHBoxLayout;
    top->addWidget(label(tr("S&eason"), m_season));
    top->addWidget(m_season);
    top->addSpacing(16);
    top->addWidget(label(tr("&Name"), m_name));
    top->addWidget(m_name, 1);

    auto *formatBox = new QGroupBox(tr("Format and entry fee"), this);
    auto *formatForm = new QFormLayout(formatBox);
    formatForm->addRow(label(tr("&Format"), m_format), m_format);
    auto *feeRow = new QHBoxLayout;
    feeRow->addWidget(m_fee);
    feeRow->addWidget(m_feeUnit);
    feeRow->addStretch();
    formatForm->addRow(label(tr("Entry &fee"), m_fee), feeRow);
    formatForm->addRow(label(tr("Fish &limit"), m_fishLimit), m_fishLimit);

    auto *splitBox = new QGroupBox(tr("Split of the fee (per angler or boat)"), this);
    auto *splitForm = new QFormLayout(splitBox);
    splitForm->addRow(label(tr("&Places"), m_places), m_places);
    splitForm->addRow(label(tr("&Big bass"), m_bigBassMoney), m_bigBassMoney);
    splitForm->addRow(label(tr("&Club"), m_clubMoney), m_clubMoney);
    splitForm->addRow(label(tr("C&harity"), m_charityMoney), m_charityMoney);
    splitForm->addRow(QString(), m_splitCheck);

    auto *penaltyBox = new QGroupBox(tr("Penalties"), this);
    auto *penaltyForm = new QFormLayout(penaltyBox);
    penaltyForm->addRow(label(tr("&Dead fish (lb each)"), m_deadPenalty), m_deadPenalty);
    penaltyForm->addRow(label(tr("Late (lb per &minute)"), m_latePenalty), m_latePenalty);
    penaltyForm->addRow(label(tr("DQ when late &over (minutes)"), m_lateDqMinutes),
                        m_lateDqMinutes);

    auto *pointsBox = new QGroupBox(tr("Points (individual format)"), this);
    auto *pointsForm = new QFormLayout(pointsBox);
    pointsForm->addRow(label(tr("Ma&ximum"), m_maxPoints), m_maxPoints);
    pointsForm->addRow(label(tr("&Zero: last fish minus"), m_zeroOffset), m_zeroOffset);
    pointsForm->addRow(label(tr("B&uy-in: last fish minus"), m_buyInOffset), m_buyInOffset);
    pointsForm->addRow(label(tr("D&Q"), m_dqPolicy), m_dqPolicy);
    pointsForm->addRow(label(tr("DQ offset: last fish m&inus"), m_dqOffset), m_dqOffset);

    auto *seasonBox = new QGroupBox(tr("Angler of the Year and big bass"), this);
    auto *seasonForm = new QFormLayout(seasonBox);
    seasonForm->addRow(label(tr("Best N &tournaments count"), m_bestN), m_bestN);
    seasonForm->addRow(label(tr("Minimum e&vents"), m_minimumEvents), m_minimumEvents);
    seasonForm->addRow(label(tr("Big bass must &weigh over (lb)"), m_bigBassMinimum),
                       m_bigBassMinimum);
    seasonForm->addRow(label(tr("Opening big bass &carry-in"), m_carryIn), m_carryIn);

    auto *grid = new QGridLayout;
    grid->addWidget(formatBox, 0, 0);
    grid->addWidget(splitBox, 1, 0);
    grid->addWidget(penaltyBox, 2, 0);
    grid->addWidget(pointsBox, 0, 1, 2, 1);
    grid->addWidget(seasonBox, 2, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SeasonRulesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SeasonRulesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_source);
    layout->addLayout(grid);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    for (QLineEdit *edit : {m_fee, m_places, m_bigBassMoney, m_clubMoney, m_charityMoney})
        connect(edit, &QLineEdit::textChanged, this, &SeasonRulesDialog::updateSplitCheck);
    connect(m_season, &QSpinBox::valueChanged, this, &SeasonRulesDialog::setSeason);

    m_confirm = [this](const QString &text) {
        return QMessageBox::question(this, tr("Season rules"), text,
                                     QMessageBox::Save | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Save;
    };
    {
        const QSignalBlocker block(m_season);
        m_season->setValue(season);
    }
    setSeason(season);
}

int SeasonRulesDialog::season() const
{
    return m_season->value();
}

void SeasonRulesDialog::setSeason(int season)
{
    if (m_season->value() != season) {
        const QSignalBlocker block(m_season);
        m_season->setValue(season);
    }
    m_error->clear();
    SeasonRules current;
    current.rules = Ruleset::bylaws(season);
    if (m_store) {
        auto r = RulesetStore(*m_store).seasonRules(season);
        if (!r)
            m_error->setText(r.error());
        else
            current = r.value();
    }
    if (current.stored)
        m_source->setText(tr("The rules of season %1.").arg(season));
    else if (current.copiedFrom > 0)
        m_source->setText(tr("Season %1 has no rules of its own yet: these are a copy of season "
                             "%2's. Save to keep them for %1.")
                              .arg(season)
                              .arg(current.copiedFrom));
    else
        m_source->setText(tr("Season %1 has no rules yet: these are the club's bylaws. Save to "
                             "keep them for %1.")
                              .arg(season));
    m_loaded = current.rules;
    showRules(current.rules);
}

void SeasonRulesDialog::showRules(const Ruleset &r)
{
    m_name->setText(r.name);
    m_format->setCurrentIndex(std::max(0, m_format->findData(int(r.format))));
    m_fee->setText(r.fee.toString());
    m_feeUnit->setCurrentIndex(std::max(0, m_feeUnit->findData(int(r.feeBasis))));
    m_fishLimit->setValue(r.fishLimit);
    QStringList places;
    for (Money m : r.placeMoney)
        places << m.toString();
    m_places->setText(places.join(QStringLiteral("; ")));
    m_bigBassMoney->setText(r.bigBassMoney.toString());
    m_clubMoney->setText(r.clubMoney.toString());
    m_charityMoney->setText(r.charityMoney.toString());
    m_deadPenalty->setText(r.deadFishPenalty.toString());
    m_latePenalty->setText(r.latePenaltyPerMinute.toString());
    m_lateDqMinutes->setValue(r.lateDqMinutes);
    m_maxPoints->setValue(r.maxPoints);
    m_zeroOffset->setValue(r.zeroOffset);
    m_buyInOffset->setValue(r.buyInOffset);
    m_dqPolicy->setCurrentIndex(std::max(0, m_dqPolicy->findData(int(r.dqPolicy))));
    m_dqOffset->setValue(r.dqOffset);
    m_bestN->setValue(r.bestN);
    m_minimumEvents->setValue(r.minimumEvents);
    m_bigBassMinimum->setText(r.bigBassThreshold.toString());
    m_carryIn->setText(r.bigBassCarryIn.toString());
    updateSplitCheck();
}

Result<Ruleset> SeasonRulesDialog::rules() const
{
    using R = Result<Ruleset>;
    Ruleset r = m_loaded;
    r.name = m_name->text().simplified();
    if (r.name.isEmpty())
        return R::failure(tr("Give the rules a name, like \"SABC %1\".").arg(season()));
    r.format = TournamentFormat(m_format->currentData().toInt());
    r.feeBasis = FeeBasis(m_feeUnit->currentData().toInt());
    r.fishLimit = m_fishLimit->value();
    auto money = [](const QString &what, const QLineEdit *edit, Money &target) -> Status {
        auto m = Money::parse(edit->text());
        if (!m)
            return Status::failure(tr("%1: %2").arg(what, m.error()));
        target = m.value();
        return Status::success();
    };
    auto weight = [](const QString &what, const QLineEdit *edit, Weight &target) -> Status {
        auto w = Weight::parse(edit->text());
        if (!w)
            return Status::failure(tr("%1: %2").arg(what, w.error()));
        target = w.value();
        return Status::success();
    };
    if (Status s = money(tr("Entry fee"), m_fee, r.fee); !s)
        return R::failure(s.error());
    r.placeMoney.clear();
    static const QRegularExpression separators(QStringLiteral("[;\\s]+"));
    const QStringList places = m_places->text().split(separators, Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < places.size(); ++i) {
        QString text = places.at(i);
        if (text == QLatin1String("$"))
            continue;
        auto m = Money::parse(text);
        if (!m)
            return R::failure(tr("Place %1: %2").arg(i + 1).arg(m.error()));
        r.placeMoney.append(m.value());
    }
    if (Status s = money(tr("Big bass"), m_bigBassMoney, r.bigBassMoney); !s)
        return R::failure(s.error());
    if (Status s = money(tr("Club"), m_clubMoney, r.clubMoney); !s)
        return R::failure(s.error());
    if (Status s = money(tr("Charity"), m_charityMoney, r.charityMoney); !s)
        return R::failure(s.error());
    if (Status s = weight(tr("Dead fish"), m_deadPenalty, r.deadFishPenalty); !s)
        return R::failure(s.error());
    if (Status s = weight(tr("Late"), m_latePenalty, r.latePenaltyPerMinute); !s)
        return R::failure(s.error());
    r.lateDqMinutes = m_lateDqMinutes->value();
    r.maxPoints = m_maxPoints->value();
    r.zeroOffset = m_zeroOffset->value();
    r.buyInOffset = m_buyInOffset->value();
    r.dqPolicy = DqPolicy(m_dqPolicy->currentData().toInt());
    r.dqOffset = m_dqOffset->value();
    r.bestN = m_bestN->value();
    r.minimumEvents = m_minimumEvents->value();
    if (Status s = weight(tr("Big bass minimum"), m_bigBassMinimum, r.bigBassThreshold); !s)
        return R::failure(s.error());
    if (Status s = money(tr("Opening big bass carry-in"), m_carryIn, r.bigBassCarryIn); !s)
        return R::failure(s.error());
    if (Status s = r.validate(); !s)
        return R::failure(s.error());
    return r;
}

void SeasonRulesDialog::updateSplitCheck()
{
    auto fee = Money::parse(m_fee->text());
    Money split;
    bool readable = fee.ok();
    static const QRegularExpression separators(QStringLiteral("[;\\s]+"));
    for (const QString &text : m_places->text().split(separators, Qt::SkipEmptyParts)) {
        if (text == QLatin1String("$"))
            continue;
        auto m = Money::parse(text);
        readable = readable && m.ok();
        if (m)
            split += m.value();
    }
    for (const QLineEdit *edit : {m_bigBassMoney, m_clubMoney, m_charityMoney}) {
        auto m = Money::parse(edit->text());
        readable = readable && m.ok();
        if (m)
            split += m.value();
    }
    QString text;
    bool good = false;
    if (!readable)
        text = tr("Type every amount as dollars and cents, like 7.00.");
    else if (split == fee.value()) {
        text = tr("Adds up to the fee: %1.").arg(split.toString());
        good = true;
    } else if (split < fee.value())
        text = tr("Adds up to %1, %2 short of the %3 fee.")
                   .arg(split.toString(), (fee.value() - split).toString(), fee->toString());
    else
        text = tr("Adds up to %1, %2 over the %3 fee.")
                   .arg(split.toString(), (split - fee.value()).toString(), fee->toString());
    m_splitCheck->setText(text);
    m_splitCheck->setStyleSheet(good ? QStringLiteral("color: #1b5e20;")
                                     : QStringLiteral("color: #b71c1c;"));
}

void SeasonRulesDialog::accept()
{
    auto r = rules();
    if (!r) {
        m_error->setText(r.error());
        return;
    }
    if (!m_store) {
        m_error->setText(tr("No club file is open."));
        return;
    }
    RulesetStore store(*m_store);
    auto current = store.seasonRules(season());
    if (!current) {
        m_error->setText(current.error());
        return;
    }
    if (current->stored && current->rules == r.value()) {
        QDialog::accept(); // nothing changed
        return;
    }
    auto finalized = store.finalizedTournaments(season());
    if (!finalized) {
        m_error->setText(finalized.error());
        return;
    }
    if (!finalized->isEmpty() &&
        !m_confirm(tr("Season %1 has %n finalized tournament(s): %2. Their places, points, "
                      "payouts and the season standings will be scored again with these rules.\n\n"
                      "Save the new rules?",
                      nullptr, int(finalized->size()))
                       .arg(season())
                       .arg(finalized->join(QStringLiteral(", ")))))
        return;
    commands::EditStatus s = commands::setSeasonRules(m_undoStack, m_store, season(), r.value());
    if (!s && !s.nothingChanged()) {
        m_error->setText(s.error());
        return;
    }
    QDialog::accept();
}
