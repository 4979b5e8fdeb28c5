// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include "transfer/transferitem.h"

class S3Client;
class PartSlots;
class TransferJournal;
struct QueuedTransfer;

// An unfinished transfer found in the journal folder (left by a killed or closed process).
struct JournaledTransfer
{
    QString journalFile; // identifies it for resumeJournaled() / discardJournaled()
    TransferDirection direction = TransferDirection::Upload;
    QString endpoint; // the cloud it was going to (S3 endpoint URL as configured), for matching a client
    QString profileName;
    QString bucket;
    QString key;
    QString localPath;
    qint64 bytesDone = 0; // parts or ranges known to be finished
    qint64 bytesTotal = -1;
};

// The transfer queue shared by the GUI and the CLI: uploads, downloads and server-side copies, N
// files and M parts (or ranges) in parallel overall. Small files go in one request; large ones in
// parts that are streamed from disk (memory is bounded by the parts in flight), each retried on its
// own and sent with Content-MD5 (or x-amz-checksum-crc32c where the server verifies it,
// CloudProfile::verifiesPartCrc32c); the size and, where it is an MD5, the ETag checked at the end.
// Downloads are written to NAME.part and renamed into place only once complete and verified.
//
// Small files — uploads sent in one PUT and no larger than a part — may go beyond the N files:
// with N running, the next queued small files each borrow a free part slot (the M slots that big
// files' parts take) and give it back when they end. So requests in flight stay at most N + M, and
// memory at most what N files and M parts take, as the settings say, while a folder of small files
// keeps N + M PUTs going instead of N (the transport spreads them over enough connections, see
// ConnectionPool).
//
// With a journal folder, every running transfer has a small JSON file there: a killed process that
// enqueues the same transfer again (or calls resumeJournaled()) continues it — uploads through
// ListParts (parts already there are kept when their MD5 matches the file), downloads by Range from
// what NAME.part already holds. A file that changes while it uploads is detected and sent again;
// a full disk fails the download with the system's message and removes NAME.part; cancel aborts the
// multipart upload.
//
// Lives on the GUI (or CLI) thread. The S3Clients passed in must outlive the items that use them.
// Ids are positive, unique for the queue's lifetime; group ids share the same counter.
class TransferQueue final : public QObject
{
    Q_OBJECT
public:
    explicit TransferQueue(QObject *parent = nullptr);
    ~TransferQueue() override;

    // Settings; they apply to transfers that start afterwards.
    void setMaxFiles(int files); // files moving at once (default 4), plus small files on free part slots
    void setMaxParts(int parts); // parts/ranges (or small files) in flight over all files (default 8)
    void setMultipartThreshold(qint64 bytes); // multipart at or above this size (default 16 MiB)
    void setPartSize(qint64 bytes);           // smallest part size (default 8 MiB; grows to fit 10,000 parts)
    // Copies of sources larger than this go in UploadPartCopy parts (default and most 5 GiB, CopyObject's
    // limit; tests lower it).
    void setCopyPartThreshold(qint64 bytes);
    void setConflictPolicy(ConflictChoice policy);   // default Overwrite; the GUI sets Ask
    void setJournalDirectory(const QString &folder); // empty (default): no journal
    int maxFiles() const { return m_maxFiles; }
    int maxParts() const { return m_maxParts; }
    qint64 partSize() const { return m_partSize; }
    QString journalDirectory() const;

    // One file. `localPath` of a download is where the file ends up; `folder`, when given, is the
    // folder the user chose: the target is refused if it resolves outside it (symlinks).
    int enqueueUpload(S3Client *client, const QString &localPath, const QString &bucket, const QString &key);
    int enqueueDownload(S3Client *client,
        const QString &bucket,
        const QString &key,
        const QString &localPath,
        const QString &folder = {});
    int enqueueCopy(S3Client *client,
        const QString &sourceBucket,
        const QString &sourceKey,
        const QString &bucket,
        const QString &key);

    // Many files: returns a group id at once; the folder is walked (off the GUI thread) or the
    // prefix listed page by page, and items are added as they are found (itemAdded, with .group).
    // Upload: every file under `folder` to `prefix` + its path relative to the folder ("/"-joined;
    // prefix gets a "/" appended when not empty and not ending in one). Download: every key under
    // `prefix` to localPathForKey(folder, prefix, key); keys with no safe local name are added as
    // Skipped items with the reason. Copy: every key under sourcePrefix to prefix + the rest.
    int enqueueUploadFolder(
        S3Client *client, const QString &folder, const QString &bucket, const QString &prefix);
    int enqueueDownloadPrefix(
        S3Client *client, const QString &bucket, const QString &prefix, const QString &folder);
    int enqueueCopyPrefix(S3Client *client,
        const QString &sourceBucket,
        const QString &sourcePrefix,
        const QString &bucket,
        const QString &prefix);

    // Control; an id may be an item or a group (then every item of it). Unknown ids are ignored.
    void pause(int id);  // Queued/Running → Paused (a multipart upload is kept for resume)
    void resume(int id); // Paused → Queued
    void cancel(int id); // → Canceled (multipart upload aborted, partial download removed)
    void retry(int id);  // Failed/Canceled → Queued, from the start
    void pauseAll();
    void resumeAll();
    void cancelAll();
    // The answer to conflictFound(); with applyToRest, also the policy for later conflicts.
    void resolveConflict(int id, ConflictChoice choice, bool applyToRest = false);
    void removeFinished(); // forgets Done/Skipped/Failed/Canceled items (itemRemoved for each)

    TransferItem item(int id) const; // id 0 when unknown
    QList<TransferItem> items() const;
    QList<TransferItem> groupItems(int group) const;
    TransferTotals totals() const;
    bool isIdle() const; // nothing queued, running, waiting for an answer or being scanned

    // The journal folder's unfinished transfers that no item of this queue is running.
    QList<JournaledTransfer> journaledTransfers() const;
    int resumeJournaled(S3Client *client, const JournaledTransfer &transfer);
    // Forgets it: aborts its multipart upload (through client) or removes its NAME.part.
    void discardJournaled(S3Client *client, const JournaledTransfer &transfer);

Q_SIGNALS:
    void itemAdded(const TransferItem &item);
    void itemChanged(const TransferItem &item);  // progress at most ~5 times a second per item
    void itemFinished(const TransferItem &item); // Done, Skipped, Failed or Canceled
    void itemRemoved(int id);
    void totalsChanged(const TransferTotals &totals);     // at most ~5 times a second
    void conflictFound(const TransferConflict &conflict); // policy Ask: answer with resolveConflict()
    void groupScanned(int group, int items, const QString &error); // walking/listing ended
    void idle();                                                   // the last active item finished

private:
    friend struct QueuedTransfer;
    QueuedTransfer *find(int id) const;
    int add(std::unique_ptr<QueuedTransfer> transfer, int group = 0);
    void schedule();
    void setState(QueuedTransfer *t, TransferState state);
    void startItem(QueuedTransfer *t);
    void checkConflict(QueuedTransfer *t);
    void conflictWith(QueuedTransfer *t, const TransferConflict &conflict);
    void applyChoice(QueuedTransfer *t, ConflictChoice choice, const QString &suggested = {});
    void findFreeKey(QueuedTransfer *t, int n);
    void launch(QueuedTransfer *t);
    void journalTransfer(QueuedTransfer *t);
    void launchUpload(QueuedTransfer *t);
    void launchDownload(QueuedTransfer *t);
    void launchCopy(QueuedTransfer *t);
    void stopRunning(QueuedTransfer *t, TransferState next);
    void stopped(QueuedTransfer *t);
    void onProgress(QueuedTransfer *t, qint64 done, qint64 total);
    void finishItem(QueuedTransfer *t, TransferState state, const QString &error = {});
    void changed(QueuedTransfer *t, bool force = false);
    void emitTotals(bool force = false);
    void scanFinished(int group, int count, const QString &error);
    bool isSmall(const QueuedTransfer *t) const;
    struct PrefixWalk;
    void listPrefixPage(const std::shared_ptr<PrefixWalk> &walk);
    QList<int> idsFor(int id) const;

    std::vector<std::unique_ptr<QueuedTransfer>> m_items; // in enqueue order
    QHash<int, QueuedTransfer *> m_byId;
    QHash<int, int> m_scanning; // group → 1 while walking/listing
    QSet<QueuedTransfer *> m_running;
    int m_active = 0;      // Queued, Running or Conflict
    int m_borrowed = 0;    // Running small files that hold a part slot (not counted against N)
    size_t m_scanFrom = 0; // items before it are not Queued
    QElapsedTimer m_clock;
    std::unique_ptr<TransferJournal> m_journal;
    PartSlots *m_slots;
    int m_nextId = 1;
    int m_maxFiles = 4;
    int m_maxParts = 8;
    qint64 m_threshold = 16 * 1024 * 1024;
    qint64 m_partSize = 8 * 1024 * 1024;
    qint64 m_copyPartThreshold = qint64(5) * 1024 * 1024 * 1024;
    ConflictChoice m_policy = ConflictChoice::Overwrite;
    qint64 m_lastTotals = 0;
    QTimer m_totalsTimer; // the totals held back by the rate limit, shown once it allows
    bool m_wasIdle = true;
};
