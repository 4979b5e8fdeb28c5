// SPDX-License-Identifier: GPL-3.0-or-later
#include "clouds/ziparchive.h"

#include <zlib.h>

using namespace Qt::StringLiterals;

namespace {

quint16 u16(const QByteArray &d, qint64 at)
{
    return quint16(quint8(d[at])) | quint16(quint8(d[at + 1])) << 8;
}

quint32 u32(const QByteArray &d, qint64 at)
{
    return quint32(u16(d, at)) | quint32(u16(d, at + 2)) << 16;
}

constexpr quint32 kEndOfCentralDirectory = 0x06054b50;
constexpr quint32 kCentralHeader = 0x02014b50;
constexpr quint32 kLocalHeader = 0x04034b50;

} // namespace

std::optional<ZipArchive> ZipArchive::read(QByteArray data, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    // The end record is in the last 22 + 65535 bytes (its comment is at most 64 KiB).
    qint64 end = -1;
    for (qint64 at = data.size() - 22; at >= 0 && at >= data.size() - 22 - 65535; --at) {
        if (u32(data, at) == kEndOfCentralDirectory) {
            end = at;
            break;
        }
    }
    if (end < 0)
        return fail(tr("not a ZIP archive"));
    const int count = u16(data, end + 10);
    const qint64 directorySize = u32(data, end + 12);
    const qint64 directoryOffset = u32(data, end + 16);
    if (directoryOffset == 0xffffffff || count == 0xffff)
        return fail(tr("ZIP64 archives are not supported"));
    if (directoryOffset + directorySize > end)
        return fail(tr("the ZIP archive's directory is damaged"));
    ZipArchive archive;
    qint64 at = directoryOffset;
    for (int i = 0; i < count; ++i) {
        if (at + 46 > end || u32(data, at) != kCentralHeader)
            return fail(tr("the ZIP archive's directory is damaged"));
        Entry e;
        const quint16 flags = u16(data, at + 8);
        e.method = u16(data, at + 10);
        e.crc = u32(data, at + 16);
        e.compressedSize = u32(data, at + 20);
        e.size = u32(data, at + 24);
        const int nameLength = u16(data, at + 28);
        const int extraLength = u16(data, at + 30);
        const int commentLength = u16(data, at + 32);
        e.localHeaderOffset = u32(data, at + 42);
        if (at + 46 + nameLength > end)
            return fail(tr("the ZIP archive's directory is damaged"));
        e.name = (flags & 0x800) ? QString::fromUtf8(data.mid(at + 46, nameLength))
                                 : QString::fromLatin1(data.mid(at + 46, nameLength));
        if (flags & 0x1)
            return fail(tr("%1 is encrypted").arg(e.name));
        archive.m_entries.append(e);
        at += 46 + nameLength + extraLength + commentLength;
    }
    archive.m_data = std::move(data);
    return archive;
}

const ZipArchive::Entry *ZipArchive::findByFileName(const QString &fileName) const
{
    for (const Entry &e : m_entries) {
        if (e.name == fileName || e.name.endsWith(u'/' + fileName))
            return &e;
    }
    return nullptr;
}

std::optional<QByteArray> ZipArchive::extract(const Entry &entry, QString *error) const
{
    const auto fail = [error, &entry](const QString &why) {
        if (error)
            *error = u"%1: %2"_s.arg(entry.name, why);
        return std::nullopt;
    };
    if (entry.size > kMaxEntrySize || entry.compressedSize > kMaxEntrySize)
        return fail(tr("too large"));
    const qint64 at = entry.localHeaderOffset;
    if (at + 30 > m_data.size() || u32(m_data, at) != kLocalHeader)
        return fail(tr("damaged"));
    const qint64 start = at + 30 + u16(m_data, at + 26) + u16(m_data, at + 28);
    if (start + entry.compressedSize > m_data.size())
        return fail(tr("cut short"));
    const QByteArray packed = m_data.mid(start, entry.compressedSize);
    QByteArray out;
    if (entry.method == 0) {
        out = packed;
    } else if (entry.method == 8) {
        out.resize(entry.size);
        z_stream z {};
        if (inflateInit2(&z, -MAX_WBITS) != Z_OK) // raw deflate, as ZIP stores it
            return fail(tr("cannot decompress"));
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(packed.constData()));
        z.avail_in = uInt(packed.size());
        z.next_out = reinterpret_cast<Bytef *>(out.data());
        z.avail_out = uInt(out.size());
        const int status = inflate(&z, Z_FINISH);
        const qint64 produced = qint64(z.total_out);
        inflateEnd(&z);
        if (status != Z_STREAM_END || produced != entry.size)
            return fail(tr("cannot decompress"));
    } else {
        return fail(tr("compression method %1 is not supported").arg(entry.method));
    }
    if (out.size() != entry.size
        || crc32(0L, reinterpret_cast<const Bytef *>(out.constData()), uInt(out.size())) != entry.crc)
        return fail(tr("the content does not match its checksum"));
    return out;
}
