// SPDX-License-Identifier: GPL-3.0-or-later
#include "ec2/describeinstancestatusjob.h"

#include <QTimer>

#include "ec2/ec2apiversions.h"
#include "ec2/ec2client.h"
#include "ec2/ec2paging.h"
#include "ec2/ec2parsers.h"
#include "transport/exchange.h"
#include "transport/httptransport.h"
#include "transport/offthread.h"

using namespace Qt::StringLiterals;

DescribeInstanceStatusJob::DescribeInstanceStatusJob(Ec2Client *client, DescribeInstanceStatusRequest request)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
{}

void DescribeInstanceStatusJob::start()
{
    if (!m_client->offers(u"DescribeInstanceStatus")) {
        // Refused here rather than sent to fail: the cloud would answer with a version error.
        ApiError error(ApiError::Kind::InvalidInput,
            tr("%1 speaks EC2 API version %2, which has no DescribeInstanceStatus (it arrived with %3): "
               "status checks and scheduled events are not available")
                .arg(m_client->profile().name,
                    m_client->apiVersion(),
                    Ec2ApiVersions::introducedIn(u"DescribeInstanceStatus")));
        QTimer::singleShot(0, this, [this, error] { finish(error); });
        return;
    }
    send();
}

void DescribeInstanceStatusJob::send()
{
    HttpRequest r = m_client->request(m_request.region, "DescribeInstanceStatus");
    r.addForm("IncludeAllInstances", "true");
    Ec2Paging::addPageParameters(r, m_request.instanceIds, m_request.maxResults, true, m_nextToken);
    m_exchange = m_client->transport()->send(std::move(r), m_client->sendOptions(m_request.region));
    connect(m_exchange, &Exchange::finished, this, &DescribeInstanceStatusJob::onResponse);
}

void DescribeInstanceStatusJob::abort()
{
    if (m_exchange)
        m_exchange->abort();
    else
        finish(ApiError(ApiError::Kind::Aborted, tr("cancelled")));
}

void DescribeInstanceStatusJob::onResponse(const HttpResponse &response)
{
    m_exchange = nullptr;
    if (!response.error.isOk())
        return finish(response.error);
    runOffThread(
        this,
        [body = response.body] { return parseDescribeInstanceStatus(body); },
        [this](Result<InstanceStatusPage> parsed) {
            if (m_done)
                return;
            if (!parsed.isOk())
                return finish(parsed.error());
            InstanceStatusPage page = parsed.takeValue();
            ++m_pages;
            m_statuses += page.statuses;
            Q_EMIT pageArrived(page.statuses);
            if (m_done)
                return;
            if (const auto end = Ec2Paging::afterPage(m_followed, page.nextToken, m_pages))
                return finish(*end);
            m_nextToken = page.nextToken;
            send();
        });
}

void DescribeInstanceStatusJob::finish(ApiError error)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished({std::move(error), m_statuses, m_pages});
    deleteLater();
}
