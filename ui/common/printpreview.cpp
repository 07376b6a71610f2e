#include "ui/common/printpreview.h"

#include "reports/report.h"

#include <QPrintPreviewDialog>
#include <QPrinter>

void showPrintPreview(const Report &report, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(report.pageLayout());
    printer.setDocName(report.title());
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(report.title());
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                     [&report](QPrinter *p) { report.print(p); });
    // A dialog, not a query: printing happens inside it, so its answer needs no action here.
    (void)preview.exec();
}
