// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// The values the TransferQueue hands out: one transfer as it stands, the totals, and a name
// conflict waiting for an answer. Plain copies: a view keeps them without holding the queue.

enum class TransferDirection
{
    Upload,   // local file → bucket/key
    Download, // bucket/key → local file
    Copy,     // sourceBucket/sourceKey → bucket/key, on the server
};

enum class TransferState
{
    Queued,   // waiting for a free slot (or, in a group, for its folder to be listed)
    Running,  // bytes moving
    Paused,   // stopped by pause(); resume() continues where it stopped
    Conflict, // waiting for resolveConflict() (conflict policy Ask)
    Done,     // finished and verified
    Skipped,  // a name conflict answered "skip", or a key with no safe local name
    Failed,   // see error; retry() starts it again
    Canceled, // cancel(); a multipart upload was aborted and a partial download removed
};

// What to do when the target already exists (a local file for a download, a key for an upload).
enum class ConflictChoice
{
    Ask,       // policy only: emit conflictFound() and wait for resolveConflict()
    Overwrite, // replace it
    Skip,      // leave it, mark the item Skipped
    KeepBoth,  // write under a new name: "name (2).ext" locally, "name (2).ext" as a key
};

struct TransferItem
{
    int id = 0;
    int group = 0; // the folder enqueue it came from; 0 for a single file
    TransferDirection direction = TransferDirection::Upload;
    TransferState state = TransferState::Queued;
    QString localPath;    // upload source or download target (absolute)
    QString bucket;       // destination bucket (upload, copy) or source bucket (download)
    QString key;          // destination key (upload, copy) or source key (download)
    QString sourceBucket; // Copy only
    QString sourceKey;    // Copy only
    qint64 bytesDone = 0;
    qint64 bytesTotal = -1;    // -1 until known
    double bytesPerSecond = 0; // over the last few seconds while running
    qint64 etaSeconds = -1;    // -1 when unknown
    int parts = 0;             // parts (upload) or ranges (download); 0 for a single request
    bool resumed = false;      // continued from a journal or a pause rather than started afresh
    qint64 bytesResumed = 0;   // bytes that did not have to be sent again
    QString error;             // a sentence for the user when Failed (or why Skipped)
    QDateTime started;
    QDateTime finished;

    bool isFinished() const
    {
        return state == TransferState::Done || state == TransferState::Skipped
            || state == TransferState::Failed || state == TransferState::Canceled;
    }
};

struct TransferTotals
{
    int queued = 0; // Queued and Conflict
    int running = 0;
    int paused = 0;
    int done = 0;
    int skipped = 0;
    int failed = 0;
    int canceled = 0;
    qint64 bytesDone = 0;  // over items not Canceled/Skipped
    qint64 bytesTotal = 0; // of the items whose size is known
    double bytesPerSecond = 0;
    qint64 etaSeconds = -1;
    bool scanning = false; // a folder is still being walked or listed

    int active() const { return queued + running + paused; }
};

struct TransferConflict
{
    int id = 0;
    TransferDirection direction = TransferDirection::Upload;
    QString localPath;
    QString bucket;
    QString key;
    qint64 existingSize = -1;
    QDateTime existingModified;
    QString suggestedName; // what KeepBoth would use (a file path or a key)
};

Q_DECLARE_METATYPE(TransferItem)
Q_DECLARE_METATYPE(TransferTotals)
Q_DECLARE_METATYPE(TransferConflict)
