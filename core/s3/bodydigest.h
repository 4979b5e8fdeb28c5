// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include "transport/apierror.h"

// Digests of a request body for Content-MD5 and x-amz-content-sha256, computed on a worker thread
// (these functions block: never call them on the GUI thread). Files are read in chunks, never whole.
struct BodyDigest
{
    ApiError error;       // Kind::Local when the file could not be read in full
    QByteArray md5Base64; // for Content-MD5
    QByteArray md5Hex;    // to compare with a plain ETag
    QByteArray sha256Hex; // empty unless asked for
};

BodyDigest digestBytes(const QByteArray &data, bool withSha256);
// length -1: to the end of the file.
BodyDigest digestFile(const QString &path, qint64 offset, qint64 length, bool withSha256);
