#include "ui/roster/officersdialog.h"

#include "commands/anglercommands.h"
#include "roster/anglerstore.h"
#include "store/store.h"
#include "core/clubrules.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

OfficersDialog::OfficersDialog(Store *store, QUndoStack *undoStack, QWidget *parent)
    : QDialog(parent), m_store(store), m_undoStack(undoStack), m_season(new QSpinBox(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("officersDialog"));
    setWindowTitle(tr("Club Officers"));
    const int current = store ? store->currentSeason() : 2000;
    m_season->setObjectName(QStringLiteral("season"));
    m_season->setRange(1900, current + 1);
    m_season->setValue(current);

    auto *form = new QFormLayout;
    form->addRow(tr("&Season:"), m_season);
    const QStringList mnemonics = {tr("&President/Secretary:"), tr("&Treasurer:"),
                                   tr("&Weighmaster:"), tr("&Assistant Weighmaster:")};
    for (int i = 0; i < ClubRules::officerPosts().size(); ++i) {
        const QString post = ClubRules::officerPosts().at(i);
        auto *box = new QComboBox(this);
        box->setObjectName(post);
        m_boxes.insert(post, box);
        form->addRow(mnemonics.value(i), box);
    }
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &OfficersDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OfficersDialog::reject);
    connect(m_season, &QSpinBox::valueChanged, this, &OfficersDialog::load);
    load();
}

QString OfficersDialog::errorText() const
{
    return m_error->text();
}

void OfficersDialog::load()
{
    if (!m_store)
        return;
    AnglerStore anglers(m_store);
    Result<QList<Angler>> people = anglers.anglers();
    Result<QHash<QString, QString>> holders = anglers.officers(m_season->value());
    if (!people || !holders) {
        m_error->setText(!people ? people.error() : holders.error());
        m_error->show();
        return;
    }
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        QComboBox *box = it.value();
        const QString holder = holders->value(it.key());
        box->clear();
        box->addItem(tr("(vacant)"), QString());
        for (const Angler &a : people.value()) {
            if (a.inactive && a.id != holder)
                continue;
            box->addItem(a.fullName, a.id);
        }
        const int index = box->findData(holder);
        box->setCurrentIndex(index < 0 ? 0 : index);
    }
}

void OfficersDialog::accept()
{
    if (!m_store)
        return;
    QHash<QString, QString> holders;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it)
        holders.insert(it.key(), it.value()->currentData().toString());
    Status s = AnglerCommand::push(m_undoStack,
                                   new SetOfficersCommand(m_store, m_season->value(), holders));
    if (!s && !AnglerCommand::isNothingChanged(s)) {
        m_error->setText(s.error());
        m_error->show();
        return;
    }
    QDialog::accept();
}
