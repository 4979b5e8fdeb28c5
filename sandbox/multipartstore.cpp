// SPDX-License-Identifier: GPL-3.0-or-later
#include "multipartstore.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>

#include "sandboxstore.h"

using namespace Qt::StringLiterals;

namespace {

QByteArray newUploadId()
{
    quint64 words[3];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof words)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

UploadInfo uploadFrom(const QSqlQuery &q)
{
    UploadInfo info;
    info.id = q.value(0).toByteArray();
    info.bucket = q.value(1).toByteArray();
    info.key = q.value(2).toByteArray();
    info.initiated = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), QTimeZone::utc());
    info.contentType = q.value(4).toByteArray();
    info.storedHeaders = SandboxStore::decodeHeaders(q.value(5).toByteArray());
    info.acl = q.value(6).toByteArray();
    info.checksumAlgorithm = q.value(7).toByteArray();
    return info;
}

constexpr auto kUploadColumns = "id, bucket, key, initiated, content_type, headers, attrs, checksum";

} // namespace

MultipartStore::MultipartStore(SandboxStore *store)
    : m_store(store)
{}

QByteArray MultipartStore::create(UploadInfo info)
{
    info.id = newUploadId();
    QSqlQuery q(m_store->database());
    q.prepare(
        u"INSERT INTO uploads (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(QLatin1StringView(kUploadColumns)));
    q.addBindValue(QString::fromLatin1(info.id));
    q.addBindValue(info.bucket);
    q.addBindValue(info.key);
    q.addBindValue(info.initiated.toMSecsSinceEpoch());
    q.addBindValue(info.contentType);
    q.addBindValue(SandboxStore::encodeHeaders(info.storedHeaders));
    q.addBindValue(info.acl);
    q.addBindValue(QString::fromLatin1(info.checksumAlgorithm));
    return q.exec() ? info.id : QByteArray();
}

std::optional<UploadInfo> MultipartStore::upload(const QByteArray &id) const
{
    QSqlQuery q(m_store->database());
    q.prepare(u"SELECT %1 FROM uploads WHERE id = ?"_s.arg(QLatin1StringView(kUploadColumns)));
    q.addBindValue(QString::fromLatin1(id));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return uploadFrom(q);
}

QList<UploadInfo> MultipartStore::uploads(const QByteArray &bucket,
    const QByteArray &prefix,
    const QByteArray &keyMarker,
    const QByteArray &uploadIdMarker,
    int limit) const
{
    QList<UploadInfo> result;
    QSqlQuery q(m_store->database());
    q.prepare(u"SELECT %1 FROM uploads WHERE bucket = ? ORDER BY key, initiated, id"_s.arg(
        QLatin1StringView(kUploadColumns)));
    q.addBindValue(bucket);
    if (!q.exec())
        return result;
    while (q.next() && result.size() <= limit) {
        UploadInfo info = uploadFrom(q);
        if (!info.key.startsWith(prefix))
            continue;
        if (!keyMarker.isEmpty()
            && (info.key < keyMarker
                || (info.key == keyMarker && (uploadIdMarker.isEmpty() || info.id <= uploadIdMarker))))
            continue;
        result.append(std::move(info));
    }
    return result; // one more than `limit` when there are more
}

bool MultipartStore::putPart(const QByteArray &uploadId, PartInfo part, const QString &file)
{
    part.blobId = m_store->installBlob(file);
    if (part.blobId.isEmpty())
        return false;
    const QList<PartInfo> previous = parts(uploadId, part.number - 1, 1);
    QSqlQuery q(m_store->database());
    q.prepare(u"INSERT OR REPLACE INTO parts (upload, number, blob, size, etag, modified, attrs) "
              "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(QString::fromLatin1(uploadId));
    q.addBindValue(part.number);
    q.addBindValue(QString::fromLatin1(part.blobId));
    q.addBindValue(part.size);
    q.addBindValue(QString::fromLatin1(part.etag));
    q.addBindValue(part.lastModified.toMSecsSinceEpoch());
    q.addBindValue(SandboxStore::encodeHeaders(part.checksums));
    if (!q.exec()) {
        QFile::remove(m_store->blobPath(part.blobId));
        return false;
    }
    if (!previous.isEmpty() && previous.first().number == part.number)
        QFile::remove(m_store->blobPath(previous.first().blobId));
    return true;
}

QList<PartInfo> MultipartStore::parts(const QByteArray &uploadId, int afterNumber, int limit) const
{
    QList<PartInfo> result;
    QSqlQuery q(m_store->database());
    q.prepare(u"SELECT number, blob, size, etag, modified, attrs FROM parts WHERE upload = ? AND number > ? "
              "ORDER BY number LIMIT ?"_s);
    q.addBindValue(QString::fromLatin1(uploadId));
    q.addBindValue(afterNumber);
    q.addBindValue(limit);
    if (!q.exec())
        return result;
    while (q.next()) {
        PartInfo part;
        part.number = q.value(0).toInt();
        part.blobId = q.value(1).toByteArray();
        part.size = q.value(2).toLongLong();
        part.etag = q.value(3).toByteArray();
        part.lastModified = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), QTimeZone::utc());
        part.checksums = SandboxStore::decodeHeaders(q.value(5).toByteArray());
        result.append(std::move(part));
    }
    return result;
}

bool MultipartStore::remove(const QByteArray &uploadId)
{
    const QList<PartInfo> all = parts(uploadId);
    QSqlDatabase db = m_store->database();
    db.transaction();
    QSqlQuery q(db);
    q.prepare(u"DELETE FROM parts WHERE upload = ?"_s);
    q.addBindValue(QString::fromLatin1(uploadId));
    QSqlQuery u(db);
    u.prepare(u"DELETE FROM uploads WHERE id = ?"_s);
    u.addBindValue(QString::fromLatin1(uploadId));
    if (!q.exec() || !u.exec() || !db.commit()) {
        db.rollback();
        return false;
    }
    for (const PartInfo &part : all)
        QFile::remove(m_store->blobPath(part.blobId));
    return true;
}
