// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class S3Client;

struct S3CopyOptions
{
    bool recursive = false;
    QString journal; // folder of the resume journal; empty: none
    int maxFiles = 8;
    int maxParts = 8;
    qint64 partSize = 0; // 0: the queue's default
};

// skylight-cli s3 cp SRC DST through the TransferQueue: local → bucket, bucket → local and bucket
// → bucket (on the server), one file or, with recursive, a folder or prefix. With a journal, a run
// that was killed continues where it stopped when started again with the same arguments.
// Prints one line per file; returns the exit status (0, 1 when a file failed, 2 for bad arguments).
int copyThroughQueue(
    S3Client *client, const QString &source, const QString &destination, const S3CopyOptions &options);
