// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

#include "ec2/ec2refresh.h"

class CredentialStore;
class HttpTransport;
class InstancesModel;
class MaintenanceEventsModel;
class ProfileStore;

// Loads instances and events of every cloud with EC2 into the two models: reads each profile's keys
// from the CredentialStore (asynchronously), then runs one Ec2Refresh over every cloud × region.
class Ec2Loader final : public QObject
{
    Q_OBJECT
public:
    Ec2Loader(const ProfileStore *profiles,
        CredentialStore *credentials,
        HttpTransport *transport,
        InstancesModel *instances,
        MaintenanceEventsModel *events,
        QObject *parent = nullptr);

    void refresh(); // ignored while one runs
    bool hasLoaded() const { return m_loaded; }
    bool isRunning() const { return m_running; }
    const QStringList &problems() const { return m_problems; }

Q_SIGNALS:
    void progress(const QString &text); // "Loading…", then errors per region, or empty
    void finished();

private:
    void readNext();
    void startRefresh();
    void report();

    const ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    InstancesModel *m_instances;
    MaintenanceEventsModel *m_events;
    Ec2Refresh *m_refresh;
    QList<Ec2Refresh::Source> m_pending;
    QList<Ec2Refresh::Source> m_ready;
    QStringList m_problems;
    bool m_running = false;
    bool m_loaded = false;
};
