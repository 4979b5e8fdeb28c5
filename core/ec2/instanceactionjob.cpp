// SPDX-License-Identifier: GPL-3.0-or-later
#include "ec2/instanceactionjob.h"

#include <QTimer>

#include "ec2/ec2client.h"
#include "transport/exchange.h"
#include "transport/httptransport.h"
#include "transport/offthread.h"

InstanceActionJob::InstanceActionJob(
    Ec2Client *client, Action action, QString region, QStringList instanceIds)
    : QObject(client)
    , m_client(client)
    , m_action(action)
    , m_region(std::move(region))
    , m_ids(std::move(instanceIds))
{}

QByteArray InstanceActionJob::actionName(Action action)
{
    switch (action) {
    case Action::Start:
        return "StartInstances";
    case Action::Stop:
        return "StopInstances";
    case Action::Reboot:
        return "RebootInstances";
    case Action::Terminate:
        return "TerminateInstances";
    }
    return {};
}

void InstanceActionJob::start()
{
    if (m_ids.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            finish({ApiError(ApiError::Kind::InvalidInput, tr("no instance id given")), {}});
        });
        return;
    }
    HttpRequest r = m_client->request(m_region, actionName(m_action));
    for (int i = 0; i < m_ids.size(); ++i)
        r.addForm("InstanceId." + QByteArray::number(i + 1), m_ids.at(i).toUtf8());
    m_exchange = m_client->transport()->send(std::move(r), m_client->sendOptions(m_region));
    connect(m_exchange, &Exchange::finished, this, &InstanceActionJob::onResponse);
}

void InstanceActionJob::abort()
{
    if (m_exchange)
        m_exchange->abort();
    else
        finish({ApiError(ApiError::Kind::Aborted, tr("cancelled")), {}});
}

void InstanceActionJob::onResponse(const HttpResponse &response)
{
    m_exchange = nullptr;
    if (!response.error.isOk())
        return finish({response.error, {}});
    const QString root = QString::fromLatin1(actionName(m_action) + "Response");
    runOffThread(
        this,
        [body = response.body, root] { return parseInstanceStateChanges(body, root); },
        [this](Result<QList<InstanceStateChange>> parsed) {
            if (!parsed.isOk())
                return finish({parsed.error(), {}});
            finish({ApiError::ok(), parsed.takeValue()});
        });
}

void InstanceActionJob::finish(InstanceActionResult result)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(result);
    deleteLater();
}
