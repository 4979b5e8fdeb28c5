// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3/crc32c.h"

#include <array>
#include <cstdint>
#include <cstring>

#include <QtEndian>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <nmmintrin.h>
#define SKYLIGHT_CRC32C_SSE42 1
#endif

namespace {

constexpr quint32 kPoly = 0x82F63B78u; // Castagnoli, reflected

// Slicing-by-8: table[k][n] is the CRC of byte n followed by k zero bytes.
struct Tables
{
    std::array<std::array<quint32, 256>, 8> t {};
    Tables()
    {
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? (c >> 1) ^ kPoly : c >> 1;
            t[0][n] = c;
        }
        for (quint32 n = 0; n < 256; ++n) {
            for (int k = 1; k < 8; ++k)
                t[k][n] = (t[k - 1][n] >> 8) ^ t[0][t[k - 1][n] & 0xff];
        }
    }
};

const Tables &tables()
{
    static const Tables instance;
    return instance;
}

quint32 portable(quint32 crc, const unsigned char *next, size_t size)
{
    const auto &t = tables().t;
    crc = ~crc;
    if constexpr (Q_BYTE_ORDER == Q_LITTLE_ENDIAN) {
        while (size > 0 && (reinterpret_cast<std::uintptr_t>(next) & 7) != 0) {
            crc = t[0][(crc ^ *next++) & 0xff] ^ (crc >> 8);
            --size;
        }
        while (size >= 8) {
            std::uint64_t word;
            std::memcpy(&word, next, 8);
            const quint32 lo = quint32(word) ^ crc;
            const quint32 hi = quint32(word >> 32);
            crc = t[7][lo & 0xff] ^ t[6][(lo >> 8) & 0xff] ^ t[5][(lo >> 16) & 0xff] ^ t[4][lo >> 24]
                ^ t[3][hi & 0xff] ^ t[2][(hi >> 8) & 0xff] ^ t[1][(hi >> 16) & 0xff] ^ t[0][hi >> 24];
            next += 8;
            size -= 8;
        }
    }
    while (size-- > 0)
        crc = t[0][(crc ^ *next++) & 0xff] ^ (crc >> 8);
    return ~crc;
}

// CRCs as vectors over GF(2): a 32×32 matrix (one column per quint32) times a vector, and a
// matrix squared. "Append n zero bits" is a linear operator, so squaring it doubles n.
quint32 gf2Times(const quint32 *matrix, quint32 vector)
{
    quint32 sum = 0;
    for (; vector != 0; vector >>= 1, ++matrix) {
        if (vector & 1)
            sum ^= *matrix;
    }
    return sum;
}

void gf2Square(quint32 *square, const quint32 *matrix)
{
    for (int n = 0; n < 32; ++n)
        square[n] = gf2Times(matrix, matrix[n]);
}

// Fills `odd` with the operator "append four zero bits" (`even` is scratch): where appending zero
// bytes starts, squared from there.
void fourZeroBits(quint32 *odd, quint32 *even)
{
    odd[0] = kPoly; // one zero bit
    quint32 row = 1;
    for (int n = 1; n < 32; ++n, row <<= 1)
        odd[n] = row;
    gf2Square(even, odd); // two zero bits
    gf2Square(odd, even); // four
}

#ifdef SKYLIGHT_CRC32C_SSE42

// Three streams over three adjacent blocks run at once (the instruction's latency is 3 cycles, its
// throughput 1), then the first two CRCs are moved past the blocks that follow them with an
// operator "append this many zero bytes" and combined. After Mark Adler's crc32c.c (zlib licence,
// stackoverflow.com/a/17646775), rewritten.
constexpr size_t kLong = 8192;
constexpr size_t kShort = 256;

// The operator that appends `bytes` zero bytes (a power of two) to a CRC, as four byte tables.
struct ZeroShift
{
    std::array<std::array<quint32, 256>, 4> t {};
    explicit ZeroShift(size_t bytes)
    {
        quint32 odd[32];
        quint32 even[32];
        fourZeroBits(odd, even);
        const quint32 *op = nullptr;
        for (;;) {
            gf2Square(even, odd); // one byte, then 4, 16…
            bytes >>= 1;
            if (bytes == 0) {
                op = even;
                break;
            }
            gf2Square(odd, even); // 2 bytes, then 8, 32…
            bytes >>= 1;
            if (bytes == 0) {
                op = odd;
                break;
            }
        }
        for (quint32 n = 0; n < 256; ++n) {
            for (int k = 0; k < 4; ++k)
                t[k][n] = gf2Times(op, n << (8 * k));
        }
    }
    quint32 apply(quint32 crc) const
    {
        return t[0][crc & 0xff] ^ t[1][(crc >> 8) & 0xff] ^ t[2][(crc >> 16) & 0xff] ^ t[3][crc >> 24];
    }
};

const ZeroShift &longShift()
{
    static const ZeroShift shift(kLong);
    return shift;
}

const ZeroShift &shortShift()
{
    static const ZeroShift shift(kShort);
    return shift;
}

inline std::uint64_t load64(const unsigned char *p)
{
    std::uint64_t word;
    std::memcpy(&word, p, 8);
    return word;
}

template <size_t Block>
__attribute__((target("sse4.2"))) const unsigned char *interleaved(
    std::uint64_t &crc0, const unsigned char *next, size_t &size, const ZeroShift &shift)
{
    while (size >= 3 * Block) {
        std::uint64_t crc1 = 0;
        std::uint64_t crc2 = 0;
        const unsigned char *end = next + Block;
        do {
            crc0 = _mm_crc32_u64(crc0, load64(next));
            crc1 = _mm_crc32_u64(crc1, load64(next + Block));
            crc2 = _mm_crc32_u64(crc2, load64(next + 2 * Block));
            next += 8;
        } while (next < end);
        crc0 = shift.apply(quint32(crc0)) ^ crc1;
        crc0 = shift.apply(quint32(crc0)) ^ crc2;
        next += 2 * Block;
        size -= 3 * Block;
    }
    return next;
}

__attribute__((target("sse4.2"))) quint32 hardware(quint32 crc, const unsigned char *next, size_t size)
{
    std::uint64_t crc0 = ~crc;
    while (size > 0 && (reinterpret_cast<std::uintptr_t>(next) & 7) != 0) {
        crc0 = _mm_crc32_u8(quint32(crc0), *next++);
        --size;
    }
    next = interleaved<kLong>(crc0, next, size, longShift());
    next = interleaved<kShort>(crc0, next, size, shortShift());
    for (; size >= 8; size -= 8, next += 8)
        crc0 = _mm_crc32_u64(crc0, load64(next));
    for (; size > 0; --size)
        crc0 = _mm_crc32_u8(quint32(crc0), *next++);
    return ~quint32(crc0);
}

bool cpuHasSse42()
{
    static const bool has = __builtin_cpu_supports("sse4.2");
    return has;
}

#endif

} // namespace

namespace Crc32c {

quint32 extend(quint32 crc, const char *data, qsizetype size)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data);
#ifdef SKYLIGHT_CRC32C_SSE42
    if (cpuHasSse42())
        return hardware(crc, bytes, size_t(size));
#endif
    return portable(crc, bytes, size_t(size));
}

quint32 extendPortable(quint32 crc, const char *data, qsizetype size)
{
    return portable(crc, reinterpret_cast<const unsigned char *>(data), size_t(size));
}

bool hasHardware()
{
#ifdef SKYLIGHT_CRC32C_SSE42
    return cpuHasSse42();
#else
    return false;
#endif
}

quint32 combine(quint32 first, quint32 second, qint64 secondSize)
{
    if (secondSize <= 0)
        return first;
    // zlib's crc32_combine: move `first` past secondSize zero bytes, by the operator for one byte
    // squared for each bit of the length; the pre- and post-conditioning cancel out.
    quint32 odd[32];
    quint32 even[32];
    fourZeroBits(odd, even);
    auto length = quint64(secondSize);
    for (;;) {
        gf2Square(even, odd); // one zero byte, then 4, 16…
        if (length & 1)
            first = gf2Times(even, first);
        length >>= 1;
        if (length == 0)
            break;
        gf2Square(odd, even); // 2 bytes, then 8, 32…
        if (length & 1)
            first = gf2Times(odd, first);
        length >>= 1;
        if (length == 0)
            break;
    }
    return first ^ second;
}

QByteArray toBase64(quint32 crc)
{
    QByteArray raw(4, Qt::Uninitialized);
    qToBigEndian(crc, raw.data());
    return raw.toBase64();
}

QByteArray compositeBase64(const QList<quint32> &partCrcs)
{
    QByteArray joined(4 * partCrcs.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < partCrcs.size(); ++i)
        qToBigEndian(partCrcs[i], joined.data() + 4 * i);
    return toBase64(of(joined)) + '-' + QByteArray::number(partCrcs.size());
}

} // namespace Crc32c
