// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QPersistentModelIndex>
#include <QTreeView>

class QDropEvent;
class QMimeData;

// The folder listing: a sortable tree view without branches that takes files dropped from outside
// and Skylight objects dragged from a browser (onto the empty area: this folder; onto a folder row:
// that folder; objects copy, or move with Shift), highlights where they would go, says why a drop
// cannot work, and starts drags out with mime data the page provides.
class ObjectsView final : public QTreeView
{
    Q_OBJECT
public:
    explicit ObjectsView(QWidget *parent = nullptr);

    // Who decides: `refusal(mime)` returns why a drop is impossible ("" when it can go), and
    // `dragData(indexes)` makes the mime data of a drag out (null: no drag; it reports why itself).
    void setDropRefusal(std::function<QString(const QMimeData *)> refusal) { m_refusal = std::move(refusal); }
    void setDragData(std::function<QMimeData *(const QModelIndexList &)> dragData)
    {
        m_dragData = std::move(dragData);
    }
    // For drags of the browser's own objects (mime data with an ObjectDragPayload, from this or
    // another browser): why they cannot be copied or moved into `folderKey` ("" for the folder
    // shown), or "" when they can.
    void setObjectDropRefusal(std::function<QString(const QMimeData *, const QString &folderKey)> refusal)
    {
        m_moveRefusal = std::move(refusal);
    }
    // Why the cloud shown takes no writes at all ("" when it does): every drag onto the view is then
    // refused from the moment it enters, so the cursor says "no drop" and the drop says why.
    void setWriteRefusal(std::function<QString()> refusal) { m_writeRefusal = std::move(refusal); }

    // The folder key a drop at `pos` (viewport coordinates) goes to: a folder row's key, or "" for
    // the folder shown.
    QString dropFolderAt(const QPoint &pos) const;
    bool isDropHighlighted() const { return m_dropActive; }

Q_SIGNALS:
    void filesDropped(const QList<QUrl> &urls, const QString &folderKey);
    // Skylight objects dropped onto a folder row or the empty area ("" for the folder shown): copy
    // them there, or with Shift held move them.
    void objectsDropped(const QMimeData *mime, const QString &folderKey, bool move);
    void objectDropTargetChanged(const QMimeData *mime, const QString &folderKey, bool move); // dragging over
    void dropRefused(const QString &why);
    void dropTargetChanged(const QString &folderKey); // while dragging over: "" is the folder shown

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void startDrag(Qt::DropActions supportedActions) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void setHighlight(bool active, const QModelIndex &row);
    // Handles a drag or drop carrying ObjectDragPayload (true), or leaves the event alone (false).
    bool internalMove(QDropEvent *event, bool drop);
    // Refuses the event when the cloud takes no writes (true), saying why once per drag, or on a drop.
    bool refuseWrite(QDropEvent *event, bool drop);

    std::function<QString(const QMimeData *)> m_refusal;
    std::function<QMimeData *(const QModelIndexList &)> m_dragData;
    std::function<QString(const QMimeData *, const QString &)> m_moveRefusal;
    std::function<QString()> m_writeRefusal;
    QString m_lastRefusal;
    bool m_internalDropped = false;
    bool m_dropActive = false;
    bool m_announced = false;
    bool m_lastMove = false;
    QPersistentModelIndex m_dropRow;
};
