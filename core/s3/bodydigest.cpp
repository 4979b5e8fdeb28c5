// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3/bodydigest.h"

#include <memory>

#include <QFile>

#include <openssl/evp.h>

#include "s3/crc32c.h"

namespace {

constexpr qint64 kChunk = 1 << 20;

// One OpenSSL digest, fed in pieces. OpenSSL's MD5 and SHA-256 are faster than
// QCryptographicHash's on Qt 6.4 (SHA-256 several times over: it uses the CPU's SHA instructions),
// and an upload hashes every byte it sends.
class Digest
{
public:
    explicit Digest(const EVP_MD *md)
        : m_ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free)
    {
        if (m_ctx)
            EVP_DigestInit_ex(m_ctx.get(), md, nullptr);
    }
    void add(const char *data, qint64 size)
    {
        if (m_ctx)
            EVP_DigestUpdate(m_ctx.get(), data, size_t(size));
    }
    QByteArray result()
    {
        unsigned char out[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        if (!m_ctx || EVP_DigestFinal_ex(m_ctx.get(), out, &length) != 1)
            return {};
        return QByteArray(reinterpret_cast<const char *>(out), int(length));
    }

private:
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> m_ctx;
};

BodyDigest finishDigest(Digest &md5, Digest *sha)
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
    Digest md5(EVP_md5());
    Digest sha(EVP_sha256());
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
    Digest md5(EVP_md5());
    Digest sha(EVP_sha256());
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

BodyDigest crc32cOfFile(const QString &path, qint64 offset, qint64 length)
{
    quint32 crc = 0;
    BodyDigest d;
    d.error = readRange(path, offset, length, [&crc](const char *data, qint64 size) {
        crc = Crc32c::extend(crc, data, size);
    });
    if (d.error.isOk())
        d.crc32cBase64 = Crc32c::toBase64(crc);
    return d;
}
