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

struct DescribeInstancesRequest
{
    QString region;          // empty: the profile's default region
    QStringList instanceIds; // empty: every instance
    // Sent as MaxResults only when the cloud's API version pages DescribeInstances (2013-10-15) and
    // no instance ids are given (EC2 refuses the two together).
    int maxResults = 1000;
};

struct DescribeInstancesResult
{
    ApiError error;               // isOk() when every page arrived
    QList<Ec2Instance> instances; // all pages, in order (on failure: the pages that arrived)
    int pages = 0;
};

// DescribeInstances for one region, following NextToken until the last page. Each page is also
// handed out as it arrives, so a view fills while the rest loads.
class DescribeInstancesJob final : public QObject
{
    Q_OBJECT
public:
    DescribeInstancesJob(Ec2Client *client, DescribeInstancesRequest request);
    void start(); // never emits before it returns
    void abort(); // finished() still comes, once, with ApiError::Kind::Aborted

Q_SIGNALS:
    void pageArrived(const QList<Ec2Instance> &instances);
    void finished(const DescribeInstancesResult &result); // then the job deletes itself

private:
    void send();
    void onResponse(const HttpResponse &response);
    void finish(ApiError error);

    Ec2Client *m_client;
    DescribeInstancesRequest m_request;
    QPointer<Exchange> m_exchange;
    QString m_nextToken;
    QSet<QString> m_followed; // every NextToken asked with: a cycle stops
    QList<Ec2Instance> m_instances;
    int m_pages = 0;
    bool m_done = false;
};
