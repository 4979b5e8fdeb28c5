// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include "transport/httprequest.h"

class SandboxStore;

struct UploadInfo
{
    QByteArray id;
    QByteArray bucket;
    QByteArray key;
    QDateTime initiated;
    QByteArray contentType;
    QList<HttpHeader> storedHeaders;
    QByteArray acl;
    QByteArray
        checksumAlgorithm; // x-amz-checksum-algorithm of the Create, lower case ("crc32c"); empty: none
};

struct PartInfo
{
    int number = 0;
    QByteArray blobId;
    qint64 size = 0;
    QByteArray etag; // hex MD5, without quotes
    QDateTime lastModified;
    QList<HttpHeader> checksums;
};

// Multipart uploads in the sandbox's index (tables uploads and parts, created by SandboxStore::open);
// each part's body is a blob file like an object's.
class MultipartStore
{
public:
    explicit MultipartStore(SandboxStore *store);

    QByteArray create(UploadInfo info); // the new upload id, empty on failure
    std::optional<UploadInfo> upload(const QByteArray &id) const;
    // Uploads in `bucket` under `prefix`, by key then initiation, after (keyMarker, uploadIdMarker).
    QList<UploadInfo> uploads(const QByteArray &bucket,
        const QByteArray &prefix,
        const QByteArray &keyMarker,
        const QByteArray &uploadIdMarker,
        int limit) const;
    // Takes over `file` (complete, under the store's temp folder) as the part's body; a part uploaded
    // again replaces the earlier one.
    bool putPart(const QByteArray &uploadId, PartInfo part, const QString &file);
    QList<PartInfo> parts(const QByteArray &uploadId, int afterNumber = 0, int limit = 10000) const;
    // Forgets the upload and deletes its parts' bodies (after Complete or Abort).
    bool remove(const QByteArray &uploadId);

private:
    SandboxStore *m_store;
};
