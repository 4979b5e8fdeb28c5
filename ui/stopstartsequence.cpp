// SPDX-License-Identifier: GPL-3.0-or-later
#include "stopstartsequence.h"

#include "ec2/describeinstancesjob.h"
#include "ec2/ec2client.h"
#include "ec2loader.h"
#include "instanceactionrunner.h"

namespace {

constexpr int kMaxPolls = 150; // with the default 4 s: ten minutes to stop

} // namespace

StopStartSequence::StopStartSequence(Ec2Loader *loader,
    InstanceActionRunner *runner,
    QString cloud,
    QString region,
    QString instanceId,
    QObject *parent)
    : QObject(parent)
    , m_loader(loader)
    , m_runner(runner)
    , m_cloud(std::move(cloud))
    , m_region(std::move(region))
    , m_id(std::move(instanceId))
{
    m_poll.setInterval(4000);
    m_poll.setSingleShot(true);
    connect(&m_poll, &QTimer::timeout, this, &StopStartSequence::poll);
    connect(m_runner,
        &InstanceActionRunner::finished,
        this,
        [this](const QString &id, InstanceActionRunner::Action action, bool ok, const QString &message) {
            if (id != m_id)
                return;
            if (action == InstanceActionRunner::Action::Stop && !m_starting) {
                if (!ok)
                    return done(false, tr("Stopping %1 failed: %2").arg(m_id, message));
                Q_EMIT progress(tr("Stopping %1…").arg(m_id));
                m_poll.start();
            } else if (action == InstanceActionRunner::Action::Start && m_starting) {
                done(ok,
                    ok ? tr("%1 stopped and started again: %2").arg(m_id, message)
                       : tr("%1 is stopped, but starting it failed: %2").arg(m_id, message));
            }
        });
}

void StopStartSequence::start()
{
    Q_EMIT progress(tr("Stopping %1…").arg(m_id));
    m_runner->run(m_cloud, m_region, InstanceActionRunner::Action::Stop, m_id);
}

void StopStartSequence::poll()
{
    Ec2Client *client = m_loader->client(m_cloud);
    if (!client)
        return done(false, tr("The keys of %1 are no longer available.").arg(m_cloud));
    DescribeInstancesRequest request;
    request.region = m_region;
    request.instanceIds = {m_id};
    DescribeInstancesJob *job = client->describeInstances(request);
    connect(job, &DescribeInstancesJob::finished, this, [this](const DescribeInstancesResult &r) {
        const QString state = r.instances.isEmpty() ? QString() : r.instances.first().stateName;
        if (r.error.isOk() && state == QLatin1String("stopped")) {
            m_starting = true;
            Q_EMIT progress(tr("Starting %1…").arg(m_id));
            return m_runner->run(m_cloud, m_region, InstanceActionRunner::Action::Start, m_id);
        }
        if (++m_polls >= kMaxPolls)
            return done(false, tr("%1 did not stop in time (still %2).").arg(m_id, state));
        m_poll.start(); // a failed look is tried again: the next one may answer
    });
    job->start();
}

void StopStartSequence::done(bool ok, const QString &message)
{
    Q_EMIT finished(ok, message);
    deleteLater();
}
