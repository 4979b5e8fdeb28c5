// SPDX-License-Identifier: GPL-3.0-or-later
#include "bucketoperations.h"

#include <QXmlStreamReader>

#include "s3call.h"
#include "s3xml.h"
#include "sandboxrequest.h"
#include "sandboxstore.h"

using namespace Qt::StringLiterals;

BucketOperations::BucketOperations(SandboxStore *store, QStringList regions)
    : m_store(store)
    , m_regions(std::move(regions))
{}

bool BucketOperations::isValidBucketName(const QByteArray &name)
{
    if (name.size() < 3 || name.size() > 63)
        return false;
    bool allDigitsAndDots = true;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char c = name[i];
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!alnum && c != '.' && c != '-')
            return false;
        if ((i == 0 || i == name.size() - 1) && !alnum)
            return false;
        allDigitsAndDots = allDigitsAndDots && ((c >= '0' && c <= '9') || c == '.');
    }
    return !name.contains("..") && !name.contains(".-") && !name.contains("-.") && !allDigitsAndDots;
}

SandboxResponse BucketOperations::listBuckets(const S3Call &call) const
{
    QByteArray xml = S3Xml::open("ListAllMyBucketsResult");
    xml.append("<Owner>").append(S3Xml::element("ID", kOwnerId));
    xml.append(S3Xml::element("DisplayName", kOwnerName)).append("</Owner><Buckets>");
    for (const BucketInfo &b : m_store->buckets()) {
        xml.append("<Bucket>").append(S3Xml::element("Name", b.name));
        xml.append(S3Xml::element("CreationDate", S3Xml::isoTime(b.created))).append("</Bucket>");
    }
    xml.append("</Buckets></ListAllMyBucketsResult>");
    return call.xml(std::move(xml));
}

SandboxResponse BucketOperations::createBucket(const S3Call &call) const
{
    if (!isValidBucketName(call.bucket))
        return call.error(
            400, "InvalidBucketName", "The specified bucket is not valid.", {{"BucketName", call.bucket}});
    QString constraint;
    if (!call.request.body.trimmed().isEmpty()) {
        QXmlStreamReader reader(call.request.body);
        bool malformed = false;
        while (!reader.atEnd() && !malformed) {
            reader.readNext();
            malformed = reader.tokenType() == QXmlStreamReader::DTD;
            if (reader.isStartElement() && reader.name() == "LocationConstraint"_L1)
                constraint = reader.readElementText();
        }
        if (malformed || reader.hasError()) {
            return call.error(400,
                "MalformedXML",
                "The XML you provided was not well-formed or did not validate against our published schema");
        }
    }
    const QString region = call.region;
    if (!constraint.isEmpty() && constraint != region) {
        return call.error(400,
            "IllegalLocationConstraintException",
            u"The %1 location constraint is incompatible for the region specific endpoint this request was sent to."_s
                .arg(constraint)
                .toUtf8());
    }
    if (!m_regions.contains(region))
        return call.error(400, "InvalidLocationConstraint", "The specified location-constraint is not valid");
    if (const auto existing = m_store->bucket(call.bucket)) {
        if (existing->region == u"us-east-1" && region == u"us-east-1") {
            SandboxResponse ok; // us-east-1 answers 200 to the owner again, as S3 does
            ok.addHeader("Location", '/' + call.bucket);
            return ok;
        }
        return call.error(409,
            "BucketAlreadyOwnedByYou",
            "Your previous request to create the named bucket succeeded and you already own it.",
            {{"BucketName", call.bucket}});
    }
    if (!m_store->createBucket({call.bucket, region, call.now}))
        return call.error(500, "InternalError", "We encountered an internal error. Please try again.");
    SandboxResponse response;
    response.addHeader("Location", '/' + call.bucket);
    return response;
}

SandboxResponse BucketOperations::deleteBucket(const S3Call &call) const
{
    if (!m_store->bucketIsEmpty(call.bucket)) {
        return call.error(409,
            "BucketNotEmpty",
            "The bucket you tried to delete is not empty",
            {{"BucketName", call.bucket}});
    }
    m_store->deleteBucket(call.bucket);
    SandboxResponse response;
    response.status = 204;
    return response;
}

SandboxResponse BucketOperations::headBucket(const S3Call &call) const
{
    SandboxResponse response;
    response.headOnly = true;
    response.headLength = 0;
    if (const auto b = m_store->bucket(call.bucket))
        response.addHeader("x-amz-bucket-region", b->region.toUtf8());
    return response;
}

SandboxResponse BucketOperations::location(const S3Call &call) const
{
    const auto b = m_store->bucket(call.bucket);
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<LocationConstraint xmlns=\"";
    xml.append(S3Xml::kNamespace).append("\">");
    if (b && b->region != u"us-east-1") // us-east-1 is the empty constraint
        xml.append(S3Xml::escape(b->region.toUtf8()));
    xml.append("</LocationConstraint>");
    return call.xml(std::move(xml));
}

std::optional<SandboxResponse> BucketOperations::unconfiguredSetting(const S3Call &call) const
{
    const SandboxRequest &request = call.request;
    if (request.method != "GET")
        return std::nullopt;
    const QList<std::pair<QByteArray, QByteArray>> name = {{"BucketName", call.bucket}};
    if (request.hasQuery("versioning")) // never enabled: an empty configuration, no Status
        return call.xml(S3Xml::open("VersioningConfiguration") + "</VersioningConfiguration>");
    if (request.hasQuery("requestPayment")) {
        return call.xml(S3Xml::open("RequestPaymentConfiguration")
            + "<Payer>BucketOwner</Payer></RequestPaymentConfiguration>");
    }
    if (request.hasQuery("cors"))
        return call.error(404, "NoSuchCORSConfiguration", "The CORS configuration does not exist", name);
    if (request.hasQuery("lifecycle")) {
        return call.error(
            404, "NoSuchLifecycleConfiguration", "The lifecycle configuration does not exist", name);
    }
    if (request.hasQuery("tagging"))
        return call.error(404, "NoSuchTagSet", "The TagSet does not exist", name);
    return std::nullopt;
}
