// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfer/transferqueue.h"

#include <QDir>
#include <QFileInfo>
#include <QMetaObject>
#include <QSet>

#include "s3/abortmultipartuploadjob.h"
#include "s3/copyobjectjob.h"
#include "s3/s3client.h"
#include "transfer/partslots.h"
#include "transfer/queuedtransfer.h"
#include "transfer/transferjournal.h"

namespace {

constexpr qint64 kEmitIntervalMs = 200;
constexpr qint64 kSpeedWindowMs = 5000;

} // namespace

TransferQueue::TransferQueue(QObject *parent)
    : QObject(parent)
    , m_slots(new PartSlots(8, this))
{
    m_clock.start();
    // A part slot given back may let a small file start; queued, after the transfers' own parts.
    connect(m_slots, &PartSlots::available, this, &TransferQueue::schedule, Qt::QueuedConnection);
    m_totalsTimer.setSingleShot(true);
    connect(&m_totalsTimer, &QTimer::timeout, this, [this] { emitTotals(true); });
}

TransferQueue::~TransferQueue()
{
    // Running transfers stop where they are; with a journal they continue next time.
    for (const auto &t : m_items) {
        if (t->upload) {
            t->upload->disconnect(this);
            t->upload->suspend();
        }
        if (t->download) {
            t->download->disconnect(this);
            t->download->suspend();
        }
        if (t->job)
            t->job->disconnect(this);
    }
}

void TransferQueue::setMaxFiles(int files)
{
    m_maxFiles = qMax(1, files);
    schedule();
}

void TransferQueue::setMaxParts(int parts)
{
    m_maxParts = qMax(1, parts);
    m_slots->setCapacity(m_maxParts);
}

void TransferQueue::setMultipartThreshold(qint64 bytes)
{
    m_threshold = qMax<qint64>(5 * 1024 * 1024, bytes);
}

void TransferQueue::setPartSize(qint64 bytes)
{
    m_partSize = qMax<qint64>(5 * 1024 * 1024, bytes);
}

void TransferQueue::setCopyPartThreshold(qint64 bytes)
{
    m_copyPartThreshold = qBound<qint64>(5 * 1024 * 1024, bytes, ServerCopyOptions::kCopyObjectLimit);
}

void TransferQueue::setConflictPolicy(ConflictChoice policy)
{
    m_policy = policy;
}

void TransferQueue::setJournalDirectory(const QString &folder)
{
    m_journal.reset(folder.isEmpty() ? nullptr : new TransferJournal(folder));
}

QString TransferQueue::journalDirectory() const
{
    return m_journal ? m_journal->folder() : QString();
}

// --- enqueueing ---------------------------------------------------------------------------------

int TransferQueue::enqueueUpload(
    S3Client *client, const QString &localPath, const QString &bucket, const QString &key)
{
    auto t = std::make_unique<QueuedTransfer>();
    t->client = client;
    t->item.direction = TransferDirection::Upload;
    t->item.localPath = QFileInfo(localPath).absoluteFilePath();
    t->item.bucket = bucket;
    t->item.key = key;
    const QFileInfo info(localPath);
    t->item.bytesTotal = info.isFile() ? info.size() : -1;
    return add(std::move(t));
}

int TransferQueue::enqueueDownload(S3Client *client,
    const QString &bucket,
    const QString &key,
    const QString &localPath,
    const QString &folder)
{
    auto t = std::make_unique<QueuedTransfer>();
    t->client = client;
    t->folder = folder;
    t->item.direction = TransferDirection::Download;
    t->item.localPath = QFileInfo(localPath).absoluteFilePath();
    t->item.bucket = bucket;
    t->item.key = key;
    return add(std::move(t));
}

int TransferQueue::enqueueCopy(S3Client *client,
    const QString &sourceBucket,
    const QString &sourceKey,
    const QString &bucket,
    const QString &key)
{
    auto t = std::make_unique<QueuedTransfer>();
    t->client = client;
    t->item.direction = TransferDirection::Copy;
    t->item.sourceBucket = sourceBucket;
    t->item.sourceKey = sourceKey;
    t->item.bucket = bucket;
    t->item.key = key;
    return add(std::move(t));
}

int TransferQueue::add(std::unique_ptr<QueuedTransfer> transfer, int group)
{
    QueuedTransfer *t = transfer.get();
    t->item.id = m_nextId++;
    t->item.group = group;
    m_byId.insert(t->item.id, t);
    m_items.push_back(std::move(transfer));
    if (t->isActive())
        ++m_active;
    m_wasIdle = false;
    Q_EMIT itemAdded(t->item);
    if (t->item.state == TransferState::Queued)
        QMetaObject::invokeMethod(this, &TransferQueue::schedule, Qt::QueuedConnection);
    else if (t->item.isFinished())
        Q_EMIT itemFinished(t->item);
    emitTotals();
    return t->item.id;
}

// --- control ------------------------------------------------------------------------------------

QueuedTransfer *TransferQueue::find(int id) const
{
    return m_byId.value(id, nullptr);
}

QList<int> TransferQueue::idsFor(int id) const
{
    if (m_byId.contains(id))
        return {id};
    QList<int> ids;
    for (const auto &t : m_items) {
        if (t->item.group == id)
            ids.append(t->item.id);
    }
    return ids;
}

void TransferQueue::pause(int id)
{
    for (int each : idsFor(id)) {
        QueuedTransfer *t = find(each);
        if (t->item.state == TransferState::Queued || t->item.state == TransferState::Conflict) {
            setState(t, TransferState::Paused);
            changed(t, true);
        } else if (t->item.state == TransferState::Running) {
            stopRunning(t, TransferState::Paused);
        }
    }
    emitTotals(true);
    schedule();
}

void TransferQueue::resume(int id)
{
    for (int each : idsFor(id)) {
        QueuedTransfer *t = find(each);
        if (t->item.state != TransferState::Paused || t->upload || t->download || t->job)
            continue; // still stopping: resume() again once it is Paused
        setState(t, TransferState::Queued);
        t->item.error.clear();
        changed(t, true);
    }
    emitTotals(true);
    schedule();
}

void TransferQueue::cancel(int id)
{
    for (int each : idsFor(id)) {
        QueuedTransfer *t = find(each);
        if (t->item.isFinished())
            continue;
        if (t->item.state == TransferState::Running) {
            stopRunning(t, TransferState::Canceled);
            continue;
        }
        // Queued, Conflict or Paused: what a pause kept is thrown away.
        if (!t->uploadResume.uploadId.isEmpty() && t->client)
            t->client->abortMultipartUpload({t->item.bucket, t->item.key, t->uploadResume.uploadId})->start();
        if (t->item.direction == TransferDirection::Download && t->downloadResume.bytes > 0)
            QFile::remove(Download::partPath(t->item.localPath));
        finishItem(t, TransferState::Canceled);
    }
    schedule();
}

void TransferQueue::retry(int id)
{
    for (int each : idsFor(id)) {
        QueuedTransfer *t = find(each);
        if (t->item.state != TransferState::Failed && t->item.state != TransferState::Canceled)
            continue;
        setState(t, TransferState::Queued);
        t->item.error.clear();
        t->item.bytesDone = 0;
        t->item.bytesResumed = 0;
        t->item.resumed = false;
        t->item.finished = {};
        t->uploadResume = {};
        t->downloadResume = {};
        t->restarts = 0;
        t->samples.clear();
        m_wasIdle = false;
        changed(t, true);
    }
    emitTotals(true);
    schedule();
}

void TransferQueue::pauseAll()
{
    for (const auto &t : m_items)
        pause(t->item.id);
}

void TransferQueue::resumeAll()
{
    for (const auto &t : m_items)
        resume(t->item.id);
}

void TransferQueue::cancelAll()
{
    for (const auto &t : m_items)
        cancel(t->item.id);
}

void TransferQueue::removeFinished()
{
    for (auto it = m_items.begin(); it != m_items.end();) {
        if (!(*it)->item.isFinished()) {
            ++it;
            continue;
        }
        const int id = (*it)->item.id;
        m_byId.remove(id);
        it = m_items.erase(it);
        Q_EMIT itemRemoved(id);
    }
    m_scanFrom = 0;
    emitTotals(true);
}

// --- running ------------------------------------------------------------------------------------

// Keeps the counts that schedule() and isIdle() need, so that neither walks every item.
void TransferQueue::setState(QueuedTransfer *t, TransferState state)
{
    const bool wasActive = t->isActive();
    if (t->item.state == TransferState::Running)
        m_running.remove(t);
    if (t->borrowedSlot && state != TransferState::Running) {
        t->borrowedSlot = false;
        --m_borrowed;
        m_slots->release();
    }
    t->item.state = state;
    if (state == TransferState::Running)
        m_running.insert(t);
    m_active += int(t->isActive()) - int(wasActive);
    if (state == TransferState::Queued)
        m_scanFrom = 0; // it may be behind the scan position
}

void TransferQueue::schedule()
{
    QSet<QString> writing; // two downloads to one file must not share its NAME.part
    for (const QueuedTransfer *t : std::as_const(m_running)) {
        if (t->item.direction == TransferDirection::Download)
            writing.insert(t->item.localPath);
    }
    // Items before m_scanFrom are known not to be Queued. With N files running, the queue goes on
    // only while the next startable items are small files and part slots are free (in order: a big
    // file waits for one of the N, and so do the files after it).
    bool leading = true;
    for (size_t i = m_scanFrom; i < m_items.size(); ++i) {
        const bool filesFull = m_running.size() - m_borrowed >= m_maxFiles;
        if (filesFull && m_slots->inUse() >= m_slots->capacity())
            break;
        QueuedTransfer *t = m_items[i].get();
        const bool startable
            = t->item.state == TransferState::Queued && !t->upload && !t->download && !t->job;
        if (!startable
            || (t->item.direction == TransferDirection::Download && writing.contains(t->item.localPath))) {
            if (leading && t->item.state != TransferState::Queued)
                m_scanFrom = i + 1;
            else
                leading = false;
            continue;
        }
        if (filesFull) {
            if (!isSmall(t) || !m_slots->tryAcquire())
                break;
            t->borrowedSlot = true; // given back when it stops running (setState)
            ++m_borrowed;
        }
        if (t->item.direction == TransferDirection::Download)
            writing.insert(t->item.localPath);
        startItem(t); // Running (or at once finished, or waiting on a conflict): not Queued any more
        if (leading && t->item.state != TransferState::Queued)
            m_scanFrom = i + 1;
    }
    if (!m_wasIdle && isIdle()) {
        m_wasIdle = true;
        emitTotals(true);
        Q_EMIT idle();
    }
}

// An upload sent in one PUT, no larger than a part: what a part slot already allows for in memory
// and connections. Downloads are left out: each of their GETs takes a part slot of its own, so one
// holding a borrowed slot could wait for another forever.
bool TransferQueue::isSmall(const QueuedTransfer *t) const
{
    const qint64 size = t->item.bytesTotal;
    return t->item.direction == TransferDirection::Upload && size >= 0 && size <= m_partSize
        && size < m_threshold;
}

void TransferQueue::startItem(QueuedTransfer *t)
{
    if (!t->client)
        return finishItem(t, TransferState::Failed, tr("the cloud of this transfer is no longer connected"));
    setState(t, TransferState::Running);
    if (!t->item.started.isValid())
        t->item.started = QDateTime::currentDateTimeUtc();
    t->stopTo = TransferState::Running;
    changed(t, true);
    if (t->decided != ConflictChoice::Ask)
        return applyChoice(t, t->decided);
    if (m_policy == ConflictChoice::Overwrite || !t->uploadResume.uploadId.isEmpty()
        || t->downloadResume.bytes > 0)
        return launch(t);
    checkConflict(t);
}

void TransferQueue::launch(QueuedTransfer *t)
{
    switch (t->item.direction) {
    case TransferDirection::Upload:
        return launchUpload(t);
    case TransferDirection::Download:
        return launchDownload(t);
    case TransferDirection::Copy:
        return launchCopy(t);
    }
}

void TransferQueue::stopRunning(QueuedTransfer *t, TransferState next)
{
    t->stopTo = next;
    if (t->upload)
        return next == TransferState::Paused ? t->upload->suspend() : t->upload->cancel();
    if (t->download)
        return next == TransferState::Paused ? t->download->suspend() : t->download->cancel();
    if (t->copy)
        return t->copy->cancel(); // a paused copy starts again when resumed
    if (t->job)
        return t->job->abort(); // its handler sees stopTo and calls stopped()
    stopped(t);
}

// A stop asked for by pause() or cancel() is complete.
void TransferQueue::stopped(QueuedTransfer *t)
{
    if (t->stopTo == TransferState::Canceled)
        return finishItem(t, TransferState::Canceled);
    setState(t, TransferState::Paused);
    t->item.bytesPerSecond = 0;
    t->item.etaSeconds = -1;
    t->samples.clear();
    changed(t, true);
    emitTotals(true);
    schedule();
}

void TransferQueue::onProgress(QueuedTransfer *t, qint64 done, qint64 total)
{
    const qint64 now = m_clock.elapsed();
    t->item.bytesDone = done;
    if (total >= 0)
        t->item.bytesTotal = total;
    t->samples.append({now, done});
    while (t->samples.size() > 2 && now - t->samples.first().ms > kSpeedWindowMs)
        t->samples.removeFirst();
    const auto &first = t->samples.first();
    if (now - first.ms >= 200 && done >= first.bytes) {
        t->item.bytesPerSecond = double(done - first.bytes) * 1000.0 / double(now - first.ms);
        t->item.etaSeconds = t->item.bytesPerSecond > 0 && total >= done
            ? qint64((total - done) / t->item.bytesPerSecond)
            : -1;
    }
    changed(t);
    emitTotals();
}

void TransferQueue::finishItem(QueuedTransfer *t, TransferState state, const QString &error)
{
    setState(t, state);
    t->item.error = error;
    t->item.bytesPerSecond = 0;
    t->item.etaSeconds = state == TransferState::Done ? 0 : -1;
    t->item.finished = QDateTime::currentDateTimeUtc();
    if (state == TransferState::Done && t->item.bytesTotal >= 0)
        t->item.bytesDone = t->item.bytesTotal;
    if (m_journal && !t->journalFile.isEmpty())
        m_journal->remove(t->journalFile);
    t->uploadResume = {};
    t->downloadResume = {};
    changed(t, true);
    Q_EMIT itemFinished(t->item);
    emitTotals(); // totals() walks every item: not once per item of a folder of 100,000
    QMetaObject::invokeMethod(this, &TransferQueue::schedule, Qt::QueuedConnection);
}

void TransferQueue::changed(QueuedTransfer *t, bool force)
{
    const qint64 now = m_clock.elapsed();
    if (!force && now - t->lastEmitMs < kEmitIntervalMs)
        return;
    t->lastEmitMs = now;
    Q_EMIT itemChanged(t->item);
}

void TransferQueue::emitTotals(bool force)
{
    const qint64 now = m_clock.elapsed();
    if (!force && now - m_lastTotals < kEmitIntervalMs) {
        if (!m_totalsTimer.isActive()) // the last change is shown, once the interval is over
            m_totalsTimer.start(int(kEmitIntervalMs - (now - m_lastTotals)));
        return;
    }
    m_totalsTimer.stop();
    m_lastTotals = now;
    Q_EMIT totalsChanged(totals());
}
