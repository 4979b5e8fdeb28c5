// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/uriencode.h"

#include <QList>

namespace UriEncode {

namespace {

constexpr char kHex[] = "0123456789ABCDEF";

constexpr bool isUnreserved(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
        || c == '.' || c == '~';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

QByteArray decodeImpl(QByteArrayView bytes, bool plusIsSpace)
{
    QByteArray out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c == '%' && i + 2 < bytes.size()) {
            const int hi = hexValue(bytes[i + 1]);
            const int lo = hexValue(bytes[i + 2]);
            if (hi >= 0 && lo >= 0) {
                out.append(char(hi * 16 + lo));
                i += 2;
                continue;
            }
        }
        out.append(plusIsSpace && c == '+' ? ' ' : c);
    }
    return out;
}

} // namespace

QByteArray encode(QByteArrayView bytes, Slash slash)
{
    QByteArray out;
    out.reserve(bytes.size() + bytes.size() / 2);
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (isUnreserved(c) || (c == '/' && slash == Slash::Keep)) {
            out.append(ch);
        } else {
            out.append('%');
            out.append(kHex[c >> 4]);
            out.append(kHex[c & 0xf]);
        }
    }
    return out;
}

bool isCanonicallyEncoded(QByteArrayView bytes, Slash slash)
{
    const auto isUpperHex = [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F');
    };
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (isUnreserved(c) || (c == '/' && slash == Slash::Keep))
            continue;
        if (c != '%' || i + 2 >= bytes.size() || !isUpperHex(bytes[i + 1]) || !isUpperHex(bytes[i + 2]))
            return false;
        const auto decoded = static_cast<unsigned char>(hexValue(bytes[i + 1]) * 16 + hexValue(bytes[i + 2]));
        if (isUnreserved(decoded) || (decoded == '/' && slash == Slash::Keep))
            return false; // "%41" is not how encode() writes 'A'
        i += 2;
    }
    return true;
}

QByteArray encodeForm(QByteArrayView bytes)
{
    QByteArray out;
    out.reserve(bytes.size() + bytes.size() / 2);
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (isUnreserved(c)) {
            out.append(ch);
        } else if (c == ' ') {
            out.append('+');
        } else {
            out.append('%');
            out.append(kHex[c >> 4]);
            out.append(kHex[c & 0xf]);
        }
    }
    return out;
}

QByteArray decode(QByteArrayView bytes)
{
    return decodeImpl(bytes, false);
}

QByteArray decodeForm(QByteArrayView bytes)
{
    return decodeImpl(bytes, true);
}

QByteArray s3KeyPath(const QString &key)
{
    return '/' + encode(key.toUtf8(), Slash::Keep);
}

QByteArray normalizePath(QByteArrayView path)
{
    if (path.isEmpty())
        return QByteArrayLiteral("/");
    QList<QByteArrayView> kept;
    qsizetype start = 0;
    while (start <= path.size()) {
        qsizetype end = path.indexOf('/', start);
        if (end < 0)
            end = path.size();
        const QByteArrayView segment = path.sliced(start, end - start);
        if (segment == "..") {
            if (!kept.isEmpty())
                kept.removeLast();
        } else if (!segment.isEmpty() && segment != ".") {
            kept.append(segment);
        }
        start = end + 1;
    }
    QByteArray out;
    if (path.startsWith('/'))
        out.append('/');
    for (qsizetype i = 0; i < kept.size(); ++i) {
        if (i > 0)
            out.append('/');
        out.append(kept[i]);
    }
    if (path.endsWith('/') && !kept.isEmpty())
        out.append('/');
    return out;
}

} // namespace UriEncode
