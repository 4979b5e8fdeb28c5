// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include "sandboxinstance.h"
#include "sandboxresponse.h"

class Ec2Store;
struct Ec2Call;

// RunInstances and Start/Stop/Reboot/TerminateInstances. Each call changes the stored state at once
// (pending, stopping, shutting-down); the rest of the transition happens over time (SandboxInstance::settle).
class Ec2LifecycleActions
{
public:
    explicit Ec2LifecycleActions(Ec2Store *store);

    SandboxResponse runInstances(const Ec2Call &call) const;
    SandboxResponse startInstances(const Ec2Call &call) const;
    SandboxResponse stopInstances(const Ec2Call &call) const;
    SandboxResponse terminateInstances(const Ec2Call &call) const;
    SandboxResponse rebootInstances(const Ec2Call &call) const;

private:
    enum class Change
    {
        Start,
        Stop,
        Terminate
    };
    SandboxResponse change(const Ec2Call &call, Change change) const;

    Ec2Store *m_store;
};
