// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxstore.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QByteArray randomId()
{
    quint64 words[2];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex();
}

bool syncPath(const QString &path, bool directory)
{
    const int fd = ::open(QFile::encodeName(path).constData(), directory ? O_RDONLY | O_DIRECTORY : O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

ObjectInfo objectFrom(const QSqlQuery &q)
{
    ObjectInfo info;
    info.key = q.value(0).toByteArray();
    info.blobId = q.value(1).toByteArray();
    info.size = q.value(2).toLongLong();
    info.etag = q.value(3).toByteArray();
    info.contentType = q.value(4).toByteArray();
    info.storedHeaders = SandboxStore::decodeHeaders(q.value(5).toByteArray());
    info.lastModified = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), QTimeZone::utc());
    return info;
}

constexpr auto kObjectColumns = "key, blob, size, etag, content_type, headers, modified";

} // namespace

SandboxStore::SandboxStore(QString dataDir)
    : m_dir(std::move(dataDir))
    , m_connection(u"skylight-sandbox-%1"_s.arg(quintptr(this), 0, 16))
{}

SandboxStore::~SandboxStore()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString SandboxStore::tempDir() const
{
    return m_dir + u"/tmp"_s;
}

QString SandboxStore::blobPath(const QByteArray &blobId) const
{
    return m_dir + u"/objects/"_s + QString::fromLatin1(blobId);
}

bool SandboxStore::exec(const QString &sql) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    return q.exec(sql);
}

bool SandboxStore::open(QString *error)
{
    QDir dir;
    if (!dir.mkpath(m_dir + u"/objects"_s) || !dir.mkpath(tempDir())) {
        *error = u"cannot create the data folder %1"_s.arg(m_dir);
        return false;
    }
    // Left-overs of an interrupted upload are never part of the state.
    QDir tmp(tempDir());
    for (const QString &name : tmp.entryList(QDir::Files | QDir::Hidden))
        tmp.remove(name);

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(m_dir + u"/index.sqlite"_s);
    if (!db.open()) {
        *error = u"cannot open %1: %2"_s.arg(db.databaseName(), db.lastError().text());
        return false;
    }
    const bool ok = exec(u"PRAGMA journal_mode=WAL"_s) && exec(u"PRAGMA synchronous=FULL"_s)
        && exec(u"CREATE TABLE IF NOT EXISTS buckets (name BLOB PRIMARY KEY, region TEXT NOT NULL, "
                "created INTEGER NOT NULL)"_s)
        && exec(u"CREATE TABLE IF NOT EXISTS objects (bucket BLOB NOT NULL, key BLOB NOT NULL, "
                "blob TEXT NOT NULL, size INTEGER NOT NULL, etag TEXT NOT NULL, content_type BLOB, "
                "headers BLOB, modified INTEGER NOT NULL, PRIMARY KEY (bucket, key)) WITHOUT ROWID"_s);
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
    return q.exec() && q.numRowsAffected() > 0;
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
    return objectFrom(q);
}

bool SandboxStore::putObjectBytes(
    const QByteArray &bucket, ObjectInfo info, const QByteArray &body, QString *error)
{
    const QString temp = tempDir() + u"/put-"_s + QString::fromLatin1(randomId());
    QFile file(temp);
    if (!file.open(QIODevice::WriteOnly) || file.write(body) != body.size() || !file.flush()) {
        *error = u"cannot write %1: %2"_s.arg(temp, file.errorString());
        file.remove();
        return false;
    }
    file.close();
    return putObjectFile(bucket, std::move(info), temp, error);
}

bool SandboxStore::putObjectFile(
    const QByteArray &bucket, ObjectInfo info, const QString &file, QString *error)
{
    info.blobId = randomId();
    const QString target = blobPath(info.blobId);
    if (!syncPath(file, false) || !QFile::rename(file, target) || !syncPath(m_dir + u"/objects"_s, true)) {
        *error = u"cannot move the body of %1 into place"_s.arg(QString::fromUtf8(info.key));
        QFile::remove(file);
        QFile::remove(target);
        return false;
    }
    const std::optional<ObjectInfo> previous = object(bucket, info.key);
    if (!record(bucket, info, error)) {
        QFile::remove(target);
        return false;
    }
    if (previous)
        QFile::remove(blobPath(previous->blobId));
    return true;
}

bool SandboxStore::record(const QByteArray &bucket, const ObjectInfo &info, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"INSERT OR REPLACE INTO objects (bucket, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(
        QLatin1StringView(kObjectColumns)));
    q.addBindValue(bucket);
    q.addBindValue(info.key);
    q.addBindValue(QString::fromLatin1(info.blobId));
    q.addBindValue(info.size);
    q.addBindValue(QString::fromLatin1(info.etag));
    q.addBindValue(info.contentType);
    q.addBindValue(encodeHeaders(info.storedHeaders));
    q.addBindValue(info.lastModified.toMSecsSinceEpoch());
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

ListPage SandboxStore::list(const QByteArray &bucket, const ListQuery &query) const
{
    ListPage page;
    if (query.maxKeys <= 0)
        return page;
    // Keys are valid UTF-8, which never holds 0xFF: prefix + 0xFF sorts after every key under it.
    QByteArray from = query.after;
    bool inclusive = false;
    if (query.prefix > query.after) {
        from = query.prefix;
        inclusive = true;
    }
    int count = 0;
    const auto take = [&](const QByteArray &name) {
        if (count == query.maxKeys) {
            page.truncated = true;
            return false;
        }
        ++count;
        page.last = name;
        return true;
    };
    for (;;) {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.setForwardOnly(true);
        // An empty QByteArray binds as NULL, and "key > NULL" matches nothing.
        const QString condition = from.isEmpty() ? QString()
            : inclusive                          ? u"AND key >= ?"_s
                                                 : u"AND key > ?"_s;
        q.prepare(u"SELECT %1 FROM objects WHERE bucket = ? %2 ORDER BY key LIMIT 512"_s.arg(
            QLatin1StringView(kObjectColumns), condition));
        q.addBindValue(bucket);
        if (!from.isEmpty())
            q.addBindValue(from);
        if (!q.exec())
            return page;
        bool any = false;
        while (q.next()) {
            any = true;
            ObjectInfo info = objectFrom(q);
            if (!info.key.startsWith(query.prefix))
                return page;
            const qsizetype cut
                = query.delimiter.isEmpty() ? -1 : info.key.indexOf(query.delimiter, query.prefix.size());
            if (cut >= 0) {
                const QByteArray prefix = info.key.left(cut + query.delimiter.size());
                if (prefix > query.after) {
                    if (!take(prefix))
                        return page;
                    page.commonPrefixes.append(prefix);
                }
                from = prefix + '\xff';
                inclusive = false;
                break;
            }
            if (!take(info.key))
                return page;
            from = info.key;
            inclusive = false;
            page.objects.append(std::move(info));
        }
        if (!any)
            return page;
    }
}

QByteArray SandboxStore::encodeHeaders(const QList<HttpHeader> &headers)
{
    QByteArray out;
    for (const HttpHeader &h : headers)
        out.append(h.name.toPercentEncoding()).append(' ').append(h.value.toPercentEncoding()).append('\n');
    return out;
}

QList<HttpHeader> SandboxStore::decodeHeaders(const QByteArray &encoded)
{
    QList<HttpHeader> headers;
    for (const QByteArray &line : encoded.split('\n')) {
        const qsizetype space = line.indexOf(' ');
        if (space > 0)
            headers.append({QByteArray::fromPercentEncoding(line.left(space)),
                QByteArray::fromPercentEncoding(line.mid(space + 1))});
    }
    return headers;
}
