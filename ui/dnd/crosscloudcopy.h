// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTemporaryDir>

class S3Client;
class TransferQueue;
struct TransferItem;

// Copy or move between two clouds, which cannot copy on the server: each object is downloaded
// through the transfer queue into a private temporary folder (in the system's temp location, removed
// when done), then uploaded to the other cloud through the queue; both legs are verified by the
// queue (size, MD5 or ETag). For a move, the sources whose upload finished are then deleted with one
// DeleteObjects. Disk use is bounded by what the queue has in flight: each file is removed once
// uploaded. Folder markers (empty "…/" keys) are not copied; the folders come from the keys.
class CrossCloudCopy final : public QObject
{
    Q_OBJECT
public:
    CrossCloudCopy(TransferQueue *queue,
        S3Client *source,
        QString sourceBucket,
        QString fromPrefix,
        S3Client *target,
        QString targetBucket,
        QString toPrefix,
        QObject *parent = nullptr);
    // `keys` are objects, `folders` prefixes ending in "/", all below fromPrefix.
    void start(const QStringList &keys, const QStringList &folders, bool move);

Q_SIGNALS:
    void finished(int count, const QStringList &errors);

private:
    void enqueueAll(const QStringList &keys);
    void onItemFinished(const TransferItem &item);
    void end();

    QPointer<TransferQueue> m_queue;
    QPointer<S3Client> m_source;
    QPointer<S3Client> m_target;
    QString m_sourceBucket;
    QString m_from;
    QString m_targetBucket;
    QString m_to;
    bool m_move = false;
    QTemporaryDir m_staging;
    QHash<int, QString> m_downloads; // queue id → source key
    QHash<int, QString> m_uploads;
    QStringList m_copied;
    QStringList m_errors;
};
