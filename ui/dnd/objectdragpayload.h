// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>
#include <QStringList>

class QMimeData;
class S3Client;

// What a drag out of the browser carries besides its file URLs, so that a drop back into the
// browser can move server-side instead of uploading the staged copies: which client (this process
// only), bucket and folder the keys come from, and the keys (folders end in "/").
struct ObjectDragPayload
{
    static constexpr char kMimeType[] = "application/x-skylight-objects";

    quintptr client = 0; // the S3Client's address: a drag from another cloud or process never matches
    QString bucket;
    QString folderPrefix;
    QStringList keys;

    // Also keeps `source` on the mime data (a property that clears when the client goes), so that a
    // drop onto another cloud's browser in this process can read the objects from it.
    void addTo(QMimeData *mime, S3Client *source = nullptr) const;
    static std::optional<ObjectDragPayload> from(const QMimeData *mime); // nullopt: not ours or broken
    static S3Client *sourceClient(const QMimeData *mime);                // null: gone, or another process

    // Why these keys cannot go into `folderKey` of `targetBucket` on the same cloud ("" when they
    // can): a folder into itself or below itself, or into the folder they are already in.
    QString refusalFor(const QString &targetBucket, const QString &folderKey) const;
    // "s3://bucket/folder/" for messages, the key shown safely.
    static QString location(const QString &bucket, const QString &folderKey);
};
