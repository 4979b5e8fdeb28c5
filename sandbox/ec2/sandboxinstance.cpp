// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxinstance.h"

#include <algorithm>

void SandboxInstance::settle(const QDateTime &now)
{
    const auto advance = [&](State from, qint64 seconds, State to) {
        if (state == from && stateChanged.addSecs(seconds) <= now) {
            stateChanged = stateChanged.addSecs(seconds);
            state = to;
        }
    };
    advance(State::Pending, kPendingSeconds, State::Running);
    advance(State::Stopping, kStoppingSeconds, State::Stopped);
    advance(State::ShuttingDown, kShuttingDownSeconds, State::Terminated);
    if (state != State::Running && state != State::Pending)
        publicIp.clear();
}

QString SandboxInstance::tag(const QString &key) const
{
    for (const auto &[k, v] : tags) {
        if (k == key)
            return v;
    }
    return {};
}

void SandboxInstance::setTag(const QString &key, const QString &value)
{
    for (auto &[k, v] : tags) {
        if (k == key) {
            v = value;
            return;
        }
    }
    tags.append({key, value});
    std::sort(tags.begin(), tags.end());
}

bool SandboxInstance::removeTag(const QString &key, const std::optional<QString> &value)
{
    // DeleteTags with a value removes the tag only when the value matches; without one, always.
    return tags.removeIf([&](const std::pair<QString, QString> &t) {
        return t.first == key && (!value || *value == t.second);
    }) > 0;
}

QByteArray SandboxInstance::stateName(State state)
{
    switch (state) {
    case State::Pending:
        return "pending";
    case State::Running:
        return "running";
    case State::ShuttingDown:
        return "shutting-down";
    case State::Terminated:
        return "terminated";
    case State::Stopping:
        return "stopping";
    case State::Stopped:
        return "stopped";
    }
    return {};
}

int SandboxInstance::stateCode(State state)
{
    // The low byte of EC2's instance state code (PROTOCOLS.md §1.7).
    switch (state) {
    case State::Pending:
        return 0;
    case State::Running:
        return 16;
    case State::ShuttingDown:
        return 32;
    case State::Terminated:
        return 48;
    case State::Stopping:
        return 64;
    case State::Stopped:
        return 80;
    }
    return 0;
}

std::optional<SandboxInstance::State> SandboxInstance::stateFromName(QByteArrayView name)
{
    for (const State s : {State::Pending,
             State::Running,
             State::ShuttingDown,
             State::Terminated,
             State::Stopping,
             State::Stopped}) {
        if (stateName(s) == name)
            return s;
    }
    return std::nullopt;
}
