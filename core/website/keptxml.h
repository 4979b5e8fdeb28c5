// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class QXmlStreamReader;

// One child of an element as it was read: a known element (only its name; the model holds its
// value) or an unknown one, kept as the exact text it had in the document.
struct KeptNode
{
    QString name;
    QString raw; // non-empty: an element Skylight does not edit, verbatim
    bool isKnown() const { return raw.isEmpty(); }
};
using KeptChildren = QList<KeptNode>;

// Reads an element's children with QXmlStreamReader over the whole document text, keeping unknown
// children verbatim (sliced from the source by character offset) and handing known ones to a
// callback. Refuses DTDs and nesting deeper than kMaxDepth.
class KeptXmlReader
{
public:
    static constexpr int kMaxDepth = 32;

    explicit KeptXmlReader(const QString &source);
    ~KeptXmlReader();

    // Moves to the root element; false (with error()) when there is none or the document is bad.
    bool readRoot(QString *rootName);
    // Reads the children of the element just opened, until its end. onKnown is called with the
    // reader on each known child's start; it must consume that child (readText or readChildren).
    bool readChildren(const QStringList &known,
        KeptChildren *kept,
        const std::function<bool(const QString &name)> &onKnown);
    // After the root's end: false when anything but comments, processing instructions or white
    // space follows (a second document, bad XML).
    bool readToEnd();
    // The text of the element just opened, up to its end (child elements skipped).
    QString readText();
    // The namespace prefixes declared on elements read so far (not the default namespace).
    const QHash<QString, QString> &prefixes() const { return m_prefixes; }
    QString rootNamespace() const { return m_rootNamespace; }
    const QString &error() const { return m_error; }

private:
    bool next();
    bool skipElement(); // the element just opened, to its end
    void notePrefixes();

    const QString &m_source;
    QXmlStreamReader *m_xml;
    qint64 m_before = 0; // character offset before the token just read
    int m_depth = 0;
    QHash<QString, QString> m_prefixes;
    QString m_rootNamespace;
    QString m_error;
};

// Writes an XML document by hand (QXmlStreamWriter cannot insert kept text), escaping text.
class KeptXmlWriter
{
public:
    void open(const QString &name, const QString &attributes = {});
    void close(const QString &name);
    void leaf(const QString &name, const QString &text);
    void raw(const QString &text) { m_out += text; }
    const QString &text() const { return m_out; }

    static QString escape(const QString &text);

    // Writes a container's children in the order they were read: unknown ones verbatim where they
    // were, known ones through writeKnown(name, occurrence) while count(name) says they exist.
    // Known names not read before go to their place in `canonical` order; extra repeats follow the
    // last of their kind.
    void children(const KeptChildren &kept,
        const QStringList &canonical,
        const std::function<int(const QString &name)> &count,
        const std::function<void(const QString &name, int occurrence)> &writeKnown);

private:
    QString m_out;
};
