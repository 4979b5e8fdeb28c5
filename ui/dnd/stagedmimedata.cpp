// SPDX-License-Identifier: GPL-3.0-or-later
#include "stagedmimedata.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

#include "transfer/transferqueue.h"

StagedMimeData::StagedMimeData(
    TransferQueue *queue, QList<int> items, QList<int> groups, const QList<QUrl> &urls)
    : m_queue(queue)
    , m_items(std::move(items))
    , m_groups(std::move(groups))
    , m_urls(urls)
{
    setUrls(urls);
    connect(queue, &TransferQueue::itemFinished, this, &StagedMimeData::onItemFinished);
    connect(queue, &TransferQueue::groupScanned, this, [this](int group, int, const QString &) {
        if (m_groups.contains(group)) {
            m_scanned.insert(group);
            if (isReady())
                Q_EMIT readyChanged();
        }
    });
}

void StagedMimeData::onItemFinished(const TransferItem &item)
{
    if ((m_items.contains(item.id) || m_groups.contains(item.group)) && isReady())
        Q_EMIT readyChanged();
}

QList<int> StagedMimeData::allItemIds() const
{
    QList<int> ids = m_items;
    if (m_queue) {
        for (int group : m_groups) {
            for (const TransferItem &item : m_queue->groupItems(group))
                ids.append(item.id);
        }
    }
    return ids;
}

void StagedMimeData::cancelDownloads()
{
    if (!m_queue)
        return;
    for (int id : std::as_const(m_items))
        m_queue->cancel(id);
    for (int id : std::as_const(m_groups))
        m_queue->cancel(id);
}

bool StagedMimeData::isReady() const
{
    if (!m_queue)
        return true;
    for (int group : m_groups) {
        if (!m_scanned.contains(group))
            return false;
    }
    for (int id : allItemIds()) {
        const TransferItem item = m_queue->item(id);
        if (item.id != 0 && !item.isFinished())
            return false;
    }
    return true;
}

bool StagedMimeData::waitUntilReady(int timeoutMs) const
{
    if (isReady())
        return true;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &StagedMimeData::readyChanged, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    while (!isReady() && timer.isActive())
        loop.exec();
    return isReady();
}

QString StagedMimeData::problem() const
{
    QStringList problems;
    if (m_queue) {
        for (int id : allItemIds()) {
            const TransferItem item = m_queue->item(id);
            if (item.state == TransferState::Failed)
                problems << tr("%1: %2").arg(item.key, item.error);
        }
    }
    return problems.join(u'\n');
}

QVariant StagedMimeData::retrieveData(const QString &mimeType, QMetaType type) const
{
    if (mimeType == QLatin1String("text/uri-list")) {
        waitUntilReady(m_timeoutMs);
        QVariantList ready;
        for (const QUrl &url : m_urls) {
            if (QFileInfo::exists(url.toLocalFile()))
                ready.append(url);
        }
        if (type.id() == QMetaType::QVariantList || type.id() == QMetaType::QUrl)
            return ready;
        QByteArray list;
        for (const QVariant &url : std::as_const(ready))
            list += url.toUrl().toEncoded() + "\r\n";
        return list;
    }
    return QMimeData::retrieveData(mimeType, type);
}
