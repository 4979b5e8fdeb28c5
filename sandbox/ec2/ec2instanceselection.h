// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QStringList>

#include "ec2filters.h"
#include "sandboxinstance.h"

struct Ec2Call;
struct SandboxResponse;

// Choosing instances as EC2 does: explicit ids (checked for form, then for existence in the
// region), filters on instance fields and tags, and new ids for what RunInstances creates.
namespace Ec2InstanceSelection {

bool isWellFormedId(QByteArrayView id);
// The instances named by `ids`, in that order; nullopt with InvalidInstanceID.Malformed or
// InvalidInstanceID.NotFound in *error.
std::optional<QList<SandboxInstance>> byIds(const Ec2Call &call,
    const QList<SandboxInstance> &all,
    const QList<QByteArray> &ids,
    SandboxResponse *error);
// The filter names instance fields answer to (tag:KEY aside).
QStringList instanceFilterNames();
// True when the instance passes every filter that names an instance field or a tag (others are
// ignored here: the caller handles them).
bool matches(const SandboxInstance &instance, const QList<Ec2Filter> &filters);

QByteArray newInstanceId();
QByteArray newReservationId();
QByteArray newEventId();

} // namespace Ec2InstanceSelection
