// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfer/transferjournal.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

QString directionName(TransferDirection d)
{
    switch (d) {
    case TransferDirection::Upload:
        return u"upload"_s;
    case TransferDirection::Download:
        return u"download"_s;
    case TransferDirection::Copy:
        return u"copy"_s;
    }
    return {};
}

TransferDirection directionFromName(const QString &name)
{
    if (name == u"download")
        return TransferDirection::Download;
    if (name == u"copy")
        return TransferDirection::Copy;
    return TransferDirection::Upload;
}

} // namespace

TransferJournal::TransferJournal(QString folder)
    : m_folder(std::move(folder))
{}

QString TransferJournal::fileFor(const JournalRecord &r) const
{
    const QString identity
        = QStringList {directionName(r.direction), r.endpoint, r.bucket, r.key, r.localPath}.join(QChar(0));
    const QByteArray hash = QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QDir(m_folder).filePath(QString::fromLatin1(hash.left(24)) + u".json"_s);
}

bool TransferJournal::load(const QString &file, JournalRecord *r) const
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly) || f.size() > 1024 * 1024)
        return false;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    if (o.value(u"version"_s).toInt() != 1)
        return false;
    r->direction = directionFromName(o.value(u"direction"_s).toString());
    r->endpoint = o.value(u"endpoint"_s).toString();
    r->profileName = o.value(u"profile"_s).toString();
    r->bucket = o.value(u"bucket"_s).toString();
    r->key = o.value(u"key"_s).toString();
    r->localPath = o.value(u"localPath"_s).toString();
    r->folder = o.value(u"folder"_s).toString();
    const QJsonObject up = o.value(u"upload"_s).toObject();
    r->upload.uploadId = up.value(u"uploadId"_s).toString();
    r->upload.partSize = qint64(up.value(u"partSize"_s).toDouble());
    r->upload.fileSize = qint64(up.value(u"fileSize"_s).toDouble(-1));
    r->upload.modified
        = QDateTime::fromMSecsSinceEpoch(qint64(up.value(u"modifiedMs"_s).toDouble()), QTimeZone::utc());
    const QJsonObject down = o.value(u"download"_s).toObject();
    r->download.etag = down.value(u"etag"_s).toString().toUtf8();
    r->download.size = qint64(down.value(u"size"_s).toDouble(-1));
    r->download.bytes = qint64(down.value(u"bytes"_s).toDouble());
    return !r->bucket.isEmpty() && !r->key.isEmpty();
}

bool TransferJournal::save(const QString &file, const JournalRecord &r) const
{
    if (!QDir().mkpath(m_folder))
        return false;
    QJsonObject o {{u"version"_s, 1},
        {u"direction"_s, directionName(r.direction)},
        {u"endpoint"_s, r.endpoint},
        {u"profile"_s, r.profileName},
        {u"bucket"_s, r.bucket},
        {u"key"_s, r.key},
        {u"localPath"_s, r.localPath},
        {u"folder"_s, r.folder}};
    if (!r.upload.uploadId.isEmpty())
        o.insert(u"upload"_s,
            QJsonObject {{u"uploadId"_s, r.upload.uploadId},
                {u"partSize"_s, double(r.upload.partSize)},
                {u"fileSize"_s, double(r.upload.fileSize)},
                {u"modifiedMs"_s, double(r.upload.modified.toMSecsSinceEpoch())}});
    if (r.download.size >= 0)
        o.insert(u"download"_s,
            QJsonObject {{u"etag"_s, QString::fromUtf8(r.download.etag)},
                {u"size"_s, double(r.download.size)},
                {u"bytes"_s, double(r.download.bytes)}});
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
    return f.commit();
}

void TransferJournal::remove(const QString &file) const
{
    if (!file.isEmpty())
        QFile::remove(file);
}

QList<QPair<QString, JournalRecord>> TransferJournal::all() const
{
    QList<QPair<QString, JournalRecord>> records;
    const QDir dir(m_folder);
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        JournalRecord r;
        if (load(dir.filePath(name), &r))
            records.append({dir.filePath(name), r});
    }
    return records;
}
