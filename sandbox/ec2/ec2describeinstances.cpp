// SPDX-License-Identifier: GPL-3.0-or-later
#include "ec2describeinstances.h"

#include "ec2call.h"
#include "ec2instanceselection.h"
#include "ec2instancexml.h"
#include "ec2store.h"
#include "ec2xml.h"

using Ec2Xml::element;

namespace {

// The AWS account id every sandbox resource belongs to.
constexpr QByteArrayView kOwnerId = "123456789012";

} // namespace

Ec2DescribeInstances::Ec2DescribeInstances(Ec2Store *store)
    : m_store(store)
{}

SandboxResponse Ec2DescribeInstances::handle(const Ec2Call &call) const
{
    SandboxResponse error;
    const auto filters = Ec2Filters::parse(call, Ec2InstanceSelection::instanceFilterNames(), true, &error);
    if (!filters)
        return error;
    const bool paging = call.offers(Ec2ApiVersions::Feature::DescribeInstancesPaging);
    Ec2Call::Page page;
    if (paging) {
        const auto asked = call.page(5, 1000, &error);
        if (!asked)
            return error;
        page = *asked;
    }
    const QList<QByteArray> ids = call.list("InstanceId");
    if (!ids.isEmpty() && page.maxResults > 0)
        return call.error(400,
            "InvalidParameterCombination",
            "The parameter instancesSet cannot be used with the parameter maxResults");

    QList<SandboxInstance> instances = m_store->instances(call.region, call.now);
    if (!ids.isEmpty()) {
        const auto chosen = Ec2InstanceSelection::byIds(call, instances, ids, &error);
        if (!chosen)
            return error;
        instances = *chosen;
    }
    QList<SandboxInstance> selected;
    QByteArray nextToken;
    for (const SandboxInstance &i : std::as_const(instances)) {
        if (!page.after.isEmpty() && i.id <= page.after)
            continue;
        if (!Ec2InstanceSelection::matches(i, *filters))
            continue;
        if (page.maxResults > 0 && selected.size() == page.maxResults) {
            nextToken = Ec2Call::nextToken(selected.constLast().id);
            break;
        }
        selected.append(i);
    }

    // Reservations in the order their first instance appears.
    QList<QByteArray> order;
    for (const SandboxInstance &i : std::as_const(selected)) {
        if (!order.contains(i.reservationId))
            order.append(i.reservationId);
    }
    QByteArray x = "<reservationSet>";
    for (const QByteArray &reservation : std::as_const(order)) {
        x += "<item>" + element("reservationId", reservation) + element("ownerId", kOwnerId)
            + "<groupSet/><instancesSet>";
        for (const SandboxInstance &i : std::as_const(selected)) {
            if (i.reservationId == reservation)
                x += Ec2InstanceXml::instance(i, call);
        }
        x += "</instancesSet></item>";
    }
    x += "</reservationSet>";
    if (!nextToken.isEmpty())
        x += element("nextToken", nextToken);
    return call.ok(x);
}
