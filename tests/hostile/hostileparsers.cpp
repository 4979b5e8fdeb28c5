// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostileparsers.h"

#include <QRegularExpression>

#include "clouds/connectiontester.h"
#include "ec2/ec2actionparser.h"
#include "ec2/ec2parsers.h"
#include "s3/aclparser.h"
#include "s3/listobjectsparser.h"
#include "s3/multipartparsers.h"
#include "transport/errorbodyparser.h"
#include "website/websiteconfiguration.h"

using namespace Qt::StringLiterals;

namespace HostileParsers {

namespace {

template <typename T> Outcome from(const Result<T> &r, const std::function<QString(const T &)> &probe)
{
    if (!r.isOk())
        return {false, r.error().message()};
    return {true, probe(r.value())};
}

Outcome fromError(const QByteArray &body)
{
    const auto e = parseServiceError(body);
    if (!e)
        return {false, u"not an error document"_s};
    return {true, e->code};
}

} // namespace

QList<Parser> all()
{
    QList<Parser> p;
    p.append({u"ListObjectsV2"_s,
        "<ListBucketResult{NS}>{X}<Name>b</Name><Prefix></Prefix><KeyCount>1</KeyCount><MaxKeys>1000</"
        "MaxKeys>"
        "<IsTruncated>false</IsTruncated><Contents><Key>{V}</Key><Size>3</Size></Contents></"
        "ListBucketResult>",
        [](const QByteArray &b) {
            return from<ObjectListing>(parseListObjects(b), [](const ObjectListing &l) {
                return l.objects.isEmpty() ? QString() : l.objects.first().key;
            });
        }});
    p.append({u"ListObjectsV1"_s,
        "<ListBucketResult{NS}>{X}<Name>b</Name><Marker></Marker><IsTruncated>false</IsTruncated>"
        "<Contents><Key>{V}</Key><Size>3</Size></Contents></ListBucketResult>",
        [](const QByteArray &b) {
            return from<ObjectListing>(parseListObjects(b), [](const ObjectListing &l) {
                return l.objects.isEmpty() ? QString() : l.objects.first().key;
            });
        }});
    const QByteArray buckets
        = "<ListAllMyBucketsResult{NS}>{X}<Owner><ID>o</ID></Owner><Buckets><Bucket><Name>{V}</Name>"
          "<CreationDate>2024-01-01T00:00:00.000Z</CreationDate></Bucket></Buckets></ListAllMyBucketsResult>";
    p.append({u"ListAllMyBuckets"_s, buckets, [](const QByteArray &b) {
                  return from<BucketList>(parseListBuckets(b), [](const BucketList &l) {
                      return l.buckets.isEmpty() ? QString() : l.buckets.first().name;
                  });
              }});
    p.append({u"ListAllMyBuckets (connection test)"_s, buckets, [](const QByteArray &b) {
                  return from<QStringList>(
                      parseListBucketsNames(b), [](const QStringList &l) { return l.value(0); });
              }});
    p.append({u"S3 Error"_s,
        "<Error{NS}>{X}<Code>{V}</Code><Message>m</Message><RequestId>r</RequestId></Error>",
        fromError,
        true});
    p.append({u"EC2 Errors"_s,
        "<Response{NS}>{X}<Errors><Error><Code>{V}</Code><Message>m</Message></Error></Errors>"
        "<RequestID>r</RequestID></Response>",
        fromError,
        true});
    p.append({u"Query ErrorResponse"_s,
        "<ErrorResponse{NS}>{X}<Error><Type>Sender</Type><Code>{V}</Code><Message>m</Message></Error>"
        "<RequestId>r</RequestId></ErrorResponse>",
        fromError,
        true});
    p.append({u"InitiateMultipartUpload"_s,
        "<InitiateMultipartUploadResult{NS}>{X}<Bucket>b</Bucket><Key>k</Key><UploadId>{V}</UploadId>"
        "</InitiateMultipartUploadResult>",
        [](const QByteArray &b) {
            return from<MultipartUploadStart>(
                parseInitiateMultipartUpload(b), [](const MultipartUploadStart &s) { return s.uploadId; });
        }});
    p.append({u"CompleteMultipartUpload"_s,
        "<CompleteMultipartUploadResult{NS}>{X}<Location>http://h/b/k</Location><Bucket>b</Bucket>"
        "<Key>{V}</Key><ETag>\"abc-2\"</ETag></CompleteMultipartUploadResult>",
        [](const QByteArray &b) {
            return from<CompletedUpload>(
                parseCompleteMultipartUpload(b), [](const CompletedUpload &c) { return c.key; });
        }});
    p.append({u"ListParts"_s,
        "<ListPartsResult{NS}>{X}<Bucket>b</Bucket><Key>k</Key><UploadId>{V}</UploadId>"
        "<IsTruncated>false</IsTruncated><Part><PartNumber>1</PartNumber><ETag>\"e\"</ETag><Size>5</Size>"
        "</Part></ListPartsResult>",
        [](const QByteArray &b) {
            return from<PartList>(parseListParts(b), [](const PartList &l) { return l.uploadId; });
        }});
    p.append({u"ListMultipartUploads"_s,
        "<ListMultipartUploadsResult{NS}>{X}<Bucket>b</Bucket><IsTruncated>false</IsTruncated>"
        "<Upload><Key>{V}</Key><UploadId>u</UploadId></Upload></ListMultipartUploadsResult>",
        [](const QByteArray &b) {
            return from<MultipartUploadList>(parseListMultipartUploads(b), [](const MultipartUploadList &l) {
                return l.uploads.isEmpty() ? QString() : l.uploads.first().key;
            });
        }});
    p.append({u"DeleteObjects"_s,
        "<DeleteResult{NS}>{X}<Deleted><Key>{V}</Key></Deleted></DeleteResult>",
        [](const QByteArray &b) {
            return from<DeleteOutcome>(
                parseDeleteObjects(b), [](const DeleteOutcome &d) { return d.deleted.value(0); });
        }});
    p.append({u"LocationConstraint"_s,
        "<LocationConstraint{NS}>{X}{V}</LocationConstraint>",
        [](const QByteArray &b) {
            return from<QString>(parseBucketLocation(b), [](const QString &s) { return s; });
        }});
    p.append({u"AccessControlPolicy"_s,
        "<AccessControlPolicy{NS}>{X}<Owner><ID>{V}</ID><DisplayName>d</DisplayName></"
        "Owner><AccessControlList>"
        "<Grant><Grantee><ID>x</ID></Grantee><Permission>FULL_CONTROL</Permission></Grant>"
        "</AccessControlList></AccessControlPolicy>",
        [](const QByteArray &b) {
            return from<AccessControlPolicy>(
                parseAccessControlPolicy(b), [](const AccessControlPolicy &a) { return a.ownerId; });
        }});
    p.append({u"WebsiteConfiguration (S3)"_s,
        "<WebsiteConfiguration{NS}>{X}<IndexDocument><Suffix>{V}</Suffix></IndexDocument>"
        "<ErrorDocument><Key>e.html</Key></ErrorDocument></WebsiteConfiguration>",
        [](const QByteArray &b) {
            return from<WebsiteConfiguration>(WebsiteConfiguration::parse(b),
                [](const WebsiteConfiguration &w) { return w.indexSuffix.value_or(QString()); });
        }});
    p.append({u"WebsiteConfiguration (GCS)"_s,
        "<WebsiteConfiguration{NS}>{X}<MainPageSuffix>{V}</MainPageSuffix><NotFoundPage>404.html</"
        "NotFoundPage>"
        "</WebsiteConfiguration>",
        [](const QByteArray &b) {
            return from<WebsiteConfiguration>(
                WebsiteConfiguration::parse(b, WebsiteConfiguration::Dialect::Gcs),
                [](const WebsiteConfiguration &w) { return w.indexSuffix.value_or(QString()); });
        }});
    const QByteArray regions
        = "<DescribeRegionsResponse{NS}>{X}<requestId>r</requestId><regionInfo><item><regionName>{V}</"
          "regionName>"
          "<regionEndpoint>ec2.example</regionEndpoint></item></regionInfo></DescribeRegionsResponse>";
    p.append({u"DescribeRegions"_s, regions, [](const QByteArray &b) {
                  return from<QList<Ec2Region>>(parseDescribeRegions(b),
                      [](const QList<Ec2Region> &l) { return l.isEmpty() ? QString() : l.first().name; });
              }});
    p.append({u"DescribeRegions (connection test)"_s, regions, [](const QByteArray &b) {
                  return from<QStringList>(
                      parseDescribeRegionsNames(b), [](const QStringList &l) { return l.value(0); });
              }});
    p.append({u"DescribeAvailabilityZones"_s,
        "<DescribeAvailabilityZonesResponse{NS}>{X}<availabilityZoneInfo><item><zoneName>{V}</zoneName></"
        "item>"
        "</availabilityZoneInfo></DescribeAvailabilityZonesResponse>",
        [](const QByteArray &b) {
            return from<QStringList>(
                parseDescribeAvailabilityZones(b), [](const QStringList &l) { return l.value(0); });
        }});
    p.append({u"DescribeInstances"_s,
        "<DescribeInstancesResponse{NS}>{X}<requestId>r</requestId><reservationSet><item>"
        "<reservationId>r-1</reservationId><ownerId>1</ownerId><instancesSet><item><instanceId>{V}</"
        "instanceId>"
        "<instanceState><code>16</code><name>running</name></instanceState></item></instancesSet></item>"
        "</reservationSet></DescribeInstancesResponse>",
        [](const QByteArray &b) {
            return from<InstancePage>(parseDescribeInstances(b), [](const InstancePage &page) {
                return page.instances.isEmpty() ? QString() : page.instances.first().id;
            });
        }});
    p.append({u"DescribeInstanceStatus"_s,
        "<DescribeInstanceStatusResponse{NS}>{X}<requestId>r</requestId><instanceStatusSet><item>"
        "<instanceId>{V}</instanceId><availabilityZone>z</availabilityZone><instanceState><code>16</code>"
        "<name>running</name></instanceState></item></instanceStatusSet></DescribeInstanceStatusResponse>",
        [](const QByteArray &b) {
            return from<InstanceStatusPage>(
                parseDescribeInstanceStatus(b), [](const InstanceStatusPage &page) {
                    return page.statuses.isEmpty() ? QString() : page.statuses.first().instanceId;
                });
        }});
    p.append({u"StopInstances"_s,
        "<StopInstancesResponse{NS}>{X}<requestId>r</requestId><instancesSet><item><instanceId>{V}</"
        "instanceId>"
        "<currentState><code>64</code><name>stopping</name></currentState><previousState><code>16</code>"
        "<name>running</name></previousState></item></instancesSet></StopInstancesResponse>",
        [](const QByteArray &b) {
            return from<QList<InstanceStateChange>>(parseInstanceStateChanges(b, u"StopInstancesResponse"),
                [](const QList<InstanceStateChange> &l) {
                    return l.isEmpty() ? QString() : l.first().instanceId;
                });
        }});
    return p;
}

QByteArray fill(const QByteArray &pattern,
    const QByteArray &value,
    const QByteArray &rootAttributes,
    const QByteArray &inside,
    const QByteArray &prolog)
{
    QByteArray out = pattern;
    out.replace("{NS}", rootAttributes.isEmpty() ? QByteArray() : ' ' + rootAttributes);
    out.replace("{X}", inside);
    out.replace("{V}", value);
    return prolog + out;
}

QByteArray prefixed(const QByteArray &filled, const QByteArray &prefix, const QByteArray &uri)
{
    static const QRegularExpression tag(u"<(/?)([A-Za-z])"_s);
    QString text = QString::fromUtf8(filled);
    text.replace(tag, u"<\\1"_s + QString::fromLatin1(prefix) + u":\\2"_s);
    // Declare the prefix on the root: after the root's name.
    const QRegularExpression root(u"<"_s + QString::fromLatin1(prefix) + u":([A-Za-z]+)"_s);
    const auto m = root.match(text);
    if (m.hasMatch())
        text.insert(m.capturedEnd(),
            u" xmlns:"_s + QString::fromLatin1(prefix) + u"=\""_s + QString::fromLatin1(uri) + u'"');
    return text.toUtf8();
}

} // namespace HostileParsers
