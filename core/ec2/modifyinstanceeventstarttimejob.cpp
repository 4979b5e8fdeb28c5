// SPDX-License-Identifier: GPL-3.0-or-later
#include "ec2/modifyinstanceeventstarttimejob.h"

#include <QTimer>

#include "ec2/ec2apiversions.h"
#include "ec2/ec2client.h"
#include "ec2/ec2parsers.h"
#include "transport/exchange.h"
#include "transport/httptransport.h"
#include "transport/offthread.h"

using namespace Qt::StringLiterals;

ModifyInstanceEventStartTimeJob::ModifyInstanceEventStartTimeJob(
    Ec2Client *client, ModifyInstanceEventStartTimeRequest request)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
{}

void ModifyInstanceEventStartTimeJob::start()
{
    QString refusal;
    if (!m_client->offers(u"ModifyInstanceEventStartTime")) {
        refusal
            = tr("ModifyInstanceEventStartTime is not offered by EC2 API version %1 (it needs %2 or "
                 "later): events cannot be rescheduled on this cloud")
                  .arg(m_client->apiVersion(), Ec2ApiVersions::introducedIn(u"ModifyInstanceEventStartTime"));
    } else if (m_request.instanceId.isEmpty()) {
        refusal = tr("no instance id given");
    } else if (m_request.instanceEventId.isEmpty()) {
        refusal = tr("no event id given");
    } else if (!m_request.notBefore.isValid()) {
        refusal = tr("no valid new start time given");
    }
    if (!refusal.isEmpty()) {
        QTimer::singleShot(0, this, [this, refusal] {
            finish({ApiError(ApiError::Kind::InvalidInput, refusal), {}});
        });
        return;
    }
    HttpRequest r = m_client->request(m_request.region, "ModifyInstanceEventStartTime");
    r.addForm("InstanceId", m_request.instanceId.toUtf8());
    r.addForm("InstanceEventId", m_request.instanceEventId.toUtf8());
    r.addForm("NotBefore", m_request.notBefore.toUTC().toString(Qt::ISODate).toUtf8());
    // Setting the same start twice has the same effect, so a retry is safe.
    m_exchange = m_client->transport()->send(std::move(r), m_client->sendOptions(m_request.region));
    connect(m_exchange, &Exchange::finished, this, &ModifyInstanceEventStartTimeJob::onResponse);
}

void ModifyInstanceEventStartTimeJob::abort()
{
    if (m_exchange)
        m_exchange->abort();
    else
        finish({ApiError(ApiError::Kind::Aborted, tr("cancelled")), {}});
}

void ModifyInstanceEventStartTimeJob::onResponse(const HttpResponse &response)
{
    m_exchange = nullptr;
    if (!response.error.isOk())
        return finish({response.error, {}});
    runOffThread(
        this,
        [body = response.body] { return parseModifyInstanceEventStartTime(body); },
        [this](Result<Ec2Event> parsed) {
            if (!parsed.isOk())
                return finish({parsed.error(), {}});
            finish({ApiError::ok(), parsed.takeValue()});
        });
}

void ModifyInstanceEventStartTimeJob::finish(ModifyInstanceEventStartTimeResult result)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(result);
    deleteLater();
}
