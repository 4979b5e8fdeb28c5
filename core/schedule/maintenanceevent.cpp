// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/maintenanceevent.h"

#include <QCoreApplication>
#include <QCryptographicHash>

using namespace Qt::StringLiterals;

MaintenanceEvent::State MaintenanceEvent::state(const QDateTime &now) const
{
    switch (event.state) {
    case Ec2Event::State::Completed:
        return State::Completed;
    case Ec2Event::State::Canceled:
        return State::Canceled;
    case Ec2Event::State::Scheduled:
        break;
    }
    if (event.notAfter.isValid() && event.notAfter <= now)
        return State::Completed;
    if (event.notBefore.isValid() && event.notBefore <= now)
        return State::InProgress;
    return State::Scheduled;
}

bool MaintenanceEvent::isUpcoming(const QDateTime &now) const
{
    const State s = state(now);
    return s == State::Scheduled || s == State::InProgress;
}

QString MaintenanceEvent::uid() const
{
    // The event id survives a reschedule (which moves notBefore) and the "[Completed]" prefix;
    // without one (older API versions), nothing can move the window either.
    QStringList parts {cloud, region, instanceId};
    if (!event.id.isEmpty())
        parts << u"id"_s << event.id;
    else
        parts << u"code"_s << event.code << event.notBefore.toUTC().toString(Qt::ISODate);
    const QByteArray digest
        = QCryptographicHash::hash(parts.join(u'\x1f').toUtf8(), QCryptographicHash::Sha256).toHex();
    return QString::fromLatin1(digest.left(32)) + u"@skylight"_s;
}

QString MaintenanceEvent::instanceLabel() const
{
    return instanceName.isEmpty() ? instanceId : u"%1 (%2)"_s.arg(instanceName, instanceId);
}

QString MaintenanceEvent::stateName(State state)
{
    switch (state) {
    case State::Scheduled:
        return QCoreApplication::translate("MaintenanceEvent", "scheduled");
    case State::InProgress:
        return QCoreApplication::translate("MaintenanceEvent", "in progress");
    case State::Completed:
        return QCoreApplication::translate("MaintenanceEvent", "completed");
    case State::Canceled:
        return QCoreApplication::translate("MaintenanceEvent", "canceled");
    }
    return {};
}

QString MaintenanceEvent::stateKey(State state)
{
    switch (state) {
    case State::Scheduled:
        return u"scheduled"_s;
    case State::InProgress:
        return u"in-progress"_s;
    case State::Completed:
        return u"completed"_s;
    case State::Canceled:
        return u"canceled"_s;
    }
    return {};
}

QList<MaintenanceEvent> MaintenanceEvent::fromStatuses(const QString &cloud,
    const QString &region,
    const QList<InstanceStatus> &statuses,
    const QHash<QString, QString> &names)
{
    QList<MaintenanceEvent> events;
    for (const InstanceStatus &s : statuses) {
        for (const Ec2Event &e : s.events)
            events.append({cloud, region, s.instanceId, names.value(s.instanceId), e});
    }
    return events;
}
