// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include "ec2/ec2types.h"

// One scheduled maintenance event of one instance, with where it lives: the row of the reboot
// schedule, of its iCalendar export and of its reminders.
struct MaintenanceEvent
{
    enum class State
    {
        Scheduled,  // the window has not opened yet
        InProgress, // now is between notBefore and notAfter (or past notBefore without notAfter)
        Completed,  // "[Completed]", or the window has closed
        Canceled,   // "[Canceled]"
    };

    QString cloud; // the profile's name
    QString region;
    QString instanceId;
    QString instanceName; // the Name tag, may be empty
    Ec2Event event;

    State state(const QDateTime &now) const;
    // Scheduled or in progress: what --upcoming, reminders and the "upcoming only" filter keep.
    bool isUpcoming(const QDateTime &now) const;
    // Stable per event across refreshes, reschedules and state changes: from the instanceEventId
    // when the API version sends one, else from cloud, region, instance, code and notBefore.
    // "<32 hex digits>@skylight", usable as an iCalendar UID.
    QString uid() const;
    // "web-1 (i-0abc…)" or the bare id.
    QString instanceLabel() const;

    static QString stateName(State state); // translated: "scheduled", "in progress", …
    static QString stateKey(State state);  // untranslated, for JSON: scheduled|in-progress|…

    // One MaintenanceEvent per event of every status; names maps instance id → Name tag.
    static QList<MaintenanceEvent> fromStatuses(const QString &cloud,
        const QString &region,
        const QList<InstanceStatus> &statuses,
        const QHash<QString, QString> &names = {});
};
