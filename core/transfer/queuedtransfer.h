// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QPointer>

#include "s3/s3job.h"
#include "transfer/download.h"
#include "transfer/servercopy.h"
#include "transfer/transferitem.h"
#include "transfer/upload.h"

class S3Client;

// TransferQueue's private state for one item (not part of its API).
struct QueuedTransfer
{
    TransferItem item;
    QPointer<S3Client> client;
    QString folder; // download: the folder the user chose (may be empty)
    QPointer<Upload> upload;
    QPointer<Download> download;
    QPointer<ServerCopy> copy;
    QPointer<S3Job> job; // a copy, or the HEAD that looks for a name conflict
    UploadResume uploadResume;
    DownloadResume downloadResume;
    QString journalFile;
    ConflictChoice decided = ConflictChoice::Ask;  // Ask: not decided yet
    TransferState stopTo = TransferState::Running; // what a stop in progress ends in
    int restarts = 0;                              // after the file changed under an upload
    bool borrowedSlot = false; // a small file running on a part slot, beyond the N files (TransferQueue)

    struct Sample
    {
        qint64 ms;
        qint64 bytes;
    };
    QList<Sample> samples;
    qint64 lastEmitMs = -1000;

    bool isActive() const
    {
        return item.state == TransferState::Queued || item.state == TransferState::Running
            || item.state == TransferState::Conflict;
    }
};
