// SPDX-License-Identifier: GPL-3.0-or-later
#include "website/keptxml.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KeptXml)
};

} // namespace

KeptXmlReader::KeptXmlReader(const QString &source)
    : m_source(source)
    , m_xml(new QXmlStreamReader(source))
{}

KeptXmlReader::~KeptXmlReader()
{
    delete m_xml;
}

bool KeptXmlReader::next()
{
    m_before = m_xml->characterOffset();
    const QXmlStreamReader::TokenType token = m_xml->readNext();
    if (token == QXmlStreamReader::DTD) {
        m_error = Tr::tr("the document declares a DTD, which Skylight never reads");
        return false;
    }
    if (token == QXmlStreamReader::Invalid) {
        m_error = Tr::tr("the document is not well-formed XML (%1 at line %2)")
                      .arg(m_xml->errorString())
                      .arg(m_xml->lineNumber());
        return false;
    }
    if (token == QXmlStreamReader::StartElement) {
        if (++m_depth > kMaxDepth) {
            m_error = Tr::tr("the document nests deeper than %1 levels").arg(kMaxDepth);
            return false;
        }
        notePrefixes();
    } else if (token == QXmlStreamReader::EndElement) {
        --m_depth;
    }
    return true;
}

void KeptXmlReader::notePrefixes()
{
    for (const QXmlStreamNamespaceDeclaration &d : m_xml->namespaceDeclarations()) {
        if (!d.prefix().isEmpty())
            m_prefixes.insert(d.prefix().toString(), d.namespaceUri().toString());
    }
}

bool KeptXmlReader::readRoot(QString *rootName)
{
    while (!m_xml->atEnd()) {
        if (!next())
            return false;
        if (m_xml->isStartElement()) {
            *rootName = m_xml->name().toString();
            m_rootNamespace = m_xml->namespaceUri().toString();
            return true;
        }
    }
    m_error = Tr::tr("the document is empty");
    return false;
}

bool KeptXmlReader::skipElement()
{
    const int depth = m_depth;
    while (!m_xml->atEnd()) {
        if (!next())
            return false;
        if (m_xml->isEndElement() && m_depth == depth - 1)
            return true;
    }
    m_error = Tr::tr("the document ends inside an element");
    return false;
}

bool KeptXmlReader::readChildren(
    const QStringList &known, KeptChildren *kept, const std::function<bool(const QString &name)> &onKnown)
{
    const int depth = m_depth;
    while (!m_xml->atEnd()) {
        if (!next())
            return false;
        if (m_xml->isEndElement() && m_depth == depth - 1)
            return true;
        if (!m_xml->isStartElement())
            continue; // whitespace, comments and processing instructions between children
        const QString name = m_xml->name().toString();
        // Ours: unprefixed names, or a prefix bound to the root's own namespace (the same element
        // written another way). An element in another namespace is kept whatever its name.
        const bool ourNamespace = m_xml->qualifiedName() == m_xml->name()
            || (!m_rootNamespace.isEmpty() && m_xml->namespaceUri() == m_rootNamespace);
        if (known.contains(name) && ourNamespace) {
            kept->append({name, {}});
            if (!onKnown(name))
                return false;
            continue;
        }
        // After text, the reader has already taken the '<' that ended it: step back to it.
        const qint64 start = m_source.lastIndexOf(u'<', m_before);
        if (!skipElement())
            return false;
        kept->append({name, m_source.mid(start, m_xml->characterOffset() - start)});
    }
    m_error = Tr::tr("the document ends inside an element");
    return false;
}

bool KeptXmlReader::readToEnd()
{
    while (!m_xml->atEnd()) {
        if (!next())
            return false;
        if (m_xml->isStartElement() || (m_xml->isCharacters() && !m_xml->isWhitespace())) {
            m_error = Tr::tr("the document goes on after its root element");
            return false;
        }
    }
    return true;
}

QString KeptXmlReader::readText()
{
    QString text;
    const int depth = m_depth;
    while (!m_xml->atEnd()) {
        if (!next())
            return text;
        if (m_xml->isEndElement() && m_depth == depth - 1)
            return text;
        if (m_xml->isCharacters() && m_depth == depth)
            text += m_xml->text();
    }
    return text;
}

QString KeptXmlWriter::escape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += u"&amp;"_s;
            break;
        case '<':
            out += u"&lt;"_s;
            break;
        case '>':
            out += u"&gt;"_s;
            break;
        case '"':
            out += u"&quot;"_s;
            break;
        case '\r':
            out += u"&#13;"_s; // a literal CR would be read back as LF
            break;
        default:
            out += c;
        }
    }
    return out;
}

void KeptXmlWriter::open(const QString &name, const QString &attributes)
{
    m_out += u'<' + name + (attributes.isEmpty() ? QString() : u' ' + attributes) + u'>';
}

void KeptXmlWriter::close(const QString &name)
{
    m_out += u"</"_s + name + u'>';
}

void KeptXmlWriter::leaf(const QString &name, const QString &text)
{
    open(name);
    m_out += escape(text);
    close(name);
}

void KeptXmlWriter::children(const KeptChildren &kept,
    const QStringList &canonical,
    const std::function<int(const QString &)> &count,
    const std::function<void(const QString &, int)> &writeKnown)
{
    KeptChildren order = kept;
    // Repeats: as many of each known name as the model holds now.
    for (const QString &name : canonical) {
        const int wanted = count(name);
        QList<qsizetype> at;
        for (qsizetype i = 0; i < order.size(); ++i) {
            if (order[i].isKnown() && order[i].name == name)
                at.append(i);
        }
        for (qsizetype k = at.size() - 1; k >= wanted; --k)
            order.removeAt(at[k]);
        if (at.isEmpty() || wanted <= at.size())
            continue;
        const qsizetype after = at.last() + 1;
        for (qsizetype k = at.size(); k < wanted; ++k)
            order.insert(after, {name, {}});
    }
    // New names: before the first known child that comes later in the canonical order.
    for (qsizetype rank = 0; rank < canonical.size(); ++rank) {
        const QString &name = canonical[rank];
        const int wanted = count(name);
        if (wanted == 0)
            continue;
        const bool present = std::any_of(
            order.cbegin(), order.cend(), [&](const KeptNode &n) { return n.isKnown() && n.name == name; });
        if (present)
            continue;
        qsizetype at = order.size();
        for (qsizetype i = 0; i < order.size(); ++i) {
            if (order[i].isKnown() && canonical.indexOf(order[i].name) > rank) {
                at = i;
                break;
            }
        }
        for (int k = 0; k < wanted; ++k)
            order.insert(at + k, {name, {}});
    }
    QHash<QString, int> seen;
    for (const KeptNode &node : order) {
        if (!node.isKnown())
            raw(node.raw);
        else
            writeKnown(node.name, seen[node.name]++);
    }
}
