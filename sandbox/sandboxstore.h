// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include "blobfiles.h"
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
    QByteArray acl;              // canned ACL: "private", "public-read"…; empty means private
    QList<HttpHeader> checksums; // "crc32c" / "sha256" → base64 digest, as the client sent it
    int partsCount = 0;          // > 0 for an object completed from a multipart upload
    QList<qint64> partSizes;     // its parts' sizes, in order (GET/HEAD ?partNumber=N)

    // Bytes [offset, offset + length) of part `number` (1-based); false when there is no such part.
    bool partRange(int number, qint64 *offset, qint64 *length) const;
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

// The sandbox's state in DATA: an SQLite index (DATA/index.sqlite, through Qt SQL) of buckets, their
// settings, objects and multipart uploads, and bodies in DATA/objects/ (BlobFiles) named by a random
// id, never by key, so no key can reach outside DATA.
class QSqlDatabase;
class QSqlQuery;
class QThreadPool;

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
    QSqlDatabase database() const;
    // Flushes `file` (complete, under tempDir()) to disk and renames it into DATA/objects under a new
    // random id, which it returns; empty when the disk refuses (the file is then removed).
    QByteArray installBlob(const QString &file);
    // The blocking half of a PUT, safe on any thread (it touches files only): `body` written to a
    // temporary file when `file` is empty, then flushed and renamed into DATA/objects under a new
    // id, which it returns; empty when the disk refuses (nothing is left behind). putObjectBlob()
    // names it afterwards, on the store's thread.
    QByteArray writeBlob(const QString &file, const QByteArray &body) const;
    // Worker threads for writeBlob(), so that a flush waits for the disk and not for the other
    // connections' flushes (the file system commits flushes that wait together at once).
    QThreadPool *flushPool() const { return m_flushPool.get(); }
    // Copies `length` bytes of a blob from `offset` into a new temporary file, streaming, and gives
    // its MD5. Empty when it cannot.
    QString copyBlobRange(const QByteArray &blobId, qint64 offset, qint64 length, QByteArray *md5);
    // A temporary file name under tempDir().
    QString newTempFile(QStringView prefix) const;

    QList<BucketInfo> buckets() const;
    std::optional<BucketInfo> bucket(const QByteArray &name) const;
    bool createBucket(const BucketInfo &bucket);
    bool deleteBucket(const QByteArray &name);
    bool bucketIsEmpty(const QByteArray &name) const;
    // A bucket's subresource documents (website, policy, publicAccessBlock, acl) kept byte-exact;
    // an empty value deletes.
    QByteArray bucketSetting(const QByteArray &bucket, QByteArrayView name) const;
    bool setBucketSetting(const QByteArray &bucket, QByteArrayView name, const QByteArray &value);

    std::optional<ObjectInfo> object(const QByteArray &bucket, const QByteArray &key) const;
    // Takes over `file` (a temporary file under tempDir(), already complete) as the object's body.
    bool putObjectFile(const QByteArray &bucket, ObjectInfo info, const QString &file, QString *error);
    bool putObjectBytes(const QByteArray &bucket, ObjectInfo info, const QByteArray &body, QString *error);
    // Records an object whose body is already an installed blob (info.blobId).
    bool putObjectBlob(const QByteArray &bucket, const ObjectInfo &info, QString *error);
    // Many small objects in one transaction with one flush of the file system: demo data and test
    // fixtures. Each body is durable before the transaction that names it commits.
    bool putObjectsBytes(
        const QByteArray &bucket, QList<std::pair<ObjectInfo, QByteArray>> objects, QString *error);
    bool setObjectAcl(const QByteArray &bucket, const QByteArray &key, const QByteArray &acl);
    bool deleteObject(const QByteArray &bucket, const QByteArray &key);
    ListPage list(const QByteArray &bucket, const ListQuery &query) const;

    static QByteArray encodeHeaders(const QList<HttpHeader> &headers);
    static QList<HttpHeader> decodeHeaders(const QByteArray &encoded);

    static constexpr const char *kObjectColumns
        = "key, blob, size, etag, content_type, headers, modified, attrs";

private:
    static ObjectInfo objectFromRow(const QSqlQuery &q); // a row of kObjectColumns
    bool exec(const QString &sql) const;
    bool putWrittenBlob(const QByteArray &bucket, const ObjectInfo &info, QString *error); // from writeBlob()
    bool record(const QByteArray &bucket, const ObjectInfo &info, QString *error);

    static constexpr int kFlushThreads = 32;

    QString m_dir;
    BlobFiles m_blobs;
    QString m_connection;
    std::unique_ptr<QThreadPool> m_flushPool; // last: destroyed first, waiting for what it runs
};
