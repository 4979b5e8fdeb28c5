// SPDX-License-Identifier: GPL-3.0-or-later
#include "dragstager.h"

#include <QDir>
#include <QLocale>
#include <QUrl>

#include "stagedmimedata.h"
#include "transfer/localpath.h"
#include "transfer/transferqueue.h"

DragStager::DragStager(TransferQueue *queue, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_root(QDir::tempPath() + QStringLiteral("/skylight-drag-XXXXXX"))
{}

StagedMimeData *DragStager::stage(S3Client *client,
    const QString &bucket,
    const QString &folderPrefix,
    const QList<Entry> &entries,
    QString *why)
{
    qint64 total = 0;
    for (const Entry &e : entries)
        total += e.size;
    if (total > kMaxBytes) {
        *why = tr("%1 is too much to drag out (at most %2); use Download… to choose a folder.")
                   .arg(QLocale().formattedDataSize(total), QLocale().formattedDataSize(kMaxBytes));
        return nullptr;
    }
    if (!m_root.isValid() || !client || !m_queue) {
        *why = tr("There is no staging folder for dragged files.");
        return nullptr;
    }
    const QString dir = m_root.filePath(QString::number(++m_drags));
    if (!QDir().mkpath(dir)) {
        *why = tr("Cannot create the staging folder %1.").arg(QDir::toNativeSeparators(dir));
        return nullptr;
    }
    QList<int> items;
    QList<int> groups;
    QList<QUrl> urls;
    QStringList skipped;
    for (const Entry &e : entries) {
        const bool folder = e.key.endsWith(u'/');
        const QString name = folder ? e.key.chopped(1) : e.key;
        const LocalPath local = localPathForKey(dir, folderPrefix, name);
        if (!local.isOk()) {
            skipped << local.problem;
            continue;
        }
        if (folder) {
            groups << m_queue->enqueueDownloadPrefix(client, bucket, e.key, local.path);
        } else {
            items << m_queue->enqueueDownload(client, bucket, e.key, local.path, dir);
        }
        urls << QUrl::fromLocalFile(local.path);
    }
    if (urls.isEmpty()) {
        *why = skipped.isEmpty() ? tr("Nothing to drag.") : skipped.join(u'\n');
        return nullptr;
    }
    return new StagedMimeData(m_queue, items, groups, urls);
}
