// SPDX-License-Identifier: GPL-3.0-or-later
#include "ec2/describeregionsjob.h"

#include "ec2/ec2client.h"
#include "ec2/ec2parsers.h"
#include "transport/exchange.h"
#include "transport/httptransport.h"
#include "transport/offthread.h"

DescribeRegionsJob::DescribeRegionsJob(Ec2Client *client, QString region)
    : QObject(client)
    , m_client(client)
    , m_region(std::move(region))
{}

void DescribeRegionsJob::start()
{
    m_exchange = m_client->transport()->send(
        m_client->request(m_region, "DescribeRegions"), m_client->sendOptions(m_region));
    connect(m_exchange, &Exchange::finished, this, &DescribeRegionsJob::onResponse);
}

void DescribeRegionsJob::abort()
{
    if (m_exchange)
        m_exchange->abort();
    else
        finish({ApiError(ApiError::Kind::Aborted, tr("cancelled")), {}});
}

void DescribeRegionsJob::onResponse(const HttpResponse &response)
{
    m_exchange = nullptr;
    if (!response.error.isOk())
        return finish({response.error, {}});
    runOffThread(
        this,
        [body = response.body] { return parseDescribeRegions(body); },
        [this](Result<QList<Ec2Region>> parsed) {
            if (!parsed.isOk())
                return finish({parsed.error(), {}});
            finish({ApiError::ok(), parsed.takeValue()});
        });
}

void DescribeRegionsJob::finish(DescribeRegionsResult result)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(result);
    deleteLater();
}
