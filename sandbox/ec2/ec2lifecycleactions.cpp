// SPDX-License-Identifier: GPL-3.0-or-later
#include "ec2lifecycleactions.h"

#include <QRandomGenerator>

#include "ec2call.h"
#include "ec2instanceselection.h"
#include "ec2instancexml.h"
#include "ec2regionactions.h"
#include "ec2store.h"
#include "ec2xml.h"

using Ec2Xml::element;
using State = SandboxInstance::State;

namespace {

constexpr int kMaxLaunch = 50;

QByteArray randomIp(int first)
{
    QRandomGenerator *r = QRandomGenerator::global();
    return QByteArray::number(first) + '.' + QByteArray::number(r->bounded(256)) + '.'
        + QByteArray::number(r->bounded(256)) + '.' + QByteArray::number(1 + r->bounded(254));
}

} // namespace

Ec2LifecycleActions::Ec2LifecycleActions(Ec2Store *store)
    : m_store(store)
{}

SandboxResponse Ec2LifecycleActions::runInstances(const Ec2Call &call) const
{
    const QByteArray image = call.value("ImageId");
    if (image.isEmpty())
        return call.missing("ImageId");
    if (!image.startsWith("ami-") || image.size() < 8)
        return call.error(
            400, "InvalidAMIID.Malformed", "Invalid id: \"" + image + "\" (expecting \"ami-...\")");
    for (const QByteArrayView name : {"MinCount", "MaxCount"}) {
        if (!call.has(name))
            return call.missing(name.toByteArray());
    }
    bool minOk = false;
    bool maxOk = false;
    const int minCount = call.value("MinCount").toInt(&minOk);
    const int maxCount = call.value("MaxCount").toInt(&maxOk);
    if (!minOk || !maxOk || minCount < 1 || maxCount < minCount)
        return call.invalid(
            "Invalid value for MinCount/MaxCount: MinCount must be at least 1 and at most MaxCount");
    if (minCount > kMaxLaunch)
        return call.error(400,
            "InstanceLimitExceeded",
            "You have requested more instances (" + QByteArray::number(minCount)
                + ") than your current instance limit of " + QByteArray::number(kMaxLaunch) + " allows");
    const QStringList zones = Ec2RegionActions::zonesOf(call.region);
    QString zone = QString::fromUtf8(call.value("Placement.AvailabilityZone"));
    if (zone.isEmpty())
        zone = zones.first();
    else if (!zones.contains(zone))
        return call.invalid("Invalid availability zone: [" + zone.toUtf8() + ']');

    QList<std::pair<QString, QString>> tags;
    for (const int n : call.indices("TagSpecification")) {
        const QByteArray spec = "TagSpecification." + QByteArray::number(n);
        const QByteArray type = call.value(spec + ".ResourceType");
        if (!type.isEmpty() && type != "instance")
            continue; // volumes, network interfaces: not modelled
        for (const int m : call.indices(spec + ".Tag")) {
            const QByteArray tag = spec + ".Tag." + QByteArray::number(m);
            tags.append(
                {QString::fromUtf8(call.value(tag + ".Key")), QString::fromUtf8(call.value(tag + ".Value"))});
        }
    }

    const QByteArray reservation = Ec2InstanceSelection::newReservationId();
    QByteArray items;
    for (int n = 0; n < std::min(maxCount, kMaxLaunch); ++n) {
        SandboxInstance i;
        i.id = Ec2InstanceSelection::newInstanceId();
        i.region = call.region;
        i.zone = zone;
        i.imageId = image;
        i.instanceType = call.has("InstanceType") ? call.value("InstanceType") : QByteArray("m1.small");
        i.reservationId = reservation;
        i.keyName = call.value("KeyName");
        i.privateIp = randomIp(10);
        i.publicIp = randomIp(54);
        i.launchIndex = n;
        i.state = State::Pending;
        i.stateChanged = call.now;
        i.launchTime = call.now;
        for (const auto &[key, value] : tags)
            i.setTag(key, value);
        if (!m_store->putInstance(i))
            return call.error(500, "InternalError", "The sandbox could not store the instance.");
        items += Ec2InstanceXml::instance(i, call);
    }
    return call.ok(element("reservationId", reservation) + element("ownerId", "123456789012")
        + "<groupSet/><instancesSet>" + items + "</instancesSet>");
}

SandboxResponse Ec2LifecycleActions::startInstances(const Ec2Call &call) const
{
    return change(call, Change::Start);
}

SandboxResponse Ec2LifecycleActions::stopInstances(const Ec2Call &call) const
{
    return change(call, Change::Stop);
}

SandboxResponse Ec2LifecycleActions::terminateInstances(const Ec2Call &call) const
{
    return change(call, Change::Terminate);
}

SandboxResponse Ec2LifecycleActions::change(const Ec2Call &call, Change change) const
{
    const QList<QByteArray> ids = call.list("InstanceId");
    if (ids.isEmpty())
        return call.missing("InstanceId");
    SandboxResponse error;
    const auto chosen
        = Ec2InstanceSelection::byIds(call, m_store->instances(call.region, call.now), ids, &error);
    if (!chosen)
        return error;
    // All or nothing: refuse before changing anything.
    for (const SandboxInstance &i : *chosen) {
        const bool gone = i.state == State::Terminated || i.state == State::ShuttingDown;
        const bool refused = (change == Change::Start && (gone || i.state == State::Stopping))
            || (change == Change::Stop && gone);
        if (refused)
            return call.error(400,
                "IncorrectInstanceState",
                "The instance '" + i.id + "' is not in a state from which it can be "
                    + (change == Change::Start ? "started." : "stopped."));
    }
    QByteArray items;
    for (SandboxInstance i : *chosen) {
        const State previous = i.state;
        State next = previous;
        if (change == Change::Start && previous == State::Stopped)
            next = State::Pending;
        else if (change == Change::Stop && (previous == State::Running || previous == State::Pending))
            next = State::Stopping;
        else if (change == Change::Terminate && previous != State::Terminated)
            next = State::ShuttingDown;
        if (next != previous) {
            i.state = next;
            i.stateChanged = call.now;
            i.stateReason
                = next == State::Pending ? QByteArray() : QByteArray("Client.UserInitiatedShutdown");
            if (next == State::Pending)
                i.publicIp = randomIp(54);
            if (!m_store->putInstance(i))
                return call.error(500, "InternalError", "The sandbox could not store the instance.");
        }
        items += Ec2InstanceXml::stateChange(i.id, next, previous);
    }
    return call.ok("<instancesSet>" + items + "</instancesSet>");
}

SandboxResponse Ec2LifecycleActions::rebootInstances(const Ec2Call &call) const
{
    const QList<QByteArray> ids = call.list("InstanceId");
    if (ids.isEmpty())
        return call.missing("InstanceId");
    SandboxResponse error;
    const auto chosen
        = Ec2InstanceSelection::byIds(call, m_store->instances(call.region, call.now), ids, &error);
    if (!chosen)
        return error;
    // A reboot the owner does completes the instance's scheduled instance-reboot events, as on EC2.
    const QHash<QByteArray, QList<SandboxEvent>> events = m_store->events(call.region);
    for (const SandboxInstance &i : *chosen) {
        if (i.state != State::Running)
            continue;
        for (SandboxEvent e : events.value(i.id)) {
            if (e.code == "instance-reboot" && e.stateAt(call.now) == SandboxEvent::State::Scheduled) {
                e.state = SandboxEvent::State::Completed;
                e.notAfter = call.now;
                if (e.notBefore > call.now)
                    e.notBefore = call.now;
                m_store->putEvent(e);
            }
        }
    }
    return call.ok(element("return", "true"));
}
