#include "ui/roster/rosteractions.h"

#include "commands/command.h"
#include "itemmodels/rostermodel.h"
#include "reports/rosterreport.h"
#include "roster/anglerstore.h"
#include "store/store.h"
#include "ui/common/filedialog.h"
#include "ui/roster/anglerdialog.h"
#include "ui/roster/importdialog.h"
#include "ui/roster/mergedialog.h"
#include "ui/roster/officersdialog.h"
#include "ui/roster/paymentdialog.h"
#include "ui/stats/anglerprofiledialog.h"

#include <QAbstractItemView>
#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QToolBar>
#include <QUndoStack>
#include <QWidget>

namespace {
ReportHeading headingOf(Store &store)
{
    return {store.club().name, store.currentSeason(), store.clubTime().today()};
}
} // namespace

RosterActions::RosterActions(Store *store, QUndoStack *undoStack, QWidget *parent)
    : QObject(parent), m_store(store), m_undoStack(undoStack)
{
    const auto make = [this](const QString &text, const QString &name, const QKeySequence &shortcut,
                             void (RosterActions::*slot)()) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_add = make(tr("&Add Angler..."), QStringLiteral("rosterAdd"), QKeySequence::New,
                 &RosterActions::addAngler);
    m_add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_edit = make(tr("&Edit Angler..."), QStringLiteral("rosterEdit"), QKeySequence(Qt::Key_F2),
                  &RosterActions::editAngler);
    m_deactivate = make(tr("&Deactivate"), QStringLiteral("rosterDeactivate"), {},
                        &RosterActions::toggleInactive);
    m_delete = make(tr("De&lete Angler..."), QStringLiteral("rosterDelete"), QKeySequence::Delete,
                    &RosterActions::deleteAngler);
    m_officers = make(tr("&Officers..."), QStringLiteral("rosterOfficers"), {},
                      &RosterActions::editOfficers);
    // No access key: a stray letter in the menu must not start a merge (Ctrl+M opens it).
    m_merge = make(tr("Merge Duplicates..."), QStringLiteral("rosterMerge"),
                   QKeySequence(Qt::CTRL | Qt::Key_M), &RosterActions::mergeAnglers);
    m_payment = make(tr("Record &Payment..."), QStringLiteral("rosterPayment"),
                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), &RosterActions::recordPayment);
    m_profile = make(tr("&View Profile..."), QStringLiteral("rosterProfile"),
                     QKeySequence(Qt::CTRL | Qt::Key_I), &RosterActions::showProfile);
    m_profile->setStatusTip(tr("The angler's career: events, points, places, best stringer, "
                               "biggest bass, Angler of the Year"));
    m_import = make(tr("&Import Roster CSV..."), QStringLiteral("rosterImport"), {},
                    &RosterActions::importRoster);
    m_exportCsv = make(tr("Export Roster as &CSV..."), QStringLiteral("rosterExportCsv"), {},
                       &RosterActions::exportCsv);
    m_exportPdf = make(tr("Export Roster as PD&F..."), QStringLiteral("rosterExportPdf"), {},
                       &RosterActions::exportPdf);
    updateActions();
}

commands::ErrorHandler RosterActions::undoFailures()
{
    return [actions = QPointer<RosterActions>(this)](const QString &error) {
        if (actions)
            actions->showError(tr("Undo"), error);
    };
}

QList<QAction *> RosterActions::actions() const
{
    return {m_add,      m_edit,  m_payment, m_profile, m_deactivate, m_delete,    nullptr,
            m_officers, m_merge, nullptr,   m_import,  m_exportCsv,  m_exportPdf};
}

QWidget *RosterActions::parentWidget() const
{
    return qobject_cast<QWidget *>(parent());
}

void RosterActions::setStore(Store *store)
{
    m_store = store;
    updateActions();
}

void RosterActions::setView(QAbstractItemView *view)
{
    m_view = view;
    if (view) {
        if (view->selectionModel())
            connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                    &RosterActions::updateActions);
        connect(view, &QAbstractItemView::doubleClicked, this, &RosterActions::editAngler);
        // The model resets on every change; the selection may then point elsewhere.
        if (view->model())
            connect(view->model(), &QAbstractItemModel::modelReset, this,
                    &RosterActions::updateActions);
    }
    updateActions();
}

void RosterActions::attachTo(QWidget *page, QAbstractItemView *view)
{
    for (QAction *action : actions()) {
        if (action)
            page->addAction(action);
    }
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (QAction *action : actions()) {
        if (!action) {
            auto *separator = new QAction(view);
            separator->setSeparator(true);
            view->addAction(separator);
        } else {
            view->addAction(action);
        }
    }
    setView(view);
}

QToolBar *RosterActions::createToolBar(QWidget *parent)
{
    auto *toolbar = new QToolBar(tr("Roster"), parent);
    toolbar->setObjectName(QStringLiteral("rosterToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // The window may be narrower than all the buttons: the toolbar then shows a "more" arrow
    // instead of making the window wider.
    toolbar->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    toolbar->setMinimumWidth(120);
    for (QAction *action :
         {m_add, m_edit, m_payment, m_deactivate, m_delete, m_officers, m_merge, m_import}) {
        toolbar->addAction(action);
        if (action == m_delete || action == m_merge)
            toolbar->addSeparator();
    }
    return toolbar;
}

QStringList RosterActions::selectedIds() const
{
    QStringList ids;
    if (!m_view || !m_view->selectionModel())
        return ids;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(rows))
        ids << index.data(RosterModel::IdRole).toString();
    return ids;
}

void RosterActions::updateActions()
{
    const bool open = m_store;
    const int selected = int(selectedIds().size());
    m_add->setEnabled(open);
    m_edit->setEnabled(open && selected == 1);
    m_payment->setEnabled(open && selected == 1);
    m_profile->setEnabled(open && selected == 1);
    m_delete->setEnabled(open && selected == 1);
    m_deactivate->setEnabled(open && selected == 1);
    m_officers->setEnabled(open);
    m_merge->setEnabled(open);
    m_import->setEnabled(open);
    m_exportCsv->setEnabled(open && m_view && m_view->model());
    m_exportPdf->setEnabled(open && m_view && m_view->model());
    if (open && selected == 1) {
        Result<Angler> a = AnglerStore(m_store).angler(selectedIds().first());
        m_deactivate->setText(a && a->inactive ? tr("&Reactivate") : tr("&Deactivate"));
    }
}

void RosterActions::showError(const QString &title, const QString &message)
{
    auto *box =
        new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, parentWidget());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("rosterError"));
    box->open();
}

void RosterActions::addAngler()
{
    if (!m_store)
        return;
    auto *dialog = new AnglerDialog(m_store, m_undoStack, parentWidget(), QString(), m_season);
    dialog->setUndoErrorHandler(undoFailures());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RosterActions::editAngler()
{
    const QStringList ids = selectedIds();
    if (!m_store || ids.size() != 1)
        return;
    auto *dialog = new AnglerDialog(m_store, m_undoStack, parentWidget(), ids.first(), m_season);
    dialog->setUndoErrorHandler(undoFailures());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RosterActions::toggleInactive()
{
    const QStringList ids = selectedIds();
    if (!m_store || ids.size() != 1)
        return;
    Result<Angler> a = AnglerStore(m_store).angler(ids.first());
    if (!a)
        return showError(tr("Deactivate"), a.error());
    Status s = commands::setInactive(m_undoStack, m_store, a->id, a->fullName, !a->inactive,
                                     undoFailures());
    if (!s)
        showError(tr("Deactivate"), s.error());
    updateActions();
}

void RosterActions::deleteAngler()
{
    const QStringList ids = selectedIds();
    if (!m_store || ids.size() != 1)
        return;
    AnglerStore anglers(m_store);
    Result<Angler> a = anglers.angler(ids.first());
    if (!a)
        return showError(tr("Delete Angler"), a.error());
    Result<AnglerHistory> history = anglers.history(a->id);
    if (!history)
        return showError(tr("Delete Angler"), history.error());
    auto *box = new QMessageBox(parentWidget());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("rosterDeleteConfirm"));
    box->setWindowTitle(tr("Delete Angler"));
    const QString id = a->id;
    const QString name = a->fullName;
    if (history->any()) {
        // History must stay: offer to deactivate instead.
        box->setIcon(QMessageBox::Information);
        box->setText(tr("%1 has fished tournaments, paid dues or held an office, so the record "
                        "must stay. Deactivate %1 instead? Deactivated anglers stay in past "
                        "results but leave the active roster.")
                         .arg(name));
        QPushButton *deactivate = box->addButton(tr("&Deactivate"), QMessageBox::AcceptRole);
        box->addButton(QMessageBox::Cancel);
        box->setDefaultButton(deactivate);
        connect(box, &QMessageBox::accepted, this, [this, id, name]() {
            Status s = commands::setInactive(m_undoStack, m_store, id, name, true, undoFailures());
            if (!s)
                showError(tr("Deactivate"), s.error());
        });
    } else {
        box->setIcon(QMessageBox::Question);
        box->setText(tr("Delete %1 from the roster? You can undo this with Ctrl+Z.").arg(name));
        QPushButton *del = box->addButton(tr("&Delete"), QMessageBox::AcceptRole);
        box->addButton(QMessageBox::Cancel);
        box->setDefaultButton(del);
        connect(box, &QMessageBox::accepted, this, [this, id, name]() {
            Status s = commands::deleteAngler(m_undoStack, m_store, id, name, undoFailures());
            if (!s)
                showError(tr("Delete Angler"), s.error());
        });
    }
    box->open();
}

void RosterActions::editOfficers()
{
    if (!m_store)
        return;
    auto *dialog = new OfficersDialog(m_store, m_undoStack, parentWidget(), m_season);
    dialog->setUndoErrorHandler(undoFailures());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RosterActions::mergeAnglers()
{
    if (!m_store)
        return;
    const QStringList ids = selectedIds();
    auto *dialog =
        new MergeDialog(m_store, m_undoStack, parentWidget(), ids.value(0), ids.value(1));
    dialog->setUndoErrorHandler(undoFailures());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RosterActions::recordPayment()
{
    const QStringList ids = selectedIds();
    if (!m_store || ids.size() != 1)
        return;
    auto *dialog = new PaymentDialog(m_store, m_undoStack, ids.first(), parentWidget());
    dialog->setUndoErrorHandler(undoFailures());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RosterActions::showProfile()
{
    const QStringList ids = selectedIds();
    if (!m_store || ids.size() != 1)
        return;
    AnglerProfileDialog::open(m_store, ids.first(), parentWidget());
}

void RosterActions::importRoster()
{
    if (!m_store)
        return;
    auto *dialog = new ImportDialog(m_store, m_undoStack, parentWidget());
    dialog->setUndoErrorHandler(undoFailures());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog]() { emit message(dialog->resultText()); });
    dialog->open();
    dialog->chooseFile();
}

void RosterActions::exportCsv()
{
    if (!m_store || !m_view || !m_view->model())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialog::saveFileName(parentWidget(), tr("Export Roster as CSV"),
                                                      folder + QStringLiteral("/roster.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const Report report = RosterReport::report(m_view->model(), headingOf(*m_store));
    if (Status s = report.writeCsv(path); !s)
        showError(tr("Export Roster"), s.error());
    else
        emit message(tr("Wrote %n angler(s) to %1.", nullptr, m_view->model()->rowCount())
                         .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
}

void RosterActions::exportPdf()
{
    if (!m_store || !m_view || !m_view->model())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialog::saveFileName(parentWidget(), tr("Export Roster as PDF"),
                                                      folder + QStringLiteral("/roster.pdf"),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const Report report = RosterReport::report(m_view->model(), headingOf(*m_store));
    if (Status s = report.writePdf(path); !s)
        showError(tr("Export Roster"), s.error());
    else
        emit message(tr("Wrote %n angler(s) to %1.", nullptr, m_view->model()->rowCount())
                         .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
}
