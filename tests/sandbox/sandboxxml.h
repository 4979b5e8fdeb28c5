// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QList>

// Small readers for the sandbox's XML answers in tests (the client parsers are tested elsewhere).
namespace SandboxXml {

inline QByteArray md5Base64(const QByteArray &body)
{
    return QCryptographicHash::hash(body, QCryptographicHash::Md5).toBase64();
}

// The text of the first <name> element, or empty.
inline QByteArray element(const QByteArray &xml, const QByteArray &name)
{
    const qsizetype start = xml.indexOf('<' + name + '>');
    if (start < 0)
        return {};
    const qsizetype from = start + name.size() + 2;
    return xml.mid(from, xml.indexOf("</" + name + '>', from) - from);
}

inline QList<QByteArray> elements(const QByteArray &xml, const QByteArray &name)
{
    QList<QByteArray> found;
    qsizetype at = 0;
    for (;;) {
        const qsizetype start = xml.indexOf('<' + name + '>', at);
        if (start < 0)
            return found;
        const qsizetype from = start + name.size() + 2;
        const qsizetype end = xml.indexOf("</" + name + '>', from);
        found.append(xml.mid(from, end - from));
        at = end;
    }
}

} // namespace SandboxXml
