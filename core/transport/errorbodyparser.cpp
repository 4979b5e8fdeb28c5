// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/errorbodyparser.h"

#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxDepth = 16;
constexpr qsizetype kMaxErrorBody = 1 << 20; // an error document is small; more is not one

} // namespace

std::optional<ServiceErrorBody> parseServiceError(const QByteArray &body)
{
    if (body.isEmpty() || body.size() > kMaxErrorBody)
        return std::nullopt;
    // S3 may send white space to keep a slow CompleteMultipartUpload alive before the document;
    // an XML declaration is only valid at the very start, so it goes first.
    QXmlStreamReader xml(body.trimmed());
    ServiceErrorBody out;
    int depth = 0;
    // The first occurrence of each field wins: in an EC2 <Errors> list that is the first error's.
    const auto take = [](QString &slot, const QString &text) {
        if (slot.isEmpty())
            slot = text;
    };
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::DTD)
            return std::nullopt;
        if (token == QXmlStreamReader::EndElement) {
            --depth;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QString name = xml.name().toString();
        if (++depth == 1 && name != u"Error" && name != u"Response" && name != u"ErrorResponse")
            return std::nullopt;
        if (depth > kMaxDepth)
            return std::nullopt;
        const bool field = name == u"Code" || name == u"Message" || name == u"RequestId"
            || name == u"RequestID" || name == u"Region" || name == u"Endpoint" || name == u"ServerTime";
        if (!field)
            continue;
        const QString text = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
        if (xml.hasError())
            break; // the field itself was cut off or broken: never a half code ("NoSuchKe")
        --depth;   // readElementText consumed the end tag
        if (name == u"Code")
            take(out.code, text);
        else if (name == u"Message")
            take(out.message, text);
        else if (name == u"RequestId" || name == u"RequestID")
            take(out.requestId, text);
        else if (name == u"Region")
            take(out.region, text);
        else if (name == u"Endpoint")
            take(out.endpoint, text);
        else if (out.serverTime.isEmpty())
            out.serverTime = text.toLatin1();
    }
    // A document cut short still counts once its code arrived.
    if (out.code.isEmpty())
        return std::nullopt;
    return out;
}

bool looksLikeErrorDocument(const QByteArray &body)
{
    QXmlStreamReader xml(body.left(4096).trimmed());
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::DTD)
            return false;
        if (token == QXmlStreamReader::StartElement) {
            const auto name = xml.name();
            if (name == u"Error")
                return true;
            if (name == u"Response" || name == u"ErrorResponse") { // EC2 / Query: look for <Errors>/<Error>
                while (!xml.atEnd()) {
                    if (xml.readNext() == QXmlStreamReader::StartElement)
                        return xml.name() == u"Errors" || xml.name() == u"Error";
                }
            }
            return false;
        }
    }
    return false;
}
