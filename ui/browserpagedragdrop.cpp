// SPDX-License-Identifier: GPL-3.0-or-later
// BrowserPage, drag and drop: files dropped in from the desktop, rows dragged out, and Skylight
// objects dropped onto the listing or the breadcrumb.
#include <QMimeData>

#include "browserpage.h"
#include "dnd/breadcrumbdroptarget.h"
#include "dnd/dragstager.h"
#include "dnd/dropplanner.h"
#include "dnd/objectdragpayload.h"
#include "dnd/objectdrophandler.h"
#include "dnd/stagedmimedata.h"
#include "keydisplay.h"
#include "objectlistmodel.h"
#include "objectsview.h"
#include "transfer/transferqueue.h"
#include "writeaccess.h"

// Files dropped from the desktop onto the listing are uploaded (uploadUrls), rows dragged out are
// downloaded for the drag (dragMimeFor), and Skylight objects dropped onto the listing or a
// breadcrumb segment are copied or moved (connectObjectDrops).
void BrowserPage::connectDrops()
{
    m_objectsView->setDropRefusal([this](const QMimeData *mime) {
        return DropPlanner::refusal(mime->hasUrls(), m_objects->bucket(), WriteAccess::refusal(m_client));
    });
    m_objectsView->setWriteRefusal([this] { return WriteAccess::refusal(m_client); });
    m_objectsView->setDragData([this](const QModelIndexList &rows) { return dragMimeFor(rows); });
    connect(m_objectsView, &ObjectsView::filesDropped, this, &BrowserPage::uploadUrls);
    connectObjectDrops();
    connect(m_objectsView, &ObjectsView::dropRefused, this, &BrowserPage::setStatus);
    connect(m_objectsView, &ObjectsView::dropTargetChanged, this, [this](const QString &folderKey) {
        const QString dest = folderKey.isEmpty() ? m_objects->folderPrefix() : folderKey;
        setStatus(tr("Drop to upload into %1")
                      .arg(QStringLiteral("s3://%1/%2").arg(m_objects->bucket(), KeyDisplay::escaped(dest))));
    });
}

// Skylight objects dropped onto the listing (a folder row, or the empty area: the folder shown) or
// onto a breadcrumb segment: copied there, moved with Shift (ObjectDropHandler).
void BrowserPage::connectObjectDrops()
{
    const auto target = [this](const QString &folderKey) {
        return folderKey.isEmpty() ? m_objects->folderPrefix() : folderKey;
    };
    m_objectsView->setObjectDropRefusal([this, target](const QMimeData *mime, const QString &folderKey) {
        return m_objectDrops->refusal(mime, m_client, m_objects->bucket(), target(folderKey));
    });
    connect(m_objectsView,
        &ObjectsView::objectsDropped,
        this,
        [this, target](const QMimeData *mime, const QString &folderKey, bool move) {
            m_objectDrops->drop(mime, m_client, m_objects->bucket(), target(folderKey), move);
        });
    connect(m_objectsView,
        &ObjectsView::objectDropTargetChanged,
        this,
        [this, target](const QMimeData *mime, const QString &folderKey, bool move) {
            // The view asks about the place only; whether Shift may move is answered here.
            const QString to = target(folderKey);
            const QString why = m_objectDrops->refusal(mime, m_client, m_objects->bucket(), to, move);
            setStatus(why.isEmpty() ? m_objectDrops->describe(mime, m_objects->bucket(), to, move) : why);
        });
    m_crumbDrops->setRefusal(
        [this](const QMimeData *mime, const QString &bucket, const QString &prefix, bool move) {
            if (ObjectDragPayload::from(mime))
                return m_objectDrops->refusal(mime, m_client, bucket, prefix, move);
            const QString why = WriteAccess::refusal(m_client);
            return why.isEmpty() ? tr("Drop files onto the folder listing to upload them.") : why;
        });
    connect(m_crumbDrops,
        &BreadcrumbDropTarget::dropped,
        this,
        [this](const QMimeData *mime, const QString &bucket, const QString &prefix, bool move) {
            m_objectDrops->drop(mime, m_client, bucket, prefix, move);
        });
    connect(m_crumbDrops,
        &BreadcrumbDropTarget::targetChanged,
        this,
        [this](const QMimeData *mime, const QString &bucket, const QString &prefix, bool move) {
            setStatus(m_objectDrops->describe(mime, bucket, prefix, move));
        });
    connect(m_crumbDrops, &BreadcrumbDropTarget::refused, this, &BrowserPage::setStatus);
    connect(m_objectDrops, &ObjectDropHandler::statusChanged, this, &BrowserPage::setStatus);
    connect(m_objectDrops, &ObjectDropHandler::finished, this, &BrowserPage::refresh);
}

bool BrowserPage::uploadUrls(const QList<QUrl> &urls, const QString &folderKey)
{
    const QString dest = folderKey.isEmpty() ? m_objects->folderPrefix() : folderKey;
    const DropPlan plan = DropPlanner::plan(
        urls, m_client ? m_objects->bucket() : QString(), dest, WriteAccess::refusal(m_client));
    if (!plan.isOk()) {
        setStatus(plan.problem);
        return false;
    }
    for (const DropPlan::Item &item : plan.items) {
        if (item.folder)
            m_queue->enqueueUploadFolder(m_client, item.localPath, m_objects->bucket(), item.key);
        else
            m_queue->enqueueUpload(m_client, item.localPath, m_objects->bucket(), item.key);
    }
    m_refreshWhenIdle = true;
    setStatus(tr("Uploading %n item(s) to %1", nullptr, int(plan.items.size()))
                  .arg(QStringLiteral("s3://%1/%2").arg(m_objects->bucket(), KeyDisplay::escaped(dest))));
    return true;
}

QMimeData *BrowserPage::dragMimeFor(const QModelIndexList &rows)
{
    QList<DragStager::Entry> entries;
    for (const QModelIndex &row : rows)
        entries.append({row.data(ObjectListModel::KeyRole).toString(),
            row.data(ObjectListModel::SizeRole).toLongLong()});
    QString why;
    StagedMimeData *mime
        = m_stager->stage(m_client, m_objects->bucket(), m_objects->folderPrefix(), entries, &why);
    setStatus(mime ? tr("Downloading %n item(s) for the drag…", nullptr, int(entries.size())) : why);
    if (mime) {
        ObjectDragPayload payload {
            quintptr(m_client.data()), m_objects->bucket(), m_objects->folderPrefix(), {}};
        for (const DragStager::Entry &e : std::as_const(entries))
            payload.keys << e.key;
        payload.addTo(mime, m_client);
    }
    return mime;
}
