// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include "sandboxresponse.h"

struct Ec2Call;

// DescribeRegions and DescribeAvailabilityZones: every sandbox region is served by the one endpoint,
// with zones REGIONa, REGIONb and REGIONc.
class Ec2RegionActions
{
public:
    static QStringList zonesOf(const QString &region);

    SandboxResponse describeRegions(const Ec2Call &call) const;
    SandboxResponse describeAvailabilityZones(const Ec2Call &call) const;
};
