// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3/bodydigest.h"

#include <QFile>

#include "s3/crc32c.h"
#include "s3/streamdigest.h"

namespace {

constexpr qint64 kChunk = 1 << 20;

BodyDigest finishDigest(StreamDigest &md5, StreamDigest *sha)
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
    StreamDigest md5 = StreamDigest::md5();
    StreamDigest sha = StreamDigest::sha256();
    md5.add(data.constData(), data.size());
    if (withSha256)
        sha.add(data.constData(), data.size());
    return finishDigest(md5, withSha256 ? &sha : nullptr);
}

namespace {

// Reads `length` bytes (-1: to the end) from `offset` into one reused buffer, handing each piece to
// `use`; the error is Kind::Local when the file cannot be read in full.
template <typename Use> ApiError readRange(const QString &path, qint64 offset, qint64 length, Use use)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered) || !file.seek(offset))
        return ApiError(
            ApiError::Kind::Local, ApiError::tr("cannot read %1: %2").arg(path, file.errorString()));
    qint64 left = length < 0 ? file.size() - offset : length;
    QByteArray buffer(qBound<qint64>(0, left, kChunk), Qt::Uninitialized); // one buffer, read into again
    while (left > 0) {
        const qint64 got = file.read(buffer.data(), qMin(left, kChunk));
        if (got <= 0)
            return ApiError(ApiError::Kind::Local,
                ApiError::tr("%1 ended early (did it change while being read?)").arg(path));
        use(buffer.constData(), got);
        left -= got;
    }
    return ApiError::ok();
}

} // namespace

BodyDigest digestFile(const QString &path, qint64 offset, qint64 length, bool withSha256)
{
    StreamDigest md5 = StreamDigest::md5();
    StreamDigest sha = StreamDigest::sha256();
    const ApiError error = readRange(path, offset, length, [&](const char *data, qint64 size) {
        md5.add(data, size);
        if (withSha256)
            sha.add(data, size);
    });
    if (!error.isOk()) {
        BodyDigest d;
        d.error = error;
        return d;
    }
    return finishDigest(md5, withSha256 ? &sha : nullptr);
}

BodyDigest crc32cOfBytes(const QByteArray &data)
{
    BodyDigest d;
    d.crc32cBase64 = Crc32c::toBase64(Crc32c::of(data));
    return d;
}

ApiError crc32cOfRange(const QString &path, qint64 offset, qint64 length, quint32 *crc)
{
    quint32 c = 0;
    const ApiError error = readRange(
        path, offset, length, [&c](const char *data, qint64 size) { c = Crc32c::extend(c, data, size); });
    *crc = c;
    return error;
}

BodyDigest crc32cOfFile(const QString &path, qint64 offset, qint64 length)
{
    quint32 crc = 0;
    BodyDigest d;
    d.error = crc32cOfRange(path, offset, length, &crc);
    if (d.error.isOk())
        d.crc32cBase64 = Crc32c::toBase64(crc);
    return d;
}
