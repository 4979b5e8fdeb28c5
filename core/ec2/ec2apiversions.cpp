// SPDX-License-Identifier: GPL-3.0-or-later
#include "ec2/ec2apiversions.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Versions 2006-06-26 … 2011-07-15 restate the facts of garnaat/missingcloud's ec2_api_versions.json
// (HEAD 2cfeeaa, file from 2011-11-13): for each API version, the actions that were new in it. The
// summaries are ours. That file lists DescribeInternetGateways twice under 2011-01-01; it is here
// once. Later entries name their own sources.
QList<Ec2ApiVersion> buildTable()
{
    QList<Ec2ApiVersion> table = {
        {u"2006-06-26"_s,
            u"first public beta"_s,
            {u"AuthorizeSecurityGroupIngress"_s,
                u"CreateKeyPair"_s,
                u"CreateSecurityGroup"_s,
                u"DeleteKeyPair"_s,
                u"DeleteSecurityGroup"_s,
                u"DeregisterImage"_s,
                u"DescribeImages"_s,
                u"DescribeInstances"_s,
                u"DescribeKeyPairs"_s,
                u"DescribeSecurityGroups"_s,
                u"RegisterImage"_s,
                u"RevokeSecurityGroupIngress"_s,
                u"RunInstances"_s,
                u"TerminateInstances"_s}},
        {u"2006-10-01"_s,
            u"shared AMIs, launch parameters, instance metadata"_s,
            {u"DescribeImageAttribute"_s, u"ModifyImageAttribute"_s, u"ResetImageAttribute"_s}},
        {u"2007-01-03"_s,
            u"instance reboot and console output"_s,
            {u"GetConsoleOutput"_s, u"RebootInstances"_s}},
        {u"2007-01-19"_s, u"new NAT addressing"_s, {}},
        {u"2007-03-01"_s, u"paid AMIs"_s, {u"ConfirmProductInstance"_s}},
        {u"2007-08-29"_s, u"several instance types; launch time"_s, {}},
        {u"2008-02-01"_s,
            u"Elastic IPs, availability zones, kernel choice"_s,
            {u"AllocateAddress"_s,
                u"AssociateAddress"_s,
                u"DescribeAddresses"_s,
                u"DescribeAvailabilityZones"_s,
                u"DisassociateAddress"_s,
                u"ReleaseAddress"_s}},
        {u"2008-05-05"_s,
            u"Elastic Block Store"_s,
            {u"AttachVolume"_s,
                u"CreateSnapshot"_s,
                u"CreateVolume"_s,
                u"DeleteSnapshot"_s,
                u"DeleteVolume"_s,
                u"DescribeSnapshots"_s,
                u"DescribeVolumes"_s,
                u"DetachVolume"_s}},
        {u"2008-08-08"_s,
            u"Windows instances, bundling"_s,
            {u"BundleInstance"_s, u"CancelBundleTask"_s, u"DescribeBundleTasks"_s}},
        {u"2008-12-01"_s, u"several regions"_s, {u"DescribeRegions"_s}},
        {u"2009-03-01"_s,
            u"Reserved Instances"_s,
            {u"DescribeReservedInstances"_s,
                u"DescribeReservedInstancesOfferings"_s,
                u"PurchaseReservedInstanceOffering"_s}},
        {u"2009-04-04"_s,
            u"monitoring (CloudWatch, Auto Scaling, ELB launch)"_s,
            {u"MonitorInstances"_s, u"UnmonitorInstances"_s}},
        {u"2009-07-15"_s, u"VPC"_s, {u"GetPasswordData"_s}},
        {u"2009-08-15"_s,
            u"shared snapshots"_s,
            {u"DescribeSnapshotAttribute"_s, u"ModifySnapshotAttribute"_s, u"ResetSnapshotAttribute"_s}},
        {u"2009-10-31"_s,
            u"EBS-backed AMIs, start and stop"_s,
            {u"CreateImage"_s,
                u"DescribeInstanceAttribute"_s,
                u"ModifyInstanceAttribute"_s,
                u"StartInstances"_s,
                u"StopInstances"_s}},
        {u"2009-11-30"_s,
            u"Spot Instances"_s,
            {u"CancelSpotInstanceRequests"_s,
                u"CreateSpotFeedDataSubscription"_s,
                u"DeleteSpotFeedDataSubscription"_s,
                u"DescribeSpotDatafeedSubscriptions"_s,
                u"DescribeSpotInstanceRequests"_s,
                u"DescribeSpotPriceHistory"_s,
                u"RequestSpotInstances"_s}},
        {u"2010-06-15"_s,
            u"cluster compute, placement groups, licences"_s,
            {u"ActivateLicense"_s,
                u"CreatePlacementGroup"_s,
                u"DeactivateLicense"_s,
                u"DeletePlacementGroup"_s,
                u"DescribeLicenses"_s,
                u"DescribePlacementGroups"_s}},
        {u"2010-08-31"_s,
            u"tags, filters, ImportKeyPair, idempotent RunInstances"_s,
            {u"CreateTags"_s, u"DeleteTags"_s, u"DescribeTags"_s, u"ImportKeyPair"_s}},
        {u"2010-11-15"_s,
            u"VM import"_s,
            {u"DescribeConversionTasks"_s, u"ImportInstance"_s, u"ImportVolume"_s}},
        {u"2011-01-01"_s,
            u"VPC merged into the EC2 API"_s,
            {u"AssociateDhcpOptions"_s,
                u"AssociateRouteTable"_s,
                u"AttachInternetGateway"_s,
                u"AttachVpnGateway"_s,
                u"AuthorizeSecurityGroupEgress"_s,
                u"CreateCustomerGateway"_s,
                u"CreateDhcpOptions"_s,
                u"CreateInternetGateway"_s,
                u"CreateNetworkAcl"_s,
                u"CreateNetworkAclEntry"_s,
                u"CreateRoute"_s,
                u"CreateRouteTable"_s,
                u"CreateSubnet"_s,
                u"CreateVpc"_s,
                u"CreateVpnConnection"_s,
                u"CreateVpnGateway"_s,
                u"DeleteCustomerGateway"_s,
                u"DeleteDhcpOptions"_s,
                u"DeleteInternetGateway"_s,
                u"DeleteNetworkAcl"_s,
                u"DeleteNetworkAclEntry"_s,
                u"DeleteRoute"_s,
                u"DeleteRouteTable"_s,
                u"DeleteSubnet"_s,
                u"DeleteVpc"_s,
                u"DeleteVpnConnection"_s,
                u"DeleteVpnGateway"_s,
                u"DescribeCustomerGateways"_s,
                u"DescribeDhcpOptions"_s,
                u"DescribeInternetGateways"_s,
                u"DescribeNetworkAcls"_s,
                u"DescribeRouteTables"_s,
                u"DescribeSubnets"_s,
                u"DescribeVpcs"_s,
                u"DescribeVpnConnections"_s,
                u"DescribeVpnGateways"_s,
                u"DetachVpnGateway"_s,
                u"DisassociateRouteTable"_s,
                u"ReplaceNetworkAclAssociation"_s,
                u"ReplaceNetworkAclEntry"_s,
                u"ReplaceRoute"_s,
                u"ReplaceRouteTableAssociation"_s,
                u"RevokeSecurityGroupEgress"_s}},
        {u"2011-02-28"_s, u"dedicated instances"_s, {}},
        {u"2011-05-15"_s, u"Spot pricing per availability zone"_s, {}},
        {u"2011-07-15"_s, u"VPC in more regions and zones"_s, {}},
        // [inferred] DescribeInstanceStatus arrived with 2011-11-01: it is absent from missingcloud
        // (which ends at 2011-07-15), boto added it on 2011-12-07 (commit 8ccbb1c4) while its default
        // API was 2011-11-01, and a public stylesheet matches DescribeInstanceStatusResponse in the
        // doc/2011-11-01/ namespace. ../shared/PROTOCOLS.md §1.7 (an open point there).
        {u"2011-11-01"_s, u"instance status and scheduled events"_s, {u"DescribeInstanceStatus"_s}},
        // systemStatus and instanceStatus (status checks) came with 2011-12-15: boto commit c0419d66,
        // 2012-01-07, "new DescribeInstanceStatus response". PROTOCOLS.md §1.7. Other actions of
        // this version are not catalogued here.
        {u"2011-12-15"_s, u"status checks in DescribeInstanceStatus"_s, {}},
        // MaxResults/NextToken on DescribeInstances came with 2013-10-15: boto commit 7a0ac7f4,
        // 2013-11-26. PROTOCOLS.md §1.5. Other actions of this version are not catalogued here.
        {u"2013-10-15"_s, u"paging for DescribeInstances"_s, {}},
        // 2016-11-15 is the last EC2 API version: AWS has added actions to it ever since instead of
        // publishing new dates (the Version sent by current SDKs, AWS CLI v2 included). Only the ones
        // Skylight needs are listed. ModifyInstanceEventStartTime was added to 2016-11-15 in 2018,
        // together with instanceEventId and notBeforeDeadline on events (AWS EC2 API reference:
        // API_ModifyInstanceEventStartTime.html, API_InstanceStatusEvent.html; EC2 release notes,
        // November 2018).
        {u"2016-11-15"_s,
            u"the current version (actions keep being added to it); scheduled event reschedule since 2018"_s,
            {u"ModifyInstanceEventStartTime"_s}},
    };
    std::sort(table.begin(), table.end(), [](const Ec2ApiVersion &a, const Ec2ApiVersion &b) {
        return a.date < b.date;
    });
    return table;
}

} // namespace

const QList<Ec2ApiVersion> &Ec2ApiVersions::all()
{
    static const QList<Ec2ApiVersion> table = buildTable();
    return table;
}

QString Ec2ApiVersions::latest()
{
    return all().constLast().date;
}

QString Ec2ApiVersions::introducedIn(QStringView action)
{
    for (const Ec2ApiVersion &version : all()) {
        for (const QString &name : version.actionsAdded) {
            if (name == action)
                return version.date;
        }
    }
    return {};
}

QString Ec2ApiVersions::introducedIn(Feature feature)
{
    switch (feature) {
    case Feature::InstanceStatusChecks:
        return u"2011-12-15"_s;
    case Feature::DescribeInstancesPaging:
        return u"2013-10-15"_s;
    case Feature::EventIdsAndDeadlines:
        return u"2016-11-15"_s;
    }
    return {};
}

bool Ec2ApiVersions::offers(QStringView action, QStringView apiVersion)
{
    const QString since = introducedIn(action);
    return !since.isEmpty() && QStringView(since) <= apiVersion;
}

bool Ec2ApiVersions::offers(Feature feature, QStringView apiVersion)
{
    return QStringView(introducedIn(feature)) <= apiVersion;
}

QStringList Ec2ApiVersions::actionsUpTo(QStringView apiVersion)
{
    QStringList actions;
    for (const Ec2ApiVersion &version : all()) {
        if (QStringView(version.date) <= apiVersion)
            actions.append(version.actionsAdded);
    }
    return actions;
}

bool Ec2ApiVersions::isVersionDate(QStringView text)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return false;
    for (const qsizetype i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (!text[i].isDigit())
            return false;
    }
    const int month = text.mid(5, 2).toInt();
    const int day = text.mid(8, 2).toInt();
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}
