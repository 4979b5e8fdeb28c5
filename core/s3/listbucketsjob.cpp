// SPDX-License-Identifier: GPL-3.0-or-later
#include "s3/listbucketsjob.h"

#include "s3/listobjectsparser.h"
#include "s3/s3client.h"
#include "transport/exchange.h"
#include "transport/httptransport.h"
#include "transport/offthread.h"

ListBucketsJob::ListBucketsJob(S3Client *client)
    : QObject(client)
    , m_client(client)
{}

void ListBucketsJob::start()
{
    m_exchange = m_client->transport()->send(m_client->request("GET", {}), m_client->sendOptions({}));
    connect(m_exchange, &Exchange::finished, this, &ListBucketsJob::onResponse);
}

void ListBucketsJob::abort()
{
    if (m_exchange)
        m_exchange->abort();
    else
        finish({ApiError(ApiError::Kind::Aborted, tr("cancelled")), {}});
}

void ListBucketsJob::onResponse(const HttpResponse &response)
{
    m_exchange = nullptr;
    if (!response.error.isOk())
        return finish({response.error, {}});
    // Parsed on the pool: the GUI thread never reads XML.
    runOffThread(
        this,
        [body = response.body] { return parseListBuckets(body); },
        [this](Result<BucketList> parsed) {
            if (!parsed.isOk())
                return finish({parsed.error(), {}});
            finish({ApiError::ok(), parsed.takeValue()});
        });
}

void ListBucketsJob::finish(ListBucketsResult result)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(result);
    deleteLater();
}
