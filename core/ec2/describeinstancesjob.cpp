// SPDX-License-Identifier: GPL-3.0-or-later
#include "ec2/describeinstancesjob.h"

#include "ec2/ec2apiversions.h"
#include "ec2/ec2client.h"
#include "ec2/ec2paging.h"
#include "ec2/ec2parsers.h"
#include "transport/exchange.h"
#include "transport/httptransport.h"
#include "transport/offthread.h"

DescribeInstancesJob::DescribeInstancesJob(Ec2Client *client, DescribeInstancesRequest request)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
{}

void DescribeInstancesJob::start()
{
    send();
}

void DescribeInstancesJob::send()
{
    HttpRequest r = m_client->request(m_request.region, "DescribeInstances");
    Ec2Paging::addPageParameters(r,
        m_request.instanceIds,
        m_request.maxResults,
        Ec2ApiVersions::offers(Ec2ApiVersions::Feature::DescribeInstancesPaging, m_client->apiVersion()),
        m_nextToken);
    m_exchange = m_client->transport()->send(std::move(r), m_client->sendOptions(m_request.region));
    connect(m_exchange, &Exchange::finished, this, &DescribeInstancesJob::onResponse);
}

void DescribeInstancesJob::abort()
{
    if (m_exchange)
        m_exchange->abort();
    else
        finish(ApiError(ApiError::Kind::Aborted, tr("cancelled")));
}

void DescribeInstancesJob::onResponse(const HttpResponse &response)
{
    m_exchange = nullptr;
    if (!response.error.isOk())
        return finish(response.error);
    runOffThread(
        this,
        [body = response.body] { return parseDescribeInstances(body); },
        [this](Result<InstancePage> parsed) {
            if (m_done)
                return;
            if (!parsed.isOk())
                return finish(parsed.error());
            InstancePage page = parsed.takeValue();
            ++m_pages;
            m_instances += page.instances;
            Q_EMIT pageArrived(page.instances);
            if (m_done) // aborted from a slot
                return;
            if (const auto end = Ec2Paging::afterPage(m_followed, page.nextToken, m_pages))
                return finish(*end);
            m_nextToken = page.nextToken;
            send();
        });
}

void DescribeInstancesJob::finish(ApiError error)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished({std::move(error), m_instances, m_pages});
    deleteLater();
}
