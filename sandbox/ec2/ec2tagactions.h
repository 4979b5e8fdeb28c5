// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxresponse.h"

class Ec2Store;
struct Ec2Call;

// CreateTags and DeleteTags on instances (ResourceId.N, Tag.N.Key / Tag.N.Value).
class Ec2TagActions
{
public:
    explicit Ec2TagActions(Ec2Store *store);
    SandboxResponse createTags(const Ec2Call &call) const;
    SandboxResponse deleteTags(const Ec2Call &call) const;

private:
    SandboxResponse apply(const Ec2Call &call, bool create) const;

    Ec2Store *m_store;
};
