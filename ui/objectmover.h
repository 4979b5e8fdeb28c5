// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

class S3Client;
class TransferQueue;
struct TransferItem;

// Copy or move within one cloud, through the transfer queue (the dock shows it): a server-side copy
// of every key (CopyObject, or UploadPartCopy parts above the queue's copy threshold), each verified
// by the queue (the copy's size and ETag against the source's); for a move, then one DeleteObjects
// of the sources whose copy was verified. A source whose copy failed, was skipped or cancelled stays
// where it was. Rename/Move and drags between folders and buckets end here.
class ObjectMover final : public QObject
{
    Q_OBJECT
public:
    // `sources` all start with `fromPrefix` (or are equal to it); each goes to toPrefix + the rest,
    // in the same bucket unless setTargetBucket().
    ObjectMover(TransferQueue *queue,
        S3Client *client,
        QString bucket,
        QStringList sources,
        QString fromPrefix,
        QString toPrefix,
        QObject *parent = nullptr);
    // Folders ("…/", below fromPrefix) whose keys are listed first (PrefixLister) and moved too.
    void setFolders(QStringList prefixes) { m_folders = std::move(prefixes); }
    void setTargetBucket(QString bucket) { m_targetBucket = std::move(bucket); }
    void setKeepSources(bool keep) { m_keepSources = keep; } // true: copy only
    void start();

Q_SIGNALS:
    void progress(int done, int total);
    // `count`: objects moved (deleted at the source after their verified copy), or copied.
    void finished(int count, const QStringList &errors);

private:
    void enqueueAll();
    void onItemFinished(const TransferItem &item);
    void deleteSources();

    QPointer<TransferQueue> m_queue;
    S3Client *m_client;
    QString m_bucket;
    QString m_targetBucket;
    QStringList m_sources;
    QStringList m_folders;
    QString m_from;
    QString m_to;
    bool m_keepSources = false;
    QSet<int> m_waiting;
    int m_done = 0;
    QStringList m_copied;
    QStringList m_errors;
};
