// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMimeData;
class S3Client;
class TransferQueue;

// What a drop of Skylight objects (an ObjectDragPayload, dragged from this or another browser of
// this process) onto a bucket folder does: on the same cloud a server-side copy through the queue
// (ObjectMover), with Shift a move (copy, verify, delete the source); between clouds a download
// and upload through the queue (CrossCloudCopy). refusal() says why a drop cannot work.
class ObjectDropHandler final : public QObject
{
    Q_OBJECT
public:
    explicit ObjectDropHandler(TransferQueue *queue, QObject *parent = nullptr);

    // "" when the objects in `mime` can go into `folderKey` (a full prefix, "" for the top) of
    // `bucket` on the cloud of `target`; else why not, in words. A cloud that takes no writes (set
    // read-only, or without keys) takes no copies; with `move`, the source cloud must take writes
    // too, since a move deletes the originals there (a copy out of a read-only cloud is fine).
    QString refusal(const QMimeData *mime,
        S3Client *target,
        const QString &bucket,
        const QString &folderKey,
        bool move = false) const;
    // What a drop there would do, for the status line while dragging.
    QString describe(const QMimeData *mime, const QString &bucket, const QString &folderKey, bool move) const;
    // Starts it; finished() when every copy (and delete) ended. When refusal() is not empty nothing
    // starts: statusChanged() says why.
    void drop(
        const QMimeData *mime, S3Client *target, const QString &bucket, const QString &folderKey, bool move);

Q_SIGNALS:
    void statusChanged(const QString &text);
    void finished();

private:
    void report(int count, const QStringList &errors, bool move);

    TransferQueue *m_queue;
};
