// SPDX-License-Identifier: GPL-3.0-or-later
#include "ec2/ec2refresh.h"

#include <QTimer>

#include "ec2/describeinstancesjob.h"
#include "ec2/describeinstancestatusjob.h"
#include "ec2/ec2client.h"
#include "transport/httptransport.h"

using namespace Qt::StringLiterals;

Ec2Refresh::Ec2Refresh(HttpTransport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{}

Ec2Refresh::~Ec2Refresh()
{
    // The clients own their jobs; deleting them mid-flight ends the jobs without a signal.
    qDeleteAll(m_clients);
}

QList<Ec2Target> Ec2Refresh::targets() const
{
    QList<Ec2Target> all;
    for (const TargetState &t : m_targets)
        all.append(t.target);
    return all;
}

void Ec2Refresh::start(const QList<Source> &sources)
{
    if (m_running) {
        qWarning("Ec2Refresh::start: a refresh is still running");
        return;
    }
    m_running = true;
    m_aborting = false;
    qDeleteAll(m_clients);
    m_clients.clear();
    m_targets.clear();
    m_queue.clear();
    m_inFlight.clear();
    for (const Source &source : sources) {
        if (!source.profile.hasEc2())
            continue;
        auto *client = new Ec2Client(m_transport, source.profile, source.credentials);
        m_clients.append(client);
        QStringList regions = source.regions.isEmpty() ? source.profile.regions : source.regions;
        if (regions.isEmpty())
            regions = QStringList {source.profile.regionOrDefault({})};
        const bool hasStatus = client->offers(u"DescribeInstanceStatus");
        for (const QString &region : std::as_const(regions)) {
            TargetState t;
            t.target = {source.profile.name, region};
            t.client = client;
            t.endpoint = HttpTransport::endpointKey(client->request(region, "DescribeInstances"));
            t.pending = hasStatus ? 2 : 1;
            const int index = int(m_targets.size());
            m_targets.append(t);
            m_queue.append({index, false});
            if (hasStatus)
                m_queue.append({index, true});
        }
    }
    if (m_targets.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            m_running = false;
            Q_EMIT allDone();
        });
        return;
    }
    // Started from the event loop, so that no signal comes before start() returns.
    QTimer::singleShot(0, this, &Ec2Refresh::pump);
}

void Ec2Refresh::abort()
{
    if (!m_running || m_aborting)
        return;
    m_aborting = true;
    const QList<Work> waiting = std::exchange(m_queue, {});
    for (const Work &w : waiting)
        workDone(w, ApiError(ApiError::Kind::Aborted, tr("cancelled")));
    const QList<QPointer<QObject>> jobs = m_jobs;
    for (const QPointer<QObject> &job : jobs) {
        if (auto *instances = qobject_cast<DescribeInstancesJob *>(job))
            instances->abort();
        else if (auto *status = qobject_cast<DescribeInstanceStatusJob *>(job))
            status->abort();
    }
}

void Ec2Refresh::pump()
{
    for (int i = 0; i < m_queue.size();) {
        const Work w = m_queue.at(i);
        int &inFlight = m_inFlight[m_targets.at(w.target).endpoint];
        if (inFlight >= m_limit) {
            ++i;
            continue;
        }
        ++inFlight;
        m_queue.removeAt(i);
        run(w);
    }
}

void Ec2Refresh::run(const Work &work)
{
    const TargetState &t = m_targets.at(work.target);
    const Ec2Target target = t.target;
    if (work.status) {
        DescribeInstanceStatusRequest request;
        request.region = target.region;
        request.maxResults = m_pageSize;
        auto *job = t.client->describeInstanceStatus(request);
        m_jobs.append(job);
        connect(job, &DescribeInstanceStatusJob::pageArrived, this, [this, target](const auto &page) {
            if (!page.isEmpty())
                Q_EMIT eventsArrived(target, page);
        });
        connect(job, &DescribeInstanceStatusJob::finished, this, [this, work](const auto &result) {
            --m_inFlight[m_targets.at(work.target).endpoint];
            workDone(work, result.error);
        });
        job->start();
        return;
    }
    DescribeInstancesRequest request;
    request.region = target.region;
    request.maxResults = m_pageSize;
    auto *job = t.client->describeInstances(request);
    m_jobs.append(job);
    connect(job, &DescribeInstancesJob::pageArrived, this, [this, target](const auto &page) {
        if (!page.isEmpty())
            Q_EMIT instancesArrived(target, page);
    });
    connect(job, &DescribeInstancesJob::finished, this, [this, work](const auto &result) {
        --m_inFlight[m_targets.at(work.target).endpoint];
        workDone(work, result.error);
    });
    job->start();
}

void Ec2Refresh::workDone(const Work &work, const ApiError &error)
{
    m_jobs.removeAll(QPointer<QObject>());
    TargetState &t = m_targets[work.target];
    const Ec2Target target = t.target;
    if (!error.isOk() && !t.failed) {
        t.failed = true;
        Q_EMIT targetFailed(target, error);
    }
    if (--m_targets[work.target].pending == 0)
        Q_EMIT targetDone(target);
    bool remaining = false;
    for (const TargetState &s : std::as_const(m_targets))
        remaining = remaining || s.pending > 0;
    if (!remaining) {
        m_running = false;
        m_jobs.clear();
        Q_EMIT allDone();
        return;
    }
    if (!m_aborting)
        pump();
}
