// SPDX-License-Identifier: GPL-3.0-or-later
#include "website/putbucketwebsitejob.h"

#include <QCryptographicHash>

#include "s3/s3client.h"
#include "transport/httpresponse.h"
#include "website/websitesupport.h"

using namespace Qt::StringLiterals;

PutBucketWebsiteJob::PutBucketWebsiteJob(
    S3Client *client, QString bucket, std::optional<WebsiteConfiguration> configuration)
    : S3Job(client)
    , m_bucket(std::move(bucket))
    , m_configuration(std::move(configuration))
{}

void PutBucketWebsiteJob::start()
{
    QString why;
    const auto dialect = WebsiteSupport::dialect(m_client->profile().provider, &why);
    if (!dialect)
        return finishWithError(ApiError(ApiError::Kind::InvalidInput, why));
    if (m_configuration && m_configuration->dialect() != *dialect)
        return finishWithError(ApiError(ApiError::Kind::InvalidInput,
            tr("This configuration is for another cloud's website settings; read it from this bucket "
               "first.")));
    if (m_configuration) {
        const QStringList problems = m_configuration->problems();
        if (!problems.isEmpty())
            return finishWithError(ApiError(ApiError::Kind::InvalidInput, problems.join(u' ')));
    }
    const bool google = *dialect == WebsiteConfiguration::Dialect::Gcs;
    HttpRequest r = m_client->request(m_configuration || google ? "PUT" : "DELETE", m_bucket);
    r.addBareQuery(WebsiteSupport::subresource(*dialect));
    if (m_configuration)
        r.body = m_configuration->toXml();
    else if (google) // GCS has no DELETE ?websiteConfig: an empty configuration turns hosting off
        r.body = WebsiteConfiguration(WebsiteConfiguration::Dialect::Gcs).toXml();
    if (!r.body.isEmpty()) {
        r.setHeader("Content-Type", "application/xml");
        r.setHeader("Content-MD5", QCryptographicHash::hash(r.body, QCryptographicHash::Md5).toBase64());
    }
    send(std::move(r), m_client->sendOptions(m_bucket), [this](const HttpResponse &response) {
        finishWithError(response.error);
    });
}

void PutBucketWebsiteJob::finishWithError(const ApiError &error)
{
    if (markDone())
        Q_EMIT finished({error});
}
