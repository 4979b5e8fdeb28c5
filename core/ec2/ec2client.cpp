// SPDX-License-Identifier: GPL-3.0-or-later
#include "ec2/ec2client.h"

#include "auth/signer.h"
#include "auth/signerfactory.h"
#include "clouds/addressing.h"
#include "ec2/describeinstancesjob.h"
#include "ec2/describeinstancestatusjob.h"
#include "ec2/describeregionsjob.h"
#include "ec2/ec2apiversions.h"
#include "ec2/modifyinstanceeventstarttimejob.h"
#include "transport/httptransport.h"

using namespace Qt::StringLiterals;

Ec2Client::Ec2Client(HttpTransport *transport, CloudProfile profile, Credentials credentials, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_profile(std::move(profile))
    , m_credentials(std::move(credentials))
    , m_signer(makeSigner(m_profile.ec2Signing))
{
    // The version goes into every request, so that what the catalogue says it offers is what the
    // cloud is asked for.
    if (m_profile.ec2ApiVersion.isEmpty())
        m_profile.ec2ApiVersion = Ec2ApiVersions::latest();
}

Ec2Client::~Ec2Client() = default;

QString Ec2Client::apiVersion() const
{
    return m_profile.ec2ApiVersion;
}

bool Ec2Client::offers(QStringView action) const
{
    return Ec2ApiVersions::offers(action, apiVersion());
}

HttpRequest Ec2Client::request(const QString &region, const QByteArray &action) const
{
    HttpRequest r = Addressing::ec2Request(m_profile, regionOrDefault(region), action);
    m_transport->setTlsSettings(HttpTransport::endpointKey(r), m_profile.tls);
    return r;
}

SendOptions Ec2Client::sendOptions(const QString &region, bool idempotent) const
{
    SendOptions o;
    o.signer = m_signer.get();
    o.credentials = m_credentials;
    o.region = regionOrDefault(region);
    o.service = u"ec2"_s;
    o.serviceLabel = u"EC2"_s;
    o.idempotent = idempotent;
    return o;
}

DescribeRegionsJob *Ec2Client::describeRegions(const QString &region)
{
    return new DescribeRegionsJob(this, region);
}

DescribeInstancesJob *Ec2Client::describeInstances(const DescribeInstancesRequest &request)
{
    return new DescribeInstancesJob(this, request);
}

DescribeInstanceStatusJob *Ec2Client::describeInstanceStatus(const DescribeInstanceStatusRequest &request)
{
    return new DescribeInstanceStatusJob(this, request);
}

InstanceActionJob *Ec2Client::instanceAction(
    InstanceActionJob::Action action, const QString &region, const QStringList &instanceIds)
{
    return new InstanceActionJob(this, action, region, instanceIds);
}

ModifyInstanceEventStartTimeJob *Ec2Client::modifyInstanceEventStartTime(
    const ModifyInstanceEventStartTimeRequest &request)
{
    return new ModifyInstanceEventStartTimeJob(this, request);
}
