// SPDX-License-Identifier: GPL-3.0-or-later
#include "ec2instancexml.h"

#include "ec2call.h"
#include "ec2xml.h"

using Ec2Xml::element;

namespace Ec2InstanceXml {

namespace {

QByteArray dashed(const QByteArray &ip)
{
    QByteArray out = ip;
    return out.replace('.', '-');
}

QByteArray internalDomain(const QString &region)
{
    return region == QLatin1StringView("us-east-1") ? QByteArray("ec2.internal")
                                                    : region.toUtf8() + ".compute.internal";
}

QByteArray publicDomain(const QString &region)
{
    return region == QLatin1StringView("us-east-1") ? QByteArray("compute-1.amazonaws.com")
                                                    : region.toUtf8() + ".compute.amazonaws.com";
}

} // namespace

QByteArray state(QByteArrayView tag, SandboxInstance::State s)
{
    return '<' + tag.toByteArray() + '>' + element("code", SandboxInstance::stateCode(s))
        + element("name", SandboxInstance::stateName(s)) + "</" + tag.toByteArray() + '>';
}

QByteArray instance(const SandboxInstance &i, const Ec2Call &call)
{
    const bool terminated = i.state == SandboxInstance::State::Terminated;
    QByteArray x = "<item>";
    x += element("instanceId", i.id);
    x += element("imageId", i.imageId);
    x += state("instanceState", i.state);
    x += element("privateDnsName",
        terminated ? QByteArray() : "ip-" + dashed(i.privateIp) + '.' + internalDomain(i.region));
    x += element("dnsName",
        i.publicIp.isEmpty() ? QByteArray() : "ec2-" + dashed(i.publicIp) + '.' + publicDomain(i.region));
    QByteArray reason;
    if (i.state == SandboxInstance::State::Stopped || terminated)
        reason = "User initiated ("
            + i.stateChanged.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toLatin1() + " GMT)";
    x += element("reason", reason);
    if (!i.keyName.isEmpty())
        x += element("keyName", i.keyName);
    x += element("amiLaunchIndex", i.launchIndex);
    x += "<productCodes/>";
    x += element("instanceType", i.instanceType);
    x += element("launchTime", Ec2Xml::time(i.launchTime));
    x += "<placement>" + element("availabilityZone", i.zone) + "<groupName/>" + element("tenancy", "default")
        + "</placement>";
    x += "<monitoring>" + element("state", "disabled") + "</monitoring>";
    if (!terminated)
        x += element("privateIpAddress", i.privateIp);
    if (!i.publicIp.isEmpty())
        x += element("ipAddress", i.publicIp);
    x += "<groupSet/>";
    if (!i.stateReason.isEmpty()) {
        x += "<stateReason>" + element("code", i.stateReason)
            + element("message", i.stateReason + ": User initiated shutdown") + "</stateReason>";
    }
    x += element("architecture", "x86_64");
    x += element("rootDeviceType", "ebs");
    x += element("rootDeviceName", "/dev/xvda");
    x += "<blockDeviceMapping/>";
    x += element("virtualizationType", "hvm");
    x += element("clientToken", "");
    if (!i.tags.isEmpty()) {
        x += "<tagSet>";
        for (const auto &[key, value] : i.tags)
            x += "<item>" + element("key", key) + element("value", value) + "</item>";
        x += "</tagSet>";
    }
    x += element("hypervisor", "xen");
    x += "<networkInterfaceSet/>";
    x += element("ebsOptimized", "false");
    Q_UNUSED(call);
    return x + "</item>";
}

QByteArray statusCheck(
    QByteArrayView tag, const SandboxInstance &i, const QByteArray &stored, const QDateTime &now)
{
    QByteArray status = "not-applicable";
    QByteArray detail;
    QDateTime impairedSince;
    if (i.state == SandboxInstance::State::Running) {
        if (i.stateChanged.addSecs(SandboxInstance::kInitializingSeconds) > now) {
            status = detail = "initializing";
        } else if (stored == "impaired") {
            status = "impaired";
            detail = "failed";
            impairedSince = i.stateChanged.addSecs(SandboxInstance::kInitializingSeconds);
        } else if (stored == "insufficient-data") {
            status = detail = "insufficient-data";
        } else {
            status = "ok";
            detail = "passed";
        }
    }
    QByteArray x = '<' + tag.toByteArray() + '>' + element("status", status);
    if (!detail.isEmpty()) {
        x += "<details><item>" + element("name", "reachability") + element("status", detail);
        if (impairedSince.isValid())
            x += element("impairedSince", Ec2Xml::time(impairedSince));
        x += "</item></details>";
    }
    return x + "</" + tag.toByteArray() + '>';
}

QByteArray event(const SandboxEvent &e, const Ec2Call &call, QByteArrayView tag)
{
    const bool newer = call.offers(Ec2ApiVersions::Feature::EventIdsAndDeadlines);
    QByteArray x = '<' + tag.toByteArray() + '>';
    if (newer)
        x += element("instanceEventId", e.id);
    x += element("code", e.code);
    x += element("description", e.describedAt(call.now));
    x += element("notBefore", Ec2Xml::time(e.notBefore));
    if (e.notAfter.isValid())
        x += element("notAfter", Ec2Xml::time(e.notAfter));
    if (newer && e.notBeforeDeadline.isValid())
        x += element("notBeforeDeadline", Ec2Xml::time(e.notBeforeDeadline));
    return x + "</" + tag.toByteArray() + '>';
}

QByteArray stateChange(const QByteArray &id, SandboxInstance::State current, SandboxInstance::State previous)
{
    return "<item>" + element("instanceId", id) + state("currentState", current)
        + state("previousState", previous) + "</item>";
}

} // namespace Ec2InstanceXml
