// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3/bodydigest.h"

#include <QCryptographicHash>
#include <QFile>

namespace {

constexpr qint64 kChunk = 1 << 20;

BodyDigest finishDigest(QCryptographicHash &md5, QCryptographicHash *sha)
{
    BodyDigest d;
    const QByteArray raw = md5.result();
    d.md5Base64 = raw.toBase64();
    d.md5Hex = raw.toHex();
    if (sha)
        d.sha256Hex = sha->result().toHex();
    return d;
}

} // namespace

BodyDigest digestBytes(const QByteArray &data, bool withSha256)
{
    QCryptographicHash md5(QCryptographicHash::Md5);
    QCryptographicHash sha(QCryptographicHash::Sha256);
    md5.addData(data);
    if (withSha256)
        sha.addData(data);
    return finishDigest(md5, withSha256 ? &sha : nullptr);
}

BodyDigest digestFile(const QString &path, qint64 offset, qint64 length, bool withSha256)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset)) {
        BodyDigest d;
        d.error = ApiError(
            ApiError::Kind::Local, ApiError::tr("cannot read %1: %2").arg(path, file.errorString()));
        return d;
    }
    QCryptographicHash md5(QCryptographicHash::Md5);
    QCryptographicHash sha(QCryptographicHash::Sha256);
    qint64 left = length < 0 ? file.size() - offset : length;
    QByteArray buffer;
    while (left > 0) {
        buffer = file.read(qMin(left, kChunk));
        if (buffer.isEmpty()) {
            BodyDigest d;
            d.error = ApiError(ApiError::Kind::Local,
                ApiError::tr("%1 ended early (did it change while being read?)").arg(path));
            return d;
        }
        md5.addData(buffer);
        if (withSha256)
            sha.addData(buffer);
        left -= buffer.size();
    }
    return finishDigest(md5, withSha256 ? &sha : nullptr);
}
