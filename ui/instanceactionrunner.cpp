// SPDX-License-Identifier: GPL-3.0-or-later
#include "instanceactionrunner.h"

#include <QTimer>

#include "ec2/describeinstancesjob.h"
#include "ec2/ec2apiversions.h"
#include "ec2/ec2client.h"
#include "ec2loader.h"
#include "instancesmodel.h"

namespace {

// "%1: reboot accepted" as one sentence per action (a translated verb cannot be lower-cased safely).
QString acceptedText(InstanceActionRunner::Action action)
{
    using Action = InstanceActionRunner::Action;
    switch (action) {
    case Action::Start:
        return InstanceActionRunner::tr("%1: start accepted");
    case Action::Stop:
        return InstanceActionRunner::tr("%1: stop accepted");
    case Action::Reboot:
        return InstanceActionRunner::tr("%1: reboot accepted");
    case Action::Terminate:
        return InstanceActionRunner::tr("%1: terminate accepted");
    }
    return QStringLiteral("%1");
}

} // namespace

InstanceActionRunner::InstanceActionRunner(Ec2Loader *loader, InstancesModel *instances, QObject *parent)
    : QObject(parent)
    , m_loader(loader)
    , m_instances(instances)
{}

QString InstanceActionRunner::actionLabel(Action action)
{
    switch (action) {
    case Action::Start:
        return tr("Start");
    case Action::Stop:
        return tr("Stop");
    case Action::Reboot:
        return tr("Reboot");
    case Action::Terminate:
        return tr("Terminate");
    }
    return {};
}

QString InstanceActionRunner::unavailableReason(const QString &cloud, Action action) const
{
    const QString name = QString::fromLatin1(InstanceActionJob::actionName(action));
    const QString version = m_loader->apiVersion(cloud);
    if (!Ec2ApiVersions::offers(name, version))
        return tr("%1 speaks EC2 API version %2, which has no %3 (it came with %4).")
            .arg(cloud, version, name, Ec2ApiVersions::introducedIn(name));
    return {};
}

void InstanceActionRunner::run(
    const QString &cloud, const QString &region, Action action, const QString &instanceId)
{
    const QString reason = unavailableReason(cloud, action);
    Ec2Client *client = reason.isEmpty() ? m_loader->client(cloud) : nullptr;
    if (!client) {
        const QString why = !reason.isEmpty()
            ? reason
            : tr("The keys of %1 have not been read yet: refresh first.").arg(cloud);
        // Never before run() returns, as for a job.
        QTimer::singleShot(
            0, this, [this, instanceId, action, why] { Q_EMIT finished(instanceId, action, false, why); });
        return;
    }
    ++m_running;
    InstanceActionJob *job = client->instanceAction(action, region, {instanceId});
    connect(job, &InstanceActionJob::finished, this, [=](const InstanceActionResult &result) {
        --m_running;
        if (!result.error.isOk()) {
            Q_EMIT finished(instanceId, action, false, result.error.humanSentence());
            return;
        }
        m_instances->applyStateChanges({cloud, region}, result.changes);
        QString message;
        if (!result.changes.isEmpty()) {
            const InstanceStateChange &c = result.changes.first();
            message = tr("%1: %2 → %3").arg(instanceId, c.previousState, c.currentState);
        } else {
            message = acceptedText(action).arg(instanceId);
        }
        Q_EMIT finished(instanceId, action, true, message);
        describeAgain(cloud, region, instanceId);
    });
    job->start();
}

void InstanceActionRunner::describeAgain(
    const QString &cloud, const QString &region, const QString &instanceId)
{
    Ec2Client *client = m_loader->client(cloud);
    if (!client)
        return;
    DescribeInstancesRequest request;
    request.region = region;
    request.instanceIds = {instanceId};
    DescribeInstancesJob *job = client->describeInstances(request);
    connect(
        job, &DescribeInstancesJob::finished, this, [this, cloud, region](const DescribeInstancesResult &r) {
            if (r.error.isOk())
                m_instances->updateInstances({cloud, region}, r.instances);
        });
    job->start();
}
