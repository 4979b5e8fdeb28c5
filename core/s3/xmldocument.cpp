// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3/xmldocument.h"

#include <QList>
#include <QStringDecoder>
#include <QStringList>
#include <QVarLengthArray>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kJulianDayOfEpoch = 2440588; // 1970-01-01

ApiError parseError(const QString &what)
{
    return ApiError(ApiError::Kind::Parse, what);
}

bool isNameStart(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

bool isNameChar(char16_t c)
{
    return isNameStart(c) || (c >= u'0' && c <= u'9') || c == u'-' || c == u'.';
}

bool isSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n';
}

// A character XML allows that needs no care here (no carriage return: XML rewrites line ends).
bool isPlainChar(char16_t c)
{
    return (c >= 0x20 || c == u'\t' || c == u'\n') && c != 0xFFFE && c != 0xFFFF;
}

// The plain XML that S3 answers are written in, read without QXmlStreamReader (which copies
// every character one at a time, and was most of the CPU of a 100,000-key listing): UTF-8, an
// optional <?xml version="1.0" encoding="UTF-8"?>, ASCII element names without a prefix, no
// attribute but xmlns, text with the five named entities and character references. Anything else
// (a comment, CDATA, a DTD, a processing instruction, a carriage return, an error of any kind) makes
// it give up, having called nothing when `call` is false: walk() runs it once to check, once to
// call back, and hands whatever it gives up on to QXmlStreamReader, whose verdict then stands.
class PlainXmlWalk
{
public:
    PlainXmlWalk(QStringView doc, QStringView root)
        : m_p(doc.utf16())
        , m_end(doc.utf16() + doc.size())
        , m_root(root)
    {}

    bool run(const std::function<void(const QString &, const QString &)> *onText,
        const std::function<void(const QString &)> *onEnd)
    {
        m_onText = onText;
        m_onEnd = onEnd;
        if (!declaration())
            return false;
        while (m_p < m_end) {
            if (*m_p != u'<') {
                if (m_open.isEmpty()) { // outside the root: white space only
                    while (m_p < m_end && isSpace(*m_p))
                        ++m_p;
                    if (m_p < m_end && *m_p != u'<')
                        return false;
                    continue;
                }
                if (!text(m_onText && m_leaf ? &m_text : nullptr))
                    return false;
                continue;
            }
            if (++m_p == m_end)
                return false;
            if (*m_p == u'/') {
                ++m_p;
                const QStringView name = readName();
                skipSpace();
                if (m_open.isEmpty() || name != m_open.last() || m_p == m_end || *m_p != u'>')
                    return false;
                ++m_p;
                close();
                continue;
            }
            if (m_rootClosed || *m_p == u'!' || *m_p == u'?')
                return false; // a second root, a comment, CDATA, a DTD, a processing instruction
            if (!startTag())
                return false;
        }
        return m_rootClosed;
    }

private:
    bool declaration()
    {
        if (!QStringView(m_p, m_end).startsWith(u"<?xml"))
            return true;
        const QStringView rest(m_p + 5, m_end);
        const qsizetype close = rest.indexOf(u"?>");
        if (close < 0)
            return false;
        // Only the usual forms; QXmlStreamReader judges any other.
        static const QStringList usual = [] {
            QStringList forms;
            for (const QString &version : {u"'1.0'"_s, u"\"1.0\""_s}) {
                forms.append(u" version="_s + version);
                for (const QString &encoding : {u"'UTF-8'"_s, u"\"UTF-8\""_s, u"'utf-8'"_s, u"\"utf-8\""_s})
                    forms.append(u" version="_s + version + u" encoding="_s + encoding);
            }
            return forms;
        }();
        if (!usual.contains(rest.first(close)))
            return false;
        m_p = rest.utf16() + close + 2;
        return true;
    }

    QStringView readName()
    {
        const char16_t *start = m_p;
        if (m_p < m_end && isNameStart(*m_p)) {
            while (m_p < m_end && isNameChar(*m_p))
                ++m_p;
        }
        return QStringView(start, m_p);
    }

    void skipSpace()
    {
        while (m_p < m_end && isSpace(*m_p))
            ++m_p;
    }

    bool startTag()
    {
        const QStringView name = readName();
        if (name.isEmpty())
            return false;
        bool sawXmlns = false;
        for (;;) {
            const char16_t *before = m_p;
            skipSpace();
            if (m_p == m_end)
                return false;
            if (*m_p == u'>') {
                ++m_p;
                return open(name);
            }
            if (*m_p == u'/') {
                if (++m_p == m_end || *m_p != u'>')
                    return false;
                ++m_p;
                if (!open(name))
                    return false;
                close();
                return true;
            }
            if (m_p == before || readName() != u"xmlns" || sawXmlns)
                return false;
            sawXmlns = true;
            skipSpace();
            if (m_p == m_end || *m_p != u'=')
                return false;
            ++m_p;
            skipSpace();
            if (m_p == m_end || (*m_p != u'"' && *m_p != u'\''))
                return false;
            const char16_t quote = *m_p++;
            const char16_t *value = m_p;
            while (m_p < m_end && *m_p != quote) {
                if (*m_p == u'<' || *m_p == u'&' || !isPlainChar(*m_p))
                    return false;
                ++m_p;
            }
            if (m_p == m_end)
                return false;
            const QStringView uri(value, m_p);
            if (uri == u"http://www.w3.org/XML/1998/namespace" || uri == u"http://www.w3.org/2000/xmlns/")
                return false; // names reserved by the namespaces rules: QXmlStreamReader decides
            ++m_p;
        }
    }

    bool open(QStringView name)
    {
        if (m_open.isEmpty()) {
            if (name != m_root)
                return false;
            m_open.append(name);
            return true;
        }
        if (m_open.size() > XmlDocument::kMaxDepth)
            return false;
        m_open.append(name);
        m_levels.append(m_path.size());
        if (m_onText) {
            if (!m_path.isEmpty())
                m_path += u'/';
            m_path += name;
        }
        m_text.resize(0);
        m_leaf = true;
        return true;
    }

    void close()
    {
        m_open.removeLast();
        if (m_open.isEmpty()) {
            m_rootClosed = true;
            return;
        }
        if (m_onText) {
            if (m_leaf)
                (*m_onText)(m_path, m_text);
            else if (*m_onEnd)
                (*m_onEnd)(m_path);
            m_path.truncate(m_levels.last());
        }
        m_levels.removeLast();
        m_leaf = false;
        m_text.resize(0);
    }

    // Text up to the next '<', its entities resolved, added to *out (when out is set).
    bool text(QString *out)
    {
        const char16_t *start = m_p;
        const char16_t *run = m_p;
        while (m_p < m_end && *m_p != u'<') {
            const char16_t c = *m_p;
            if (c == u'&') {
                if (out)
                    out->append(QStringView(run, m_p));
                if (!entity(out))
                    return false;
                run = m_p;
                continue;
            }
            if (!isPlainChar(c) || (c == u'>' && m_p - start >= 2 && m_p[-1] == u']' && m_p[-2] == u']'))
                return false; // a control character, a carriage return, or "]]>"
            ++m_p;
        }
        if (out)
            out->append(QStringView(run, m_p));
        return true;
    }

    bool entity(QString *out)
    {
        const QStringView rest(m_p + 1, qMin<qsizetype>(m_end - m_p - 1, 12));
        const qsizetype semicolon = rest.indexOf(u';');
        if (semicolon <= 0)
            return false;
        const QStringView name = rest.first(semicolon);
        char32_t c = 0;
        if (name == u"lt")
            c = u'<';
        else if (name == u"gt")
            c = u'>';
        else if (name == u"amp")
            c = u'&';
        else if (name == u"quot")
            c = u'"';
        else if (name == u"apos")
            c = u'\'';
        else if (name.size() >= 2 && name[0] == u'#') {
            const bool hex = name[1] == u'x';
            const QStringView digits = name.mid(hex ? 2 : 1);
            if (digits.isEmpty() || digits.size() > 7)
                return false;
            for (const QChar d : digits) {
                const char16_t u = d.unicode();
                int v = -1;
                if (u >= u'0' && u <= u'9')
                    v = u - u'0';
                else if (hex && u >= u'a' && u <= u'f')
                    v = u - u'a' + 10;
                else if (hex && u >= u'A' && u <= u'F')
                    v = u - u'A' + 10;
                if (v < 0)
                    return false;
                c = c * (hex ? 16 : 10) + char32_t(v);
            }
            const bool xmlChar = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            if (!xmlChar)
                return false;
        } else {
            return false;
        }
        if (out) {
            if (QChar::requiresSurrogates(c)) {
                out->append(QChar(QChar::highSurrogate(c)));
                out->append(QChar(QChar::lowSurrogate(c)));
            } else {
                out->append(QChar(char16_t(c)));
            }
        }
        m_p += semicolon + 2;
        return true;
    }

    const char16_t *m_p;
    const char16_t *m_end;
    QStringView m_root;
    const std::function<void(const QString &, const QString &)> *m_onText = nullptr;
    const std::function<void(const QString &)> *m_onEnd = nullptr;
    QVarLengthArray<QStringView, XmlDocument::kMaxDepth + 2> m_open; // the root included
    QVarLengthArray<qsizetype, XmlDocument::kMaxDepth + 2> m_levels;
    QString m_path;
    QString m_text;
    bool m_leaf = false;
    bool m_rootClosed = false;
};

} // namespace

ApiError XmlDocument::walk(const QByteArray &body,
    QStringView root,
    const std::function<void(const QString &, const QString &)> &onText,
    const std::function<void(const QString &)> &onEnd)
{
    const QByteArray trimmed = body.trimmed();
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString doc = utf8(trimmed);
    if (!utf8.hasError() && PlainXmlWalk(doc, root).run(nullptr, nullptr)) {
        PlainXmlWalk(doc, root).run(&onText, &onEnd);
        return ApiError::ok();
    }
    return walkWithQt(body, root, onText, onEnd);
}

ApiError XmlDocument::walkWithQt(const QByteArray &body,
    QStringView root,
    const std::function<void(const QString &, const QString &)> &onText,
    const std::function<void(const QString &)> &onEnd)
{
    QXmlStreamReader xml(body.trimmed());
    // The path below the root, "Contents/Key", kept as one string that grows and shrinks (no
    // string built per element), with where each level starts.
    QString path;
    QList<qsizetype> levels;
    bool sawRoot = false;
    QString text;
    bool leaf = false;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::DTD:
            return parseError(ApiError::tr("the answer declares a DTD, which Skylight never reads"));
        case QXmlStreamReader::StartElement:
            if (!sawRoot) {
                if (xml.name() != root)
                    return parseError(
                        ApiError::tr("expected <%1>, the answer has <%2>").arg(root, xml.name()));
                sawRoot = true;
                break;
            }
            if (levels.size() >= kMaxDepth)
                return parseError(ApiError::tr("the answer nests deeper than %1 levels").arg(kMaxDepth));
            levels.append(path.size());
            if (!path.isEmpty())
                path += u'/';
            path += xml.name();
            text.resize(0);
            leaf = true;
            break;
        case QXmlStreamReader::Characters:
            if (leaf)
                text += xml.text();
            break;
        case QXmlStreamReader::EndElement:
            if (levels.isEmpty())
                break; // the root closes
            if (leaf)
                onText(path, text);
            else if (onEnd)
                onEnd(path);
            path.truncate(levels.takeLast());
            leaf = false;
            text.resize(0);
            break;
        default:
            break;
        }
    }
    if (xml.hasError())
        return parseError(ApiError::tr("the answer is not well-formed XML (%1 at line %2)")
                              .arg(xml.errorString())
                              .arg(xml.lineNumber()));
    if (!sawRoot)
        return parseError(ApiError::tr("the answer is empty"));
    return ApiError::ok();
}

QDateTime XmlDocument::parseTime(const QString &text)
{
    // S3's own form, "2024-01-02T03:04:05.678Z" (milliseconds optional), read by hand: Qt's parser
    // goes through local time (a tzset() and a stat of /etc/localtime per call), which was a fifth
    // of the CPU of listing 100,000 keys. Anything else goes to Qt.
    const QStringView t = QStringView(text).trimmed();
    const auto digits = [t](qsizetype at, qsizetype n, int *value) {
        int v = 0;
        for (qsizetype i = at; i < at + n; ++i) {
            const char16_t c = t[i].unicode();
            if (c < u'0' || c > u'9')
                return false;
            v = v * 10 + (c - u'0');
        }
        *value = v;
        return true;
    };
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, ms = 0;
    const bool plain = (t.size() == 20 || t.size() == 24) && t.back() == u'Z' && t[4] == u'-' && t[7] == u'-'
        && t[10] == u'T' && t[13] == u':' && t[16] == u':' && digits(0, 4, &year) && digits(5, 2, &month)
        && digits(8, 2, &day) && digits(11, 2, &hour) && digits(14, 2, &minute) && digits(17, 2, &second)
        && (t.size() == 20 || (t[19] == u'.' && digits(20, 3, &ms)));
    if (plain && hour < 24 && minute < 60 && second < 60 && QDate::isValid(year, month, day))
        return QDateTime::fromMSecsSinceEpoch(
            (QDate(year, month, day).toJulianDay() - kJulianDayOfEpoch) * 86400000
                + ((hour * 60 + minute) * 60 + second) * 1000LL + ms,
            Qt::UTC);
    QDateTime parsed = QDateTime::fromString(t.toString(), Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}
