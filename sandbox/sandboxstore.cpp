// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxstore.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThreadPool>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

QByteArray encodeAttributes(const ObjectInfo &info)
{
    QList<HttpHeader> attributes;
    if (!info.acl.isEmpty() && info.acl != "private")
        attributes.append({"acl", info.acl});
    for (const HttpHeader &c : info.checksums)
        attributes.append({"checksum-" + c.name, c.value});
    if (info.partsCount > 0)
        attributes.append({"parts", QByteArray::number(info.partsCount)});
    if (!info.partSizes.isEmpty()) { // run-length: "5242880*3,1048576*1"
        QByteArray runs;
        for (qsizetype i = 0; i < info.partSizes.size();) {
            qsizetype j = i;
            while (j < info.partSizes.size() && info.partSizes[j] == info.partSizes[i])
                ++j;
            if (!runs.isEmpty())
                runs += ',';
            runs += QByteArray::number(info.partSizes[i]) + '*' + QByteArray::number(j - i);
            i = j;
        }
        attributes.append({"part-sizes", runs});
    }
    return SandboxStore::encodeHeaders(attributes);
}

void decodeAttributes(const QByteArray &encoded, ObjectInfo *info)
{
    for (const HttpHeader &a : SandboxStore::decodeHeaders(encoded)) {
        if (a.name == "acl")
            info->acl = a.value;
        else if (a.name.startsWith("checksum-"))
            info->checksums.append({a.name.mid(9), a.value});
        else if (a.name == "parts")
            info->partsCount = a.value.toInt();
        else if (a.name == "part-sizes") {
            for (const QByteArray &run : a.value.split(',')) {
                const QList<QByteArray> sizeTimes = run.split('*');
                const int times = sizeTimes.value(1).toInt();
                for (int i = 0; i < times && i < 10000; ++i)
                    info->partSizes.append(sizeTimes.value(0).toLongLong());
            }
        }
    }
}

} // namespace

bool ObjectInfo::partRange(int number, qint64 *offset, qint64 *length) const
{
    if (number < 1 || number > partSizes.size())
        return false;
    qint64 start = 0;
    for (int i = 0; i < number - 1; ++i)
        start += partSizes[i];
    *offset = start;
    *length = partSizes[number - 1];
    return true;
}

ObjectInfo SandboxStore::objectFromRow(const QSqlQuery &q)
{
    ObjectInfo info;
    info.key = q.value(0).toByteArray();
    info.blobId = q.value(1).toByteArray();
    info.size = q.value(2).toLongLong();
    info.etag = q.value(3).toByteArray();
    info.contentType = q.value(4).toByteArray();
    info.storedHeaders = SandboxStore::decodeHeaders(q.value(5).toByteArray());
    info.lastModified = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), QTimeZone::utc());
    decodeAttributes(q.value(7).toByteArray(), &info);
    return info;
}

namespace {

constexpr auto kObjectColumns = SandboxStore::kObjectColumns;

} // namespace

SandboxStore::SandboxStore(QString dataDir)
    : m_dir(std::move(dataDir))
    , m_blobs(m_dir)
    , m_connection(u"skylight-sandbox-%1"_s.arg(quintptr(this), 0, 16))
    , m_flushPool(std::make_unique<QThreadPool>())
{
    // Flushing is waiting, not computing: more threads than cores, one per connection at most.
    m_flushPool->setMaxThreadCount(kFlushThreads);
}

SandboxStore::~SandboxStore()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString SandboxStore::tempDir() const
{
    return m_blobs.tempDir();
}

QString SandboxStore::blobPath(const QByteArray &blobId) const
{
    return m_blobs.path(blobId);
}

QSqlDatabase SandboxStore::database() const
{
    return QSqlDatabase::database(m_connection);
}

QString SandboxStore::newTempFile(QStringView prefix) const
{
    return m_blobs.newTempFile(prefix);
}

QByteArray SandboxStore::installBlob(const QString &file)
{
    return m_blobs.install(file);
}

QString SandboxStore::copyBlobRange(const QByteArray &blobId, qint64 offset, qint64 length, QByteArray *md5)
{
    return m_blobs.copyRange(blobId, offset, length, md5);
}

bool SandboxStore::exec(const QString &sql) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    return q.exec(sql);
}

bool SandboxStore::open(QString *error)
{
    if (!m_blobs.prepare(error))
        return false;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(m_dir + u"/index.sqlite"_s);
    if (!db.open()) {
        *error = u"cannot open %1: %2"_s.arg(db.databaseName(), db.lastError().text());
        return false;
    }
    // WAL with synchronous=NORMAL: a commit is not flushed on its own, only at checkpoints. Bodies
    // are flushed before the row naming them commits; the index is what a power loss can roll back.
    const bool ok = exec(u"PRAGMA journal_mode=WAL"_s) && exec(u"PRAGMA synchronous=NORMAL"_s)
        && exec(u"CREATE TABLE IF NOT EXISTS buckets (name BLOB PRIMARY KEY, region TEXT NOT NULL, "
                "created INTEGER NOT NULL)"_s)
        && exec(u"CREATE TABLE IF NOT EXISTS objects (bucket BLOB NOT NULL, key BLOB NOT NULL, "
                "blob TEXT NOT NULL, size INTEGER NOT NULL, etag TEXT NOT NULL, content_type BLOB, "
                "headers BLOB, modified INTEGER NOT NULL, PRIMARY KEY (bucket, key)) WITHOUT ROWID"_s)
        && exec(u"CREATE TABLE IF NOT EXISTS bucket_settings (bucket BLOB NOT NULL, name TEXT NOT NULL, "
                "value BLOB NOT NULL, PRIMARY KEY (bucket, name)) WITHOUT ROWID"_s)
        && exec(
            u"CREATE TABLE IF NOT EXISTS uploads (id TEXT PRIMARY KEY, bucket BLOB NOT NULL, "
            "key BLOB NOT NULL, initiated INTEGER NOT NULL, content_type BLOB, headers BLOB, attrs BLOB)"_s)
        && exec(u"CREATE TABLE IF NOT EXISTS parts (upload TEXT NOT NULL, number INTEGER NOT NULL, "
                "blob TEXT NOT NULL, size INTEGER NOT NULL, etag TEXT NOT NULL, modified INTEGER NOT NULL, "
                "attrs BLOB, PRIMARY KEY (upload, number)) WITHOUT ROWID"_s);
    // Data folders from before object attributes (ACL, checksums) gain the column; it fails harmlessly
    // when it is there.
    exec(u"ALTER TABLE objects ADD COLUMN attrs BLOB"_s);
    exec(u"ALTER TABLE uploads ADD COLUMN checksum TEXT"_s); // the upload's checksum algorithm
    if (!ok)
        *error = u"cannot prepare %1: %2"_s.arg(db.databaseName(), db.lastError().text());
    return ok;
}

QList<BucketInfo> SandboxStore::buckets() const
{
    QList<BucketInfo> result;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.exec(u"SELECT name, region, created FROM buckets ORDER BY name"_s);
    while (q.next()) {
        result.append({q.value(0).toByteArray(),
            q.value(1).toString(),
            QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), QTimeZone::utc())});
    }
    return result;
}

std::optional<BucketInfo> SandboxStore::bucket(const QByteArray &name) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT name, region, created FROM buckets WHERE name = ?"_s);
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return BucketInfo {q.value(0).toByteArray(),
        q.value(1).toString(),
        QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), QTimeZone::utc())};
}

bool SandboxStore::createBucket(const BucketInfo &bucket)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"INSERT INTO buckets (name, region, created) VALUES (?, ?, ?)"_s);
    q.addBindValue(bucket.name);
    q.addBindValue(bucket.region);
    q.addBindValue(bucket.created.toMSecsSinceEpoch());
    return q.exec();
}

bool SandboxStore::deleteBucket(const QByteArray &name)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"DELETE FROM buckets WHERE name = ?"_s);
    q.addBindValue(name);
    if (!q.exec() || q.numRowsAffected() == 0)
        return false;
    // Its settings and unfinished multipart uploads go with it.
    QStringList partBlobs;
    QSqlQuery blobs(QSqlDatabase::database(m_connection));
    blobs.prepare(u"SELECT blob FROM parts WHERE upload IN (SELECT id FROM uploads WHERE bucket = ?)"_s);
    blobs.addBindValue(name);
    if (blobs.exec()) {
        while (blobs.next())
            partBlobs.append(blobPath(blobs.value(0).toByteArray()));
    }
    for (const QString &sql : {u"DELETE FROM bucket_settings WHERE bucket = ?"_s,
             u"DELETE FROM parts WHERE upload IN (SELECT id FROM uploads WHERE bucket = ?)"_s,
             u"DELETE FROM uploads WHERE bucket = ?"_s}) {
        QSqlQuery cleanup(QSqlDatabase::database(m_connection));
        cleanup.prepare(sql);
        cleanup.addBindValue(name);
        cleanup.exec();
    }
    for (const QString &file : std::as_const(partBlobs))
        QFile::remove(file);
    return true;
}

QByteArray SandboxStore::bucketSetting(const QByteArray &bucket, QByteArrayView name) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT value FROM bucket_settings WHERE bucket = ? AND name = ?"_s);
    q.addBindValue(bucket);
    q.addBindValue(QString::fromLatin1(name));
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toByteArray();
}

bool SandboxStore::setBucketSetting(const QByteArray &bucket, QByteArrayView name, const QByteArray &value)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (value.isEmpty()) {
        q.prepare(u"DELETE FROM bucket_settings WHERE bucket = ? AND name = ?"_s);
    } else {
        q.prepare(u"INSERT OR REPLACE INTO bucket_settings (bucket, name, value) VALUES (?, ?, ?)"_s);
    }
    q.addBindValue(bucket);
    q.addBindValue(QString::fromLatin1(name));
    if (!value.isEmpty())
        q.addBindValue(value);
    return q.exec();
}

bool SandboxStore::bucketIsEmpty(const QByteArray &name) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT 1 FROM objects WHERE bucket = ? LIMIT 1"_s);
    q.addBindValue(name);
    return q.exec() && !q.next();
}

std::optional<ObjectInfo> SandboxStore::object(const QByteArray &bucket, const QByteArray &key) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(
        u"SELECT %1 FROM objects WHERE bucket = ? AND key = ?"_s.arg(QLatin1StringView(kObjectColumns)));
    q.addBindValue(bucket);
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return objectFromRow(q);
}

QByteArray SandboxStore::writeBlob(const QString &file, const QByteArray &body) const
{
    if (!file.isEmpty())
        return m_blobs.install(file);
    const QString temp = m_blobs.newTempFile(u"put");
    QFile out(temp);
    if (!out.open(QIODevice::WriteOnly) || out.write(body) != body.size() || !out.flush()) {
        out.remove();
        return {};
    }
    out.close();
    return m_blobs.install(temp);
}

bool SandboxStore::putObjectBytes(
    const QByteArray &bucket, ObjectInfo info, const QByteArray &body, QString *error)
{
    info.blobId = writeBlob({}, body);
    return putWrittenBlob(bucket, info, error);
}

bool SandboxStore::putObjectFile(
    const QByteArray &bucket, ObjectInfo info, const QString &file, QString *error)
{
    info.blobId = writeBlob(file, {});
    return putWrittenBlob(bucket, info, error);
}

bool SandboxStore::putWrittenBlob(const QByteArray &bucket, const ObjectInfo &info, QString *error)
{
    if (info.blobId.isEmpty()) {
        *error = u"cannot write the body of %1 to disk"_s.arg(QString::fromUtf8(info.key));
        return false;
    }
    return putObjectBlob(bucket, info, error);
}

bool SandboxStore::putObjectBlob(const QByteArray &bucket, const ObjectInfo &info, QString *error)
{
    const std::optional<ObjectInfo> previous = object(bucket, info.key);
    if (!record(bucket, info, error)) {
        QFile::remove(blobPath(info.blobId));
        return false;
    }
    if (previous && previous->blobId != info.blobId)
        QFile::remove(blobPath(previous->blobId));
    return true;
}

bool SandboxStore::putObjectsBytes(
    const QByteArray &bucket, QList<std::pair<ObjectInfo, QByteArray>> objects, QString *error)
{
    // Write every body, flush the file system once, then name them all in one transaction.
    QList<QByteArray> bodies;
    for (const auto &object : std::as_const(objects))
        bodies.append(object.second);
    const QList<QByteArray> ids = m_blobs.writeBatch(bodies, error);
    if (ids.size() != objects.size())
        return false;
    for (qsizetype i = 0; i < objects.size(); ++i)
        objects[i].first.blobId = ids[i];
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    for (const auto &[info, body] : std::as_const(objects)) {
        const std::optional<ObjectInfo> previous = object(bucket, info.key);
        if (!record(bucket, info, error)) {
            db.rollback();
            return false;
        }
        if (previous)
            QFile::remove(blobPath(previous->blobId));
    }
    return db.commit();
}

bool SandboxStore::setObjectAcl(const QByteArray &bucket, const QByteArray &key, const QByteArray &acl)
{
    std::optional<ObjectInfo> info = object(bucket, key);
    if (!info)
        return false;
    info->acl = acl;
    QString error;
    return record(bucket, *info, &error);
}

bool SandboxStore::record(const QByteArray &bucket, const ObjectInfo &info, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"INSERT OR REPLACE INTO objects (bucket, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(
        QLatin1StringView(kObjectColumns)));
    q.addBindValue(bucket);
    q.addBindValue(info.key);
    q.addBindValue(QString::fromLatin1(info.blobId));
    q.addBindValue(info.size);
    q.addBindValue(QString::fromLatin1(info.etag));
    q.addBindValue(info.contentType);
    q.addBindValue(encodeHeaders(info.storedHeaders));
    q.addBindValue(info.lastModified.toMSecsSinceEpoch());
    q.addBindValue(encodeAttributes(info));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool SandboxStore::deleteObject(const QByteArray &bucket, const QByteArray &key)
{
    const std::optional<ObjectInfo> previous = object(bucket, key);
    if (!previous)
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"DELETE FROM objects WHERE bucket = ? AND key = ?"_s);
    q.addBindValue(bucket);
    q.addBindValue(key);
    if (!q.exec())
        return false;
    QFile::remove(blobPath(previous->blobId));
    return true;
}
