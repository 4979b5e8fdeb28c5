// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include "transport/apierror.h"

// Digests of a request body for Content-MD5, x-amz-content-sha256 and x-amz-checksum-crc32c, computed on a
// worker thread (these functions block: never call them on the GUI thread). Files are read in chunks, never
// whole.
struct BodyDigest
{
    ApiError error;          // Kind::Local when the file could not be read in full
    QByteArray md5Base64;    // for Content-MD5
    QByteArray md5Hex;       // to compare with a plain ETag
    QByteArray sha256Hex;    // empty unless asked for
    QByteArray crc32cBase64; // for x-amz-checksum-crc32c; only from the crc32cOf… functions
};

BodyDigest digestBytes(const QByteArray &data, bool withSha256);
// length -1: to the end of the file.
BodyDigest digestFile(const QString &path, qint64 offset, qint64 length, bool withSha256);
// The CRC-32C alone (the MD5 fields stay empty): a part for a server that verifies it (UploadPartJob).
BodyDigest crc32cOfBytes(const QByteArray &data);
BodyDigest crc32cOfFile(const QString &path, qint64 offset, qint64 length);
// The same CRC-32C as a number (to be joined with Crc32c::combine); the error as for digestFile.
ApiError crc32cOfRange(const QString &path, qint64 offset, qint64 length, quint32 *crc);
