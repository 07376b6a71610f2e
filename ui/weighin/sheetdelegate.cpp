#include "ui/weighin/sheetdelegate.h"

#include "itemmodels/weighinmodel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>

SheetDelegate::SheetDelegate(WeighInModel *sheet, QObject *parent)
    : QStyledItemDelegate(parent), m_sheet(sheet)
{
}

QWidget *SheetDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    if (index.column() == WeighInModel::PartnerColumn) {
        auto *box = new QComboBox(parent);
        box->addItem(tr("(fishing alone)"), QString());
        const QString self = index.data(WeighInModel::AnglerIdRole).toString();
        for (const EntryRecord &e : m_sheet->entries())
            if (e.anglerId != self)
                box->addItem(e.anglerName, e.anglerId);
        return box;
    }
    auto *edit = new QLineEdit(parent);
    edit->setAlignment(index.column() == WeighInModel::LengthsColumn ? Qt::AlignLeft
                                                                     : Qt::AlignRight);
    if (index.column() == WeighInModel::WeightColumn ||
        index.column() == WeighInModel::BigBassColumn)
        edit->setToolTip(tr("12.34, 12,34, 12-5 or 12 lb 5 oz"));
    if (index.column() == WeighInModel::LengthsColumn)
        edit->setToolTip(tr("Each fish's length: 15.5, 15 1/2, 15-4 — separated by commas"));
    Q_UNUSED(option)
    return edit;
}

void SheetDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        const int i = box->findData(index.data(Qt::EditRole).toString());
        box->setCurrentIndex(std::max(0, i));
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        edit->setText(index.data(Qt::EditRole).toString());
        edit->selectAll();
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void SheetDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                 const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        if (box->currentData().toString() != index.data(Qt::EditRole).toString())
            model->setData(index, box->currentData(), Qt::EditRole);
        return;
    }
    auto *edit = qobject_cast<QLineEdit *>(editor);
    if (!edit)
        return;
    if (edit->text().trimmed() == index.data(Qt::EditRole).toString().trimmed())
        return;
    auto changed = m_sheet->edited(index, edit->text());
    if (!changed) {
        emit error(changed.error());
        return;
    }
    QStringList errors;
    QStringList warnings;
    for (const EntryIssue &issue : m_sheet->check(changed.value()))
        (issue.severity == EntryIssue::Severity::Error ? errors : warnings).append(issue.message);
    if (!errors.isEmpty()) {
        // The row's numbers go together: hold the row until it adds up (or is left).
        if (m_sheet->couldAddUp(changed.value(), index.column())) {
            m_sheet->holdDraft(index.row(), changed.value(), errors.join(u' '));
            emit message(tr("Row %1 not saved yet: %2 Type the rest of the row; it is saved "
                            "when it adds up.")
                             .arg(index.row() + 1)
                             .arg(errors.join(u' ')));
            return;
        }
        emit error(errors.join(u'\n'));
        return;
    }
    if (!warnings.isEmpty()) {
        const QString question = tr("%1\n\nSave this change anyway?").arg(warnings.join(u'\n'));
        const bool yes =
            m_confirm ? m_confirm(question)
                      : QMessageBox::question(editor->window(), tr("Check the entry"), question,
                                              QMessageBox::Save | QMessageBox::Cancel,
                                              QMessageBox::Cancel) == QMessageBox::Save;
        if (!yes)
            return;
    }
    Status s = m_sheet->changeEntry(index.row(), changed.value());
    if (!s)
        emit error(s.error());
    else
        emit message(tr("Changed %1.").arg(changed->anglerName));
}
