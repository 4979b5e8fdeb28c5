// SPDX-License-Identifier: GPL-3.0-or-later
#include "objectsview.h"

#include <QDrag>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QPainter>
#include <QPointer>

#include "dnd/objectdragpayload.h"
#include "dnd/stagedmimedata.h"
#include "objectlistmodel.h"

ObjectsView::ObjectsView(QWidget *parent)
    : QTreeView(parent)
{
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setSortingEnabled(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDropIndicatorShown(false); // the highlight below shows where it goes
    setAllColumnsShowFocus(true);
    setAccessibleName(tr("Objects"));
}

QString ObjectsView::dropFolderAt(const QPoint &pos) const
{
    const QModelIndex index = indexAt(pos);
    if (index.isValid() && index.data(ObjectListModel::IsFolderRole).toBool())
        return index.data(ObjectListModel::KeyRole).toString();
    return {};
}

void ObjectsView::setHighlight(bool active, const QModelIndex &row)
{
    if (!active)
        m_announced = false;
    m_dropActive = active;
    m_dropRow = row.isValid() ? row.siblingAtColumn(0) : QModelIndex();
    viewport()->update();
}

bool ObjectsView::internalMove(QDropEvent *event, bool drop)
{
    if (!ObjectDragPayload::from(event->mimeData()))
        return false;
    const QModelIndex index = indexAt(event->position().toPoint());
    const bool folder = index.isValid() && index.data(ObjectListModel::IsFolderRole).toBool();
    const QString target = folder ? index.data(ObjectListModel::KeyRole).toString() : QString();
    const bool move = event->modifiers().testFlag(Qt::ShiftModifier);
    const QString why
        = m_moveRefusal ? m_moveRefusal(event->mimeData(), target) : tr("Objects cannot be dropped here.");
    if (!why.isEmpty()) {
        event->ignore();
        setHighlight(false, {});
        if (why != m_lastRefusal)
            Q_EMIT dropRefused(why);
        m_lastRefusal = why;
        return true;
    }
    m_lastRefusal.clear();
    event->setDropAction(move ? Qt::MoveAction : Qt::CopyAction);
    event->accept();
    if (drop) {
        setHighlight(false, {});
        m_internalDropped = true;
        Q_EMIT objectsDropped(event->mimeData(), target, move);
    } else if (!m_dropActive || move != m_lastMove
        || QModelIndex(m_dropRow) != (folder ? index.siblingAtColumn(0) : QModelIndex())) {
        setHighlight(true, folder ? index : QModelIndex());
        m_lastMove = move;
        Q_EMIT objectDropTargetChanged(event->mimeData(), target, move);
    }
    return true;
}

bool ObjectsView::refuseWrite(QDropEvent *event, bool drop)
{
    const QString why = m_writeRefusal ? m_writeRefusal() : QString();
    if (why.isEmpty())
        return false;
    event->ignore();
    setHighlight(false, {});
    if (drop || why != m_lastRefusal)
        Q_EMIT dropRefused(why);
    m_lastRefusal = why;
    return true;
}

void ObjectsView::dragEnterEvent(QDragEnterEvent *event)
{
    m_lastRefusal.clear();
    if (refuseWrite(event, false))
        return;
    if (ObjectDragPayload::from(event->mimeData())) {
        event->acceptProposedAction(); // where it may go is decided row by row while moving
        return;
    }
    const QString why = m_refusal ? m_refusal(event->mimeData()) : QString();
    if (!why.isEmpty()) {
        event->ignore();
        Q_EMIT dropRefused(why);
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    setHighlight(true, {});
}

void ObjectsView::dragMoveEvent(QDragMoveEvent *event)
{
    if (refuseWrite(event, false) || internalMove(event, false))
        return;
    if (!m_dropActive) {
        event->ignore();
        return;
    }
    const QModelIndex index = indexAt(event->position().toPoint());
    const bool folder = index.isValid() && index.data(ObjectListModel::IsFolderRole).toBool();
    const QModelIndex row = folder ? index : QModelIndex();
    if (row != QModelIndex(m_dropRow) || !m_announced) {
        setHighlight(true, row);
        m_announced = true;
        Q_EMIT dropTargetChanged(folder ? index.data(ObjectListModel::KeyRole).toString() : QString());
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void ObjectsView::dragLeaveEvent(QDragLeaveEvent *event)
{
    setHighlight(false, {});
    event->accept();
}

void ObjectsView::dropEvent(QDropEvent *event)
{
    if (refuseWrite(event, true) || internalMove(event, true))
        return;
    const QString folder = dropFolderAt(event->position().toPoint());
    const QList<QUrl> urls = event->mimeData()->urls();
    setHighlight(false, {});
    if (urls.isEmpty()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    Q_EMIT filesDropped(urls, folder);
}

void ObjectsView::startDrag(Qt::DropActions)
{
    const QModelIndexList rows = selectionModel()->selectedRows(0);
    if (rows.isEmpty() || !m_dragData)
        return;
    QMimeData *mime = m_dragData(rows);
    if (!mime)
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    drag->setPixmap(rows.first().data(Qt::DecorationRole).value<QIcon>().pixmap(32));
    m_internalDropped = false;
    QPointer<QMimeData> staged = mime;
    drag->exec(Qt::CopyAction | Qt::MoveAction, Qt::CopyAction);
    // Moved inside the browser: the copies staged for a drop outside are not needed.
    if (m_internalDropped) {
        if (auto *s = qobject_cast<StagedMimeData *>(staged.data()))
            s->cancelDownloads();
    }
}

void ObjectsView::paintEvent(QPaintEvent *event)
{
    QTreeView::paintEvent(event);
    if (!m_dropActive)
        return;
    QPainter painter(viewport());
    QColor color = palette().color(QPalette::Highlight);
    painter.setPen(QPen(color, 2));
    color.setAlpha(40);
    painter.setBrush(color);
    QRect area = viewport()->rect().adjusted(1, 1, -2, -2);
    if (m_dropRow.isValid()) {
        const QRect first = visualRect(m_dropRow);
        area = QRect(0, first.top(), viewport()->width() - 1, first.height() - 1);
    }
    painter.drawRect(area);
}
