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
// received, as S3 verifies them.
namespace S3Checksums {

quint32 crc32c(QByteArrayView bytes, quint32 crc = 0);
// The CRC32C of a request body, in memory or in its file.
quint32 bodyCrc32c(const SandboxRequest &request);

// Checks the request's checksum headers. On success returns the verified checksums ("crc32c",
// "sha256" → base64) for the caller to store and echo; otherwise fills `error` with S3's answer.
std::optional<QList<HttpHeader>> verify(const S3Call &call, SandboxResponse *error);

} // namespace S3Checksums
