// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

#include "ec2/ec2types.h"
#include "transport/apierror.h"

class Ec2Client;
class Exchange;
struct HttpResponse;

struct ModifyInstanceEventStartTimeRequest
{
    QString region; // empty: the profile's default region
    QString instanceId;
    QString instanceEventId;
    QDateTime notBefore; // the new start; EC2 refuses one past the event's notBeforeDeadline
};

struct ModifyInstanceEventStartTimeResult
{
    ApiError error; // isOk() when EC2 moved the window
    Ec2Event event; // the event as EC2 answered it, with its new window
};

// ModifyInstanceEventStartTime: moves a scheduled event's window. Only sent when the cloud's API
// version offers the action (Ec2ApiVersions); otherwise, and without an instance id, event id or
// start time, finished() reports InvalidInput without sending anything.
class ModifyInstanceEventStartTimeJob final : public QObject
{
    Q_OBJECT
public:
    ModifyInstanceEventStartTimeJob(Ec2Client *client, ModifyInstanceEventStartTimeRequest request);
    void start(); // never emits before it returns
    void abort(); // finished() still comes, once, with ApiError::Kind::Aborted

Q_SIGNALS:
    void finished(const ModifyInstanceEventStartTimeResult &result); // then the job deletes itself

private:
    void onResponse(const HttpResponse &response);
    void finish(ModifyInstanceEventStartTimeResult result);

    Ec2Client *m_client;
    ModifyInstanceEventStartTimeRequest m_request;
    QPointer<Exchange> m_exchange;
    bool m_done = false;
};
