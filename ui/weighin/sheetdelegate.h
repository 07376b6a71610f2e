// SheetDelegate: the editors of the weigh-in sheet's cells: weights in every syntax Weight::parse
// takes, whole numbers, paper-fish lengths, and the boat partner picked from the anglers on the
// sheet. A value is checked when the editor closes: errors are shown and change nothing, warnings
// ask once, then the change is one undoable command.
#pragma once

#include <QStyledItemDelegate>

#include <functional>

class WeighInModel;

class SheetDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit SheetDelegate(WeighInModel *sheet, QObject *parent = nullptr);

    void setConfirmHandler(std::function<bool(const QString &)> confirm)
    {
        m_confirm = std::move(confirm);
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

signals:
    void error(const QString &message) const;
    void message(const QString &text) const;

private:
    WeighInModel *m_sheet;
    std::function<bool(const QString &)> m_confirm;
};
