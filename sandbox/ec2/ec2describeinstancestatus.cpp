// SPDX-License-Identifier: GPL-3.0-or-later
#include "ec2describeinstancestatus.h"

#include "ec2call.h"
#include "ec2instanceselection.h"
#include "ec2instancexml.h"
#include "ec2store.h"
#include "ec2xml.h"
#include "transport/clockskew.h"

using namespace Qt::StringLiterals;
using Ec2Xml::element;

namespace {

// event.not-before=T keeps events that start at T or later, event.not-after=T those that end by T;
// a value that is not a time is matched as a pattern against the time as EC2 writes it.
bool timeMatches(const QStringList &values, const QDateTime &time, bool notBefore)
{
    if (!time.isValid())
        return false;
    for (const QString &v : values) {
        const std::optional<QDateTime> limit = ClockSkew::parseServerTime(v.toUtf8());
        if (limit ? (notBefore ? time >= *limit : time <= *limit)
                  : Ec2Filters::matches(v, QString::fromLatin1(Ec2Xml::time(time))))
            return true;
    }
    return false;
}

bool eventMatches(const SandboxEvent &e, const Ec2Filter &f, const QDateTime &now)
{
    if (f.name == u"event.code")
        return Ec2Filters::anyMatches(f.values, QString::fromLatin1(e.code));
    if (f.name == u"event.description")
        return Ec2Filters::anyMatches(f.values, e.describedAt(now));
    if (f.name == u"event.instance-event-id")
        return Ec2Filters::anyMatches(f.values, QString::fromLatin1(e.id));
    if (f.name == u"event.not-before")
        return timeMatches(f.values, e.notBefore, true);
    if (f.name == u"event.not-after")
        return timeMatches(f.values, e.notAfter, false);
    if (f.name == u"event.not-before-deadline")
        return timeMatches(f.values, e.notBeforeDeadline, false);
    return true;
}

QByteArray checkStatus(const SandboxInstance &i, const QByteArray &stored, const QDateTime &now)
{
    if (i.state != SandboxInstance::State::Running)
        return "not-applicable";
    if (i.stateChanged.addSecs(SandboxInstance::kInitializingSeconds) > now)
        return "initializing";
    return stored == "impaired" || stored == "insufficient-data" ? stored : QByteArray("ok");
}

} // namespace

Ec2DescribeInstanceStatus::Ec2DescribeInstanceStatus(Ec2Store *store)
    : m_store(store)
{}

SandboxResponse Ec2DescribeInstanceStatus::handle(const Ec2Call &call) const
{
    SandboxResponse error;
    const QStringList known = {u"availability-zone"_s,
        u"event.code"_s,
        u"event.description"_s,
        u"event.instance-event-id"_s,
        u"event.not-after"_s,
        u"event.not-before"_s,
        u"event.not-before-deadline"_s,
        u"instance-state-code"_s,
        u"instance-state-name"_s,
        u"instance-status.status"_s,
        u"system-status.status"_s};
    const auto filters = Ec2Filters::parse(call, known, false, &error);
    if (!filters)
        return error;
    const auto page = call.page(5, 1000, &error);
    if (!page)
        return error;
    const QList<QByteArray> ids = call.list("InstanceId");
    if (!ids.isEmpty() && page->maxResults > 0)
        return call.error(400,
            "InvalidParameterCombination",
            "The parameter instancesSet cannot be used with the parameter maxResults");
    const bool all = call.value("IncludeAllInstances").compare("true", Qt::CaseInsensitive) == 0;

    QList<SandboxInstance> instances = m_store->instances(call.region, call.now);
    if (!ids.isEmpty()) {
        const auto chosen = Ec2InstanceSelection::byIds(call, instances, ids, &error);
        if (!chosen)
            return error;
        instances = *chosen;
    }
    const QHash<QByteArray, QList<SandboxEvent>> events = m_store->events(call.region);
    const bool checks = call.offers(Ec2ApiVersions::Feature::InstanceStatusChecks);

    QByteArray items;
    QByteArray nextToken;
    int count = 0;
    QByteArray lastId;
    for (const SandboxInstance &i : std::as_const(instances)) {
        if (!all && i.state != SandboxInstance::State::Running)
            continue;
        if (!page->after.isEmpty() && i.id <= page->after)
            continue;
        QList<SandboxEvent> listed;
        for (const SandboxEvent &e : events.value(i.id)) {
            if (e.listedAt(call.now))
                listed.append(e);
        }
        bool keep = Ec2InstanceSelection::matches(i, *filters);
        for (const Ec2Filter &f : *filters) {
            if (f.name.startsWith(u"event.")) {
                keep = keep && std::any_of(listed.cbegin(), listed.cend(), [&](const SandboxEvent &e) {
                    return eventMatches(e, f, call.now);
                });
            } else if (f.name == u"system-status.status") {
                keep = keep
                    && Ec2Filters::anyMatches(
                        f.values, QString::fromLatin1(checkStatus(i, i.systemStatus, call.now)));
            } else if (f.name == u"instance-status.status") {
                keep = keep
                    && Ec2Filters::anyMatches(
                        f.values, QString::fromLatin1(checkStatus(i, i.instanceStatus, call.now)));
            }
        }
        if (!keep)
            continue;
        if (page->maxResults > 0 && count == page->maxResults) {
            nextToken = Ec2Call::nextToken(lastId);
            break;
        }
        ++count;
        lastId = i.id;
        items += "<item>" + element("instanceId", i.id) + element("availabilityZone", i.zone);
        if (!listed.isEmpty()) {
            items += "<eventsSet>";
            for (const SandboxEvent &e : std::as_const(listed))
                items += Ec2InstanceXml::event(e, call);
            items += "</eventsSet>";
        }
        items += Ec2InstanceXml::state("instanceState", i.state);
        if (checks) {
            items += Ec2InstanceXml::statusCheck("systemStatus", i, i.systemStatus, call.now);
            items += Ec2InstanceXml::statusCheck("instanceStatus", i, i.instanceStatus, call.now);
        }
        items += "</item>";
    }
    QByteArray x = "<instanceStatusSet>" + items + "</instanceStatusSet>";
    if (!nextToken.isEmpty())
        x += element("nextToken", nextToken);
    return call.ok(x);
}
