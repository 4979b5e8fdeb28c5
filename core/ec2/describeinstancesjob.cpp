// SPDX-License-Identifier: GPL-3.0-or-later
#include "ec2/describeinstancesjob.h"

#include "ec2/ec2apiversions.h"
#include "ec2/ec2client.h"
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
    for (int i = 0; i < m_request.instanceIds.size(); ++i)
        r.addForm("InstanceId." + QByteArray::number(i + 1), m_request.instanceIds.at(i).toUtf8());
    const bool paged
        = Ec2ApiVersions::offers(Ec2ApiVersions::Feature::DescribeInstancesPaging, m_client->apiVersion());
    if (paged && m_request.instanceIds.isEmpty() && m_request.maxResults > 0)
        r.addForm("MaxResults", QByteArray::number(m_request.maxResults));
    if (!m_nextToken.isEmpty())
        r.addForm("NextToken", m_nextToken.toUtf8());
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
            if (page.nextToken.isEmpty())
                return finish(ApiError::ok());
            if (page.nextToken == m_nextToken)
                return finish(ApiError(ApiError::Kind::Parse,
                    tr("EC2 answered the same NextToken twice; stopped after %n page(s)", nullptr, m_pages)));
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
