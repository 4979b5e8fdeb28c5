// SPDX-License-Identifier: GPL-3.0-or-later
// TransferQueue, conflict handling: what happens when a download's file or an upload's (or copy's)
// key already exists — the policy applied, the question asked (conflictFound / resolveConflict),
// and the free "name (N)" found for KeepBoth.
#include <QFileInfo>

#include "s3/headobjectjob.h"
#include "s3/s3client.h"
#include "transfer/queuedtransfer.h"
#include "transfer/transferqueue.h"

namespace {

// "name (2).ext" for "name.ext" (the suffix counted from the last dot of the last segment).
QString numbered(const QString &name, int n)
{
    const qsizetype slash = name.lastIndexOf(u'/');
    const qsizetype dot = name.lastIndexOf(u'.');
    const qsizetype at = dot > slash + 1 ? dot : name.size();
    return name.left(at) + QStringLiteral(" (%1)").arg(n) + name.mid(at);
}

} // namespace

void TransferQueue::checkConflict(QueuedTransfer *t)
{
    if (t->item.direction == TransferDirection::Download) {
        const QFileInfo existing(t->item.localPath);
        if (!existing.exists())
            return launch(t);
        TransferConflict c {t->item.id,
            t->item.direction,
            t->item.localPath,
            t->item.bucket,
            t->item.key,
            existing.size(),
            existing.lastModified(),
            {}};
        for (int n = 2; n < 10000; ++n) {
            if (!QFileInfo::exists(numbered(t->item.localPath, n))) {
                c.suggestedName = numbered(t->item.localPath, n);
                break;
            }
        }
        return conflictWith(t, c);
    }
    auto *head = t->client->headObject({t->item.bucket, t->item.key});
    t->job = head;
    connect(head, &HeadObjectJob::finished, this, [this, t](const HeadObjectResult &r) {
        t->job = nullptr;
        if (t->stopTo != TransferState::Running)
            return stopped(t);
        if (!r.error.isOk()) // 404, or no permission to look: send it
            return launch(t);
        conflictWith(t,
            {t->item.id,
                t->item.direction,
                t->item.localPath,
                t->item.bucket,
                t->item.key,
                r.head.size,
                r.head.lastModified,
                numbered(t->item.key, 2)});
    });
    head->start();
}

void TransferQueue::conflictWith(QueuedTransfer *t, const TransferConflict &conflict)
{
    if (m_policy != ConflictChoice::Ask)
        return applyChoice(t, m_policy, conflict.suggestedName);
    setState(t, TransferState::Conflict);
    changed(t, true);
    Q_EMIT conflictFound(conflict);
    schedule(); // its slot is free while it waits
}

void TransferQueue::resolveConflict(int id, ConflictChoice choice, bool applyToRest)
{
    if (choice == ConflictChoice::Ask)
        return;
    if (applyToRest) {
        m_policy = choice;
        for (const auto &t : m_items) {
            if (t->item.state == TransferState::Conflict && t->item.id != id) {
                t->decided = choice;
                setState(t.get(), TransferState::Queued);
                changed(t.get(), true);
            }
        }
    }
    QueuedTransfer *t = find(id);
    if (t && t->item.state == TransferState::Conflict) {
        t->decided = choice;
        setState(t, TransferState::Queued);
        changed(t, true);
    }
    schedule();
}

void TransferQueue::applyChoice(QueuedTransfer *t, ConflictChoice choice, const QString &suggested)
{
    t->decided = ConflictChoice::Ask;
    if (choice == ConflictChoice::Skip)
        return finishItem(t, TransferState::Skipped, tr("it already exists"));
    if (choice != ConflictChoice::KeepBoth)
        return launch(t);
    if (t->item.direction == TransferDirection::Download) {
        QString name = suggested;
        for (int n = 2; name.isEmpty() || QFileInfo::exists(name); ++n)
            name = numbered(t->item.localPath, n);
        t->item.localPath = name;
        changed(t, true);
        return launch(t);
    }
    findFreeKey(t, 2);
}

// KeepBoth for an upload or copy: the first "key (N)" that does not exist yet.
void TransferQueue::findFreeKey(QueuedTransfer *t, int n)
{
    const QString key = numbered(t->item.key, n);
    auto *head = t->client->headObject({t->item.bucket, key});
    t->job = head;
    connect(head, &HeadObjectJob::finished, this, [this, t, n, key](const HeadObjectResult &r) {
        t->job = nullptr;
        if (t->stopTo != TransferState::Running)
            return stopped(t);
        if (r.error.isOk() && n < 1000)
            return findFreeKey(t, n + 1);
        if (!r.error.isOk() && r.error.httpStatus() != 404)
            return finishItem(t, TransferState::Failed, r.error.toString());
        t->item.key = key;
        changed(t, true);
        launch(t);
    });
    head->start();
}
