// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include "auth/credentials.h"
#include "clouds/cloudprofile.h"
#include "ec2/ec2types.h"
#include "transport/apierror.h"

class Ec2Client;
class HttpTransport;

// Which cloud and region a refresh result belongs to.
struct Ec2Target
{
    QString cloud; // the profile's name
    QString region;

    bool operator==(const Ec2Target &other) const { return cloud == other.cloud && region == other.region; }
};

// One refresh of instances, status checks and events over many clouds × regions at once. Every
// target runs DescribeInstances and DescribeInstanceStatus (when its API version has it); at most
// `perEndpointLimit` requests go to one endpoint (host:port) at a time, the rest wait in order.
// Results stream out page by page; a failing or slow region holds no other back.
class Ec2Refresh final : public QObject
{
    Q_OBJECT
public:
    struct Source
    {
        CloudProfile profile;
        Credentials credentials;
        QStringList regions; // empty: the profile's regions (its default region when it lists none)
    };

    Ec2Refresh(HttpTransport *transport, QObject *parent = nullptr);
    ~Ec2Refresh() override;

    void setPerEndpointLimit(int limit) { m_limit = qMax(1, limit); }
    void setPageSize(int maxResults) { m_pageSize = maxResults; }

    // Starts one refresh; allDone() follows once every target has finished, also when `sources`
    // yields none. A running refresh must finish (or be aborted) first.
    void start(const QList<Source> &sources);
    void abort(); // every pending job aborted; allDone() still comes
    bool isRunning() const { return m_running; }
    QList<Ec2Target> targets() const;

Q_SIGNALS:
    void instancesArrived(const Ec2Target &target, const QList<Ec2Instance> &instances);
    // Status checks and scheduled events, per instance.
    void eventsArrived(const Ec2Target &target, const QList<InstanceStatus> &statuses);
    // Once per target at most; the status half missing from a cloud's API version is not a failure.
    void targetFailed(const Ec2Target &target, const ApiError &error);
    void targetDone(const Ec2Target &target);
    void allDone();

private:
    struct Work
    {
        int target;
        bool status; // DescribeInstanceStatus; else DescribeInstances
    };
    struct TargetState
    {
        Ec2Target target;
        Ec2Client *client = nullptr;
        QString endpoint;
        int pending = 0;
        bool failed = false;
    };

    void pump();
    void run(const Work &work);
    void workDone(const Work &work, const ApiError &error);

    HttpTransport *m_transport;
    int m_limit = 4;
    int m_pageSize = 1000;
    bool m_running = false;
    bool m_aborting = false;
    QList<TargetState> m_targets;
    QList<Work> m_queue;
    QHash<QString, int> m_inFlight; // by endpoint
    QList<QPointer<QObject>> m_jobs;
    QList<Ec2Client *> m_clients;
};
