// SPDX-License-Identifier: GPL-3.0-or-later
#include "ec2loader.h"

#include <chrono>

#include <QTimer>

#include "clouds/credentialjob.h"
#include "clouds/credentialstore.h"
#include "clouds/profilestore.h"
#include "ec2/ec2apiversions.h"
#include "ec2/ec2client.h"
#include "instancesmodel.h"
#include "maintenanceeventsmodel.h"

Ec2Loader::Ec2Loader(const ProfileStore *profiles,
    CredentialStore *credentials,
    HttpTransport *transport,
    InstancesModel *instances,
    MaintenanceEventsModel *events,
    QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_transport(transport)
    , m_credentials(credentials)
    , m_instances(instances)
    , m_events(events)
    , m_refresh(new Ec2Refresh(transport, this))
{
    m_instances->connectTo(m_refresh);
    m_events->connectTo(m_refresh);
    connect(m_refresh, &Ec2Refresh::targetFailed, this, [this](const Ec2Target &t, const ApiError &e) {
        m_problems << tr("%1 / %2: %3").arg(t.cloud, t.region, e.humanSentence());
        report();
    });
    connect(m_refresh, &Ec2Refresh::allDone, this, [this] {
        m_running = false;
        m_loaded = true;
        report();
        Q_EMIT finished();
    });
}

void Ec2Loader::refresh()
{
    if (m_running)
        return;
    m_running = true;
    m_problems.clear();
    m_pending.clear();
    m_ready.clear();
    // Jobs of a running action may still use the old clients: they go once those are done.
    for (Ec2Client *c : std::as_const(m_clients))
        QTimer::singleShot(std::chrono::minutes(10), c, &QObject::deleteLater);
    m_clients.clear();
    m_instances->clear();
    m_events->clear();
    for (const CloudProfile &p : m_profiles->profiles()) {
        if (p.hasEc2())
            m_pending.append({p, {}, {}});
    }
    Q_EMIT progress(tr("Loading instances and events…"));
    readNext();
}

// One keychain read at a time: a locked keyring prompts once, not once per cloud.
void Ec2Loader::readNext()
{
    if (m_pending.isEmpty())
        return startRefresh();
    Ec2Refresh::Source source = m_pending.takeFirst();
    if (source.profile.credentialId.isEmpty()) {
        m_ready.append(source);
        return readNext();
    }
    CredentialJob *job = m_credentials->read(source.profile.credentialId);
    connect(job, &CredentialJob::finished, this, [this, source](const CredentialResult &r) mutable {
        if (r.isOk()) {
            source.credentials = r.credentials;
            m_ready.append(source);
        } else {
            m_problems << tr("%1: %2").arg(source.profile.name, r.error.message());
        }
        readNext();
    });
    job->start();
}

void Ec2Loader::startRefresh()
{
    m_refresh->start(m_ready);
}

Ec2Client *Ec2Loader::client(const QString &cloud)
{
    if (Ec2Client *c = m_clients.value(cloud))
        return c;
    for (const Ec2Refresh::Source &s : std::as_const(m_ready)) {
        if (s.profile.name == cloud) {
            auto *c = new Ec2Client(m_transport, s.profile, s.credentials, this);
            m_clients.insert(cloud, c);
            return c;
        }
    }
    return nullptr;
}

QString Ec2Loader::apiVersion(const QString &cloud) const
{
    const CloudProfile *p = m_profiles->find(cloud);
    return p && !p->ec2ApiVersion.isEmpty() ? p->ec2ApiVersion : Ec2ApiVersions::latest();
}

void Ec2Loader::report()
{
    if (m_running && m_problems.isEmpty())
        return Q_EMIT progress(tr("Loading instances and events…"));
    Q_EMIT progress(m_problems.join(u'\n'));
}
