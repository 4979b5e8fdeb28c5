// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QObject>
#include <QStringList>

#include "auth/credentials.h"
#include "clouds/cloudprofile.h"
#include "ec2/instanceactionjob.h"
#include "transport/endpoint.h"
#include "transport/httprequest.h"

class DescribeInstanceStatusJob;
class DescribeInstancesJob;
class DescribeRegionsJob;
class ModifyInstanceEventStartTimeJob;
class HttpTransport;
class Signer;
struct DescribeInstanceStatusRequest;
struct DescribeInstancesRequest;
struct ModifyInstanceEventStartTimeRequest;

// The EC2 side of one cloud: builds each Query API request for the profile's endpoint of a region,
// signs with the profile's EC2 signer (SigV4 generic rules, service "ec2", or Query SigV2) and hands
// out jobs. Jobs report once through finished() and delete themselves.
class Ec2Client final : public QObject
{
    Q_OBJECT
public:
    Ec2Client(
        HttpTransport *transport, CloudProfile profile, Credentials credentials, QObject *parent = nullptr);
    ~Ec2Client() override;

    DescribeRegionsJob *describeRegions(const QString &region = {});
    DescribeInstancesJob *describeInstances(const DescribeInstancesRequest &request);
    DescribeInstanceStatusJob *describeInstanceStatus(const DescribeInstanceStatusRequest &request);
    InstanceActionJob *instanceAction(
        InstanceActionJob::Action action, const QString &region, const QStringList &instanceIds);
    // Refused without sending when the API version lacks the action.
    ModifyInstanceEventStartTimeJob *modifyInstanceEventStartTime(
        const ModifyInstanceEventStartTimeRequest &request);

    // The API version sent as Version: the profile's, or the newest the catalogue knows.
    QString apiVersion() const;
    bool offers(QStringView action) const;

    // For jobs: an unsigned POST of `action` to the region's endpoint (empty: the default region),
    // and how to send it.
    HttpRequest request(const QString &region, const QByteArray &action) const;
    SendOptions sendOptions(const QString &region, bool idempotent = true) const;
    QString regionOrDefault(const QString &region) const { return m_profile.regionOrDefault(region); }
    HttpTransport *transport() const { return m_transport; }
    const CloudProfile &profile() const { return m_profile; }

private:
    HttpTransport *m_transport;
    CloudProfile m_profile;
    Credentials m_credentials;
    std::unique_ptr<Signer> m_signer;
};
