// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3/s3client.h"

#include "auth/signer.h"
#include "auth/signerfactory.h"
#include "clouds/addressing.h"
#include "s3/abortmultipartuploadjob.h"
#include "s3/completemultipartuploadjob.h"
#include "s3/copyobjectjob.h"
#include "s3/createbucketjob.h"
#include "s3/createmultipartuploadjob.h"
#include "s3/deletebucketjob.h"
#include "s3/deleteobjectjob.h"
#include "s3/deleteobjectsjob.h"
#include "s3/getobjectjob.h"
#include "s3/headobjectjob.h"
#include "s3/listbucketsjob.h"
#include "s3/listobjectsjob.h"
#include "s3/listpartsjob.h"
#include "s3/putobjectjob.h"
#include "s3/uploadpartcopyjob.h"
#include "s3/uploadpartjob.h"
#include "transport/httptransport.h"

using namespace Qt::StringLiterals;

S3Client::S3Client(HttpTransport *transport, CloudProfile profile, Credentials credentials, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_profile(std::move(profile))
    , m_credentials(std::move(credentials))
    , m_signer(makeSigner(m_profile.s3Signing))
    , m_presigner(makeSigner([choice = m_profile.s3Signing]() mutable {
        choice.presign = true;
        return choice;
    }()))
{}

S3Client::~S3Client() = default;

QDateTime S3Client::serverNow(const QString &bucket) const
{
    return m_transport->serverNow(request("GET", bucket));
}

QString S3Client::regionFor(const QString &bucket) const
{
    // The transport remembers a bucket's region (learnt from a wrong-region answer) under the
    // endpoint the request first went to: the profile's default-region endpoint.
    const QString endpoint
        = HttpTransport::endpointKey(Addressing::s3Request(m_profile, m_profile.defaultRegion, {}));
    const QString cached = bucket.isEmpty() ? QString() : m_transport->regionCache().region(endpoint, bucket);
    return cached.isEmpty() ? m_profile.regionOrDefault({}) : cached;
}

HttpRequest S3Client::request(const QByteArray &method, const QString &bucket, const QString &key) const
{
    HttpRequest r = Addressing::s3Request(m_profile, regionFor(bucket), bucket, key);
    r.method = method;
    return r;
}

SendOptions S3Client::sendOptions(const QString &bucket) const
{
    SendOptions o;
    // No keys: anonymous requests, sent unsigned (public buckets and objects can be read).
    o.signer = m_credentials.isValid() ? m_signer.get() : nullptr;
    o.credentials = m_credentials;
    o.region = regionFor(bucket);
    o.service = u"s3"_s;
    o.serviceLabel = u"S3"_s;
    o.bucket = bucket;
    // A wrong-region answer moves the request to that region's endpoint (AWS puts the region in the
    // host name; a single-endpoint cloud such as the sandbox keeps its host). The path does not
    // depend on the region.
    o.retarget = [profile = m_profile, bucket](HttpRequest &request, const QString &region) {
        const HttpRequest moved = Addressing::s3Request(profile, region, bucket, {});
        request.scheme = moved.scheme;
        request.host = moved.host;
        request.port = moved.port;
    };
    return o;
}

ListBucketsJob *S3Client::listBuckets()
{
    return new ListBucketsJob(this);
}

ListObjectsJob *S3Client::listObjects(const ListObjectsRequest &request)
{
    return new ListObjectsJob(this, request);
}

HeadObjectJob *S3Client::headObject(const ObjectKeyRequest &request)
{
    return new HeadObjectJob(this, request);
}

GetObjectJob *S3Client::getObject(const GetObjectRequest &request)
{
    return new GetObjectJob(this, request);
}

PutObjectJob *S3Client::putObject(const PutObjectRequest &request)
{
    return new PutObjectJob(this, request);
}

DeleteObjectJob *S3Client::deleteObject(const ObjectKeyRequest &request)
{
    return new DeleteObjectJob(this, request);
}

DeleteObjectsJob *S3Client::deleteObjects(const DeleteObjectsRequest &request)
{
    return new DeleteObjectsJob(this, request);
}

CopyObjectJob *S3Client::copyObject(const CopyObjectRequest &request)
{
    return new CopyObjectJob(this, request);
}

CreateBucketJob *S3Client::createBucket(const BucketRequest &request)
{
    return new CreateBucketJob(this, request);
}

DeleteBucketJob *S3Client::deleteBucket(const BucketRequest &request)
{
    return new DeleteBucketJob(this, request);
}

CreateMultipartUploadJob *S3Client::createMultipartUpload(const CreateMultipartUploadRequest &request)
{
    return new CreateMultipartUploadJob(this, request);
}

UploadPartJob *S3Client::uploadPart(const UploadPartRequest &request)
{
    return new UploadPartJob(this, request);
}

UploadPartCopyJob *S3Client::uploadPartCopy(const UploadPartCopyRequest &request)
{
    return new UploadPartCopyJob(this, request);
}

CompleteMultipartUploadJob *S3Client::completeMultipartUpload(const CompleteMultipartUploadRequest &request)
{
    return new CompleteMultipartUploadJob(this, request);
}

AbortMultipartUploadJob *S3Client::abortMultipartUpload(const MultipartUploadRef &request)
{
    return new AbortMultipartUploadJob(this, request);
}

ListPartsJob *S3Client::listParts(const ListPartsRequest &request)
{
    return new ListPartsJob(this, request);
}

QUrl S3Client::presign(const QByteArray &method,
    const QString &bucket,
    const QString &key,
    qint64 expiresSeconds,
    QString *error) const
{
    SendOptions o = sendOptions(bucket);
    o.signer = m_presigner.get();
    return m_transport->presign(request(method, bucket, key), o, expiresSeconds, error);
}
