// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include "ec2/instanceactionjob.h"

class Ec2Loader;
class InstancesModel;

// Runs start, stop, reboot and terminate on one instance through the EC2 client of its cloud, puts
// the answered state into the instances model at once, then describes the instance again so the
// table shows what the cloud says. Says beforehand what a cloud's API version does not offer.
class InstanceActionRunner final : public QObject
{
    Q_OBJECT
public:
    using Action = InstanceActionJob::Action;

    InstanceActionRunner(Ec2Loader *loader, InstancesModel *instances, QObject *parent = nullptr);

    // Why `action` cannot be sent to `cloud`, or empty when it can.
    QString unavailableReason(const QString &cloud, Action action) const;
    static QString actionLabel(Action action); // "Start", "Stop"…

    // finished() follows, also when the action was not sent.
    void run(const QString &cloud, const QString &region, Action action, const QString &instanceId);
    int running() const { return m_running; }

Q_SIGNALS:
    // `message` is one sentence for the user: what happened, or why not.
    void finished(
        const QString &instanceId, InstanceActionRunner::Action action, bool ok, const QString &message);

private:
    void describeAgain(const QString &cloud, const QString &region, const QString &instanceId);

    Ec2Loader *m_loader;
    InstancesModel *m_instances;
    int m_running = 0;
};
