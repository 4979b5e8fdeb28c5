// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QHeaderView;
class QSettings;
class QSplitter;

// Remembered layout: the column order, widths and hidden columns of a view's header and the sizes
// of a splitter, saved in QSettings under "layout/<name>/…" (SettingsKeys::windowGeometry and
// windowState sit beside them), and a header context menu to show or hide columns.
namespace LayoutMemory {

void saveHeader(QSettings &settings, const QString &name, const QHeaderView *header);
// False when nothing usable was saved (the header is left as it was).
bool restoreHeader(const QSettings &settings, const QString &name, QHeaderView *header);
void saveSplitter(QSettings &settings, const QString &name, const QSplitter *splitter);
bool restoreSplitter(const QSettings &settings, const QString &name, QSplitter *splitter);

// Right-click on `header`: one checkable entry per column to show or hide it; the last shown
// column cannot be hidden. Does nothing when the header already has a custom context menu.
void addColumnMenu(QHeaderView *header);

} // namespace LayoutMemory
