// Zoom: the size of the text in every window (View > Zoom In/Out/Reset) and the high-contrast
// colours for sunlight (View > High Contrast), both remembered in QSettings. The application's
// font is scaled, so every widget follows; widgets drawn larger than the text around them (page
// titles) say so with setRelativeFont() and keep their proportion at each step; tables get row
// heights and column widths for the new text.
#pragma once

#include <QList>

class QWidget;

namespace Zoom {
// The steps of Zoom In and Zoom Out, in percent of the system's text size.
QList<int> steps();
int percent();
// Scales the application's font to `percent` (clamped to the steps' range) and re-lays tables.
void setPercent(int percent);
int nextStep(int percent, int direction);
// A widget whose font is `factor` times the text size (and bold when asked), at every zoom.
void setRelativeFont(QWidget *widget, double factor, bool bold = false);
// Black on white, dark placeholders, strong selection and row shading: readable in the sun.
bool highContrast();
void setHighContrast(bool on);
// Applies what QSettings remembers (view/zoom, view/highContrast).
void restore();
} // namespace Zoom
