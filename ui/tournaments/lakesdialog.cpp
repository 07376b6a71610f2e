#include "ui/tournaments/lakesdialog.h"

#include "tournaments/lakestore.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace {

enum RampColumn { RampName, RampLatitude, RampLongitude, RampColumns };

std::optional<double> coordinate(const QString &text, bool *ok)
{
    const QString t = text.trimmed();
    *ok = true;
    if (t.isEmpty())
        return std::nullopt;
    const double v = QString(t).replace(u',', u'.').toDouble(ok);
    if (!*ok)
        return std::nullopt;
    return v;
}

QString coordinateText(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'f', 6) : QString();
}

} // namespace

LakesDialog::LakesDialog(Store *store, QUndoStack *undoStack, QWidget *parent)
    : QDialog(parent), m_store(store), m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("lakesDialog"));
    setWindowTitle(tr("Lakes and ramps"));
    m_onUndoError = [this](const QString &text) { showMessage(text, true); };

    m_lakes = new QListWidget(this);
    m_lakes->setObjectName(QStringLiteral("lakeList"));
    auto *lakesLabel = new QLabel(tr("&Lakes"), this);
    lakesLabel->setBuddy(m_lakes);
    auto *addLakeButton = new QPushButton(tr("&Add Lake…"), this);
    auto *deleteLakeButton = new QPushButton(tr("D&elete Lake"), this);
    deleteLakeButton->setToolTip(tr("Only a lake no tournament uses can be deleted"));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("lakeNameEdit"));
    m_map = new QLineEdit(this);
    m_map->setObjectName(QStringLiteral("mapEdit"));
    m_map->setPlaceholderText(tr("https://… (copied from the browser's map)"));
    m_openMap = new QPushButton(tr("&Open Map"), this);
    m_openMap->setToolTip(tr("Opens the map link in the browser"));
    m_paper = new QCheckBox(tr("&Paper tournaments (fish measured, not weighed)"), this);
    m_paper->setObjectName(QStringLiteral("paperBox"));
    auto *saveLakeButton = new QPushButton(tr("Sa&ve Lake"), this);

    m_ramps = new QTableWidget(0, RampColumns, this);
    m_ramps->setObjectName(QStringLiteral("rampTable"));
    m_ramps->setHorizontalHeaderLabels({tr("Ramp"), tr("Latitude"), tr("Longitude")});
    m_ramps->horizontalHeader()->setSectionResizeMode(RampName, QHeaderView::Stretch);
    m_ramps->horizontalHeader()->setSectionResizeMode(RampLatitude, QHeaderView::ResizeToContents);
    m_ramps->horizontalHeader()->setSectionResizeMode(RampLongitude, QHeaderView::ResizeToContents);
    m_ramps->verticalHeader()->hide();
    m_ramps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ramps->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *rampsLabel = new QLabel(tr("Ramp&s (type in a cell to change it)"), this);
    rampsLabel->setBuddy(m_ramps);
    auto *addRampButton = new QPushButton(tr("Add &Ramp…"), this);
    auto *deleteRampButton = new QPushButton(tr("Dele&te Ramp"), this);
    m_showRamp = new QPushButton(tr("S&how Ramp on Map"), this);
    auto *undoButton = new QPushButton(tr("&Undo"), this);
    undoButton->setToolTip(tr("Takes back the last change (also Edit > Undo)"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &LakesDialog::reject);
    // Enter saves the field it is typed in (a lake's name or link, a ramp's cell), never closes
    // the dialog: no button is the default.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    for (QPushButton *b : {addLakeButton, deleteLakeButton, m_openMap, saveLakeButton,
                           addRampButton, deleteRampButton, m_showRamp, undoButton})
        b->setAutoDefault(false);

    auto *left = new QVBoxLayout;
    left->addWidget(lakesLabel);
    left->addWidget(m_lakes, 1);
    auto *lakeButtons = new QHBoxLayout;
    lakeButtons->addWidget(addLakeButton);
    lakeButtons->addWidget(deleteLakeButton);
    left->addLayout(lakeButtons);

    auto *mapRow = new QHBoxLayout;
    mapRow->addWidget(m_map, 1);
    mapRow->addWidget(m_openMap);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    auto *mapLabel = new QLabel(tr("&Map link"), this);
    mapLabel->setBuddy(m_map);
    form->addRow(mapLabel, mapRow);
    form->addRow(QString(), m_paper);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(saveLakeButton);
    auto *rampButtons = new QHBoxLayout;
    rampButtons->addWidget(addRampButton);
    rampButtons->addWidget(deleteRampButton);
    rampButtons->addWidget(m_showRamp);
    rampButtons->addStretch();
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addLayout(saveRow);
    right->addWidget(rampsLabel);
    right->addWidget(m_ramps, 1);
    right->addLayout(rampButtons);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(undoButton);
    bottom->addWidget(m_message, 1);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addLayout(bottom);

    connect(m_lakes, &QListWidget::currentRowChanged, this, [this] {
        if (!m_filling)
            showLake();
    });
    connect(addLakeButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Add a lake"), tr("The lake's name:"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (ok)
            (void)addLake(name);
    });
    connect(deleteLakeButton, &QPushButton::clicked, this, [this] { (void)deleteLake(); });
    connect(saveLakeButton, &QPushButton::clicked, this, [this] { (void)saveLake(); });
    connect(m_name, &QLineEdit::returnPressed, this, [this] { (void)saveLake(); });
    connect(m_map, &QLineEdit::returnPressed, this, [this] { (void)saveLake(); });
    connect(m_paper, &QCheckBox::toggled, this, [this] {
        if (!m_filling)
            (void)saveLake();
    });
    connect(m_openMap, &QPushButton::clicked, this, [this] { openUrl(lakeMapUrl()); });
    connect(addRampButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Add a ramp"), tr("The ramp's name:"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (ok)
            (void)addRamp(name);
    });
    connect(deleteRampButton, &QPushButton::clicked, this, [this] { (void)deleteRamp(); });
    connect(m_showRamp, &QPushButton::clicked, this, [this] { openUrl(rampMapUrl()); });
    connect(m_ramps, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_filling)
            (void)saveRamp(item->row());
    });
    connect(undoButton, &QPushButton::clicked, this, [this] {
        if (!m_undoStack || !m_undoStack->canUndo())
            return;
        const QString what = m_undoStack->undoText();
        const QString lake = currentLakeId();
        m_undoStack->undo();
        reload(lake);
        showMessage(tr("Undone: %1").arg(what), false);
    });
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_lakes, nullptr, nullptr,
                                    Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, [this] { (void)deleteLake(); });
    auto *deleteRampKey = new QShortcut(QKeySequence::Delete, m_ramps, nullptr, nullptr,
                                        Qt::WidgetShortcut);
    connect(deleteRampKey, &QShortcut::activated, this, [this] { (void)deleteRamp(); });
    auto *insertKey = new QShortcut(QKeySequence(Qt::Key_Insert), m_ramps, nullptr, nullptr,
                                    Qt::WidgetShortcut);
    connect(insertKey, &QShortcut::activated, addRampButton, &QPushButton::click);
    auto *insertLakeKey = new QShortcut(QKeySequence(Qt::Key_Insert), m_lakes, nullptr, nullptr,
                                        Qt::WidgetShortcut);
    connect(insertLakeKey, &QShortcut::activated, addLakeButton, &QPushButton::click);

    reload(QString());
    resize(820, 520);
}

QString LakesDialog::currentLakeId() const
{
    const QListWidgetItem *item = m_lakes->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void LakesDialog::selectLake(const QString &lakeId)
{
    for (int row = 0; row < m_lakes->count(); ++row)
        if (m_lakes->item(row)->data(Qt::UserRole).toString() == lakeId)
            m_lakes->setCurrentRow(row);
}

void LakesDialog::reload(const QString &selectLakeId)
{
    m_filling = true;
    m_lakes->clear();
    if (m_store) {
        auto lakes = LakeStore(*m_store).lakes();
        if (!lakes) {
            showMessage(lakes.error(), true);
        } else {
            for (const LakeRecord &l : lakes.value()) {
                auto *item = new QListWidgetItem(l.name, m_lakes);
                item->setData(Qt::UserRole, l.id);
            }
        }
    }
    int row = 0;
    for (int i = 0; i < m_lakes->count(); ++i)
        if (m_lakes->item(i)->data(Qt::UserRole).toString() == selectLakeId)
            row = i;
    if (m_lakes->count() > 0)
        m_lakes->setCurrentRow(row);
    m_filling = false;
    showLake();
}

void LakesDialog::showLake()
{
    m_filling = true;
    m_ramps->setRowCount(0);
    m_name->clear();
    m_map->clear();
    m_paper->setChecked(false);
    const QString id = currentLakeId();
    if (m_store && !id.isEmpty()) {
        LakeStore lakes(*m_store);
        auto lake = lakes.lake(id);
        if (lake && lake.value()) {
            m_name->setText(lake.value()->name);
            m_map->setText(lake.value()->mapUrl);
            m_paper->setChecked(lake.value()->paper);
        }
        auto ramps = lakes.ramps(id);
        if (ramps) {
            m_ramps->setRowCount(int(ramps->size()));
            for (int row = 0; row < ramps->size(); ++row) {
                const RampRecord &r = ramps->at(row);
                auto *name = new QTableWidgetItem(r.name);
                name->setData(Qt::UserRole, r.id);
                m_ramps->setItem(row, RampName, name);
                m_ramps->setItem(row, RampLatitude, new QTableWidgetItem(coordinateText(r.latitude)));
                m_ramps->setItem(row, RampLongitude,
                                 new QTableWidgetItem(coordinateText(r.longitude)));
            }
        }
    }
    m_openMap->setEnabled(!m_map->text().trimmed().isEmpty());
    m_filling = false;
}

void LakesDialog::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b71c1c;") : QString());
    m_message->setText(text);
}

void LakesDialog::openUrl(const QString &url)
{
    if (url.isEmpty()) {
        showMessage(tr("There is no map link to open."), true);
        return;
    }
    if (!QDesktopServices::openUrl(QUrl(url)))
        showMessage(tr("The browser could not be started for %1.").arg(url), true);
}

Status LakesDialog::addLake(const QString &name)
{
    if (!m_store)
        return Status::failure(tr("No club file is open."));
    LakeRecord lake;
    lake.name = name;
    auto id = commands::addLake(m_undoStack, m_store, lake, m_onUndoError);
    if (!id) {
        showMessage(id.error(), true);
        return Status::failure(id.error());
    }
    reload(id.value());
    showMessage(tr("Added %1.").arg(name.simplified()), false);
    m_name->setFocus();
    return Status::success();
}

Status LakesDialog::saveLake()
{
    const QString id = currentLakeId();
    if (!m_store || id.isEmpty())
        return Status::failure(tr("Choose a lake first."));
    auto before = LakeStore(*m_store).lake(id);
    if (!before || !before.value()) {
        const QString text = before ? tr("The lake no longer exists.") : before.error();
        showMessage(text, true);
        return Status::failure(text);
    }
    LakeRecord after = *before.value();
    after.name = m_name->text();
    after.mapUrl = m_map->text();
    after.paper = m_paper->isChecked();
    commands::EditStatus s =
        commands::editLake(m_undoStack, m_store, *before.value(), after, m_onUndoError);
    if (s.nothingChanged())
        return Status::success();
    if (!s) {
        showMessage(s.error(), true);
        return s;
    }
    reload(id);
    showMessage(tr("Saved %1.").arg(after.name.simplified()), false);
    return s;
}

Status LakesDialog::deleteLake()
{
    const QString id = currentLakeId();
    if (!m_store || id.isEmpty())
        return Status::failure(tr("Choose a lake first."));
    auto lake = LakeStore(*m_store).lake(id);
    if (!lake || !lake.value())
        return Status::failure(lake ? tr("The lake no longer exists.") : lake.error());
    Status s = commands::deleteLake(m_undoStack, m_store, *lake.value(), m_onUndoError);
    if (!s) {
        showMessage(s.error(), true);
        return s;
    }
    const int row = m_lakes->currentRow();
    reload(QString());
    m_lakes->setCurrentRow(std::min(row, m_lakes->count() - 1));
    showMessage(tr("Deleted %1 (Undo brings it back).").arg(lake.value()->name), false);
    return s;
}

Status LakesDialog::addRamp(const QString &name)
{
    const QString lakeId = currentLakeId();
    if (!m_store || lakeId.isEmpty())
        return Status::failure(tr("Choose a lake first."));
    RampRecord ramp;
    ramp.lakeId = lakeId;
    ramp.name = name;
    auto id = commands::addRamp(m_undoStack, m_store, ramp, m_onUndoError);
    if (!id) {
        showMessage(id.error(), true);
        return Status::failure(id.error());
    }
    showLake();
    for (int row = 0; row < m_ramps->rowCount(); ++row)
        if (m_ramps->item(row, RampName)->data(Qt::UserRole).toString() == id.value())
            m_ramps->setCurrentCell(row, RampLatitude);
    showMessage(tr("Added %1; type its latitude and longitude if you know them.")
                    .arg(name.simplified()),
                false);
    return Status::success();
}

Status LakesDialog::saveRamp(int row)
{
    if (!m_store || row < 0 || row >= m_ramps->rowCount() || !m_ramps->item(row, RampName))
        return Status::failure(tr("Choose a ramp first."));
    const QString id = m_ramps->item(row, RampName)->data(Qt::UserRole).toString();
    auto before = LakeStore(*m_store).ramp(id);
    if (!before || !before.value())
        return Status::failure(before ? tr("The ramp no longer exists.") : before.error());
    RampRecord after = *before.value();
    after.name = m_ramps->item(row, RampName)->text();
    bool ok = false;
    const auto cell = [this, row](int column) {
        const QTableWidgetItem *item = m_ramps->item(row, column);
        return item ? item->text() : QString();
    };
    after.latitude = coordinate(cell(RampLatitude), &ok);
    Status s = Status::success();
    if (!ok)
        s = Status::failure(tr("“%1” is not a latitude; write it as 30.391.").arg(cell(RampLatitude)));
    if (s) {
        after.longitude = coordinate(cell(RampLongitude), &ok);
        if (!ok)
            s = Status::failure(
                tr("“%1” is not a longitude; write it as -97.910.").arg(cell(RampLongitude)));
    }
    if (s) {
        commands::EditStatus e =
            commands::editRamp(m_undoStack, m_store, *before.value(), after, m_onUndoError);
        if (e.nothingChanged())
            return Status::success();
        s = e;
    }
    if (!s) {
        // The table goes back to what is stored; the message says why.
        const QString text = s.error();
        showLake();
        showMessage(text, true);
        return s;
    }
    showLake();
    showMessage(tr("Saved %1.").arg(after.name.simplified()), false);
    return s;
}

Status LakesDialog::deleteRamp()
{
    const int row = m_ramps->currentRow();
    if (!m_store || row < 0 || !m_ramps->item(row, RampName))
        return Status::failure(tr("Choose a ramp first."));
    const QString id = m_ramps->item(row, RampName)->data(Qt::UserRole).toString();
    auto ramp = LakeStore(*m_store).ramp(id);
    if (!ramp || !ramp.value())
        return Status::failure(ramp ? tr("The ramp no longer exists.") : ramp.error());
    Status s = commands::deleteRamp(m_undoStack, m_store, *ramp.value(), m_onUndoError);
    if (!s) {
        showMessage(s.error(), true);
        return s;
    }
    showLake();
    showMessage(tr("Deleted %1 (Undo brings it back).").arg(ramp.value()->name), false);
    return s;
}

QString LakesDialog::lakeMapUrl() const
{
    const QString url = m_map->text().trimmed();
    return LakeStore::mapUrlProblem(url).isEmpty() ? url : QString();
}

QString LakesDialog::rampMapUrl() const
{
    const int row = m_ramps->currentRow();
    if (!m_store || row < 0 || !m_ramps->item(row, RampName))
        return QString();
    auto ramp = LakeStore(*m_store).ramp(m_ramps->item(row, RampName)->data(Qt::UserRole).toString());
    return ramp && ramp.value() ? LakeStore::rampMapUrl(*ramp.value()) : QString();
}
