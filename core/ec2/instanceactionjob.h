// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include "ec2/ec2actionparser.h"
#include "transport/apierror.h"

class Ec2Client;
class Exchange;
struct HttpResponse;

struct InstanceActionResult
{
    ApiError error; // isOk() when EC2 accepted the action
    // Each instance's move (none for RebootInstances, whose answer is a bare "true").
    QList<InstanceStateChange> changes;
};

// StartInstances, StopInstances, RebootInstances or TerminateInstances with InstanceId.1…N, all in
// one region.
class InstanceActionJob final : public QObject
{
    Q_OBJECT
public:
    enum class Action
    {
        Start,
        Stop,
        Reboot,
        Terminate,
    };

    InstanceActionJob(Ec2Client *client, Action action, QString region, QStringList instanceIds);
    void start(); // never emits before it returns
    void abort(); // finished() still comes, once, with ApiError::Kind::Aborted

    static QByteArray actionName(Action action); // "StartInstances"…

Q_SIGNALS:
    void finished(const InstanceActionResult &result); // then the job deletes itself

private:
    void onResponse(const HttpResponse &response);
    void finish(InstanceActionResult result);

    Ec2Client *m_client;
    Action m_action;
    QString m_region;
    QStringList m_ids;
    QPointer<Exchange> m_exchange;
    bool m_done = false;
};
