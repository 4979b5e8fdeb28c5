// SPDX-License-Identifier: GPL-3.0-or-later
#include "ec2tagactions.h"

#include <optional>

#include "ec2call.h"
#include "ec2instanceselection.h"
#include "ec2store.h"
#include "ec2xml.h"

Ec2TagActions::Ec2TagActions(Ec2Store *store)
    : m_store(store)
{}

SandboxResponse Ec2TagActions::createTags(const Ec2Call &call) const
{
    return apply(call, true);
}

SandboxResponse Ec2TagActions::deleteTags(const Ec2Call &call) const
{
    return apply(call, false);
}

SandboxResponse Ec2TagActions::apply(const Ec2Call &call, bool create) const
{
    const QList<QByteArray> ids = call.list("ResourceId");
    if (ids.isEmpty())
        return call.missing("ResourceId.1");
    for (const QByteArray &id : ids) {
        if (!id.startsWith("i-"))
            return call.error(
                400, "InvalidID", "The ID '" + id + "' is not valid (the sandbox tags instances only)");
    }
    struct Tag
    {
        QString key;
        std::optional<QString> value;
    };
    QList<Tag> tags;
    for (const int n : call.indices("Tag")) {
        const QByteArray prefix = "Tag." + QByteArray::number(n);
        Tag tag {QString::fromUtf8(call.value(prefix + ".Key")), std::nullopt};
        if (call.has(prefix + ".Value"))
            tag.value = QString::fromUtf8(call.value(prefix + ".Value"));
        if (tag.key.isEmpty())
            return call.invalid("Tag keys must not be empty");
        if (create && tag.key.startsWith(QLatin1StringView("aws:")))
            return call.invalid("Tag keys starting with 'aws:' are reserved for internal use");
        tags.append(std::move(tag));
    }
    if (create && tags.isEmpty())
        return call.missing("Tag.1.Key");
    SandboxResponse error;
    const auto chosen
        = Ec2InstanceSelection::byIds(call, m_store->instances(call.region, call.now), ids, &error);
    if (!chosen)
        return error;
    for (SandboxInstance i : *chosen) {
        if (create) {
            for (const Tag &t : std::as_const(tags))
                i.setTag(t.key, t.value.value_or(QString()));
        } else if (tags.isEmpty()) {
            i.tags.clear(); // DeleteTags without Tag.N removes every tag
        } else {
            for (const Tag &t : std::as_const(tags))
                i.removeTag(t.key, t.value);
        }
        if (!m_store->putInstance(i))
            return call.error(500, "InternalError", "The sandbox could not store the tags.");
    }
    return call.ok(Ec2Xml::element("return", "true"));
}
