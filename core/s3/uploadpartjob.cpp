// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3/uploadpartjob.h"

#include "s3/bodydigest.h"
#include "s3/fileslicedevice.h"
#include "s3/s3client.h"
#include "transport/httpresponse.h"
#include "transport/offthread.h"

UploadPartJob::UploadPartJob(S3Client *client, UploadPartRequest request)
    : S3Job(client)
    , m_request(std::move(request))
{}

void UploadPartJob::start()
{
    if (m_request.bodyDevice && m_request.filePath.isEmpty())
        return sendWith({});
    if (!m_request.crc32c && !m_request.contentMd5.isEmpty()) {
        BodyDigest given;
        given.md5Base64 = m_request.contentMd5;
        return sendWith(given);
    }
    // The checksum goes in a header, before the body: the part is read here once to hash it and
    // again to send it (the second time mostly from the page cache). A CRC-32C costs a tenth of an
    // MD5 (bench/README.md, "CRC32C per part").
    runOffThread(
        this,
        [crc32c = m_request.crc32c,
            path = m_request.filePath,
            offset = m_request.offset,
            length = m_request.length,
            data = m_request.data] {
            if (!path.isEmpty())
                return crc32c ? crc32cOfFile(path, offset, length) : digestFile(path, offset, length, false);
            BodyDigest d = digestBytes(data, true); // its SHA-256 signs the payload
            if (crc32c) {
                d.md5Base64.clear();
                d.crc32cBase64 = crc32cOfBytes(data).crc32cBase64;
            }
            return d;
        },
        [this](const BodyDigest &d) {
            if (!d.error.isOk())
                return finishWithError(d.error);
            sendWith(d);
        });
}

void UploadPartJob::sendWith(const BodyDigest &digest)
{
    if (isDone())
        return;
    HttpRequest r = m_client->request("PUT", m_request.bucket, m_request.key);
    r.addQuery("partNumber", QByteArray::number(m_request.partNumber));
    r.addQuery("uploadId", m_request.uploadId.toUtf8());
    if (!m_request.filePath.isEmpty()) {
        r.bodyDevice = FileSliceDevice::factory(m_request.filePath, m_request.offset, m_request.length);
        r.bodySize = m_request.length;
        r.payloadHash = "UNSIGNED-PAYLOAD";
    } else if (m_request.bodyDevice) {
        r.bodyDevice = m_request.bodyDevice;
        r.bodySize = m_request.bodySize;
        r.payloadHash = "UNSIGNED-PAYLOAD";
    } else {
        r.body = m_request.data;
        r.payloadHash = digest.sha256Hex;
    }
    if (!digest.md5Base64.isEmpty())
        r.setHeader("Content-MD5", digest.md5Base64);
    // UploadPart's x-amz-checksum-crc32c: base64 of the big-endian CRC-32C of the part, verified by
    // S3 (docs.aws.amazon.com/AmazonS3/latest/API/API_UploadPart.html, "Checking object integrity").
    m_checksumCrc32c = digest.crc32cBase64;
    if (!m_checksumCrc32c.isEmpty())
        r.setHeader("x-amz-checksum-crc32c", m_checksumCrc32c);
    SendOptions o = m_client->sendOptions(m_request.bucket);
    o.bodyKind = SendOptions::BodyKind::Object;
    send(std::move(r), o, [this](const HttpResponse &response) {
        if (!response.error.isOk())
            return finishWithError(response.error);
        finish({ApiError::ok(), m_request.partNumber, response.header("ETag"), m_checksumCrc32c});
    });
}

void UploadPartJob::finish(const UploadPartResult &result)
{
    if (markDone())
        Q_EMIT finished(result);
}
