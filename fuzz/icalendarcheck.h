// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include "fuzzcheck.h"

// An independent reading of what ICalendarWriter writes (RFC 5545 §3.1 and §3.3.11), for the fuzz
// targets' properties.
namespace ICalendarCheck {

// Splits a document into physical lines and checks each: ended by CRLF, at most 75 octets, no bare
// CR or LF, a continuation never starting inside a UTF-8 sequence. Returns the unfolded lines.
inline QList<QByteArray> unfold(const QByteArray &ics)
{
    FUZZ_CHECK(ics.endsWith("\r\n"));
    QList<QByteArray> logical;
    qsizetype pos = 0;
    while (pos < ics.size()) {
        const qsizetype end = ics.indexOf("\r\n", pos);
        FUZZ_CHECK(end >= 0);
        const QByteArray physical = ics.mid(pos, end - pos);
        FUZZ_CHECK(physical.size() <= 75);
        FUZZ_CHECK(!physical.contains('\r') && !physical.contains('\n'));
        if (physical.startsWith(' ')) {
            FUZZ_CHECK(!logical.isEmpty());
            FUZZ_CHECK(physical.size() == 1 || (static_cast<unsigned char>(physical[1]) & 0xC0) != 0x80);
            logical.last() += physical.mid(1);
        } else {
            logical.append(physical);
        }
        pos = end + 2;
    }
    return logical;
}

// The TEXT value back to the text: \\ \; \, \n \N are the only escapes, and ';' ',' and controls
// other than TAB never appear bare.
inline QString unescape(const QByteArray &value)
{
    const QString in = QString::fromUtf8(value);
    QString out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const QChar c = in[i];
        FUZZ_CHECK(c != u';' && c != u',');
        FUZZ_CHECK(c == u'\t' || (c.unicode() >= 0x20 && c.unicode() != 0x7f));
        if (c != u'\\') {
            out += c;
            continue;
        }
        FUZZ_CHECK(i + 1 < in.size());
        const QChar e = in[++i];
        FUZZ_CHECK(e == u'\\' || e == u';' || e == u',' || e == u'n' || e == u'N');
        out += (e == u'n' || e == u'N') ? QChar(u'\n') : e;
    }
    return out;
}

// What a text should read as after the round trip: CRLF, CR and LF are one line break each; other
// controls (TEXT has no way to carry them) are left out.
inline QString expected(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\r') {
            out += u'\n';
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
        } else if (c == u'\n' || c == u'\t' || (c.unicode() >= 0x20 && c.unicode() != 0x7f)) {
            out += c;
        }
    }
    return out;
}

// The value of the first logical line named `name` after `from`, or a null array.
inline QByteArray value(const QList<QByteArray> &lines, const QByteArray &name, qsizetype from = 0)
{
    for (qsizetype i = from; i < lines.size(); ++i) {
        if (lines[i].startsWith(name + ':'))
            return lines[i].mid(name.size() + 1);
    }
    return {};
}

} // namespace ICalendarCheck
