// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

// CRC-32C (Castagnoli, reflected polynomial 0x82F63B78, initial and final XOR 0xFFFFFFFF), the
// checksum of S3's x-amz-checksum-crc32c. On x86-64 CPUs with SSE4.2 it runs on the CRC32
// instruction, three streams interleaved (about ten times faster than MD5); elsewhere on a
// slicing-by-8 table. Pure functions, thread-safe.
namespace Crc32c {

// Continues `crc`, the CRC of the bytes before (0 for none), over `size` more bytes:
// extend(extend(0, a), b) is the CRC of a followed by b.
quint32 extend(quint32 crc, const char *data, qsizetype size);
inline quint32 of(QByteArrayView bytes)
{
    return extend(0, bytes.data(), bytes.size());
}

// The CRC of a followed by b from the CRC of a, the CRC of b and the size of b: what lets pieces
// checked apart (ranges received in parallel) be joined into the CRC of a part or an object.
quint32 combine(quint32 first, quint32 second, qint64 secondSize);

// The table path alone, whatever the CPU (for tests).
quint32 extendPortable(quint32 crc, const char *data, qsizetype size);
// True when extend() uses the CPU's CRC32 instruction.
bool hasHardware();

// The 4 bytes big-endian, base64: the value of x-amz-checksum-crc32c and <ChecksumCRC32C>.
QByteArray toBase64(quint32 crc);

// The x-amz-checksum-crc32c of a multipart object whose parts were uploaded with CRC32C checksums
// (S3's COMPOSITE type): the CRC32C of the parts' CRCs, 4 bytes each big-endian, in base64, then
// "-" and the number of parts.
QByteArray compositeBase64(const QList<quint32> &partCrcs);

} // namespace Crc32c
