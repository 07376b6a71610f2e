// The print preview every page offers for its reports: the report's own page setup, printed by
// the one report writer (models/reports/), so what is previewed is what the PDF holds.
#pragma once

class QWidget;
class Report;

void showPrintPreview(const Report &report, QWidget *parent);
