// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>
#include <QStyle>

class QApplication;
class QChart;

// Light and dark: the system's palette by default, or a forced Fusion palette (SettingsKeys::theme,
// `skylight --theme`). Widgets that paint or colour text themselves ask here for colours that
// read on the palette they are drawn on, instead of hard-coding ones made for a white background.
namespace AppTheme {

// "light" or "dark": Fusion with lightPalette()/darkPalette(); anything else ("system", ""): the
// style and palette the application started with.
void apply(QApplication *app, const QString &theme);
QPalette lightPalette();
QPalette darkPalette(); // with disabled, link, highlight and tooltip colours of its own

// The window is darker than its text.
bool isDark(const QPalette &palette);

// Text colours for outcomes, legible on `palette`'s window and base colours.
QColor errorColour(const QPalette &palette);
QColor okColour(const QPalette &palette);
QColor warningColour(const QPalette &palette);
QColor mutedColour(const QPalette &palette); // finished or inactive rows
// Labels beside values: text faded 30% towards the base colour.
QColor secondaryTextColour(const QPalette &palette);
// A colour picked for a light background, lightened enough to read on a dark one.
QColor legible(const QColor &colour, const QPalette &palette);
// "color: #rrggbb" for a label's style sheet.
QString styleSheetColour(const QColor &colour);

// The desktop theme's icon `name` (freedesktop naming), else the style's `fallback` (drawn at every
// scale), so menus look native where an icon theme exists and still have an icon elsewhere.
QIcon icon(const QString &name, QStyle::StandardPixmap fallback);

// The chart's theme (ChartThemeDark on a dark palette) with its background matching the palette.
void styleChart(QChart *chart, const QPalette &palette);

} // namespace AppTheme
