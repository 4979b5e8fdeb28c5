// SPDX-License-Identifier: GPL-3.0-or-later
#include "clouds/addressing.h"

#include <QHostAddress>
#include <QUrl>

#include "auth/uriencode.h"
#include "clouds/cloudprofile.h"

namespace {

void setOrigin(HttpRequest &request, const QUrl &url)
{
    request.scheme = url.scheme().toLatin1().toLower();
    request.host = url.host(QUrl::FullyEncoded).toLatin1().toLower();
    request.port = url.port(-1);
    if ((request.scheme == "http" && request.port == 80)
        || (request.scheme == "https" && request.port == 443))
        request.port = -1;
}

// The endpoint's service path without a trailing slash: "" or "/services/Walrus".
QByteArray servicePrefix(const QUrl &url)
{
    QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
    while (path.endsWith('/'))
        path.chop(1);
    return path;
}

bool isIpHost(const QString &host)
{
    QHostAddress address;
    return address.setAddress(host);
}

} // namespace

namespace {

bool isDnsName(const QString &bucket, bool allowDots)
{
    if (bucket.size() < 3 || bucket.size() > 63)
        return false;
    for (const QChar c : bucket) {
        const char16_t u = c.unicode();
        const bool ok
            = (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-' || (allowDots && u == u'.');
        if (!ok)
            return false;
    }
    return !bucket.startsWith(QLatin1Char('-')) && !bucket.endsWith(QLatin1Char('-'))
        && !bucket.startsWith(QLatin1Char('.')) && !bucket.endsWith(QLatin1Char('.'));
}

} // namespace

bool Addressing::isVirtualHostable(const QString &bucket)
{
    return isDnsName(bucket, false);
}

bool Addressing::usesVirtualHost(const CloudProfile &profile, const QString &region, const QString &bucket)
{
    if (bucket.isEmpty())
        return false;
    switch (profile.addressing) {
    case BucketAddressing::Path:
        return false;
    case BucketAddressing::VirtualHost:
        return isDnsName(bucket, true); // the user asked for it: dotted names too
    case BucketAddressing::Auto:
        break;
    }
    const QUrl url = profile.s3Url(region);
    const bool defaultPort = url.port(-1) == -1
        || (url.scheme() == QLatin1String("https") && url.port() == 443)
        || (url.scheme() == QLatin1String("http") && url.port() == 80);
    return isVirtualHostable(bucket) && defaultPort && !isIpHost(url.host()) && servicePrefix(url).isEmpty();
}

HttpRequest Addressing::s3Request(
    const CloudProfile &profile, const QString &region, const QString &bucket, const QString &key)
{
    HttpRequest request;
    const QUrl url = profile.s3Url(region);
    setOrigin(request, url);
    const QByteArray prefix = servicePrefix(url);
    const QByteArray keyPath = UriEncode::s3KeyPath(key); // "/" + key, encoded once
    const QByteArray encodedBucket = UriEncode::encode(bucket.toUtf8());
    if (bucket.isEmpty()) {
        request.path = prefix + "/";
        request.resourcePath = request.path;
        return request;
    }
    const QByteArray bucketResource = prefix + '/' + encodedBucket + keyPath;
    if (usesVirtualHost(profile, region, bucket)) {
        request.host = bucket.toUtf8() + '.' + request.host;
        request.path = prefix + keyPath;
    } else {
        request.path = bucketResource;
    }
    request.resourcePath = bucketResource;
    return request;
}

HttpRequest Addressing::ec2Request(
    const CloudProfile &profile, const QString &region, const QByteArray &action)
{
    HttpRequest request;
    const QUrl url = profile.ec2Url(region);
    setOrigin(request, url);
    request.method = "POST";
    request.path = servicePrefix(url) + '/';
    request.isForm = true;
    request.addForm("Action", action);
    if (!profile.ec2ApiVersion.isEmpty())
        request.addForm("Version", profile.ec2ApiVersion.toLatin1());
    return request;
}
