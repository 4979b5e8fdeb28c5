// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxresponse.h"

class Ec2Store;
struct Ec2Call;

// DescribeInstances: the call's region's instances by InstanceId.N and filters (instance-id,
// instance-state-name, tag:KEY, availability-zone …), grouped by reservation, paged with
// MaxResults/NextToken from API 2013-10-15 on.
class Ec2DescribeInstances
{
public:
    explicit Ec2DescribeInstances(Ec2Store *store);
    SandboxResponse handle(const Ec2Call &call) const;

private:
    Ec2Store *m_store;
};
