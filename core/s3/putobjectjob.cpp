// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3/putobjectjob.h"

#include <QFile>
#include <QFileInfo>

#include "s3/bodydigest.h"
#include "s3/fileslicedevice.h"
#include "s3/s3client.h"
#include "transport/httpresponse.h"
#include "transport/offthread.h"

namespace {

// Files up to this size are read whole (once, off the GUI thread) and sent from memory: at most a
// few MiB over every PUT in flight.
constexpr qint64 kInMemoryBytes = 64 * 1024;

} // namespace

PutObjectJob::PutObjectJob(S3Client *client, PutObjectRequest request)
    : S3Job(client)
    , m_request(std::move(request))
{}

void PutObjectJob::start()
{
    if (!m_request.contentMd5.isEmpty() || (m_request.bodyDevice && m_request.filePath.isEmpty()))
        return sendWith(m_request.contentMd5, {});
    if (!m_request.filePath.isEmpty()) {
        struct Read
        {
            BodyDigest digest;
            QByteArray bytes;
            bool inMemory = false;
        };
        runOffThread(
            this,
            [path = m_request.filePath] {
                Read r;
                QFile file(path);
                if (file.size() <= kInMemoryBytes && file.open(QIODevice::ReadOnly)) {
                    r.bytes = file.read(kInMemoryBytes + 1); // it may have grown since
                    if (file.error() == QFileDevice::NoError && r.bytes.size() <= kInMemoryBytes) {
                        r.inMemory = true;
                        r.digest = digestBytes(r.bytes, false);
                        return r;
                    }
                    r.bytes.clear();
                }
                r.digest = digestFile(path, 0, -1, false);
                return r;
            },
            [this](const Read &r) {
                if (!r.digest.error.isOk())
                    return finishWithError(r.digest.error);
                m_md5Hex = r.digest.md5Hex;
                m_fileBytes = r.bytes;
                m_fromMemory = r.inMemory;
                sendWith(r.digest.md5Base64, {});
            });
        return;
    }
    runOffThread(
        this,
        [data = m_request.data] { return digestBytes(data, true); },
        [this](const BodyDigest &d) {
            m_md5Hex = d.md5Hex;
            sendWith(d.md5Base64, d.sha256Hex);
        });
}

void PutObjectJob::sendWith(const QByteArray &md5Base64, const QByteArray &sha256Hex)
{
    if (isDone())
        return;
    HttpRequest r = m_client->request("PUT", m_request.bucket, m_request.key);
    if (m_fromMemory) {
        // The bytes the MD5 was computed over: one copy, no file opened on this thread, and none
        // of the device's reads handed between this thread and the network's.
        r.body = m_fileBytes;
        r.payloadHash = "UNSIGNED-PAYLOAD";
    } else if (!m_request.filePath.isEmpty()) {
        const QString path = m_request.filePath;
        r.bodySize = QFileInfo(path).size();
        r.bodyDevice = FileSliceDevice::factory(path, 0, r.bodySize); // read off this thread
        r.payloadHash = "UNSIGNED-PAYLOAD";
    } else if (m_request.bodyDevice) {
        r.bodyDevice = m_request.bodyDevice;
        r.bodySize = m_request.bodySize;
        r.payloadHash = "UNSIGNED-PAYLOAD";
    } else {
        r.body = m_request.data;
        r.payloadHash = sha256Hex; // hashed here, off the GUI thread, rather than by the signer
    }
    if (!md5Base64.isEmpty())
        r.setHeader("Content-MD5", md5Base64);
    if (!m_request.contentType.isEmpty())
        r.setHeader("Content-Type", m_request.contentType.toUtf8());
    for (auto it = m_request.metadata.cbegin(); it != m_request.metadata.cend(); ++it)
        r.setHeader("x-amz-meta-" + it.key().toLower().toUtf8(), it.value().toUtf8());
    for (const HttpHeader &h : m_request.headers)
        r.setHeader(h.name, h.value);
    SendOptions o = m_client->sendOptions(m_request.bucket);
    send(std::move(r), o, [this](const HttpResponse &response) {
        if (!response.error.isOk())
            return finishWithError(response.error);
        finish({ApiError::ok(), response.header("ETag"), m_md5Hex});
    });
}

void PutObjectJob::finish(const PutObjectResult &result)
{
    if (markDone())
        Q_EMIT finished(result);
}
