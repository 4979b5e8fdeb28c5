// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QStringList>

class Ec2Store;

// The EC2 part of --demo: 15 named instances across us-east-1 and eu-west-1 (or all in the first
// region when eu-west-1 is not served) in mixed states with status checks, and eight scheduled
// events over the next three weeks from `now`: every event code, one reschedulable within a
// deadline (two in fact), one completed and one canceled. Ids are fixed (i-0de3…, instance-event-0de3…)
// so documentation and tests can name them.
namespace Ec2DemoData {

void populate(Ec2Store *store, const QStringList &regions, const QDateTime &now);

} // namespace Ec2DemoData
