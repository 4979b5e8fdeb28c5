// SPDX-License-Identifier: GPL-3.0-or-later
#include "website/objectredirectjob.h"

#include <QCoreApplication>
#include <QUrl>

#include "s3/copyobjectjob.h"
#include "s3/headobjectjob.h"
#include "s3/putobjectjob.h"
#include "s3/s3client.h"
#include "transport/httpresponse.h"

using namespace Qt::StringLiterals;

namespace {

constexpr auto kHeader = "x-amz-website-redirect-location";

} // namespace

ObjectRedirectJob::ObjectRedirectJob(S3Client *client, QString bucket, QString key, QString target)
    : S3Job(client)
    , m_bucket(std::move(bucket))
    , m_key(std::move(key))
    , m_target(std::move(target))
{}

QString ObjectRedirectJob::problem(const QString &target)
{
    if (target.isEmpty())
        return tr("The redirect target is empty.");
    if (target.size() > 2048)
        return tr("The redirect target is longer than 2,048 characters.");
    for (const QChar c : target) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return tr("The redirect target contains a control character.");
    }
    if (target.startsWith(u'/'))
        return {};
    if (target.startsWith(u"http://") || target.startsWith(u"https://")) {
        const QUrl url(target, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return tr("The redirect target %1 is not a valid URL.").arg(target);
        return {};
    }
    return tr("The redirect target must start with /, http:// or https:// (got %1).").arg(target);
}

void ObjectRedirectJob::start()
{
    const QString why = problem(m_target);
    if (!why.isEmpty())
        return finish(ApiError(ApiError::Kind::InvalidInput, why));
    HeadObjectJob *head = m_client->headObject({m_bucket, m_key});
    connect(head, &HeadObjectJob::finished, this, [this](const HeadObjectResult &h) {
        const QList<HttpHeader> headers {{kHeader, m_target.toUtf8()}};
        if (h.error.httpStatus() == 404) {
            m_result.created = true;
            PutObjectRequest put;
            put.bucket = m_bucket;
            put.key = m_key;
            put.headers = headers;
            PutObjectJob *job = m_client->putObject(put);
            connect(
                job, &PutObjectJob::finished, this, [this](const PutObjectResult &r) { finish(r.error); });
            return job->start();
        }
        if (!h.error.isOk())
            return finish(h.error);
        copyInPlace(h.head.contentType, h.head.metadata);
    });
    head->start();
}

void ObjectRedirectJob::copyInPlace(const QString &contentType, const QMap<QString, QString> &metadata)
{
    HttpRequest r = m_client->request("PUT", m_bucket, m_key);
    r.setHeader("x-amz-copy-source", CopyObjectJob::copySource(m_bucket, m_key));
    // S3 refuses a copy onto itself that changes nothing; REPLACE with what the object had.
    r.setHeader("x-amz-metadata-directive", "REPLACE");
    if (!contentType.isEmpty())
        r.setHeader("Content-Type", contentType.toUtf8());
    for (auto it = metadata.cbegin(); it != metadata.cend(); ++it)
        r.setHeader("x-amz-meta-" + it.key().toUtf8(), it.value().toUtf8());
    r.setHeader(kHeader, m_target.toUtf8());
    send(std::move(r), m_client->sendOptions(m_bucket), [this](const HttpResponse &response) {
        if (!response.error.isOk())
            return finish(response.error);
        // CopyObject may report an error inside a 200; the body is a few hundred bytes.
        if (response.body.contains("<Error>"))
            return finish(ApiError(ApiError::Kind::Service,
                tr("The copy that sets the redirect failed: %1")
                    .arg(QString::fromUtf8(response.body.left(300)))));
        finish(ApiError::ok());
    });
}

void ObjectRedirectJob::finish(const ApiError &error)
{
    if (!markDone())
        return;
    m_result.error = error;
    Q_EMIT finished(m_result);
}
