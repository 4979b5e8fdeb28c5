// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMap>

#include "s3/s3job.h"

// What HEAD (and GET) tell about an object.
struct ObjectHead
{
    qint64 size = -1; // the whole object's size (from Content-Range on a ranged GET)
    QByteArray etag;  // quotes included; a multipart ETag ("…-N") is not an MD5
    QString contentType;
    QDateTime lastModified;
    QString storageClass;
    QMap<QString, QString> metadata; // x-amz-meta-NAME, name lower-cased
    QString websiteRedirect;         // x-amz-website-redirect-location; empty: none
    // x-amz-checksum-crc32c, sent only when asked for (HeadObjectJob does for a cloud that keeps
    // part checksums, CloudProfile::verifiesPartCrc32c): "base64" for the whole object, or a
    // multipart object's "base64-N" (CRC of the part CRCs). Empty: none.
    QByteArray checksumCrc32c;
    // Of an answer to HEAD ?partNumber=N (HeadObjectJob::setPartNumber): the part's length
    // (Content-Length) and the object's number of parts (x-amz-mp-parts-count; 0: not given).
    qint64 answerLength = -1;
    int partsCount = 0;

    // The ETag's hex MD5 when it is a plain MD5 of the body (single PUT, no SSE-KMS), else empty.
    QByteArray plainMd5() const;
    static ObjectHead fromResponse(const HttpResponse &response);
};

struct HeadObjectResult
{
    ApiError error; // a missing object: httpStatus() 404
    ObjectHead head;
};

class HeadObjectJob final : public S3Job
{
    Q_OBJECT
public:
    HeadObjectJob(S3Client *client, ObjectKeyRequest request);
    // Asks for part `number` of a multipart object (?partNumber=N): its length comes in
    // ObjectHead::answerLength, the object's size and part count as usual. Before start().
    void setPartNumber(int number) { m_partNumber = number; }
    void start();

Q_SIGNALS:
    void finished(const HeadObjectResult &result);

private:
    void finishWithError(const ApiError &error) override { finish({error, {}}); }
    void finish(const HeadObjectResult &result);

    ObjectKeyRequest m_request;
    int m_partNumber = 0;
};
