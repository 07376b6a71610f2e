#include "ui/roster/officersdialog.h"

#include "core/clubrules.h"
#include "roster/anglerstore.h"
#include "store/store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

OfficersDialog::OfficersDialog(Store *store, QUndoStack *undoStack, QWidget *parent, int season)
    : QDialog(parent), m_store(store), m_undoStack(undoStack), m_season(new QSpinBox(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("officersDialog"));
    setWindowTitle(tr("Club Officers"));
    const int current = store ? store->currentSeason() : 2000;
    m_season->setObjectName(QStringLiteral("season"));
    m_season->setRange(1900, current + 1);
    m_season->setValue(season > 0 ? std::min(season, current + 1) : current);

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
    const QStringList doubts = warnings();
    if (!doubts.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Club Officers"),
                        doubts.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                            tr("Save these officers anyway?"),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("officersQuestion"));
        QPushButton *save = box.addButton(tr("&Save Anyway"), QMessageBox::AcceptRole);
        QPushButton *back = box.addButton(tr("&Go Back"), QMessageBox::RejectRole);
        box.setDefaultButton(back);
        box.setEscapeButton(back);
        box.exec();
        if (box.clickedButton() != save)
            return;
    }
    commands::EditStatus s =
        commands::setOfficers(m_undoStack, m_store, m_season->value(), holders, m_onUndoError);
    if (!s && !s.nothingChanged()) {
        m_error->setText(s.error());
        m_error->show();
        return;
    }
    QDialog::accept();
}

QStringList OfficersDialog::warnings() const
{
    QStringList out;
    if (!m_store)
        return out;
    AnglerStore anglers(m_store);
    const int season = m_season->value();
    QHash<QString, QStringList> postsOf; // angler id -> the posts they would hold
    QHash<QString, QString> names;
    const QStringList posts = ClubRules::officerPosts();
    for (const QString &post : posts) {
        const QComboBox *box = m_boxes.value(post);
        const QString id = box ? box->currentData().toString() : QString();
        if (id.isEmpty())
            continue;
        postsOf[id] << ClubRules::postText(post);
        names.insert(id, box->currentText());
    }
    for (const QString &post : posts) {
        const QComboBox *box = m_boxes.value(post);
        const QString id = box ? box->currentData().toString() : QString();
        if (id.isEmpty() || postsOf.value(id).first() != ClubRules::postText(post))
            continue; // each person once, at their first post
        Result<bool> member = anglers.isMember(id, season);
        if (member && !member.value())
            out << tr("%1 is not a member in %2 (a guest); officers are members.")
                       .arg(names.value(id))
                       .arg(season);
        if (postsOf.value(id).size() > 1)
            out << tr("%1 would hold %2 posts: %3.")
                       .arg(names.value(id))
                       .arg(postsOf.value(id).size())
                       .arg(QLocale().createSeparatedList(postsOf.value(id)));
    }
    return out;
}
