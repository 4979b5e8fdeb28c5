// SPDX-License-Identifier: GPL-3.0-or-later
// TransferQueue, second half: starting the Upload, Download or copy of an item (with its journal),
// the folder and prefix enqueues that walk or list before they add items, the snapshots handed
// out, and the journal of unfinished transfers.
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

#include "s3/abortmultipartuploadjob.h"
#include "s3/copyobjectjob.h"
#include "s3/listingguard.h"
#include "s3/listobjectsjob.h"
#include "s3/s3client.h"
#include "transfer/localpath.h"
#include "transfer/partslots.h"
#include "transfer/queuedtransfer.h"
#include "transfer/transferjournal.h"
#include "transfer/transferqueue.h"
#include "transport/offthread.h"

namespace {

constexpr int kMaxRestarts = 3;

JournalRecord recordFor(const QueuedTransfer *t)
{
    JournalRecord r;
    r.direction = t->item.direction;
    if (t->client) {
        r.endpoint = t->client->profile().s3Endpoint;
        r.profileName = t->client->profile().name;
    }
    r.bucket = t->item.bucket;
    r.key = t->item.key;
    r.localPath = t->item.localPath;
    r.folder = t->folder;
    r.upload = t->uploadResume;
    r.download = t->downloadResume;
    return r;
}

QString withSlash(const QString &prefix)
{
    return prefix.isEmpty() || prefix.endsWith(u'/') ? prefix : prefix + u'/';
}

} // namespace

// Finds this transfer's journal file and, when nothing is known of an earlier attempt in memory,
// what that file says about one.
void TransferQueue::journalTransfer(QueuedTransfer *t)
{
    if (!m_journal)
        return;
    JournalRecord r = recordFor(t);
    t->journalFile = m_journal->fileFor(r);
    if (!t->uploadResume.uploadId.isEmpty() || t->downloadResume.bytes > 0)
        return;
    if (!m_journal->load(t->journalFile, &r) || r.direction != t->item.direction)
        return;
    t->uploadResume = r.upload;
    t->downloadResume = r.download;
}

void TransferQueue::launchUpload(QueuedTransfer *t)
{
    journalTransfer(t);
    UploadOptions options;
    options.multipartThreshold = m_threshold;
    options.partSize = m_partSize;
    options.parallelParts = m_maxParts;
    options.slots = m_slots;
    if (t->borrowedSlot) {
        // Started as a small file on a part slot: should it have grown past the threshold since,
        // its parts go one at a time on that slot (taking more could wait forever on the others).
        options.parallelParts = 1;
        options.slots = nullptr;
    }
    options.resume = t->uploadResume;
    auto *upload = new Upload(t->client, t->item.localPath, t->item.bucket, t->item.key, options);
    t->upload = upload;
    connect(upload, &Upload::progress, this, [this, t](qint64 done, qint64 total) {
        onProgress(t, done, total);
    });
    connect(upload, &Upload::multipartStarted, this, [this, t](const UploadResume &resume) {
        t->uploadResume = resume;
        t->item.parts = int((resume.fileSize + resume.partSize - 1) / qMax<qint64>(1, resume.partSize));
        if (m_journal)
            m_journal->save(t->journalFile, recordFor(t));
    });
    connect(upload, &Upload::finished, this, [this, t](const UploadResult &r) {
        t->upload = nullptr;
        t->item.bytesResumed = r.bytesResumed;
        t->item.resumed = t->item.resumed || r.bytesResumed > 0;
        if (r.suspended) {
            t->uploadResume.uploadId = r.uploadId;
            return stopped(t);
        }
        if (r.error.isOk())
            return finishItem(t, TransferState::Done);
        t->uploadResume = {}; // the Upload aborted it
        if (m_journal)
            m_journal->remove(t->journalFile);
        if (t->stopTo != TransferState::Running)
            return stopped(t);
        if (r.fileChanged && ++t->restarts <= kMaxRestarts) {
            t->item.bytesDone = 0;
            t->item.error = tr("the file changed while it was sent; sending it again");
            changed(t, true);
            return launchUpload(t);
        }
        finishItem(t, TransferState::Failed, r.error.toString());
    });
    upload->start();
}

void TransferQueue::launchDownload(QueuedTransfer *t)
{
    journalTransfer(t);
    DownloadOptions options;
    options.chunkSize = m_partSize;
    options.parallelChunks = m_maxParts;
    options.slots = m_slots;
    options.resume = t->downloadResume;
    auto *download
        = new Download(t->client, {t->item.bucket, t->item.key, t->item.localPath, t->folder}, options);
    t->download = download;
    connect(download, &Download::progress, this, [this, t](qint64 done, qint64 total) {
        onProgress(t, done, total);
    });
    connect(download,
        &Download::resumePoint,
        this,
        [this, t, chunk = options.chunkSize](const DownloadResume &r) {
            t->downloadResume = r;
            t->item.bytesTotal = r.size;
            t->item.parts = r.size > chunk ? int((r.size + chunk - 1) / chunk) : 0;
            if (m_journal && r.size > chunk) // a single GET has nothing worth resuming
                m_journal->save(t->journalFile, recordFor(t));
        });
    connect(download, &Download::finished, this, [this, t](const DownloadResult &r) {
        t->download = nullptr;
        t->item.bytesResumed = r.bytesResumed;
        t->item.resumed = t->item.resumed || r.bytesResumed > 0;
        if (r.suspended) {
            t->downloadResume = r.resume;
            return stopped(t);
        }
        if (r.error.isOk())
            return finishItem(t, TransferState::Done);
        t->downloadResume = {}; // the Download removed NAME.part
        if (m_journal)
            m_journal->remove(t->journalFile);
        if (t->stopTo != TransferState::Running)
            return stopped(t);
        finishItem(t, TransferState::Failed, r.error.toString());
    });
    download->start();
}

void TransferQueue::launchCopy(QueuedTransfer *t)
{
    ServerCopyOptions options;
    options.partThreshold = m_copyPartThreshold;
    options.partSize = m_partSize;
    options.parallelParts = m_maxParts;
    options.slots = m_slots;
    auto *copy = new ServerCopy(
        t->client, t->item.sourceBucket, t->item.sourceKey, t->item.bucket, t->item.key, options);
    t->copy = copy;
    connect(copy, &ServerCopy::progress, this, [this, t](qint64 done, qint64 total) {
        onProgress(t, done, total);
    });
    connect(copy, &ServerCopy::finished, this, [this, t](const ServerCopyResult &r) {
        t->copy = nullptr;
        t->item.parts = r.parts;
        if (t->stopTo != TransferState::Running)
            return stopped(t);
        if (!r.error.isOk())
            return finishItem(t, TransferState::Failed, r.error.toString());
        finishItem(t, TransferState::Done);
    });
    copy->start();
}

// --- many files ---------------------------------------------------------------------------------

int TransferQueue::enqueueUploadFolder(
    S3Client *client, const QString &folder, const QString &bucket, const QString &prefix)
{
    const int group = m_nextId++;
    m_scanning.insert(group, 1);
    m_wasIdle = false;
    struct Found
    {
        QString path;
        QString relative;
        qint64 size;
    };
    const QString root = QFileInfo(folder).absoluteFilePath();
    runOffThread(
        this,
        [root] {
            QList<Found> files;
            const QDir base(root);
            QDirIterator it(
                root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                files.append({path, base.relativeFilePath(path), it.fileInfo().size()});
            }
            std::sort(files.begin(), files.end(), [](const Found &a, const Found &b) {
                return a.relative < b.relative;
            });
            return files;
        },
        [this, group, client = QPointer<S3Client>(client), bucket, prefix = withSlash(prefix), root](
            const QList<Found> &files) {
            for (const Found &f : files) {
                auto t = std::make_unique<QueuedTransfer>();
                t->client = client;
                t->item.direction = TransferDirection::Upload;
                t->item.localPath = f.path;
                t->item.bucket = bucket;
                t->item.key = prefix + f.relative;
                t->item.bytesTotal = f.size;
                add(std::move(t), group);
            }
            scanFinished(group,
                int(files.size()),
                QFileInfo(root).isDir() ? QString() : tr("%1 is not a folder").arg(root));
        });
    return group;
}

struct TransferQueue::PrefixWalk
{
    int group = 0;
    QPointer<S3Client> client;
    ListObjectsRequest request;
    bool copy = false;
    QString folder;       // download
    QString targetBucket; // copy
    QString targetPrefix; // copy
    int count = 0;
    ListingGuard guard; // no key queued twice, no token followed twice
};

int TransferQueue::enqueueDownloadPrefix(
    S3Client *client, const QString &bucket, const QString &prefix, const QString &folder)
{
    auto walk = std::make_shared<PrefixWalk>();
    walk->group = m_nextId++;
    walk->client = client;
    walk->request.bucket = bucket;
    walk->request.prefix = prefix;
    walk->folder = QFileInfo(folder).absoluteFilePath();
    m_scanning.insert(walk->group, 1);
    m_wasIdle = false;
    listPrefixPage(walk);
    return walk->group;
}

int TransferQueue::enqueueCopyPrefix(S3Client *client,
    const QString &sourceBucket,
    const QString &sourcePrefix,
    const QString &bucket,
    const QString &prefix)
{
    auto walk = std::make_shared<PrefixWalk>();
    walk->group = m_nextId++;
    walk->client = client;
    walk->request.bucket = sourceBucket;
    walk->request.prefix = sourcePrefix;
    walk->copy = true;
    walk->targetBucket = bucket;
    walk->targetPrefix = prefix;
    m_scanning.insert(walk->group, 1);
    m_wasIdle = false;
    listPrefixPage(walk);
    return walk->group;
}

void TransferQueue::listPrefixPage(const std::shared_ptr<PrefixWalk> &walk)
{
    if (!walk->client)
        return scanFinished(walk->group, walk->count, tr("the cloud is no longer connected"));
    auto *job = walk->client->listObjects(walk->request);
    connect(job, &ListObjectsJob::finished, this, [this, walk](ListObjectsResult r) {
        if (!r.error.isOk())
            return scanFinished(walk->group, walk->count, r.error.toString());
        const ApiError loop = walk->guard.admit(r.page);
        const QString &prefix = walk->request.prefix;
        for (const ObjectEntry &o : r.page.objects) {
            auto t = std::make_unique<QueuedTransfer>();
            t->client = walk->client;
            t->item.bytesTotal = o.size;
            if (walk->copy) {
                t->item.direction = TransferDirection::Copy;
                t->item.sourceBucket = walk->request.bucket;
                t->item.sourceKey = o.key;
                t->item.bucket = walk->targetBucket;
                t->item.key = walk->targetPrefix + o.key.mid(o.key.startsWith(prefix) ? prefix.size() : 0);
            } else {
                if (o.key.endsWith(u'/') && o.size == 0)
                    continue; // a folder marker: the folders come from the files' paths
                const LocalPath local = localPathForKey(walk->folder, prefix, o.key);
                t->item.direction = TransferDirection::Download;
                t->item.bucket = walk->request.bucket;
                t->item.key = o.key;
                t->folder = walk->folder;
                t->item.localPath = local.path;
                if (!local.isOk()) {
                    t->item.state = TransferState::Skipped; // before add(): counted there
                    t->item.error = local.problem;
                }
            }
            ++walk->count;
            add(std::move(t), walk->group);
        }
        walk->request.continuationToken = r.page.nextToken;
        walk->request.v1 = r.usedV1;
        if (!loop.isOk())
            return scanFinished(walk->group, walk->count, loop.message());
        if (!r.page.truncated || r.page.nextToken.isEmpty())
            return scanFinished(walk->group, walk->count, {});
        listPrefixPage(walk);
    });
    job->start();
}

void TransferQueue::scanFinished(int group, int count, const QString &error)
{
    m_scanning.remove(group);
    Q_EMIT groupScanned(group, count, error);
    emitTotals(true);
    QMetaObject::invokeMethod(this, &TransferQueue::schedule, Qt::QueuedConnection);
}

// --- snapshots ----------------------------------------------------------------------------------

TransferItem TransferQueue::item(int id) const
{
    const QueuedTransfer *t = find(id);
    return t ? t->item : TransferItem {};
}

QList<TransferItem> TransferQueue::items() const
{
    QList<TransferItem> all;
    all.reserve(m_items.size());
    for (const auto &t : m_items)
        all.append(t->item);
    return all;
}

QList<TransferItem> TransferQueue::groupItems(int group) const
{
    QList<TransferItem> all;
    for (const auto &t : m_items) {
        if (t->item.group == group)
            all.append(t->item);
    }
    return all;
}

TransferTotals TransferQueue::totals() const
{
    TransferTotals s;
    for (const auto &t : m_items) {
        const TransferItem &i = t->item;
        switch (i.state) {
        case TransferState::Queued:
        case TransferState::Conflict:
            ++s.queued;
            break;
        case TransferState::Running:
            ++s.running;
            s.bytesPerSecond += i.bytesPerSecond;
            break;
        case TransferState::Paused:
            ++s.paused;
            break;
        case TransferState::Done:
            ++s.done;
            break;
        case TransferState::Skipped:
            ++s.skipped;
            continue;
        case TransferState::Failed:
            ++s.failed;
            break;
        case TransferState::Canceled:
            ++s.canceled;
            continue;
        }
        s.bytesDone += i.bytesDone;
        if (i.bytesTotal > 0)
            s.bytesTotal += i.bytesTotal;
    }
    s.scanning = !m_scanning.isEmpty();
    if (s.bytesPerSecond > 0 && s.bytesTotal >= s.bytesDone)
        s.etaSeconds = qint64((s.bytesTotal - s.bytesDone) / s.bytesPerSecond);
    return s;
}

bool TransferQueue::isIdle() const
{
    return m_scanning.isEmpty() && m_active == 0;
}

// --- journal ------------------------------------------------------------------------------------

QList<JournaledTransfer> TransferQueue::journaledTransfers() const
{
    QList<JournaledTransfer> list;
    if (!m_journal)
        return list;
    QSet<QString> active;
    for (const auto &t : m_items) {
        if (!t->item.isFinished())
            active.insert(t->journalFile);
    }
    for (const auto &[file, r] : m_journal->all()) {
        if (active.contains(file))
            continue;
        JournaledTransfer j {
            file, r.direction, r.endpoint, r.profileName, r.bucket, r.key, r.localPath, 0, -1};
        if (r.direction == TransferDirection::Upload) {
            j.bytesTotal = r.upload.fileSize;
        } else {
            j.bytesDone = r.download.bytes;
            j.bytesTotal = r.download.size;
        }
        list.append(j);
    }
    return list;
}

int TransferQueue::resumeJournaled(S3Client *client, const JournaledTransfer &transfer)
{
    if (transfer.direction == TransferDirection::Download) {
        JournalRecord r;
        const QString folder = m_journal && m_journal->load(transfer.journalFile, &r) ? r.folder : QString();
        return enqueueDownload(client, transfer.bucket, transfer.key, transfer.localPath, folder);
    }
    return enqueueUpload(client, transfer.localPath, transfer.bucket, transfer.key);
}

void TransferQueue::discardJournaled(S3Client *client, const JournaledTransfer &transfer)
{
    if (!m_journal)
        return;
    JournalRecord r;
    if (m_journal->load(transfer.journalFile, &r)) {
        if (!r.upload.uploadId.isEmpty() && client)
            client->abortMultipartUpload({r.bucket, r.key, r.upload.uploadId})->start();
        if (r.direction == TransferDirection::Download)
            QFile::remove(Download::partPath(r.localPath));
    }
    m_journal->remove(transfer.journalFile);
}
