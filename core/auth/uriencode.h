// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// Percent-encoding as the signers need it. "Unreserved" is RFC 3986's A-Z a-z 0-9 - _ . ~; every
// other byte becomes %XX with upper-case hex.
namespace UriEncode {

enum class Slash
{
    Encode,
    Keep
};

QByteArray encode(QByteArrayView bytes, Slash slash = Slash::Encode);
// True when `bytes` is exactly what encode(decode(bytes), slash) would give: only unreserved bytes,
// '/' where kept, and upper-case %XX escapes of bytes that must be escaped.
bool isCanonicallyEncoded(QByteArrayView bytes, Slash slash);
// application/x-www-form-urlencoded as Python's quote_plus writes it: space is '+'.
QByteArray encodeForm(QByteArrayView bytes);
// Decodes %XX (any case); a '%' not followed by two hex digits stays as it is; '+' stays '+'.
QByteArray decode(QByteArrayView bytes);
// Decodes %XX and '+' as a space: the form body reading.
QByteArray decodeForm(QByteArrayView bytes);

// The wire path of an S3 key: '/' + the UTF-8 key encoded once, '/' kept. Nothing is normalised,
// so "a//b", "./x" and "../x" reach the server as they are.
QByteArray s3KeyPath(const QString &key);

// RFC 3986 §5.2.4 dot-segment removal plus the collapse of empty segments, as AWS's generic
// SigV4 rules want it (never used for S3). Keeps a leading and a trailing slash.
QByteArray normalizePath(QByteArrayView path);

} // namespace UriEncode
