// SPDX-License-Identifier: GPL-3.0-or-later
#include "website/getbucketwebsitejob.h"

#include "s3/s3client.h"
#include "transport/httpresponse.h"
#include "transport/offthread.h"
#include "website/websitesupport.h"

GetBucketWebsiteJob::GetBucketWebsiteJob(S3Client *client, QString bucket)
    : S3Job(client)
    , m_bucket(std::move(bucket))
{}

void GetBucketWebsiteJob::start()
{
    QString why;
    const auto dialect = WebsiteSupport::dialect(m_client->profile().provider, &why);
    if (!dialect)
        return finishWithError(ApiError(ApiError::Kind::InvalidInput, why));
    HttpRequest r = m_client->request("GET", m_bucket);
    r.addBareQuery(WebsiteSupport::subresource(*dialect));
    send(std::move(r), m_client->sendOptions(m_bucket), [this, d = *dialect](const HttpResponse &response) {
        if (response.status == 404 && response.error.serviceCode() == u"NoSuchWebsiteConfiguration")
            return finish({ApiError::ok(), std::nullopt, {}});
        if (!response.error.isOk())
            return finish({response.error, std::nullopt, {}});
        runOffThread(
            this,
            [body = response.body, d] { return WebsiteConfiguration::parse(body, d); },
            [this, body = response.body](Result<WebsiteConfiguration> parsed) {
                if (!parsed.isOk())
                    return finish({parsed.error(), std::nullopt, body});
                const WebsiteConfiguration &c = parsed.value();
                // GCS answers an empty WebsiteConfiguration when hosting is off.
                if (c.dialect() == WebsiteConfiguration::Dialect::Gcs && !c.indexSuffix && !c.errorKey
                    && c.keptRoot.isEmpty())
                    return finish({ApiError::ok(), std::nullopt, body});
                finish({ApiError::ok(), parsed.takeValue(), body});
            });
    });
}

void GetBucketWebsiteJob::finish(GetBucketWebsiteResult result)
{
    if (markDone())
        Q_EMIT finished(result);
}
