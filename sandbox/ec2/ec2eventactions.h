// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxresponse.h"

class Ec2Store;
struct Ec2Call;

// ModifyInstanceEventStartTime: moves a scheduled event's window to start at NotBefore, which must
// lie between now and the event's notBeforeDeadline; events without a deadline cannot move.
class Ec2EventActions
{
public:
    explicit Ec2EventActions(Ec2Store *store);
    SandboxResponse modifyInstanceEventStartTime(const Ec2Call &call) const;

private:
    Ec2Store *m_store;
};
