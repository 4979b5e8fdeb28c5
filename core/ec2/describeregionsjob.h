// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include "ec2/ec2types.h"
#include "transport/apierror.h"

class Ec2Client;
class Exchange;
struct HttpResponse;

struct DescribeRegionsResult
{
    ApiError error; // isOk() when the list arrived
    QList<Ec2Region> regions;
};

// DescribeRegions, asked of one region's endpoint (empty: the profile's default region).
class DescribeRegionsJob final : public QObject
{
    Q_OBJECT
public:
    DescribeRegionsJob(Ec2Client *client, QString region);
    void start(); // never emits before it returns
    void abort(); // finished() still comes, once, with ApiError::Kind::Aborted

Q_SIGNALS:
    void finished(const DescribeRegionsResult &result); // then the job deletes itself

private:
    void onResponse(const HttpResponse &response);
    void finish(DescribeRegionsResult result);

    Ec2Client *m_client;
    QString m_region;
    QPointer<Exchange> m_exchange;
    bool m_done = false;
};
