// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include "s3/s3job.h"

class QIODevice;
struct BodyDigest;

// The part's body comes from one of: `filePath` with offset and length (streamed from disk),
// `data`, or `bodyDevice` + `bodySize`.
struct UploadPartRequest
{
    QString bucket;
    QString key;
    QString uploadId;
    int partNumber = 1; // 1 to 10,000
    QString filePath;
    qint64 offset = 0;
    qint64 length = 0;
    QByteArray data;
    std::function<std::unique_ptr<QIODevice>()> bodyDevice;
    qint64 bodySize = -1;
    QByteArray contentMd5; // base64; computed off the GUI thread for files and data when empty
    // x-amz-checksum-crc32c in place of Content-MD5, computed off the GUI thread (for an upload
    // created with the CRC32C algorithm; see CloudProfile::verifiesPartCrc32c).
    bool crc32c = false;
};

struct UploadPartResult
{
    ApiError error;
    int partNumber = 0;
    QByteArray etag;
    QByteArray checksumCrc32c; // base64, as sent (crc32c requests); CompleteMultipartUpload repeats it
};

// UploadPart (PUT ?partNumber&uploadId), with Content-MD5 or x-amz-checksum-crc32c so that the
// server refuses a damaged part.
class UploadPartJob final : public S3Job
{
    Q_OBJECT
public:
    UploadPartJob(S3Client *client, UploadPartRequest request);
    void start();

Q_SIGNALS:
    void finished(const UploadPartResult &result);

private:
    void finishWithError(const ApiError &error) override { finish({error, m_request.partNumber, {}, {}}); }
    void sendWith(const BodyDigest &digest);
    void finish(const UploadPartResult &result);

    UploadPartRequest m_request;
    QByteArray m_checksumCrc32c;
};
