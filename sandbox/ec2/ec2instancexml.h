// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>

#include "sandboxevent.h"
#include "sandboxinstance.h"

struct Ec2Call;

// The XML of an instance, its state, status checks and events, with the element names of the EC2
// API reference and of boto's parsers (PROTOCOLS.md §1.7, §1.8).
namespace Ec2InstanceXml {

// <tag><code>16</code><name>running</name></tag>
QByteArray state(QByteArrayView tag, SandboxInstance::State state);
// One <item> of an instancesSet (DescribeInstances, RunInstances).
QByteArray instance(const SandboxInstance &instance, const Ec2Call &call);
// <systemStatus>/<instanceStatus> of DescribeInstanceStatus; `stored` is ok, impaired or
// insufficient-data and applies only once the instance has been running for a while.
QByteArray statusCheck(
    QByteArrayView tag, const SandboxInstance &instance, const QByteArray &stored, const QDateTime &now);
// One <item> of an eventsSet (or the <event> of ModifyInstanceEventStartTime with another tag).
QByteArray event(const SandboxEvent &event, const Ec2Call &call, QByteArrayView tag = "item");
// <item><instanceId/><currentState/><previousState/></item> of Start/Stop/TerminateInstances.
QByteArray stateChange(const QByteArray &id, SandboxInstance::State current, SandboxInstance::State previous);

} // namespace Ec2InstanceXml
