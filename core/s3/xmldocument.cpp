// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3/xmldocument.h"

#include <QStringList>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

ApiError parseError(const QString &what)
{
    return ApiError(ApiError::Kind::Parse, what);
}

} // namespace

ApiError XmlDocument::walk(const QByteArray &body,
    QStringView root,
    const std::function<void(const QString &, const QString &)> &onText,
    const std::function<void(const QString &)> &onEnd)
{
    QXmlStreamReader xml(body.trimmed());
    QStringList path; // below the root
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
            path.append(xml.name().toString());
            if (path.size() > kMaxDepth)
                return parseError(ApiError::tr("the answer nests deeper than %1 levels").arg(kMaxDepth));
            text.clear();
            leaf = true;
            break;
        case QXmlStreamReader::Characters:
            if (leaf)
                text += xml.text();
            break;
        case QXmlStreamReader::EndElement:
            if (path.isEmpty())
                break; // the root closes
            {
                const QString joined = path.join(u'/');
                if (leaf)
                    onText(joined, text);
                else if (onEnd)
                    onEnd(joined);
            }
            path.removeLast();
            leaf = false;
            text.clear();
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
    QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}
