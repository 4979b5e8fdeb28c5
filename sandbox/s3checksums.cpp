// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3checksums.h"

#include <array>

#include <QFile>

#include "s3call.h"
#include "sandboxrequest.h"

namespace {

std::array<quint32, 256> makeTable()
{
    std::array<quint32, 256> table {};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? (c >> 1) ^ 0x82F63B78u : c >> 1; // Castagnoli, reflected
        table[i] = c;
    }
    return table;
}

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
    static const std::array<quint32, 256> table = makeTable();
    crc = ~crc;
    for (const char c : bytes)
        crc = table[(crc ^ static_cast<unsigned char>(c)) & 0xff] ^ (crc >> 8);
    return ~crc;
}

quint32 bodyCrc32c(const SandboxRequest &request)
{
    if (request.bodyFile.isEmpty())
        return crc32c(request.body);
    QFile file(request.bodyFile);
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

} // namespace S3Checksums
