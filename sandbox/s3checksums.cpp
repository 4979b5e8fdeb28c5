// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3checksums.h"

#include <QCryptographicHash>
#include <QFile>

#include "s3/crc32c.h"
#include "s3call.h"
#include "sandboxrequest.h"

namespace {

QByteArray bigEndian(quint32 value)
{
    QByteArray out(4, '\0');
    for (int i = 0; i < 4; ++i)
        out[i] = char((value >> (24 - 8 * i)) & 0xff);
    return out;
}

} // namespace

namespace S3Checksums {

quint32 crc32c(QByteArrayView bytes, quint32 crc)
{
    return Crc32c::extend(crc, bytes.data(), bytes.size());
}

quint32 bodyCrc32c(const SandboxRequest &request)
{
    if (request.bodyFile.isEmpty())
        return crc32c(request.body);
    return fileCrc32c(request.bodyFile);
}

QByteArray fileChecksum(const QString &path, const QByteArray &algorithm)
{
    if (algorithm == "crc32c")
        return bigEndian(fileCrc32c(path)).toBase64();
    QFile file(path);
    QCryptographicHash sha(QCryptographicHash::Sha256);
    if (algorithm != "sha256" || !file.open(QIODevice::ReadOnly) || !sha.addData(&file))
        return {};
    return sha.result().toBase64();
}

quint32 fileCrc32c(const QString &path)
{
    QFile file(path);
    quint32 crc = 0;
    if (!file.open(QIODevice::ReadOnly))
        return crc;
    for (;;) {
        const QByteArray chunk = file.read(1024 * 1024);
        if (chunk.isEmpty())
            return crc;
        crc = crc32c(chunk, crc);
    }
}

std::optional<QList<HttpHeader>> verify(const S3Call &call, SandboxResponse *error)
{
    const SandboxRequest &request = call.request;
    QList<HttpHeader> found;
    for (const HttpHeader &h : request.headers) {
        const QByteArray lower = h.name.toLower();
        if (lower.startsWith("x-amz-checksum-") && lower != "x-amz-checksum-mode"
            && lower != "x-amz-checksum-algorithm")
            found.append({lower.mid(15), h.value.trimmed()});
    }
    if (found.isEmpty())
        return QList<HttpHeader>();
    if (found.size() > 1) {
        *error = call.error(400, "InvalidRequest", "Expecting a single x-amz-checksum- header");
        return std::nullopt;
    }
    const HttpHeader &checksum = found.first();
    QByteArray computed;
    QByteArray label;
    qsizetype size = 0;
    if (checksum.name == "crc32c") {
        label = "CRC32C";
        size = 4;
    } else if (checksum.name == "sha256") {
        label = "SHA256";
        size = 32;
    } else {
        *error = call.error(400,
            "InvalidRequest",
            "The sandbox verifies x-amz-checksum-crc32c and x-amz-checksum-sha256 only; got x-amz-checksum-"
                + checksum.name);
        return std::nullopt;
    }
    const auto decoded
        = QByteArray::fromBase64Encoding(checksum.value, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != size) {
        *error = call.error(
            400, "InvalidRequest", "Value for x-amz-checksum-" + checksum.name + " header is invalid.");
        return std::nullopt;
    }
    computed = size == 4 ? bigEndian(bodyCrc32c(request)) : request.bodySha256;
    if (computed != decoded.decoded) {
        *error = call.error(
            400, "BadDigest", "The " + label + " you specified did not match the calculated checksum.");
        return std::nullopt;
    }
    return QList<HttpHeader> {{checksum.name, computed.toBase64()}};
}

bool isVerifiedAlgorithm(const QByteArray &lowerName)
{
    return lowerName == "crc32c" || lowerName == "sha256";
}

std::optional<QList<HttpHeader>> verifyPart(
    const S3Call &call, const QByteArray &algorithm, SandboxResponse *error)
{
    std::optional<QList<HttpHeader>> checksums = verify(call, error);
    if (!checksums || algorithm.isEmpty())
        return checksums;
    if (!checksums->isEmpty() && checksums->first().name != algorithm) {
        *error = call.error(400,
            "InvalidRequest",
            "Checksum Type mismatch occurred, expected checksum Type: " + algorithm
                + ", actual checksum Type: " + checksums->first().name);
        return std::nullopt;
    }
    if (checksums->isEmpty()) // S3 computes the part's checksum itself
        checksums->append({algorithm,
            (algorithm == "crc32c" ? bigEndian(bodyCrc32c(call.request)) : call.request.bodySha256)
                .toBase64()});
    return checksums;
}

} // namespace S3Checksums
