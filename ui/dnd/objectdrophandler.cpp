// SPDX-License-Identifier: GPL-3.0-or-later
#include "objectdrophandler.h"

#include <QMimeData>

#include "dnd/crosscloudcopy.h"
#include "dnd/objectdragpayload.h"
#include "dnd/stagedmimedata.h"
#include "objectmover.h"
#include "s3/s3client.h"
#include "writeaccess.h"

ObjectDropHandler::ObjectDropHandler(TransferQueue *queue, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
{}

QString ObjectDropHandler::refusal(
    const QMimeData *mime, S3Client *target, const QString &bucket, const QString &folderKey, bool move) const
{
    const std::optional<ObjectDragPayload> payload = ObjectDragPayload::from(mime);
    if (!payload)
        return tr("Only files, folders and Skylight objects can be dropped here.");
    if (!target)
        return tr("Connect to a cloud first.");
    const bool sameCloud = payload->client == quintptr(target);
    S3Client *source = sameCloud ? target : ObjectDragPayload::sourceClient(mime);
    if (!source)
        return tr("The objects come from a cloud that is no longer connected, or from another Skylight "
                  "process; download them and upload the files instead.");
    if (const QString why = WriteAccess::refusal(target); !why.isEmpty())
        return why;
    if (const QString why = move ? WriteAccess::refusal(source) : QString(); !why.isEmpty())
        return tr("%1 A move would delete the originals there; drop without Shift to copy them instead.")
            .arg(why);
    if (sameCloud)
        return payload->refusalFor(bucket, folderKey);
    if (bucket.isEmpty())
        return tr("Open a bucket first: objects are copied into the bucket or folder they are dropped on.");
    return {};
}

QString ObjectDropHandler::describe(
    const QMimeData *mime, const QString &bucket, const QString &folderKey, bool move) const
{
    const std::optional<ObjectDragPayload> payload = ObjectDragPayload::from(mime);
    const int n = payload ? int(payload->keys.size()) : 0;
    const QString where = ObjectDragPayload::location(bucket, folderKey);
    return move ? tr("Drop to move %n item(s) into %1", nullptr, n).arg(where)
                : tr("Drop to copy %n item(s) into %1 (hold Shift to move)", nullptr, n).arg(where);
}

void ObjectDropHandler::drop(
    const QMimeData *mime, S3Client *target, const QString &bucket, const QString &folderKey, bool move)
{
    const std::optional<ObjectDragPayload> payload = ObjectDragPayload::from(mime);
    if (!payload || !target)
        return;
    // Checked again here: a view may have let the drop through without knowing about Shift.
    if (const QString why = refusal(mime, target, bucket, folderKey, move); !why.isEmpty())
        return Q_EMIT statusChanged(why);
    // Dropped inside Skylight: the copies a drag stages for a file manager are not needed.
    if (auto *staged = qobject_cast<const StagedMimeData *>(mime))
        const_cast<StagedMimeData *>(staged)->cancelDownloads();
    QStringList files;
    QStringList folders;
    for (const QString &key : payload->keys)
        (key.endsWith(u'/') ? folders : files) << key;
    const QString where = ObjectDragPayload::location(bucket, folderKey);
    const int n = int(payload->keys.size());
    if (payload->client == quintptr(target)) {
        auto *mover = new ObjectMover(
            m_queue, target, payload->bucket, files, payload->folderPrefix, folderKey, this);
        mover->setFolders(folders);
        mover->setTargetBucket(bucket);
        mover->setKeepSources(!move);
        connect(
            mover, &ObjectMover::finished, this, [this, mover, move](int count, const QStringList &errors) {
                mover->deleteLater();
                report(count, errors, move);
            });
        Q_EMIT statusChanged(move ? tr("Moving %n item(s) to %1…", nullptr, n).arg(where)
                                  : tr("Copying %n item(s) to %1…", nullptr, n).arg(where));
        return mover->start();
    }
    auto *copy = new CrossCloudCopy(m_queue,
        ObjectDragPayload::sourceClient(mime),
        payload->bucket,
        payload->folderPrefix,
        target,
        bucket,
        folderKey,
        this);
    connect(copy, &CrossCloudCopy::finished, this, [this, copy, move](int count, const QStringList &errors) {
        copy->deleteLater();
        report(count, errors, move);
    });
    Q_EMIT statusChanged(move ? tr("Moving %n item(s) to %1 through this computer…", nullptr, n).arg(where)
                              : tr("Copying %n item(s) to %1 through this computer…", nullptr, n).arg(where));
    copy->start(files, folders, move);
}

void ObjectDropHandler::report(int count, const QStringList &errors, bool move)
{
    const QString problems = errors.join(u'\n');
    if (errors.isEmpty())
        Q_EMIT statusChanged(
            move ? tr("%n object(s) moved", nullptr, count) : tr("%n object(s) copied", nullptr, count));
    else
        Q_EMIT statusChanged(move ? tr("%n object(s) moved; %1", nullptr, count).arg(problems)
                                  : tr("%n object(s) copied; %1", nullptr, count).arg(problems));
    Q_EMIT finished();
}
