// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QList>

#include "sandboxresponse.h"
#include "transport/httprequest.h"

struct S3Call;
struct SandboxRequest;

// The x-amz-checksum-* headers of a PUT or UploadPart: CRC32C and SHA-256 verified against the body
// received, as S3 verifies them (the CRC with the client's Crc32c, SSE4.2 where the CPU has it).
namespace S3Checksums {

quint32 crc32c(QByteArrayView bytes, quint32 crc = 0);
// The CRC32C of a request body, in memory or in its file.
quint32 bodyCrc32c(const SandboxRequest &request);
quint32 fileCrc32c(const QString &path);
// A stored body's checksum for `algorithm` ("crc32c", "sha256"), base64; empty for another name.
QByteArray fileChecksum(const QString &path, const QByteArray &algorithm);

// Checks the request's checksum headers. On success returns the verified checksums ("crc32c",
// "sha256" → base64) for the caller to store and echo; otherwise fills `error` with S3's answer.
std::optional<QList<HttpHeader>> verify(const S3Call &call, SandboxResponse *error);

// The x-amz-checksum-algorithm values the sandbox verifies, lower case: "crc32c", "sha256".
bool isVerifiedAlgorithm(const QByteArray &lowerName);
// An UploadPart of an upload created with `algorithm` (lower case; empty: none): verify(), and with
// an algorithm, a checksum of another kind is refused and a missing one is computed, as S3 does.
std::optional<QList<HttpHeader>> verifyPart(
    const S3Call &call, const QByteArray &algorithm, SandboxResponse *error);

} // namespace S3Checksums
