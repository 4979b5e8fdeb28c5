// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

#include "transport/result.h"

// One instance's move, as Start/Stop/TerminateInstances answer it.
struct InstanceStateChange
{
    QString instanceId;
    QString previousState;
    QString currentState;
};

// Pure parser for the answer to StartInstances, StopInstances or TerminateInstances (an
// instancesSet of state changes) and RebootInstances (<return>true</return>, no list). `root` is
// the response element, "StartInstancesResponse" and so on.
Result<QList<InstanceStateChange>> parseInstanceStateChanges(const QByteArray &body, QStringView root);
