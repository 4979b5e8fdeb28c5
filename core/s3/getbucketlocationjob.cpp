// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3/getbucketlocationjob.h"

#include "s3/listobjectsparser.h"
#include "s3/s3client.h"
#include "transport/exchange.h"
#include "transport/httptransport.h"
#include "transport/offthread.h"

GetBucketLocationJob::GetBucketLocationJob(S3Client *client, QString bucket)
    : QObject(client)
    , m_client(client)
    , m_bucket(std::move(bucket))
{}

void GetBucketLocationJob::start()
{
    HttpRequest r = m_client->request("GET", m_bucket);
    r.addBareQuery("location");
    m_exchange = m_client->transport()->send(std::move(r), m_client->sendOptions(m_bucket));
    connect(m_exchange, &Exchange::finished, this, &GetBucketLocationJob::onResponse);
}

void GetBucketLocationJob::abort()
{
    if (m_exchange)
        m_exchange->abort();
    else
        finish({ApiError(ApiError::Kind::Aborted, tr("cancelled")), m_bucket, {}});
}

void GetBucketLocationJob::onResponse(const HttpResponse &response)
{
    m_exchange = nullptr;
    if (!response.error.isOk())
        return finish({response.error, m_bucket, {}});
    runOffThread(
        this,
        [body = response.body] { return parseBucketLocation(body); },
        [this](Result<QString> parsed) {
            if (!parsed.isOk())
                return finish({parsed.error(), m_bucket, {}});
            finish({ApiError::ok(), m_bucket, parsed.takeValue()});
        });
}

void GetBucketLocationJob::finish(GetBucketLocationResult result)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(result);
    deleteLater();
}
