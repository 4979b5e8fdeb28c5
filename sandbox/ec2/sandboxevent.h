// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// A scheduled maintenance event on one instance (DescribeInstanceStatus eventsSet).
struct SandboxEvent
{
    enum class State
    {
        Scheduled,
        Completed,
        Canceled
    };

    // A scheduled event without an end counts as done this long after its window opened.
    static constexpr qint64 kOpenEndedSeconds = 2 * 3600;
    // Completed and canceled events stay listed this long, as EC2 keeps them for about a week.
    static constexpr qint64 kKeepSeconds = 7 * 24 * 3600;

    QByteArray id; // instance-event-…
    QByteArray instanceId;
    QByteArray
        code; // instance-reboot | system-reboot | system-maintenance | instance-retirement | instance-stop
    QString description;
    QDateTime notBefore;
    QDateTime notAfter;          // may be invalid
    QDateTime notBeforeDeadline; // invalid: cannot be rescheduled
    State state = State::Scheduled;

    State stateAt(const QDateTime &now) const;
    QDateTime end() const;
    // The description as EC2 shows it: "[Completed] …" or "[Canceled] …" once it is over.
    QString describedAt(const QDateTime &now) const;
    bool listedAt(const QDateTime &now) const;
};
