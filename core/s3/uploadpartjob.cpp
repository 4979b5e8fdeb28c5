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
    if (!m_request.contentMd5.isEmpty() || (m_request.bodyDevice && m_request.filePath.isEmpty()))
        return sendWith(m_request.contentMd5, {});
    const bool fromFile = !m_request.filePath.isEmpty();
    runOffThread(
        this,
        [fromFile,
            path = m_request.filePath,
            offset = m_request.offset,
            length = m_request.length,
            data = m_request.data] {
            return fromFile ? digestFile(path, offset, length, false) : digestBytes(data, true);
        },
        [this](const BodyDigest &d) {
            if (!d.error.isOk())
                return finishWithError(d.error);
            sendWith(d.md5Base64, d.sha256Hex);
        });
}

void UploadPartJob::sendWith(const QByteArray &md5Base64, const QByteArray &sha256Hex)
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
        r.payloadHash = sha256Hex;
    }
    if (!md5Base64.isEmpty())
        r.setHeader("Content-MD5", md5Base64);
    SendOptions o = m_client->sendOptions(m_request.bucket);
    o.bodyKind = SendOptions::BodyKind::Object;
    send(std::move(r), o, [this](const HttpResponse &response) {
        if (!response.error.isOk())
            return finishWithError(response.error);
        finish({ApiError::ok(), m_request.partNumber, response.header("ETag")});
    });
}

void UploadPartJob::finish(const UploadPartResult &result)
{
    if (markDone())
        Q_EMIT finished(result);
}
