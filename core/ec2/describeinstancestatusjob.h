// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include "ec2/ec2types.h"
#include "transport/apierror.h"

class Ec2Client;
class Exchange;
struct HttpResponse;

struct DescribeInstanceStatusRequest
{
    QString region;          // empty: the profile's default region
    QStringList instanceIds; // empty: every instance
    int maxResults = 1000;   // sent only without instance ids (EC2 refuses the two together)
};

struct DescribeInstanceStatusResult
{
    ApiError error; // isOk() when every page arrived
    QList<InstanceStatus> statuses;
    int pages = 0;
};

// DescribeInstanceStatus for one region, always with IncludeAllInstances=true (so stopped
// instances keep their events), following NextToken. When the cloud's API version has no
// DescribeInstanceStatus the job sends nothing and finishes with ApiError::Kind::InvalidInput.
class DescribeInstanceStatusJob final : public QObject
{
    Q_OBJECT
public:
    DescribeInstanceStatusJob(Ec2Client *client, DescribeInstanceStatusRequest request);
    void start(); // never emits before it returns
    void abort(); // finished() still comes, once, with ApiError::Kind::Aborted

Q_SIGNALS:
    void pageArrived(const QList<InstanceStatus> &statuses);
    void finished(const DescribeInstanceStatusResult &result); // then the job deletes itself

private:
    void send();
    void onResponse(const HttpResponse &response);
    void finish(ApiError error);

    Ec2Client *m_client;
    DescribeInstanceStatusRequest m_request;
    QPointer<Exchange> m_exchange;
    QString m_nextToken;
    QSet<QString> m_followed; // every NextToken asked with: a cycle stops
    QList<InstanceStatus> m_statuses;
    int m_pages = 0;
    bool m_done = false;
};
