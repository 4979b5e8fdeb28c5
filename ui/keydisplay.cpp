// SPDX-License-Identifier: GPL-3.0-or-later
#include "keydisplay.h"

#include <QCoreApplication>

namespace {

bool isC0(char32_t c)
{
    return c < 0x20 || c == 0x7f;
}

bool isC1(char32_t c)
{
    return c >= 0x80 && c <= 0x9f;
}

// Characters that reorder or hide text: bidi embeddings, overrides, isolates and marks, zero-width
// joiners and spaces, line separators, the BOM, noncharacters and lone surrogates.
bool isInvisible(char32_t c)
{
    return c == 0x061c || c == 0x200b || c == 0x200c || c == 0x200d || c == 0x200e || c == 0x200f
        || (c >= 0x2028 && c <= 0x202e) || (c >= 0x2060 && c <= 0x2069) || c == 0xfeff
        || (c >= 0xd800 && c <= 0xdfff) || QChar::isNonCharacter(c);
}

QString codePoint(char32_t c, bool braces)
{
    const QString hex = QString::number(uint(c), 16).toUpper().rightJustified(4, u'0');
    return braces ? QStringLiteral("\\u{%1}").arg(hex) : QStringLiteral("<U+%1>").arg(hex);
}

template <typename Each> void forEachCodePoint(QStringView text, Each each)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        each(c, i);
    }
}

} // namespace

namespace KeyDisplay {

QString emptyName()
{
    return QCoreApplication::translate("KeyDisplay", "(empty name)");
}

QString name(QStringView name)
{
    if (name.isEmpty())
        return emptyName();
    qsizetype lead = 0;
    while (lead < name.size() && name.at(lead) == u' ')
        ++lead;
    qsizetype trail = name.size();
    while (trail > lead && name.at(trail - 1) == u' ')
        --trail;
    QString out;
    out.reserve(name.size() + 8);
    out.append(QString(lead, QChar(0x2423)));
    forEachCodePoint(name.mid(lead, trail - lead), [&out](char32_t c, qsizetype) {
        // Controls as text escapes: the U+2400 pictures are missing from common fonts (DejaVu),
        // which would draw them as the same empty box.
        if (isC0(c) || isC1(c))
            out.append(QStringLiteral("\\x%1").arg(uint(c), 2, 16, QChar(u'0')));
        else if (isInvisible(c))
            out.append(codePoint(c, false));
        else
            out.append(QString::fromUcs4(&c, 1));
    });
    out.append(QString(name.size() - trail, QChar(0x2423)));
    return out;
}

QString escaped(QStringView key)
{
    QString out;
    out.reserve(key.size() + 8);
    forEachCodePoint(key, [&out](char32_t c, qsizetype) {
        if (c == u'\\')
            out.append(QLatin1String("\\\\"));
        else if (isC0(c) || isC1(c))
            out.append(QStringLiteral("\\x%1").arg(uint(c), 2, 16, QChar(u'0')));
        else if (isInvisible(c))
            out.append(codePoint(c, true));
        else
            out.append(QString::fromUcs4(&c, 1));
    });
    return out;
}

bool isAltered(QStringView text)
{
    if (text.isEmpty() || text.startsWith(u' ') || text.endsWith(u' '))
        return true;
    bool altered = false;
    forEachCodePoint(text,
        [&altered](char32_t c, qsizetype) { altered = altered || isC0(c) || isC1(c) || isInvisible(c); });
    return altered;
}

} // namespace KeyDisplay
