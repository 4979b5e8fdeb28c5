// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "s3/s3types.h"
#include "transport/result.h"

// One local file of a folder being published as a website.
struct PublishFile
{
    QString localPath;
    QString key; // the path under the folder, '/'-separated
    qint64 size = 0;
    QByteArray md5Hex; // lower-case hex
    QString contentType;
};

// What publishing a folder into a bucket does: the files that are new or changed, those already
// there byte for byte (same size and single-part ETag equal to the MD5), and, with deleteRemoved, the
// keys in the bucket that the folder no longer has. Pure, so that it is tested without a network.
struct PublishPlan
{
    QList<PublishFile> upload;
    QList<PublishFile> unchanged;
    QStringList remove;

    static PublishPlan compute(
        const QList<PublishFile> &local, const QList<ObjectEntry> &remote, bool deleteRemoved);

    // Walks `folder` (hidden files and folders skipped, symbolic links not followed), hashing each
    // file: call it off the GUI thread.
    static Result<QList<PublishFile>> scan(const QString &folder);
    // The Content-Type a browser needs for the file, from its name (QMimeDatabase); text types get
    // "; charset=utf-8".
    static QString contentTypeFor(const QString &fileName);
};
