// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutmemory.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QSplitter>

namespace {

QString key(const QString &name, const char *what)
{
    return QStringLiteral("layout/%1/%2").arg(name, QLatin1String(what));
}

} // namespace

namespace LayoutMemory {

void saveHeader(QSettings &settings, const QString &name, const QHeaderView *header)
{
    settings.setValue(key(name, "header"), header->saveState());
}

bool restoreHeader(const QSettings &settings, const QString &name, QHeaderView *header)
{
    const QByteArray state = settings.value(key(name, "header")).toByteArray();
    return !state.isEmpty() && header->restoreState(state);
}

void saveSplitter(QSettings &settings, const QString &name, const QSplitter *splitter)
{
    settings.setValue(key(name, "splitter"), splitter->saveState());
}

bool restoreSplitter(const QSettings &settings, const QString &name, QSplitter *splitter)
{
    const QByteArray state = settings.value(key(name, "splitter")).toByteArray();
    return !state.isEmpty() && splitter->restoreState(state);
}

void addColumnMenu(QHeaderView *header)
{
    if (header->contextMenuPolicy() == Qt::CustomContextMenu)
        return;
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(header, &QWidget::customContextMenuRequested, header, [header](const QPoint &pos) {
        const QAbstractItemModel *model = header->model();
        if (!model)
            return;
        QMenu menu(header);
        menu.setAccessibleName(QCoreApplication::translate("LayoutMemory", "Columns"));
        const int count = header->count();
        int shown = 0;
        for (int section = 0; section < count; ++section)
            shown += header->isSectionHidden(section) ? 0 : 1;
        for (int visual = 0; visual < count; ++visual) {
            const int section = header->logicalIndex(visual);
            const QString title = model->headerData(section, header->orientation()).toString();
            QAction *a = menu.addAction(title.isEmpty()
                    ? QCoreApplication::translate("LayoutMemory", "Column %1").arg(section + 1)
                    : title);
            a->setCheckable(true);
            a->setChecked(!header->isSectionHidden(section));
            a->setEnabled(header->isSectionHidden(section) || shown > 1);
            QObject::connect(a, &QAction::toggled, header, [header, section](bool on) {
                header->setSectionHidden(section, !on);
                if (on && header->sectionSize(section) < header->minimumSectionSize() * 2)
                    header->resizeSection(section, header->defaultSectionSize());
            });
        }
        menu.exec(header->viewport()->mapToGlobal(pos));
    });
}

} // namespace LayoutMemory
