// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3xml.h"

#include "auth/signer.h"

namespace S3Xml {

QByteArray escape(QByteArrayView utf8)
{
    QByteArray out;
    out.reserve(utf8.size() + 8);
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '&':
            out.append("&amp;");
            break;
        case '<':
            out.append("&lt;");
            break;
        case '>':
            out.append("&gt;");
            break;
        case '"':
            out.append("&quot;");
            break;
        case '\'':
            out.append("&apos;");
            break;
        default:
            if (u < 0x20 || u == 0x7f) // CR, LF and TAB too: a parser would normalise them
                out.append("&#x").append(QByteArray::number(u, 16).toUpper()).append(';');
            else
                out.append(c);
        }
    }
    return out;
}

QByteArray element(QByteArrayView name, QByteArrayView value)
{
    QByteArray out;
    out.append('<').append(name).append('>').append(escape(value)).append("</").append(name).append('>');
    return out;
}

QByteArray isoTime(const QDateTime &utc)
{
    QByteArray seconds = SigningTime::isoSeconds(utc); // ...T12:36:00Z
    seconds.chop(1);
    return seconds + '.' + QByteArray::number(utc.time().msec()).rightJustified(3, '0') + 'Z';
}

QByteArray urlEncode(QByteArrayView bytes)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size() * 3);
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || c == '-' || c == '_' || c == '.' || c == '~' || c == '/';
        if (unreserved)
            out.append(c);
        else if (c == ' ')
            out.append('+');
        else
            out.append('%').append(hex[u >> 4]).append(hex[u & 15]);
    }
    return out;
}

QByteArray open(QByteArrayView root)
{
    QByteArray out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<";
    out.append(root).append(" xmlns=\"").append(kNamespace).append("\">");
    return out;
}

} // namespace S3Xml
