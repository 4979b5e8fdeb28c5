// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>

#include "ec2event.h"
#include "ec2instance.h"

struct Ec2Call;

// The XML of an instance, its state, status checks and events, with the element names of the EC2
// API reference and of boto's parsers (PROTOCOLS.md §1.7, §1.8).
namespace Ec2InstanceXml {

// <tag><code>16</code><name>running</name></tag>
QByteArray state(QByteArrayView tag, Ec2Instance::State state);
// One <item> of an instancesSet (DescribeInstances, RunInstances).
QByteArray instance(const Ec2Instance &instance, const Ec2Call &call);
// <systemStatus>/<instanceStatus> of DescribeInstanceStatus; `stored` is ok, impaired or
// insufficient-data and applies only once the instance has been running for a while.
QByteArray statusCheck(
    QByteArrayView tag, const Ec2Instance &instance, const QByteArray &stored, const QDateTime &now);
// One <item> of an eventsSet (or the <event> of ModifyInstanceEventStartTime with another tag).
QByteArray event(const Ec2Event &event, const Ec2Call &call, QByteArrayView tag = "item");
// <item><instanceId/><currentState/><previousState/></item> of Start/Stop/TerminateInstances.
QByteArray stateChange(const QByteArray &id, Ec2Instance::State current, Ec2Instance::State previous);

} // namespace Ec2InstanceXml
