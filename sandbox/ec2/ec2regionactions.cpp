// SPDX-License-Identifier: GPL-3.0-or-later
#include "ec2regionactions.h"

#include "ec2call.h"
#include "ec2filters.h"
#include "ec2xml.h"

using namespace Qt::StringLiterals;
using Ec2Xml::element;

QStringList Ec2RegionActions::zonesOf(const QString &region)
{
    return {region + u'a', region + u'b', region + u'c'};
}

SandboxResponse Ec2RegionActions::describeRegions(const Ec2Call &call) const
{
    SandboxResponse error;
    const auto filters = Ec2Filters::parse(call, {u"region-name"_s, u"endpoint"_s}, false, &error);
    if (!filters)
        return error;
    const QList<QByteArray> names = call.list("RegionName");
    for (const QByteArray &name : names) {
        if (!call.regions.contains(QString::fromUtf8(name)))
            return call.invalid("Invalid region: " + name);
    }
    // One endpoint serves every region: each region's endpoint is the host the client used.
    const QString endpoint = QString::fromUtf8(call.host);
    QByteArray x = "<regionInfo>";
    for (const QString &region : call.regions) {
        if (!names.isEmpty() && !names.contains(region.toUtf8()))
            continue;
        bool keep = true;
        for (const Ec2Filter &f : *filters)
            keep = keep && Ec2Filters::anyMatches(f.values, f.name == u"endpoint" ? endpoint : region);
        if (keep)
            x += "<item>" + element("regionName", region) + element("regionEndpoint", endpoint) + "</item>";
    }
    return call.ok(x + "</regionInfo>");
}

SandboxResponse Ec2RegionActions::describeAvailabilityZones(const Ec2Call &call) const
{
    SandboxResponse error;
    const auto filters
        = Ec2Filters::parse(call, {u"zone-name"_s, u"region-name"_s, u"state"_s}, false, &error);
    if (!filters)
        return error;
    const QStringList zones = zonesOf(call.region);
    const QList<QByteArray> names = call.list("ZoneName");
    for (const QByteArray &name : names) {
        if (!zones.contains(QString::fromUtf8(name)))
            return call.invalid("The zone '" + name + "' does not exist.");
    }
    QByteArray x = "<availabilityZoneInfo>";
    for (const QString &zone : zones) {
        if (!names.isEmpty() && !names.contains(zone.toUtf8()))
            continue;
        bool keep = true;
        for (const Ec2Filter &f : *filters) {
            const QString value = f.name == u"zone-name" ? zone
                : f.name == u"region-name"               ? call.region
                                                         : u"available"_s;
            keep = keep && Ec2Filters::anyMatches(f.values, value);
        }
        if (keep) {
            x += "<item>" + element("zoneName", zone) + element("zoneState", "available")
                + element("regionName", call.region) + "<messageSet/></item>";
        }
    }
    return call.ok(x + "</availabilityZoneInfo>");
}
