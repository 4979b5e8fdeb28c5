// SPDX-License-Identifier: GPL-3.0-or-later
#include "blobfiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>

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

} // namespace

BlobFiles::BlobFiles(QString dataDir)
    : m_dir(std::move(dataDir))
{}

bool BlobFiles::prepare(QString *error)
{
    QDir dir;
    if (!dir.mkpath(m_dir + u"/objects"_s) || !dir.mkpath(tempDir())) {
        *error = u"cannot create the data folder %1"_s.arg(m_dir);
        return false;
    }
    QDir tmp(tempDir());
    for (const QString &name : tmp.entryList(QDir::Files | QDir::Hidden))
        tmp.remove(name);
    return true;
}

QString BlobFiles::tempDir() const
{
    return m_dir + u"/tmp"_s;
}

QString BlobFiles::path(const QByteArray &id) const
{
    return m_dir + u"/objects/"_s + QString::fromLatin1(id);
}

QString BlobFiles::newTempFile(QStringView prefix) const
{
    return tempDir() + u'/' + prefix.toString() + u'-' + QString::fromLatin1(randomId());
}

QByteArray BlobFiles::install(const QString &file) const
{
    const QByteArray id = randomId();
    const QString target = path(id);
    if (!syncPath(file, false) || !QFile::rename(file, target) || !syncPath(m_dir + u"/objects"_s, true)) {
        QFile::remove(file);
        QFile::remove(target);
        return {};
    }
    return id;
}

QString BlobFiles::copyRange(const QByteArray &id, qint64 offset, qint64 length, QByteArray *md5) const
{
    QFile source(path(id));
    const QString temp = newTempFile(u"copy");
    QFile target(temp);
    if (!source.open(QIODevice::ReadOnly) || !source.seek(offset) || !target.open(QIODevice::WriteOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Md5);
    for (qint64 remaining = length; remaining > 0;) {
        const QByteArray chunk = source.read(std::min<qint64>(remaining, 1024 * 1024));
        if (chunk.isEmpty() || target.write(chunk) != chunk.size()) {
            target.remove();
            return {};
        }
        hash.addData(chunk);
        remaining -= chunk.size();
    }
    if (!target.flush()) {
        target.remove();
        return {};
    }
    *md5 = hash.result();
    return temp;
}

QList<QByteArray> BlobFiles::writeBatch(const QList<QByteArray> &bodies, QString *error)
{
    QList<QByteArray> ids;
    const auto fail = [&](const QString &why) {
        *error = why;
        for (const QByteArray &id : std::as_const(ids))
            QFile::remove(path(id));
        return QList<QByteArray>();
    };
    for (const QByteArray &body : bodies) {
        ids.append(randomId());
        QFile file(path(ids.last()));
        if (!file.open(QIODevice::WriteOnly) || file.write(body) != body.size() || !file.flush())
            return fail(u"cannot write %1: %2"_s.arg(file.fileName(), file.errorString()));
    }
    // Flushed only once all are written: the first fsync commits the journal transaction that holds
    // every new body (one group commit), the others find theirs already on disk; then the directory.
    // Not syncfs, which would also wait for every other program's dirty data on the file system.
    for (const QByteArray &id : std::as_const(ids)) {
        if (!syncPath(path(id), false))
            return fail(u"cannot flush the new bodies to disk"_s);
    }
    if (!syncPath(m_dir + u"/objects"_s, true))
        return fail(u"cannot flush the new bodies to disk"_s);
    return ids;
}
