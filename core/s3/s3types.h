// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// The values S3 answers carry, as the parsers hand them out.

struct BucketEntry
{
    QString name;
    QDateTime created;
};

struct BucketList
{
    QList<BucketEntry> buckets;
    QString ownerId;
    QString ownerName;
};

struct ObjectEntry
{
    QString key; // decoded when the listing used encoding-type=url
    qint64 size = 0;
    QByteArray etag; // as sent, quotes included; a multipart ETag ("…-N") is not an MD5
    QDateTime lastModified;
    QString storageClass;
};

// One page of ListObjectsV2 or ListObjects (V1).
struct ObjectListing
{
    QString bucket;
    QString prefix;
    QString delimiter;
    QList<ObjectEntry> objects;
    QStringList commonPrefixes;
    bool truncated = false;
    // Where the next page starts: V2's NextContinuationToken, or V1's NextMarker (or, for V1
    // without a delimiter, the last key, as S3 documents). Empty when there is no next page.
    QString nextToken;
    bool urlEncoded = false;
};

struct MultipartUploadStart
{
    QString bucket;
    QString key;
    QString uploadId;
};

struct PartEntry
{
    int partNumber = 0;
    QByteArray etag;
    qint64 size = 0;
    QDateTime lastModified;
    QByteArray checksumCrc32c; // base64 (<ChecksumCRC32C>); empty: none
};

struct PartList
{
    QString uploadId;
    QList<PartEntry> parts;
    bool truncated = false;
    int nextPartNumberMarker = 0;
    QString checksumAlgorithm; // the upload's, as created ("CRC32C"); empty: none
};

struct MultipartUploadEntry
{
    QString key;
    QString uploadId;
    QDateTime initiated;
};

struct MultipartUploadList
{
    QList<MultipartUploadEntry> uploads;
    bool truncated = false;
    QString nextKeyMarker;
    QString nextUploadIdMarker;
};

struct CompletedUpload
{
    QString location;
    QString bucket;
    QString key;
    QByteArray etag;
};

struct DeleteOutcome
{
    QStringList deleted;
    struct Failure
    {
        QString key;
        QString code;
        QString message;
    };
    QList<Failure> errors;
};
