// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxresponse.h"

class Ec2Store;
struct Ec2Call;

// DescribeInstanceStatus: running instances (every state with IncludeAllInstances=true) of the
// call's region, with their status checks (API 2011-12-15 on) and scheduled events; filters on
// events, state and zone; MaxResults/NextToken paging.
class Ec2DescribeInstanceStatus
{
public:
    explicit Ec2DescribeInstanceStatus(Ec2Store *store);
    SandboxResponse handle(const Ec2Call &call) const;

private:
    Ec2Store *m_store;
};
