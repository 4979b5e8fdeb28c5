// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>

#include "ec2/ec2refresh.h"

class CredentialStore;
class Ec2Client;
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

    // The EC2 client of a cloud whose keys the last refresh read, for actions; null before that.
    Ec2Client *client(const QString &cloud);
    // The EC2 API version a cloud speaks: its profile's, or the newest the catalogue knows.
    QString apiVersion(const QString &cloud) const;
    HttpTransport *transport() const { return m_transport; }

Q_SIGNALS:
    void progress(const QString &text); // "Loading…", then errors per region, or empty
    void finished();

private:
    void readNext();
    void startRefresh();
    void report();

    const ProfileStore *m_profiles;
    HttpTransport *m_transport;
    CredentialStore *m_credentials;
    InstancesModel *m_instances;
    MaintenanceEventsModel *m_events;
    Ec2Refresh *m_refresh;
    QList<Ec2Refresh::Source> m_pending;
    QList<Ec2Refresh::Source> m_ready;
    QStringList m_problems;
    QHash<QString, Ec2Client *> m_clients; // by cloud, made on demand from m_ready
    bool m_running = false;
    bool m_loaded = false;
};
