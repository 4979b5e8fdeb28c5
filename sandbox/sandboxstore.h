// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include "transport/httprequest.h"

struct BucketInfo
{
    QByteArray name;
    QString region;
    QDateTime created;
};

struct ObjectInfo
{
    QByteArray key; // byte-exact, UTF-8
    QByteArray blobId;
    qint64 size = 0;
    QByteArray etag; // hex MD5, without quotes
    QByteArray contentType;
    QList<HttpHeader> storedHeaders; // x-amz-meta-*, Content-Encoding, Cache-Control…
    QDateTime lastModified;
};

struct ListQuery
{
    QByteArray prefix;
    QByteArray delimiter;
    QByteArray after; // exclusive: marker, start-after or the continuation point
    int maxKeys = 1000;
};

struct ListPage
{
    QList<ObjectInfo> objects;
    QList<QByteArray> commonPrefixes;
    bool truncated = false;
    QByteArray last; // the last key or common prefix returned: where the next page starts
};

// The sandbox's state in DATA: an SQLite index (DATA/index.sqlite, through Qt SQL) of buckets and
// objects, and object bodies in DATA/objects/ named by a random id, never by key, so no key can
// reach outside DATA. A body is written to DATA/tmp, flushed to disk, then renamed into place.
class SandboxStore
{
public:
    explicit SandboxStore(QString dataDir);
    ~SandboxStore();
    SandboxStore(const SandboxStore &) = delete;
    SandboxStore &operator=(const SandboxStore &) = delete;

    bool open(QString *error);
    QString tempDir() const;
    QString blobPath(const QByteArray &blobId) const;

    QList<BucketInfo> buckets() const;
    std::optional<BucketInfo> bucket(const QByteArray &name) const;
    bool createBucket(const BucketInfo &bucket);
    bool deleteBucket(const QByteArray &name);
    bool bucketIsEmpty(const QByteArray &name) const;

    std::optional<ObjectInfo> object(const QByteArray &bucket, const QByteArray &key) const;
    // Takes over `file` (a temporary file under tempDir(), already complete) as the object's body.
    bool putObjectFile(const QByteArray &bucket, ObjectInfo info, const QString &file, QString *error);
    bool putObjectBytes(const QByteArray &bucket, ObjectInfo info, const QByteArray &body, QString *error);
    bool deleteObject(const QByteArray &bucket, const QByteArray &key);
    ListPage list(const QByteArray &bucket, const ListQuery &query) const;

    static QByteArray encodeHeaders(const QList<HttpHeader> &headers);
    static QList<HttpHeader> decodeHeaders(const QByteArray &encoded);

private:
    bool exec(const QString &sql) const;
    bool record(const QByteArray &bucket, const ObjectInfo &info, QString *error);

    QString m_dir;
    QString m_connection;
};
