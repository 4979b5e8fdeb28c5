// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QMap>

#include "s3/s3job.h"

class QIODevice;

// The body comes from exactly one of: `data` (in memory), `filePath` (streamed from disk by a
// FileSliceDevice, which reads on worker threads), or `bodyDevice` + `bodySize` (any device; no
// Content-MD5 unless contentMd5 is given).
struct PutObjectRequest
{
    QString bucket;
    QString key;
    QByteArray data;
    QString filePath;
    std::function<std::unique_ptr<QIODevice>()> bodyDevice;
    qint64 bodySize = -1;
    QByteArray contentMd5; // base64; computed off the GUI thread for data and files when empty
    QString contentType;
    QMap<QString, QString> metadata; // sent as x-amz-meta-NAME
    QList<HttpHeader> headers;       // sent as given (Cache-Control, x-amz-website-redirect-location…)
};

struct PutObjectResult
{
    ApiError error;
    QByteArray etag;
    QByteArray md5Hex; // what was sent as Content-MD5, hex (empty when none was sent)
};

// PutObject. Streamed bodies are signed UNSIGNED-PAYLOAD (SigV4) and protected by Content-MD5,
// so a file is read twice (hash, then send) but never held in memory.
class PutObjectJob final : public S3Job
{
    Q_OBJECT
public:
    PutObjectJob(S3Client *client, PutObjectRequest request);
    void start();

Q_SIGNALS:
    void finished(const PutObjectResult &result);

private:
    void finishWithError(const ApiError &error) override { finish({error, {}, {}}); }
    void sendWith(const QByteArray &md5Base64, const QByteArray &sha256Hex);
    void finish(const PutObjectResult &result);

    PutObjectRequest m_request;
    QByteArray m_md5Hex;
    QByteArray m_fileBytes; // a small file, read once off the GUI thread and sent from memory
    bool m_fromMemory = false;
};
