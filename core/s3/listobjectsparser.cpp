// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3/listobjectsparser.h"

#include <QXmlStreamReader>

#include "auth/uriencode.h"
#include "s3/xmldocument.h"
#include "transport/regioncache.h"

using namespace Qt::StringLiterals;

namespace {

QString decodeUrl(const QString &text)
{
    // Most keys have nothing encoded: keep them as they are (no UTF-8 round trip per key).
    if (!text.contains(u'%') && !text.contains(u'+'))
        return text;
    return QString::fromUtf8(UriEncode::decodeForm(text.toUtf8()));
}

} // namespace

Result<ObjectListing> parseListObjects(const QByteArray &body)
{
    ObjectListing page;
    ObjectEntry current;
    QString nextContinuationToken;
    QString nextMarker;
    QString currentPrefix;
    bool v2 = false;
    const ApiError error = XmlDocument::walk(
        body,
        u"ListBucketResult",
        [&](const QString &path, const QString &text) {
            if (path == u"Contents/Key")
                current.key = text;
            else if (path == u"Contents/Size")
                current.size = text.toLongLong();
            else if (path == u"Contents/ETag")
                current.etag = text.toUtf8();
            else if (path == u"Contents/LastModified")
                current.lastModified = XmlDocument::parseTime(text);
            else if (path == u"Contents/StorageClass")
                current.storageClass = text;
            else if (path == u"CommonPrefixes/Prefix")
                currentPrefix = text;
            else if (path == u"Name")
                page.bucket = text;
            else if (path == u"Prefix")
                page.prefix = text;
            else if (path == u"Delimiter")
                page.delimiter = text;
            else if (path == u"IsTruncated")
                page.truncated = text.trimmed() == u"true";
            else if (path == u"NextContinuationToken")
                nextContinuationToken = text;
            else if (path == u"NextMarker")
                nextMarker = text;
            else if (path == u"EncodingType")
                page.urlEncoded = text.trimmed() == u"url";
            else if (path == u"KeyCount" || path == u"ContinuationToken" || path == u"StartAfter")
                v2 = true;
        },
        [&](const QString &path) {
            if (path == u"Contents") {
                page.objects.append(std::move(current));
                current = ObjectEntry();
            } else if (path == u"CommonPrefixes") {
                page.commonPrefixes.append(std::move(currentPrefix));
                currentPrefix.clear();
            }
        });
    if (!error.isOk())
        return Result<ObjectListing>::failure(error);

    if (page.urlEncoded) {
        for (ObjectEntry &o : page.objects)
            o.key = decodeUrl(o.key);
        for (QString &p : page.commonPrefixes)
            p = decodeUrl(p);
        page.prefix = decodeUrl(page.prefix);
        page.delimiter = decodeUrl(page.delimiter);
        nextMarker = decodeUrl(nextMarker); // V2's continuation token is opaque: never decoded
    }
    if (page.truncated) {
        if (!nextContinuationToken.isEmpty())
            page.nextToken = nextContinuationToken;
        else if (!nextMarker.isEmpty())
            page.nextToken = nextMarker;
        else if (!v2 && page.delimiter.isEmpty() && !page.objects.isEmpty())
            page.nextToken = page.objects.last().key; // V1 without a delimiter: continue after the last key
        if (page.nextToken.isEmpty())
            return Result<ObjectListing>::failure(ApiError(ApiError::Kind::Parse,
                ApiError::tr("the listing says there is more but gives no way to ask for it")));
    }
    return Result<ObjectListing>::success(std::move(page));
}

Result<BucketList> parseListBuckets(const QByteArray &body)
{
    BucketList list;
    BucketEntry current;
    const ApiError error = XmlDocument::walk(
        body,
        u"ListAllMyBucketsResult",
        [&](const QString &path, const QString &text) {
            if (path == u"Buckets/Bucket/Name")
                current.name = text;
            else if (path == u"Buckets/Bucket/CreationDate")
                current.created = XmlDocument::parseTime(text);
            else if (path == u"Owner/ID")
                list.ownerId = text;
            else if (path == u"Owner/DisplayName")
                list.ownerName = text;
        },
        [&](const QString &path) {
            if (path == u"Buckets/Bucket") {
                list.buckets.append(std::move(current));
                current = BucketEntry();
            }
        });
    if (!error.isOk())
        return Result<BucketList>::failure(error);
    return Result<BucketList>::success(std::move(list));
}

Result<QString> parseBucketLocation(const QByteArray &body)
{
    QString location;
    const ApiError error
        = XmlDocument::walk(body, u"LocationConstraint", [](const QString &, const QString &) {});
    if (!error.isOk())
        return Result<QString>::failure(error);
    // The root itself holds the text: read it directly (walk() reports only elements below the root).
    QXmlStreamReader xml(body.trimmed());
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            location = xml.readElementText(QXmlStreamReader::SkipChildElements);
            break;
        }
    }
    return Result<QString>::success(RegionCache::normaliseLocation(location));
}
