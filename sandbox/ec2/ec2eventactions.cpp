// SPDX-License-Identifier: GPL-3.0-or-later
#include "ec2eventactions.h"

#include "ec2call.h"
#include "ec2instanceselection.h"
#include "ec2instancexml.h"
#include "ec2store.h"
#include "ec2xml.h"
#include "transport/clockskew.h"

Ec2EventActions::Ec2EventActions(Ec2Store *store)
    : m_store(store)
{}

SandboxResponse Ec2EventActions::modifyInstanceEventStartTime(const Ec2Call &call) const
{
    for (const QByteArrayView name : {"InstanceId", "InstanceEventId", "NotBefore"}) {
        if (call.value(name).isEmpty())
            return call.missing(name.toByteArray());
    }
    const QByteArray instanceId = call.value("InstanceId");
    const QByteArray eventId = call.value("InstanceEventId");
    SandboxResponse error;
    if (!Ec2InstanceSelection::byIds(call, m_store->instances(call.region, call.now), {instanceId}, &error))
        return error;
    std::optional<SandboxEvent> event = m_store->event(instanceId, eventId);
    if (!event)
        return call.error(400,
            "InvalidInstanceEventID.NotFound",
            "The event ID '" + eventId + "' does not exist for instance '" + instanceId + "'");
    if (event->stateAt(call.now) != SandboxEvent::State::Scheduled)
        return call.invalid("The event '" + eventId + "' is no longer scheduled and cannot be modified");
    if (!event->notBeforeDeadline.isValid())
        return call.invalid("The event '" + eventId + "' has no notBeforeDeadline and cannot be rescheduled");
    const std::optional<QDateTime> notBefore = ClockSkew::parseServerTime(call.value("NotBefore"));
    if (!notBefore)
        return call.invalid("Invalid value '" + call.value("NotBefore") + "' for NotBefore");
    if (*notBefore < call.now)
        return call.invalid("The new start time " + Ec2Xml::time(*notBefore) + " is in the past");
    if (*notBefore > event->notBeforeDeadline)
        return call.invalid("The new start time " + Ec2Xml::time(*notBefore)
            + " is later than the event's notBeforeDeadline " + Ec2Xml::time(event->notBeforeDeadline));
    if (event->notAfter.isValid())
        event->notAfter = notBefore->addSecs(event->notBefore.secsTo(event->notAfter));
    event->notBefore = *notBefore;
    if (!m_store->putEvent(*event))
        return call.error(500, "InternalError", "The sandbox could not store the event.");
    return call.ok(Ec2InstanceXml::event(*event, call, "event"));
}
