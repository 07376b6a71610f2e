#include "ui/roster/importdialog.h"

#include "store/store.h"
#include "ui/common/filedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSizePolicy>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

ImportDialog::ImportDialog(Store *store, QUndoStack *undoStack, QWidget *parent)
    : QDialog(parent), m_store(store), m_undoStack(undoStack), m_file(new QLabel(this)),
      m_error(new QLabel(this)), m_summary(new QLabel(this)), m_mappingBox(new QGroupBox(this)),
      m_mapping(new QGridLayout(m_mappingBox)), m_preview(new ImportPreviewModel(this)),
      m_table(new QTableView(this)), m_import(nullptr)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import Roster"));
    static_cast<QGroupBox *>(m_mappingBox)->setTitle(tr("Columns of the file"));
    m_file->setText(tr("Choose a CSV file saved from a spreadsheet (Excel: \"CSV UTF-8\"; "
                       "Google Sheets: File > Download > CSV)."));
    m_file->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_error->hide();
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_mappingBox->hide();
    m_table->setObjectName(QStringLiteral("preview"));
    m_table->setModel(m_preview);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *choose = buttons->addButton(tr("&Choose File..."), QDialogButtonBox::ActionRole);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("import"));
    m_import->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_file);
    layout->addWidget(m_error);
    layout->addWidget(m_mappingBox);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    resize(760, 520);
}

QString ImportDialog::errorText() const
{
    return m_error->text();
}

QString ImportDialog::summaryText() const
{
    return m_summary->text();
}

void ImportDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ImportDialog::chooseFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialog::openFileName(this, tr("Import Roster"), folder,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool ImportDialog::loadFile(const QString &path)
{
    m_path = path;
    m_file->setText(tr("File: %1").arg(QDir::toNativeSeparators(path)));
    Result<RosterImport> import = RosterImport::fromFile(path);
    if (!import) {
        m_source.reset();
        showError(import.error());
        m_mappingBox->hide();
        m_preview->setPlan({});
        m_summary->clear();
        m_import->setEnabled(false);
        return false;
    }
    m_source = import.value();
    showError(QString());
    rebuildMapping();
    updatePlan();
    return true;
}

void ImportDialog::rebuildMapping()
{
    qDeleteAll(m_fieldBoxes);
    m_fieldBoxes.clear();
    while (QLayoutItem *item = m_mapping->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QStringList header = m_source->table().header;
    for (int c = 0; c < header.size(); ++c) {
        auto *label = new QLabel(header.at(c).trimmed().isEmpty() ? tr("(column %1)").arg(c + 1)
                                                                  : header.at(c).trimmed(),
                                 m_mappingBox);
        auto *box = new QComboBox(m_mappingBox);
        box->setObjectName(QStringLiteral("field%1").arg(c));
        for (RosterImport::Field f : RosterImport::fields())
            box->addItem(RosterImport::fieldText(f), int(f));
        box->setCurrentIndex(box->findData(int(m_source->field(c))));
        label->setBuddy(box);
        const int row = c / 3;
        const int col = (c % 3) * 2;
        m_mapping->addWidget(label, row, col, Qt::AlignRight);
        m_mapping->addWidget(box, row, col + 1);
        m_fieldBoxes << box;
        connect(box, &QComboBox::activated, this, [this, c, box]() {
            m_source->setField(c, RosterImport::Field(box->currentData().toInt()));
            // A field belongs to one column: show where it moved from.
            for (int other = 0; other < m_fieldBoxes.size(); ++other)
                m_fieldBoxes.at(other)->setCurrentIndex(
                    m_fieldBoxes.at(other)->findData(int(m_source->field(other))));
            updatePlan();
        });
    }
    m_mappingBox->show();
}

void ImportDialog::updatePlan()
{
    if (!m_store || !m_source)
        return;
    Result<ImportPlan> plan = m_source->plan(m_store);
    if (!plan) {
        showError(plan.error());
        m_preview->setPlan({});
        m_summary->clear();
        m_import->setEnabled(false);
        return;
    }
    showError(QString());
    m_preview->setPlan(plan.value());
    m_table->resizeColumnsToContents();
    const int add = plan->count(ImportRow::Action::Add);
    const int update = plan->count(ImportRow::Action::Update);
    const int unchanged = plan->count(ImportRow::Action::Unchanged);
    const int skip = plan->count(ImportRow::Action::Skip);
    QString summary = tr("%1 to add, %2 to update, %3 already up to date, %4 skipped.")
                          .arg(add)
                          .arg(update)
                          .arg(unchanged)
                          .arg(skip);
    if (skip > 0)
        summary += QLatin1Char(' ') + tr("The Problems column says why, by line of the file.");
    summary += QLatin1Char('\n') + tr("Nothing is saved until you press Import.");
    m_summary->setText(summary);
    m_import->setEnabled(add + update > 0);
}

void ImportDialog::accept()
{
    if (!m_store || !m_source || !m_import->isEnabled())
        return;
    const int added = m_preview->plan().count(ImportRow::Action::Add);
    const int updated = m_preview->plan().count(ImportRow::Action::Update);
    Status s = commands::importRoster(m_undoStack, m_store, m_preview->plan(), m_onUndoError);
    if (!s) {
        showError(s.error());
        return;
    }
    m_result = tr("Imported %1: %2 added to the roster, %3 updated.")
                   .arg(QDir::toNativeSeparators(m_path))
                   .arg(added)
                   .arg(updated);
    QDialog::accept();
}
