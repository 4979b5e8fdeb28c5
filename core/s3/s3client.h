// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QDateTime>
#include <QObject>
#include <QUrl>

#include "auth/credentials.h"
#include "clouds/cloudprofile.h"
#include "transport/endpoint.h"
#include "transport/httprequest.h"

class HttpTransport;
class ListBucketsJob;
class ListObjectsJob;
class Signer;
class HeadObjectJob;
class GetObjectJob;
class PutObjectJob;
class DeleteObjectJob;
class DeleteObjectsJob;
class CopyObjectJob;
class CreateBucketJob;
class DeleteBucketJob;
class CreateMultipartUploadJob;
class UploadPartJob;
class UploadPartCopyJob;
class CompleteMultipartUploadJob;
class AbortMultipartUploadJob;
class ListPartsJob;
struct ListObjectsRequest;
struct ObjectKeyRequest;
struct BucketRequest;
struct MultipartUploadRef;
struct GetObjectRequest;
struct PutObjectRequest;
struct DeleteObjectsRequest;
struct CopyObjectRequest;
struct CreateMultipartUploadRequest;
struct UploadPartRequest;
struct UploadPartCopyRequest;
struct CompleteMultipartUploadRequest;
struct ListPartsRequest;

// The S3 side of one cloud: builds each request for the profile's endpoint, addressing and signing,
// and hands out jobs. Jobs report once through finished() and delete themselves.
class S3Client final : public QObject
{
    Q_OBJECT
public:
    S3Client(
        HttpTransport *transport, CloudProfile profile, Credentials credentials, QObject *parent = nullptr);
    ~S3Client() override;

    ListBucketsJob *listBuckets();
    ListObjectsJob *listObjects(const ListObjectsRequest &request);
    HeadObjectJob *headObject(const ObjectKeyRequest &request);
    GetObjectJob *getObject(const GetObjectRequest &request);
    PutObjectJob *putObject(const PutObjectRequest &request);
    DeleteObjectJob *deleteObject(const ObjectKeyRequest &request);
    DeleteObjectsJob *deleteObjects(const DeleteObjectsRequest &request);
    CopyObjectJob *copyObject(const CopyObjectRequest &request);
    CreateBucketJob *createBucket(const BucketRequest &request);
    DeleteBucketJob *deleteBucket(const BucketRequest &request);
    CreateMultipartUploadJob *createMultipartUpload(const CreateMultipartUploadRequest &request);
    UploadPartJob *uploadPart(const UploadPartRequest &request);
    UploadPartCopyJob *uploadPartCopy(const UploadPartCopyRequest &request);
    CompleteMultipartUploadJob *completeMultipartUpload(const CompleteMultipartUploadRequest &request);
    AbortMultipartUploadJob *abortMultipartUpload(const MultipartUploadRef &request);
    ListPartsJob *listParts(const ListPartsRequest &request);

    // A presigned URL (share link) for METHOD on bucket/key, signed in query form with the
    // profile's S3 signing; empty with *error set when it cannot be (SigV4 past 604800 s…).
    QUrl presign(const QByteArray &method,
        const QString &bucket,
        const QString &key,
        qint64 expiresSeconds,
        QString *error) const;

    // The time at the bucket's endpoint now, as far as the transport knows it (see ClockSkew).
    QDateTime serverNow(const QString &bucket) const;

    // For jobs: an unsigned request for bucket and key, and how to send it.
    HttpRequest request(const QByteArray &method, const QString &bucket, const QString &key = {}) const;
    SendOptions sendOptions(const QString &bucket) const;
    QString regionFor(const QString &bucket) const;
    HttpTransport *transport() const { return m_transport; }
    const CloudProfile &profile() const { return m_profile; }
    // Why this client may not write (the cloud is set read-only, or it has no keys); empty when it may.
    QString writeRefusal() const { return m_profile.writeRefusal(m_credentials); }

private:
    HttpTransport *m_transport;
    CloudProfile m_profile;
    Credentials m_credentials;
    std::unique_ptr<Signer> m_signer;
    std::unique_ptr<Signer> m_presigner;
};
